"""Reported speech without quotation marks."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from wireparse._lexicon.cues import (
    ACCORDING_TO,
    ATTRIBUTION_TAIL,
    ATTRIBUTION_TIMES,
    AUXILIARIES,
    NOT_STATEMENT_OPENERS,
)
from wireparse._lexicon.function_words import CLAUSE_CONJUNCTIONS, REPORT_OBJECT_WORDS
from wireparse._lexicon.names import ABBREVIATIONS
from wireparse._lexicon.titles import (
    DETERMINERS,
)
from wireparse.models import Person, Quote, Span
from wireparse.quotes.attribution import _Attribution, _right_attribution
from wireparse.quotes.marks import _mark_positions
from wireparse.quotes.phrases import _NP
from wireparse.quotes.phrases_after import _np_after
from wireparse.quotes.phrases_before import _np_before
from wireparse.quotes.speakers import _Shared
from wireparse.quotes.tokens import _QUOTE_TOKEN, _SENTENCE_END, _Tok, _tokens
from wireparse.quotes.verbs import _INDIRECT_GATE, CUE_VERBS, INDIRECT_CUES

# ---------------------------------------------------------------- indirect speech


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


_CONJUNCTIONS: Final = CLAUSE_CONJUNCTIONS


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


# A reported statement found in a sentence: its attribution and the statement's
# extent (None when the attribution leaves no statement).
_Reported = tuple[_Attribution, tuple[int, int] | None]


def _indirect_in(text: str, start: int, end: int, paragraph: int, shared: _Shared) -> Quote | None:
    """The reported statement of one sentence, if it has one (the three forms in order)."""
    toks = _tokens(text, start, end)
    while toks and toks[-1].text in _SENTENCE_END:
        toks.pop()
    if len(toks) < _INDIRECT_MIN_WORDS + 2:
        return None
    found = _according_to(text, toks) or _said_after(text, toks) or _said_before(text, toks, end)
    if found is None or found[1] is None:
        return None
    attribution, (c_start, c_end) = found[0], found[1]
    while c_end > c_start and text[c_end - 1] in " ,;:":
        c_end -= 1
    if len(text[c_start:c_end].split()) < _INDIRECT_MIN_WORDS:
        return None
    np = attribution.np
    speaker, mention, description = shared.get().assign(np, min(np.start, c_start))
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


def _according_to(text: str, toks: Sequence[_Tok]) -> _Reported | None:
    """ "According to X, CLAUSE." """
    if toks[0].lower != "according" or toks[1].lower != "to":
        return None
    comma = next((k for k in range(2, min(len(toks), 12)) if toks[k].text == ","), None)
    found = _np_after(text, toks, 2) if comma is not None else None
    if comma is None or found is None or found[1] != comma:
        return None
    content = (toks[comma + 1].start, toks[-1].end) if comma + 1 < len(toks) else None
    return _Attribution(found[0], ACCORDING_TO, "left"), content


def _said_after(text: str, toks: Sequence[_Tok]) -> _Reported | None:
    """ "CLAUSE, X said." / "CLAUSE, said X.": the attribution after the last comma."""
    for comma in range(len(toks) - 2, 2, -1):
        if toks[comma].text != ",":
            continue
        if len(toks) - comma > _INDIRECT_TAIL:
            return None
        tail = toks[comma:]
        if not any(
            (t.lower in INDIRECT_CUES or t.lower == "according") and not t.is_cap for t in tail
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
            return attrs.evolve(right, side="right"), (toks[0].start, toks[comma - 1].end)
        return None
    return None


def _said_before(text: str, toks: Sequence[_Tok], end: int) -> _Reported | None:
    """ "X said (that) CLAUSE.": the first cue, with its subject opening the sentence."""
    for k in range(1, min(len(toks) - 2, _INDIRECT_CUE_REACH)):
        tok = toks[k]
        if tok.text in {";", ":", "(", _QUOTE_TOKEN}:
            return None
        if tok.lower not in INDIRECT_CUES or tok.is_cap:
            continue
        np = _subject_of(text, toks, k)
        if np is None:
            return None
        after = tok.end
        if tok.lower in {"told", "tells"}:
            hearer_end = _after_hearer(toks, k)
            if hearer_end is None:
                return None
            after = hearer_end
        first = _statement_start(text, toks, after, end)
        if first is None:
            return None
        return _Attribution(np, tok.text, "left"), (toks[first].start, toks[-1].end)
    return None


def _subject_of(text: str, toks: Sequence[_Tok], k: int) -> _NP | None:
    """The subject of the cue at ``k``, when it opens the sentence.

    It may follow an opening phrase and its comma, "But" or "And", or be a
    coordinated subject ("Both Sandmann and Phillips have said").
    """
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
        return None
    lead = [t for t in toks[:k] if t.start < np.start]
    if lead and not (
        lead[-1].text == ","
        or all(t.lower in _CONJUNCTIONS for t in lead)
        or all(t.is_cap or t.lower in {"both", "and", ","} for t in lead)
    ):
        return None
    return np


def _after_hearer(toks: Sequence[_Tok], k: int) -> int | None:
    """Where the hearer after "told" at ``k`` ends ("told reporters", "told The Associated
    Press"): the hearer is not reported. None when nothing follows it."""
    j = k + 1
    if j < len(toks) and toks[j].lower in DETERMINERS:
        j += 1
    while j < len(toks) and toks[j].is_cap and j - k < 6:
        j += 1
    if j == k + 1 or (j < len(toks) and toks[j - 1].lower in DETERMINERS):
        j += 1  # "told police", "told the court"
    if j >= len(toks):
        return None
    return toks[j - 1].end


def _statement_start(text: str, toks: Sequence[_Tok], after: int, end: int) -> int | None:
    """The token where the reported statement starts after a cue that ends at ``after``.

    "on Tuesday", "in a statement" and a "that" are skipped; None when what follows
    is not a statement ("said to be", "told of").
    """
    skip = _AFTER_CUE.match(text, after, end)
    begin = skip.end() if skip is not None else after
    while begin < end and text[begin] in " ,":
        begin += 1
    first = next((i for i, t in enumerate(toks) if t.start >= begin), len(toks))
    if first >= len(toks) or toks[first].text in {",", ".", "to", _QUOTE_TOKEN}:
        return None
    if toks[first].lower in REPORT_OBJECT_WORDS:
        return None
    return first
