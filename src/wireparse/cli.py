"""The ``wireparse`` command: parse articles and print JSON.

Exit codes (also in ``docs/cli.md``):

====  =====================================================================
0     every input parsed
1     a batch in which inputs failed for different reasons
2     usage error (bad option or option value)
3     a file does not exist
4     a directory was given without ``--jsonl`` (which walks folders)
5     a file could not be read (permissions, I/O error)
6     a file is not valid in the input encoding (UTF-8 unless ``--encoding``)
7     a file is binary (it holds NUL bytes)
8     a ``--input-jsonl`` record is not a JSON object with the text field
9     wireparse itself failed on an input (a bug: please report the input)
130   interrupted (Ctrl-C)
141   standard output was closed early (``wireparse big.txt | head -1``)
====  =====================================================================

In a batch every good input is still written, and each bad one gets an error
record; the exit code is that of the failures when they all failed the same
way, else 1.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import datetime
import io
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any, Final, NoReturn

import attrs

from wireparse import __version__
from wireparse.article import parse_article
from wireparse.models import TOP_LEVEL_KEYS, dumps

__all__ = ["main", "main_exit"]

EXIT_OK: Final = 0
EXIT_MIXED: Final = 1
EXIT_USAGE: Final = 2
EXIT_NOT_FOUND: Final = 3
EXIT_IS_DIRECTORY: Final = 4
EXIT_UNREADABLE: Final = 5
EXIT_DECODE: Final = 6
EXIT_BINARY: Final = 7
EXIT_BAD_RECORD: Final = 8
EXIT_INTERNAL: Final = 9
EXIT_INTERRUPTED: Final = 130
EXIT_BROKEN_PIPE: Final = 141

_ERROR_KINDS: Final = {
    EXIT_NOT_FOUND: "not_found",
    EXIT_IS_DIRECTORY: "is_directory",
    EXIT_UNREADABLE: "unreadable",
    EXIT_DECODE: "decode",
    EXIT_BINARY: "binary",
    EXIT_BAD_RECORD: "bad_record",
    EXIT_INTERNAL: "internal",
}

#: How many inputs may wait in the process pool per worker: enough to keep the
#: workers busy, few enough that memory stays flat over any number of inputs.
_QUEUE_PER_JOB: Final = 8

#: How often the progress line is redrawn, in seconds.
_PROGRESS_SECONDS: Final = 0.2


class InputError(Exception):
    """An input that cannot be parsed: a missing file, bad bytes, a bad record."""

    def __init__(self, code: int, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.code = code
        self.name = name
        self.message = message


@attrs.frozen
class _Options:
    fields: tuple[str, ...]
    encoding: str
    errors: str
    indent: int | None
    jsonl: bool
    published: datetime.date | None
    indirect: bool = False


@attrs.frozen
class _Task:
    """One input: a path to read, or a text already in hand (stdin, a JSONL record)."""

    name: str
    key: str  # "path" or "id": how the output record names the input
    path: str | None = None
    text: str | None = None
    published: datetime.date | None = None
    error: InputError | None = None


@attrs.frozen
class _Result:
    name: str
    output: str
    error_code: int = EXIT_OK
    error_message: str = ""


def decode_input(data: bytes, name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode the bytes of one input, or raise :class:`InputError`.

    >>> decode_input(b"ok", "a.txt")
    'ok'
    >>> decode_input(b"caf\\xe9", "b.txt")
    Traceback (most recent call last):
    wireparse.cli.InputError: b.txt: invalid utf-8 at byte 3 (0xe9); try --encoding latin-1 ...
    >>> decode_input(b"a\\x00b", "c.bin")
    Traceback (most recent call last):
    wireparse.cli.InputError: c.bin: binary input (NUL byte at offset 1), not text
    """
    nul = data.find(b"\x00")
    if nul >= 0 and encoding.lower().replace("_", "-") not in ("utf-16", "utf-32"):
        raise InputError(EXIT_BINARY, name, f"binary input (NUL byte at offset {nul}), not text")
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.start + 1]
        raise InputError(
            EXIT_DECODE,
            name,
            f"invalid {encoding} at byte {exc.start} (0x{bad.hex()}); "
            "try --encoding latin-1 or --errors replace",
        ) from None
    except LookupError as exc:
        raise InputError(EXIT_USAGE, name, str(exc)) from None


