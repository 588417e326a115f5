"""The parse_article pipeline: entry-point errors, claims, and the seed."""

from __future__ import annotations

import ast
import contextlib
import datetime
import re
from pathlib import Path
from unittest import mock

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


def test_one_parse_prepares_the_text_once_and_runs_each_parser_once() -> None:
    """parse_article checks and segments its input once and runs each parser once: the
    headline finder gets the captions and debris from the pipeline, never by re-running
    their parsers. (The quote finder, handed the paragraphs, checks its argument itself.)"""
    import sys

    from wireparse import boilerplate, bylines, captions
    from wireparse import text as text_module

    checks = [
        (name, module)
        for name, module in sorted(sys.modules.items())
        if name.startswith("wireparse")
        and name != "wireparse.quotes"
        and getattr(module, "check_text", None) is text_module.check_text
    ]
    text = corpus.SEED.read_text(encoding="utf-8")
    with contextlib.ExitStack() as stack:
        counted = {
            name: stack.enter_context(
                mock.patch.object(module, "check_text", wraps=module.check_text)
            )
            for name, module in checks
        }
        segmenters = [
            stack.enter_context(
                mock.patch.object(text_module, name, wraps=getattr(text_module, name))
            )
            for name in ("_segment_lines", "_segment_any_breaks", "segment_blocks")
        ]
        runs = {
            name: stack.enter_context(mock.patch.object(module, name, wraps=getattr(module, name)))
            for module, name in (
                (captions, "_hinted_units"),
                (boilerplate, "_Words"),
                (bylines, "_people"),
            )
        }
        parse_article(text)
    assert sum(check.call_count for check in counted.values()) == 1, counted
    assert sum(segment.call_count for segment in segmenters) == 1
    assert {name: run.call_count for name, run in runs.items()} == dict.fromkeys(runs, 1)


def test_no_parser_imports_another() -> None:
    """What one parser needs of another comes from the pipeline (article.py, _pipeline.py)."""
    parsers = {"boilerplate", "bylines", "captions", "dateline", "headline", "quotes"}
    imports = {}
    for name in parsers:
        path = SRC / f"{name}.py"
        if not path.exists():
            path = SRC / name / "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports[name] = {
            node.module.removeprefix("wireparse.")
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("wireparse")
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "wireparse"
            for alias in node.names
        }
    crossing = {name: sorted(found & parsers) for name, found in imports.items()}
    assert crossing == {key: [] for key in parsers}


def test_nothing_of_a_parsed_text_stays_alive() -> None:
    """No parser keeps its last input or result: once the caller drops a large text and
    its Article, their memory is free (module caches hold only short lexicon keys)."""
    import gc
    import tracemalloc

    seed = corpus.SEED.read_text(encoding="utf-8")
    parse_article(seed)  # fill the bounded caches first
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        text = "\n\n".join([seed] * 150)  # about 1 MB
        article = parse_article(text)
        assert len(article.paragraphs) > 150
        del text, article
        gc.collect()  # the quote engine's resolver leaves cycles for the collector
        left = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert left < 100_000, left
