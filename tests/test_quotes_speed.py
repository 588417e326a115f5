"""The shortcuts taken for speed in the quote engine give the answers of their rules.

The quote engine (``wireparse.quotes``) skips many regex calls with a cheaper test
that must agree with the regex (a cue verb after a name, a report word, the hint
characters of two look-behind regexes, the vocabulary's scan) and tokenizes a chunk
in one pass with period fix-ups.
Each test here compares a shortcut with the plain way on generated strings, so a
change of a word list (``CUE_VERBS``) or of a regex that breaks a shortcut fails here.
No timing is measured.
"""

from __future__ import annotations

import bisect
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse.models import Span
from wireparse.quotes import tokens
from wireparse.quotes.tokens import (
    _QUOTE_TOKEN,
    _SENTENCE_END,
    _keeps_period,
    _match_tokens,
    _piece_tokens,
    _Tok,
    _tokens,
    _window,
)
from wireparse.quotes.verbs import _CUE_AFTER, _REPORT_LATER, _cue_follows, _report_follows
from wireparse.quotes.words import (
    _COURTESY_BEFORE,
    _COURTESY_HINTS,
    _LOWER_WORD,
    _SUBJECT_BEFORE,
    _SUBJECT_HINTS,
    _Vocabulary,
)

# Pieces that make the shortcuts' edge cases likely: cue verbs and near misses, the
# spaces _CUE_AFTER accepts, word characters that are not ASCII, periods of
# abbreviations and initials, and the words the look-behind regexes want.
_PIECES = [
    "said", "says", "told", "added", "explained", "noted", "argues", "and", "also",
    "saidx", "said_", "saidé", " ", "  ", "\u200b", "\u00a0", "\n", ".", ",", "!", "?",
    '"', "”", "“", "’", "'", "-", "1", "X", "é", "\u0301", "But ", "And ", "So ",
    "Then ", "Now ", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lady", "from ", "of ",
    "Dr", "Sen", "Jan", "U.S.", "U.N", "A", "D-Mich", "R-Ky", "e", "GO", "3", "5",
    "the", "new", "news", "renew", "she", "he", "x" * 35, "3.5", "e.GO", "Dr.", "U.S.",
    "A.", "Jan.", "D-Mich.", ". ", "..", " said", " saidé", " said\u0301", " said_", " told2",
    " then said",
]  # fmt: skip
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(max_codepoint=0x2FFF)), max_size=24
).map("".join)


def _plain_tokens(
    text: str, start: int, end: int, masked: list[tuple[int, int]], *, one_sentence: bool
) -> list[tuple[str, int, int]]:
    """The tokens by the plain rule: a quotation is one token, the text between is read
    match by match (``tokens._match_tokens``, the rule the one-pass reader stands for)."""
    out: list[_Tok] = []
    pos = start
    while pos < end:
        holding = [m_end for m_start, m_end in masked if m_start <= pos < m_end]
        if holding:
            stop = min(holding[0], end)
            out.append(_Tok(_QUOTE_TOKEN, pos, stop, _QUOTE_TOKEN.lower()))
        else:
            stop = min([m_start for m_start, _m_end in masked if m_start > pos] + [end])
            if _match_tokens(text, pos, stop, out, one_sentence=one_sentence):
                break
        pos = stop
    return [(tok.text, tok.start, tok.end) for tok in out]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_tokens_match_the_plain_rule(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    masked = [(a, b) for a, b in itertools.pairwise(cuts) if a < b][::2]
    one_sentence = data.draw(st.booleans())
    # both ways of reading a chunk: match by match (tiny) and in one pass, with and
    # without shared lower cases
    saved = tokens._TINY_CHUNK, tokens._SHORT_CHUNK
    tokens._TINY_CHUNK = data.draw(st.sampled_from([0, saved[0]]))  # type: ignore[misc]
    tokens._SHORT_CHUNK = data.draw(st.sampled_from([0, saved[1]]))  # type: ignore[misc]
    try:
        found = _tokens(text, start, end, masked, one_sentence=one_sentence)
    finally:
        tokens._TINY_CHUNK, tokens._SHORT_CHUNK = saved  # type: ignore[misc]
    expected = _plain_tokens(text, start, end, masked, one_sentence=one_sentence)
    assert [(tok.text, tok.start, tok.end) for tok in found] == expected
    assert all(tok.lower == tok.text.lower() for tok in found)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.data())
