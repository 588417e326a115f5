"""Property tests (hypothesis) for issue 9, over arbitrary text and over real fragments.

For every input: nothing raises, every span lies inside the input and slices to
the object's text, the same input gives identical JSON twice, and ``to_json()``
is valid JSON (encodable as UTF-8, lone surrogates included) that round-trips
to ``to_dict()``. The nothing-lost coverage property lives in
``tests/test_lossless.py``.

Example counts are bounded (a few hundred in all) to keep CI fast.
"""

from __future__ import annotations

import json
from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import iter_spanned, span_problems
from tests.test_robustness import PARSERS
from wireparse import parse_article

# Short real fragments, each from where its comment says; the articles themselves
# stay in ../shared/corpus.
FRAGMENTS = (
    # AllSides AP 0AQJgbEgZNYsRvLn (2020): a dateline lead, and its contributor line.
    "WASHINGTON (AP) — The Federal Reserve is unleashing its boldest effort yet.",
    "AP writers Paul Wiseman, Martin Crutsinger and Kevin Freking contributed to this report.",
    # AllSides AP 0A3J5yQxO2fQ8ZZs (2019): caption, contributor, follow lines, rule.
    "President Donald Trump speaks to the media as he visits the El Paso Regional "
    "Communications Center, Wednesday, Aug. 7, 2019, in El Paso, Texas. (AP Photo/Evan Vucci)",
    "Associated Press writer John Seewer contributed to this report. Colvin reported from "
    "Washington.",
    "Follow Colvin on Twitter at https://twitter.com/colvinj",
    "___",
    "EL PASO, Texas (AP) — Aiming to play the traditional role of healer during national "
    "tragedy, President Donald Trump paid visits to cities reeling from mass shootings.",
    # AllSides AP GWTaKWYTN4JtOZc3: a quote with its speaker.
    '"The president believes that the Syrian government should at the minimum agree to '
    'abide by the agreements they made," Spicer said.',
    # AllSides AP 74eDbRcVw6CJEk07: a curly quote.
    "By late Friday night, police warned protesters as some chanted, “Guilty of the crisis! "
    "Pierluisi! Pierluisi!”",
    # AllSides Reuters 08wAmSZb9m0oysDW and 06X5CjZlQ7CaKESb: captions with credits.
    "FILE PHOTO: An unidentified voter casts his ballot at a local polling station in Miami "
    "November 2, 2010. REUTERS/Hans Deryk",
    "U.S. Democratic presidential candidate Senator Bernie Sanders addresses a news "
    "conference in Burlington, Vermont, U.S. March 11, 2020. REUTERS/Lucas Jackson",
    # AllSides Bloomberg 0QMZVIrAd1dLFYeN and 0oqiEzK23HnDjvGJ: debris and credits.
    "Photographer: Andrey Rudakov/Bloomberg Photographer: Andrey Rudakov/Bloomberg",
    "— With assistance by Steven T. Dennis, Andrew M Harris, and Laura Litvan",
    "LISTEN TO ARTICLE 2:40 SHARE THIS ARTICLE Share Tweet Post Email",
    # AllSides CNN 01SlRyvJnhEZuvmE.
    'Story highlights Missouri Gov. Jay Nixon notes the "over-militarization" of police',
    # AllSides other outlets (Washington Times) and the seed (AP, Jan. 18, 2024).
    "Copyright 2019 The Associated Press. All rights reserved.",
    "By MUNIR AHMED and NASSER KARIMI Associated Press",
    "ISLAMABAD (AP) — Pakistan launched airstrikes against alleged militant hideouts inside "
    "Iran on Thursday.",
    # Reuters-21578 (1987): a dateline lead and the sign-off.
    "NEW YORK, March 3 - Standard Oil Co and BP North America Inc said they plan to form a "
    "venture.",
    "Reuter",
    "Reporting by Jeff Mason; Editing by Peter Cooney",
)

# Characters that wire copy and scraped pages put in the way of the parsers.
AWKWARD = (
    "\"“”‘’'«»()[]—–-_/|*#:;,.<>&\n\r\t\u00a0\u200b\ufeff\x00\x0c\u2028\u202e\u0301😀\ud800\udfff"
)

SEPARATORS = ("\n\n", "\n", " ", "\r\n\r\n", "\n\n\n", "", "\r", "\n \n")

ALL_CHARACTERS = st.characters(exclude_categories=())  # surrogates included