def _read_path(path: str, options: _Options) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError(EXIT_NOT_FOUND, path, "no such file") from None
    except IsADirectoryError:
        raise InputError(
            EXIT_IS_DIRECTORY, path, "is a directory (use --jsonl to walk folders)"
        ) from None
    except OSError as exc:
        raise InputError(EXIT_UNREADABLE, path, f"cannot read: {exc.strerror or exc}") from None
    return decode_input(data, path, encoding=options.encoding, errors=options.errors)


def _render(task: _Task, options: _Options) -> _Result:
    """Parse one input and render its output; runs in a worker process."""
    try:
        if task.error is not None:
            raise task.error
        text = task.text if task.text is not None else _read_path(task.path or "", options)
        article = parse_article(
            text, published=task.published or options.published, indirect=options.indirect
        )
        data = article.to_dict()
        record: dict[str, Any] = {key: data[key] for key in options.fields}
        if options.jsonl:
            record = {task.key: task.name, **record}
        return _Result(task.name, dumps(record, indent=options.indent))
    except InputError as exc:
        error = {
            task.key: task.name,
            "error": {"kind": _ERROR_KINDS.get(exc.code, "error"), "message": exc.message},
        }
        return _Result(task.name, dumps(error, indent=options.indent), exc.code, str(exc))
    except Exception as exc:
        # A parser bug, not the input's fault: one bad input must not end a batch of
        # millions, so it becomes an error record and the run goes on.
        message = f"wireparse failed on this input ({type(exc).__name__}: {exc}); please report it"
        error = {task.key: task.name, "error": {"kind": "internal", "message": message}}
        output = dumps(error, indent=options.indent)
        return _Result(task.name, output, EXIT_INTERNAL, f"{task.name}: {message}")


def _walk(paths: Sequence[str]) -> Iterator[str]:
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def _path_tasks(paths: Sequence[str], options: _Options, stdin: IO[bytes]) -> Iterator[_Task]:
    for path in _walk(paths) if options.jsonl else paths:
        if path == "-":
            try:
                text = decode_input(
                    stdin.read(), "<stdin>", encoding=options.encoding, errors=options.errors
                )
                yield _Task("<stdin>", "path", text=text)
            except InputError as exc:
                yield _Task("<stdin>", "path", error=exc)
        else:
            yield _Task(path, "path", path=path)


def _record_tasks(
    path: str,
    text_field: str,
    id_field: str | None,
    date_field: str | None,
    options: _Options,
    stdin: IO[bytes],
) -> Iterator[_Task]:
    """One task per line of a JSON-lines file (``-``: stdin); a bad line becomes an error task."""
    try:
        handle = stdin if path == "-" else open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise InputError(EXIT_NOT_FOUND, path, "no such file") from None
    except IsADirectoryError:
        raise InputError(EXIT_IS_DIRECTORY, path, "is a directory, not a JSON-lines file") from None
    except OSError as exc:
        raise InputError(EXIT_UNREADABLE, path, f"cannot read: {exc.strerror or exc}") from None
    try:
        for number, raw in enumerate(handle, start=1):
            fallback = f"{'<stdin>' if path == '-' else path}:{number}"
            if not raw.strip():
                continue
            try:
                line = decode_input(raw, fallback, encoding=options.encoding, errors=options.errors)
                record = json.loads(line)
            except InputError as exc:
                yield _Task(fallback, "id", error=exc)
                continue
            except json.JSONDecodeError as exc:
                error = InputError(EXIT_BAD_RECORD, fallback, f"invalid JSON: {exc.msg}")
                yield _Task(fallback, "id", error=error)
                continue
            if not isinstance(record, dict):
                error = InputError(EXIT_BAD_RECORD, fallback, "record is not a JSON object")
                yield _Task(fallback, "id", error=error)
                continue
            name = str(record.get(id_field, fallback)) if id_field else fallback
            text = record.get(text_field)
            if not isinstance(text, str):
                message = f"field {text_field!r} is missing or not a string"
                yield _Task(name, "id", error=InputError(EXIT_BAD_RECORD, name, message))
                continue
            published = _record_date(record.get(date_field)) if date_field else None
            yield _Task(name, "id", text=text, published=published)
    finally:
        if handle is not stdin:
            handle.close()


