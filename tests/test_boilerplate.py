"""find_boilerplate: golden cases from the corpus, kinds, spans, and real articles."""

from __future__ import annotations

from typing import Any

import pytest
from evaluation.corpus import CORPUS, SEED, allsides
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.support import case_params, load_cases
from wireparse import parse_article
from wireparse.boilerplate import find_boilerplate
from wireparse.models import Boilerplate

CASES = load_cases("boilerplate")

#: The kinds documented in docs/boilerplate.md.
KINDS = {
    "ad", "author_bio", "comments", "contact", "copyright", "correction", "disclaimer",
    "editors_note", "highlights", "media", "newsletter", "related", "separator", "share",
    "sign_off", "social", "terms", "timestamp",
}  # fmt: skip

needs_corpus = pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is absent")


@pytest.mark.parametrize("case", case_params(CASES))
def test_golden_case(case: dict[str, Any]) -> None:
    text = case["original"]
    found = find_boilerplate(text)
    assert [[b.kind, b.text] for b in found] == case["expected"]["segments"]


def _check_segments(text: str, found: tuple[Boilerplate, ...]) -> None:
    previous_end = 0
    for segment in found:
        assert segment.kind in KINDS
        assert text[segment.span.start : segment.span.end] == segment.text
        assert segment.text == segment.text.strip()
        assert segment.text
        assert segment.span.start >= previous_end, "segments overlap or are out of order"
        previous_end = segment.span.end


@pytest.mark.parametrize("case", CASES, ids=[c["comment"][:60] for c in CASES])
def test_golden_case_spans(case: dict[str, Any]) -> None:
    _check_segments(case["original"], find_boilerplate(case["original"]))


def test_non_str_input_raises_type_error() -> None:
    with pytest.raises(TypeError, match="find_boilerplate"):
        find_boilerplate(b"0 Comments")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01", "\ud800", "___" * 100_000, "“”" * 1000, "—" * 5000, "(" * 5000, "*\n\n" * 500],
)
def test_odd_input_does_not_raise(text: str) -> None:
    _check_segments(text, find_boilerplate(text))


def test_seed_debris_is_out_of_the_body() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    kinds = {b.kind for b in article.boilerplate}
    assert {"comments", "terms", "separator"} <= kinds
    texts = [b.text for b in article.boilerplate]
    assert "———" in texts and "0 Comments" in texts and "*" in texts
    assert any(t.startswith("By participating in online discussions") for t in texts)
    body = [p.text for p in article.paragraphs]
    for debris in ("0 Comments", "Your email address", "By participating", "———"):
        assert not any(debris in p for p in body), debris
    assert "*" not in body
    assert body[-1].endswith("to avoid a further escalation of tensions.”")


