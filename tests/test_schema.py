"""Real output validates against the documented JSON Schema (docs/article.schema.json)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from evaluation import corpus

from wireparse import parse_article
from wireparse.models import TOP_LEVEL_KEYS

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "docs" / "article.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _validate(text: str) -> dict[str, object]:
    data = json.loads(parse_article(text).to_json())
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return data


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_requires_the_contract_keys() -> None:
    assert tuple(SCHEMA["required"]) == TOP_LEVEL_KEYS


def test_seed_output_validates() -> None:
    data = _validate(corpus.SEED.read_text(encoding="utf-8"))
    assert list(data) == list(TOP_LEVEL_KEYS)


@pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is absent")
def test_corpus_sample_validates() -> None:
    records = [record for _, record in corpus.allsides_all()]
    for record in random.Random(7).sample(records, 60):
        _validate(record["content_original"])
