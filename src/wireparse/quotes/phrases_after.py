"""The noun phrase after a cue: the speaker that follows it ("said Abdullah Khan, an
analyst"), and the appositive that describes a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from wireparse._lexicon.function_words import DESCRIPTION_ENDS
from wireparse._lexicon.mentions import (
    DEMONYMS,
)
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.titles import (
    DESCRIPTION_STOPS,
    DETERMINERS,
    FUNCTION_WORDS,
    HEAD_TITLES,
    ORG_NOUNS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    PHRASE_STOPS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from wireparse.quotes.phrases import (
    _GENDERED_NAMES,
    _NP,
    _after_possessor,
    _source_noun,
    _split_title,
)
from wireparse.quotes.tokens import _QUOTE_TOKEN, _SENTENCE_END, _Tok
from wireparse.quotes.verbs import CUE_VERBS


def _np_after(text: str, toks: Sequence[_Tok], i: int) -> tuple[_NP, int] | None:
    """The speaker that starts at token ``i`` ("said Abdullah Khan, an analyst ...")."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.lower in PERSON_PRONOUNS or tok.lower in OTHER_PRONOUNS:
        return _NP(tok.start, tok.end, "pronoun"), i + 1
    if tok.lower in {"the", "a", "an"}:
        role = _role_after_org(toks, i + 1)
        if role is not None:  # "a senior U.S. Department of Homeland Security official"
            return _NP(tok.start, toks[role].end, "common"), role + 1
    e, extended = _name_run_after(toks, i)
    if e >= i:
        # the name is the last run of capitalized words
        named = _name_after(text, toks, i, e, extended)
        if named is not None:
            return named, e + 1
        if e > i or tok.lower not in DETERMINERS:
            return None  # (a sentence's "The" alone: "The billionaire businessman began")
    if tok.lower in {"the", "a", "an"} and i + 1 < len(toks) and toks[i + 1].is_cap:
        if toks[i + 1].lower in DEMONYMS and (i + 2 == len(toks) or not toks[i + 2].is_cap):
            return _NP(tok.start, toks[i + 1].end, "common"), i + 2  # "the Texan told"
        role = _role_after_name(toks, i + 1)
        if role is not None:
            return _NP(tok.start, toks[role].end, "common"), role + 1
        head = _noun_after_name(toks, i + 1) if tok.lower != "the" else None
        if head is not None:
            # "according to a Michigan school’s latest list": the place is a modifier
            return _NP(tok.start, toks[head].end - 2, "common"), head + 1
        inner = _np_after(text, toks, i + 1)
        if inner is not None and inner[0].kind == "name":
            return inner
    if tok.lower == "one" and i + 2 < len(toks) and toks[i + 1].lower == "of":
        inner = _np_after(text, toks, i + 2)  # "says one of the players in the video"
        if inner is not None and inner[0].kind in {"common", "other"}:
            return _NP(tok.start, inner[0].end, "common"), inner[1]
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


def _name_run_after(toks: Sequence[_Tok], i: int) -> tuple[int, bool]:
    """Where the name that starts at token ``i`` ends (``i - 1`` when none stands there),
    and whether an organization's name before the title carried it on (see
    :func:`_through_organization`)."""
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
    through = _through_organization(toks, i, e)
    lower = [
        k
        for k in range(i, e)
        if not toks[k].is_cap
        and toks[k].lower not in NAME_PARTICLES
        and not _inner_and(toks, k, i, e)  # "the U.S. Health and Human Services Department"
    ]
    extended = through > e
    if extended:
        e, lower = through, []
    if (
        lower
        and not (toks[lower[-1]].lower in ROLE_NOUNS or toks[lower[-1]].lower in TITLE_WORDS)
        and not _described_name(toks, i, lower, e)
    ) or (
        lower and lower[-1] + 1 < e and not all(toks[k].is_cap for k in range(lower[-1] + 1, e + 1))
    ):
        e = i - 1
    return e, extended


def _name_after(text: str, toks: Sequence[_Tok], i: int, e: int, extended: bool) -> _NP | None:
    """The name from token ``i`` to ``e``, its title or role in front as its description
    (None when its words are all function words)."""
    s = e
    while s - 1 >= i and (
        toks[s - 1].is_cap
        or (toks[s - 1].lower in NAME_PARTICLES and s - 2 >= i and toks[s - 2].is_cap)
        or _inner_and(toks, s - 1, i, e)
    ):
        s -= 1
    while s < e and toks[s].lower in NAME_PARTICLES:
        s += 1
    name_at = _split_title(toks, s, e)
    name_at = _after_possessor(toks, name_at, e)
    if extended and toks[name_at - 1].lower in _ORG_NAME_LINKS:
        name_at = _after_title_object(toks, name_at, e)
    description = text[toks[i].start : toks[name_at - 1].end] if name_at > i else None
    if not all(toks[k].lower in FUNCTION_WORDS for k in range(name_at, e + 1)):
        return _NP(toks[i].start, toks[e].end, "name", description, toks[name_at].start)
    return None


_POSSESSIVE_S: Final = ("’s", "'s", "’", "'")
# The words inside an organization's name before a title: "House of Representatives".
_ORG_NAME_LINKS: Final = frozenset({"of", "on", "for"})