@needs_corpus
def test_allsides_kinds_are_found() -> None:
    """Each AllSides file shows its known debris (counts from allsides_article_bias/SOURCE.md)."""

    def kinds(name: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record in allsides(name):
            for segment in find_boilerplate(record["content_original"]):
                counts[segment.kind] = counts.get(segment.kind, 0) + 1
        return counts

    ap = kinds("associated_press")
    assert ap["separator"] >= 260 and ap["social"] >= 20
    bloomberg = kinds("bloomberg")
    assert bloomberg["share"] >= 150
    cnn = kinds("cnn_sample")
    assert cnn["highlights"] >= 4 * 90  # 102 "Story highlights" blocks
    other = kinds("other_outlets_with_wire_datelines")
    assert other["copyright"] >= 100


@needs_corpus
def test_twitter_mentions_and_by_sentences_stay_content() -> None:
    """A paragraph that mentions Twitter is never removed as "social" (it may sit in a
    correction note or a columnist's bio); one that opens with "By <word>" is never removed."""
    kept = removed = 0
    for name in ("associated_press", "reuters", "cnn_sample"):
        for record in allsides(name):
            text = record["content_original"]
            claimed = {b.text: b.kind for b in find_boilerplate(text)}
            for paragraph in text.split("\n\n"):
                paragraph = paragraph.strip()
                mentions = "Twitter" in paragraph and not paragraph.lstrip("- ").startswith(
                    ("Follow", "Contact", "More AP", "Join")
                )
                by_sentence = paragraph.startswith("By ") and paragraph[3:4].islower()
                if (mentions and claimed.get(paragraph) == "social") or (
                    by_sentence and paragraph in claimed
                ):
                    removed += 1
                elif mentions or by_sentence:
                    kept += 1
    assert kept > 100
    assert removed == 0


def test_unit_start_gate_lets_every_phrase_through() -> None:
    """The cheap first-characters test before _UNIT_START turns away no unit it matches."""
    from wireparse import boilerplate
    from wireparse._lexicon.boilerplate import UNIT_START
    from wireparse.models import Span

    leads = ["", "-", "*", "— ", "• ", "-- ", "(", "- (", "***(", "\t"]
    tried = 0
    for phrases in UNIT_START.values():
        for phrase in phrases:
            for lead in leads:
                for form in (phrase, phrase.upper(), phrase.lower(), phrase.replace(" ", " \t")):
                    unit = f"{lead}{form} tail"
                    if boilerplate._UNIT_START.match(unit) is not None:
                        tried += 1
                        assert boilerplate._may_open_unit(unit, Span(0, len(unit))), unit
                        assert boilerplate._may_start(unit, 0, len(unit)), unit
    assert tried > 2000
    assert not boilerplate._may_open_unit("He said so.", Span(0, 11))
    assert not boilerplate._may_open_unit("“We won.”", Span(0, 9))
    assert boilerplate._may_open_unit("\ufb01nd it", Span(0, 7))  # "ﬁ" folds to "fi"
    assert not boilerplate._may_start("The senator said so.", 0, 20)
    assert boilerplate._may_start("The  ASSOCIATED press receives", 0, 30)
    assert boilerplate._may_start("The\tAssociated Press receives", 0, 30)  # not judged
    assert not boilerplate._may_start("The president\u2019s aide", 0, 22)  # judged up to "’"
    assert boilerplate._may_start("Editor\u2019s note: x", 0, 15)


def test_fold_safe_characters_match_no_ascii_character_nor_a_space() -> None:
    """_may_start judges a unit's ASCII up to one of _FOLD_SAFE: _UNIT_START's folding
    (full, VERSION1) matches none of them to an ASCII character, nor to \\s."""
    import regex

    from wireparse import boilerplate

    flags = regex.IGNORECASE | regex.VERSION1
    for char in boilerplate._FOLD_SAFE:
        assert not char.isascii() and regex.match(r"\s", char) is None
        for code in range(128):
            ascii_char = regex.escape(chr(code))
            assert regex.fullmatch(ascii_char, char, flags) is None, (char, code)
            assert regex.fullmatch(ascii_char + ascii_char, char, flags) is None, (char, code)


def _phrase_pieces() -> list[str]:
    """UNIT_START phrases, cut too, with characters _may_start stops at or leaves alone."""
    from wireparse import boilerplate
    from wireparse._lexicon.boilerplate import UNIT_START

    phrases = [phrase for group in UNIT_START.values() for phrase in group]
    cuts = [phrase[:cut] for phrase in phrases for cut in (3, 6, len(phrase) - 1)]
    safe = sorted(boilerplate._FOLD_SAFE)
    return [*phrases, *cuts, *safe, " ", "  ", "x", "The", "\u00df", "\ufb01", "\u00a0"]


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(_phrase_pieces()), min_size=1, max_size=4).map("".join),
    st.sampled_from([str, str.upper, str.lower, str.title]),
)
def test_unit_start_gate_on_units_with_fold_safe_characters(unit: str, case: Any) -> None:
    """_may_start turns away no unit that _UNIT_START matches, phrases cut by curly quotes
    and dashes among them."""
    from wireparse import boilerplate

    unit = case(unit)
    if boilerplate._UNIT_START.match(unit) is not None:
        assert boilerplate._may_start(unit, 0, len(unit)), unit


