"""Quickstart: the calendar facts of one short press statement, as chronos sees them.

Run: python examples/quickstart.py
"""

from __future__ import annotations

from chronos import DEFAULT_POLICY, Duration, Span, Window

# "Khan has been imprisoned since August 2023 ... ahead of the February 8 elections."
since = Span.month(2023, 8)
elections = Span.day(2024, 2, 8)
early_2024 = DEFAULT_POLICY.narrow(Span.year(2024), "early")


def main() -> None:
    print(f"since August 2023       -> imprisonment starts within {since}")
    print(f"the February 8 elections -> {elections} ({elections.timex.value})")
    print(f"early 2024              -> {early_2024.span}, because {early_2024.assumption.text}")
    print(
        "conviction before the elections?",
        Window.of(since).before(Window.of(elections)).name,
    )
    month = Duration.of(months=1)
    print(
        f"a month later           -> {month.minimum.days} to {month.maximum.days} days later"
        if month.maximum is not None
        else ""
    )


if __name__ == "__main__":
    main()
