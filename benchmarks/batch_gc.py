"""What the batch runner's garbage-collector handling gives, side by side in one process.

The library leaves the collector alone; the batch runner (``wireparse._runner``, the CLI's
workers and the Spark path) freezes its warmed-up heap (``gc.freeze()``) and pauses
collection while each text is parsed. This script parses the same records the way a worker
does (``parse_record``, ``to_dict``, JSON) under each handling, interleaved round by round,
and prints the CPU time per record of each (median over the rounds) in markdown:

- ``none``: the collector as Python sets it up;
- ``freeze``: ``gc.freeze()`` after warm-up only;
- ``pause``: collection paused inside each parse only;
- ``runner``: both, what the runner does.

When the library in this tree still pauses the collector itself (``gc_paused`` in
``wireparse.article``), that pause is switched off here, so that ``none`` is the library
as it is meant to be: leaving the collector alone.

    python benchmarks/batch_gc.py                 # 3,000 records, 5 rounds
    python benchmarks/batch_gc.py --records 1000 --rounds 3
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation import corpus  # noqa: E402

import wireparse.article  # noqa: E402
from wireparse._runner import gc_paused, warm_up_and_freeze  # noqa: E402
from wireparse.models import dumps  # noqa: E402
from wireparse.records import parse_record  # noqa: E402


def records(count: int) -> list[tuple[str, str | None]]:
    """(text, title): AllSides records with their titles, then Reuters-21578 stories."""
    found: list[tuple[str, str | None]] = [
        (r["content_original"], r["title"]) for _, r in corpus.allsides_all()
    ]
    stories = (s.wire_text() for s in corpus.reuters21578() if s.body.strip())
    found += [(text, None) for text in itertools.islice(stories, max(0, count - len(found)))]
    return found[:count]


def _library_leaves_the_collector_alone() -> bool:
    """Switch off a pause the library may still make; say whether there was one."""
    if hasattr(wireparse.article, "gc_paused"):
        wireparse.article.gc_paused = contextlib.nullcontext  # type: ignore[attr-defined]
        return True
    return False


def _run(batch: list[tuple[str, str | None]], pause: bool) -> float:
    """CPU seconds to parse and serialize the batch, as a worker does."""
    started = time.process_time()
    for text, title in batch:
        with gc_paused() if pause else contextlib.nullcontext():
            data = parse_record(text, title=title).to_dict()
        dumps(data)
    return time.process_time() - started


def _arms() -> dict[str, tuple[bool, bool]]:
    """name: (freeze, pause)."""
    return {
        "none": (False, False),
        "freeze": (True, False),
        "pause": (False, True),
        "runner": (True, True),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--lines", type=int, default=50_000, help="lines of the long input")
    args = parser.parse_args(argv)
    patched = _library_leaves_the_collector_alone()
    batch = records(args.records)
    # the input that made the library pause the collector: many one-line paragraphs
    long_input = [("---\n“Yes,” he said.\n" * (args.lines // 2), None)]
    warm_up_and_freeze()  # imports, compiled patterns; then start from an unfrozen heap
    gc.unfreeze()
    _report(*_compare(batch, args.rounds), len(batch), args.rounds, patched, "records")
    _report(*_compare(long_input, args.rounds), 1, args.rounds, False, f"{args.lines:,}-line input")


def _compare(
    batch: list[tuple[str, str | None]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """CPU seconds per round and collections of each handling, interleaved."""
    times: dict[str, list[float]] = {name: [] for name in _arms()}
    collections: dict[str, int] = dict.fromkeys(_arms(), 0)
    for round_number in range(rounds):
        order = list(_arms().items())
        if round_number % 2:
            order.reverse()
        for name, (freeze, pause) in order:
            gc.collect()
            if freeze:
                gc.freeze()
            before = sum(stat["collections"] for stat in gc.get_stats())
            times[name].append(_run(batch, pause))
            collections[name] += sum(stat["collections"] for stat in gc.get_stats()) - before
            gc.unfreeze()
    return times, collections


def _report(
    times: dict[str, list[float]],
    collections: dict[str, int],
    count: int,
    rounds: int,
    patched: bool,
    what: str,
) -> None:
    say: Callable[[str], None] = print
    say(f"\n## The collector and the batch runner: {what}, {count:,} input(s), {rounds} rounds\n")
    if patched:
        say("(the library's own pause in parse_article was switched off for this run)\n")
    base = statistics.median(times["none"])
    say("| handling | ms per input (median of rounds) | vs none | collections per round |")
    say("|---|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        say(
            f"| {name} | {median / count * 1000:.3f} | {median / base:.3f}x "
            f"| {collections[name] / rounds:,.0f} |"
        )


if __name__ == "__main__":
    main()