def _every_rule_kind(text: str, span: Any) -> str | None:
    """The first of _UNIT_RULES that matches the whole unit, with no gate at all."""
    from wireparse import boilerplate

    for rule in boilerplate._UNIT_RULES:
        if rule.pattern.fullmatch(text, span.start, span.end) is not None:
            return rule.kind
    return None


def _plain_unit_kind(text: str, span: Any) -> str | None:
    """unit_kind without any shortcut: the whole-unit phrases, every rule, the unit-start
    phrases (within their kind's length), each simply run."""
    from wireparse import boilerplate

    whole = boilerplate._WHOLE_UNIT.fullmatch(text, span.start, span.end)
    if whole is not None and whole.lastgroup is not None:
        return whole.lastgroup
    kind = _every_rule_kind(text, span)
    if kind is not None:
        return kind
    opening = boilerplate._UNIT_START.match(text, span.start, span.end)
    if opening is not None and opening.lastgroup is not None:
        limit = boilerplate._MAX_CHARS.get(opening.lastgroup, boilerplate._DEFAULT_MAX_CHARS)
        if len(span) <= limit:
            return opening.lastgroup
    return None


# Units that rules match, to be changed in case and wrapped in other pieces; and pieces
# that open, hold or spoil what the rules look for (fold traps and non-ASCII digits
# among them): generated units hit the gates' edges.
_RULE_UNITS = [
    "___", "* * *", "LISTEN TO ARTICLE 2:40", "SHARE THIS ARTICLE Share Tweet Post Email",
    "(In Sept. 13 item, corrects spelling)", "X is a writer. The opinions expressed in this "
    "commentary are hers.", "CLOSE Video here", "Slideshow (4 Images)", "Hide Caption 1 of 2",
    "JUST WATCHED x MUST WATCH 1:02", "Photos: A day Hide Caption 1 of 9 more", "12 Comments",
    "Updated 2 hours ago", "7 years ago", "Copyright 2019 The Associated Press.", "\u00a9 2019 X",
    "(c) The Times", "This material may not be published, broadcast.",
    "Read or Share this story: http://x.co/y", "Follow Colvin on Twitter at https://t.co/c",
    "Follow @APFactCheck on Twitter", "Find Barrow at https://twitter.com/b",
    "Read the documents: http://x.org/a", "http://x.org", "(For graphic on fires, click here)",
    "For a graphic, click here", "Click here to read", "\u2014 Field Level Media",
    "Terms of Trade is a daily newsletter. Sign up here.", "GRAPHIC: The storm - here", "here",
    "Full Reuters election coverage here", "Graphic - Floods: here.", "A Story: QuickTake",
    "Another Story (Earlier)", "GOP:Paul Ryan tries hard", "Win. — Jo Roe (@jo) May 3, 2019",
    "Slow Going Source: Bloomberg", "(Source: Bloomberg)", "Get it by email Free Sign Up",
    "Pleas - tmsnrt.rs/2wcFMdx", "A land: tmsnrt.rs/2K", "(See bill tmsnrt.rs/2Dy5aht)",
    "Infographic ID: '2yTI54K'",
]  # fmt: skip
_RULE_PIECES = [
    "Copyright", "\u00a9", "(c) ", "2019", "The ", "Follow", "find", "@AP", " on Twitter",
    "http://x.org", "www.", "click", "(", ")", "[", "newsletter", " Sign up here.", "opinions",
    "7", "\u0663", "\u0663 years ago", " years ago", "Updated ", "— ", "-", "\u2022 ", "*",
    "ADVERTISEMENT", "Story highlights", "Editor's note:", "\u017f", "\u0130", "\u212a",
    "\ufb01", "x", "He said so.", " ", "\t", ".", ":", "here", " - here", "Source: ", "(@a) ",
    "Sign Up", "QuickTake", "(Earlier)", "2019", "tmsnrt.rs/", "TMSNRT.RS/2x", "Infographic ID",
]  # fmt: skip
_CASES = (str, str.upper, str.lower, str.swapcase, str.title)


