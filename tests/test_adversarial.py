"""Dense worst cases cost per byte at most a bounded multiple of real copy.

The worst shapes of ``benchmarks/adversarial.py`` (a cue verb at every quotation,
quotations with named speakers, marks left open, short quotation paragraphs, names
each with a quotation) are parsed at a small size, and so is real copy (the seed
article repeated) of the same size, in the same forked child one after the other
(CPU time, the fastest of a few runs). A shape whose cost per byte grows with its density (work
repeated for every cue of a window, say) runs at 25 to 50 times real copy; the
bound leaves room for a loaded machine, and a failing case is retried.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import time
from pathlib import Path

import pytest
from benchmarks.adversarial import SHAPES

from wireparse import parse_article

SIZE = 24 * 1024
#: A shape's CPU time per byte over real copy's must stay under this.
MAX_TIMES_COPY = 30.0
HANG_SECONDS = 60.0
RUNS = 3

_SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")).read_text() + "\n\n"


#: The worst shapes of ``benchmarks/adversarial.py`` (the names there: one text each).
WORST = (
    'said "x," (cue and quotation)',
    '"x," Smith said, "y,"',
    '"x (straight marks left open)',
    '"x," he said. in short paragraphs',
    'distinct names, each "x," he said',
)


def _real_copy(size: int) -> str:
    return (_SEED * (size // len(_SEED) + 1))[:size]


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


@pytest.mark.parametrize("shape", WORST)
def test_dense_shape_costs_a_bounded_multiple_of_real_copy(shape: str) -> None:
    copy, dense = _real_copy(SIZE), SHAPES[shape](SIZE)
    for _attempt in range(3):  # a busy machine can slow one call
        t_copy, t_dense = _times([copy, dense])
        if t_dense <= MAX_TIMES_COPY * t_copy:
            return
    pytest.fail(
        f"{shape}: {t_dense / len(dense) * 1e6:.1f} us a char, "
        f"{t_dense / t_copy:.1f} x real copy (bound {MAX_TIMES_COPY:.0f})"
    )
