"""An archive of statements chronicled on a Dask cluster: throughput with 1, 2 and 4 workers.

The statements are generated here (a seeded mix of utilities, protests, courts and
councils, published over two years), so that the run needs no data. Each run starts a
``LocalCluster`` on loopback with N worker processes of one thread each, reads every
statement on the workers with ``chronos.chronicle_archive(statements, client=...)`` and
merges and solves them here. It prints, as medians over ``--repeat`` runs, the statements
chronicled per second, the time until the last statement is read and the time of the merge
and solve after it, the ratio to ``chronicle_archive`` in this process alone, and checks that
every run gives the same chronology.

Needs the optional extra ``dask`` (``pip install 'chronos[dask]'``).

Run: python examples/archive_dask.py [--statements 2000] [--workers 1 2 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import time
from datetime import date, timedelta

from distributed import Client, LocalCluster

import chronos
from chronos import Statement

PLACES = ["Arden", "Belmont", "Corvale", "Dunmore", "Eastwick", "Fairholm", "Glenrock", "Harlow"]
SITES = ["water plant", "ferry terminal", "rail depot", "grain silo", "power station", "library"]
BODIES = ["city council", "port authority", "transport ministry", "health board", "court"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}"


def generate(count: int, seed: int = 2026) -> list[Statement]:
    """``count`` statements, the same for the same seed, each a few sentences long."""
    rng = random.Random(seed)  # noqa: S311 - sample text, not a secret
    out: list[Statement] = []
    start = date(2024, 1, 1)
    for n in range(count):
        published = start + timedelta(days=rng.randrange(730))
        place, site, body = rng.choice(PLACES), rng.choice(SITES), rng.choice(BODIES)
        closed = published - timedelta(days=rng.randrange(10, 60))
        reopened = closed + timedelta(days=rng.randrange(2, 9))
        weekday = WEEKDAYS[(published - timedelta(days=1)).weekday()]
        sentences = [
            f"The {body} said on {weekday} that the {site} in {place}, closed on "
            f"{_day(closed)} after a fault, reopened on {_day(reopened)}.",
            "They began repairs two days after the closure.",
        ]
        if rng.random() < 0.5:
            hearing = published + timedelta(days=rng.randrange(5, 40))
            sentences.append(f"They will report ahead of the {_day(hearing)} hearing.")
        if rng.random() < 0.4:
            sentences.append(f"They have protested in {place} since {MONTHS[closed.month - 1]}.")
        if rng.random() < 0.3:
            month = MONTHS[(published.month + rng.randrange(1, 4) - 1) % 12]
            sentences.append(f"A review of the {site} is planned for {month}.")
        out.append(
            Statement(
                " ".join(sentences),
                published=published,
                source=f"{body.capitalize()}, {place}",
                id=f"s{n:05d}",
            )
        )
    return out


#: One run: the chronology, the seconds until the last statement was read, and in all.
Run = tuple[chronos.Timeline, float, float]


def timed(statements: list[Statement], client: Client | None) -> Run:
    """chronicle_archive on ``client`` (None: this process alone), solved, and its times."""
    read: list[float] = []

    def progress(done: int, total: int) -> None:
        if done == total:
            read.append(time.perf_counter())  # the last statement is read

    begun = time.perf_counter()
    timeline = chronos.chronicle_archive(statements, client=client, progress=progress)
    timeline.ordered()
    ended = time.perf_counter()
    return timeline, read[0] - begun, ended - begun


def on_cluster(statements: list[Statement], workers: int, repeat: int) -> list[Run]:
    """``repeat`` runs on a LocalCluster of ``workers`` processes of one thread each."""
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            # a worker still beating its heart as the cluster stops logs an error on stderr;
            # a fault of the work itself is raised here, by the client
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: __import__("chronos.chronicle"))  # workers warmed up
        return [timed(statements, client) for _ in range(repeat)]


def main() -> None:
    """Chronicle the archive in this process, then on 1, 2 and 4 workers; print the
    throughput of each (medians over --repeat runs) and check the chronologies agree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    statements = generate(args.statements)
    characters = sum(len(s.text) for s in statements)
    print(f"{len(statements):,} statements, {characters:,} characters; median of {args.repeat}")
    print(
        f"{'':16}  {'statements/s':>12}  {'total':>7}  {'reading':>7}  {'merge+solve':>11}  ratio"
    )
    runs = {"in this process": [timed(statements, None) for _ in range(args.repeat)]}
    for workers in args.workers:
        runs[f"{workers} worker{'s' if workers > 1 else ''}"] = on_cluster(
            statements, workers, args.repeat
        )
    alone = runs["in this process"][0][0]
    expected = alone.to_json()
    base = statistics.median(total for _, _, total in runs["in this process"])
    for label, done in runs.items():
        total = statistics.median(t for _, _, t in done)
        read = statistics.median(r for _, r, _ in done)
        print(
            f"{label:>16}  {len(statements) / total:12,.0f}  {total:6.2f}s  {read:6.2f}s  "
            f"{total - read:10.2f}s  {base / total:5.2f}x"
        )
        assert all(timeline.to_json() == expected for timeline, _, _ in done), label
    print("every run gives the chronology of chronicle() in this process")
    print(f"{len(alone.events):,} events, {len(alone.claims):,} claims, "
          f"{len(alone.conflicts):,} conflicts")  # fmt: skip


if __name__ == "__main__":
    main()