@st.composite
def _rule_units(draw: st.DrawFn) -> str:
    before = draw(st.lists(st.sampled_from(_RULE_PIECES), max_size=2))
    core = draw(st.sampled_from(_CASES))(draw(st.sampled_from(_RULE_UNITS)))
    after = draw(st.lists(st.sampled_from(_RULE_PIECES), max_size=2))
    glue = draw(st.sampled_from(["", " "]))
    return glue.join([*before, core, *after])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rule_units() | st.lists(st.sampled_from(_RULE_PIECES), max_size=6).map("".join))
def test_gated_rules_give_what_every_rule_run_plainly_gives(unit: str) -> None:
    """The gates built from the rule records (first characters, head tests, word gates,
    the per-text plans) never change a unit's kind: the gated path answers as running
    every rule's pattern on the unit, alone and inside a text of other units."""
    from wireparse import boilerplate
    from wireparse._prefilter import lower_for_search
    from wireparse.models import Span

    unit = unit.strip()
    if not unit:
        return
    span = Span(0, len(unit))
    expected = _plain_unit_kind(unit, span)
    assert boilerplate.unit_kind(unit, span) == expected
    text = f"Body text here.\n\n{unit}\n\nhttp://x.org newsletter opinions Source: (@"
    inside = Span(17, 17 + len(unit))
    words = boilerplate._Words(text, lower_for_search(text))
    assert boilerplate._unit_kind(text, inside, words) == expected
    assert boilerplate._rules_kind(text, inside, text[17], words) == _every_rule_kind(text, inside)


def test_rule_gates_turn_away_no_unit_a_rule_matches() -> None:
    """The first-character and word gates give the kind of trying every rule in order."""
    from wireparse import boilerplate
    from wireparse.models import Span

    lines = [
        "Read more: https://www.bloomberg.com/opinion",  # related, a link
        "(For graphic on deadly California fires, click tmsnrt.rs/2CJz7ba)",  # related
        "Indictments and pleas - tmsnrt.rs/2wcFMdx",  # related, a link without a scheme
        "(Open tmsnrt.rs/2w7hX9T in an external browser for a Reuters interactive)",
        "For a graphic on the trend, click here",  # related, "click"
        "Click here to read the report",
        "Terms of Trade is a daily NEWSLETTER that follows trade. Sign up here.",
        "Jill Filipovic is a journalist. The opinions expressed in this commentary are hers.",
        "www.apnorc.org",
        "2 hours ago",
        "Copyright 2019 The Associated Press. All rights reserved.",
        "He said the newsletter's opinions were his own: see http://x.org",
        "Photos: A day in Paris Hide Caption 1 of 9 more",
        "—\u017fee http://x",  # "ſ" folds to "s"
    ]
    texts = [*lines, "\n\n".join(lines)]
    if CORPUS is not None:
        texts += [r["content_original"] for r in allsides("bloomberg")[:60]]
        texts += [r["content_original"] for r in allsides("reuters")[:60]]
    tried = 0
    from wireparse._prefilter import lower_for_search
    from wireparse.text import segment_paragraphs

    for text in texts:
        words = boilerplate._Words(text, lower_for_search(text))
        for unit in segment_paragraphs(text):
            first = text[unit.start]
            expected = _every_rule_kind(text, unit)
            assert boilerplate._rules_kind(text, unit, first, words) == expected, unit
            assert boilerplate._rules_kind(text, unit, first, None) == expected, unit
            tried += expected is not None
    assert tried >= 10
    assert boilerplate._rules_kind("x", Span(0, 5), None, None) is None  # a span past the end


