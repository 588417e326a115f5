"""``Article.to_dict`` walks the model directly; it must give what ``attrs.asdict`` gives.

The reference is :func:`wireparse.models.to_plain` (``attrs.asdict`` with the span and
date serializer) plus ``body``, in the order of ``TOP_LEVEL_KEYS``. The two are compared
on articles hypothesis builds from every model class (every optional field set or not)
and on the articles of the corpus (skipped without ``../shared/corpus``). The key order
is compared too (through ``json.dumps`` without sorting).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from evaluation import corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse import parse_article
from wireparse.models import (
    TOP_LEVEL_KEYS,
    Article,
    Boilerplate,
    Caption,
    Credit,
    Dateline,
    Headline,
    Mention,
    Paragraph,
    Person,
    Quote,
    Span,
    to_plain,
)


def _by_asdict(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = to_plain(article)
    data["body"] = article.body
    return {key: data[key] for key in TOP_LEVEL_KEYS}


def _same(article: Article) -> None:
    expected = _by_asdict(article)
    actual = article.to_dict()
    assert actual == expected
    assert json.dumps(actual) == json.dumps(expected)  # the same keys in the same order


_TEXT = st.text(max_size=12)
_MAYBE = st.none() | _TEXT
_SPAN = st.builds(Span, st.integers(0, 10**6), st.integers(0, 10**6))
_PERSON = st.builds(Person, _TEXT, _SPAN, _MAYBE, _MAYBE, _MAYBE, _MAYBE)
_CREDIT = st.builds(
    Credit,
    _TEXT,
    _SPAN,
    _MAYBE,
    st.lists(_TEXT, max_size=3).map(tuple),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    _MAYBE,
    _MAYBE,
)
_CAPTION = st.builds(
    Caption, _TEXT, _SPAN, _TEXT, st.none() | st.dates(), _MAYBE, st.none() | _CREDIT, st.booleans()
)
_QUOTE = st.builds(
    Quote,
    _TEXT,
    _SPAN,
    _MAYBE,
    st.none() | st.builds(Mention, _TEXT, _SPAN),
    _MAYBE,
    _MAYBE,
    st.none() | st.integers(0, 100),
    st.sampled_from(["speech", "term", "indirect"]),
)
_DATELINE = st.builds(
    Dateline, _TEXT, _SPAN, _MAYBE, _MAYBE, _MAYBE, _MAYBE, st.none() | st.dates(), _MAYBE
)
_ARTICLES = st.builds(
    Article,
    st.none() | st.builds(Headline, _TEXT, _SPAN),
    _MAYBE,
    st.none() | _DATELINE,
    st.lists(_PERSON, max_size=3).map(tuple),
    st.lists(_PERSON, max_size=2).map(tuple),
    st.lists(_CAPTION, max_size=3).map(tuple),
    st.lists(_QUOTE, max_size=4).map(tuple),
    st.lists(st.builds(Paragraph, _TEXT, _SPAN), max_size=4).map(tuple),
    st.lists(st.builds(Boilerplate, _TEXT, _TEXT, _SPAN), max_size=3).map(tuple),
)


@settings(max_examples=300)
@given(_ARTICLES)
def test_to_dict_is_asdict_on_built_articles(article: Article) -> None:
    _same(article)


def test_to_dict_is_asdict_on_the_corpus() -> None:
    """Every AllSides article and one Reuters-21578 story in 20."""
    if corpus.CORPUS is None:
        pytest.skip("the corpus (../shared/corpus) is not there")
    texts = itertools.chain(
        (record["content_original"] for _name, record in corpus.allsides_all()),
        (story.wire_text() for story in itertools.islice(corpus.reuters21578(), 0, None, 20)),
    )
    for text in texts:
        _same(parse_article(text))