def test_one_pass_reader_follows_the_match_by_match_rule(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fast: list[_Tok] = []
    plain: list[_Tok] = []
    _piece_tokens(text, start, end, fast, share=data.draw(st.booleans()))
    _match_tokens(text, start, end, plain, one_sentence=False)
    assert fast == plain


def test_abbreviations_keep_their_period() -> None:
    text = "Dr. Jan. A. D-Mich. e.GO 3.5 end."
    found = [tok.text for tok in _tokens(text, 0, len(text))]
    assert found == ["Dr.", "Jan.", "A.", "D-Mich.", "e", "GO", "3", "5", "end", "."]
    assert all(map(_keeps_period, ["Dr", "Jan", "A", "D-Mich"]))
    assert not any(map(_keeps_period, ["end", "e", "3", "a", ""]))


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.data())
def test_window_slices_like_the_loop(text: str, data: st.DataObject) -> None:
    toks = _tokens(text, 0, len(text))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    one_sentence = data.draw(st.booleans())
    expected = []
    for tok in toks[bisect.bisect_left([t.start for t in toks], start) :]:
        if tok.end > end:
            break
        expected.append(tok)
        if one_sentence and tok.text in _SENTENCE_END:
            break
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    assert _window(toks, starts, ends, start, end, one_sentence=one_sentence) == expected


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.data())
def test_cue_and_report_shortcuts_agree_with_their_regexes(text: str, data: st.DataObject) -> None:
    # mostly right before a space, where a name would end
    spaces = [k for k, char in enumerate(text) if char in " \u200b\u00a0"]
    at = data.draw(st.sampled_from(spaces) if spaces else st.integers(0, len(text)))
    assert _cue_follows(text, at) == (_CUE_AFTER.match(text, at) is not None)
    assert _report_follows(text, at, len(text)) == (
        _REPORT_LATER.match(text, at, len(text)) is not None
    )


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_hint_characters_are_needed_by_their_regexes(text: str) -> None:
    lead = text[-6:]
    if lead and _SUBJECT_BEFORE.search(lead) is not None:
        assert not _SUBJECT_HINTS.isdisjoint(lead)
    if _COURTESY_BEFORE.search(lead) is not None:
        assert lead.endswith((" ", " \n")) and not _COURTESY_HINTS.isdisjoint(lead)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=4), st.lists(_TEXTS, min_size=1, max_size=6))
def test_vocabulary_look_up_agrees_with_the_collected_set(
    paragraphs: list[str], words: list[str]
) -> None:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for para in paragraphs:
        spans.append(Span(at, at + len(para)))
        at += len(para) + 2
    everything = {w for s in spans for w in _LOWER_WORD.findall(text, s.start, s.end)}
    vocabulary = _Vocabulary(text, spans)
    asked = [w.lower().strip() for w in words] + sorted(everything)[:5]
    for word in asked:
        assert (word in vocabulary) == (word in everything), word


def test_long_chunk_is_read_in_pieces_with_the_same_tokens() -> None:
    # Longer than tokens._TOKEN_PIECE, so the one-pass tokenizer cuts it at spaces.
    pieces = [piece for piece in _PIECES if piece.strip()] * 3
    text = " ".join(pieces[k % len(pieces)] + pieces[(k * 7) % len(pieces)] for k in range(4000))
    masked = [(100, 140), (9000, 9050)]
    found = _tokens(text, 0, len(text), masked)
    expected = _plain_tokens(text, 0, len(text), masked, one_sentence=False)
    assert len(text) > 20_000
    assert [(tok.text, tok.start, tok.end) for tok in found] == expected
