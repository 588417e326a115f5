"""The inputs of a batch run: files, folders and JSON-lines records, read lazily as tasks.

Part of the command line (:mod:`wireparse.cli`), not of the library.
"""

from __future__ import annotations

import codecs
import datetime
import fnmatch
import glob
import itertools
import json
import os
from collections.abc import Iterator, Sequence
from typing import IO, Any, Final

import attrs

__all__ = ["InputError", "Options", "Task", "decode_input", "path_tasks", "record_tasks"]

EXIT_USAGE: Final = 2
EXIT_NOT_FOUND: Final = 3
EXIT_IS_DIRECTORY: Final = 4
EXIT_UNREADABLE: Final = 5
EXIT_DECODE: Final = 6
EXIT_BINARY: Final = 7
EXIT_BAD_RECORD: Final = 8

#: How many records are looked at before a field that none of them has stops the run.
FIELD_CHECK_RECORDS: Final = 20

# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(Exception):
    """An input that cannot be parsed: a missing file, bad bytes, a bad record."""

    def __init__(self, code: int, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.code = code
        self.name = name
        self.message = message


@attrs.frozen
class Options:
    """What every task is parsed and written with."""

    fields: tuple[str, ...]
    encoding: str
    errors: str
    indent: int | None
    jsonl: bool
    published: datetime.date | None
    indirect: bool = False
    parquet: bool = False


@attrs.frozen
class Task:
    """One input: a path to read, or a text already in hand (stdin, a JSONL record)."""

    name: str
    key: str  # "path" or "id": how the output record names the input
    path: str | None = None
    text: str | None = None
    title: str | None = None
    published: datetime.date | None = None
    error: InputError | None = None


@attrs.frozen
class RecordFields:
    """The fields of a JSON-lines record that the options name."""

    text: str = "text"
    id: str | None = None
    date: str | None = None
    title: str | None = None

    def named(self) -> list[tuple[str, str]]:
        """(option, field) for each field an option names."""
        pairs = [("--text-field", self.text), ("--id-field", self.id)]
        pairs += [("--date-field", self.date), ("--title-field", self.title)]
        return [(option, name) for option, name in pairs if name]


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_input(data: bytes, name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode the bytes of one input, or raise :class:`InputError`.

    A UTF-16 or UTF-32 byte order mark is followed whatever the ``encoding`` (the mark
    is dropped, as those codecs do).

    >>> decode_input(b"ok", "a.txt")
    'ok'
    >>> decode_input("ok".encode("utf-16"), "u16.txt")
    'ok'
    >>> decode_input(b"caf\\xe9", "b.txt")
    Traceback (most recent call last):
    wireparse._inputs.InputError: b.txt: invalid utf-8 at byte 3 (0xe9); try --encoding latin-1 ...
    >>> decode_input(b"a\\x00b", "c.bin")
    Traceback (most recent call last):
    wireparse._inputs.InputError: c.bin: binary input (NUL byte at offset 1), not text; ...
    """
    bom = _bom_encoding(data)
    if bom is not None:
        encoding = bom
    nul = data.find(b"\x00")
    if nul >= 0 and not encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
        raise InputError(
            EXIT_BINARY,
            name,
            f"binary input (NUL byte at offset {nul}), not text; "
            "if it is UTF-16 or UTF-32 text without a byte order mark, "
            "try --encoding utf-16-le (or utf-16-be, utf-32-le, utf-32-be)",
        )
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


def read_path(path: str, options: Options) -> str:
    """The decoded text of the file ``path``."""
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


def walk(paths: Sequence[str], pattern: str = "*.txt") -> Iterator[str]:
    """The files given, and in each folder given the files whose name matches ``pattern``.

    Folders are walked in sorted order; hidden files and folders are skipped.
    """
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(name for name in dirs if not name.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and fnmatch.fnmatch(name, pattern):
                        yield os.path.join(root, name)
        else:
            yield path


def expand(patterns: Sequence[str]) -> list[str]:
    """Each name, or the sorted files its glob pattern matches (a name that exists is kept).

    A pattern that matches nothing is kept as it is, so that it is reported as missing.
    """
    names: list[str] = []
    for pattern in patterns:
        if pattern == "-" or os.path.exists(pattern) or not glob.has_magic(pattern):
            names.append(pattern)
        else:
            names.extend(sorted(glob.glob(pattern)) or [pattern])
    return names


def path_tasks(
    paths: Sequence[str], options: Options, stdin: IO[bytes], pattern: str
) -> Iterator[Task]:
    """One task per file (folders are walked with ``--jsonl``; ``-`` is stdin)."""
    for path in walk(paths, pattern) if options.jsonl else paths:
        if path == "-":
            try:
                text = decode_input(
                    stdin.read(), "<stdin>", encoding=options.encoding, errors=options.errors
                )
                yield Task("<stdin>", "path", text=text)
            except InputError as exc:
                yield Task("<stdin>", "path", error=exc)
        else:
            yield Task(path, "path", path=path)


def count_lines(paths: Sequence[str]) -> int | None:
    """The number of non-blank-ended lines of the files, or None when one is not a file."""
    total = 0
    for path in paths:
        if path == "-" or not os.path.isfile(path):
            return None
        last = b"\n"
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                total += block.count(b"\n")
                last = block[-1:]
        total += last != b"\n"
    return total


def record_tasks(
    paths: Sequence[str], fields: RecordFields, options: Options, stdin: IO[bytes]
) -> Iterator[Task]:
    """One task per line of the JSON-lines files; a bad line becomes an error task.

    When none of the first :data:`FIELD_CHECK_RECORDS` records has a field that an
    option names, the run stops with :class:`InputError` before any task is given.
    """
    records = (item for path in paths for item in _records(path, options, stdin))
    head = list(itertools.islice(records, FIELD_CHECK_RECORDS))
    _check_fields(head, fields)
    for item in itertools.chain(head, records):
        yield item if isinstance(item, Task) else _record_task(*item, fields)


def _records(
    path: str, options: Options, stdin: IO[bytes]
) -> Iterator[Task | tuple[str, dict[str, Any]]]:
    """(FILE:LINE, record) per line of one JSON-lines file, or an error task."""
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
            where = f"{'<stdin>' if path == '-' else path}:{number}"
            if not raw.strip():
                continue
            try:
                line = decode_input(raw, where, encoding=options.encoding, errors=options.errors)
                record = json.loads(line)
            except InputError as exc:
                yield Task(where, "id", error=exc)
                continue
            except json.JSONDecodeError as exc:
                yield Task(
                    where,
                    "id",
                    error=InputError(EXIT_BAD_RECORD, where, f"invalid JSON: {exc.msg}"),
                )
                continue
            if not isinstance(record, dict):
                error = InputError(EXIT_BAD_RECORD, where, "record is not a JSON object")
                yield Task(where, "id", error=error)
                continue
            yield where, record
    finally:
        if handle is not stdin:
            handle.close()


def _field_list(record: dict[str, Any]) -> str:
    names = ", ".join(list(record)[:30])
    return names + (", ..." if len(record) > 30 else "") if names else "(none)"


def _check_fields(head: list[Task | tuple[str, dict[str, Any]]], fields: RecordFields) -> None:
    """Stop when no record of ``head`` has a field that an option names."""
    records = [item for item in head if not isinstance(item, Task)]
    if not records:
        return
    for option, name in fields.named():
        if not any(name in record for _, record in records):
            where, first = records[0]
            raise InputError(
                EXIT_USAGE,
                where.rsplit(":", 1)[0],
                f"{option} {name!r}: no such field in the first {len(records)} records "
                f"(the record at {where} has: {_field_list(first)})",
            )


def _record_task(where: str, record: dict[str, Any], fields: RecordFields) -> Task:
    name = str(record.get(fields.id, where)) if fields.id else where
    text = record.get(fields.text)
    if not isinstance(text, str):
        state = "missing" if fields.text not in record else f"{type(text).__name__}, not a string"
        message = f"field {fields.text!r} is {state} (the record has: {_field_list(record)})"
        return Task(name, "id", error=InputError(EXIT_BAD_RECORD, name, message))
    title = record.get(fields.title) if fields.title else None
    published = _record_date(record.get(fields.date)) if fields.date else None
    return Task(
        name, "id", text=text, title=title if isinstance(title, str) else None, published=published
    )


def _record_date(value: object) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