def test_plans_skip_no_unit_a_rule_matches() -> None:
    """The per-text plans, with the endings the tail-gated rules need, give every unit of
    the cases and of real pages the kind of running each rule plainly."""
    from wireparse import boilerplate
    from wireparse._prefilter import lower_for_search
    from wireparse.text import segment_paragraphs

    texts = [case["original"] for case in CASES]
    if CORPUS is not None:
        texts += [r["content_original"] for r in allsides("bloomberg")[:60]]
        texts += [r["content_original"] for r in allsides("reuters")[:60]]
    found = 0
    for text in texts:
        kinds = boilerplate._UnitKinds(text, boilerplate._Words(text, lower_for_search(text)))
        for unit in segment_paragraphs(text):
            expected = _plain_unit_kind(text, unit)
            assert kinds.of(unit)[0] == expected, text[unit.start : unit.end]
            found += expected is not None
    assert found >= 40


def test_unit_kind_looks_only_inside_the_unit() -> None:
    """find_boilerplate remembers the kind of a repeated short line: the kind of a unit
    must not depend on what stands around it."""
    from wireparse.boilerplate import _REPEAT_MAX_CHARS, unit_kind
    from wireparse.models import Span
    from wireparse.text import segment_paragraphs

    texts = [SEED.read_text(encoding="utf-8")] if SEED.exists() else []
    if CORPUS is not None:
        texts += [r["content_original"] for r in allsides("bloomberg")[:80]]
        texts += [r["content_original"] for r in allsides("cnn_sample")[:80]]
    texts.append("x___\n\n___\n\nADVERTISEMENT.\n\n7 years ago\n\nFollow @AP on Twitter\nwww.x.org")
    checked = found = 0
    for text in texts:
        for unit in segment_paragraphs(text):
            if unit.end - unit.start > _REPEAT_MAX_CHARS:
                continue
            alone = text[unit.start : unit.end]
            kind = unit_kind(text, unit)
            assert kind == unit_kind(alone, Span(0, len(alone))), alone
            checked += 1
            found += kind is not None
    # the seed and the inline text alone give 26 short units, 9 of them debris
    assert checked > (50 if CORPUS is not None else 20) and found >= 4


def test_lowered_text_holds_ascii_words_where_str_lower_does() -> None:
    """The word gates' lower-cased text turns each non-ASCII character into "?": a
    lower-case ASCII word stands in it exactly where it stands in ``str.lower()``'s."""
    import random

    from wireparse._prefilter import lower_for_search

    pieces = [
        "Ο ΣΟΦΟΣ ΛΟΓΟΣ", "“said”", "REPORTED", "Contributed", "\ufb01les", "\u01c4", "\u00df",
        "\u00e9", "k", "K", " ", "\ud800", "\U0001f600", "OPINIONS", "x", "\u0130", "\u017f",
        "\u212a",
    ]  # fmt: skip
    words = ("reported", "contributed", "files", "said", "k", "s", "i", "opinions", "x")
    traps = ("\u0130", "\u017f", "\u212a")
    rng = random.Random(4)
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lowered = lower_for_search(text)
        if any(trap in text for trap in traps):
            assert lowered is None
            continue
        assert lowered is not None and len(lowered) == len(text) and lowered.isascii()
        expected = text.lower()
        for word in words:
            for start in range(len(text)):
                found = lowered.startswith(word, start)
                assert found == expected.startswith(word, start), (text, word, start)
                checked += found
    assert checked > 1000