#: Arbitrary text: any code points, mixed with awkward characters and wire tokens.
arbitrary_text = st.lists(
    st.one_of(
        st.text(ALL_CHARACTERS, max_size=8),
        st.text(st.sampled_from(AWKWARD), min_size=1, max_size=8),
        st.sampled_from(("(AP)", "(Reuters)", "AP Photo/", "REUTERS/", " said ", "By ", "—")),
    ),
    max_size=40,
).map("".join)


@st.composite
def fragment_text(draw: st.DrawFn) -> str:
    """Real fragments in any order, joined by any separators, then mutated."""
    pieces = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=10))
    text = ""
    for piece in pieces:
        text += piece + draw(st.sampled_from(SEPARATORS))
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        end = min(len(text), at + draw(st.integers(1, 30)))
        kind = draw(st.sampled_from(("insert", "delete", "upper", "duplicate", "swap")))
        if kind == "insert":
            text = text[:at] + draw(st.text(st.sampled_from(AWKWARD), max_size=4)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[end:]
        elif kind == "upper":
            text = text[:at] + text[at:end].upper() + text[end:]
        elif kind == "duplicate":
            text = text[:end] + text[at:end] + text[end:]
        else:
            text = text[end:] + text[at:end] + text[:at]
    return text


PROPERTY_SETTINGS = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


_SURROGATE_PAIR = regex.compile(r"[\ud800-\udbff][\udc00-\udfff]")


def as_json_reads_it(data: Any) -> Any:
    """``data`` with each high+low surrogate pair joined into the character it encodes.

    A lone high surrogate followed by a lone low one is written as two ``\\uXXXX``
    escapes, and JSON defines that pair of escapes as ONE astral character: no JSON
    text can keep them apart, so that is what the round trip gives back.
    """
    if isinstance(data, str):
        return _SURROGATE_PAIR.sub(
            lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), data
        )
    if isinstance(data, list):
        return [as_json_reads_it(item) for item in data]
    if isinstance(data, dict):
        return {key: as_json_reads_it(value) for key, value in data.items()}
    return data


def check_article(text: str) -> None:
    article = parse_article(text)
    assert span_problems(text, article) == []
    # with reported speech on, the same article plus its reported statements
    reported = parse_article(text, indirect=True)
    assert span_problems(text, reported) == []
    assert [q for q in reported.quotes if q.kind != "indirect"] == list(article.quotes)
    encoded = article.to_json()
    encoded.encode("utf-8")  # lone surrogates are escaped, never written raw
    assert json.loads(encoded) == as_json_reads_it(article.to_dict())
    assert json.loads(article.to_json(indent=2)) == as_json_reads_it(article.to_dict())
    assert parse_article(text).to_json() == encoded  # deterministic


@PROPERTY_SETTINGS
@given(arbitrary_text)
def test_parse_article_on_arbitrary_text(text: str) -> None:
    check_article(text)


@PROPERTY_SETTINGS
@given(fragment_text())
def test_parse_article_on_real_fragments_shuffled_and_mutated(text: str) -> None:
    check_article(text)


def _spans_ok(text: str, result: Any) -> None:
    for obj in iter_spanned(result if isinstance(result, tuple) else (result,)):
        assert 0 <= obj.span.start <= obj.span.end <= len(text), obj
        assert text[obj.span.start : obj.span.end] == obj.text, obj


@settings(PROPERTY_SETTINGS, max_examples=60)
@given(st.sampled_from(sorted(PARSERS)), st.one_of(arbitrary_text, fragment_text()))
def test_each_parser_never_raises_and_is_deterministic(name: str, text: str) -> None:
    first = PARSERS[name](text)
    _spans_ok(text, first)
    assert PARSERS[name](text) == first


def test_a_high_and_a_low_lone_surrogate_read_back_as_one_character() -> None:
    article = parse_article("\ud800\udc00")
    assert article.to_json() == article.to_json().encode("utf-8").decode("utf-8")
    assert json.loads(article.to_json())["body"] == "\U00010000"


def test_lone_surrogates_are_written_as_escapes() -> None:
    text = "Bad \udcff byte \ud83d and a real 😀."
    article = parse_article(text)
    encoded = article.to_json()
    assert "\\udcff" in encoded and "\\ud83d" in encoded and "😀" in encoded
    assert json.loads(encoded)["body"] == text