def _through_organization(toks: Sequence[_Tok], i: int, e: int) -> int:
    """Where the speaker's name ends when an organization's name with "of", "on" or
    "for" stands before the title and the name: "said House of Representatives
    Speaker Nancy Pelosi", "said Subcommittee on Oversight and Investigations
    Chairman Tim Murphy" (``e`` itself when no title and two-word name follow)."""
    k = e + 1
    if e < i or k >= len(toks) or toks[k].lower not in _ORG_NAME_LINKS:
        return e
    if not all(toks[m].is_cap for m in range(i, k)):
        return e  # "said protester Jane Doe of President John Roe’s policy": a person's
    # "said Secretary of State Jane Doe": the title itself before "of"
    title_at = e if toks[e].bare in HEAD_TITLES else None
    m = k + 1
    while m < len(toks) and m - k <= 10 and toks[m].text != _QUOTE_TOKEN:
        tok = toks[m]
        if not (tok.is_cap or (tok.lower == "and" and title_at is None)):
            break
        if tok.bare in HEAD_TITLES or tok.bare in ROLE_NOUNS:
            title_at = m
        m += 1
    if title_at is None or m - 1 - title_at < 2 or toks[m - 1].text.endswith(_POSSESSIVE_S):
        return e
    if title_at == e and m - 1 - k < 3:
        return e  # a title's object and a name of two words at least

    return m - 1


def _after_title_object(toks: Sequence[_Tok], at: int, e: int) -> int:
    """Where the name starts after a title's "of" at ``at - 1``: at a given name, else
    after the one word the title is of ("Minister of Intelligence Yuval Doe")."""
    for k in range(at, e):
        if toks[k].lower in _GENDERED_NAMES:
            return k
    return at + 1 if e - at >= 2 else at


def _described_name(toks: Sequence[_Tok], i: int, lower: list[int], e: int) -> bool:
    """ "said spaceman Timothy Creamer": one or two lower-case words of description right
    after the cue, then a name of at least two capitalized words up to ``e``."""
    return (
        len(lower) <= 2
        and lower == list(range(i, i + len(lower)))
        and e - lower[-1] >= 2
        and all(toks[k].is_cap and toks[k].is_word for k in range(lower[-1] + 1, e + 1))
        and all(toks[k].lower not in FUNCTION_WORDS for k in lower)
    )


def _role_after_name(toks: Sequence[_Tok], i: int) -> int | None:
    """ "a White House official", "the Kremlin spokesman": the role noun right after the
    capitalized run that starts at ``i``, when no name follows it (an unnamed person)."""
    e = i
    while e < len(toks) and e - i < 6 and toks[e].is_cap and toks[e].text != _QUOTE_TOKEN:
        e += 1
    if e == i or e >= len(toks) or toks[e].lower not in ROLE_NOUNS:
        return None
    if e + 1 < len(toks) and toks[e + 1].is_cap:
        return None  # "the White House spokesman Raj Shah": a name follows
    return e


def _inner_and(toks: Sequence[_Tok], k: int, i: int, e: int) -> bool:
    """Whether token ``k`` is an "and" inside an organization's name that runs from after
    ``i`` to ``e`` ("Health and Human Services Department"; not "Tom Hale and Jane Roe")."""
    return (
        toks[k].lower == "and"
        and i < k - 1
        and toks[k - 1].is_cap
        and toks[k + 1].is_cap
        and toks[e].lower in ORG_NOUNS
    )


def _role_after_org(toks: Sequence[_Tok], i: int) -> int | None:
    """ "a senior U.S. Department of Homeland Security (DHS) official": the role noun after
    an adjective or two and an organization's name with *of* or an acronym in brackets
    (the simple "a White House official" is :func:`_role_after_name`'s)."""
    e = i
    while e < len(toks) and e - i < 2 and toks[e].is_word and not toks[e].is_cap:
        if toks[e].lower in ROLE_NOUNS or toks[e].lower in PHRASE_STOPS:
            return None
        e += 1
    start, inner = e, False
    while e < len(toks) and e - start < 10:
        word = toks[e]
        if word.text in _BRACKETS or word.lower in _ORG_RUN_LINKS:
            inner = True
        elif not (word.is_cap and word.text != _QUOTE_TOKEN):
            break
        e += 1
    if e == start or e >= len(toks) or not (inner or start > i) or toks[e].lower not in ROLE_NOUNS:
        return None
    if not toks[start].is_cap or toks[e - 1].lower in _ORG_RUN_LINKS:
        return None
    if e + 1 < len(toks) and toks[e + 1].is_cap:
        return None  # a name follows: "the ... spokesman Raj Shah"
    return e


_BRACKETS: Final = frozenset({"(", ")"})
_ORG_RUN_LINKS: Final = frozenset({"of", "and", "for"})


def _noun_after_name(toks: Sequence[_Tok], i: int) -> int | None:
    """The source noun written as a possessor right after the capitalized run at ``i``:
    "a Michigan school’s list" (the place is a modifier, the school the possessor)."""
    e = i
    while e < len(toks) and e - i < 4 and toks[e].is_cap and toks[e].text != _QUOTE_TOKEN:
        e += 1
    if e == i or e >= len(toks) or not toks[e].is_word or toks[e].is_cap:
        return None
    word = toks[e].lower
    if not word.endswith(("’s", "'s")) or not _source_noun(word[:-2]):
        return None
    return e


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
        if nxt.lower in DESCRIPTION_ENDS:
            break
        e += 1
    else:
        if e + 1 >= len(toks) and e - k >= 30:
            return None
    return text[toks[k].start : toks[e].end]