def test_head_tests_turn_away_no_unit_a_rule_matches() -> None:
    """The rules a unit is tried against, chosen by its first three characters, give the
    kind of trying every rule in order, on random units made of the rules' words."""
    import random

    from wireparse import boilerplate
    from wireparse.models import Span

    pieces = [
        "Copyright 2019 The Associated Press.", "©", "(c)", "(", ")", "This material may not",
        "be published", "Read or Share this story: https://x.co/a", "LISTEN TO ARTICLE 2:40",
        "SHARE THIS ARTICLE Share Tweet Post Email", "Follow", "Find", " on Twitter", "@AP",
        "Slideshow (4 Images)", "CLOSE", "Close Up", "JUST WATCHED", "Hide Caption", "Photos:",
        "2", "7 years ago", "Updated 2 hours ago", "12 Comments", "\u017f", "\u0130", "\u212a",
        "\u0663", " ", "-", "—", "*", "The", "TH", "Thi", "co", "re", "Up", "Li", "SH", "x",
    ]  # fmt: skip
    rng = random.Random(6)
    matched = 0
    for _ in range(5000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 6))]
        text = "".join(parts) if rng.random() < 0.5 else " ".join(parts)
        unit = Span(0, len(text))
        expected = _every_rule_kind(text, unit)
        assert boilerplate._rules_kind(text, unit, text[0], None) == expected, text
        matched += expected is not None
    assert matched > 300


def test_parse_article_exposes_correction_notes() -> None:
    text = (
        "(This version of the Nov. 2 story corrects paragraph 3 to show the vote was Tuesday)"
        "\n\nWASHINGTON (Reuters) - The Senate voted on Tuesday.\n\nEditor's note: A reporter "
        "owns shares.\n\nThis story has been corrected to show the senator is from Ohio."
    )
    article = parse_article(text)
    assert [c.text for c in article.corrections] == [
        "(This version of the Nov. 2 story corrects paragraph 3 to show the vote was Tuesday)",
        "This story has been corrected to show the senator is from Ohio.",
    ]
    for note in article.corrections:
        assert text[note.span.start : note.span.end] == note.text
    assert "corrects" not in article.body and "corrected" not in article.body
    assert parse_article("WASHINGTON (AP) — The Senate voted.").corrections == ()


@needs_corpus
def test_corrections_are_the_correction_segments_on_allsides() -> None:
    notes = 0
    for record in allsides("reuters")[:300]:
        article = parse_article(record["content_original"])
        segments = [(b.text, b.span) for b in article.boilerplate if b.kind == "correction"]
        assert [(c.text, c.span) for c in article.corrections] == segments
        notes += len(segments)
    assert notes >= 5


def _plain_hits(text: str) -> tuple[int, list[int]]:
    """The gate bits and the places of gate words that a plain search of each word finds."""
    from wireparse import boilerplate
    from wireparse._prefilter import lower_for_search

    lowered = lower_for_search(text)
    assert lowered is not None
    present = 0
    hits = []
    for index, gate in enumerate(boilerplate._WORD_GATES):
        for word in gate.words:
            found = [at for at in range(len(text)) if lowered.startswith(word.lower(), at)]
            if gate.after is not None and text.count(gate.after[0]) <= boilerplate._PROBE_LIMIT:
                char, gap = gate.after  # (else every place of the word)
                found = [at for at in found if char in lowered[max(0, at - gap - 1) : at]]
            present |= (1 << index) if found else 0
            hits += found
    return present, sorted(hits)


