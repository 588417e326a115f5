"""wireparse on a real local Spark session (local[2]): every row equals ``to_dict()``.

Needs the ``spark`` extra and a Java runtime (``.ci/run`` installs both); skips, saying why,
when either cannot be had, and when ``../shared/corpus`` is absent.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from evaluation import corpus

pytest.importorskip("pyarrow", reason="the spark extra is not installed (no pyarrow)")
pytest.importorskip("pyspark", reason="the spark extra is not installed (no pyspark)")

from wireparse.records import parse_record

_JAVA = shutil.which("java") or (
    os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else None
)
needs_java = pytest.mark.skipif(_JAVA is None, reason="no Java runtime (java not on PATH)")
needs_corpus = pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is absent")


def test_a_worker_python_without_wireparse_is_a_clear_error() -> None:
    from wireparse import spark as wspark

    session = SimpleNamespace(
        sparkContext=SimpleNamespace(master="local[2]", pythonExec="/nonexistent/python3")
    )
    with pytest.raises(wspark.WorkerPythonError, match="PYSPARK_PYTHON=") as raised:
        wspark.check_worker_python(session)  # type: ignore[arg-type]
    assert sys.executable in str(raised.value)
    ours = SimpleNamespace(
        sparkContext=SimpleNamespace(master="local[2]", pythonExec=sys.executable)
    )
    wspark.check_worker_python(ours)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this interpreter
    session = (
        SparkSession.builder.master("local[2]")
        .appName("wireparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # a short job: the quick JIT and the serial collector start the JVM in about half the time
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        if previous is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
            os.environ["PYSPARK_PYTHON"] = previous


def _records() -> list[dict[str, Any]]:
    """24 AllSides records (AP and Reuters, with their titles) and 24 Reuters-21578 stories."""
    records = []
    for name in ("associated_press", "reuters"):
        for row in corpus.allsides(name)[:12]:
            records.append(
                {"id": row["ID"], "text": row["content_original"], "title": row["title"]}
            )
            records[-1]["date"] = row.get("date")
    stories = itertools.islice((s for s in corpus.reuters21578() if s.body.strip()), 24)
    for story in stories:
        records.append({"id": story.newid, "text": story.wire_text(), "title": None, "date": None})
    return records


@needs_java
@needs_corpus
def test_parse_frame_rows_equal_to_dict(spark: Any) -> None:
    from wireparse.spark import parse_frame

    records = _records()
    records.append({"id": "null", "text": None, "title": None, "date": None})
    df = spark.createDataFrame(records, "id string, text string, title string, date string")
    rows = parse_frame(df, "text", "id", "title", date_col="date").collect()
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    for row, record in zip(rows[:-1], records[:-1], strict=True):
        published = corpus_date(record["date"])
        expected = parse_record(record["text"], title=record["title"], published=published)
        assert row.asDict(recursive=True) == {
            "id": record["id"],
            "error": None,
            **expected.to_dict(),
        }
    assert rows[-1]["error"].asDict() == {"kind": "bad_record", "message": "text is missing (null)"}
    assert sum(1 for row in rows if row["headline"] is not None) >= 24  # the titles


@needs_java
@needs_corpus
def test_parse_column_nested_fields_work_in_sql(spark: Any) -> None:
    from wireparse.spark import parse_column

    records = _records()
    df = spark.createDataFrame(records, "id string, text string, title string, date string")
    df.withColumn("article", parse_column("text")).createOrReplaceTempView("articles")
    rows = spark.sql(
        "SELECT id, article.error AS error, article.quotes.speaker AS speakers, "
        "article.dateline.city AS city FROM articles"
    ).collect()
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        data = parse_record(record["text"]).to_dict()
        assert row["error"] is None
        assert row["speakers"] == [quote["speaker"] for quote in data["quotes"]]
        assert row["city"] == (data["dateline"] or {}).get("city")
    assert any(row["speakers"] for row in rows)


def corpus_date(value: str | None) -> Any:
    import datetime

    return datetime.date.fromisoformat(value[:10]) if value else None
