"""The shortcuts of the direct-quote pass give the answers of what they replace.

Session 4 (issue 8) made the mark scan and the tokenizer of ``quotes.py`` cheaper: the
marks of a body are found with ``str.find`` instead of a regex, and a chunk's tokens come
from one ``findall`` whose matches tile the chunk. Each test compares a shortcut with the
plain way on generated strings. No timing is measured.
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_quotes_speed import _PIECES, _TEXTS, _plain_tokens
from wireparse import quotes
from wireparse.models import Span
from wireparse.quotes import marks, tokens, windows
from wireparse.quotes.marks import _MARK, _mark_positions
from wireparse.quotes.tokens import _ASCII_SPACED_TOKEN, _SPACED_TOKEN, _SPACES, _tokens

# Quotation marks of every kind, with what stands next to them in real text.
_MARK_TEXTS = st.lists(
    st.one_of(
        st.sampled_from([*_PIECES, "“", "”", "„", "«", "»", '"', "″", "\n\n", "5'10\""]),
        st.characters(max_codepoint=0x2FFF),
    ),
    max_size=30,
).map("".join)


def test_spaces_are_the_regex_space_class() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert sorted(_SPACES) == regex.findall(r"\s", everything)


@settings(max_examples=300, deadline=None)
@given(_MARK_TEXTS, st.data())
def test_mark_positions_agree_with_the_regex(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
    spans = [Span(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
    expected = (
        [m.start() for m in _MARK.finditer(text, spans[0].start, spans[-1].end)] if spans else []
    )
    assert _mark_positions(text, spans) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_one_findall_tokens_match_the_plain_loop(text: str, data: st.DataObject) -> None:
    # Every chunk read in one pass (a short chunk too), with and without shared lower cases.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    short_chunk = tokens._SHORT_CHUNK
    setattr(tokens, "_SHORT_CHUNK", data.draw(st.sampled_from([0, short_chunk])))  # noqa: B010
    try:
        found = _tokens(text, start, end)
    finally:
        setattr(tokens, "_SHORT_CHUNK", short_chunk)  # noqa: B010
    expected = _plain_tokens(text, start, end, [], one_sentence=False)
    assert [(tok.text, tok.start, tok.end) for tok in found] == expected
    assert all(tok.lower == tok.text.lower() for tok in found)


def test_spaces_other_than_the_regex_class_are_tokens() -> None:
    # U+001C..U+001F are spaces for str.isspace, not for the regex: punctuation tokens.
    text = "a\x1cb \u3000c\u2029d"
    found = [(tok.text, tok.start, tok.end) for tok in _tokens(text, 0, len(text))]
    assert found == _plain_tokens(text, 0, len(text), [], one_sentence=False)
    assert ("\x1c", 1, 2) in found


@settings(max_examples=300, deadline=None)
@given(_MARK_TEXTS, st.data())
def test_stretch_windows_are_slices_of_the_whole_paragraph(text: str, data: st.DataObject) -> None:
    # The stretch starts at the first window and grows on demand; each window must be the
    # slice of the whole paragraph's tokens that the quotation's windows always were.
    para = Span(0, len(text))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    masked = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    whole = tokens._tokens(text, para.start, para.end, masked)
    starts = [tok.start for tok in whole]
    ends = [tok.end for tok in whole]
    begin = data.draw(st.integers(0, len(text)))
    stretch = windows._Stretch(text, 0, para, masked, begin)
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(stretch.first, len(text)))
        end = data.draw(st.integers(start, len(text)))
        stretch.cover(start)
        left = tokens._window(stretch.toks, stretch.starts, stretch.ends, stretch.first, start)
        assert left == tokens._window(whole, starts, ends, stretch.first, start)
        found = stretch.sentence(start, end)
        assert found == tokens._window(whole, starts, ends, start, end, one_sentence=True)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*(p for p in _PIECES if p.isascii()), *"\t\n\x0b\x0c\r\x1c\x1f_"]),
            st.characters(max_codepoint=0x7F),
        ),
        max_size=30,
    ).map("".join),
    st.data(),
)
def test_ascii_token_pattern_agrees_with_the_regex(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _ASCII_SPACED_TOKEN.findall(text, start, end) == _SPACED_TOKEN.findall(text, start, end)


def test_spaces_at_a_chunk_end_give_the_same_tokens() -> None:
    # The one-pass reader stops before trailing spaces (the findall would retry each).
    for text in ["x" + " " * 3000 + "y", "Dr." + " \u3000\n" * 500, "a.  ", "  "]:
        found = [(tok.text, tok.start, tok.end) for tok in _tokens(text, 0, len(text))]
        assert found == _plain_tokens(text, 0, len(text), [], one_sentence=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(_MARK_TEXTS, min_size=1, max_size=5).map("\n\n".join))
def test_marks_read_as_the_scan_goes_give_the_same_quotes(text: str) -> None:
    # A body longer than _MARK_LIST_LIMIT reads its marks paragraph by paragraph.
    listed = quotes.find_quotes(text)
    limit = marks._MARK_LIST_LIMIT
    setattr(marks, "_MARK_LIST_LIMIT", -1)  # noqa: B010
    try:
        streamed = quotes.find_quotes(text)
    finally:
        setattr(marks, "_MARK_LIST_LIMIT", limit)  # noqa: B010
    assert streamed == listed
