"""Where ``parse_article`` spends its time: each stage's share, on real copy or a dense input.

Each stage function is wrapped with a timer (the wrapper costs well under 1 us a call,
and the stages are called a few times per article), the texts are parsed once to warm
the caches, then once timed. It prints markdown: milliseconds per stage and the share of
``parse_article``; ``to_dict`` is timed apart. The quotation stages nest inside
``find_quotes_in`` (the mention table is built when a speaker rule first asks for it).

    python benchmarks/stages.py                 # AllSides AP
    python benchmarks/stages.py --dense 'said "x," ' --size 262144

The corpus is read from ``../shared/corpus`` (see ``evaluation/corpus.py``).
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from evaluation import corpus  # noqa: E402

import wireparse.article as article  # noqa: E402
import wireparse.quotes.direct as direct  # noqa: E402
import wireparse.quotes.names as names  # noqa: E402
import wireparse.quotes.speakers as speakers  # noqa: E402

# (module or class, function name, label): the stages timed, in pipeline order.
_STAGES: tuple[tuple[Any, str, str], ...] = (
    (article, "prepare", "prepare (segmentation)"),
    (article, "find_captions_in", "captions"),
    (article, "find_boilerplate_in", "boilerplate"),
    (article, "persons_in", "bylines and contributors"),
    (article, "find_headline_in", "headline"),
    (article, "_claim_dateline", "dateline"),
    (article, "find_quotes_in", "find_quotes_in (all below)"),
    (direct, "_scan_body", "of which: quotation marks"),
    (direct, "_frames", "of which: token windows and own attributions"),
    (speakers._Shared, "get", "of which: the resolver's name tables (first use)"),
    (names._Names, "_build_mentions", "of which: the mention table (first use)"),
)


_QUOTES = "find_quotes_in (all below)"
_IN_QUOTES = tuple(label for _owner, _name, label in _STAGES if label.startswith("of which"))


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Any:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    return wrapper


def stages(texts: Sequence[str]) -> tuple[float, float, dict[str, float]]:
    """Seconds of ``parse_article`` and of ``to_dict`` over ``texts``, and per stage."""
    spent: dict[str, float] = {}
    for owner, name, label in _STAGES:
        setattr(owner, name, _timed(getattr(owner, name), label, spent))
    for text in texts:
        article.parse_article(text)
    spent.clear()
    start = time.perf_counter()
    parsed = [article.parse_article(text) for text in texts]
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for item in parsed:
        item.to_dict()
    return parse, time.perf_counter() - start, spent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dense", default="", help="a unit to repeat instead of real copy")
    parser.add_argument("--size", type=int, default=1 << 18, help="characters of --dense")
    args = parser.parse_args(argv)
    if args.dense:
        texts = [(args.dense * (args.size // len(args.dense) + 1))[: args.size]]
        name = f"{args.dense!r} repeated to {args.size:,} characters"
    else:
        texts = [r["content_original"] for r in corpus.allsides("associated_press")]
        name = f"{len(texts)} AllSides AP texts"
        if not texts:
            print("no corpus: nothing measured")
            return 0
    parse, to_dict, spent = stages(texts)
    print(f"{name}: parse_article {parse * 1000:.0f} ms, to_dict {to_dict * 1000:.0f} ms\n")
    print("| stage | ms | share of parse_article |\n|---|---|---|")
    for _owner, _name, label in _STAGES:
        ms = spent.get(label, 0.0) * 1000
        print(f"| {label} | {ms:.0f} | {100 * spent.get(label, 0.0) / parse:.0f}% |")
    rest = spent.get(_QUOTES, 0.0) - sum(spent.get(label, 0.0) for label in _IN_QUOTES)
    share = 100 * rest / parse
    print(f"| of which: the rest (speaker resolution) | {rest * 1000:.0f} | {share:.0f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
