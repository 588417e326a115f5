"""The parse_article pipeline: entry-point errors, claims, and the seed."""

from __future__ import annotations

import datetime
import gc
import re
from pathlib import Path

import pytest
from evaluation import corpus

from tests.support import coverage_problems, span_problems
from wireparse import parse_article
from wireparse.article import _Ledger
from wireparse.models import Span

SRC = Path(__file__).parent.parent / "src" / "wireparse"


def test_bytes_raise_type_error_that_says_decode() -> None:
    with pytest.raises(TypeError, match="decode the bytes first"):
        parse_article(b"ISLAMABAD (AP) \xe2\x80\x94 Pakistan launched airstrikes")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 3, ["text"]])
def test_other_types_name_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        parse_article(value)  # type: ignore[arg-type]


def test_published_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="published"):
        parse_article("x", published="2024-01-18")  # type: ignore[arg-type]


def test_no_code_reads_todays_date() -> None:
    pattern = re.compile(r"\b(?:today|now|utcnow)\(\)|time\.time\(\)")
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in SRC.rglob("*.py")
        if path.name != "cli.py"
        for line in path.read_text(encoding="utf-8").splitlines()
        if pattern.search(line)
    ]
    assert offenders == []


def test_ledger_refuses_overlaps() -> None:
    ledger = _Ledger()
    assert ledger.take(Span(10, 20))
    assert not ledger.take(Span(15, 25))
    assert not ledger.take(Span(5, 11))
    assert not ledger.take(Span(12, 13))
    assert ledger.take(Span(20, 30))
    assert ledger.take(Span(0, 10))
    assert not ledger.take(Span(40, 40))
    assert ledger.claimed() == [(0, 10), (10, 20), (20, 30)]


def test_whitespace_only_input() -> None:
    article = parse_article(" \n\u00a0\r\n\t")
    assert article.paragraphs == () and article.body == ""


def test_seed_spans_and_coverage() -> None:
    text = corpus.SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    assert span_problems(text, article) == []
    assert coverage_problems(text, article) == []


def test_published_does_not_change_structure() -> None:
    text = corpus.SEED.read_text(encoding="utf-8")
    plain = parse_article(text)
    dated = parse_article(text, published=datetime.date(2024, 1, 18))
    assert [p.span for p in plain.paragraphs] == [p.span for p in dated.paragraphs]


def test_garbage_collector_state_is_restored() -> None:
    """parse_article pauses the cyclic collector while it runs and puts it back as it was."""
    text = corpus.SEED.read_text(encoding="utf-8")
    assert gc.isenabled()
    parse_article(text)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_article(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
