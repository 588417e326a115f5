"""The ``wireparse`` command: parse articles and print JSON.

Exit codes (also in ``docs/cli.md``):

====  =====================================================================
0     every input parsed
1     a batch in which inputs failed for different reasons
2     usage error (bad option or option value, or a record field that no record has)
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
import concurrent.futures
import datetime
import gc
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any, Final, NoReturn

import attrs

from wireparse import __version__
from wireparse._inputs import (
    EXIT_BAD_RECORD,
    EXIT_BINARY,
    EXIT_DECODE,
    EXIT_IS_DIRECTORY,
    EXIT_NOT_FOUND,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    InputError,
    Options,
    RecordFields,
    Task,
    count_lines,
    decode_input,
    expand,
    path_tasks,
    record_tasks,
    walk,
)
from wireparse._output import JsonWriter, ParquetWriter, parquet_available
from wireparse._runner import (
    EXIT_INTERNAL,
    Interrupted,
    Progress,
    StopSignal,
    flush_quietly,
    results,
    warm_up_and_freeze,
)
from wireparse.models import TOP_LEVEL_KEYS

__all__ = ["InputError", "decode_input", "main", "main_exit"]

EXIT_OK: Final = 0
EXIT_MIXED: Final = 1
EXIT_INTERRUPTED: Final = 130
EXIT_BROKEN_PIPE: Final = 141

__all__ += [
    "EXIT_BAD_RECORD",
    "EXIT_BINARY",
    "EXIT_DECODE",
    "EXIT_INTERNAL",
    "EXIT_IS_DIRECTORY",
    "EXIT_NOT_FOUND",
    "EXIT_UNREADABLE",
    "EXIT_USAGE",
]

_FORMATS: Final = ("json", "jsonl", "parquet")


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
        description="Parse wire-service news articles into JSON (or Parquet).",
        epilog="Exit codes: 0 ok, 1 mixed failures, 2 usage, 3 missing file, 4 directory, "
        "5 unreadable, 6 bad encoding, 7 binary, 8 bad JSONL record, 9 internal error, "
        "130 interrupted, 141 broken pipe.",
    )
    add = parser.add_argument
    add("inputs", nargs="*", metavar="FILE", help="files to parse; - for stdin")
    add("--jsonl", action="store_true", help="one compact JSON object per line; walks folders")
    add("--glob", default="*.txt", metavar="PATTERN",
        help="the files --jsonl takes in a folder (default *.txt)")  # fmt: skip
    add("--input-jsonl", nargs="+", metavar="FILE",
        help="read articles from JSON-lines files or globs (- for stdin)")  # fmt: skip
    add("--text-field", default="text", metavar="NAME")
    add("--id-field", metavar="NAME")
    add("--date-field", metavar="NAME", help="record field with the ISO date")
    add("--title-field", metavar="NAME", help="record field with the known headline")
    add("--format", choices=_FORMATS, help="output format (default json; parquet for .parquet)")
    add("--output", "-o", metavar="PATH", help="write here instead of standard output")
    add("--indent", type=int, metavar="N", help="indentation (default 2)")
    add("--fields", metavar="A,B", help="only these top-level fields")
    add("--published", metavar="YYYY-MM-DD", help="publication date")
    add("--indirect", action="store_true", help="also find reported speech without marks")
    add("--encoding", default="utf-8", help="input encoding (default utf-8)")
    add("--errors", default="strict", choices=("strict", "replace", "ignore", "surrogateescape"),
        help="what to do with undecodable bytes (default strict)")  # fmt: skip
    add("--jobs", type=int, default=1, metavar="N", help="processes; 0 = all")
    add("--progress", action="store_true", help="show progress on stderr")
    add("--version", action="version", version=f"wireparse {__version__}")
    return parser


def _usage_error(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.error(message)


def _fields(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[str, ...]:
    if not args.fields:
        return TOP_LEVEL_KEYS
    fields = tuple(name.strip() for name in args.fields.split(",") if name.strip())
    unknown = [name for name in fields if name not in TOP_LEVEL_KEYS]
    if unknown or not fields:
        _usage_error(
            parser,
            f"--fields: unknown field {', '.join(unknown) or '(none)'}; "
            f"choose from {', '.join(TOP_LEVEL_KEYS)}",
        )
    return fields


def _format(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """json, jsonl or parquet, from --format, --output's suffix, --jsonl, --input-jsonl."""
    output_format = args.format
    if output_format is None and args.output and args.output.endswith(".parquet"):
        output_format = "parquet"
    if output_format is None:
        output_format = "jsonl" if args.jsonl or args.input_jsonl else "json"
    if output_format == "parquet":
        if not args.output or args.output == "-":
            _usage_error(parser, "--format parquet needs --output FILE")
        problem = parquet_available()
        if problem:
            _usage_error(parser, problem)
    return str(output_format)


