"""Noun phrases: the speaker mention (:class:`_NP`), the rules that read a name's sex and
title, and the clean-up of a mention before it is resolved.

The phrase before a cue (its subject) is read in :mod:`wireparse.quotes.phrases_before`,
the one after it in :mod:`wireparse.quotes.phrases_after`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from wireparse._lexicon.agencies import AGENCIES
from wireparse._lexicon.function_words import APPOSITIVE_LINKS
from wireparse._lexicon.given_names import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES, RARE_NAMES
from wireparse._lexicon.mentions import (
    CLAUSE_WORDS,
    OPENER_ENDINGS,
    RELATIVE_WORDS,
    SIGN_NOUNS,
)
from wireparse._lexicon.titles import (
    FEMALE_GIVEN_NAMES,
    FUNCTION_WORDS,
    HEAD_TITLES,
    MALE_GIVEN_NAMES,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    STATEMENT_HEADS,
    TITLE_WORDS,
)
from wireparse.quotes.tokens import _Tok

# A given name's sex, lower case: the names of the news (``titles``) over the census's; the
# census's rare names give none ("Lu Kang ... he": a family name written first).
_NAME_GENDER: Final = (
    {name.lower(): "m" for name in MALE_NAMES}
    | {name.lower(): "f" for name in FEMALE_NAMES - RARE_NAMES}
    | dict.fromkeys(MALE_GIVEN_NAMES, "m")
    | dict.fromkeys(FEMALE_GIVEN_NAMES, "f")
)
# Given names of one sex, lower case ("gretchen", "barack").
_GENDERED_NAMES: Final = frozenset(_NAME_GENDER)


@attrs.frozen
class _NP:
    """A speaker mention found in a window: its span, its kind, and a description."""

    start: int
    end: int
    kind: str  # "name", "pronoun", "common", or "other" (a subject that names no speaker)
    description: str | None = None
    name_start: int | None = None  # where the name starts after a title


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


def _after_possessor(toks: Sequence[_Tok], s: int, e: int) -> int:
    """Skip a possessor before a person's name: "Vancouver's Bo Horvat" gives "Bo Horvat"."""
    if toks[e].bare in ORG_HEADS:
        return s
    for k in range(e - 1, s - 1, -1):
        if toks[k].text.endswith(("’s", "'s")):
            return k + 1
    return s


def _source_noun(word: str) -> bool:
    """A noun that can head a speaker description: "the ministry", "a spokeswoman"."""
    return (
        word in ROLE_NOUNS
        or word in ORG_NOUNS
        or word in PLURAL_SOURCES
        or word in STATEMENT_HEADS
        or word in PERSON_NOUNS
        or word in SIGN_NOUNS
    )


_INSIDE_APPOSITIVE: Final = APPOSITIVE_LINKS
# Organizations named in credits, not as sources: never what "it" refers to.
_NOT_SPEAKERS: Final = frozenset(s for s in (*AGENCIES["AP"], *AGENCIES["CP"]) if " " in s)


def _opener_not_name(text: str, tok: _Tok) -> bool:
    """A capitalized word opening a sentence that is a participle or an adjective.

    "Undeterred by curfews, protesters ...", "Announcing his decision, ...",
    "Arbitrary arrests have been reported ...": a word of one of the endings of
    ``OPENER_ENDINGS``, not a known given name, written nowhere else in the article
    (a name that opens a sentence, "Manning said", is written again).
    """
    word = tok.text
    return (
        len(word) > 4
        and word[1:].islower()
        and word.lower().endswith(OPENER_ENDINGS)
        and word not in GIVEN_NAMES
        and text.count(word) == 1
    )


def _without_clause_word(text: str, np: _NP) -> _NP | None:
    """``np`` without the conjunctions in front of it; None when it opens a clause.

    "if lawmakers" gives "lawmakers", "as religious leaders" gives "religious
    leaders"; "but whose reputation was ruined ..." and a lone "As" name nobody.
    """
    start = np.start
    while True:
        space = text.find(" ", start, np.end)
        word = text[start : space if space >= 0 else np.end].lower()
        if word not in CLAUSE_WORDS:
            break
        if word in RELATIVE_WORDS or space < 0:
            return None
        start = space + 1
    if start == np.start:
        return np
    name_start = np.name_start if np.name_start is not None and np.name_start >= start else None
    return attrs.evolve(np, start=start, name_start=name_start)


def _first_of_pair(text: str, np: _NP) -> _NP:
    """ "Trey Parker and Matt Stone wrote", "Parker and Stone added": joint speakers are
    the first named (the other is one of them); ``np`` is the second name."""
    at = np.name_start if np.name_start is not None else np.start
    if np.kind != "name" or not text.endswith(" and ", max(0, at - 5), at):
        return np
    found = _PAIR_FIRST.search(text, max(0, at - _PAIR_FIRST_REACH), at)
    if found is None or found.group(1).split()[0].lower() in FUNCTION_WORDS:
        return np
    description = np.description
    if description is not None and description.startswith(found.group(1)):
        # "Trey Parker and Matt Stone, the creators of the show": the appositive only
        description = description.partition(", ")[2] or None
    return _NP(found.start(1), found.end(1), "name", description, found.start(1))


# A name of up to three words, then "and", right before a second name.
_PAIR_FIRST: Final = regex.compile(
    r"(?<![\p{L}\p{N}’'\-.])(\p{Lu}[\p{L}’'\-.]{0,30}(?: \p{Lu}[\p{L}’'\-.]{0,30}){0,2}) and $"
)
_PAIR_FIRST_REACH: Final = 100
