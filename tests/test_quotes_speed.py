"""The shortcuts taken for speed in quotes.py give the answers of what they replace.

quotes.py skips many regex calls with a cheaper test that must agree with the regex
(a cue verb after a name, a report word, the hint characters of two look-behind
regexes, the vocabulary's scan) and tokenizes a chunk in one pass with period fix-ups.
Each test here compares a shortcut with the plain way on generated strings, so a
change of a word list (``CUE_VERBS``) or of a regex that breaks a shortcut fails here.
No timing is measured.
"""

from __future__ import annotations

import bisect
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse import quotes
from wireparse._lexicon.names import ABBREVIATIONS
from wireparse.models import Span
from wireparse.quotes import (
    _COURTESY_BEFORE,
    _COURTESY_HINTS,
    _CUE_AFTER,
    _LOWER_WORD,
    _PARTY_TAG,
    _QUOTE_TOKEN,
    _REPORT_LATER,
    _SENTENCE_END,
    _SUBJECT_BEFORE,
    _SUBJECT_HINTS,
    _TOKEN,
    _cue_follows,
    _report_follows,
    _tokens,
    _Vocabulary,
    _window,
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


def _reference_tokens(
    text: str, start: int, end: int, masked: list[tuple[int, int]], *, one_sentence: bool
) -> list[tuple[str, int, int]]:
    """quotes._tokens as it was before the one-pass rewrite (commit 00fcfd6)."""
    out: list[tuple[str, int, int]] = []
    mask_index = max(0, bisect.bisect_left(masked, (start, start)) - 1)
    pos = start
    while pos < end:
        while mask_index < len(masked) and masked[mask_index][1] <= pos:
            mask_index += 1
        if mask_index < len(masked) and masked[mask_index][0] <= pos:
            m_end = min(masked[mask_index][1], end)
            out.append((_QUOTE_TOKEN, pos, m_end))
            pos = m_end
            continue
        stop = min(masked[mask_index][0] if mask_index < len(masked) else end, end)
        for match in _TOKEN.finditer(text, pos, stop):
            s, e = match.span()
            word = match.group()
            if (
                e < stop
                and text[e] == "."
                and word[:1].isalpha()
                and (
                    word.lower() in ABBREVIATIONS
                    or (len(word) == 1 and word.isupper())
                    or _PARTY_TAG.fullmatch(word + ".") is not None
                )
            ):
                if out and out[-1][1] == s:
                    continue
                out.append((text[s : e + 1], s, e + 1))
                continue
            if word == "." and out and out[-1][2] == e and out[-1][0].endswith("."):
                continue
            if word == "." and e < stop and text[e].isalnum():
                continue
            out.append((word, s, e))
            if one_sentence and word in _SENTENCE_END:
                return out
        pos = stop
    return out


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_tokens_match_the_plain_loop(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    masked = [(a, b) for a, b in itertools.pairwise(cuts) if a < b][::2]
    one_sentence = data.draw(st.booleans())
    # both ways of reading a chunk: match by match (short) and in one pass (long)
    short_chunk = quotes._SHORT_CHUNK
    setattr(quotes, "_SHORT_CHUNK", data.draw(st.sampled_from([0, short_chunk])))  # noqa: B010
    try:
        found = _tokens(text, start, end, masked, one_sentence=one_sentence)
    finally:
        setattr(quotes, "_SHORT_CHUNK", short_chunk)  # noqa: B010
    expected = _reference_tokens(text, start, end, masked, one_sentence=one_sentence)
    assert [(tok.text, tok.start, tok.end) for tok in found] == expected
    assert all(tok.lower == tok.text.lower() for tok in found)


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
    # Longer than quotes._TOKEN_PIECE, so the one-pass tokenizer cuts it at spaces.
    pieces = [piece for piece in _PIECES if piece.strip()] * 3
    text = " ".join(pieces[k % len(pieces)] + pieces[(k * 7) % len(pieces)] for k in range(4000))
    masked = [(100, 140), (9000, 9050)]
    found = _tokens(text, 0, len(text), masked)
    expected = _reference_tokens(text, 0, len(text), masked, one_sentence=False)
    assert len(text) > 20_000
    assert [(tok.text, tok.start, tok.end) for tok in found] == expected
