"""Direct quotes and their speakers, found with rules alone.

How it works, in three linear passes over the body paragraphs:

1. **Marks.** Each paragraph is scanned once, character by character, with a
   two-state machine (outside / inside a quotation). Straight ``"`` marks are
   told apart by what stands next to them; a curly mark used the wrong way
   round (``”death`` after a space) is read by its position. A quotation still
   open at the end of a paragraph is an AP multi-paragraph quote when the next
   paragraph opens a quotation: each paragraph gives its own :class:`Quote`.
2. **Attribution.** Around each quotation, a bounded window of words (never
   more than a few hundred characters) is read for a cue verb and its subject:
   ``"...," said X, DESCRIPTION.``, ``"...," X said.``, ``X said: "..."``,
   ``"..." — X``, ``According to X, "..."`` and partial quotes such as
   ``X urged both countries "to ..."``.
3. **Speakers.** Mentions are resolved against the article: a surname to the
   full name introduced earlier, ``he``/``she`` to the most recent fitting
   speaker, ``the ministry``/``the judge`` to the organization or person
   introduced with that word. Quotations without an attribution of their own
   take the speaker of the other quotation in the paragraph, of the AP quote
   they continue, or of the previous paragraph's quote.

``kind`` is ``"term"`` for names, titles, slogans and scare quotes (see
``docs/quotes.md`` for the rule) and ``"speech"`` otherwise.

>>> text = '"We will win," said Jane Doe, a lawyer for the city.'
>>> quote = find_quotes(text)[0]
>>> quote.text, quote.speaker, quote.speaker_description, quote.cue
('We will win,', 'Jane Doe', 'a lawyer for the city', 'said')
>>> find_quotes("")
()
"""

from __future__ import annotations

import array
import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple, cast

import attrs
import regex

from wireparse._dates import MONTHS
from wireparse._lexicon.cues import (
    ACCORDING_TO,
    ADVERBS,
    ATTRIBUTION_TAIL,
    ATTRIBUTION_TIMES,
    AUXILIARIES,
    CUE_VERBS,
    INDIRECT_CUES,
    NAMING_NOUNS,
    NOT_STATEMENT_OPENERS,
    SPEAKING_VERBS,
    STRONG_NAMING_CUES,
    SUBJECT_VERBS,
    WEAK_CUES,
)
from wireparse._lexicon.names import ABBREVIATIONS
from wireparse._lexicon.names import GROUP_OR_PLACE_WORDS as NOT_NAME_WORDS
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.places import COUNTRY_BY_KEY, REGION_BY_KEY, STANDALONE_BY_KEY, fold
from wireparse._lexicon.titles import (
    DESCRIPTION_STOPS,
    DETERMINERS,
    FEMALE_GIVEN_NAMES,
    FUNCTION_WORDS,
    HEAD_TITLES,
    KINSHIP_NOUNS,
    MALE_GIVEN_NAMES,
    MALE_TITLES,
    ORG_HEADS,
    ORG_NOUNS,
    OTHER_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASE_STOPS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    STATEMENT_HEADS,
    THING_HEADS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
)
from wireparse.models import Mention, Person, Quote, Span
from wireparse.text import check_text, segment_paragraphs

__all__ = ["find_quotes"]

# ---------------------------------------------------------------- constants

_OPENERS: Final = "“„«"
_CLOSERS: Final = "”»"
_STRAIGHTS: Final = '"″'  # the double prime stands for a straight mark in some feeds
_MARKS: Final = _OPENERS + _CLOSERS + _STRAIGHTS
# One quotation mark: the scan visits only these characters, not every one.
_MARK: Final = regex.compile("[" + regex.escape(_MARKS) + "]")
# What may stand right before an opening mark / right after a closing mark.
_BEFORE_OPEN: Final = " \t\r\n\u00a0([{—–-:/…"
_AFTER_CLOSE: Final = " \t\r\n\u00a0)]}.,;:!?—–-…'’"

# How far (characters) the attribution windows reach around a quotation.
_LEFT_WINDOW: Final = 300
_RIGHT_WINDOW: Final = 200
# A left cue may stand this many words before the mark ("said in a statement it had").
_LEFT_CUE_REACH: Final = 45
_WEAK_CUE_REACH: Final = 3
# Quotations of at most this many words without an attribution are terms.
_TERM_MAX_WORDS: Final = 4
# Quotations in title case up to this many words are titles or names.
_TITLE_MAX_WORDS: Final = 8
# A quote with no attribution in its paragraph takes the previous speaker
# when that speaker's quote is at most this many paragraphs back.
_CARRY_PARAGRAPHS: Final = 2
# ... or the person reported as speaking at the very start of the next paragraph.
_FORWARD_REACH: Final = 40

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
_PARTY_TAG: Final = regex.compile(r"[DRI]-[A-Z][A-Za-z.]{1,12}")
_PRONOUN_GENDER: Final = regex.compile(
    r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", regex.I
)
_GENDER_WINDOW: Final = 200
_GENDER_MENTIONS: Final = 6


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
        if self.text[:1].isupper():
            return True
        head, dash, rest = self.text.partition("-")
        return bool(dash) and len(head) <= 3 and rest[:1].isupper()

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
    for match in _TOKEN.finditer(text, pos, stop):
        s, e = match.span()
        word = match.group()
        # An abbreviation keeps its period: "Dr.", "Jan.", a single initial "A.".
        if (
            e < stop
            and text[e] == "."
            and word[:1].isalpha()
            and (
                word.lower() in ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
                # "D-Mich.": the regex only when a hyphen stands second
                or (word[1:2] == "-" and _PARTY_TAG.fullmatch(word + ".") is not None)
            )
        ):
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
            if (
                before >= 0
                and ends[before] == starts[dot]
                and word[:1].isalpha()
                and (
                    word.lower() in ABBREVIATIONS
                    or (len(word) == 1 and word.isupper())
                    # "D-Mich.": the regex only when a hyphen stands second
                    or (word[1:2] == "-" and _PARTY_TAG.fullmatch(word + ".") is not None)
                )
            ):
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


# ---------------------------------------------------------------- marks


class _Raw(NamedTuple):  # a tuple: cheaper to make than a frozen attrs class
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark, None when open at paragraph end
    paragraph: int
    inner: Span


