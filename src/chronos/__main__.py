"""``python -m chronos``: the ``chronos`` command (:mod:`chronos.cli`)."""

import sys

from chronos.cli import main

if __name__ == "__main__":
    sys.exit(main())