def _record_date(value: object) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _results(tasks: Iterator[_Task], options: _Options, jobs: int) -> Iterator[_Result]:
    """Render the tasks in input order, in ``jobs`` processes when more than one."""
    if jobs <= 1:
        for task in tasks:
            yield _render(task, options)
        return
    window: collections.deque[concurrent.futures.Future[_Result]] = collections.deque()
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, initializer=_ignore_interrupts
    ) as pool:
        try:
            for task in tasks:
                window.append(pool.submit(_render, task, options))
                if len(window) >= jobs * _QUEUE_PER_JOB:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which cancels the batch cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Progress:
    """A one-line counter on stderr, redrawn at most every ``_PROGRESS_SECONDS``."""

    def __init__(self, stream: IO[str] | None, total: int | None) -> None:
        self._stream = stream
        self._total = total
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
            total = f"/{self._total}" if self._total is not None else ""
            self._stream.write(f"\rwireparse: {self.done}{total} parsed, {self.failed} failed")
            self._stream.flush()

    def close(self) -> None:
        if self._stream is not None and self.done:
            self._stream.write(f"\rwireparse: {self.done} parsed, {self.failed} failed\n")
            self._stream.flush()


class _ArgumentParser(argparse.ArgumentParser):
    """argparse that writes to the streams given to :func:`main`, not to ``sys``'s."""

    def __init__(self, *args: Any, out: IO[str], err: IO[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._out = out
        self._err = err

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            (self._out if file is sys.stdout else self._err).write(message)


def _parser(out: IO[str], err: IO[str]) -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        out=out,
        err=err,
        prog="wireparse",
        description="Parse wire-service news articles into JSON.",
        epilog="Exit codes: 0 ok, 1 mixed failures, 2 usage, 3 missing file, 4 directory, "
        "5 unreadable, 6 bad encoding, 7 binary, 8 bad JSONL record, 9 internal error, "
        "130 interrupted, 141 broken pipe.",
    )
    parser.add_argument("inputs", nargs="*", metavar="FILE", help="files to parse; - for stdin")
    parser.add_argument(
        "--jsonl", action="store_true", help="one compact JSON object per line; walks folders"
    )
    parser.add_argument(
        "--input-jsonl", metavar="FILE", help="read articles from a JSONL file (- for stdin)"
    )
    parser.add_argument("--text-field", default="text", metavar="NAME")
    parser.add_argument("--id-field", metavar="NAME")
    parser.add_argument("--date-field", metavar="NAME", help="record field with the ISO date")
    parser.add_argument("--indent", type=int, metavar="N", help="indentation (default 2)")
    parser.add_argument("--fields", metavar="A,B", help="only these top-level fields")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date")
    parser.add_argument(
        "--indirect", action="store_true", help="also find reported speech without marks"
    )
    parser.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    parser.add_argument(
        "--errors",
        default="strict",
        choices=("strict", "replace", "ignore", "surrogateescape"),
        help="what to do with undecodable bytes (default strict)",
    )
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="processes; 0 = all")
    parser.add_argument("--progress", action="store_true", help="show progress on stderr")
    parser.add_argument("--version", action="version", version=f"wireparse {__version__}")
    return parser


