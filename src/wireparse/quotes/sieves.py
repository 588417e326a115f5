"""The speaker rules in the order they are tried (:data:`SIEVES`), and the rules for
names, nouns and descriptions.

The rules for pronouns are in :mod:`wireparse.quotes.pronouns`, for documents in
:mod:`wireparse.quotes.documents`, for people the article never names in
:mod:`wireparse.quotes.unnamed`. Each rule takes the resolver
(:class:`wireparse.quotes.speakers._Resolver`), the mention, its text and its position.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from wireparse._lexicon.mentions import (
    DEMONYMS,
    UNNAMED_ROLE_NOUNS,
)
from wireparse._lexicon.titles import (
    KINSHIP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    STATEMENT_HEADS,
)
from wireparse.quotes.documents import _document_author, _issued_document
from wireparse.quotes.phrases import (
    _NP,
)
from wireparse.quotes.pronouns import (
    _he_or_she,
    _it,
    _previous_subject,
    _subject_organization,
    _they,
    _they_group,
    _unnamed_subject,
)
from wireparse.quotes.unnamed import (
    _named_next,
    _owners_spokesperson,
    _part_of_group,
    _told_by_clause,
    _unnamed_before,
    _unnamed_speaker,
)
from wireparse.quotes.words import (
    _INDEFINITE,
    _SEARCH,
    _is_group_noun,
    _is_place,
)

if TYPE_CHECKING:
    from wireparse.quotes.speakers import _Resolver

    # Each rule takes the resolver, the mention, its text and its position, and gives the
    # speaker and whether it is a person, or None when it does not apply.
    _Rule = Callable[[_Resolver, _NP, str, int], "tuple[str | None, bool] | None"]


_Found = tuple[str | None, bool] | None


def _unnamed_someone(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "a citizen wrote", "one of the players says": the words themselves.

    Someone the article does not name, not an earlier name; kept as a description,
    which "the official" later refers back to.
    """
    words = mention.lower().split()
    # the head stands before "of", "for", "familiar with" ("an official familiar with the letter")
    head = words[next((i for i, w in enumerate(words) if w in _HOLDER_WORDS), len(words)) - 1]
    if words[0] in _INDEFINITE and (head not in STATEMENT_HEADS or head in ROLE_NOUNS):
        return mention, False
    return None


