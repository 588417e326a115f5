"""Speaker rules for people, groups and signs the article never names.

Each rule has the signature of the rules in :data:`wireparse.quotes.sieves.SIEVES`,
where they are listed in order with the others.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import regex

from wireparse._lexicon.mentions import GROUP_PART_WORDS, SIGN_NOUNS
from wireparse._lexicon.titles import (
    DETERMINERS,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    PHRASE_STOPS,
    ROLE_NOUNS,
    STATEMENT_HEADS,
)
from wireparse.quotes.pronouns import _they_group
from wireparse.quotes.words import _INDEFINITE, _inside

if TYPE_CHECKING:
    from wireparse.quotes.phrases import _NP
    from wireparse.quotes.speakers import _Resolver

_Found = tuple[str | None, bool] | None

# How far back (characters) "the official" looks for "a campaign official".
_UNNAMED_REACH: Final = 2000


def _told_by_clause(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the teacher who told terrified kids, “...”": someone known by what the clause
    right after the noun says (no comma before *who*), as written, not a person named
    before."""
    return (mention, False) if r.text.startswith(" who ", np.end) else None


def _unnamed_before(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the official": the unnamed one introduced before ("a campaign official").

    "A campaign official said ... “...,” said the official" gives "A campaign official";
    after "officers pinned him", "the officer replies" stays "the officer". Only when
    no one is written with that role before a name ("officer Jane Roe", "an official,
    Jane Roe,") since the unnamed one came in (for a plural, in the whole article):
    then the rules for roles decide.
    """
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or not (
        head in ROLE_NOUNS or head in PERSON_NOUNS or head in SIGN_NOUNS
    ):
        return None
    text = r.text
    floor = max(0, np.start - _UNNAMED_REACH)
    found = None
    for match in _introduced(head).finditer(text, floor, np.start):
        if not _inside(r.quoted, match.start()):
            found = match
    if found is None or _named_role(head).search(text, found.start(), np.start) is not None:
        return None
    if found.group(1) is None and _named_role(head).search(text, 0, np.start) is not None:
        return None  # "officers" and "officer Jane Roe": the rules for roles decide
    if found.group(1) is None:
        return mention, False  # "officers pinned him ... the officer replies"
    return found.group(), False


@functools.lru_cache(maxsize=256)
def _introduced(head: str) -> regex.Pattern[str]:
    """ "a Trump campaign official", "one officer", "officers": ``head`` brought in
    without a name (group 1 holds the indefinite article, when there is one)."""
    word = regex.escape(head)
    return regex.compile(
        rf"\b([Aa]n?|[Oo]ne|[Aa]nother)[ ](?:(?!(?:{_NOT_BETWEEN})[ ])[\p{{L}}\-’'.]+[ ]){{0,4}}"
        rf"{word}\b(?!,?[ ]\p{{Lu}})"
        rf"(?:[ ](?:on|at|in|for|of|from|with)[ ](?:the[ ])?\p{{Lu}}[\p{{L}}\-’'.]*"
        rf"(?:[ ]\p{{Lu}}[\p{{L}}\-’'.]*){{0,3}})?"  # "one Republican aide on Capitol Hill"
        rf"|\b{word}s\b"
    )


# Words that never stand inside "a ... official": a clause or another phrase runs there
# ("Another senior Democrat expects the president").
_NOT_BETWEEN: Final = "|".join(
    sorted((PHRASE_STOPS | DETERMINERS) - _INDEFINITE, key=len, reverse=True)
)


@functools.lru_cache(maxsize=256)
def _named_role(head: str) -> regex.Pattern[str]:
    """The role ``head`` written before a name ("officer Jane Roe", "an official, Jane Roe")."""
    word = regex.escape(head)
    return regex.compile(rf"(?i:\b{word}),?\s(?:\p{{Lu}}\.\s)?\p{{Lu}}\p{{Ll}}")


def _part_of_group(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "police warned protesters ... as some chanted, “...”": the group last written
    about, as for "they"."""
    if mention.lower() not in GROUP_PART_WORDS:
        return None
    return _they_group(r, np, "they", position)


def _unnamed_speaker(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "A company spokesman said ... / “...,” he said": he or she is the unnamed one
    who spoke last, when no person stands as a subject since."""
    if mention.lower() not in _HE_OR_SHE or not r.history:
        return None
    pos, speaker, is_person = r.history[-1]
    words = speaker.lower().split()
    if (
        is_person
        or words[0] not in _INDEFINITE
        or not (words[-1] in ROLE_NOUNS or words[-1] in PERSON_NOUNS)
    ):
        return None
    if position - pos > _UNNAMED_REACH or r._subject_between(pos + 1, position):
        return None
    for match in _THE_NOUN.finditer(r.text, pos + 1, position):
        if match.group(1) in ROLE_NOUNS and match.group(1) != words[-1]:
            return None  # "On Dec. 13, the mayor brought up ... “...,” he said"
    return speaker, False


_HE_OR_SHE: Final = frozenset({"he", "she"})
_THE_NOUN: Final = regex.compile(r"\b[Tt]he ([a-z\-]+)\b")


def _owners_spokesperson(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "South Korea’s presidential spokesman said": someone unnamed who speaks for a
    named owner, as written (not the owner)."""
    words = mention.split()
    head = words[-1].lower()
    if head not in ROLE_NOUNS or head not in STATEMENT_HEADS or len(words) < 2:
        return None
    owner = next((w for w in words[:-1] if w.endswith(("’s", "'s"))), None)
    return (mention, False) if owner is not None and owner[:1].isupper() else None


def _named_next(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "A Vancouver hockey coach says ... / Jane Roe said the video ...": the news lead
    that names its subject in the next sentence. Someone brought in with a/an and a
    role is the person named right after: as the subject opening the next sentence
    ("Justice Sean Dunphy directed"), or after the same role ("attorney E. Dirk
    Wegmann argued", "spokesman Raj Shah told")."""
    words = mention.split()
    if words[0].lower() not in {"a", "an"} or len(words) < 2:
        return None
    head = next((w for w in words[1:] if w.lower() in ROLE_NOUNS), None)
    if head is None:
        return None
    text = r.text
    end = _SENTENCE_STOP.search(text, np.end, np.end + _NAMED_NEXT_REACH)
    if end is None:
        return None
    window = text[end.end() : end.end() + _NAMED_NEXT_REACH]
    opening = _OPENING_NAME.match(window)
    if opening is not None and (
        opening.group(1).split()[0].lower() in FUNCTION_WORDS
        or text.find(opening.group(1).split()[-1], 0, np.start) >= 0
    ):
        opening = None  # "The Trump administration"; a name written before is not new here
    for found in (opening, _after_role(head.lower()).search(window)):
        if found is None:
            continue
        name, is_org = r.full_name(found.group(1), end.end() + found.start(1))
        if not is_org and len(name.split()) > 1 and (found is not opening or r._person_like(name)):
            return name, True  # (after the role word, "attorney E. Dirk Wegmann", a person)
    return None


# How far (characters) the name of someone brought in without one is looked for.
_NAMED_NEXT_REACH: Final = 400
_SENTENCE_STOP: Final = regex.compile(r"[.!?][”\"’']?\s")
# A name of two words or more opening a sentence (after a capitalized title), then a
# comma or a lower-case verb.
_OPENING_NAME: Final = regex.compile(
    r"\s*(?:\p{Lu}\p{Ll}{1,20}\.?\s)?"
    r"(\p{Lu}[\p{L}\-’']{1,30}(?:\s(?:\p{Lu}\.){1,3})?(?:\s\p{Lu}[\p{L}\-’']{1,30}){1,4})"
    r"(?=,|\s\p{Ll})"
)


@functools.lru_cache(maxsize=256)
def _after_role(head: str) -> regex.Pattern[str]:
    """A name of two words or more right after ``head`` ("spokesman Raj Shah")."""
    return regex.compile(
        rf"\b(?i:{regex.escape(head)})\s((?:\p{{Lu}}\.\s){{0,3}}\p{{Lu}}[\p{{L}}\-’'.]{{1,30}}"
        rf"(?:\s\p{{Lu}}[\p{{L}}\-’'.]{{1,30}}){{1,4}})"
    )
