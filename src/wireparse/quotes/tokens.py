"""Tokens of a window: words and punctuation with their offsets."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple, cast

import regex

from wireparse._lexicon.names import ABBREVIATIONS

_TOKEN: Final = regex.compile(
    r"""
    (?:\p{Lu}\.){2,5}                          # U.S., U.N., A.B.
    | [\p{L}\p{N}][\p{L}\p{N}\p{M}’'\-]{0,40}  # a word, with inner hyphens and apostrophes
    | [^\s\p{L}\p{N}]                          # one punctuation character
    """,
    regex.VERBOSE,
)


_SENTENCE_END: Final = frozenset(".!?")
# A U.S. lawmaker's party and state after the name: "D-Mich.", "R-Ky."
_PARTY_TAG: Final = regex.compile(r"[DRI][-_][A-Z][A-Za-z.]{1,12}")  # "D-N.Y.", "D_N.Y."

# ---------------------------------------------------------------- tokens


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    # ``text.lower()``, computed once: the attribution rules ask for it many times per token.
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_cap(self) -> bool:
        """Capitalized, or a name with a lower-case particle ("al-Shabaab", "de'Medici")."""
        text = self.text
        if text[:1].isupper():
            return True
        if "-" not in text:  # most words: no particle to look past (tested in C)
            return False
        head, _dash, rest = text.partition("-")
        return len(head) <= 3 and rest[:1].isupper()

    @property
    def bare(self) -> str:
        return self.text.rstrip(".").lower()


_QUOTE_TOKEN: Final = "\x00Q"
# The longest stretch of a paragraph tokenized in one regex pass, and the longest
# chunk read match by match (see _chunk_tokens).
_TOKEN_PIECE: Final = 8192
_SHORT_CHUNK: Final = 400
# A chunk of at most this many characters ("," or "he said" between two quotations) is
# read match by match: one findall and its lists cost more for one or two tokens.
_TINY_CHUNK: Final = 12
# Builds a _Tok from a (text, start, end, lower) tuple without a Python-level call.
_new_tok: Final = cast(
    "Callable[[tuple[str, int, int, str]], _Tok]", functools.partial(tuple.__new__, _Tok)
)
_START: Final = operator.attrgetter("start")
_LOWER_OF: Final = operator.itemgetter(3)  # _Tok.lower
_TEXT_OF: Final = operator.itemgetter(0)  # _Tok.text
_END: Final = operator.attrgetter("end")


def _tokens(
    text: str,
    start: int,
    end: int,
    masked: Sequence[tuple[int, int]] = (),
    *,
    one_sentence: bool = False,
) -> list[_Tok]:
    """Words and punctuation of ``text[start:end]``; ``masked`` ranges become one quote token.

    With ``one_sentence``, stop after the first sentence-ending mark.
    """
    out: list[_Tok] = []
    mask_index = max(0, bisect.bisect_left(masked, (start, start)) - 1)
    pos = start
    while pos < end:
        while mask_index < len(masked) and masked[mask_index][1] <= pos:
            mask_index += 1
        if mask_index < len(masked) and masked[mask_index][0] <= pos:
            m_end = min(masked[mask_index][1], end)
            out.append(_Tok(_QUOTE_TOKEN, pos, m_end, _QUOTE_TOKEN.lower()))
            pos = m_end
            continue
        stop = masked[mask_index][0] if mask_index < len(masked) else end
        stop = min(stop, end)
        if _chunk_tokens(text, pos, stop, out, one_sentence=one_sentence):
            return out
        pos = stop
    return out


def _chunk_tokens(text: str, pos: int, stop: int, out: list[_Tok], *, one_sentence: bool) -> bool:
    """Append the tokens of ``text[pos:stop]`` (no quotation inside) to ``out``.

    Returns True when ``one_sentence`` and a sentence-ending mark was reached (nothing
    after it is added). One sentence (after a quotation, a few words) and a tiny chunk
    are read match by match, where that costs least; other chunks in one pass.
    """
    if not one_sentence and stop - pos > _TINY_CHUNK:
        # A long chunk (a paragraph dense with quotations) goes in pieces cut at a space,
        # which no token holds, so that no list of all its matches is ever made.
        long = stop - pos > _SHORT_CHUNK
        while stop - pos > _TOKEN_PIECE:
            cut = text.find(" ", pos + _TOKEN_PIECE, stop)
            if cut < 0:
                break
            _piece_tokens(text, pos, cut, out, share=True)
            pos = cut
        return _piece_tokens(text, pos, stop, out, share=long)
    return _match_tokens(text, pos, stop, out, one_sentence=one_sentence)


def _match_tokens(text: str, pos: int, stop: int, out: list[_Tok], *, one_sentence: bool) -> bool:
    """:func:`_chunk_tokens` match by match: the plain rule the one-pass reader follows.

    Each match of ``_TOKEN`` is a token, except that an abbreviation keeps the period
    glued to it (:func:`_keeps_period`) and a period glued to a letter or digit after it
    ("e.GO", "3.5") is no token. Returns True when ``one_sentence`` and a sentence-ending
    mark was reached.
    """
    for match in _TOKEN.finditer(text, pos, stop):
        s, e = match.span()
        word = match.group()
        if e < stop and text[e] == "." and _keeps_period(word):
            if out and out[-1].start == s:
                continue
            word = text[s : e + 1]
            out.append(_new_tok((word, s, e + 1, word.lower())))
            continue
        if word == "." and out and out[-1].end == e and out[-1].text.endswith("."):
            continue  # the period already taken by an abbreviation
        if word == "." and e < stop and text[e].isalnum():
            continue  # "e.GO", "JAZZ.FM91", "3.5": not a sentence end
        out.append(_new_tok((word, s, e, word.lower())))  # no Python-level __new__
        if one_sentence and word in _SENTENCE_END:
            return True
    return False


def _keeps_period(word: str) -> bool:
    """Whether ``word``, glued to a period, is an abbreviation that keeps it.

    "Dr.", "Jan.", a single initial "A.", a lawmaker's party and state "D-Mich.".
    """
    return (
        word[:1].isalpha()
        and (
            word.lower() in ABBREVIATIONS
            or (len(word) == 1 and word.isupper())
            # "D-Mich.": the regex only when a hyphen stands second
            or (word[1:2] in {"-", "_"} and _PARTY_TAG.fullmatch(word + ".") is not None)
        )
    )


# A token with the spaces before it. The matches of one findall tile the text from
# where it starts (every character that is not a space starts a token), so a token's
# end is the sum of the lengths of the matches up to it: no match object is made.
_SPACED_TOKEN: Final = regex.compile(r"\s*+(?:" + _TOKEN.pattern + ")", regex.VERBOSE)
# The characters of the regex class \s (str.isspace also takes U+001C-U+001F); the
# last one is U+3000 (a test checks this over all of Unicode).
_SPACES: Final = "".join(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))
# _SPACED_TOKEN for a chunk of ASCII text, where the classes are plain ranges (\p{L} is
# A-Za-z, \p{N} 0-9, \p{M} nothing, \s the six characters below): the standard library's
# re runs it about twice as fast. A test checks the two agree on ASCII strings.
_ASCII_SPACED_TOKEN: Final = re.compile(
    r"""
    [\t\n\x0b\x0c\r\ ]*                  # the spaces before the token
    (?:
      (?:[A-Z]\.){2,5}                    # U.S., U.N., A.B.
      | [A-Za-z0-9][A-Za-z0-9'\-]{0,40}   # a word, with inner hyphens and apostrophes
      | [^\t\n\x0b\x0c\r\ A-Za-z0-9]     # one punctuation character
    )
    """,
    re.VERBOSE,
)


def _piece_tokens(text: str, pos: int, stop: int, out: list[_Tok], *, share: bool) -> bool:
    """``_chunk_tokens`` in one regex pass; only the periods are looked at one by one.

    With ``share``, a word already in lower case is its own lower case (a long chunk's
    tokens then hold one string each instead of two).
    """
    # Spaces at the end hold no token: a findall would try each of them again (quadratic).
    while stop > pos and text[stop - 1] in _SPACES:
        stop -= 1
    if text[pos:stop].isascii():
        matches = _ASCII_SPACED_TOKEN.findall(text, pos, stop)
    else:
        matches = _SPACED_TOKEN.findall(text, pos, stop)
    if not matches:
        return False
    words = list(map(str.lstrip, matches, itertools.repeat(_SPACES)))
    ends = list(itertools.accumulate(map(len, matches), initial=pos))
    del ends[0]
    starts = list(map(operator.sub, ends, map(len, words)))
    periods = words.count(".")
    if periods:
        keep = [True] * len(words)
        dot = -1
        for _period in range(periods):
            dot = words.index(".", dot + 1)
            # A period always is a token of its own; the token before it, when glued to it, is
            # an abbreviation that keeps it ("Dr.", "Jan.", a single initial "A."); else a period
            # glued to a letter or digit ("e.GO", "3.5") is not a sentence end.
            before = dot - 1
            word = words[before] if before >= 0 else ""
            if before >= 0 and ends[before] == starts[dot] and _keeps_period(word):
                words[before] = text[starts[before] : ends[dot]]
                ends[before] = ends[dot]
                keep[dot] = False
            elif ends[dot] < stop and text[ends[dot]].isalnum():
                keep[dot] = False
        if not all(keep):
            words = list(itertools.compress(words, keep))
            starts = list(itertools.compress(starts, keep))
            ends = list(itertools.compress(ends, keep))
    if share:
        lowers = [
            word if lower == word else lower
            for word, lower in zip(words, map(str.lower, words), strict=True)
        ]
        out.extend(map(_new_tok, zip(words, starts, ends, lowers, strict=True)))
    else:
        out.extend(map(_new_tok, zip(words, starts, ends, map(str.lower, words), strict=True)))
    return False


def _window(
    toks: list[_Tok],
    starts: Sequence[int],
    ends: Sequence[int],
    start: int,
    end: int,
    *,
    one_sentence: bool = False,
) -> list[_Tok]:
    """The tokens of a paragraph that lie inside ``[start, end)``.

    With ``one_sentence``, stop after the first sentence-ending mark.
    """
    first = bisect.bisect_left(starts, start)
    out = toks[first : bisect.bisect_right(ends, end, first)]
    if one_sentence:
        texts = list(map(_TEXT_OF, out))  # the first sentence end, looked for in C
        ends_at = [texts.index(mark) for mark in ".!?" if mark in texts]
        if ends_at:
            del out[min(ends_at) + 1 :]
    return out
