"""Where the command line writes its results: JSON, JSON lines, or Parquet in row groups.

Part of the command line (:mod:`wireparse.cli`), not of the library.
"""

from __future__ import annotations

from typing import IO, Any, Final

from wireparse._runner import Result, write_chunked

#: Rows per Parquet row group: the writer holds at most this many rows in memory.
ROW_GROUP: Final = 2_000


class JsonWriter:
    """One JSON document, a JSON array (several inputs), or JSON lines."""

    def __init__(self, out: IO[str], *, array: bool, jsonl: bool) -> None:
        self._out = out
        self._array = array
        self._jsonl = jsonl
        self._written = 0
        if array:
            write_chunked(out, "[")

    def write(self, result: Result) -> None:
        if self._array:
            write_chunked(self._out, ",\n" if self._written else "\n")
            write_chunked(self._out, result.output)
        elif self._jsonl or not result.error_code:
            write_chunked(self._out, result.output + "\n")
        self._written += 1

    def close(self) -> None:
        """End the document (also after Ctrl-C: an array gets its closing bracket)."""
        if self._array:
            write_chunked(self._out, "\n]\n")
        self._out.flush()


class ParquetWriter:
    """Rows of ``id``, ``error`` and the chosen article fields, written in row groups.

    Memory stays flat: at most :data:`ROW_GROUP` rows are held before they are written.
    """

    def __init__(self, path: str, fields: tuple[str, ...], *, row_group: int | None = None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from wireparse.arrow import BATCH_SCHEMA

        names = ["id", "error", *fields]
        self._schema = pa.schema([BATCH_SCHEMA.field(name) for name in names])
        self._writer = pq.ParquetWriter(path, self._schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []
        self._row_group = row_group or ROW_GROUP

    def write(self, result: Result) -> None:
        if result.row is not None:
            self._rows.append(result.row)
        if len(self._rows) >= self._row_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            batch = pa.RecordBatch.from_pylist(self._rows, schema=self._schema)
            self._writer.write_batch(batch, row_group_size=len(self._rows))
            self._rows = []

    def close(self) -> None:
        """Write what is held and the file's footer (also after Ctrl-C)."""
        self._flush()
        self._writer.close()


def parquet_available() -> str | None:
    """Why Parquet cannot be written (pyarrow is missing), or None."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return "Parquet output needs pyarrow: pip install 'wireparse[arrow]'"
    return None