def test_gate_words_are_found_as_a_plain_search_finds_them() -> None:
    """The per-text gate test, which looks in the lowered ASCII text (through a rare
    character's places where a word has one), finds every place of every gate word in
    any case; at a fold trap it sets the bits a plain search in each gate's own haystack
    sets and lets every unit be tried."""
    from wireparse import boilerplate
    from wireparse._prefilter import lower_for_search

    texts = [case["original"] for case in CASES]
    texts += [
        "Source: \u201cx\u201d (@ap) click http://x www.y",
        "SOURCE: (@",
        "opinions",
        "a:b " * 40 + "http://x.org source: 1:2://",  # more ":" than the probe visits
        "://" * 30 + "www.",
        "Read: www.a.org, x:\n\twww.b, www.c ::www.d:www.e:    www.f",
        "x: www." * 20 + " www.",
    ]
    if CORPUS is not None:
        texts += [r["content_original"] for r in allsides("bloomberg")[:80]]
    probed = 0
    for text in texts:
        words = boilerplate._Words(text, lower_for_search(text))
        present, hits = _plain_hits(text)
        assert (words.present, words.hits) == (present, hits), text[:60]
        probed += text.count(":") > boilerplate._PROBE_LIMIT
    assert probed >= 2
    for text in ("\u017fource: www.", "SOURCE: \u0130", "\u212a (@x"):
        words = boilerplate._Words(text, lower_for_search(text))
        plain = 0
        for index, gate in enumerate(boilerplate._WORD_GATES):
            if gate.lower or any(word in text for word in gate.words):
                plain |= 1 << index
        assert words.present == plain and words.hits is None
        assert words.unit_may_hold(0, 1)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["://", ":", "/", "@", "(@", "w", "www.", "tmsnrt.rs/", "x", " "])
    ).map("".join),
    st.sampled_from(["://", "www.", "(@", "source:", "tmsnrt.rs/", ":x:", "/"]),
)
def test_probed_search_finds_each_place_of_a_word(text: str, word: str) -> None:
    """_find_all, through the places of the word's rare character (up to a limit, then the
    word itself), gives every place the word starts at, in order, once each; through a
    character the word must follow, every place within reach of one."""
    from wireparse import boilerplate

    expected = [at for at in range(len(text)) if text.startswith(word, at)]
    assert boilerplate._find_all(text, word, boilerplate._probe(word, None)) == expected
    assert boilerplate._find_all(text, word, None) == expected
    after = boilerplate._find_all(text, word, boilerplate._probe(word, (":", 3)))
    if text.count(":") <= boilerplate._PROBE_LIMIT:
        expected = [at for at in expected if ":" in text[max(0, at - 4) : at]]
    assert after == expected


def test_probed_search_around_its_limit() -> None:
    """_find_all where the rare character stands about as often as the probe visits."""
    from wireparse import boilerplate

    limit = boilerplate._PROBE_LIMIT
    for count in range(limit - 2, limit + 3):
        for word in ("://", "source:", "(@"):
            char = boilerplate._probe(word, None)
            assert char is not None
            text = f"{word} " + f"{char[0]}x " * (count - 2) + word
            expected = [at for at in range(len(text)) if text.startswith(word, at)]
            assert len(expected) == 2 and text.count(char[0]) == count
            assert boilerplate._find_all(text, word, char) == expected, (count, word)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_RULE_PIECES, "\n\n", "://", "www.", ": www.x", ":\twww.y"]),
        max_size=12,
    ).map("".join)
)
def test_a_unit_without_gate_words_is_planned_as_in_a_text_without_any(text: str) -> None:
    """A unit of a text that holds no gate word (where its gate wants it) is tried against
    the rules of a text without gate words, and gets the kind of running each rule plainly."""
    from wireparse import boilerplate
    from wireparse._prefilter import lower_for_search
    from wireparse.text import segment_paragraphs

    words = boilerplate._Words(text, lower_for_search(text))
    units = segment_paragraphs(text)
    for unit in units:
        if words.unit_may_hold(unit.start, unit.end):
            continue
        piece = text[unit.start : unit.end]
        for gate in boilerplate._WORD_GATES:
            for word in gate.words:
                places = [at for at in range(len(piece)) if piece.startswith(word, at)]
                if gate.after is not None:
                    char, gap = gate.after
                    places = [at for at in places if char in piece[max(0, at - gap - 1) : at]]
                assert not places, (piece, word)
    # in order, as find_boilerplate_in asks, and out of order
    for order in (units, units[::-1], units[1::2] + units[::2]):
        kinds = boilerplate._UnitKinds(text, words)
        for unit in order:
            expected = _plain_unit_kind(text, unit)
            assert kinds.of(unit)[0] == expected, text[unit.start : unit.end]