def _usage_error(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.error(message)


def _options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> _Options:
    fields: tuple[str, ...] = TOP_LEVEL_KEYS
    if args.fields:
        fields = tuple(name.strip() for name in args.fields.split(",") if name.strip())
        unknown = [name for name in fields if name not in TOP_LEVEL_KEYS]
        if unknown or not fields:
            _usage_error(
                parser,
                f"--fields: unknown field {', '.join(unknown) or '(none)'}; "
                f"choose from {', '.join(TOP_LEVEL_KEYS)}",
            )
    published = None
    if args.published:
        try:
            published = datetime.date.fromisoformat(args.published)
        except ValueError:
            _usage_error(parser, f"--published: not a YYYY-MM-DD date: {args.published!r}")
    try:
        "".encode(args.encoding)
    except LookupError:
        _usage_error(parser, f"--encoding: unknown encoding {args.encoding!r}")
    if args.indent is not None and args.indent < 0:
        _usage_error(parser, "--indent must be 0 or more")
    if args.jobs < 0:
        _usage_error(parser, "--jobs must be 0 (all cores) or more")
    indent = None if args.jsonl else (2 if args.indent is None else args.indent)
    return _Options(
        fields, args.encoding, args.errors, indent, args.jsonl, published, args.indirect
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Run the command line; return the exit code."""
    if stdout is None and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")  # JSON is UTF-8 whatever the locale
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _parser(out, err)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.input_jsonl and args.inputs:
        parser.print_usage(err)
        err.write("wireparse: error: give FILEs or --input-jsonl, not both\n")
        return EXIT_USAGE
    if not args.input_jsonl and not args.inputs:
        parser.print_usage(err)
        err.write("wireparse: error: no input: give FILE..., - for stdin, or --input-jsonl\n")
        return EXIT_USAGE
    try:
        options = _options(parser, args)
    except SystemExit as exc:
        return int(exc.code or EXIT_USAGE)
    if args.input_jsonl:
        options = attrs.evolve(options, jsonl=True, indent=None)
    jobs = args.jobs or os.cpu_count() or 1
    stdin_bytes = stdin if stdin is not None else sys.stdin.buffer

    if args.input_jsonl:
        tasks = _record_tasks(
            args.input_jsonl, args.text_field, args.id_field, args.date_field, options, stdin_bytes
        )
        total = None
    else:
        tasks = _path_tasks(args.inputs, options, stdin_bytes)
        total = None if options.jsonl else len(args.inputs)
    show = args.progress or (stderr is None and sys.stderr.isatty())
    progress = _Progress(err if show else None, total)
    as_array = not options.jsonl and len(args.inputs) > 1
    codes: set[int] = set()
    written = 0
    try:
        if as_array:
            _write(out, "[")
        for result in _results(tasks, options, jobs):
            if result.error_code:
                codes.add(result.error_code)
                err.write(f"wireparse: error: {result.error_message}\n")
            if as_array:
                _write(out, ",\n" if written else "\n")
                _write(out, result.output)
            elif options.jsonl or not result.error_code:
                _write(out, result.output + "\n")
            written += 1
            progress.step(bool(result.error_code))
        if as_array:
            _write(out, "\n]\n")
        out.flush()
    except InputError as exc:
        err.write(f"wireparse: error: {exc}\n")
        return exc.code
    except KeyboardInterrupt:
        err.write("\nwireparse: interrupted\n")
        return EXIT_INTERRUPTED
    except concurrent.futures.BrokenExecutor:
        err.write("wireparse: error: a worker process died (out of memory?); try --jobs 1\n")
        return EXIT_INTERNAL
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    finally:
        progress.close()
    if not codes:
        return EXIT_OK
    return codes.pop() if len(codes) == 1 else EXIT_MIXED


#: Output is written in pieces of this many characters. A single big write to a
#: pipe whose reader has gone can end silently half-way (the buffered writer
#: returns the partial count); the next piece then raises ``BrokenPipeError``,
#: so ``wireparse big.txt | head -1`` stops at once with exit code 141.
_WRITE_CHUNK: Final = 1 << 16


def _write(out: IO[str], text: str) -> None:
    for start in range(0, len(text), _WRITE_CHUNK):
        out.write(text[start : start + _WRITE_CHUNK])


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main_exit() -> NoReturn:
    """Entry point of the ``wireparse`` console script."""
    sys.exit(main())
