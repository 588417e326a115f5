"""wireparse on Apache Spark: a struct column, or a whole DataFrame through ``mapInArrow``.

Needs the ``spark`` extra (``pip install 'wireparse[spark]'``: pyspark 4.1 or later, pyarrow,
and pandas, which ``mapInArrow`` and Arrow UDFs import) and a Java runtime for Spark.

- :func:`parse_column` turns a column of texts into a struct column: the article's top-level
  keys (as in ``Article.to_dict()``) and ``error``. Nested fields work in SQL:
  ``SELECT article.quotes.speaker FROM t``.
- :func:`parse_frame` turns a DataFrame of records into one of parsed records (``id``,
  ``error`` and one column per top-level key), through ``DataFrame.mapInArrow``: each Spark
  batch is parsed by :func:`wireparse.arrow.parse_to_batch` in a Python worker.

Spark's Python workers run ``PYSPARK_PYTHON`` (``python3`` when it is not set), which must be
able to import wireparse. Both functions check this for a local master before Spark runs
anything, and raise :class:`WorkerPythonError`, which says what to set. On a cluster, ship the
package to the executors (``docs/scale.md``).

In a Spark Python worker wireparse is the batch runner: as in the CLI's workers, the heap is
frozen after a warm-up parse and collection is paused while a batch is parsed.

The types are those of :mod:`wireparse.arrow`, converted by pyspark: the Spark schema is
derived from the models too.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, Final

import pyarrow as pa
from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import from_arrow_schema
from pyspark.sql.types import StructType

from wireparse._runner import gc_paused, warm_up_and_freeze
from wireparse.arrow import ARTICLE_SCHEMA, BATCH_SCHEMA, ERROR_TYPE, parse_to_batch

__all__ = [
    "ARTICLE_TYPE",
    "FRAME_SCHEMA",
    "WorkerPythonError",
    "parse_column",
    "parse_frame",
]

#: The Arrow schema of :func:`parse_column`'s struct: ``error``, then the article's keys.
COLUMN_SCHEMA: Final = pa.schema(
    [pa.field("error", ERROR_TYPE), *(f.with_nullable(True) for f in ARTICLE_SCHEMA)]
)

#: The Spark type of :func:`parse_column`'s struct.
ARTICLE_TYPE: Final[StructType] = from_arrow_schema(COLUMN_SCHEMA)

#: The Spark schema of :func:`parse_frame`'s DataFrame.
FRAME_SCHEMA: Final[StructType] = from_arrow_schema(BATCH_SCHEMA)


class WorkerPythonError(RuntimeError):
    """Spark's Python workers run an interpreter that cannot import wireparse."""


def _worker_python(spark: SparkSession) -> tuple[str, str] | None:
    """(master, worker interpreter) of a classic session; None for Spark Connect."""
    try:
        context = spark.sparkContext
    except Exception:  # Spark Connect has no SparkContext: nothing to check from here
        return None
    return str(context.master), str(context.pythonExec)


@functools.cache
def _can_import_wireparse(python: str) -> bool:
    try:
        done = subprocess.run(
            [python, "-c", "import wireparse.arrow"], capture_output=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def check_worker_python(spark: SparkSession) -> None:
    """Raise :class:`WorkerPythonError` when a local session's workers cannot import wireparse."""
    found = _worker_python(spark)
    if found is None:
        return
    master, python = found
    if not master.startswith("local") or os.path.realpath(python) == os.path.realpath(
        sys.executable
    ):
        return
    if not _can_import_wireparse(python):
        raise WorkerPythonError(
            f"Spark's Python workers run {python!r}, which cannot import wireparse "
            "(with pyarrow). Set the environment variable PYSPARK_PYTHON to this interpreter, "
            f"PYSPARK_PYTHON={sys.executable}, before the Spark session starts (or install "
            "'wireparse[arrow]' for that interpreter)."
        )


_frozen = False


def _runner_gc() -> None:
    """In a Spark Python worker, wireparse is the runner: freeze the warmed-up heap once."""
    global _frozen
    if not _frozen:
        _frozen = True
        warm_up_and_freeze()


def _parse_texts_with(texts: pa.Array, indirect: bool) -> pa.Array:
    """The struct array of :data:`COLUMN_SCHEMA` for an array of texts (runs in a worker)."""
    _runner_gc()
    values = texts.to_pylist()
    with gc_paused():
        batch = parse_to_batch([None] * len(values), values, indirect=indirect)
    return batch.select(COLUMN_SCHEMA.names).to_struct_array()


def _parse_texts(texts: pa.Array) -> pa.Array:
    return _parse_texts_with(texts, False)


def _parse_texts_indirect(texts: pa.Array) -> pa.Array:
    return _parse_texts_with(texts, True)


def parse_column(col: Column | str, *, indirect: bool = False) -> Column:
    """A struct column of the parsed articles of a column of texts (an Arrow UDF).

    The struct has ``error`` (null, or ``kind`` and ``message``) and the article's top-level
    keys; a null text gives an error. Use it with ``withColumn`` or ``select``.
    """
    from pyspark.sql.pandas.functions import arrow_udf

    active = SparkSession.getActiveSession()
    if active is not None:
        check_worker_python(active)
    function = _parse_texts_indirect if indirect else _parse_texts
    udf = arrow_udf(function, ARTICLE_TYPE)  # type: ignore[call-overload]
    return udf(col)  # type: ignore[no-any-return]


def _parse_batches(
    batches: Iterator[pa.RecordBatch], *, indirect: bool
) -> Iterator[pa.RecordBatch]:
    """Parse each batch of ``id``, ``text``, ``title``, ``published`` (runs in a worker)."""
    _runner_gc()
    for batch in batches:
        columns = {name: batch.column(name).to_pylist() for name in batch.schema.names}
        with gc_paused():
            parsed = parse_to_batch(
                columns["id"],
                columns["text"],
                titles=columns.get("title"),
                published=columns.get("published"),
                indirect=indirect,
            )
        yield parsed


def parse_frame(
    df: DataFrame,
    text_col: str,
    id_col: str,
    title_col: str | None = None,
    *,
    date_col: str | None = None,
    indirect: bool = False,
) -> DataFrame:
    """A DataFrame of parsed records: ``id``, ``error`` and the article's top-level keys.

    ``id_col`` is written as a string; ``title_col`` holds a known headline (see
    :mod:`wireparse.records`); ``date_col`` an ISO date (or a date) used for year-less
    dates. The parsing runs in ``mapInArrow``, one Arrow batch at a time
    (``spark.sql.execution.arrow.maxRecordsPerBatch`` records, 10,000 by default).
    """
    check_worker_python(df.sparkSession)
    columns: list[Any] = [
        F.col(id_col).cast("string").alias("id"),
        F.col(text_col).alias("text"),
    ]
    if title_col is not None:
        columns.append(F.col(title_col).cast("string").alias("title"))
    if date_col is not None:
        columns.append(F.col(date_col).cast("string").alias("published"))
    function = functools.partial(_parse_batches, indirect=indirect)
    return df.select(*columns).mapInArrow(function, FRAME_SCHEMA)