def test_placed_kind_is_not_called_for_units_it_turns_away() -> None:
    """find_boilerplate_in skips placed_kind at the top for a unit that opens without a
    bullet, below it for a unit that is long or opens without a capital, or that ends
    without a full stop on a page without highlight names or a share bar and is not the
    last: placed_kind gives no kind for any such unit."""
    from wireparse._boilerplate_context import PLACED_MAX_CHARS, TOP_BULLET_FIRSTS, placed_kind
    from wireparse.text import segment_paragraphs

    texts = [case["original"] for case in CASES]
    if CORPUS is not None:
        texts += [r["content_original"] for r in allsides("bloomberg")[:40]]
    turned = 0
    for text in texts:
        for unit in segment_paragraphs(text):
            if text[unit.start] not in TOP_BULLET_FIRSTS:  # at the top: only a bullet
                assert placed_kind(text, unit, True, set(), True, True) is None
            if len(unit) <= PLACED_MAX_CHARS and text[unit.start].isupper():
                # short, a capital first: with nothing of the page to look for, a full stop
                if text[unit.end - 1] != ".":
                    assert placed_kind(text, unit, False, set(), False, False) is None
                continue
            turned += 1
            for at_end in (False, True):
                assert (
                    placed_kind(text, unit, False, {text[unit.start : unit.end]}, True, at_end)
                    is None
                )
    assert turned > 20


_SUMMARY_PIECES = [
    "Navarro", "Peter", "O'Neil", "Lu", "\u00c9mile", "\u1c89", "discusses", "explains",
    "breaks down", "weighs in on", "examines", "tariffs", "the", "said", " ", "  ", "\n",
    "\t", "\u00a0", "\u2009", ".", "U.S.", "x" * 31, "A" * 30, "-", "’s", "7",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SUMMARY_PIECES), min_size=1, max_size=8))
@example(["Navarro \u1c89x discusses"])  # a capital of regex's Unicode that is not isupper()
@example(["N" + "a" * 30 + " discusses"])  # the longest first word
@example(["Navarro\u00a0discusses"])
@example(["Ana Navarro De Luca weighs in on"])  # a name of four words
def test_video_summary_test_turns_away_no_summary(parts: list[str]) -> None:
    """The second-word test before _VIDEO_SUMMARY turns away no unit the pattern matches."""
    from wireparse import _boilerplate_context as context
    from wireparse.models import Span

    unit = f"{''.join(parts)} and tensions with China."
    for text in (unit, f"Navarro {unit}", unit.replace(" ", "", 1)):
        span = Span(0, len(text))
        if context.fullmatch(context._VIDEO_SUMMARY, text, span):
            assert context._may_be_video_summary(text, span), text


def test_every_space_but_the_space_is_unprintable() -> None:
    """_may_be_video_summary finds a first word's end by " " where the word is printable."""
    import sys

    import regex

    space = regex.compile(r"\s")
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if space.match(chr(code))]
    assert len(spaces) > 20
    assert [char for char in spaces if char.isprintable()] == [" "]


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(["Read more", "AP-NORC Center", "x", "(Docs"]),
    st.lists(st.sampled_from([" ", "\t", "\n", "\u00a0", "\u2009"]), max_size=4).map("".join),
    st.sampled_from(["www.apnorc.org", "http://x.org", "www.x.org and http://y.org", "WWW.X"]),
)
def test_link_gates_find_every_link_line(label: str, spaces: str, link: str) -> None:
    """A unit a word-gated rule matches holds its gate's word where the gate looks for it
    (after a colon and up to three spaces for "www."), so the text's gate words mark it."""
    from wireparse import boilerplate
    from wireparse._prefilter import lower_for_search

    unit = f"{label}:{spaces}{link}"
    words = boilerplate._Words(unit, lower_for_search(unit))
    for rule, gate in zip(boilerplate._UNIT_RULES, boilerplate._GATE_OF, strict=True):
        if gate is not None and rule.pattern.fullmatch(unit) is not None:
            assert words.present >> gate & 1 and words.unit_may_hold(0, len(unit)), unit
            assert words.unit_holds(gate, 0, len(unit))
