"""Photo captions: golden cases, the pipeline, odd input, the corpus."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from evaluation.corpus import CORPUS, SEED, allsides

from tests.support import case_params, coverage_problems, load_cases, span_problems
from wireparse import parse_article
from wireparse.captions import find_captions
from wireparse.models import Caption, to_plain

CASES = load_cases("captions")


def _plain(caption: Caption) -> dict[str, Any]:
    data: dict[str, Any] = to_plain(caption)
    data.pop("span")
    if data["credit"] is not None:
        data["credit"].pop("span")
    return data


def _published(case: dict[str, Any]) -> datetime.date | None:
    value = case.get("published")
    return datetime.date.fromisoformat(value) if value else None


@pytest.mark.parametrize("case", case_params(CASES))
def test_golden_case(case: dict[str, Any]) -> None:
    text = case["original"]
    captions = find_captions(text, published=_published(case))
    assert [_plain(c) for c in captions] == case["expected"]["captions"]
    for caption in captions:
        assert text[caption.span.start : caption.span.end] == caption.text
        if caption.credit is not None:
            credit = caption.credit
            assert text[credit.span.start : credit.span.end] == credit.text
            assert caption.span.start <= credit.span.start <= credit.span.end <= caption.span.end


def test_cases_cover_the_issue_forms() -> None:
    originals = "\n".join(case["original"] for case in CASES)
    for form in (
        "(AP Photo/Anjum Naveed)",
        ", File)",
        ", Pool)",
        "(AP Photo)",
        "via AP",
        "/AP Photo",
        "AP Photo/George",
        "REUTERS/",
        "/File Photo",
        "Reuters/",
        "(Photo by",
        "AFP via Getty Images",
        "Photographer:",
        "FILE -",
        "FILE PHOTO:",
        "In this Jan. 30, 2003 file photo",
        "Reuters/Ipsos",
        "AP Photo desk",
    ):
        assert form in originals, form


def test_seed_caption_exactly() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.date == datetime.date(2024, 1, 18)
    assert caption.location == "Islamabad, Pakistan"
    assert caption.credit is not None
    assert caption.credit.agency == "AP"
    assert caption.credit.photographers == ("Anjum Naveed",)
    assert caption.text.startswith("Members of Muslim Talba Mahaz Pakistan")
    assert caption.text.endswith("(AP Photo/Anjum Naveed)")
    assert not any("AP Photo" in p.text for p in article.paragraphs)
    assert not span_problems(text, article)
    assert not coverage_problems(text, article)


def test_pipeline_keeps_captions_out_of_the_body() -> None:
    # AllSides Reuters oD0iaG7C67ejz6Pd, shortened: a caption between body paragraphs
    text = (
        "NEW YORK (Reuters) - Jessica Jaglowski donned a protective mask and headed for the "
        "ballot box.\n\n"
        "FILE PHOTO: Poll workers stand inside Hamilton High School in Milwaukee, Wisconsin, "
        "U.S., April 7, 2020. REUTERS/Daniel Acker/File Photo\n\n"
        "Come November, Jaglowski says she will be even more determined to vote."
    )
    article = parse_article(text)
    assert [c.credit.photographers for c in article.captions if c.credit] == [("Daniel Acker",)]
    assert "REUTERS/" not in article.body
    assert article.paragraphs[-1].text.startswith("Come November")
    assert not coverage_problems(text, article)


def test_year_comes_from_published_never_from_today() -> None:
    # AllSides Bloomberg FkdQ9D3hSU7Hy3WP: "on April 30" has no year
    text = (
        "Juan Guaido in Caracas on April 30. Photographer: Cristian Hernandez/AFP via Getty Images"
    )
    assert find_captions(text)[0].date is None
    assert find_captions(text, published=datetime.date(2019, 5, 1))[0].date == datetime.date(
        2019, 4, 30
    )
    # a year written elsewhere near the top of the article stands in for ``published``
    dated = "WASHINGTON, May 1, 2019 (Reuters) - Talks went on.\n\n" + text
    assert find_captions(dated)[0].date == datetime.date(2019, 4, 30)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\ud800 (AP Photo/\ud800)",
        "(" * 5000,
        ")" * 5000,
        "“”\"'" * 3000,
        "— – -" * 3000,
        "REUTERS/" * 20000,
        "(AP Photo/" * 5000 + ")",
        "Photographer: " * 5000,
        " via REUTERS" * 5000,
        "In A, " * 20000 + "May 5, 2019. REUTERS/Jim Bourg",
        "FILE - x\n" * 2000,
        "a" * 2_000_000,
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    for caption in find_captions(text):
        assert text[caption.span.start : caption.span.end] == caption.text


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="find_captions"):
        find_captions(b"(AP Photo/Evan Vucci)")  # type: ignore[arg-type]


needs_corpus = pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")


def _published_of(record: dict[str, Any]) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(record.get("date", ""))[:10])
    except ValueError:
        return None


@needs_corpus
@pytest.mark.parametrize(
    ("source", "needle"), [("associated_press", "(AP Photo"), ("reuters", "REUTERS/")]
)
def test_corpus_every_credit_is_found(source: str, needle: str) -> None:
    missed = []
    for record in allsides(source):
        text = record["content_original"]
        if needle not in text:
            continue
        captions = find_captions(text, published=_published_of(record))
        spans = [c.credit.span for c in captions if c.credit is not None]
        for match in re.finditer(re.escape(needle), text):
            if not any(s.start <= match.start() < s.end for s in spans):
                missed.append(record["ID"])
        published = _published_of(record)
        for caption in captions:
            assert text[caption.span.start : caption.span.end] == caption.text
            if caption.date is not None and published is not None:
                assert caption.date <= published + datetime.timedelta(days=1), record["ID"]
    assert missed == []


@needs_corpus
def test_corpus_captions_never_reach_the_body() -> None:
    # a slice of the AP and Reuters files keeps the test fast; the evaluation runs all
    records = allsides("associated_press")[:60] + allsides("reuters")[:60]
    for record in records:
        article = parse_article(record["content_original"], published=_published_of(record))
        for paragraph in article.paragraphs:
            assert "REUTERS/" not in paragraph.text, record["ID"]
            assert "(AP Photo" not in paragraph.text, record["ID"]


@needs_corpus
def test_corpus_ap_duplicates_are_marked() -> None:
    repeats = 0
    for record in allsides("associated_press")[:80]:
        captions = find_captions(record["content_original"])
        seen: set[str] = set()
        for caption in captions:
            assert caption.duplicate == (caption.text in seen)
            seen.add(caption.text)
            repeats += caption.duplicate
    assert repeats > 20  # AllSides AP shows most captions twice


# The fast scans must give exactly the matches of the plain ``finditer``: hand-made
# edge cases (longest weekday and month before the day, marks after 12-letter words)
# and every AP caption description.
_SCAN_CASES = [
    "Wednesday.,   september.   7, 2019 and thursday., SEPT 30",
    "x" * 50 + "Wednesday, September 17th, 2019; 1 2 3 May 4",
    "Abcdefghijklm. Abcdefghijkl. U.S. Army. Dr. Who? Yes! 'No.' (4 of 5. Next",
    "",
    "1234567890" * 30,
]


def _assert_same_scans(text: str) -> None:
    from wireparse import captions
    from wireparse._dates import DATE_PATTERN

    for pos in range(0, len(text) + 1, max(1, len(text) // 7)):
        for endpos in (len(text), max(pos, len(text) - 13)):
            want = [m.span() for m in DATE_PATTERN.finditer(text, pos, endpos)]
            assert [m.span() for m in captions._dates(text, pos, endpos)] == want
            want = [m.span() for m in captions._SENTENCE_END.finditer(text, pos, endpos)]
            assert [m.span() for m in captions._sentence_ends(text, pos, endpos)] == want


@pytest.mark.parametrize("text", _SCAN_CASES)
def test_fast_scans_match_finditer(text: str) -> None:
    _assert_same_scans(text)


@needs_corpus
def test_fast_scans_match_finditer_on_ap_captions() -> None:
    for record in allsides("associated_press")[:150]:
        for caption in find_captions(record["content_original"]):
            _assert_same_scans(caption.description)


def _hint_units_one_by_one(text: str, units: tuple[Any, ...]) -> list[int]:
    """The units whose credit window holds a hint, found with the pattern unit by unit."""
    from wireparse import captions

    window = captions._WINDOW
    return [
        index
        for index, unit in enumerate(units)
        if len(unit) <= captions._MAX_UNIT
        and captions._CREDIT_HINT.search(text, max(unit.start, unit.end - window), unit.end)
    ]


def test_hinted_units_keep_every_unit_the_hint_pattern_finds() -> None:
    """The whole-text word scan keeps every unit the per-unit hint search keeps."""
    import random

    from wireparse.captions import _hinted_units
    from wireparse.text import segment_paragraphs

    rng = random.Random(8)
    pieces = ["a ", "x" * 330, "/", "via ", "Olivia ", "Photo", "Image", "Credit", "Source", "\n\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    texts += ["(AP Photo/" * 300, "y" * 2500 + " via AP"]
    if CORPUS is not None:
        texts += [r["content_original"] for r in allsides("associated_press")[:100]]
    kept = 0
    for text in texts:
        units = segment_paragraphs(text)
        expected = _hint_units_one_by_one(text, units)
        hinted = _hinted_units(text, units)
        assert set(expected) <= set(hinted), repr(text[:200])
        assert hinted == sorted(hinted)
        kept += len(expected)
    assert kept > 1000


def test_a_repeated_caption_is_the_same_caption_further_on() -> None:
    """The second copy of a caption (parsed once, then moved) matches parsing it alone."""
    # AP caption excerpt (AllSides associated_press), as the page repeats it
    caption = (
        "FILE - In this Tuesday, Jan 28, 2020 file photo, mobile network phone masts are "
        "visible in the City of London. (AP Photo/Alastair Grant, File)"
    )
    text = f"{caption}\n\n{caption}\n\nLONDON (AP) — It rained."
    first, second = find_captions(text)
    (alone,) = find_captions(caption)
    offset = len(caption) + 2
    assert second.duplicate and not first.duplicate
    assert second.span.start == first.span.start + offset
    assert second.credit is not None and alone.credit is not None
    assert second.credit.span.start == alone.credit.span.start + offset
    assert to_plain(second.credit)["photographers"] == to_plain(alone.credit)["photographers"]
    assert (second.date, second.location) == (alone.date, alone.location)


def test_hint_test_agrees_with_the_hint_pattern() -> None:
    """_holds_hint, made of str.find calls, answers as _CREDIT_HINT.search on the window."""
    import random

    from wireparse import captions

    rng = random.Random(9)
    pieces = [
        "a", " ", "via", "Via", "Olivia", "_via", "é", "\u00a0", "\u2028", "\n", "/", "Photo",
        "Phot", "Image", "Credit", "Source", "Courtesy", "(", ")", "via\u00a0", "xvia ",
    ]  # fmt: skip
    agreed = found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = captions._CREDIT_HINT.search(text, start, end) is not None
        assert captions._holds_hint(text, start, end) == expected, (text, start, end)
        agreed += 1
        found += expected
    assert agreed == 4000 and 500 < found < 3500


def test_parenthesized_credit_opens_at_the_last_parenthesis() -> None:
    """_credit_ending_at matches _PAREN_CREDIT at the window's last "(" instead of
    searching the window: a match holds one "(", its first character."""
    import random

    from wireparse import captions

    rng = random.Random(10)
    pieces = ["(", ")", "AP Photo/Evan Vucci", " ", ".", "b", "\n", "x" * 30, ", File", "((", ")b."]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        text += rng.choice(["", "(AP Photo/X)", "(AP Photo/X)b .", "(x (y) z)", "(AP)\n"])
        start = rng.randint(0, len(text) // 2)
        end = rng.choice([len(text), rng.randint(start, len(text))])
        searched = captions._PAREN_CREDIT.search(text, start, end)
        opening = text.rfind("(", start, end)
        matched = captions._PAREN_CREDIT.match(text, opening, end) if opening >= 0 else None
        assert (searched and searched.span()) == (matched and matched.span()), (text, start, end)
        found += searched is not None
    assert found > 200
