"""The Arrow core: the schema derived from the models agrees with the JSON Schema, and
``parse_to_batch`` gives ``to_dict()`` per record and an error row per bad record."""

from __future__ import annotations

import datetime
import json
import random
from pathlib import Path
from typing import Any

import pytest
from evaluation import corpus

pa = pytest.importorskip("pyarrow", reason="the arrow extra is not installed")

from wireparse import parse_article  # noqa: E402
from wireparse.arrow import ARTICLE_SCHEMA, BATCH_SCHEMA, arrow_type, parse_to_batch  # noqa: E402
from wireparse.records import parse_record, record_input  # noqa: E402

from .support import coverage_problems, span_problems  # noqa: E402

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "docs" / "article.schema.json").read_text(encoding="utf-8")
)
_JSON_TYPES = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_()}


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _disagreements(node: dict[str, Any], field: Any, path: str) -> list[str]:
    """Where the JSON Schema ``node`` and the Arrow field disagree (type, nullability, keys)."""
    node = _resolve(node)
    options = [_resolve(option) for option in node.get("oneOf", [node])]
    json_null = any(
        option.get("type") == "null" or "null" in (option.get("type") or []) for option in options
    )
    problems = [] if json_null == field.nullable else [f"{path}: nullable {field.nullable}"]
    option = next(o for o in options if o.get("type") != "null")
    kinds = option.get("type", "string")
    kind = next(k for k in ([kinds] if isinstance(kinds, str) else kinds) if k != "null")
    data_type = field.type
    if kind == "object":
        names = [child.name for child in data_type]
        if set(names) != set(option["properties"]):
            return [*problems, f"{path}: keys {sorted(names)} != {sorted(option['properties'])}"]
        if not set(option["required"]) <= set(names):
            problems.append(f"{path}: required keys missing")
        for child in data_type:
            problems += _disagreements(
                option["properties"][child.name], child, f"{path}.{child.name}"
            )
    elif kind == "array":
        if not pa.types.is_list(data_type):
            return [*problems, f"{path}: {data_type} is not a list"]
        items = option.get("items") or {"type": "integer"}  # a span: [start, end]
        problems += _disagreements(items, data_type.value_field, f"{path}[]")
    elif kind == "array" or _JSON_TYPES.get(kind) != data_type:
        problems.append(f"{path}: JSON {kind} but Arrow {data_type}")
    return problems


def test_arrow_schema_agrees_with_the_json_schema() -> None:
    assert ARTICLE_SCHEMA.names == list(SCHEMA["properties"])
    problems = []
    for field in ARTICLE_SCHEMA:
        problems += _disagreements(SCHEMA["properties"][field.name], field, field.name)
    assert problems == []


def test_the_check_sees_a_disagreement() -> None:
    wrong = pa.field("wire", pa.int64(), nullable=False)
    assert _disagreements(SCHEMA["properties"]["wire"], wrong, "wire") == [
        "wire: nullable False",
        "wire: JSON string but Arrow int64",
    ]


def test_unknown_annotations_are_refused() -> None:
    with pytest.raises(TypeError, match="no Arrow type"):
        arrow_type(float)
    with pytest.raises(TypeError, match="union"):
        arrow_type(int | str)


@pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is absent")
def test_batch_rows_equal_to_dict_on_corpus_articles() -> None:
    records = random.Random(17).sample([r for _, r in corpus.allsides_all()], 40)
    batch = parse_to_batch(
        [r["ID"] for r in records],
        [r["content_original"] for r in records],
        titles=[r["title"] for r in records],
        published=[r["date"] for r in records],
    )
    assert batch.schema == BATCH_SCHEMA
    for row, record in zip(batch.to_pylist(), records, strict=True):
        date = datetime.date.fromisoformat(record["date"]) if record["date"] else None
        article = parse_record(record["content_original"], title=record["title"], published=date)
        assert row == {"id": record["ID"], "error": None, **article.to_dict()}
        source = record_input(record["content_original"], record["title"])
        assert span_problems(source, article) == []
        assert coverage_problems(source, article) == []
        assert row["headline"] is not None  # from the text, or the record's title


def test_bad_records_become_error_rows_not_a_failed_batch() -> None:
    good = "WASHINGTON (AP) — The Senate voted."
    batch = parse_to_batch(
        [1, 2, 3, 4, 5],
        [good, "Bad \udcff byte.", b"bytes", None, good],
        titles=[None, None, None, None, "Title \ud800"],
    )
    errors = batch.column("error").to_pylist()
    assert batch.column("id").to_pylist() == ["1", "2", "3", "4", "5"]
    assert errors[0] is None
    assert batch.column("body").to_pylist()[0] == "The Senate voted."
    assert [e["kind"] for e in errors[1:]] == ["decode", "bad_record", "bad_record", "decode"]
    assert errors[1]["message"].startswith("lone surrogate U+DCFF at index 4")
    assert errors[2]["message"] == "text is bytes, not str"
    assert batch.column("quotes").to_pylist()[1:] == [None] * 4


def test_lengths_must_match() -> None:
    with pytest.raises(ValueError, match="2 ids for 1 texts"):
        parse_to_batch(["a", "b"], ["x"])
    with pytest.raises(ValueError, match="0 titles for 1 texts"):
        parse_to_batch(["a"], ["x"], titles=[])


def test_one_published_date_for_all_or_one_per_record() -> None:
    text = "WASHINGTON (AP) — It rained on Jan. 18, officials said."
    date = datetime.date(2024, 1, 18)
    expected = parse_article(text, published=date).to_dict()
    one = parse_to_batch(["a"], [text], published=date).to_pylist()[0]
    each = parse_to_batch(["a"], [text], published=["2024-01-18"]).to_pylist()[0]
    assert one == each == {"id": "a", "error": None, **expected}


def test_a_title_is_the_headline_only_when_the_text_has_none() -> None:
    story = "ISLAMABAD (AP) — Pakistan launched airstrikes on Thursday."
    article = parse_record(story, title="  Pakistan strikes back  ")
    assert article.headline is not None
    assert (article.headline.text, article.headline.span.start) == ("Pakistan strikes back", 0)
    source = record_input(story, "Pakistan strikes back")
    assert source == "Pakistan strikes back\n\n" + story
    assert span_problems(source, article) == []
    assert coverage_problems(source, article) == []
    with_headline = "Pakistan strikes back at Iran\n\n" + story
    assert parse_record(with_headline, title="Other") == parse_article(with_headline)
    assert record_input(with_headline, "Other") == with_headline
    assert parse_record(story, title="ISLAMABAD (AP)") == parse_article(story)  # text holds it
    assert parse_record(story, title="") == parse_article(story)
