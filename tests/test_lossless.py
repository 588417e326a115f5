"""Nothing lost: every non-whitespace character lands in exactly one segment.

The segments are the headline, the dateline, the captions, the body paragraphs
and the boilerplate (byline and contributor lines included). Checked with a
hypothesis property over arbitrary strings and over every AllSides article.
"""

from __future__ import annotations

import pytest
from evaluation.corpus import CORPUS, SEED, allsides_all
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import coverage_problems, span_problems
from wireparse import parse_article

# Pieces of wire copy and page debris, so that random inputs hit the parsers' rules.
_FRAGMENTS = [
    "\n", "\n\n", "\r\n", " ", "\u00a0", "\u200b", "WASHINGTON (AP) — ", "(Reuters) - ",
    "ISLAMABAD — ", "By JON GAMBRELL", "By Tuesday, ", "Follow Colvin on Twitter at ",
    "https://twitter.com/colvinj", "___", "———", "*", "0 Comments", "Reuter", "\n Reuter\n",
    "Copyright 2019 The Associated Press. All rights reserved.", "(AP Photo/Evan Vucci)",
    "REUTERS/Tom Westbrook", "Story highlights ", "LISTEN TO ARTICLE 2:40 ",
    "SHARE THIS ARTICLE Share Tweet Post Email", "Read more opinion ", "“", "”", '"', "—",
    "(", ")", "said.", " said ", "Associated Press writer Riazat Butt contributed.",
    "Editor's note: ", "This story has been corrected ", "Slideshow (4 Images)", "Online:",
]  # fmt: skip

_WIRE_LIKE = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), _WIRE_LIKE))
def test_nothing_lost_on_any_string(text: str) -> None:
    article = parse_article(text)
    assert span_problems(text, article) == []
    assert coverage_problems(text, article) == []


def test_nothing_lost_on_the_seed() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    assert span_problems(text, article) == []
    assert coverage_problems(text, article) == []


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is absent")
def test_nothing_lost_on_every_allsides_article() -> None:
    failures = []
    count = 0
    for name, record in allsides_all():
        count += 1
        text = record["content_original"]
        article = parse_article(text)
        problems = span_problems(text, article) + coverage_problems(text, article)
        if problems:
            failures.append((name, record["ID"], problems[:2]))
    assert count == 1937
    assert failures == []