def _statement_source(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the ministry's statement", "his statement": who is named in it, he or she, else
    the last organization."""
    words = mention.split()
    if words[-1].lower() not in STATEMENT_HEADS:
        return None
    named = [w for w in words[1:-1] if w[:1].isupper()]
    if named and words[-1].lower() in ROLE_NOUNS and _place_possessor(words):
        return mention, False  # "South Korea’s presidential spokesman": no country speaks
    if named:
        return r.full_name(" ".join(named), position)
    if words[0].lower() in {"his", "her"}:
        return r._recent_person(position, "m" if words[0].lower() == "his" else "f"), True
    return r._recent_org(position), False


def _place_possessor(words: list[str]) -> bool:
    """Whether the words open with a place written as a possessor ("South Korea’s")."""
    for k, word in enumerate(words):
        if word.endswith(_POSSESSIVE_S):
            return _is_place(" ".join([*words[:k], word[:-2]]))
    return False


def _earlier_role(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the coach": the person introduced earlier with that role ("coach Ken Hitchcock")."""
    words = mention.lower().split()
    if words[0] != "the":
        return None
    for pos, role, name in reversed(r.roles[-_SEARCH:]):
        if role == words[-1] and pos < position:
            return r.full_name(name, pos)[0], True
    return None


def _plural_group(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the G-8 foreign ministers", "the groups": a group, kept as written, never one person."""
    words = mention.split()
    if words[0].lower() != "the" or len(words) < 2 or not _is_group_noun(words[-1].lower()):
        return None
    return mention, False


def _described_person(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the 46-year-old", "the man in the red jacket": the person just written about."""
    words = mention.lower().split()
    if words[0] == "the" and (words[-1].endswith(("-old", "man", "woman")) or len(words) > 2):
        return r._recent_person(position, None), True
    return None


def _nobody(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """A subject that names no speaker ("the plan"), a pronoun other than he, she, it, they."""
    return None, False


def _named_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the commission": the organization named earlier whose name ends with that noun."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head not in ORG_NOUNS:
        return None
    index = bisect.bisect_left(r.starts, position)
    for entity in reversed(r.entities[max(0, index - _SEARCH) : index]):
        name = entity.name.lower().split()
        if name[-1].rstrip(".") == head or (
            "of" in name and name[name.index("of") - 1] == head  # "the Ministry of Finance"
        ):
            if r.text[max(0, entity.start - 4) : entity.start] in {"and ", " of "}:
                # only the end of a name ("Truth and | Reconciliation Commission"):
                # keep "the commission" as written
                return mention, False
            return entity.name, False
    return None


def _quoted_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the agency": an organization quoted earlier with that word in its name."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the":
        return None
    for _pos, speaker, is_person in reversed(r.history[-_SEARCH:]):
        if not is_person and head in speaker.lower().split():
            return speaker, False
    return None


def _recent_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the company": the organization last quoted or acting (not "the statement")."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head not in ORG_NOUNS or head in _DOCUMENTS:
        return None
    org = r._recent_org(position)
    return (org, False) if org is not None else None


def _epithet(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the rookie defenceman", "the Texan": the person just written about (not "the father")."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head in KINSHIP_NOUNS:
        return None
    if head not in ROLE_NOUNS and head not in PERSON_NOUNS and head not in DEMONYMS:
        return None
    person = r._recent_person(position, None)
    return (person, True) if person is not None else None


def _subject_epithet(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the attorney", "the Texan": the person who is the subject of the sentence before
    (not "the official", "the source": people copy leaves unnamed).

    "Tom Doe, the lawyer husband of Ann Doe, wrote ... / “...,” the attorney wrote" gives
    Tom Doe, not Ann Doe, named last (an appositive's name is no subject).
    """
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head in UNNAMED_ROLE_NOUNS:
        return None
    if head not in ROLE_NOUNS and head not in DEMONYMS:
        return None
    person = r._previous_subject(position)
    return (person, True) if person is not None else None


def _as_written(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """Any other description ("protesters", "the father"): the speaker as written."""
    return mention, False


def _party_politician(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the Kentucky Republican said": the politician just written about."""
    if mention.split()[-1].lower() in {"republican", "democrat"} and (
        mention.lower().startswith("the ")
        or r.text[max(0, np.start - 4) : np.start].lower() == "the "
    ):
        return r._recent_person(position, None), True
    return None


def _full_name(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """A name: the article's full name for it ("Khan" for "Abdullah Khan")."""
    name_start = np.name_start if np.name_start is not None else np.start
    name, is_org = r.full_name(r.text[name_start : np.end], position)
    return name, not is_org


# An organization's one-word name written with "’s" ("Moody’s", "McDonald’s").
_POSSESSIVE_S: Final = ("’s", "'s")
_HOLDER_WORDS: Final = frozenset({"of", "for", "familiar"})
_DESCRIPTIONS: Final = ("other", "common")
# Statement nouns that are organizations' words too, but not who speaks.
_DOCUMENTS: Final = frozenset({"statement", "report", "study", "survey"})

#: The speaker rules, in the order they are tried, each with the kinds of mention it
#: applies to (see _NP.kind). docs/quotes.md lists them with an example each.
SIEVES: Final[tuple[tuple[tuple[str, ...], _Rule], ...]] = (
    (("common",), _named_next),
    (("common",), _unnamed_someone),
    (_DESCRIPTIONS, _document_author),
    (("common",), _issued_document),
    (("common",), _owners_spokesperson),
    (("common",), _statement_source),
    (("common",), _told_by_clause),
    (("common",), _unnamed_before),
    (_DESCRIPTIONS, _earlier_role),
    (_DESCRIPTIONS, _plural_group),
    (("other",), _described_person),
    (("other",), _nobody),
    (("common",), _named_organization),
    (("common",), _quoted_organization),
    (("common",), _recent_organization),
    (("common",), _subject_epithet),
    (("common",), _epithet),
    (("common",), _as_written),
    (("pronoun",), _unnamed_speaker),
    (("pronoun",), _previous_subject),
    (("pronoun",), _unnamed_subject),
    (("pronoun",), _he_or_she),
    (("pronoun",), _subject_organization),
    (("pronoun",), _it),
    (("pronoun",), _they),
    (("pronoun",), _they_group),
    (("pronoun",), _part_of_group),
    (("pronoun",), _nobody),
    (("name",), _party_politician),
    (("name",), _full_name),
)
_SIEVES_BY_KIND: Final = {
    kind: tuple(rule for kinds, rule in SIEVES if kind in kinds)
    for kind in ("other", "common", "pronoun", "name")
}
