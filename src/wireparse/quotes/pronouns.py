"""Speaker rules for pronouns: who "he", "she", "it" and "they" stand for.

Each rule has the signature of the rules in :data:`wireparse.quotes.sieves.SIEVES`,
where they are listed in order with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from wireparse._lexicon.titles import (
    ROLE_NOUNS,
)
from wireparse.quotes.attribution import _sentence_start
from wireparse.quotes.documents import _author_of
from wireparse.quotes.phrases import (
    _NP,
)
from wireparse.quotes.words import (
    _inside,
    _is_people_noun,
)

if TYPE_CHECKING:
    from wireparse.quotes.speakers import _Resolver


_Found = tuple[str | None, bool] | None


def _he_or_she(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "he", "she": the most recent person of that gender standing as a subject."""
    gender = _PRONOUN_GENDERS.get(mention.lower())  # "him", "her": "quoted her as saying"
    if gender is None:
        return None
    return r._recent_person(position, gender), True


def _previous_subject(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "he", "she": the subject of the sentence before, when its gender fits.

    "Trump told reporters he had spoken with Gov. John Doe. / “...,” he said" gives
    Trump: the person said to speak in that sentence ("..., Dhar said."), else the
    first person standing there as a subject; objects ("with Gov. John Doe") and
    possessors ("Kim's") are no subjects. Only a gender known to fit counts.
    """
    gender = _PRONOUN_GENDERS.get(mention.lower())
    if gender is None:
        return None
    found = r._previous_subject(position)
    if found is None or r.gender(found) != gender:
        return None
    return found, True


def _unnamed_subject(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "he", "she": someone unnamed who speaks as the subject of the sentence before.

    "A Acme spokesman said the data was deleted. / “...,” he said" gives "A Acme
    spokesman" (a role noun after "a" or "an", then a cue; the noun's gender, when it
    has one, must fit).
    """
    gender = _PRONOUN_GENDERS.get(mention.lower())
    if gender is None:
        return None
    sentence = r._sentence_before(position)
    if sentence is None:
        return None
    found = _UNNAMED_OPENING.match(r.text, sentence[0], sentence[1])
    if found is None or found.group(2).lower() not in ROLE_NOUNS:
        return None
    if _ROLE_GENDERS.get(found.group(2).lower(), gender) != gender:
        return None
    return found.group(1), False


def _subject_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "it said": the organization that is the subject of the sentence before, when it
    speaks there ("The Global Times said in an editorial ... / “...,” it said")."""
    if mention.lower() != "it":
        return None
    text = r.text
    para_start = text.rfind("\n", 0, position) + 1
    here = _sentence_start(text, max(para_start, position - _SUBJECT_REACH), position + 1)
    before = here
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before <= 1 or position - before > _SUBJECT_REACH:
        return None
    found = _author_of(r, before - 2)
    if found is None or found[0] is None or found[1]:
        return None  # nobody, or a person: left to "it" below
    return found


def _it(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "it": the organization last quoted or acting."""
    return (r._recent_org(position), False) if mention.lower() == "it" else None


def _they(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "they": two people who stood together as the last subject."""
    pair = r._recent_pair(position) if mention.lower() == "they" else None
    return (pair, True) if pair is not None else None


def _they_group(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "They chanted": the group last written about ("200 protesters marched ..."),
    as written, when no pair of people stands before."""
    if mention.lower() != "they":
        return None
    start = max(0, position - _GROUP_REACH)
    for match in reversed(list(_WORD.finditer(r.text, start, position))):
        word = match.group()
        if _is_people_noun(word) and not _inside(r.quoted, match.start()):
            return word, False
    return None


# How far back (characters) "they" looks for a group, and the lower-case words read there.
_GROUP_REACH: Final = 400
# How far (characters) before "it" the sentence whose subject it stands for may end.
_SUBJECT_REACH: Final = 300
_WORD: Final = regex.compile(r"\b[a-z]+\b")
_PRONOUN_GENDERS: Final = {"he": "m", "him": "m", "she": "f", "her": "f"}
# "A Cambridge Analytica spokesman said": someone unnamed opening a sentence with a cue.
_UNNAMED_OPENING: Final = regex.compile(
    r"((?:A|An)[ ](?:[\p{L}.’'\-]+[ ]){0,4}?(\p{Ll}+))[ ](?:said|says|told|added|wrote)\b"
)
# Role nouns of one sex.
_ROLE_GENDERS: Final = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}
