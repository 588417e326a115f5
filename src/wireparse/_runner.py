"""The batch runner of the command line: workers, Ctrl-C, the garbage collector, progress, output.

Part of the command line (:mod:`wireparse.cli`), not of the library: it is the one place
that sets signal handlers and tunes the garbage collector, for the run and only during it.

Ctrl-C: the first SIGINT asks the run to stop and later ones are ignored (a second press
cannot break the clean-up). The run stops after the record in hand; when a text is being
read or parsed in this process the parse is abandoned at once. Worker processes ignore
SIGINT; on a stop they are terminated, so none is left behind, and what was written so far
stays valid (the JSON array is closed, the Parquet file gets its footer).

The garbage collector: a parse makes many small objects and no cyclic garbage, so the
collections that its allocations trigger only walk the heap in vain. The runner calls
``gc.freeze()`` after warming up (the heap it has then is never walked again) and pauses
collection while each text is parsed (``benchmarks/batch_gc.py`` measures both; see
``docs/scale.md``).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import gc
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import IO, Any, Final, TypeVar

import attrs

from wireparse._inputs import (
    EXIT_BAD_RECORD,
    EXIT_BINARY,
    EXIT_DECODE,
    EXIT_IS_DIRECTORY,
    EXIT_NOT_FOUND,
    EXIT_UNREADABLE,
    InputError,
    Options,
    Task,
    read_path,
)
from wireparse.models import Article, dumps
from wireparse.records import article_row, error_row, parse_record

EXIT_INTERNAL: Final = 9

ERROR_KINDS: Final = {
    EXIT_NOT_FOUND: "not_found",
    EXIT_IS_DIRECTORY: "is_directory",
    EXIT_UNREADABLE: "unreadable",
    EXIT_DECODE: "decode",
    EXIT_BINARY: "binary",
    EXIT_BAD_RECORD: "bad_record",
    EXIT_INTERNAL: "internal",
}
_KIND_CODES: Final = {kind: code for code, kind in ERROR_KINDS.items()}

#: How many inputs may wait in the process pool per worker: enough to keep the
#: workers busy, few enough that memory stays flat over any number of inputs.
QUEUE_PER_JOB: Final = 8

#: How often a waiting run looks whether Ctrl-C was pressed, in seconds.
_POLL_SECONDS: Final = 0.05

#: How often the progress line is redrawn, in seconds.
_PROGRESS_SECONDS: Final = 0.5

#: The text parsed to warm up a process before its heap is frozen (a real AP lead).
_WARM_UP: Final = (
    "Pakistan strikes back at Iran\n\nISLAMABAD (AP) — Pakistan launched airstrikes "
    'inside Iran on Thursday.\n\n"We will respond," a spokesman said.\n'
)

#: prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG: Final = 1

_T = TypeVar("_T")


class Interrupted(Exception):
    """The run was asked to stop (Ctrl-C)."""


@attrs.frozen
class Result:
    """One task's outcome: its JSON text, or its row for Parquet."""

    name: str
    output: str = ""
    row: dict[str, Any] | None = None
    error_code: int = 0
    error_message: str = ""


# --------------------------------------------------------------------------- the worker side


def render(task: Task, options: Options) -> Result:
    """Parse one input and render its output; runs in a worker process."""
    with gc_paused():
        if options.parquet:
            return _render_row(task, options)
        return _render_json(task, options)


def _render_row(task: Task, options: Options) -> Result:
    if task.error is not None:
        row = error_row(task.name, ERROR_KINDS.get(task.error.code, "error"), task.error.message)
    else:
        try:
            text = task.text if task.text is not None else read_path(task.path or "", options)
        except InputError as exc:
            row = error_row(task.name, ERROR_KINDS.get(exc.code, "error"), exc.message)
        else:
            published = task.published or options.published
            row = article_row(task.name, text, task.title, published, indirect=options.indirect)
    error = row["error"]
    if error is None:
        row = {"id": task.name, "error": None, **{key: row[key] for key in options.fields}}
        return Result(task.name, row=row)
    code = _KIND_CODES.get(error["kind"], EXIT_INTERNAL)
    return Result(
        task.name, row=row, error_code=code, error_message=f"{task.name}: {error['message']}"
    )


def _render_json(task: Task, options: Options) -> Result:
    try:
        if task.error is not None:
            raise task.error
        text = task.text if task.text is not None else read_path(task.path or "", options)
        article = parse(text, task, options)
        data = article.to_dict()
        record: dict[str, Any] = {key: data[key] for key in options.fields}
        if options.jsonl:
            record = {task.key: task.name, **record}
        return Result(task.name, dumps(record, indent=options.indent))
    except InputError as exc:
        error = {
            task.key: task.name,
            "error": {"kind": ERROR_KINDS.get(exc.code, "error"), "message": exc.message},
        }
        return Result(task.name, dumps(error, indent=options.indent), None, exc.code, str(exc))
    except Exception as exc:
        # A parser bug, not the input's fault: one bad input must not end a batch of
        # millions, so it becomes an error record and the run goes on.
        message = f"wireparse failed on this input ({type(exc).__name__}: {exc}); please report it"
        error = {task.key: task.name, "error": {"kind": "internal", "message": message}}
        output = dumps(error, indent=options.indent)
        return Result(task.name, output, None, EXIT_INTERNAL, f"{task.name}: {message}")


