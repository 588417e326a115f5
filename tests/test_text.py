"""Paragraph segmentation and normalization, with offsets into the original input."""

from __future__ import annotations

import pytest
from evaluation import corpus

from wireparse.text import check_text, normalize, segment_blocks, segment_paragraphs

# Two paragraphs of the seed article (AP, Jan. 18, 2024), used with different line endings.
P1 = (
    "ISLAMABAD — Pakistan launched airstrikes against alleged militant hideouts"
    " inside Iran on Thursday."
)
P2 = "The U.N. urged both countries to de-escalate."


def _texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in segment_paragraphs(text)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(newline: str) -> None:
    text = f"{P1}{newline}{newline}{P2}{newline}"
    assert _texts(text) == [P1, P2]


def test_nbsp_and_zero_width_lines_are_blank() -> None:
    text = f"{P1}\n\u00a0\u200b \n\ufeff\n{P2}"
    assert _texts(text) == [P1, P2]
    assert segment_blocks(text) == segment_paragraphs(text)


def test_runs_of_blank_lines_and_outer_spaces() -> None:
    text = f"\n\n\n   {P1}   \n\n\n\n\n\t{P2}\t\n\n"
    assert _texts(text) == [P1, P2]


def test_single_newline_lines_that_are_not_wrapped_are_paragraphs() -> None:
    # Scraped copy often puts each paragraph on its own line with no blank line.
    text = f"{P1}\n{P2}\n{P1}"
    assert _texts(text) == [P1, P2, P1]


def test_blank_and_empty() -> None:
    assert segment_paragraphs("") == ()
    assert segment_paragraphs(" \n\r\n\u00a0\u2060 ") == ()


def test_spans_index_the_original() -> None:
    text = f"\ufeff  {P1}\r\n\r\n{P2}"
    for span in segment_paragraphs(text):
        assert text[span.start : span.end] in (P1, P2)


# Reuters-21578 body, story 2 (reut2-000.sgm): hard-wrapped at ~65 columns, with
# paragraphs marked by a four-space indent.
WRAPPED = (
    "Standard Oil Co and BP North America\n"
    "Inc said they plan to form a venture to manage the money market\n"
    "borrowing and investment activities of both companies.\n"
    "    BP North America is a subsidiary of British Petroleum Co\n"
    "Plc, which also owns a 55 pct interest in Standard Oil.\n"
    "    The venture will be called BP/Standard Financial Trading\n"
    "and will be operated by Standard Oil under the oversight of a\n"
    "joint management committee.\n"
)


def test_hard_wrapped_reuters_paragraphs() -> None:
    texts = _texts(WRAPPED)
    assert len(texts) == 3
    assert texts[0].startswith("Standard Oil Co") and texts[0].endswith("both companies.")
    assert texts[1].startswith("BP North America is") and "\n" in texts[1]
    assert texts[2].endswith("joint management committee.")


@pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is absent")
def test_reuters21578_paragraphs_follow_the_indents() -> None:
    """Across real stories, paragraph count equals the count of indented lines + 1."""
    checked = agree = 0
    for story in corpus.reuters21578():
        body = story.body.replace(" Reuter\n", "\n").rstrip()
        lines = [line for line in body.split("\n") if line.strip()]
        if len(lines) < 6:
            continue
        expected = 1 + sum(1 for line in lines[1:] if line.startswith("    "))
        checked += 1
        agree += len(segment_paragraphs(body)) == expected
        if checked == 2000:
            break
    assert checked == 2000
    assert agree / checked >= 0.97, agree / checked


def test_normalize() -> None:
    messy = " ISLAMABAD\u00a0—\u200b Pakistan\r\n launched "
    assert normalize(messy) == "ISLAMABAD — Pakistan launched"


def test_check_text_type_errors() -> None:
    with pytest.raises(TypeError, match="decode the bytes first"):
        check_text(b"ISLAMABAD (AP)")
    with pytest.raises(TypeError, match="not NoneType"):
        check_text(None)
    with pytest.raises(TypeError, match="not int"):
        segment_paragraphs(3)  # type: ignore[arg-type]


def _random_texts(count: int) -> list[str]:
    """Strings of lines, blanks, spaces, zero-width characters and wrap-width lines."""
    import random

    rng = random.Random(8)
    pieces = [" ", "\n", "\n", "\t", "\u00a0", "\u200b", "\u2028", "\x85", "a", "b.", "  x"]
    pieces += ["word " * 9, "    indented line of a wrapped story here", "---"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_line_fast_path_matches_the_general_segmentation() -> None:
    """The one-pass path for texts without "\\r" gives the spans of the general one."""
    from wireparse.text import _segment_any_breaks, _segment_lines

    texts = [WRAPPED, f"{P1}\n{P2}\n{P1}", f"\n\n  {P1}  \n \n{P2}\t", *_random_texts(5000)]
    for text in texts:
        assert _segment_lines(text) == _segment_any_breaks(text), repr(text)


@pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is not here")
def test_line_fast_path_matches_on_corpus_text() -> None:
    import itertools

    from wireparse.text import _segment_any_breaks, _segment_lines

    texts = [r["content_original"] for r in corpus.allsides("reuters")[:300]]
    texts += [story.wire_text() for story in itertools.islice(corpus.reuters21578(), 300)]
    for text in texts:
        text = text.replace("\r", "")
        assert _segment_lines(text) == _segment_any_breaks(text)


def test_first_blocks_and_block_paragraphs_match_full_segmentation() -> None:
    """The early-stopping helpers give what segmenting the whole text gives."""
    from wireparse.text import block_paragraphs, first_blocks

    for text in [WRAPPED, f"{P1}\r\n\r\n{P2}", *_random_texts(3000)]:
        blocks = segment_blocks(text)
        for count in (1, 2, 3):
            assert first_blocks(text, count) == blocks[:count], repr(text)
        units = [unit for block in blocks for unit in block_paragraphs(text, block)]
        assert tuple(units) == segment_paragraphs(text), repr(text)


def test_first_paragraph_is_the_first_of_the_block() -> None:
    from wireparse.text import block_paragraphs, first_paragraph

    for text in [WRAPPED, f"{P1}\r\n{P2}", *_random_texts(3000)]:
        for block in segment_blocks(text):
            assert first_paragraph(text, block) == block_paragraphs(text, block)[0], repr(text)
