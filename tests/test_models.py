"""The result model: frozen classes, plain JSON, the output contract."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

from wireparse import Article, Caption, Credit, Dateline, Paragraph, Person, Quote, Span
from wireparse.models import TOP_LEVEL_KEYS, Mention, dumps, to_plain

# A dateline, a credit and a quote from the seed article (AP, Jan. 18, 2024).
SEED_CAPTION_CREDIT = "(AP Photo/Anjum Naveed)"


def _article() -> Article:
    credit = Credit(
        SEED_CAPTION_CREDIT, Span(423, 446), agency="AP", photographers=("Anjum Naveed",)
    )
    return Article(
        dateline=Dateline(
            "ISLAMABAD —",
            Span(448, 459),
            city="Islamabad",
            country="Pakistan",
            date=datetime.date(2024, 1, 18),
            date_text="Jan. 18",
        ),
        captions=(Caption("x", Span(55, 446), "desc", datetime.date(2024, 1, 18), None, credit),),
        bylines=(Person("Riazat Butt", Span(10, 21), role="writer"),),
        quotes=(
            Quote(
                "no need",
                Span(1, 8),
                speaker="Matthew Miller",
                speaker_mention=Mention("Matthew Miller", Span(20, 34)),
                paragraph=3,
            ),
        ),
        paragraphs=(Paragraph("One.", Span(0, 4)), Paragraph("Two.", Span(6, 10))),
    )


def test_models_are_frozen() -> None:
    span = Span(1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 5  # type: ignore[misc]


def test_to_dict_keys_spans_and_dates() -> None:
    data = _article().to_dict()
    assert tuple(data) == TOP_LEVEL_KEYS
    assert data["dateline"]["span"] == [448, 459]
    assert data["dateline"]["date"] == "2024-01-18"
    assert data["captions"][0]["credit"]["photographers"] == ["Anjum Naveed"]
    assert data["quotes"][0]["speaker_mention"] == {"text": "Matthew Miller", "span": [20, 34]}
    assert data["body"] == "One.\n\nTwo."
    assert json.loads(json.dumps(data)) == data  # plain JSON types only


def test_empty_article_is_plain_json() -> None:
    data = Article().to_dict()
    assert data == {
        "headline": None,
        "wire": None,
        "dateline": None,
        "bylines": [],
        "contributors": [],
        "captions": [],
        "quotes": [],
        "paragraphs": [],
        "body": "",
        "boilerplate": [],
        "corrections": [],
    }


def test_to_json_round_trips_lone_surrogates() -> None:
    article = Article(paragraphs=(Paragraph("bad \ud800 half", Span(0, 11)),))
    text = article.to_json()
    text.encode("utf-8")  # always encodable
    assert "\\ud800" in text
    assert json.loads(text)["paragraphs"][0]["text"] == "bad \ud800 half"


def test_to_json_keeps_non_ascii_readable() -> None:
    text = Article(paragraphs=(Paragraph("Pakistan’s — café", Span(0, 17)),)).to_json(indent=2)
    assert "Pakistan’s — café" in text


def test_dumps_only_escapes_surrogates() -> None:
    assert dumps({"k": "\udc80é"}) == '{"k": "\\udc80é"}'


def test_to_plain_of_span() -> None:
    assert to_plain(Paragraph("ab", Span(0, 2))) == {"text": "ab", "span": [0, 2]}


def test_segments_are_sorted() -> None:
    assert _article().segments() == (Span(0, 4), Span(6, 10), Span(55, 446), Span(448, 459))
