"""Time wireparse at an older commit next to the working tree, in one process.

The machine this project is measured on is shared, so a speed-up is only trusted when the
old and the new code run side by side, interleaved, on the same texts: this script extracts
``src/wireparse`` of an older commit (``git archive``) into a temporary folder, imports it
next to the working tree's package, and times ``parse_article`` and ``find_quotes`` of both
(and, for the new code, with reported speech on) on real articles, CPU time: each text is
parsed by every call in turn, and a figure is the median over the texts of each text's fastest
pass. It prints markdown.

    python benchmarks/side_by_side.py                    # against 00fcfd6, 5 passes
    python benchmarks/side_by_side.py --old b4338f6 --passes 3 --sets ap
    python benchmarks/side_by_side.py --old d887927 --no-quotes   # the parsers but quotes

The corpus is read from ``../shared/corpus`` (see ``evaluation/corpus.py``).
"""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation import corpus  # noqa: E402


def _import_wireparse(src: Path) -> tuple[ModuleType, ModuleType]:
    """``wireparse.article`` and ``wireparse.quotes`` imported from the folder ``src``."""
    for name in [name for name in sys.modules if name.startswith("wireparse")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        article = importlib.import_module("wireparse.article")
        quotes = importlib.import_module("wireparse.quotes")
    finally:
        sys.path.remove(str(src))
    return article, quotes


def _extract(commit: str, folder: Path) -> Path:
    """``src/wireparse`` of ``commit`` written under ``folder``; returns the ``src`` folder."""
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "src/wireparse"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(folder, filter="data")
    return folder / "src"


def _texts(names: Sequence[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    if "ap" in names:
        sets["AllSides AP"] = [r["content_original"] for r in corpus.allsides("associated_press")]
    if "ggt" in names:
        sets["GGT bodies"] = [r["rawtext"] for r in corpus.ggt_records() if r.get("rawtext")]
    if "reuters" in names:
        stories = itertools.islice(corpus.reuters21578(), 0, None, 10)
        sets["Reuters-21578 (1 story in 10)"] = [story.wire_text() for story in stories]
    return sets


def _fresh(text: str) -> str:
    """A new string object equal to ``text``, so no cache keyed on the object is hit."""
    return (text + " ")[:-1]


def _without_quotes(article: ModuleType) -> Callable[[str], Any]:
    """``parse_article`` of ``article`` with its quote step left out: the other parsers
    (boilerplate, headline, dateline, captions, bylines) and the segmentation."""

    # the name the module calls its quote step by (older commits: find_quotes)
    name = "find_quotes_in" if hasattr(article, "find_quotes_in") else "find_quotes"
    find_quotes = getattr(article, name)

    def call(text: str) -> Any:
        setattr(article, name, lambda *args, **kwargs: ())
        try:
            return article.parse_article(text)
        finally:
            setattr(article, name, find_quotes)

    return call


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", default="00fcfd6", help="the older commit (default 00fcfd6)")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--sets", default="ap,ggt,reuters", help="ap, ggt, reuters")
    parser.add_argument(
        "--no-quotes", action="store_true", help="time parse_article without its quote step only"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        old_article, old_quotes = _import_wireparse(_extract(args.old, Path(folder)))
        new_article, new_quotes = _import_wireparse(ROOT / "src")
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    calls: dict[str, Callable[[str], Any]] = {
        f"`parse_article`, {args.old}": old_article.parse_article,
        f"`parse_article`, {head}": new_article.parse_article,
        # Each package makes the same calls: a call that only one made would fill that
        # package's caches (keyed by content) with the text's names, places and captions
        # right before its other calls (about 4% on AP, 12% on Reuters-21578).
        f"`parse_article(indirect=True)`, {args.old}": lambda t: old_article.parse_article(
            t, indirect=True
        ),
        f"`parse_article(indirect=True)`, {head}": lambda t: new_article.parse_article(
            t, indirect=True
        ),
        f"`find_quotes` standalone, {args.old}": old_quotes.find_quotes,
        f"`find_quotes` standalone, {head}": new_quotes.find_quotes,
        f"`find_quotes(indirect=True)` standalone, {args.old}": lambda t: old_quotes.find_quotes(
            t, indirect=True
        ),
        f"`find_quotes(indirect=True)` standalone, {head}": lambda t: new_quotes.find_quotes(
            t, indirect=True
        ),
    }
    if args.no_quotes:
        calls = {
            f"`parse_article` without quotes, {args.old}": _without_quotes(old_article),
            f"`parse_article` without quotes, {head}": _without_quotes(new_article),
        }
    sets = _texts(args.sets.split(","))
    print(f"Side by side, {args.old} against {head} (working tree), CPU time. Each text is")
    print("parsed by every call in turn (in an order shuffled per text and pass), so a change of")
    print("load falls on old and new alike; a cell is the median over the texts of each text's")
    print(f"fastest of {args.passes} passes, and a ratio the median of the per-text ratios.\n")
    print("| call | " + " | ".join(f"{name} ({len(t)})" for name, t in sets.items()) + " |")
    print("|---|" + "---|" * len(sets))
    names = list(calls)
    best: dict[str, dict[str, list[float]]] = {call: {} for call in calls}
    for name, texts in sets.items():
        fastest = {call: [float("inf")] * len(texts) for call in calls}
        for turn in range(args.passes):
            for index, text in enumerate(texts):
                # in an order shuffled per text and pass, not a fixed cycle
                order = list(names)
                random.Random(turn * len(texts) + index).shuffle(order)
                for call in order:
                    copy = _fresh(text)
                    start = time.process_time()
                    calls[call](copy)
                    elapsed = time.process_time() - start
                    fastest[call][index] = min(fastest[call][index], elapsed)
        for call in calls:
            best[call][name] = fastest[call]
    for call in calls:
        cells = [f"{statistics.median(best[call][name]) * 1000:.3f} ms" for name in sets]
        print(f"| {call} | " + " | ".join(cells) + " |")
    pairs = [("parse_article", names[0], names[1])]
    if not args.no_quotes:
        pairs.append(("find_quotes", names[4], names[5]))
    for function, old_call, new_call in pairs:
        old, new = best[old_call], best[new_call]
        ratios = {
            name: [n / o for n, o in zip(new[name], old[name], strict=True) if o > 0]
            for name in sets
        }
        cells = [f"{statistics.median(ratios[name]):.3f}" for name in sets]
        print(f"| `{function}` new / old | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