def parse(text: str, task: Task, options: Options) -> Article:
    """The article of one task (a name tests replace to make a parser fail)."""
    published = task.published or options.published
    return parse_record(text, title=task.title, published=published, indirect=options.indirect)


# --------------------------------------------------------------------------- the collector


class gc_paused:  # used like a function: ``with gc_paused():``
    """No collection inside the block; collection is back on after it unless it was off."""

    __slots__ = ("_resume",)

    def __enter__(self) -> None:
        self._resume = gc.isenabled()
        if self._resume:
            gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if self._resume:
            gc.enable()


def warm_up_and_freeze() -> None:
    """Parse one text (the lazy imports and compiled patterns), then freeze the heap."""
    parse_record(_WARM_UP)
    gc.collect()
    gc.freeze()


def _start_worker() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the run and ends the workers.

    On Linux a worker is also ended when the parent dies (even by SIGKILL), so that
    none is left behind.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    warm_up_and_freeze()


# --------------------------------------------------------------------------- Ctrl-C


class StopSignal:
    """While active: the first SIGINT asks the run to stop, later ones are ignored.

    The handler raises :class:`KeyboardInterrupt` only for the first signal, and only while
    :attr:`may_raise` is set (this process reading or parsing, never inside the pool's
    own code or half-way through writing a record). With ``ignore_after_stop`` (the
    console command, which is about to exit), SIGINT stays ignored after a stop.
    """

    def __init__(self, *, ignore_after_stop: bool = False) -> None:
        self._ignore_after_stop = ignore_after_stop
        self.requested = False
        self.may_raise = False
        self._previous: Any = None
        self._active = False

    def __enter__(self) -> StopSignal:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._active = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._active:
            stopping = self.requested and self._ignore_after_stop
            signal.signal(signal.SIGINT, signal.SIG_IGN if stopping else self._previous)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        first = not self.requested
        self.requested = True
        if first and self.may_raise:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.requested:
            raise Interrupted

    def call(self, function: Callable[..., _T], *args: Any) -> _T:
        """``function(*args)``, abandoned at once by Ctrl-C."""
        self.check()
        self.may_raise = True
        try:
            return function(*args)
        except KeyboardInterrupt:
            raise Interrupted from None
        finally:
            self.may_raise = False


# --------------------------------------------------------------------------- running


def results(
    tasks: Iterator[Task], options: Options, jobs: int, stop: StopSignal
) -> Iterator[Result]:
    """Render the tasks in input order, in ``jobs`` processes when more than one."""
    if jobs <= 1:
        while (task := stop.call(next, tasks, None)) is not None:
            yield stop.call(render, task, options)
            stop.check()
        return
    window: collections.deque[concurrent.futures.Future[Result]] = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker)
    try:
        while (task := stop.call(next, tasks, None)) is not None:
            window.append(pool.submit(render, task, options))
            if len(window) >= jobs * QUEUE_PER_JOB:
                yield _wait(window.popleft(), stop)
        while window:
            yield _wait(window.popleft(), stop)
    except BaseException:
        _end_pool(pool)
        raise
    pool.shutdown(wait=True)


def _wait(future: concurrent.futures.Future[Result], stop: StopSignal) -> Result:
    while True:
        stop.check()
        try:
            return future.result(timeout=_POLL_SECONDS)
        except concurrent.futures.TimeoutError:
            continue


def _end_pool(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel what waits and end the workers now (they ignore SIGINT, not SIGTERM)."""
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    deadline = time.monotonic() + 1.0
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(0.5)


class Progress:
    """One line on stderr: count, total when known, failures, rate and time left."""

    def __init__(self, stream: IO[str] | None, total: int | None) -> None:
        self._stream = stream
        self._total = total
        self._started = time.monotonic()
        self._shown_at = 0.0
        self.done = 0
        self.failed = 0

    def step(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self._stream is None:
            return
        now = time.monotonic()
        if now - self._shown_at >= _PROGRESS_SECONDS or self.done == self._total:
            self._shown_at = now
            self._stream.write("\r" + self.line(now))
            self._stream.flush()

    def line(self, now: float) -> str:
        """``wireparse: 1,200/5,000 parsed, 3 failed, 410/s, 0:00:09 left``."""
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        total = f"/{self._total:,}" if self._total is not None else ""
        text = f"wireparse: {self.done:,}{total} parsed, {self.failed:,} failed, {rate:,.0f}/s"
        if self._total is not None and rate > 0 and self.done < self._total:
            left = int((self._total - self.done) / rate)
            text += f", {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d} left"
        return text

    def close(self) -> None:
        if self._stream is not None and self.done:
            self._stream.write("\r" + self.line(time.monotonic()) + "\n")
            self._stream.flush()


def write_chunked(out: IO[str], text: str, chunk: int = 1 << 16) -> None:
    """Write in pieces: after a reader has gone, the next piece raises ``BrokenPipeError``.

    A single big write to a pipe whose reader has gone can end silently half-way
    (the buffered writer returns the partial count), so ``wireparse big.txt | head -1``
    would not stop at once.
    """
    for start in range(0, len(text), chunk):
        out.write(text[start : start + chunk])


def flush_quietly(stream: IO[str]) -> None:
    with contextlib.suppress(OSError, ValueError):
        stream.flush()


def stderr_of(err: IO[str] | None) -> IO[str]:
    return err if err is not None else sys.stderr
