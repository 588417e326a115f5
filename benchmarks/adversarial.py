"""Dense worst cases of ``parse_article``: seconds per MB and peak memory, each in a child.

Each input repeats one short unit (dense cue verbs, quotation marks, capitalized runs,
names, parentheses, short paragraphs, marks left open ...) to the size asked. Each is
parsed in a forked child with a time limit, so an input that stalls is reported, not
waited for. The child times ``parse_article(text).to_dict()`` (CPU time, the faster of
``--runs``), then measures the peak memory of ``parse_article(text)`` with tracemalloc.
A size is UTF-8 bytes. The first row is real copy (AllSides AP articles joined to the
same size, or the seed articles without the corpus) for comparison. It prints markdown.

    python benchmarks/adversarial.py                      # 1 MB each, 1 run
    python benchmarks/adversarial.py --size 262144 --runs 3 --only 'said "x,"'

The targets: at most 1 s per MB, and peak memory at most 20x the input size.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import multiprocessing.connection
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from evaluation import corpus  # noqa: E402

from wireparse import parse_article  # noqa: E402

MB = 1 << 20


def _repeat(unit: str) -> Callable[[int], str]:
    """Text of ``unit`` repeated to a size (in UTF-8 bytes), cut there."""

    def make(size: int) -> str:
        width = len(unit.encode())
        return unit * (size // width) + unit[: (size % width) // max(1, width // len(unit))]

    return make


def _names(size: int) -> str:
    """One paragraph of distinct two-word names, a comma after each ("Ann Abbot, ...")."""
    given = ["Ann", "Bob", "Carl", "Dana", "Ed", "Fay", "Gus", "Hal", "Ida", "Joe"]
    family = ["Abbot", "Baker", "Cole", "Drake", "Evans", "Frost", "Grant", "Hale"]
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        name = f"{given[index % 10]} {family[index // 10 % 8]}{index // 80 or ''}, "
        parts.append(name)
        length += len(name)
        index += 1
    return "".join(parts)[:size]


#: name -> the text of a size. Each is a dense form of something real copy holds.
SHAPES: dict[str, Callable[[int], str]] = {
    'said "x," (cue and quotation)': _repeat('said "x," '),
    '"x," he said.': _repeat('"x," he said. '),
    '"x," Smith said, "y,"': _repeat('"x," Smith said, "y," '),
    "said (cues, no mark)": _repeat("said "),
    'said "x," in short paragraphs': _repeat('said "x,"\n\n'),
    '"x," he said. in short paragraphs': _repeat('"x," he said.\n\n'),
    "According to Smith, “x”": _repeat("According to Smith, “x” "),
    "Smith said: “x”": _repeat("Smith said: “x” "),
    "John Smith (capitalized runs)": _repeat("John Smith "),
    "John Smith said (names and cues)": _repeat("John Smith said "),
    "Mr. Smith, a lawyer, said": _repeat("Mr. Smith, a lawyer, said "),
    "distinct names in one paragraph": _names,
    'distinct names, each "x," he said': lambda size: _names(size).replace(", ", ' "x," he said. '),
    "distinct names, then a quotation": lambda size: _names(size - 20) + '\n\n"x," he said.',
    "He said it. (pronoun reports)": _repeat("He said it. "),
    '" he said " (straight marks)': _repeat('" he said "'),
    '" (straight marks only)': _repeat('"'),
    "“”‘’ (curly marks)": _repeat("“”‘’"),
    "“x (marks left open)": _repeat("“x "),
    '"x (straight marks left open)': _repeat('"x said '),
    "( (unclosed parentheses)": _repeat("("),
    "(((x))) (deep parentheses)": _repeat("(" * 500 + "x" + ")" * 500),
    "(AP Photo/": _repeat("(AP Photo/"),
    "ALL-CAPS words": _repeat("WASHINGTON SENATE VOTES "),
    "dashes (-)": _repeat("-"),
    "em dashes (—)": _repeat("— "),
    "short lines": _repeat("By AP\n"),
    "dash lines (---)": _repeat("---\n"),
    "x. (sentence ends)": _repeat("x. "),
}


def real_copy(size: int) -> str:
    """Real articles joined by blank lines to ``size`` characters (the seed without corpus)."""
    if corpus.CORPUS is not None:
        texts = [r["content_original"] for r in corpus.allsides("associated_press")]
    else:
        texts = [path.read_text() for path in sorted((ROOT / "seeds").rglob("*.txt"))]
    parts: list[str] = []
    length = 0
    for index in range(10**6):
        if length >= size:
            break
        parts.append(texts[index % len(texts)])
        length += len(parts[-1].encode()) + 2
    return "\n\n".join(parts).encode()[:size].decode(errors="ignore")


def _measure(connection: multiprocessing.connection.Connection, text: str, runs: int) -> None:
    gc.freeze()  # the parent's objects: a collection walks only what the call makes
    best = float("inf")
    for _ in range(runs):
        copy = (text + " ")[:-1]
        start = time.process_time()
        parse_article(copy).to_dict()
        best = min(best, time.process_time() - start)
    connection.send(best)
    tracemalloc.start()
    result = parse_article((text + " ")[:-1])
    kept, peak = tracemalloc.get_traced_memory()
    connection.send((peak, kept, len(result.quotes)))
    tracemalloc.stop()
    connection.close()


def measure(text: str, runs: int, limit: float) -> tuple[float | None, tuple[int, int, int] | None]:
    """Seconds for ``text`` in a forked child (None when over ``limit`` s), and the peak
    bytes, the bytes the result keeps and its number of quotations (None likewise)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_measure, args=(send, text, runs))
    child.start()
    send.close()
    results: list[Any] = [None, None]
    try:
        for index in range(2):
            if not receive.poll(limit * (runs if index == 0 else 1)):
                break
            results[index] = receive.recv()
    except EOFError:  # the child died (out of memory)
        pass
    finally:
        child.kill()
        child.join()
    seconds, memory = results
    return (None if seconds is None else float(seconds)), memory


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=MB, help="bytes of each input (1 MB)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a stall")
    parser.add_argument("--only", default="", help="only the shapes whose name holds this")
    args = parser.parse_args(argv)
    parse_article("Warm-up. “The lexicons load,” he said.")
    shapes = {"real copy (AP articles joined)": real_copy, **SHAPES}
    print(f"Each input {args.size / MB:.2f} MB; `parse_article(text).to_dict()`, CPU time,")
    print(f"fastest of {args.runs}; peak memory of `parse_article(text)` (tracemalloc), and")
    print("what its result keeps; quotations found; CPU time per quotation.\n")
    print(
        "| input | s per MB | x real copy | peak memory / input | result / input"
        " | quotations | us per quotation |"
    )
    print("|---|---|---|---|---|---|---|")
    copy_rate = None
    for name, make in shapes.items():
        if args.only not in name and make is not real_copy:
            continue
        text = make(args.size)
        size = len(text.encode())
        seconds, memory = measure(text, args.runs, args.limit)
        if seconds is None:
            print(f"| {name} | over {args.limit:.0f} s | | | | | |")
            continue
        rate = seconds / (size / MB)
        copy_rate = rate if copy_rate is None else copy_rate
        peak, kept = (f"{m / size:.1f}x" for m in memory[:2]) if memory else ("?", "?")
        count = memory[2] if memory else 0
        each = f"{seconds / count * 1e6:.0f}" if count else ""
        cells = f"{rate:.2f} | {rate / copy_rate:.1f}x | {peak} | {kept} | {count:,} | {each}"
        print(f"| {name} | {cells} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
