"""How many regex word scans one ``parse_article`` costs: a speed figure that travels.

A time in milliseconds depends on the machine and on its load at that moment. This script
times ``parse_article(text).to_dict()`` and ``regex.findall(r"\\w+", text)`` on the same text,
one right after the other, in one process, and reports the median over the texts of the ratio
of the two (each text's fastest pass of each). The scan is the cheapest thing that reads every
word of the text, so the ratio says how much work per word wireparse does, and a slower or
busier machine moves both sides alike.

    python benchmarks/ratio.py                     # AllSides AP and Reuters-21578, 5 passes
    python benchmarks/ratio.py --sets ap --passes 3
    python benchmarks/ratio.py --old 1ad995a       # an older commit side by side, interleaved

With ``--old COMMIT``, ``src/wireparse`` of that commit is imported next to the working
tree's (as ``side_by_side.py`` does) and each text is scanned and parsed by both in turn,
so both ratios come from the same run; the last column is the median per-text new / old.

The corpus is read from ``../shared/corpus`` (see ``evaluation/corpus.py``).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "benchmarks"))

from evaluation import corpus  # noqa: E402
from side_by_side import _extract, _import_wireparse  # noqa: E402

from wireparse import parse_article  # noqa: E402

_WORD = regex.compile(r"\w+")


def texts(names: Sequence[str]) -> dict[str, list[str]]:
    """The named sets of real texts: ``ap`` (AllSides AP) and ``reuters`` (Reuters-21578)."""
    sets: dict[str, list[str]] = {}
    if "ap" in names:
        sets["AllSides AP"] = [r["content_original"] for r in corpus.allsides("associated_press")]
    if "reuters" in names:
        stories = itertools.islice(corpus.reuters21578(), 0, None, 10)
        sets["Reuters-21578 (1 story in 10)"] = [story.wire_text() for story in stories]
    return sets


def _timed(call: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    call(text)
    return time.perf_counter() - start


def ratios(texts: Sequence[str], passes: int) -> tuple[list[float], list[float]]:
    """Each text's fastest ``parse_article(...).to_dict()`` time and its ratio to the scan."""
    best_parse = [float("inf")] * len(texts)
    best_scan = [float("inf")] * len(texts)
    for _ in range(passes):
        for index, text in enumerate(texts):
            best_scan[index] = min(best_scan[index], _timed(_WORD.findall, text))
            best_parse[index] = min(
                best_parse[index], _timed(lambda t: parse_article(t).to_dict(), text)
            )
    return best_parse, [p / s for p, s in zip(best_parse, best_scan, strict=True) if s > 0]


def side_by_side(
    texts: Sequence[str], passes: int, parsers: Sequence[Callable[[str], object]]
) -> list[list[float]]:
    """Each text's fastest time of the scan and of each parser, interleaved per text."""
    calls: list[Callable[[str], object]] = [_WORD.findall, *parsers]
    best = [[float("inf")] * len(texts) for _ in calls]
    for turn in range(passes):
        for index, text in enumerate(texts):
            # shuffled: in a fixed cycle the new parse would always follow the old one
            # of the same text, which makes it faster (see side_by_side.py)
            order = list(range(len(calls)))
            random.Random(turn * len(texts) + index).shuffle(order)
            for k in order:
                copy = (text + " ")[:-1]  # a new object: no cache keyed on it is hit
                best[k][index] = min(best[k][index], _timed(calls[k], copy))
    return best


def _loaded(names: str) -> dict[str, list[str]]:
    """The sets of :func:`texts`, read before the heap is frozen.

    After ``gc.freeze()``, a collection during a timed call walks only what the call
    made, not the corpus this script holds (the library leaves the collector alone).
    """
    sets = texts(names.split(","))
    gc.collect()
    gc.freeze()
    return sets


def _compare(args: argparse.Namespace) -> None:
    """The ``--old`` table: both ratios and new / old, from one interleaved run."""
    with tempfile.TemporaryDirectory() as folder:
        old_article, _quotes = _import_wireparse(_extract(args.old, Path(folder)))
        new_article, _quotes = _import_wireparse(ROOT / "src")
    old_parse, new_parse = old_article.parse_article, new_article.parse_article
    print(f"| texts | count | ratio to the scan, {args.old} | ratio, working tree | new / old |")
    print("|---|---|---|---|---|")
    for name, items in _loaded(args.sets).items():
        scan, old, new = side_by_side(
            items,
            args.passes,
            [lambda t: old_parse(t).to_dict(), lambda t: new_parse(t).to_dict()],
        )
        pairs = [(o, n, s) for o, n, s in zip(old, new, scan, strict=True) if s > 0 and o > 0]
        old_ratio = statistics.median(o / s for o, _n, s in pairs)
        new_ratio = statistics.median(n / s for _o, n, s in pairs)
        gain = statistics.median(n / o for o, n, _s in pairs)
        print(f"| {name} | {len(items)} | {old_ratio:.1f}x | {new_ratio:.1f}x | {gain:.3f} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--sets", default="ap,reuters", help="ap, reuters")
    parser.add_argument("--old", help="an older commit to time side by side")
    args = parser.parse_args(argv)
    if corpus.CORPUS is None:
        print("ratio: the corpus (../shared/corpus) is not there", file=sys.stderr)
        return 1
    if args.old:
        _compare(args)
        return 0
    print("| texts | count | median `parse_article(...).to_dict()` | median ratio to the scan |")
    print("|---|---|---|---|")
    for name, items in _loaded(args.sets).items():
        parse_times, scan_ratios = ratios(items, args.passes)
        print(
            f"| {name} | {len(items)} | {statistics.median(parse_times) * 1000:.2f} ms | "
            f"{statistics.median(scan_ratios):.1f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
