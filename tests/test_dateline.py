"""parse_dateline: golden cases from the corpus, odd input, and measured rates on real sets."""

from __future__ import annotations

import datetime
import itertools
import re
from typing import Any

import pytest
from evaluation.corpus import CORPUS, allsides, allsides_all, reuters21578

from tests.support import case_params, load_cases
from wireparse import parse_article
from wireparse._lexicon.places import fold
from wireparse.dateline import parse_dateline

CASES = load_cases("dateline")
needs_corpus = pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is absent")


@pytest.mark.parametrize("case", case_params(CASES))
def test_golden_case(case: dict[str, Any]) -> None:
    text = case["original"]
    published = case.get("published")
    dateline = parse_dateline(
        text,
        case.get("pos", 0),
        published=datetime.date.fromisoformat(published) if published else None,
    )
    expected = case["expected"]
    if expected is None:
        assert dateline is None
        return
    assert dateline is not None
    assert text[dateline.span.start : dateline.span.end] == dateline.text
    for field, value in expected.items():
        got = getattr(dateline, field)
        if field == "date" and got is not None:
            got = got.isoformat()
        assert got == value, field


def test_non_str_input_raises_type_error() -> None:
    with pytest.raises(TypeError, match="parse_dateline"):
        parse_dateline(b"WASHINGTON (AP) -")  # type: ignore[arg-type]


ODD_INPUTS = {
    "empty": "",
    "spaces": "   ",
    "control chars": "\x00\x01\x02 (AP) —",
    "lone surrogates": "\ud800 (AP) — \udfff",
    "10 MB single line": "A" * 10_000_000,
    "one city a million times": "WASHINGTON " * 1_000_000,
    "only parentheses": "(" * 100_000,
    "only dashes": "—" * 100_000,
    "only quote marks": "“”\"'" * 10_000,
    "endless region parts": "A, " * 100_000 + "(AP) —",
    "endless tags": "(AP)" * 100_000,
    "a dateline alone": "WASHINGTON (AP) —",
}


@pytest.mark.parametrize("text", list(ODD_INPUTS.values()), ids=list(ODD_INPUTS))
def test_odd_input_does_not_raise(text: str) -> None:
    for pos in (0, 1, len(text) - 1, len(text), len(text) + 5):
        dateline = parse_dateline(text, pos)
        if dateline is not None:
            assert text[dateline.span.start : dateline.span.end] == dateline.text
            assert dateline.span.start >= pos


def test_article_body_starts_after_dateline() -> None:
    text = "Pakistan strikes back\n\nISLAMABAD (AP) — Pakistan struck.\n\nMore text here."
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.text == "ISLAMABAD (AP) —"
    assert article.wire == "AP"
    assert article.paragraphs[0].text == "Pakistan struck."


def test_stripped_dateline_in_article_has_no_wire() -> None:
    article = parse_article("OTTAWA — Conservative Leader Andrew Scheer says it is so.")
    assert article.dateline is not None
    assert article.dateline.city == "Ottawa"
    assert article.dateline.wire is None
    assert article.paragraphs[0].text.startswith("Conservative Leader")


def _tag_city(tag: str) -> str | None:
    head = " ".join(tag.split()).lstrip("*").split(",", 1)[0]
    return None if re.search(r"\d", head) else head


@needs_corpus
def test_reuters21578_city_accuracy_on_a_sample() -> None:
    stories = [s for s in itertools.islice(reuters21578(), 4000) if s.dateline.strip()]
    right = 0
    false_found = 0
    for story in stories:
        dateline = parse_dateline(story.dateline.strip() + " " + story.body.lstrip())
        expected = _tag_city(story.dateline)
        got = dateline.city if dateline is not None else None
        right += (got is None and expected is None) or (
            got is not None and expected is not None and fold(got) == fold(expected)
        )
        false_found += parse_dateline(story.body) is not None
    assert len(stories) > 3000
    assert right / len(stories) >= 0.995
    assert false_found / len(stories) <= 0.005


_OPENING_TAG = re.compile(r"(?m)^[ \t]*[^\n()]{0,70}\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg)\)")


@needs_corpus
def test_allsides_tagged_openings_give_a_dateline() -> None:
    misses = []
    tagged = 0
    for name, record in allsides_all():
        text = record.get("content_original") or ""
        opening = text[:3000]
        match = _OPENING_TAG.search(opening)
        if match is None:
            continue
        tagged += 1
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if parse_dateline(text, start) is None:
            misses.append((name, match.group()))
    assert tagged > 1400
    assert misses == []


@needs_corpus
def test_bloomberg_copy_has_no_false_dateline() -> None:
    found = []
    for record in allsides("bloomberg"):
        dateline = parse_article(record.get("content_original") or "").dateline
        if dateline is not None:
            found.append(dateline.text)
    # One Bloomberg page runs AP copy: "Christchurch, New Zealand (AP) --" is a real dateline.
    assert found == ["Christchurch, New Zealand (AP) --"]


def _wire_gate_misses(text: str) -> list[str]:
    """Paragraph units of ``text`` holding a dateline that names its agency although
    the cheap test (``may_name_wire``) says none can."""
    from wireparse.dateline import may_name_wire, parse_dateline_in
    from wireparse.document import prepare

    doc = prepare(text)
    misses = []
    for unit in doc.units:
        dateline = parse_dateline_in(doc, unit.start)
        if (
            dateline is not None
            and dateline.wire is not None
            and unit.start <= dateline.span.start
            and dateline.span.end <= unit.end
            and not may_name_wire(text, unit.start, unit.end)
        ):
            misses.append(text[unit.start : unit.end])
    return misses


def test_wire_gate_passes_every_dateline_naming_its_agency() -> None:
    """A dateline with an agency holds a tag's mark or "Reuter", or opens with an
    agency's name: random paragraphs of places, tags, dates, dashes and agency names."""
    import random

    from wireparse.dateline import parse_dateline

    pieces = [
        "WASHINGTON", "Beirut", "EL PASO, Texas", "AP", "Reuters", "REUTERS",
        "The Associated Press", "Canadian Press", "Xinhua", "dpa", "(AP)", "(Reuters)", "{AP}",
        "/PRNewswire/", "(KMIZ)",
        ", Reuters", ", Reuter", "Jan 18", "March 3, 2020", "(07-17) 13:09 PDT", " ", "  ", "—",
        "-", " - ", "--", "_", "It", "rained.", "*", "***", "\u00a0", "\u200b", "\n",
    ]  # fmt: skip
    rng = random.Random(3)
    named = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + " The rain fell."
        assert _wire_gate_misses(text) == [], text
        found = parse_dateline(text)
        named += found is not None and found.wire is not None
    assert named > 300


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_wire_gate_passes_every_dateline_naming_its_agency_in_the_corpus() -> None:
    """The same over every unit of the AllSides AP texts and 1 Reuters-21578 story in 10."""
    texts = [record["content_original"] for record in allsides("associated_press")]
    texts += [story.wire_text() for story in itertools.islice(reuters21578(), 0, None, 10)]
    assert all(_wire_gate_misses(text) == [] for text in texts)
