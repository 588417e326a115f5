"""Checks shared by the tests: spans are valid and nothing of the input is lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex

from wireparse.models import Article, Span
from wireparse.text import SPACE_CHARS

_CONTENT = regex.compile(rf"[^{SPACE_CHARS}]")


def iter_spanned(obj: Any) -> Iterator[Any]:
    """Every model object reachable from ``obj`` that has both ``text`` and ``span``."""
    if attrs.has(type(obj)):
        if isinstance(getattr(obj, "span", None), Span) and isinstance(
            getattr(obj, "text", None), str
        ):
            yield obj
        for field in attrs.fields(type(obj)):
            yield from iter_spanned(getattr(obj, field.name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from iter_spanned(item)


def span_problems(text: str, article: Article) -> list[str]:
    """Spans outside the input, or whose slice is not the object's text."""
    problems = []
    for obj in iter_spanned(article):
        span = obj.span
        if not 0 <= span.start <= span.end <= len(text):
            problems.append(f"{type(obj).__name__} span {span} outside [0, {len(text)}]")
        elif text[span.start : span.end] != obj.text:
            problems.append(f"{type(obj).__name__} text != input[{span.start}:{span.end}]")
    for person in (*article.bylines, *article.contributors):
        if not 0 <= person.span.start <= person.span.end <= len(text):
            problems.append(f"Person span {person.span} outside the input")
    return problems


def coverage_problems(text: str, article: Article) -> list[str]:
    """Non-whitespace characters covered by no segment, or by more than one."""
    counts = bytearray(len(text))
    for span in article.segments():
        for index in range(max(span.start, 0), min(span.end, len(text))):
            counts[index] = min(counts[index] + 1, 2)
    problems = []
    for match in _CONTENT.finditer(text):
        index = match.start()
        if counts[index] != 1:
            state = "lost" if counts[index] == 0 else "covered twice"
            context = text[max(0, index - 30) : index + 30]
            problems.append(f"char {index} {text[index]!r} {state}: {context!r}")
            if len(problems) >= 5:
                break
    return problems


CASES_DIR = Path(__file__).parent / "cases"


def load_cases(name: str) -> list[dict[str, Any]]:
    """The golden cases of ``tests/cases/<name>.json``."""
    cases: list[dict[str, Any]] = json.loads(
        (CASES_DIR / f"{name}.json").read_text(encoding="utf-8")
    )
    return cases


def case_params(cases: list[dict[str, Any]]) -> list[Any]:
    """``pytest.param`` per case; a case with ``xfail`` (a reason, or true) is a strict xfail."""
    params = []
    for index, case in enumerate(cases):
        xfail = case.get("xfail")
        reason = xfail if isinstance(xfail, str) else str(case.get("comment", ""))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if xfail else []
        label = str(case.get("comment") or case["original"])[:60]
        params.append(pytest.param(case, id=f"{index}-{label}", marks=marks))
    return params
