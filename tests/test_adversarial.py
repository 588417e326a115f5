"""Dense worst cases cost per byte at most a bounded multiple of real copy.

The worst shapes found by ``benchmarks/adversarial.py`` (a cue verb at every
quotation, quotations with named speakers, marks left open, short quotation
paragraphs, a paragraph of names) are parsed at a small size, and so is real copy
of the same size, in the same forked child one after the other (CPU time, the
fastest of a few runs). A shape whose cost per byte grows with its density (work
repeated for every cue of a window, say) runs at 25 to 50 times real copy; the
bound leaves room for a loaded machine, and a failing case is retried.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from wireparse import parse_article

SIZE = 24 * 1024
#: A shape's CPU time per byte over real copy's must stay under this.
MAX_TIMES_COPY = 30.0
HANG_SECONDS = 60.0
RUNS = 3

_SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")).read_text()


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _names(size: int) -> str:
    """Distinct two-word names, each with a quotation ("Ann Abbot "x," he said. ...")."""
    given = ["Ann", "Bob", "Carl", "Dana", "Ed", "Fay", "Gus", "Hal", "Ida", "Joe"]
    family = ["Abbot", "Baker", "Cole", "Drake", "Evans", "Frost", "Grant", "Hale"]
    count = size // 24 + 1
    parts = (f'{given[k % 10]} {family[k // 10 % 8]}{k // 80} "x," he said. ' for k in range(count))
    return "".join(parts)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "real copy": _repeat(_SEED + "\n\n"),
    'said "x,"': _repeat('said "x," '),
    '"x," Smith said, "y,"': _repeat('"x," Smith said, "y," '),
    '"x said (left open)': _repeat('"x said '),
    '"x," he said. paragraphs': _repeat('"x," he said.\n\n'),
    "names with quotations": _names,
}


def _child(connection: multiprocessing.connection.Connection, texts: list[str]) -> None:
    gc.freeze()  # pytest's objects: a collection walks only what the calls make
    parse_article(texts[0][:2000])  # lazy lexicons
    for text in texts:
        best = float("inf")
        for _ in range(RUNS):
            copy = (text + " ")[:-1]
            start = time.process_time()
            parse_article(copy).to_dict()
            best = min(best, time.process_time() - start)
        connection.send(best)
    connection.close()


def _times(texts: list[str]) -> list[float]:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, texts))
    child.start()
    send.close()
    times = []
    try:
        for _text in texts:
            if not receive.poll(HANG_SECONDS):
                pytest.fail(f"over {HANG_SECONDS:.0f} s on {len(_text):,} chars")
            times.append(receive.recv())
    finally:
        child.kill()
        child.join()
    return times


@pytest.mark.parametrize("shape", [name for name in SHAPES if name != "real copy"])
def test_dense_shape_costs_a_bounded_multiple_of_real_copy(shape: str) -> None:
    copy, dense = SHAPES["real copy"](SIZE), SHAPES[shape](SIZE)
    for _attempt in range(3):  # a busy machine can slow one call
        t_copy, t_dense = _times([copy, dense])
        if t_dense <= MAX_TIMES_COPY * t_copy:
            return
    pytest.fail(
        f"{shape}: {t_dense / len(dense) * 1e6:.1f} us a char, "
        f"{t_dense / t_copy:.1f} x real copy (bound {MAX_TIMES_COPY:.0f})"
    )