def _options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Options:
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
    if args.input_jsonl and args.inputs:
        _usage_error(parser, "give FILEs or --input-jsonl, not both")
    if not args.input_jsonl and not args.inputs:
        _usage_error(parser, "no input: give FILE..., - for stdin, or --input-jsonl")
    output_format = _format(parser, args)
    jsonl = output_format == "jsonl" or (output_format == "parquet" and args.jsonl)
    indent = None if jsonl else (2 if args.indent is None else args.indent)
    return Options(
        _fields(parser, args),
        args.encoding,
        args.errors,
        indent,
        jsonl,
        published,
        args.indirect,
        output_format == "parquet",
    )


@attrs.frozen
class _Plan:
    """What a run reads, and how many inputs it has when that is known."""

    tasks: Iterator[Task]
    total: int | None
    as_array: bool


def _plan(args: argparse.Namespace, options: Options, stdin: IO[bytes], show: bool) -> _Plan:
    if args.input_jsonl:
        paths = expand(args.input_jsonl)
        fields = RecordFields(args.text_field, args.id_field, args.date_field, args.title_field)
        total = count_lines(paths) if show else None
        return _Plan(record_tasks(paths, fields, options, stdin), total, False)
    inputs = expand(args.inputs) if options.jsonl or options.parquet else args.inputs
    if options.jsonl or options.parquet:
        total = sum(1 for _ in walk(inputs, args.glob)) if show else None
        tasks = path_tasks(inputs, attrs.evolve(options, jsonl=True), stdin, args.glob)
        return _Plan(tasks, total, False)
    tasks = path_tasks(inputs, options, stdin, args.glob)
    return _Plan(tasks, len(inputs), len(inputs) > 1)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
    _console: bool = False,
) -> int:
    """Run the command line; return the exit code."""
    if stdout is None and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")  # JSON is UTF-8 whatever the locale
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _parser(out, err)
    try:
        args = parser.parse_args(argv)
        options = _options(parser, args)
    except SystemExit as exc:
        return int(exc.code or 0)
    show = args.progress or (stderr is None and sys.stderr.isatty())
    stdin_bytes = stdin if stdin is not None else sys.stdin.buffer
    plan = _plan(args, options, stdin_bytes, show)
    progress = Progress(err if show else None, plan.total)
    try:
        return _run(args, options, plan, out, err, progress, console=_console)
    except InputError as exc:
        err.write(f"wireparse: error: {exc}\n")
        return exc.code
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            _silence_stdout()
            return EXIT_BROKEN_PIPE
        err.write(f"wireparse: error: {args.output}: cannot write: {exc.strerror or exc}\n")
        return EXIT_UNREADABLE
    finally:
        progress.close()


def _run(
    args: argparse.Namespace,
    options: Options,
    plan: _Plan,
    out: IO[str],
    err: IO[str],
    progress: Progress,
    *,
    console: bool,
) -> int:
    """Parse every task and write the results; the exit code."""
    jobs = args.jobs or os.cpu_count() or 1
    codes: set[int] = set()
    stop = StopSignal(ignore_after_stop=console)
    with stop, _frozen(jobs), _writer(args, options, out, plan) as writer:
        try:
            for result in results(plan.tasks, options, jobs, stop):
                if result.error_code:
                    codes.add(result.error_code)
                    err.write(f"wireparse: error: {result.error_message}\n")
                writer.write(result)
                progress.step(bool(result.error_code))
        except (Interrupted, KeyboardInterrupt):
            err.write("\nwireparse: interrupted\n")
            return EXIT_INTERRUPTED
        except concurrent.futures.BrokenExecutor:
            err.write("wireparse: error: a worker process died (out of memory?); try --jobs 1\n")
            return EXIT_INTERNAL
    if not codes:
        return EXIT_OK
    return codes.pop() if len(codes) == 1 else EXIT_MIXED


class _frozen:  # used like a function: ``with _frozen(jobs):``
    """In a run without workers, this process warms up and freezes its heap, for the run."""

    def __init__(self, jobs: int) -> None:
        self._jobs = jobs

    def __enter__(self) -> None:
        if self._jobs <= 1:
            warm_up_and_freeze()

    def __exit__(self, *exc_info: object) -> None:
        if self._jobs <= 1:
            gc.unfreeze()


class _writer:  # used like a function: ``with _writer(...) as writer:``
    """The output of a run, closed at the end whatever happens (Ctrl-C included)."""

    def __init__(self, args: argparse.Namespace, options: Options, out: IO[str], plan: _Plan):
        self._args = args
        self._options = options
        self._out = out
        self._plan = plan
        self._file: IO[str] | None = None
        self._writer: JsonWriter | ParquetWriter | None = None

    def __enter__(self) -> JsonWriter | ParquetWriter:
        if self._options.parquet:
            self._writer = ParquetWriter(self._args.output, self._options.fields)
            return self._writer
        out = self._out
        if self._args.output and self._args.output != "-":
            out = self._file = open(self._args.output, "w", encoding="utf-8")
        self._writer = JsonWriter(out, array=self._plan.as_array, jsonl=self._options.jsonl)
        return self._writer

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        try:
            if self._writer is not None and not isinstance(exc, BrokenPipeError):
                self._writer.close()
        finally:
            if self._file is not None:
                self._file.close()
            flush_quietly(self._out)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main_exit() -> NoReturn:
    """Entry point of the ``wireparse`` console script."""
    sys.exit(main(_console=True))
