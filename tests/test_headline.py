"""find_headline: golden cases from the corpus and measured recall on real sets."""

from __future__ import annotations

from typing import Any

import pytest
from evaluation.corpus import CORPUS, SEED, ggt_records, polnear_wire

from tests.support import case_params, load_cases
from wireparse import parse_article
from wireparse.headline import find_headline

CASES = load_cases("headline")
needs_corpus = pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is absent")


@pytest.mark.parametrize("case", case_params(CASES))
def test_golden_case(case: dict[str, Any]) -> None:
    text = case["original"]
    headline = find_headline(text)
    assert (headline.text if headline else None) == case["expected"]["headline"]
    if headline is not None:
        assert text[headline.span.start : headline.span.end] == headline.text


def test_non_str_input_raises_type_error() -> None:
    with pytest.raises(TypeError, match="find_headline"):
        find_headline(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["", "\n\n", "\ud800\n\nx", "A" * 10_000_000, "“”\n\n“”", "—\n\n(", "x\r\rY (AP) — z"]
)
def test_odd_input_does_not_raise(text: str) -> None:
    headline = find_headline(text)
    if headline is not None:
        assert text[headline.span.start : headline.span.end] == headline.text


def test_seed_headline_in_article() -> None:
    article = parse_article(SEED.read_text(encoding="utf-8"))
    assert article.headline is not None
    assert article.headline.text == "Pakistani retaliatory strikes in Iran kill at least 9"
    assert article.headline.span.start == 0


@needs_corpus
def test_polnear_first_lines() -> None:
    docs = [doc for split in ("train", "dev", "test") for doc in polnear_wire(split)]
    found = sum(
        1
        for doc in docs
        if (h := find_headline(doc.text)) is not None and h.text == doc.text.split("\n", 1)[0]
    )
    assert found >= 0.95 * len(docs)


@needs_corpus
def test_no_headline_in_gendergaptracker_texts() -> None:
    texts = [record["rawtext"] for record in ggt_records() if record["rawtext"]]
    assert len(texts) > 50
    assert [t[:60] for t in texts if find_headline(t) is not None] == []


def test_glued_cheap_tests_turn_away_no_split_the_patterns_make() -> None:
    """The cheap tests before the glued-headline patterns (a mark, two capitals, an article
    between lower-case letters) never turn away a first line that the patterns split."""
    from wireparse import headline as h
    from wireparse.text import first_blocks

    texts = [case["original"] for case in CASES]
    texts += [
        "Tiger wins by 2 shots CHICAGO (AP) — Tiger Woods won again on Sunday, by two shots.",
        "Storm hits AA (AP) — x y z",
        "Ab cd ef gh The storm hit the coast on Monday and left many people without power.",
    ]
    if CORPUS is not None:
        texts += [r["rawtext"] for r in ggt_records() if r["rawtext"]]
        texts += [doc.text for doc in polnear_wire("dev")]
    split = 0
    for text in texts:
        blocks = first_blocks(text[: h._HEAD_CHARS], 1)
        if not blocks:
            continue
        line = h._first_line(text, blocks[0])
        plain = None
        for pattern, dated in ((h._GLUED_DATELINE, True), (h._GLUED_SENTENCE, False)):
            if pattern.match(text, line.start, line.end) is not None and plain is None:
                plain = dated
        found = h._glued_split(text, blocks)
        if plain is None:
            assert found is None
            continue
        split += 1
        cheap_dated = not text[line.start : line.start + 2].isupper()
        if plain and cheap_dated:
            # the pattern matched: the cheap tests must have let it be tried
            reach = min(line.end, line.start + h._GLUED_DATELINE_REACH)
            assert h._GLUED_DATELINE_MARK.search(text, line.start, reach) is not None
            assert h._GLUED_CAPITALS.search(text, line.start + h._GLUED_HEAD_MIN_CHARS, reach)
        if not plain:
            reach = min(line.end, line.start + h._GLUED_SENTENCE_REACH)
            assert h._article_join(text, line.start, reach)
    assert split >= 2


def _caption_gate_problems(line: str) -> list[str]:
    """Branches of the caption pattern that match ``line`` without holding their word,
    and a gated test that answers otherwise than the pattern's search."""
    import regex

    from wireparse import headline

    problems = [
        f"{word!r}: {match.group()!r}"
        for word, branch in headline._CAPTION_BRANCHES
        for match in regex.finditer(branch, line, regex.VERBOSE, overlapped=True)
        if word not in match.group()
    ]
    if headline._holds_caption(line) != (headline._CAPTION.search(line) is not None):
        problems.append(f"gate differs on {line!r}")
    return problems


def test_caption_gate_agrees_with_the_caption_pattern() -> None:
    """A line holding none of the branch words is not searched: every match holds one."""
    import random

    from wireparse import headline

    pieces = [
        "(", ")", "AP", " ", "Photo", "Photos", "Images", "Pool", "/", "REUTERS", "|",
        "Reuters", "Photographer:", "Getty", "Images", "via", "photo", "in", "gallery",
        "Image", "3", "of", "12", "FILE", "-", "PHOTO", "Hide", "caption", "Enlarge", "this",
        "image", "x", "\n",
    ]  # fmt: skip
    rng = random.Random(5)
    matched = 0
    for _ in range(5000):
        line = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert _caption_gate_problems(line) == []
        matched += headline._CAPTION.search(line) is not None
    assert matched > 500


@needs_corpus
def test_caption_gate_agrees_on_the_first_lines_of_the_corpus() -> None:
    """The same on the first two paragraphs of every GGT and AllSides AP text."""
    from evaluation import corpus

    from wireparse.text import paragraph_spans

    texts = [r["rawtext"] for r in ggt_records() if r.get("rawtext")]
    texts += [r["content_original"] for r in corpus.allsides("associated_press")]
    for text in texts:
        for unit in paragraph_spans(text[:4000])[:2]:
            assert _caption_gate_problems(text[unit.start : unit.end]) == []


def _name_line_gate_problems(line: str) -> list[str]:
    from wireparse import headline

    expected = headline._NAME_LINE.fullmatch(line) is not None
    return [] if headline._is_name_line(line) == expected else [line]


def test_name_line_gate_agrees_with_the_pattern() -> None:
    """The gate before _NAME_LINE's fullmatch answers as the fullmatch does."""
    import random

    from wireparse import headline

    pieces = [
        "Becky", "Bohrer", "J.", "AP", "McDONALD", "d'Arc", "and", "And", "the", "The",
        "Associated", "Press", "CNN's", "producer", ",", ", ", " ", "  ", "\t", "\n", ".",
        "\u00c9mile", "\u00e9mile", "x", "3", "\u2019", "-",
    ]  # fmt: skip
    rng = random.Random(9)
    matched = 0
    for _ in range(20000):
        line = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert _name_line_gate_problems(line) == []
        matched += headline._NAME_LINE.fullmatch(line) is not None
    assert matched > 1000


@needs_corpus
def test_name_line_gate_agrees_on_the_first_lines_of_the_corpus() -> None:
    """The same on the first two paragraphs of every GGT and AllSides AP text."""
    from evaluation import corpus

    from wireparse.text import paragraph_spans

    texts = [r["rawtext"] for r in ggt_records() if r.get("rawtext")]
    texts += [r["content_original"] for r in corpus.allsides("associated_press")]
    for text in texts:
        for unit in paragraph_spans(text[:4000])[:2]:
            assert _name_line_gate_problems(text[unit.start : unit.end]) == []