def _is_opener(text: str, i: int, start: int, end: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when not a mark here."""
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    space_before = before in _BEFORE_OPEN or before in _MARKS
    space_after = after in _AFTER_CLOSE or after in _MARKS
    if ch in _OPENERS:
        # A “ glued to a word on the left and followed by a space closes.
        return not (not space_before and space_after)
    if ch in _CLOSERS:
        # A ” after a space and before a word is an opening mark used the wrong way.
        return bool(space_before and not space_after)
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    if before.isdigit():
        return None  # 5'10" : an inch mark
    return space_before


def _scan(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    marks: Iterable[int],
    *,
    carried: bool = False,
) -> list[_Raw]:
    """The quotations of one paragraph, by a two-state scan of its ``marks`` (their indexes).

    ``carried``: the previous paragraph ended inside a quotation and this one does
    not open with a mark (a paragraph break inside a quotation): text up to a first
    closing mark continues it.
    """
    found: list[_Raw] = []
    open_at: int | None = start - 1 if carried else None
    for i in marks:
        opener = _is_opener(text, i, start, end)
        if opener is None:
            continue
        if open_at is None:
            if opener:
                open_at = i
            continue
        if opener and (text[i] not in _STRAIGHTS or open_at < start):
            open_at = i  # an earlier mark was never closed: start again here
            continue
        inner = _strip(text, open_at + 1, i)
        if inner is not None:
            found.append(_Raw(open_at, i, paragraph, inner))
        open_at = None
    if open_at is not None and open_at >= start:
        inner = _strip(text, open_at + 1, end)
        if inner is not None:
            found.append(_Raw(open_at, None, paragraph, inner))
    return found


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


# ---------------------------------------------------------------- noun phrases


@attrs.frozen
class _NP:
    """A speaker mention found in a window: its span, its kind, and a description."""

    start: int
    end: int
    kind: str  # "name", "pronoun", "common", or "other" (a subject that names no speaker)
    description: str | None = None
    name_start: int | None = None  # where the name starts after a title


def _name_run_back(toks: Sequence[_Tok], j: int) -> int:
    """Index of the first token of the capitalized run that ends at ``j``."""
    k = j
    while k - 1 >= 0 and j - (k - 1) < 8:
        prev = toks[k - 1]
        if (prev.is_cap and prev.text != _QUOTE_TOKEN) or (
            prev.lower in NAME_PARTICLES and k - 2 >= 0 and toks[k - 2].is_cap
        ):
            k -= 1
        else:
            break
    while k < j and toks[k].lower in FUNCTION_WORDS:
        k += 1
    while k < j and toks[k].lower in NAME_PARTICLES:
        k += 1
    return k


def _split_title(toks: Sequence[_Tok], s: int, e: int) -> int:
    """Index where the name starts inside the run ``toks[s:e+1]`` (after a title).

    "U.N. Secretary-General Antonio Guterres", "St. Charles Police Lt. Tom Wilkison":
    the name starts after the last title, role or organization word.
    """
    if toks[e].bare in ORG_HEADS:
        return s
    for k in range(e - 1, s - 1, -1):
        bare = toks[k].bare
        if (
            bare in HEAD_TITLES
            or bare in ROLE_NOUNS
            or bare in ORG_HEADS
            or (toks[k].lower in TITLE_WORDS and k == e - 1)
        ):
            return k + 1
    return s


def _np_before(text: str, toks: Sequence[_Tok], j: int, limit: int) -> _NP | None:
    """The subject that ends at token ``j`` (skipping adverbs and appositives).

    When one appositive is skipped and what stands before it names nobody,
    a name followed by a clause further back is taken: "Sarah Buckley, who
    attended a school across the street, played in the band ..., said".
    """
    np = _np_plain(text, toks, j, limit)
    if np is not None and np.kind in {"common", "other"} and toks[j].text == ",":
        # "DeLaet's agent, Danny Fritz, told": the name in the appositive speaks
        k = j - 1
        while k > limit and j - k <= 5 and toks[k].is_cap and toks[k].text != _QUOTE_TOKEN:
            k -= 1
        if 3 <= j - k <= 5 and toks[k].text == ",":
            named = _np_plain(text, toks, j - 1, k + 1)
            if named is not None and named.kind == "name" and named.start == toks[k + 1].start:
                phrase = text[np.start : toks[k - 1].end]
                return attrs.evolve(named, description=named.description or phrase)
    if (np is not None and np.kind != "other") or not limit <= j < len(toks):
        return np
    if toks[j].text != ",":
        return np
    earliest: int | None = None
    for c in range(j - 1, max(limit, j - _CLAUSE_REACH), -1):
        tok = toks[c]
        if tok.text in _SENTENCE_END or tok.text == _QUOTE_TOKEN:
            break
        if (
            tok.text == ","
            and c - 1 >= limit
            and toks[c - 1].is_cap
            and (toks[c + 1].lower in _CLAUSE_OPENERS or toks[c + 1].text.isdigit())
        ):
            earliest = c
    if earliest is None:
        return np
    named = _np_plain(text, toks, earliest - 1, limit)
    if named is None or named.kind != "name":
        return np
    return named


# What opens a clause or an appositive after a subject's name (", who ...", ", a ...").
_CLAUSE_OPENERS: Final = frozenset({"who", "whose", "a", "an", "the"})
# How many tokens back a subject is looked for behind such clauses.
_CLAUSE_REACH: Final = 60


def _np_plain(text: str, toks: Sequence[_Tok], j: int, limit: int) -> _NP | None:
    """The subject that ends at token ``j`` (skipping adverbs and an appositive)."""
    while j >= limit and toks[j].lower in ADVERBS:
        j -= 1
    if j < limit:
        return None
    description: str | None = None
    if toks[j].text == ",":
        # "X, an ethnic separatist group ..., said": skip back over the appositive.
        k = j - 1
        while k >= limit and toks[k].text not in {",", _QUOTE_TOKEN} and j - k < 40:
            if toks[k].text in _SENTENCE_END:
                return None
            k -= 1
        if k < limit or toks[k].text != "," or k + 1 > j - 1:
            return None
        end_of_description = j - 1
        j = k - 1
        for _extra in range(2):
            # "Navdeep Bains, Minister of Innovation, Science and ..., said": the
            # run before the comma is the object of "of" inside the appositive.
            s = max(_name_run_back(toks, j), limit) if j >= limit and toks[j].is_cap else j + 1
            if limit < s <= j and toks[s - 1].lower == "the" and s - 1 > limit:
                s -= 1  # "Donald Tusk, the president of the European Council, which ..."
            if not (limit < s <= j and toks[s - 1].lower in _INSIDE_APPOSITIVE):
                break
            k = s - 1
            while k >= limit and toks[k].text not in {",", _QUOTE_TOKEN} and j - k < 40:
                if toks[k].text in _SENTENCE_END:
                    break
                k -= 1
            if k < limit or toks[k].text != ",":
                if toks[s - 1].lower == "of" and s - 2 >= limit and toks[s - 2].is_cap:
                    j = s - 2  # "Richard Shelby of Alabama, ..., said": the name before "of"
                break
            j = k - 1
        description = text[toks[k + 1].start : toks[end_of_description].end]
        if j - 2 >= limit and _PARTY_TAG.fullmatch(toks[j].text) and toks[j - 1].text == ",":
            j -= 2  # "Sen. Debbie Stabenow, D-Mich., a member of ..., said"
        if j < limit:
            return None
    tok = toks[j]
    if tok.lower in PERSON_PRONOUNS or tok.lower in OTHER_PRONOUNS:
        return _NP(tok.start, tok.end, "pronoun", description)
    if (
        tok.is_cap
        and tok.text != _QUOTE_TOKEN
        and (
            tok.lower not in FUNCTION_WORDS
            # a surname that is also a common word: "Michael Every", "actor Oh"
            or (
                j - 1 >= limit
                and (
                    toks[j - 1].lower in _GIVEN_NAMES
                    or toks[j - 1].lower in ROLE_NOUNS
                    or toks[j - 1].bare in HEAD_TITLES
                )
            )
        )
    ):
        s = max(_name_run_back(toks, j), limit)
        if s > j:
            return None
        if s - 2 >= limit and toks[s - 1].lower == "of" and toks[s - 2].is_cap:
            # "Jingyi Pan of IG said": the name stands before "of"
            s = max(_name_run_back(toks, s - 2), limit)
        name_at = _after_possessor(toks, _split_title(toks, s, j), j)
        desc_start = s if name_at > s else None
        # "State Department spokesman Matthew Miller": a role word before the name.
        if name_at == s and s - 1 >= limit and toks[s - 1].lower in ROLE_NOUNS:
            d = s - 1
            while (
                d - 1 >= limit
                and (toks[d - 1].is_cap or toks[d - 1].lower in TITLE_WORDS)
                and toks[d - 1].text != _QUOTE_TOKEN
                and toks[d - 1].lower not in FUNCTION_WORDS
                and s - d < 6
            ):
                d -= 1
            desc_start = d
        if desc_start is not None:
            if name_at == s:
                title = text[toks[desc_start].start : toks[s - 1].end]
            else:
                title = text[toks[desc_start].start : toks[name_at - 1].end]
            description = description or title
            start = toks[desc_start].start
        else:
            start = toks[s].start
        return _NP(start, tok.end, "name", description, toks[name_at].start)
    if tok.is_word and not tok.is_cap:
        # "the ministry", "a spokeswoman for the company" (the head noun ends at j).
        for k in range(j - 1, max(limit, j - 6) - 1, -1):
            word = toks[k].lower
            if word in DETERMINERS or word.endswith(("’s", "'s")):
                if any(
                    toks[m].lower in PHRASE_STOPS
                    or not (toks[m].is_word or _adjective_comma(toks, m))
                    for m in range(k + 1, j + 1)
                ):
                    return None
                kind = "common" if _source_noun(tok.lower) else "other"
                return _NP(toks[k].start, tok.end, kind, description)
            if not (toks[k].is_word or _adjective_comma(toks, k)) or toks[k].lower in PHRASE_STOPS:
                break
        if tok.lower in ROLE_NOUNS or tok.lower in PLURAL_SOURCES:
            # "Surrey staff", "Finance officials": a proper name in front belongs to it
            k = j
            while k - 1 >= limit and j - k < 4 and toks[k - 1].is_cap and toks[k - 1].is_word:
                k -= 1
            if k < j and toks[k].lower in FUNCTION_WORDS:
                k += 1
            return _NP(toks[k].start, tok.end, "common", description)
    return None


# A word before a capitalized run that makes the run part of an appositive before
# the cue ("a county commissioner in Kenton County, where ..., said").
_INSIDE_APPOSITIVE: Final = frozenset({"of", "for", "and", "in", "at", "with", "from", "on"})
# Organizations named in credits, not as sources: never what "it" refers to.
_NOT_SPEAKERS: Final = frozenset({"Associated Press", "The Associated Press", "Canadian Press"})
_ADJECTIVE_ENDINGS: Final = ("y", "ed", "ful", "ous", "ive", "al", "ic", "able", "less", "ish")


def _adjective_comma(toks: Sequence[_Tok], m: int) -> bool:
    """A comma between two adjectives: "the lanky, bespectacled professor".

    The word before it must end like an adjective, so "the crowd, protesters" is
    not one phrase.
    """
    return (
        toks[m].text == ","
        and 0 < m < len(toks) - 1
        and toks[m - 1].is_word
        and not toks[m - 1].is_cap
        and toks[m - 1].lower.endswith(_ADJECTIVE_ENDINGS)
        and toks[m + 1].is_word
        and not toks[m + 1].is_cap
    )


def _np_after(text: str, toks: Sequence[_Tok], i: int) -> tuple[_NP, int] | None:
    """The speaker that starts at token ``i`` ("said Abdullah Khan, an analyst ...")."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.lower in PERSON_PRONOUNS or tok.lower in OTHER_PRONOUNS:
        return _NP(tok.start, tok.end, "pronoun"), i + 1
    # Capitalized words, name particles and lower-case titles or roles, up to the name's end:
    # "Oilers head coach Ken Hitchcock", "U.N. Secretary-General Antonio Guterres".
    e = i - 1
    while e + 1 < len(toks) and e + 1 - i < 10:
        nxt = toks[e + 1]
        if nxt.text == _QUOTE_TOKEN or (not nxt.is_word and not _is_abbr(nxt.text)):
            break
        if nxt.is_cap and not (e + 1 == i and nxt.lower in FUNCTION_WORDS):
            e += 1
        elif (
            nxt.is_word
            and (nxt.lower not in PHRASE_STOPS or (nxt.lower == "and" and e + 1 > i))
            and nxt.lower not in CUE_VERBS
            and (e + 1 > i or nxt.lower not in NAME_PARTICLES)
        ):
            e += 1  # "said oil and gas worker Mike Wipf": checked below
        else:
            break
    while e >= i and not toks[e].is_cap:
        e -= 1
    lower = [k for k in range(i, e) if not toks[k].is_cap and toks[k].lower not in NAME_PARTICLES]
    if (
        lower and not (toks[lower[-1]].lower in ROLE_NOUNS or toks[lower[-1]].lower in TITLE_WORDS)
    ) or (
        lower and lower[-1] + 1 < e and not all(toks[k].is_cap for k in range(lower[-1] + 1, e + 1))
    ):
        e = i - 1
    if e >= i:
        # the name is the last run of capitalized words
        s = e
        while s - 1 >= i and (
            toks[s - 1].is_cap
            or (toks[s - 1].lower in NAME_PARTICLES and s - 2 >= i and toks[s - 2].is_cap)
        ):
            s -= 1
        while s < e and toks[s].lower in NAME_PARTICLES:
            s += 1
        name_at = _split_title(toks, s, e)
        name_at = _after_possessor(toks, name_at, e)
        description = text[toks[i].start : toks[name_at - 1].end] if name_at > i else None
        if all(toks[k].lower in FUNCTION_WORDS for k in range(name_at, e + 1)):
            return None
        return _NP(toks[i].start, toks[e].end, "name", description, toks[name_at].start), e + 1
    if tok.lower in {"the", "a", "an"} and i + 1 < len(toks) and toks[i + 1].is_cap:
        inner = _np_after(text, toks, i + 1)
        if inner is not None and inner[0].kind == "name":
            return inner
    if tok.lower in DETERMINERS:
        e = i
        while (
            e + 1 < len(toks)
            and e - i < 4
            and toks[e + 1].is_word
            and toks[e + 1].lower not in PHRASE_STOPS
            and toks[e + 1].lower not in CUE_VERBS
        ):
            e += 1
        last = e
        while e > i and not _source_noun(toks[e].lower):
            e -= 1
        if e == i:
            return (_NP(tok.start, toks[last].end, "other"), last + 1) if last > i else None
        return _NP(tok.start, toks[e].end, "common"), e + 1
    if tok.is_word and (tok.lower in ROLE_NOUNS or tok.lower in PLURAL_SOURCES):
        return _NP(tok.start, tok.end, "common"), i + 1
    return None


def _source_noun(word: str) -> bool:
    """A noun that can head a speaker description: "the ministry", "a spokeswoman"."""
    return (
        word in ROLE_NOUNS
        or word in ORG_NOUNS
        or word in PLURAL_SOURCES
        or word in STATEMENT_HEADS
        or word in PERSON_NOUNS
    )


def _after_possessor(toks: Sequence[_Tok], s: int, e: int) -> int:
    """Skip a possessor before a person's name: "Vancouver's Bo Horvat" gives "Bo Horvat"."""
    if toks[e].bare in ORG_HEADS:
        return s
    for k in range(e - 1, s - 1, -1):
        if toks[k].text.endswith(("’s", "'s")):
            return k + 1
    return s


def _is_abbr(word: str) -> bool:
    return len(word) > 1 and word.endswith(".") and word[0].isupper()


def _description_after(text: str, toks: Sequence[_Tok], i: int) -> str | None:
    """An appositive after a name: ", an analyst at the Pakistan Institute ..."."""
    if i >= len(toks) or toks[i].text != ",":
        return None
    k = i + 1
    if k >= len(toks) or toks[k].lower in DESCRIPTION_STOPS or toks[k].text == _QUOTE_TOKEN:
        return None
    if toks[k].lower in CUE_VERBS:
        return None
    e = k
    while e + 1 < len(toks) and e - k < 30:
        nxt = toks[e + 1]
        if nxt.text in _SENTENCE_END or nxt.text in {",", ";", _QUOTE_TOKEN, "(", "—", "–"}:
            break
        if nxt.lower in {"who", "which", "said", "says", "told", "adding", "saying"}:
            break
        e += 1
    else:
        if e + 1 >= len(toks) and e - k >= 30:
            return None
    return text[toks[k].start : toks[e].end]


# ---------------------------------------------------------------- attribution


@attrs.frozen
class _Attribution:
    np: _NP
    cue: str
    side: str  # "left" or "right"


def _right_attribution(text: str, toks: Sequence[_Tok]) -> _Attribution | None:
    """Attribution after the closing mark: ', said X', ', X said', ' — X', ', according to X'."""
    i = 0
    if i < len(toks) and toks[i].text in {",", "?", "!"}:
        i += 1
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.text in {"—", "–", "-"} and i + 1 < len(toks):
        found = _np_after(text, toks, i + 1)
        if found is not None and found[0].kind == "name":
            return _Attribution(found[0], "—", "right")
        return None
    if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
        found = _np_after(text, toks, i + 2)
        if found is not None:
            return _Attribution(_with_description(text, toks, found), ACCORDING_TO, "right")
        return None
    if CUE_VERBS.isdisjoint(map(_LOWER_OF, toks)):
        return None  # every form below needs a cue verb (tested in C)
    k = i
    while k < len(toks) and toks[k].lower in ADVERBS:
        k += 1
    if k < len(toks) and toks[k].lower in CUE_VERBS and not toks[k].is_cap:
        found = _np_after(text, toks, k + 1)
        if found is not None:
            return _Attribution(_with_description(text, toks, found), toks[k].text, "right")
        return None
    # "X said", "X, a spokesman, said", "UFCW Local 832 president Jeff Traeger said"
    for end in range(i, min(len(toks), i + 45)):
        if toks[end].text in _SENTENCE_END or toks[end].text == _QUOTE_TOKEN:
            break
        if toks[end].lower in CUE_VERBS and not toks[end].is_cap and end > i:
            np = _np_before(text, toks, end - 1, i)
            if np is None or np.start < toks[i].start:
                break
            lead = [t for t in toks[i:] if t.start < np.start]
            if any(not (t.is_word or _is_abbr(t.text)) for t in lead) or len(lead) > 10:
                break
            if lead:
                before = text[toks[i].start : lead[-1].end]
                title = text[toks[i].start : (np.name_start or np.start)].strip()
                np = attrs.evolve(
                    np, start=toks[i].start, description=np.description or title or before
                )
            return _Attribution(np, toks[end].text, "right")
    # '"..." including Lake Cowichan, it said.': a short "X said" closing the sentence
    for end in range(i + 2, min(len(toks), i + 45)):
        if toks[end].text in _SENTENCE_END or toks[end].text == _QUOTE_TOKEN:
            break
        if toks[end].lower in CUE_VERBS and not toks[end].is_cap:
            np = _np_before(text, toks, end - 1, i)
            closes = end + 1 >= len(toks) or toks[end + 1].text in _SENTENCE_END
            if np is not None and np.kind in {"pronoun", "name"} and closes:
                start = next((k for k in range(i, end) if toks[k].start == np.start), i)
                if start > i and toks[start - 1].text == ",":
                    return _Attribution(np, toks[end].text, "right")
            break
    return None


def _with_description(text: str, toks: Sequence[_Tok], found: tuple[_NP, int]) -> _NP:
    np, after = found
    if np.kind == "pronoun":
        return np
    named = _named_in_apposition(text, toks, np, after)
    if named is not None:
        return named
    appositive = _description_after(text, toks, after)
    if appositive is None:
        return np
    return attrs.evolve(np, description=appositive)


def _named_in_apposition(text: str, toks: Sequence[_Tok], np: _NP, after: int) -> _NP | None:
    """ "says Wise's dad, Darrin.": the name after a possessor's noun and a comma."""
    if not (
        toks[after - 1].text.endswith(("’s", "'s"))
        and after + 2 < len(toks)
        and toks[after].is_word
        and not toks[after].is_cap
        and toks[after + 1].text == ","
        and toks[after + 2].is_cap
        and toks[after + 2].is_word
    ):
        return None
    e = after + 2
    while e + 1 < len(toks) and e - after < 5 and toks[e + 1].is_cap and toks[e + 1].is_word:
        e += 1
    if e + 1 < len(toks) and toks[e + 1].text not in _SENTENCE_END and toks[e + 1].text != ",":
        return None
    name_start = toks[after + 2].start
    description = text[np.start : toks[after].end]
    return _NP(name_start, toks[e].end, "name", description, name_start)


def _left_attribution(text: str, toks: Sequence[_Tok]) -> _Attribution | None:
    """Attribution before the opening mark, in the same sentence."""
    start = 0
    texts = list(map(_TEXT_OF, toks))
    if "." in texts or "!" in texts or "?" in texts:  # tested in C; mostly none
        for k in range(len(toks) - 1, -1, -1):
            if texts[k] in _SENTENCE_END:
                start = k + 1
                break
    sentence = toks[start:]
    n = len(sentence)
    lowers: list[str] = list(map(_LOWER_OF, sentence))  # membership tests then run in C
    # "According to X, "..."
    if "according" in lowers:
        for k in range(n - 1):
            if lowers[k] == "according" and lowers[k + 1] == "to":
                found = _np_after(text, sentence, k + 2)
                if found is not None:
                    return _Attribution(
                        _with_description(text, sentence, found), ACCORDING_TO, "left"
                    )
    if n >= 2 and sentence[-1].text == ":" and CUE_VERBS.isdisjoint(lowers):
        found = _np_after(text, sentence, 0)
        if found is not None and found[0].kind != "common":
            return _Attribution(_with_description(text, sentence, found), ":", "left")
    # only the last _LEFT_CUE_REACH words may hold the cue (most windows hold none: C test)
    reach = max(0, n - _LEFT_CUE_REACH)
    cues = (
        []
        if CUE_VERBS.isdisjoint(lowers[reach:])
        else [k for k in range(reach, n) if lowers[k] in CUE_VERBS and not sentence[k].is_cap]
    )
    for k in reversed(cues):
        if sentence[k].lower in WEAK_CUES and n - k > _WEAK_CUE_REACH:
            continue
        np = _np_before(text, sentence, k - 1, 0) if k > 0 else None
        if np is not None:
            return _Attribution(np, sentence[k].text, "left")
        # "... and pledged “...”": the subject of an earlier cue in the sentence
        for earlier in cues:
            if earlier >= k:
                break
            np = _np_before(text, sentence, earlier - 1, 0) if earlier > 0 else None
            if np is not None:
                return _Attribution(np, sentence[k].text, "left")
        # "..., saying “...”", "calling him a “loser”": the subject that starts the sentence
        if sentence[k].lower.endswith("ing") or (k > 0 and sentence[k - 1].lower in {"and", "but"}):
            found = _np_after(text, sentence, 0)
            if (found is None or found[0].kind == "common") and (
                sentence[0].lower in _OPENING_PREPOSITIONS
            ):
                # "In a statement, IRCC did not reveal ..., but said “...”"
                comma = next((c for c in range(1, min(k, 12)) if sentence[c].text == ","), None)
                if comma is not None:
                    found = _subject_at(text, sentence, comma + 1)
            if found is not None and found[0].kind != "common":
                return _Attribution(found[0], sentence[k].text, "left")
        # "said X: "..."" (cue before its subject, e.g. "Said Smith:")
        found = _np_after(text, sentence, k + 1) if k == 0 or not sentence[k - 1].is_word else None
        if found is not None and found[1] < n and sentence[found[1]].text == ":":
            return _Attribution(found[0], sentence[k].text, "left")
    return None


def _subject_at(text: str, toks: Sequence[_Tok], i: int) -> tuple[_NP, int] | None:
    """The name or pronoun that opens a clause at token ``i`` ("IRCC did not reveal")."""
    if i >= len(toks):
        return None
    if toks[i].lower in PERSON_PRONOUNS or toks[i].lower in OTHER_PRONOUNS:
        return _NP(toks[i].start, toks[i].end, "pronoun"), i + 1
    e = i
    while e + 1 < len(toks) and e - i < 6 and toks[e + 1].is_cap and toks[e + 1].is_word:
        e += 1
    if not toks[i].is_cap or toks[i].text == _QUOTE_TOKEN:
        return None
    np = _np_plain(text, toks, e, i)
    return (np, e + 1) if np is not None and np.kind == "name" else None


# Words that open a phrase before a sentence's subject ("In a statement, IRCC said").
_OPENING_PREPOSITIONS: Final = frozenset(
    {"in", "on", "at", "after", "during", "for", "with", "before", "since", "from", "under"}
)


def _is_term(text: str, left: Sequence[_Tok], raw: _Raw) -> bool:
    """A naming word right before the mark: "named its operation “...”", "known as “...”"."""
    near = [t for t in left[-4:] if t.text != _QUOTE_TOKEN]
    lowers = list(map(_LOWER_OF, near))
    if STRONG_NAMING_CUES.isdisjoint(lowers) and "known" not in lowers:
        return bool(lowers) and lowers[-1] in NAMING_NOUNS  # the loop below would find nothing
    for k, tok in enumerate(near):
        if tok.lower == "so-called" and k + 1 < len(near):
            continue  # "the so-called Trans-Pacific Partnership as “...”": not this quote
        if tok.lower in STRONG_NAMING_CUES:
            return not any(t.lower in CUE_VERBS for t in near[k + 1 :])
        if tok.lower == "known" and k + 1 < len(near) and near[k + 1].lower == "as":
            return True
    return bool(near) and near[-1].lower in NAMING_NOUNS


def _sentence_start(text: str, start: int, end: int) -> int:
    """Where the sentence that ends at ``end`` starts (not before ``start``)."""
    stop = end
    for _attempt in range(8):
        cut = max(text.rfind(". ", start, stop), text.rfind("? ", start, stop))
        if cut < 0:
            return start
        word = text[max(start, cut - 12) : cut].split()[-1:] or [""]
        bare = word[0].lower()
        if (
            bare in ABBREVIATIONS
            or len(bare) == 1
            or "." in bare
            or (word[0][1:2] == "-" and _PARTY_TAG.fullmatch(word[0] + ".") is not None)
        ):
            stop = cut  # "Sen. John McCain", "Paul A. Engelmayer", "U.S. District"
            continue
        return cut + 2 if cut + 2 < end else start
    return start


def _is_title_case(text: str, span: Span) -> bool:
    """A title of a work or a name: "The Kid Who Would Be King", "Face the Nation"."""
    inner = text[span.start : span.end].rstrip(",")
    words = inner.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or inner[-1:] in {".", "?", "!"}:
        return False
    if not words[0][:1].isupper() or words[0].lower() in {"i", "i’m", "i'm"}:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _word_count(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def _sentence_like(text: str, span: Span) -> bool:
    inner = text[span.start : span.end].rstrip()
    return inner[-1:] in {".", "?", "!", ",", "…"} and _word_count(text, span) >= 3


# ---------------------------------------------------------------- resolution


@attrs.frozen
class _Entity:
    name: str
    start: int
    is_org: bool


_NAME_RUN: Final = regex.compile(
    r"""
    (?<![\p{L}\p{N}’'\-.])
    (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{M}’'\-]{0,30})     # a capitalized word, initial, U.S.
    (?:[ ](?:(?:de|del|della|der|den|di|da|du|dos|das|van|von|bin|ibn|al|la|le|of)[ ]){0,2}
       (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{M}’'\-]{0,30})
    ){0,5}                                                   # more of them, with name particles
    """,
    regex.VERBOSE,
)
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}[\p{Ll}’'\-]{0,30}")
_CUE_AFTER: Final = regex.compile(
    r"[\u200b\u00a0 ]{1,2}(?:[a-z]{2,12}[ ])?(?:"
    + "|".join(sorted(CUE_VERBS, key=len, reverse=True))
    + r")\b"
)
_SUBJECT_BEFORE: Final = regex.compile(r"(?:^|[.!?:\"”]\s{1,3}|\b(?:But|And|So|Then|Now)\s)$")
# Determiners that introduce someone new ("a citizen", "another member of the public").
_INDEFINITE: Final = frozenset({"a", "an", "another", "one"})
# How many earlier names and speakers a mention is compared with (keeps the work linear).
_SEARCH: Final = 300
# How far after a name an appositive is read (", the bow-tied maverick").
_APPOSITIVE_REACH: Final = 80
# How many recent speakers and subjects "he" or "she" is compared with.
_CANDIDATES: Final = 2
# How many characters before a mention decide whether it stands as a subject.
_SUBJECT_LOOKBACK: Final = 6
# How far back (characters) "he" or "she" looks for the person it stands for.
_PRONOUN_REACH: Final = 2500
# A subject this close before "he" or "she" wins even when its gender is unknown.
_PRONOUN_NEAR: Final = 400
# "GasLink", "PayPal": an inner capital not after Mc, Mac, O', De, La, Le, Di, Van.
_INNER_CAPITAL: Final = regex.compile(
    r"""
    (?<!^(?:Mc|Mac|O’|O'|De|La|Le|Di|Da|Van|Du))  # not a name prefix: McCallum, DeLaet
    (?<=\p{Ll})\p{Lu}                              # a capital right after a small letter
    """,
    regex.VERBOSE,
)
# "Mr. " / "Ms. " right before a mention gives the person's gender.
_COURTESY_BEFORE: Final = regex.compile(
    r"""
    \b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady)  # a courtesy title
    \.?[ ]$                           # right before the mention
    """,
    regex.VERBOSE,
)
# A name standing as a subject: "Scheer found", "Mulder didn't hesitate".
_VERB_AFTER: Final = regex.compile(
    r"""
    [ ]([a-z][a-z’']{1,20})\b  # one lower-case word right after the name
    """,
    regex.VERBOSE,
)


_GIVEN_NAMES: Final = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


# "He said ..." / "She says ..." opening a sentence: reported speech by a pronoun.
_PRONOUN_REPORT: Final = regex.compile(
    r"""
    \b(He|She)[ ]                                # capitalized: opens a sentence
    (?:says|said|explains|explained|adds|added|argues|argued|notes|noted)\b
    """,
    regex.VERBOSE,
)
# A reporting verb later in the sentence a name opens, before any quotation mark.
_REPORT_REACH: Final = 90
_REPORT_LATER: Final = regex.compile(
    r"""
    [^.!?"“”\n]{0,90}?                         # the rest of the subject, bounded
    [ ](?:says|said|explains|explained|adds|added|argues|argued|notes|noted)\b
    """,
    regex.VERBOSE,
)
# Before a name: a lower-case noun and a comma, so the name is an appositive of
# that noun ("his father's friend, Martin Legere, gave"), not a subject.
_APPOSED_BEFORE: Final = regex.compile(
    r"""
    (?<![.!?][ ])       # not a sentence's first word ("Then, ...")
    \b([a-z]{3,20})     # a lower-case word (checked against the person nouns)
    ,[ ]$               # and a comma, right before the name
    """,
    regex.VERBOSE,
)
# Before a one-word organization: the noun that says what it is ("aid group Gatsby").
_ORG_NOUN_BEFORE: Final = regex.compile(
    r"""
    \b(?:group|company|firm|agency|charity|bank|network)  # what kind of organization
    [ ]$                                                  # right before the name
    """,
    regex.VERBOSE,
)
# First words of a capitalized run that are never a given name ("But Smith, a ...").
_NOT_GIVEN: Final = DETERMINERS | _INSIDE_APPOSITIVE | frozenset(
    {"but", "so", "then", "now", "when", "if", "as", "after", "before", "while", "because"}
)
# Two names joined by "and" as a subject: "Tore Sohlberg and Lehla Abreder said".
_PAIR: Final = regex.compile(
    r"""
    (\p{Lu}[\p{L}’'\-]{1,30}(?:[ ]\p{Lu}[\p{L}’'\-]{1,30}){0,2})   # a name
    [ ]and[ ]
    (\p{Lu}[\p{L}’'\-]{1,30}(?:[ ]\p{Lu}[\p{L}’'\-]{1,30}){0,2})   # another name
    [ ](?:said|say|says|told|have|had|were|are|added)\b              # as the subject
    """,
    regex.VERBOSE,
)
# How far back (characters) "they" looks for such a pair.
_PAIR_REACH: Final = 600
# An acronym in parentheses right after a name: "Export Development Canada (EDC)".
_ACRONYM_AFTER: Final = regex.compile(
    r"""
    [ ]\(
    ([A-Z]{2,8})   # the acronym
    \)
    """,
    regex.VERBOSE,
)
# Verbs after a one-word name that make it a subject ("Mulder didn't", "Yuni said").
_ONE_WORD_VERBS: Final = SUBJECT_VERBS | SPEAKING_VERBS
# After a one-word name: an appositive or an age ("Yuni, a resident of", "Demi, 24,").
_ONE_NAME_APPOSITIVE: Final = regex.compile(
    r"""
    ,[ ]
    (?:an?|the|\d{1,3},)   # "a resident of", "the owner of", an age: "24,"
    [ ]
    """,
    regex.VERBOSE,
)
# Before a name: a preposition that makes it an object ("from Frank Clayton").
_OBJECT_BEFORE: Final = regex.compile(
    r"""
    \b(?:from|of|by|with|to|for|about|against|and)[ ]$  # a preposition right before it
    """,
    regex.VERBOSE,
)


# After a name in a photo credit: the slash before the agency ("Lauren Pelley / CBC").
_CREDIT_STARTS: Final = ("/", " /")
# After a name: a comma, or a spaced dash opening an appositive ("Marco Mendicino — a
# former prosecutor"). Plain prefixes tested with ``str.startswith``, cheaper than a regex.
_APPOSED_STARTS: Final = (", ", " — ", " – ", " -- ")
# The first three letters of each verb of _ONE_WORD_VERBS ("is" whole): a verb can only
# follow a name where the text starts with one of them (tested before _VERB_AFTER).
_ONE_WORD_VERB_HEADS: Final = frozenset(verb[:3] for verb in _ONE_WORD_VERBS)


def _looks_like_verb(word: str) -> bool:
    """Whether the word after a name reads as its verb ("hopes", "agreed", "found")."""
    return word in SUBJECT_VERBS or (word.endswith(("s", "ed")) and word not in FUNCTION_WORDS)


# Characters without which _SUBJECT_BEFORE / _COURTESY_BEFORE cannot match: a cheap
# test that skips most regex calls ("But", "And", "So", "Then", "Now"; "Mr", "Sir", ...;
# a "\n" because ``$`` also matches before a final line break).
_SUBJECT_HINTS: Final = frozenset('.!?:"”BASTN\n')
_COURTESY_HINTS: Final = frozenset("MSDL")
_CUE_LONGEST: Final = max(map(len, CUE_VERBS))
# The pre-test below holds while every cue verb is one run of a-z letters.
_CUES_ARE_WORDS: Final = all(regex.fullmatch("[a-z]+", cue) for cue in CUE_VERBS)
# The lower-case letters at a position, bounded: a cue verb, or the word before one.
_LOWER_RUN: Final = regex.compile("[a-z]{0," + str(max(13, _CUE_LONGEST + 1)) + "}")
_REPORT_WORDS: Final = (" says", " said", " explain", " add", " argue", " note")


def _cue_follows(text: str, end: int) -> bool:
    """``_CUE_AFTER.match(text, end) is not None``, mostly without the regex.

    The regex wants one or two spaces, then a cue verb, or a lower-case word of 2 to 12
    letters, a space and a cue verb, then a word boundary. Each cue verb is a whole run
    of a-z letters, so the run of letters there must be one; the regex (an alternation
    of 300 verbs, slow) is asked only when the boundary depends on a non-ASCII character.
    """
    if not _CUES_ARE_WORDS:
        return _CUE_AFTER.match(text, end) is not None
    at = end
    while at < end + 2 and at < len(text) and text[at] in "\u200b\u00a0 ":
        at += 1
    if at == end:
        return False
    word = _LOWER_RUN.match(text, at).group()  # type: ignore[union-attr]
    if word in CUE_VERBS:
        ends_word = _ends_word(text, at + len(word))
        if ends_word is None:
            return _CUE_AFTER.match(text, end) is not None
        if ends_word:
            return True
    if 2 <= len(word) <= 12 and text.startswith(" ", at + len(word)):
        at += len(word) + 1
        word = _LOWER_RUN.match(text, at).group()  # type: ignore[union-attr]
        if word in CUE_VERBS:
            ends_word = _ends_word(text, at + len(word))
            if ends_word is None:
                return _CUE_AFTER.match(text, end) is not None
            return ends_word
    return False


def _ends_word(text: str, at: int) -> bool | None:
    """Whether ``\\b`` holds at ``at`` right after a letter; None when not ASCII (ask the regex)."""
    if at >= len(text):
        return True
    char = text[at]
    if not char.isascii():
        return None
    return not (char.isalnum() or char == "_")


def _report_follows(text: str, start: int, end: int) -> bool:
    """``_REPORT_LATER.match(text, start, end) is not None``, the regex only when it can match."""
    if not any(text.find(word, start, end) >= 0 for word in _REPORT_WORDS):
        return False
    return _REPORT_LATER.match(text, start, end) is not None


def _inside(ranges: Sequence[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` falls inside one of the sorted ``ranges``."""
    index = bisect.bisect_right(ranges, (position, position)) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]


def _appositive_head(window: str) -> str | None:
    """The head noun of ", the bow-tied maverick, ..." at the start of ``window``."""
    if not window.startswith(", "):
        return None
    words = window[2:].split()
    if not words or not (words[0].lower() in {"a", "an", "the"} or _possessive(words[0])):
        return None
    head: str | None = None
    for word in words[1:6]:
        bare = word.rstrip(",.;:")
        if bare.lower() in PHRASE_STOPS or not bare.replace("-", "").isalpha():
            break
        head = bare.lower()
        if bare != word:
            break
    return head


def _before_of(words: list[str]) -> list[str]:
    """A person's name before "of": "Richard Shelby of Alabama", "Jingyi Pan of IG"."""
    if "of" in words[2:-1] and not _is_org(words[: words.index("of", 2)]):
        return words[: words.index("of", 2)]
    return words


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _name_words(words: list[str]) -> tuple[list[str], str | None]:
    """The name inside a capitalized run, and the title or role in front of it."""
    if not words or _is_org(words):
        return words, None
    return _person_words(words)


def _person_words(words: list[str]) -> tuple[list[str], str | None]:
    """:func:`_name_words` of words that do not name an organization."""
    role: str | None = None
    for k in range(len(words) - 2, -1, -1):
        bare = words[k].lower().rstrip(".")
        if (
            bare in HEAD_TITLES
            or bare in ORG_HEADS  # "Getty Images Kevin Vickers": a credit before the name
            or (k == 0 and bare in ROLE_NOUNS)
            or _possessive(words[k])
        ):
            role = bare if bare in HEAD_TITLES or bare in ROLE_NOUNS else None
            words = words[k + 1 :]
            break
    while len(words) > 1 and (words[0].lower() in NAME_PARTICLES or words[0] == "of"):
        words = words[1:]  # "Minister of Innovation" leaves no name
    while words and _is_title(words[0]) and len(words) > 1:
        role = words[0].lower().rstrip(".")
        words = words[1:]
    if words and _possessive(words[-1]):
        words = [*words[:-1], words[-1][:-2]]
    return words, role


# Letters that certainly are \p{L} (and \p{Ll}): a look-up test before the regex.
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS: Final = _ASCII_LOWER | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_COLLECT_PIECE: Final = 65536
_SCAN_FACTOR: Final = 64
_OCCURRENCE_COST: Final = 2048


class _Vocabulary:
    """The words the paragraphs write in lower case (``_LOWER_WORD`` matches), as a set.

    Only a few dozen words are ever asked about, so instead of collecting every
    word up front, a word is looked up where it occurs and the answer is kept.
    """

    def __init__(self, text: str, paragraphs: Sequence[Span]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.starts = [para.start for para in paragraphs]
        self.known: dict[str, bool] = {}
        self.words: set[str] | None = None
        self.low = paragraphs[0].start if paragraphs else 0
        self.high = paragraphs[-1].end if paragraphs else 0
        # What the look-ups may cost before collecting the whole set is cheaper (keeps
        # the work linear): a character scanned by ``str.find`` costs 1, a place
        # checked with the regex ``_OCCURRENCE_COST``.
        self.budget = _SCAN_FACTOR * (self.high - self.low) + 65536
        if any(a.end > b.start for a, b in itertools.pairwise(paragraphs)):
            self._collect()  # unsorted or overlapping paragraphs: the plain way

    def _collect(self) -> None:
        words: set[str] = set()
        text = self.text
        for para in self.paragraphs:
            # In pieces cut at a space (no match holds one), so that a long paragraph
            # never makes a list of all its words at once.
            start = para.start
            while start < para.end:
                cut = (
                    text.find(" ", start + _COLLECT_PIECE, para.end)
                    if para.end - start > _COLLECT_PIECE
                    else -1
                )
                stop = para.end if cut < 0 else cut
                words.update(_LOWER_WORD.findall(text, start, stop))
                start = stop
        self.words = words

    def __contains__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        found = self.known.get(word)
        if found is None:
            if self.budget <= 0:
                self._collect()
                return word in self
            found = self.known[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        """Whether ``word`` is a whole ``_LOWER_WORD`` match inside some paragraph."""
        text = self.text
        if not word:
            return False
        at = text.find(word, self.low, self.high)
        while at >= 0:
            self.budget -= _OCCURRENCE_COST
            if self.budget <= 0:  # a word written everywhere: collect them all after all
                self._collect()
                return word in self
            if text[at - 1 : at] in _ASCII_LETTERS:
                # the end of a longer word ("renew"): the regex's look-behind would fail
                at = text.find(word, at + 1, self.high)
                continue
            index = bisect.bisect_right(self.starts, at) - 1
            if index >= 0 and at + len(word) <= self.paragraphs[index].end:
                after = at + len(word)
                if not (
                    len(word) < 31
                    and after < self.paragraphs[index].end
                    and text[after] in _ASCII_LOWER
                ):  # else the start of a longer word ("news"): the match would be longer
                    match = _LOWER_WORD.match(text, at, self.paragraphs[index].end)
                    if match is not None and match.group() == word:
                        self.budget -= at - self.low
                        return True
            at = text.find(word, at + 1, self.high)
        self.budget -= self.high - self.low
        return False


# Above this many characters of paragraphs, the resolver packs its capitalized runs.
_COMPACT_RUNS: Final = 1 << 18


def _unpack_runs(text: str, packed: array.array[int]) -> Iterator[tuple[int, str, int]]:
    """The (start, run, paragraph index) triples packed by ``_Resolver.__init__``."""
    for at in range(0, len(packed), 3):
        yield packed[at], text[packed[at] : packed[at + 1]], packed[at + 2]


# How many distinct capitalized runs _run_name keeps (a few hundred bytes each).
_RUN_NAMES: Final = 4096


@functools.lru_cache(maxsize=_RUN_NAMES)
def _run_name(run: str) -> tuple[int, str, str | None, bool, bool, int, int] | None:
    """What ``_Resolver._register`` reads from a capitalized run's words alone.

    None for a run of ALL-CAPS words; else the number of words of the name in it, the
    name, the title or role in front (see :func:`_name_words`), whether it names an
    organization, whether that title is a capitalized title ("Chief"), where the name
    starts in the run and how long the run is without a trailing "of ...". Pure (a
    function of the string and of constant word lists), so the answers are kept across
    articles: names recur ("White House", "Joe Biden").
    """
    words = run.split(" ")
    if all(map(str.isupper, words)):
        return None
    words = _before_of(words)
    is_org = _is_org(words)
    name, role = (words, None) if is_org else _person_words(words)  # (as _name_words)
    joined = " ".join(words)
    offset = max(0, joined.find(name[0])) if name else 0
    return len(name), " ".join(name), role, is_org, role in TITLE_WORDS, offset, len(joined)


class _Resolver:
    """Names introduced in the article, and the speakers seen so far."""

    def __init__(
        self, text: str, paragraphs: Sequence[Span], quoted: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self.title_gender: dict[str, str] = {}
        self.one_word: list[tuple[int, str]] = []  # (position, name) of one-word people
        self.entities: list[_Entity] = []
        self.roles: list[tuple[int, str, str]] = []  # (position, role noun, name)
        self.descriptions: dict[str, str] = {}
        self.history: list[tuple[int, str, bool]] = []  # (position, speaker, is person)
        self._gender: dict[str, str | None] = {}
        self.first_seen: dict[str, int] = {}
        self.first_at: dict[str, int] = {}
        self.quoted = quoted
        self.one_word_names: set[str] = set()
        # short forms of organization names: "EDC", "Suncor" -> the full name
        self.org_long: dict[str, str] = {}
        # (position, word) of one-word organizations standing as subjects ("Google said")
        self.org_subjects: list[tuple[int, str]] = []
        # Words the article writes in lower case: a capitalized one at a sentence start
        # ("Finally", "Part") is then not part of a name.
        self.vocabulary = _Vocabulary(text, paragraphs)
        # "She said it's possible ...": reported speech by a pronoun, resolved when asked.
        self.pronoun_reports: list[tuple[int, str]] = []
        for para in paragraphs:
            if text.find("He ", para.start, para.end) < 0 and (
                text.find("She ", para.start, para.end) < 0
            ):
                continue  # no "He " or "She ": nothing for the regex to find
            for match in _PRONOUN_REPORT.finditer(text, para.start, para.end):
                at = match.start(1)
                opens = at == para.start or (
                    at - 2 >= para.start and text[at - 1].isspace() and text[at - 2] in ".!?"
                )
                if opens and not _inside(quoted, at):
                    gender = "m" if match.group(1) == "He" else "f"
                    self.pronoun_reports.append((match.start(1), gender))
        self.pronoun_report_starts = [pos for pos, _gender in self.pronoun_reports]
        # Every capitalized run, kept for the mention scan below (one regex pass). In a
        # long text, as start, end and paragraph index in machine integers (24 bytes, not
        # about 150 for a tuple and a str; a little slower).
        compact = sum(para.end - para.start for para in paragraphs) > _COMPACT_RUNS
        runs: list[tuple[int, str, int]] = []
        packed = array.array("q")
        for para_index, para in enumerate(paragraphs):
            for match in _NAME_RUN.finditer(text, para.start, para.end):
                start = match.start()
                run = match.group()
                if compact:
                    packed.extend((start, start + len(run), para_index))
                else:
                    runs.append((start, run, para_index))
                if " " in run:
                    self._register(start, run, para.start)
                    continue
                if start >= 2 and text[start - 1].isspace() and text[start - 2].islower():
                    # one word is only a name after a lower-case role noun ("coach Smith"):
                    # decided here, as _register would (stripping it leaves nothing)
                    before_one = text[max(0, start - 30) : start].rsplit(None, 1)
                    if before_one and before_one[-1].lower() in ROLE_NOUNS:
                        self._register(start, run, para.start)
                        continue
                # _one_word wants a comma or a verb of _ONE_WORD_VERBS after the word
                # (most runs have neither: "The president", "In 2019"): tested here first
                end = start + len(run)
                follower = text[end : end + 1]
                if follower == "," or (
                    follower == " "
                    and (
                        text[end + 1 : end + 4] in _ONE_WORD_VERB_HEADS
                        or text[end + 1 : end + 3] in _ONE_WORD_VERB_HEADS
                    )
                ):
                    self._one_word(start, run, para)
        # The words of each name, split once (a name is registered again at each mention).
        words_of = {entity.name: entity.name.split() for entity in self.entities}
        longer = {parts[-1] for parts in words_of.values()}
        # An organization's short forms: its first word ("Suncor" for "Suncor Energy")
        # and its initials ("EDC" for "Export Development Canada").
        person_first = set()
        for entity in self.entities:
            parts = words_of[entity.name]
            if not entity.is_org:
                person_first.add(parts[0])
                continue
            initials = "".join(part[0] for part in parts if part[:1].isupper())
            if len(initials) >= 2:
                self.org_long.setdefault(initials, entity.name)
            if parts[0].lower() not in FUNCTION_WORDS and not _is_place(parts[0]):
                self.org_long.setdefault(parts[0], entity.name)
        self.org_subjects = [
            (start, self.org_long.get(word, word))
            for start, word in self.org_subjects
            if word not in longer
            and word not in self.one_word_names
            and word not in person_first
            and word.lower() not in _GIVEN_NAMES
            and fold(word) not in REGION_BY_KEY  # "Kansas": a state, not who "it" is
        ]
        self.org_subject_starts = [start for start, _word in self.org_subjects]
        for start, word in self.one_word:
            if word not in longer and word not in self.org_long:  # not "Fox" of "Fox News"
                self.entities.append(_Entity(word, start, False))
                self.first_seen.setdefault(word, start)
                if word not in words_of:
                    words_of[word] = word.split()
        # "Covington Catholic" where the article also writes "Covington Catholic High
        # School": the start of an organization's name, so an organization too.
        org_starts: set[str] = set()
        for entity in self.entities:
            if entity.is_org:
                parts = words_of[entity.name]
                if len(parts) > 2:
                    org_starts.update(" ".join(parts[:k]) for k in range(2, len(parts)))
        if org_starts:
            self.entities = [
                _Entity(e.name, e.start, True) if not e.is_org and e.name in org_starts else e
                for e in self.entities
            ]
        self.entities.sort(key=lambda entity: entity.start)
        self.starts = [e.start for e in self.entities]
        self.by_last: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        surnames: dict[str, str] = {}
        for index, entity in enumerate(self.entities):
            parts = words_of[entity.name]
            self.by_last.setdefault(parts[-1], []).append(index)
            self.by_first.setdefault(parts[0], []).append(index)
            if not entity.is_org:
                surnames.setdefault(parts[-1], entity.name)
        self.speakers: list[tuple[int, str]] = []  # "Golden says ...": indirect speech
        self.mentions: list[tuple[int, str]] = []  # every mention of a known person
        # whether that mention stands as a subject: at a sentence start, or before a verb
        self.acting: list[bool] = []
        self.mention_places: dict[str, list[int]] = {}
        person_names = {entity.name for entity in self.entities if not entity.is_org}
        for run_start, run, para_index in runs if not compact else _unpack_runs(text, packed):
            if " " not in run:  # one word: most runs ("The", "But", "Khan")
                if run in surnames and len(run) >= 2 and not _possessive(run):
                    para = paragraphs[para_index]
                    self._mention(run_start, run_start + len(run), surnames[run], para, quoted)
                continue
            run_words = run.split(" ")
            if surnames.keys().isdisjoint(run_words):
                continue  # no known surname in the run (tested in C)
            para = paragraphs[para_index]
            offset = 0
            previous = ""
            for word in run_words:
                word_start = run_start + offset
                offset += len(word) + 1
                given, previous = previous, word
                name = surnames.get(word)
                if name is None or _possessive(word) or len(word) < 2:
                    continue
                if f"{given} {word}" in person_names:
                    name = f"{given} {word}"  # "Mary Nicholson", not the first Nicholson
                self._mention(word_start, word_start + len(word), name, para, quoted, run_start)
        self.speaker_starts = [pos for pos, _name in self.speakers]
        self.mention_starts = [pos for pos, _name in self.mentions]

    def _mention(
        self,
        start: int,
        end: int,
        name: str,
        para: Span,
        quoted: Sequence[tuple[int, int]],
        run_start: int | None = None,
    ) -> None:
        """Record a mention of the known person ``name`` at ``text[start:end]``.

        ``run_start``: where the capitalized run holding the mention starts, so a
        title in front ("Liberal MP Marco Mendicino") still lets it open a sentence.
        """
        text = self.text
        begin = start
        # the given name before a surname mention ("Mary Nicholson"); for a one-word
        # name, the space before it (names are words joined by single spaces)
        space = name.find(" ")
        first = name[:space] if space > 0 else ""
        if begin - len(first) - 1 >= para.start and text.startswith(
            first + " ", begin - len(first) - 1
        ):
            begin -= len(first) + 1
        lead = text[max(para.start, begin - _SUBJECT_LOOKBACK) : begin]
        # Each regex below runs only when a character it needs is there (same answers).
        at_start = begin == para.start or (
            not _SUBJECT_HINTS.isdisjoint(lead) and _SUBJECT_BEFORE.search(lead) is not None
        )
        if (
            not at_start
            and run_start is not None
            and run_start < begin
            and any(_is_title(word) for word in text[run_start:begin].split())
        ):
            run_lead = text[max(para.start, run_start - _SUBJECT_LOOKBACK) : run_start]
            at_start = run_start == para.start or (
                not _SUBJECT_HINTS.isdisjoint(run_lead)
                and _SUBJECT_BEFORE.search(run_lead) is not None
            )
        speaks = _cue_follows(text, end)
        if lead.endswith((" ", " \n")) and not _COURTESY_HINTS.isdisjoint(lead):
            courtesy = _COURTESY_BEFORE.search(lead)
            if courtesy is not None:
                title = courtesy.group(1).lower()
                self.title_gender.setdefault(name, "m" if title in MALE_TITLES else "f")
        self.mention_places.setdefault(name, []).append(end)
        if _inside(quoted, start) or text.startswith(_CREDIT_STARTS, end):
            # a name inside a quotation is not who speaks next, nor is a photo
            # credit's ("(Lauren Pelley / CBC News)")
            return
        comma = text.startswith(",", end)
        # "Tim Guest with the Nova Scotia Health Authority says there are ...":
        # reported speech whose speaker a following quotation paragraph keeps.
        reports = speaks or (
            (at_start or comma)
            and _report_follows(text, end, min(para.end, end + _REPORT_REACH))
            and self._person_like(name)
        )
        if reports:
            self.speakers.append((start, name))
        self.mentions.append((start, name))
        if at_start or speaks:
            self.acting.append(True)
            return
        acts = (
            _VERB_AFTER.match(text, end)
            if text.startswith(" ", end) and "a" <= text[end + 1 : end + 2] <= "z"
            else None
        )
        if acts is not None and _looks_like_verb(acts.group(1)):
            self.acting.append(True)
            return
        # "Kevin Haley, agreed", "Teresa Galati, 56, says"; not after a
        # preposition ("an idea from Frank Clayton, a senior research fellow")
        apposed = (
            # a comma or a dash after the name: "Kevin Haley, agreed", "Marco Mendicino — a ..."
            text.startswith(_APPOSED_STARTS, end)
            and _OBJECT_BEFORE.search(text, max(para.start, begin - 8), begin) is None
            # not itself an appositive: "his father's friend, Martin Legere, gave"
            and not self._appositive_of_noun(max(para.start, begin - 30), begin)
        )
        self.acting.append(apposed)

    def _one_word(self, start: int, word: str, para: Span) -> None:
        """Note a one-word run that is a person, or an organization standing as a subject."""
        # Both need the word to stand as a subject: an appositive or a verb after it.
        # Checked first, as it rules out most runs ("The president", "In 2019").
        end = start + len(word)
        follower = self.text[end : end + 1]
        if follower == ",":
            if _ONE_NAME_APPOSITIVE.match(self.text, end) is None:
                return
        elif follower == " ":
            # (the run loop calls this only where a verb of _ONE_WORD_VERBS may start)
            acts = _VERB_AFTER.match(self.text, end)
            if acts is None or acts.group(1) not in _ONE_WORD_VERBS:
                return
        else:
            return
        if not _may_name(word):
            return
        if self._one_word_person(start, word, para):
            self.one_word.append((start, word))
            self.one_word_names.add(word)
        elif self._org_subject(start, word, para):
            self.org_subjects.append((start, word))

    def _org_subject(self, start: int, word: str, para: Span) -> bool:
        """Whether one word names an organization that acts ("Google said", "IRCC did not").

        A capitalized word or an acronym, standing as a subject (as :meth:`_one_word`
        checked), opening a sentence (or after an opening phrase and its comma, or
        after "group", "company", ...), and never written in lower case in the article.
        """
        text = self.text
        if len(word) < 2 or not (word[1:].isalpha() or (word.isupper() and len(word) <= 6)):
            return False
        lead = text[max(para.start, start - _SUBJECT_LOOKBACK) : start]
        opens = (
            start == para.start
            or _SUBJECT_BEFORE.search(lead) is not None
            or lead.endswith(", ")  # "In a statement, IRCC did not reveal"
            or _ORG_NOUN_BEFORE.search(text, max(para.start, start - 20), start) is not None
        )
        if not opens or _inside(self.quoted, start):
            return False
        return word.lower() not in self.vocabulary

    def _one_word_person(self, start: int, word: str, para: Span) -> bool:
        """Whether one capitalized word is a person known by one name ("Yuni", "Mulder").

        It must stand as a subject (as :meth:`_one_word` checked), not after a
        preposition, never be written in lower case in the article, and be followed
        by "he" or "she" (outside quotation marks) within a sentence or two, with no
        full name in between.
        """
        text = self.text
        end = start + len(word)
        lower = word.lower()
        if (
            len(word) < 3
            or not word[1:].islower()
            or lower in ORG_HEADS
            or lower in THING_HEADS
            or lower.endswith(("s", "ing"))  # "Governments", "Conditioning"
            or _is_place(word)
        ):
            return False
        if _OBJECT_BEFORE.search(text, max(para.start, start - 8), start):
            return False
        if lower in self.vocabulary:
            return False  # "Finally", "Bridge": written in lower case elsewhere
        window_end = min(end + _GENDER_WINDOW, len(text))
        match = _PRONOUN_GENDER.search(text, end, window_end)
        while match is not None and _inside(self.quoted, match.start()):
            match = _PRONOUN_GENDER.search(text, match.end(), window_end)
        if match is None:
            return False
        # no full name in between, whom the pronoun would rather stand for
        return all(" " not in run.group() for run in _NAME_RUN.finditer(text, end, match.start()))

    def _appositive_of_noun(self, start: int, begin: int) -> bool:
        """Whether a person noun and a comma stand right before ``begin`` ("friend, ")."""
        match = _APPOSED_BEFORE.search(self.text, start, begin)
        if match is None:
            return False
        noun = match.group(1)
        return noun in ROLE_NOUNS or noun in PERSON_NOUNS

    def _register(self, start: int, run: str, para_start: int) -> None:
        text = self.text
        words = run.split(" ")
        end = start + len(run)
        # (the regexes below run only when the character they start with is there)
        acronym = _ACRONYM_AFTER.match(text, end) if text[end : end + 2] == " (" else None
        if acronym is not None:
            # "Export Development Canada (EDC)": the acronym stands for the name
            letters = acronym.group(1)
            for k in range(len(words) - 1):
                if "".join(w[0] for w in words[k:] if w[:1].isupper()) == letters:
                    self.org_long.setdefault(letters, " ".join(words[k:]))
                    break
        lead = text[max(para_start, start - 3) : start].rstrip()
        at_start = start == para_start or lead[-1:] in {".", "!", "?", '"', "”", ":", "—", "–", "-"}
        # "Will Young, a locomotive mechanic": two words before an appositive are a
        # name even when the first is also a word ("will", "hope", "grant")
        introduced = (
            len(words) == 2
            and text[end : end + 1] == ","
            and words[0].lower() not in _NOT_GIVEN
            and _ONE_NAME_APPOSITIVE.match(text, end) is not None
        )
        cut = 0  # how many characters of the run the loop drops in front
        while words:
            lower = words[0].lower()
            if not (
                (
                    not introduced
                    and (
                        lower in FUNCTION_WORDS
                        or lower in NAME_PARTICLES
                        or (at_start and len(words) > 1 and lower in self.vocabulary)
                    )
                )
                or (len(words) > 1 and lower.endswith("-based"))
            ):
                break
            # "Finally Demi", "Part of Ian Poulter", "Calgary-based Suncor Energy"
            cut += len(words[0]) + 1
            words = words[1:]
        if not words:
            return
        start += cut
        if len(words) == 1:
            # One word is only registered after a role noun ("coach Smith"): decide fast.
            before_one = text[max(0, start - 30) : start].rsplit(None, 1)
            if not before_one or before_one[-1].lower() not in ROLE_NOUNS:
                return
        # (the words are the run's from ``cut`` on, one space apart)
        named = _run_name(run[cut:] if cut else run)
        if named is None:
            return  # "READ MORE", "CHINA TALK": section labels, not names
        count, full, role, is_org, titled, offset, length = named
        if not is_org:
            before = text[max(0, start - 30) : start].rsplit(None, 1)
            if before and before[-1].lower() in ROLE_NOUNS:
                role = before[-1].lower()
        if count < 2 and not (role and count):
            return
        if count == 1 and titled and not is_org:
            # "Hereditary Chief Na'moks": a person known by one name, kept if no
            # longer name ends with it (checked once all runs are read)
            self.one_word.append((start + offset, full))
        if count >= 2:
            self.entities.append(_Entity(full, start + offset, is_org))
            self.first_seen.setdefault(full, start + offset)
        if role and not is_org:
            self.roles.append((start, role, full))
        if count >= 2 and not is_org and text.startswith(", ", start + length):
            # "Andre Campbell, the bow-tied maverick, ...": "the maverick" is him later
            end = start + length
            head = _appositive_head(text[end : end + _APPOSITIVE_REACH])
            if head:
                self.roles.append((start, head, full))

    def note_role(self, position: int, description: str | None, name: str) -> None:
        if not description:
            return
        for word in description.replace(",", " ").split():
            bare = word.lower().strip(".")
            if bare in ROLE_NOUNS or bare in HEAD_TITLES:
                self.roles.append((position, bare, name))

    def gender(self, name: str) -> str | None:
        """ "m" or "f" by the pronoun that most often follows the person's first mentions."""
        if name in self._gender:
            return self._gender[name]
        given = name.split()[0].lower()
        if name in self.title_gender:
            self._gender[name] = self.title_gender[name]
            return self._gender[name]
        if given in MALE_GIVEN_NAMES or given in FEMALE_GIVEN_NAMES:
            self._gender[name] = "m" if given in MALE_GIVEN_NAMES else "f"
            return self._gender[name]
        places = self.mention_places.get(name, [])[:_GENDER_MENTIONS]
        first = self.first_seen.get(name)
        if first is not None:
            places = [first, *places]
        votes = {"m": 0, "f": 0}
        for place in places:
            window_end = min(len(self.text), place + len(name) + _GENDER_WINDOW)
            match = _PRONOUN_GENDER.search(self.text, place + 1, window_end)
            while match is not None and _inside(self.quoted, match.start()):
                # a pronoun inside a quotation is someone the speaker talks about
                match = _PRONOUN_GENDER.search(self.text, match.end(), window_end)
            if match is not None and self._other_between(name, place + 1, match.start()):
                continue  # "Gokool ... Lametti might ... his": the pronoun is Lametti's
            if match is not None:
                votes["m" if match.group(1) else "f"] += 1
        result = None if votes["m"] == votes["f"] else max(votes, key=lambda g: votes[g])
        self._gender[name] = result
        return result

    def full_name(self, mention: str, position: int) -> tuple[str, bool]:
        """The article's full name for ``mention`` and whether it is an organization."""
        words, _role = _name_words(_before_of(mention.split()))
        while len(words) > 1 and (words[0].lower() == "the" or words[0].lower() in self.vocabulary):
            words = words[1:]
        if not words:
            return mention, False
        found = self._nearest(self.by_last.get(words[-1], []), position, words)
        if found is None and len(words) == 1:
            # "Wang" for "Wang Qishan": names written family name first, but only
            # when the word first appears inside that name ("Facebook" written before
            # "Facebook Research" is not short for it)
            found = self._nearest(self.by_first.get(words[0], []), position, None)
            if found is not None and self._first_at(words[0]) < found.start:
                found = None
        if found is not None:
            return found.name, found.is_org
        if len(words) == 1 and words[0] in self.org_long:
            return self.org_long[words[0]], True  # "Suncor" for "Suncor Energy", "EDC"
        return " ".join(words), _is_org(words)

    def _other_between(self, name: str, start: int, end: int) -> bool:
        """Whether a mention of a person other than ``name`` starts in ``[start, end)``."""
        index = bisect.bisect_left(self.mention_starts, start)
        while index < len(self.mentions) and self.mentions[index][0] < end:
            if self.mentions[index][1] != name:
                return True
            index += 1
        return False

    def _first_at(self, word: str) -> int:
        """Where ``word`` first occurs in the text (remembered: asked once per word)."""
        at = self.first_at.get(word)
        if at is None:
            at = self.first_at[word] = self.text.find(word)
        return at

    def _nearest(
        self, indices: list[int], position: int, words: list[str] | None
    ) -> _Entity | None:
        """The entity nearest before ``position`` (else after) that ends with ``words``."""
        where = bisect.bisect_left(indices, bisect.bisect_left(self.starts, position))
        order = (
            *reversed(indices[max(0, where - _SEARCH) : where]),
            *indices[where : where + _SEARCH],
        )
        for index in order:
            entity = self.entities[index]
            parts = entity.name.split()
            if words is None:
                if not entity.is_org:
                    return entity
            elif len(parts) >= len(words) and parts[-len(words) :] == words:
                return entity
        return None

    def _recent_person(self, position: int, gender: str | None) -> str | None:
        """The person "he" or "she" at ``position`` most likely stands for.

        Candidates, most recent first, go back at most ``_PRONOUN_REACH``
        characters: earlier quotation speakers and mentions of people standing
        as subjects ("Lohmar said", "Scheer found", a name opening a sentence),
        never names inside quotation marks. The first whose gender fits or is
        unknown wins (a gender known to differ rules a person out). Failing
        that, the most recent mention of any kind whose gender is known to fit.
        """
        floor = position - _PRONOUN_REACH
        candidates: list[tuple[int, str]] = [
            (pos, speaker)
            for pos, speaker, is_person in self.history[-_SEARCH:]
            if is_person and floor <= pos <= position  # not a speaker quoted later on
        ][-_CANDIDATES:]
        index = bisect.bisect_left(self.mention_starts, position)
        fallback: str | None = None
        for k in range(index - 1, max(-1, index - 1 - _SEARCH), -1):
            pos, name = self.mentions[k]
            if pos < floor:
                break
            if self.acting[k]:
                candidates.append((pos, name))
            elif (
                fallback is None
                and gender is not None
                and self.gender(name) == gender
                and self._person_like(name)
            ):
                fallback = name
        candidates.sort(key=lambda candidate: candidate[0])
        unknown: str | None = None
        for pos, name in reversed(candidates):
            if not self._person_like(name):
                continue
            found = self.gender(name)
            if gender is None or found == gender:
                return name
            if found is None and unknown is None:
                if position - pos <= _PRONOUN_NEAR:
                    return name  # "Jamil acknowledges ... / "...," she said."
                unknown = name
        if fallback is not None:
            return fallback
        if unknown is not None:
            return unknown
        index = bisect.bisect_left(self.mention_starts, position)
        for _pos, name in reversed(self.mentions[max(0, index - 50) : index]):
            if gender is None or self.gender(name) == gender:
                return name
        return None

    def _recent_pair(self, position: int) -> str | None:
        """Two people who stand together as the last subject before "they".

        "Stella's owners Tore Sohlberg and Lehla Abreder said ... “...,” they said"
        gives "Tore Sohlberg and Lehla Abreder" (both must be people of the article).
        """
        start = max(0, position - _PAIR_REACH)
        last: regex.Match[str] | None = None
        for match in _PAIR.finditer(self.text, start, position):
            last = match
        if last is None:
            return None
        names = []
        for group in (1, 2):
            name, is_org = self.full_name(last.group(group), last.start(group))
            if is_org or not self._person_like(name):
                return None
            names.append(name)
        return f"{names[0]} and {names[1]}"

    def _person_like(self, name: str) -> bool:
        """Whether ``name`` may be a person.

        Not when a word of it is a common word of the article ("Western Canadian",
        "Food And Wine"), a party or an organization word, or a word with an inner
        capital ("GasLink"; "McCallum", "DeLaet" and "O'Neill" are names).
        """
        words = name.split()
        given = words[0].lower() in _GIVEN_NAMES
        return not any(
            (word.lower() in self.vocabulary and not given)
            or word.lower() in NOT_NAME_WORDS
            or (word.lower() in FUNCTION_WORDS and not given)  # "Theresa May"
            or not word[-1:].isalpha()
            or _INNER_CAPITAL.search(word) is not None
            for word in words
        )

    def recent_speaker(self, start: int, end: int) -> tuple[int, str] | None:
        """The last person said to speak (indirect speech) in ``[start, end)``."""
        index = bisect.bisect_left(self.speaker_starts, end)
        named = self.speakers[index - 1] if index and self.speakers[index - 1][0] >= start else None
        index = bisect.bisect_left(self.pronoun_report_starts, end)
        if index and self.pronoun_reports[index - 1][0] >= start:
            pos, gender = self.pronoun_reports[index - 1]
            if named is None or named[0] < pos:
                person = self._recent_person(pos, gender)
                if person is not None:
                    return pos, person
        return named

    def _recent_org(self, position: int) -> str | None:
        """The organization "it" or "the company" at ``position`` stands for.

        The later of the last organization quoted and the last one-word
        organization written as a subject ("Google said"); else the last
        organization named.
        """
        quoted: tuple[int, str] | None = None
        for pos, speaker, is_person in reversed(self.history[-_SEARCH:]):
            if not is_person:
                quoted = (pos, speaker)
                break
        index = bisect.bisect_left(self.org_subject_starts, position)
        subject = self.org_subjects[index - 1] if index else None
        if subject is not None and position - subject[0] > _PRONOUN_REACH:
            subject = None
        if subject is not None and (quoted is None or subject[0] > quoted[0]):
            return subject[1]
        if quoted is not None:
            return quoted[1]
        index = bisect.bisect_left(self.starts, position)
        for entity in reversed(self.entities[max(0, index - 50) : index]):
            last = entity.name.split()[-1].lower()
            if entity.is_org and last not in THING_HEADS and entity.name not in _NOT_SPEAKERS:
                return entity.name  # not a place or a day ("Middle East", "Nova Scotia")
        return None

    def resolve(self, np: _NP, position: int) -> tuple[str | None, bool]:
        mention = self.text[np.start : np.end]
        words = mention.split()
        head = words[-1].lower()
        if (
            words[0].lower() in _INDEFINITE
            and (head not in STATEMENT_HEADS or head in ROLE_NOUNS)
            and np.kind == "common"
        ):
            # "a citizen wrote", "one of the players says": someone the article does
            # not name, so the words themselves are the speaker (not an earlier name);
            # kept as a description, which "the official" later refers back to
            return mention, False
        if np.kind == "other":
            words = mention.lower().split()
            if words[0] == "the":
                for pos, role, name in reversed(self.roles[-_SEARCH:]):
                    if role == words[-1] and pos < position:
                        return self.full_name(name, pos)[0], True
                if words[-1].endswith(("-old", "man", "woman")) or len(words) > 2:
                    return self._recent_person(position, None), True  # "the 46-year-old"
            return None, False
        if np.kind == "pronoun":
            word = mention.lower()
            if word in PERSON_PRONOUNS:
                return self._recent_person(position, {"he": "m", "she": "f"}[word]), True
            if word == "it":
                return self._recent_org(position), False
            if word == "they":
                return self._recent_pair(position), True
            return None, False
        if np.kind == "common":
            words = mention.split()
            head = words[-1].lower()
            if head in STATEMENT_HEADS:
                named = [w for w in words[1:-1] if w[:1].isupper()]
                if named:
                    return self.full_name(" ".join(named), position)
                if words[0].lower() in {"his", "her"}:
                    return self._recent_person(
                        position, "m" if words[0].lower() == "his" else "f"
                    ), True
                return self._recent_org(position), False
            if words[0].lower() == "the":
                for pos, role, name in reversed(self.roles[-_SEARCH:]):
                    if role == head and pos < position:
                        return self.full_name(name, pos)[0], True
                index = bisect.bisect_left(self.starts, position)
                for entity in reversed(self.entities[max(0, index - _SEARCH) : index]):
                    parts = entity.name.lower().split()
                    if head in ORG_NOUNS and parts[-1].rstrip(".") == head:
                        if self.text[max(0, entity.start - 4) : entity.start] in {"and ", " of "}:
                            # only the end of a name ("Truth and | Reconciliation
                            # Commission"): keep "the commission" as written
                            return mention, False
                        return entity.name, False
                for _pos, speaker, is_person in reversed(self.history[-_SEARCH:]):
                    if not is_person and head in speaker.lower().split():
                        return speaker, False
                if head in ORG_NOUNS and head not in {"statement", "report", "study", "survey"}:
                    org = self._recent_org(position)
                    if org is not None:
                        return org, False
                if (head in ROLE_NOUNS or head in PERSON_NOUNS) and head not in KINSHIP_NOUNS:
                    # an epithet for the person just written about: "the rookie defenceman"
                    # (not "the father": someone's relative, not that person)
                    person = self._recent_person(position, None)
                    if person is not None:
                        return person, True
            return mention, False
        name_start = np.name_start if np.name_start is not None else np.start
        if mention.split()[-1].lower() in {"republican", "democrat"} and (
            mention.lower().startswith("the ")
            or self.text[max(0, np.start - 4) : np.start].lower() == "the "
        ):
            # "the Kentucky Republican said": the politician just written about
            return self._recent_person(position, None), True
        name, is_org = self.full_name(self.text[name_start : np.end], position)
        return name, not is_org


def _is_org(words: Sequence[str]) -> bool:
    last = words[-1].lower() if words else ""
    if last in THING_HEADS:
        return True  # not a person: "Christmas Day", "Mediterranean Sea"
    if words and len(words[-1]) >= 2 and words[-1].isupper() and words[-1].isalpha():
        return True  # "CNN", "IG"
    return (
        last in ORG_HEADS
        or last.rstrip(".") in ORG_HEADS
        or (len(words) == 1 and words[0].isupper())
    )


def _may_name(word: str) -> bool:
    """Whether one capitalized word may name someone: not a common opener, a month or a title."""
    lower = word.lower()
    return (
        word.isalpha()
        and lower not in FUNCTION_WORDS
        and lower not in NOT_NAME_WORDS
        and lower not in MONTHS
        and not _is_title(word)
    )


# How many words _is_place keeps (it is asked about one-word names, 1.5 us a call).
_PLACE_WORDS: Final = 4096


@functools.lru_cache(maxsize=_PLACE_WORDS)  # pure: the answer depends on the word alone
def _is_place(word: str) -> bool:
    """A country, a state or province, or a city that datelines name alone ("Moscow")."""
    key = fold(word)
    return key in COUNTRY_BY_KEY or key in REGION_BY_KEY or key in STANDALONE_BY_KEY


def _is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS or word.lower().rstrip(".") in TITLE_WORDS


# ---------------------------------------------------------------- main


def find_quotes(
    text: str,
    *,
    paragraphs: Sequence[Span] | None = None,
    people: Sequence[Person] = (),
    indirect: bool = False,
) -> tuple[Quote, ...]:
    """Find the quotations in ``text`` (only inside ``paragraphs`` when given).

    ``paragraphs`` are the body paragraph spans (``parse_article`` passes them);
    without them, ``text`` is segmented with :func:`wireparse.text.segment_paragraphs`.
    ``people`` (bylines, contributors) are never taken as speakers. With
    ``indirect``, reported speech without quotation marks is found too, as quotes
    of kind ``"indirect"`` ("Khan said the strikes were a warning."); it is off by
    default because it roughly doubles the time of this function.

    >>> text = 'Pakistan named its operation “Marg Bar Sarmachar,” officials said.'
    >>> [(q.text, q.kind) for q in find_quotes(text)]
    [('Marg Bar Sarmachar,', 'term')]
    >>> text = 'Abdullah Khan is an analyst.\\n\\n“It had to respond,” Khan said.'
    >>> [(q.speaker, q.speaker_mention.text, q.paragraph) for q in find_quotes(text)]
    [('Abdullah Khan', 'Khan', 1)]
    >>> text = "Khan said the strikes were a warning."
    >>> [(q.text, q.speaker, q.kind) for q in find_quotes(text, indirect=True)]
    [('the strikes were a warning', 'Khan', 'indirect')]
    >>> find_quotes("No quotation here.")
    ()
    """
    check_text(text, function="find_quotes")
    marked = any(mark in text for mark in _MARKS)
    if not marked and not (indirect and _INDIRECT_GATE.search(text)):
        return ()  # no quotation mark and no reporting verb: nothing to find
    spans = tuple(paragraphs) if paragraphs is not None else segment_paragraphs(text)
    shared = _Shared(text, spans)
    quotes = _find_direct(text, spans, people, shared) if marked else []
    if indirect:
        reported = _find_indirect(text, spans, people, shared)
        if reported:
            return tuple(sorted([*quotes, *reported], key=lambda quote: quote.span.start))
    return tuple(quotes)


class _Shared:
    """What the direct and the indirect pass share: the quoted ranges and the resolver."""

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self.text = text
        self.spans = spans
        self.masked: list[tuple[int, int]] = []
        self.resolver: _Resolver | None = None

    def get(self) -> _Resolver:
        """The name tables of the body, built on first use (many articles never need them)."""
        if self.resolver is None:
            self.resolver = _Resolver(self.text, self.spans, self.masked)
        return self.resolver


# The longest body (characters) whose mark positions are listed at once.
_MARK_LIST_LIMIT: Final = 1 << 18
_MATCH_START: Final = regex.Match.start


def _mark_positions(text: str, spans: Sequence[Span]) -> list[int]:
    """The indexes of the quotation marks between the first and the last paragraph's ends.

    Found with ``str.find``, one mark character at a time: seven passes in C cost less
    than one regex scan for a class of characters (7 against 55 us on an AP article).
    """
    if not spans:
        return []
    low = min(para.start for para in spans)
    high = max(para.end for para in spans)
    found: list[int] = []
    for mark in _MARKS:
        at = text.find(mark, low, high)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, high)
    found.sort()
    return found


# What may stand right before a quotation that opens a sentence (after its sentence end).
_OPENING_MARKS: Final = frozenset({_QUOTE_TOKEN, ":"})


class _Stretch:
    """Tokens of one paragraph dense with quotations, from ``first`` to ``last``.

    Both ends are places where the paragraph may be cut (see :func:`_dense_cut`), so its
    tokens are those of the whole paragraph there, and a window is a slice of them. It
    starts at the first window and grows as far as the windows need: the words before
    the first quotation's sentence and after the last one's are not read.
    """

    __slots__ = ("ends", "first", "last", "masked", "para", "paragraph", "starts", "text", "toks")

    def __init__(
        self, text: str, paragraph: int, para: Span, masked: list[tuple[int, int]], start: int
    ) -> None:
        self.text = text
        self.paragraph = paragraph
        self.para = para
        self.masked = masked
        self.first = self.last = _dense_cut(text, start, para, masked, backward=True)
        self.toks: list[_Tok] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def cover(self, at: int) -> None:
        """Grow the stretch to a cut at or after ``at``."""
        if self.last >= at:
            return
        last = _dense_cut(self.text, at, self.para, self.masked)
        toks = _tokens(self.text, self.last, last, self.masked)
        self.toks.extend(toks)
        self.starts.extend(map(_START, toks))
        self.ends.extend(map(_END, toks))
        self.last = last

    def sentence(self, start: int, end: int) -> list[_Tok]:
        """The tokens inside ``[start, end)`` up to the first sentence end, as a window."""
        while True:
            found = _window(self.toks, self.starts, self.ends, start, end, one_sentence=True)
            if (found and found[-1].text in _SENTENCE_END) or self.last >= end:
                return found
            # No sentence end yet: grow to the next character that may be one.
            target = end
            for end_mark in ".!?":
                at = self.text.find(end_mark, self.last, target)
                if at >= 0:
                    target = at + 1
            self.cover(target)


def _find_direct(
    text: str, spans: Sequence[Span], people: Sequence[Person], state: _Shared
) -> list[Quote]:
    """The quotations between marks (kinds ``"speech"`` and ``"term"``), in order."""
    raws: list[_Raw] = []
    # The marks of the whole body are found at once (see _mark_positions); a paragraph
    # without one holds no quotation (not even the end of a carried one) and is not
    # scanned. A long text's marks are read as the scan goes: a list of them all takes
    # about 44 bytes a mark at its peak (44 MB for 1,000,000 quotation marks).
    extent = max(para.end for para in spans) - min(para.start for para in spans) if spans else 0
    marks = _mark_positions(text, spans) if extent <= _MARK_LIST_LIMIT else None
    for index, para in enumerate(spans):
        para_marks: Iterable[int]
        if marks is None:
            para_marks = map(_MATCH_START, _MARK.finditer(text, para.start, para.end))
        else:
            first = bisect.bisect_left(marks, para.start)
            if first == len(marks) or marks[first] >= para.end:
                continue
            para_marks = marks[first : bisect.bisect_left(marks, para.end, first)]
        carried = bool(
            raws
            and raws[-1].close_at is None
            and raws[-1].paragraph == index - 1
            and text[para.start : para.start + 1] not in _MARKS
        )
        raws.extend(_scan(text, para.start, para.end, index, para_marks, carried=carried))
    if not raws:
        return []
    byline_names = {person.name for person in people}
    masked = [
        (r.open_at, (r.close_at + 1) if r.close_at is not None else r.inner.end) for r in raws
    ]
    state.masked = masked
    get_resolver = state.get

    # Pass 1: each quotation's own attribution, read from the words around it.
    local: list[_Attribution | None] = []
    # The tokens of the current paragraph when it is dense with quotations (see below).
    stretch: _Stretch | None = None
    per_paragraph: dict[int, int] = {}
    for raw in raws:
        per_paragraph[raw.paragraph] = per_paragraph.get(raw.paragraph, 0) + 1
    terms: list[bool] = []
    opens_sentence: list[bool] = []
    sentence_starts: list[int] = []
    for raw in raws:
        para = spans[raw.paragraph]
        left_start = max(para.start, raw.open_at - _LEFT_WINDOW)
        # Only the sentence before the mark matters: start after the last sentence end.
        left_start = _sentence_start(text, left_start, raw.open_at)
        sentence_starts.append(left_start)
        dense = (
            per_paragraph[raw.paragraph] * (_LEFT_WINDOW + _RIGHT_WINDOW) >= para.end - para.start
        )
        right_end = (
            min(para.end, raw.close_at + 1 + _RIGHT_WINDOW) if raw.close_at is not None else 0
        )
        long = para.end - para.start > _DENSE_STRETCH
        if dense and (
            stretch is None
            or stretch.paragraph != raw.paragraph
            or left_start < stretch.first
            or (long and max(raw.open_at, right_end) > stretch.last)
        ):
            # A paragraph dense with quotations is tokenized once and each quotation's
            # windows are slices of it; elsewhere only the windows are tokenized. The
            # stretch starts where this quotation's window does and grows as the later
            # quotations need. A long paragraph goes in stretches of about _DENSE_STRETCH
            # characters, so that its tokens are never all kept at once, each from a full
            # left window before its first quotation: a later one's window never starts
            # before that (a sentence start found in a shorter window may).
            if long:
                start = max(para.start, raw.open_at - _LEFT_WINDOW)
                stretch = _Stretch(text, raw.paragraph, para, masked, start)
                stretch.cover(max(raw.open_at, right_end, stretch.first + _DENSE_STRETCH))
            else:
                stretch = _Stretch(text, raw.paragraph, para, masked, left_start)
        if dense:
            assert stretch is not None
            if not long:
                # Up to the first possible sentence end after the quotation: the right
                # window mostly ends there (a window that does not is grown below).
                target = raw.open_at
                if raw.close_at is not None:
                    target = right_end
                    for end_mark in ".!?":
                        at = text.find(end_mark, raw.close_at + 1, target)
                        if at >= 0:
                            target = at + 1
                stretch.cover(target)
            left = _window(stretch.toks, stretch.starts, stretch.ends, left_start, raw.open_at)
        else:
            left = _tokens(text, left_start, raw.open_at, masked)
        attribution: _Attribution | None = None
        if raw.close_at is not None:
            if dense:
                assert stretch is not None
                right = stretch.sentence(raw.close_at + 1, right_end)
            else:
                right = _tokens(text, raw.close_at + 1, right_end, masked, one_sentence=True)
            attribution = _right_attribution(text, right)
        left_attribution = _left_attribution(text, left)
        starts_sentence = (
            not left or left[-1].text in _SENTENCE_END or left[-1].text in _OPENING_MARKS
        )
        if left_attribution is not None and (attribution is None or not starts_sentence):
            attribution = left_attribution
        local.append(attribution)
        right_side = attribution is not None and attribution.side == "right"
        terms.append(
            _is_term(text, left, raw) or (not right_side and _is_title_case(text, raw.inner))
        )
        opens_sentence.append(starts_sentence)

    # Pass 2: resolve speakers in reading order, inheriting where the quote has none.
    mates = _mates(raws, local)
    quotes: list[Quote] = []
    resolved: dict[int, tuple[str | None, Mention | None, str | None, str | None]] = {}
    last_speaker_paragraph: int | None = None
    last_speaker_start = -1
    last_resolved: tuple[str | None, Mention | None, str | None, str | None] | None = None

    def resolve(n: int) -> tuple[str | None, Mention | None, str | None, str | None]:
        if n in resolved:
            return resolved[n]
        attribution = local[n]
        if attribution is None:  # only called for attributed quotations
            return (None, None, None, None)
        np = attribution.np
        resolver = get_resolver()
        # A subject before the mark is resolved where it stands: "McCallum told media
        # that he thinks Meng has “...”" must not take Meng, written after "he".
        position = min(raws[n].open_at, np.end)
        if attribution.side == "right" and np.kind == "pronoun" and not opens_sentence[n]:
            # "Porters like Grizzle recognized they had to fight “...,” he writes": a
            # name in the quotation's own sentence is part of what is reported
            position = sentence_starts[n]
        speaker, is_person = resolver.resolve(np, position)
        if speaker is not None and speaker in byline_names:
            speaker = None
        description = np.description
        if speaker is not None:
            if description:
                resolver.descriptions.setdefault(speaker, description)
                resolver.note_role(np.start, description, speaker)
            else:
                description = resolver.descriptions.get(speaker)
            resolver.history.append((raws[n].open_at, speaker, is_person))
        mention: Mention | None = _mention_of(text, np)
        resolved[n] = (speaker, mention, description, attribution.cue)
        return resolved[n]

    for n, raw in enumerate(raws):
        result: tuple[str | None, Mention | None, str | None, str | None] | None = None
        own = local[n] is not None
        if own:
            result = resolve(n)
        shared = mates[n]
        if result is not None and result[0] is None and shared is not None:
            # "the street said": no speaker named here, so the paragraph's speaker
            result = (*resolve(shared)[:3], result[3])
        elif not own:
            mate = mates[n]
            if mate is not None:
                result = resolve(mate)
            elif opens_sentence[n]:
                # A quotation that is a sentence of its own: the speaker of the previous
                # quote or of the reported speech just before it ("Young said ...").
                window = spans[max(0, raw.paragraph - _CARRY_PARAGRAPHS)].start
                resolver = get_resolver()
                reported = resolver.recent_speaker(window, raw.open_at)
                if reported is None and raw.paragraph + 1 < len(spans):
                    after = spans[raw.paragraph + 1].start
                    reported = resolver.recent_speaker(after, after + _FORWARD_REACH)
                if (
                    last_resolved is not None
                    and last_speaker_paragraph is not None
                    and 0 < raw.paragraph - last_speaker_paragraph <= _CARRY_PARAGRAPHS
                    and (reported is None or not last_speaker_start < reported[0] < raw.open_at)
                ):
                    result = last_resolved
                elif reported is not None:
                    result = (reported[1], None, resolver.descriptions.get(reported[1]), None)
        if terms[n]:
            kind = "term"
        elif own or (
            result is not None
            and (_sentence_like(text, raw.inner) or _word_count(text, raw.inner) > _TERM_MAX_WORDS)
        ):
            kind = "speech"
        elif _word_count(text, raw.inner) <= _TERM_MAX_WORDS and not _sentence_like(
            text, raw.inner
        ):
            kind = "term"
        else:
            kind = "speech"
        if kind == "term":
            result = None
        speaker, mention, description, cue = (
            result if result is not None else (None, None, None, None)
        )
        if result is not None and speaker is not None:
            last_resolved = result
            last_speaker_paragraph = raw.paragraph
            last_speaker_start = raw.open_at
        quotes.append(
            Quote(
                text=text[raw.inner.start : raw.inner.end],
                span=raw.inner,
                speaker=speaker,
                speaker_mention=mention,
                speaker_description=description,
                cue=cue,
                paragraph=raw.paragraph,
                kind=kind,
            )
        )
    return quotes


def _mention_of(text: str, np: _NP) -> Mention:
    """The speaker's words where they stand (the name without its title, if any)."""
    start = np.name_start if np.name_start is not None and np.name_start > np.start else np.start
    return Mention(text[start : np.end], Span(start, np.end))


# How many characters of a dense paragraph are tokenized at a time (see find_quotes).
_DENSE_STRETCH: Final = 65536


def _dense_cut(
    text: str, at: int, para: Span, masked: Sequence[tuple[int, int]], *, backward: bool = False
) -> int:
    """A place at or before (``backward``) or after ``at`` where a dense paragraph may be cut.

    The paragraph's start or end, or a space inside it outside every quotation: no
    token holds a space, so the tokens on each side are those of the whole paragraph.
    """
    while True:
        if backward:
            cut = text.rfind(" ", para.start, at + 1)
            if cut < 0:
                return para.start
        else:
            cut = text.find(" ", at, para.end)
            if cut < 0:
                return para.end
        index = bisect.bisect_right(masked, (cut, cut)) - 1
        holding = [m for m in masked[max(0, index - 2) : index + 2] if m[0] <= cut < m[1]]
        if not holding:
            return cut
        if backward:
            at = min(m[0] for m in holding) - 1
            if at < para.start:
                return para.start
        else:
            at = max(m[1] for m in holding)
            if at >= para.end:
                return para.end


def _mates(raws: Sequence[_Raw], local: Sequence[_Attribution | None]) -> list[int | None]:
    """For each quotation, an attributed one it shares a speaker with (or None).

    First the AP chain it belongs to (a quotation left open at a paragraph end and
    continued by the next paragraph's first one), then its own paragraph (the
    nearest attributed quotation before it, else after it). Linear in the count.
    """
    count = len(raws)
    chain = list(range(count))
    for n in range(1, count):
        if (
            raws[n - 1].close_at is None
            and raws[n - 1].paragraph == raws[n].paragraph - 1
            and _first_in_paragraph(raws, n)
        ):
            chain[n] = chain[n - 1]
    chain_first: dict[int, int] = {}
    for n in range(count):
        if local[n] is not None:
            chain_first.setdefault(chain[n], n)
    before: list[int | None] = [None] * count
    after: list[int | None] = [None] * count
    last: int | None = None
    for n in range(count):
        if n and raws[n].paragraph != raws[n - 1].paragraph:
            last = None
        before[n] = last
        if local[n] is not None:
            last = n
    last = None
    for n in range(count - 1, -1, -1):
        if n + 1 < count and raws[n].paragraph != raws[n + 1].paragraph:
            last = None
        after[n] = last
        if local[n] is not None:
            last = n
    mates: list[int | None] = []
    for n in range(count):
        in_chain = chain_first.get(chain[n])
        mate = in_chain if in_chain is not None and in_chain != n else None
        mates.append(mate if mate is not None else before[n] if before[n] is not None else after[n])
    return mates


def _first_in_paragraph(raws: Sequence[_Raw], k: int) -> bool:
    return k == 0 or raws[k - 1].paragraph != raws[k].paragraph


# ---------------------------------------------------------------- indirect speech



def _word_trie(words: frozenset[str]) -> str:
    """A regex alternation of ``words`` with shared prefixes factored out.

    ``said|says|say`` becomes ``sa(?:id|y(?:s)?)``: the engine tries each prefix once
    instead of every word at every position (about twice as fast on real text).
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [regex.escape(char) + pattern(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        ends_here = "" in node
        body = branches[0] if len(branches) == 1 and not ends_here else f"(?:{'|'.join(branches)})"
        return body + ("?" if ends_here else "")

    return pattern(tree)


# A reporting verb somewhere in the text: without one there is no indirect speech.
# Compiled with the standard library's ``re``, which scans this plain word trie about
# 1.5x faster than ``regex`` does (side by side on the GGT bodies); no other feature needed.
_INDIRECT_GATE: Final = re.compile(
    r"\b" + _word_trie(INDIRECT_CUES | {"according to", "According to"}) + r"\b"
)
# A sentence end: . ! or ? and the space before the next sentence's first letter.
_SENTENCE_BREAK: Final = regex.compile(
    r"""
    [.!?]                  # the sentence's end
    [)\]’']{0,2}           # a closing bracket or single quote after it
    [ \t\n]{1,4}           # the space between
    (?=[(\[‘']?[\p{Lu}\d])  # before the next sentence's capital or digit
    """,
    regex.VERBOSE,
)
# Words after the cue that are not yet what is reported: "said Tuesday", "said in a statement".
_AFTER_CUE: Final = regex.compile(
    r"""
    (?:[ ](?:on[ ])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today
        |yesterday|last[ ]week|this[ ]week|earlier|later|recently|previously))?
    (?:[ ]in[ ](?:a|an|the|his|her|its|their)[ ]
        (?:statement|interview|release|news[ ]release|email|e-mail|letter|report
        |post|tweet|speech|filing|note|memo)(?:[ ][a-z]{1,12}){0,2}?)?
    ,?[ ](?:that[ ])?
    """,
    regex.VERBOSE,
)
# A reported statement has at least this many words.
_INDIRECT_MIN_WORDS: Final = 4
# "CLAUSE, X said ...": the attribution after the last comma is at most this long.
_INDIRECT_TAIL: Final = 20
# The cue of "X said ..." stands within this many tokens of the sentence start.
_INDIRECT_CUE_REACH: Final = 40


_CONJUNCTIONS: Final = frozenset({"but", "and", "so", "yet", "still", "also"})


def _closes_sentence(toks: Sequence[_Tok], np_end: int) -> bool:
    """Whether an attribution whose speaker ends at ``np_end`` also ends the sentence.

    A few words may follow ("in a statement", "on Tuesday"), or an appositive
    (", CEO and founder of ..."), but not a clause ("says the school has ...").
    """
    rest = [t for t in toks if t.start >= np_end]
    if rest and rest[0].lower in CUE_VERBS:
        rest = rest[1:]  # "..., the CEO said." / "..., she says, and ..."
    while rest and rest[0].lower in ATTRIBUTION_TIMES:
        rest = rest[1:]  # "..., he said last week"
    if not rest or rest[0].text == "," or rest[0].lower in ATTRIBUTION_TAIL:
        return True
    # "he told The Canadian Press", "said the ministry's spokesman": no verb after it
    return len(rest) <= 6 and all(
        t.is_cap or not t.is_word or t.lower in DETERMINERS or t.lower in ATTRIBUTION_TAIL
        for t in rest
    )


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, split at ``. `` before a capital (not "Sen. Ted")."""
    out: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        stop = match.start() + 1
        word = text[max(begin, stop - 14) : stop].split()[-1:] or [""]
        bare = word[0].rstrip(".").lower()
        if text[match.start()] == "." and (
            bare in ABBREVIATIONS or len(bare) <= 1 or "." in bare or bare.isupper()
        ):
            continue  # "Sen. John McCain", "Paul A. Engelmayer", "U.S. District"
        out.append((begin, stop))
        begin = match.end()
    if begin < end:
        out.append((begin, end))
    return out


def _find_indirect(
    text: str,
    spans: Sequence[Span],
    people: Sequence[Person],
    shared: _Shared,
) -> list[Quote]:
    """Reported speech without quotation marks, one quote per sentence.

    Three forms, in sentences that hold no quotation mark:
    ``X said (that) CLAUSE.`` (the subject within the sentence's first words,
    ``told`` with its object, "on Tuesday" or "in a statement" skipped),
    ``CLAUSE, X said.`` and ``According to X, CLAUSE.``
    """
    byline_names = {person.name for person in people}
    found: list[Quote] = []
    if not spans:
        return found
    # Where the reporting verbs and the quotation marks are: one pass over the body each.
    low, high = min(para.start for para in spans), max(para.end for para in spans)
    cues = [match.start() for match in _INDIRECT_GATE.finditer(text, low, high)]
    if not cues:
        return found
    marks = _mark_positions(text, spans)
    for index, para in enumerate(spans):
        at = bisect.bisect_left(cues, para.start)
        if at == len(cues) or cues[at] >= para.end:
            continue  # no reporting verb in this paragraph
        for start, end in _sentences(text, para.start, para.end):
            at = bisect.bisect_left(cues, start)
            if at == len(cues) or cues[at] >= end:
                continue  # no reporting verb in this sentence
            at = bisect.bisect_left(marks, start)
            if at < len(marks) and marks[at] < end:
                continue  # a sentence with quotation marks is the direct pass's
            quote = _indirect_in(text, start, end, index, shared)
            if quote is not None and quote.speaker not in byline_names:
                found.append(quote)
    return found


def _indirect_in(
    text: str, start: int, end: int, paragraph: int, shared: _Shared
) -> Quote | None:
    """The reported statement of one sentence, if it has one."""
    toks = _tokens(text, start, end)
    while toks and toks[-1].text in _SENTENCE_END:
        toks.pop()
    if len(toks) < _INDIRECT_MIN_WORDS + 2:
        return None
    attribution: _Attribution | None = None
    content: tuple[int, int] | None = None
    # "According to X, CLAUSE."
    if toks[0].lower == "according" and toks[1].lower == "to":
        comma = next((k for k in range(2, min(len(toks), 12)) if toks[k].text == ","), None)
        found = _np_after(text, toks, 2) if comma is not None else None
        if comma is not None and found is not None and found[1] == comma:
            attribution = _Attribution(found[0], ACCORDING_TO, "left")
            content = (toks[comma + 1].start, toks[-1].end) if comma + 1 < len(toks) else None
    # "CLAUSE, X said." / "CLAUSE, said X."
    if attribution is None:
        for comma in range(len(toks) - 2, 2, -1):
            if toks[comma].text != ",":
                continue
            if len(toks) - comma > _INDIRECT_TAIL:
                break
            tail = toks[comma:]
            if not any(
                (t.lower in INDIRECT_CUES or t.lower == "according") and not t.is_cap
                for t in tail
            ):
                continue  # ", a deputy governor of the province": look further back
            right = _right_attribution(text, tail)
            if (
                right is not None
                and right.np.kind != "other"
                and toks[0].lower not in NOT_STATEMENT_OPENERS
                and not (toks[0].is_cap and toks[0].lower.endswith(("ing", "ed")))
                and _closes_sentence(toks, right.np.end)
            ):
                attribution = attrs.evolve(right, side="right")
                content = (toks[0].start, toks[comma - 1].end)
            break
    # "X said (that) CLAUSE."
    if attribution is None:
        for k in range(1, min(len(toks) - 2, _INDIRECT_CUE_REACH)):
            tok = toks[k]
            if tok.text in {";", ":", "(", _QUOTE_TOKEN}:
                break
            if tok.lower not in INDIRECT_CUES or tok.is_cap:
                continue
            j = k - 1
            while j > 0 and toks[j].lower in AUXILIARIES:
                j -= 1  # "Elizabeth May has said", "he previously testified"
            np = _np_before(text, toks, j, 0)
            if np is None and toks[j].lower.endswith("s") and toks[j].lower.isalpha():
                # "But observers say", "People arrested last week said": a plural subject
                first_word = 1 if toks[0].lower in _CONJUNCTIONS else 0
                if j - first_word < 5:
                    np = _NP(toks[first_word].start, toks[j].end, "common")
            if np is None:
                break
            lead = [t for t in toks[:k] if t.start < np.start]
            if lead and not (
                lead[-1].text == ","
                or all(t.lower in _CONJUNCTIONS for t in lead)
                # "Both Sandmann and Phillips have said": a coordinated subject
                or all(t.is_cap or t.lower in {"both", "and", ","} for t in lead)
            ):
                break  # the subject must open the sentence (or follow an opening phrase)
            after = tok.end
            if tok.lower in {"told", "tells"}:
                # "told reporters", "told The Associated Press": the hearer is not reported
                j = k + 1
                if j < len(toks) and toks[j].lower in DETERMINERS:
                    j += 1
                while j < len(toks) and toks[j].is_cap and j - k < 6:
                    j += 1
                if j == k + 1 or (j < len(toks) and toks[j - 1].lower in DETERMINERS):
                    j += 1  # "told police", "told the court"
                if j >= len(toks):
                    break
                after = toks[j - 1].end
            skip = _AFTER_CUE.match(text, after, end)
            begin = skip.end() if skip is not None else after
            while begin < end and text[begin] in " ,":
                begin += 1
            first = next((i for i, t in enumerate(toks) if t.start >= begin), len(toks))
            if first >= len(toks) or toks[first].text in {",", ".", "to", _QUOTE_TOKEN}:
                break
            if toks[first].lower in {"to", "of", "about", "on", "with", "for", "by"}:
                break  # "said to be", "told of": not a statement
            attribution = _Attribution(np, tok.text, "left")
            content = (toks[first].start, toks[-1].end)
            break
    if attribution is None or content is None:
        return None
    c_start, c_end = content
    while c_end > c_start and text[c_end - 1] in " ,;:":
        c_end -= 1
    if len(text[c_start:c_end].split()) < _INDIRECT_MIN_WORDS:
        return None
    np = attribution.np
    resolver = shared.get()
    position = min(np.start, c_start)
    speaker, _is_person = resolver.resolve(np, position)
    description = np.description
    if speaker is not None:
        if description:
            resolver.descriptions.setdefault(speaker, description)
        else:
            description = resolver.descriptions.get(speaker)
    mention = _mention_of(text, np)
    return Quote(
        text=text[c_start:c_end],
        span=Span(c_start, c_end),
        speaker=speaker,
        speaker_mention=mention,
        speaker_description=description,
        cue=attribution.cue,
        paragraph=paragraph,
        kind="indirect",
    )
