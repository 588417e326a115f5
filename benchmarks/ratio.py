"""How many regex word scans one ``parse_article`` costs: a speed figure that travels.

A time in milliseconds depends on the machine and on its load at that moment. This script
times ``parse_article(text).to_dict()`` and ``regex.findall(r"\\w+", text)`` on the same text,
one right after the other, in one process, and reports the median over the texts of the ratio
of the two (each text's fastest pass of each). The scan is the cheapest thing that reads every
word of the text, so the ratio says how much work per word wireparse does, and a slower or
busier machine moves both sides alike.

    python benchmarks/ratio.py                     # AllSides AP and Reuters-21578, 5 passes
    python benchmarks/ratio.py --sets ap --passes 3

The corpus is read from ``../shared/corpus`` (see ``evaluation/corpus.py``).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from evaluation import corpus  # noqa: E402

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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--sets", default="ap,reuters", help="ap, reuters")
    args = parser.parse_args(argv)
    if corpus.CORPUS is None:
        print("ratio: the corpus (../shared/corpus) is not there", file=sys.stderr)
        return 1
    print("| texts | count | median `parse_article(...).to_dict()` | median ratio to the scan |")
    print("|---|---|---|---|")
    for name, items in texts(args.sets.split(",")).items():
        parse_times, scan_ratios = ratios(items, args.passes)
        print(
            f"| {name} | {len(items)} | {statistics.median(parse_times) * 1000:.2f} ms | "
            f"{statistics.median(scan_ratios):.1f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
