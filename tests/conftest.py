"""Shared test configuration: hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (set by ``.ci/run``) runs more examples without deadlines, from a
fixed seed so that a run of CI can be repeated exactly; the default ``dev`` profile keeps a
local run quick and draws new examples each time, which is where new counterexamples are
found; ``HYPOTHESIS_PROFILE=deep`` draws twenty times as many, a hunt for counterexamples to
run now and then (``pytest tests/property``), not on every change.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "deep", max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
