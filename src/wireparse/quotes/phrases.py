"""Noun phrases around a cue: the speaker mention and its description."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from wireparse._lexicon.agencies import AGENCIES
from wireparse._lexicon.cues import (
    ADVERBS,
    TIME_PHRASE_NOUNS,
    TIME_PHRASE_OPENERS,
)
from wireparse._lexicon.function_words import APPOSITIVE_LINKS, DESCRIPTION_ENDS
from wireparse._lexicon.given_names import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES, RARE_NAMES
from wireparse._lexicon.mentions import (
    ADJECTIVE_ENDINGS,
    CLAUSE_WORDS,
    DEMONYMS,
    GROUP_PART_WORDS,
    OPENER_ENDINGS,
    RELATIVE_WORDS,
    SIGN_NOUNS,
)
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.names import WEEKDAYS
from wireparse._lexicon.titles import (
    DESCRIPTION_STOPS,
    DETERMINERS,
    FEMALE_GIVEN_NAMES,
    FUNCTION_WORDS,
    HEAD_TITLES,
    MALE_GIVEN_NAMES,
    ORG_HEADS,
    ORG_NOUNS,
    OTHER_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASE_STOPS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    STATEMENT_HEADS,
    TITLE_WORDS,
)
from wireparse.quotes.tokens import _PARTY_TAG, _QUOTE_TOKEN, _SENTENCE_END, _Tok
from wireparse.quotes.verbs import CUE_VERBS, SPEAKING_VERBS

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


def _person_of_the(toks: Sequence[_Tok], s: int, limit: int) -> bool:
    """Whether a person's name stands before "of the" and the run at ``s``: "Jane Doe of
    the National Institutes of Health" (not "Secretary of the Treasury John Roe")."""
    if s - 4 < limit or toks[s - 1].lower != "the" or toks[s - 2].lower != "of":
        return False
    before, after = toks[s - 3], toks[s]
    return (
        before.is_cap
        and toks[s - 4].is_cap
        and before.bare not in HEAD_TITLES
        and before.bare not in ORG_HEADS
        and after.bare not in HEAD_TITLES
    )


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
    site = _of_website(text, toks, j, limit)
    if site is not None:
        return _np_plain(text, toks, site, limit)  # "Bob Henson of weather.com emailed"
    if limit < j < len(toks) and toks[j].lower == "who":
        # "the teacher who told kids ...": the noun the clause describes
        held = _np_plain(text, toks, j - 1, limit)
        if held is None or held.kind != "common" or text.count(" ", held.start, held.end) > 3:
            return None  # (not "It’s raising alarms among education officials who say")
        return held
    np = _np_plain(text, toks, j, limit)
    if np is not None and np.kind in {"common", "other"}:
        np = _indefinite_holder(toks, np, j, limit) or np
    if np is not None:
        np = _document_before_by(text, toks, np, j, limit) or np
    if (
        np is not None
        and toks[j].text == ","
        and (np.kind in {"common", "other"} or _object_of_description(toks, np, j, limit))
    ):
        # "DeLaet's agent, Danny Fritz, told", "A lawyer for Acme, Marc Doe, said": the
        # name in the appositive speaks
        k = _appositive_name_start(toks, j, limit)
        if k is not None:
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


def _document_before_by(text: str, toks: Sequence[_Tok], np: _NP, j: int, limit: int) -> _NP | None:
    """ "A letter from the Legion obtained by The Associated Press warns": what was
    obtained or seen by ``np`` (the letter, or the Legion it is from) is the subject,
    not the news outlet."""
    if " by " not in text[max(0, np.start - 8) : np.start]:
        return None  # (cheap: no "by" right before the subject, "by The Associated Press")
    k = next(
        (k for k in range(min(j, len(toks) - 1), limit - 1, -1) if toks[k].start == np.start), None
    )
    if k is not None and k - 1 >= limit and toks[k - 1].lower == "the":
        k -= 1  # "obtained by the Associated Press"
    if k is None or k - 3 < limit or toks[k - 1].lower != "by":
        return None
    if toks[k - 2].lower not in _SEEN_BY:
        return None
    held = _np_before(text, toks, k - 3, limit)
    return held if held is not None and held.kind != "pronoun" else None


_SEEN_BY: Final = frozenset({"obtained", "seen", "reviewed", "received"})


def _of_website(text: str, toks: Sequence[_Tok], j: int, limit: int) -> int | None:
    """Where the name before *of* and a website ending at token ``j`` ends ("Bob Henson of
    weather.com"), else None."""
    k = j
    while k - 1 > limit and text[toks[k - 1].end : toks[k].start] == "." and toks[k].text.islower():
        k -= 1
    if k == j or k - 2 < limit or toks[k - 1].lower != "of" or not toks[k - 2].is_cap:
        return None
    return k - 2


def _indefinite_holder(toks: Sequence[_Tok], np: _NP, j: int, limit: int) -> _NP | None:
    """ "one veteran of the projects", "another member of the public", "a spokesperson
    for the camp": someone unnamed, described by what ``np`` (after *of* or *for*) is."""
    k = next(
        (k for k in range(min(j, len(toks) - 1), limit - 1, -1) if toks[k].start == np.start), None
    )
    if k is None or k - 2 < limit or toks[k - 1].lower not in _HOLDER_LINKS:
        return None
    h = k - 2
    familiar = toks[k - 1].lower == "with"  # "an official familiar with the letter"
    if familiar:
        if toks[h].lower != "familiar" or h - 1 < limit:
            return None
        h -= 1
    head = toks[h].lower
    if head not in ROLE_NOUNS and head not in PERSON_NOUNS and head not in PLURAL_SOURCES:
        return None
    for d in range(h, max(limit, h - 4) - 1, -1):
        if toks[d].lower in _UNNAMED_DETERMINERS:
            return _NP(toks[d].start, np.end, "common", np.description)
        if not toks[d].is_word or toks[d].lower in PHRASE_STOPS:
            break
    if familiar and head.endswith("s"):  # "sources familiar with the talks said"
        return _NP(toks[h].start, np.end, "common", np.description)
    return None


_HOLDER_LINKS: Final = frozenset({"of", "for", "with"})
# Determiners that introduce someone new ("a citizen", "another member of the public").
_UNNAMED_DETERMINERS: Final = frozenset({"a", "an", "another", "one"})


def _appositive_name_start(toks: Sequence[_Tok], j: int, limit: int) -> int | None:
    """The comma before a name that stands as an appositive ending at the comma ``j``:
    "Danny Fritz", and a place after "of" too: "the committee chairman, Sen. Jane Doe
    of South Carolina, said" (None when no such name stands there)."""
    k = j - 1
    places = 0
    while k > limit and j - k <= 5 + places and toks[k].text != _QUOTE_TOKEN:
        tok = toks[k]
        if not tok.is_cap:
            if tok.lower != "of" or places or k + 1 == j or not toks[k - 1].is_cap:
                break
            places = j - k  # "of South Carolina": the place's words and "of" let through
        k -= 1
    if not 3 + places <= j - k <= 5 + places or toks[k].text != ",":
        return None
    return k


def _object_of_description(toks: Sequence[_Tok], np: _NP, j: int, limit: int) -> bool:
    """Whether the name ``np`` (ending by token ``j``) is the object in a description ("a
    lawyer for the Trump Organization", "the mayor of Chicago"): a preposition before
    it, a lower-case word before that."""
    if np.kind != "name":
        return False
    i = next((k for k in range(j, limit - 1, -1) if toks[k].start == np.start), None)
    if i is None or i - 2 < limit:
        return False
    if toks[i - 1].lower == "the":
        i -= 1
    return (
        i - 2 >= limit
        and toks[i - 1].lower in _DESCRIPTION_PREPOSITIONS
        and toks[i - 2].is_word
        and not toks[i - 2].is_cap
    )


# "a lawyer for", "the mayor of": the prepositions that tie a description to a name.
_DESCRIPTION_PREPOSITIONS: Final = frozenset({"for", "of", "at", "with"})
# What opens a clause or an appositive after a subject's name (", who ...", ", a ...").
_CLAUSE_OPENERS: Final = frozenset({"who", "whose", "a", "an", "the"})
# How many tokens back a subject is looked for behind such clauses.
_CLAUSE_REACH: Final = 60


def _np_plain(text: str, toks: Sequence[_Tok], j: int, limit: int) -> _NP | None:
    """The subject that ends at token ``j`` (skipping adverbs and an appositive)."""
    while j >= limit and toks[j].lower in ADVERBS:
        j -= 1
    if j - 1 >= limit and (
        (toks[j].lower in TIME_PHRASE_NOUNS and toks[j - 1].lower in TIME_PHRASE_OPENERS)
        or (toks[j].lower in WEEKDAYS and toks[j - 1].lower == "on")
    ):
        # "Esper earlier this week called", "Trump on Wednesday praised": the time
        # phrase is no subject
        j -= 2
        while j >= limit and toks[j].lower in ADVERBS:
            j -= 1
    if j < limit:
        return None
    description: str | None = None
    if toks[j].text == ",":
        skipped = _skip_appositive(text, toks, j, limit)
        if skipped is None:
            return None
        j, description = skipped
    tok = toks[j]
    if tok.lower in PERSON_PRONOUNS or tok.lower in OTHER_PRONOUNS:
        return _NP(tok.start, tok.end, "pronoun", description)
    if tok.lower in GROUP_PART_WORDS and j + 1 < len(toks) and toks[j + 1].lower in CUE_VERBS:
        return _NP(tok.start, tok.end, "pronoun", description)  # "as some chanted"
    if tok.is_cap and tok.text.endswith(_POSSESSIVE_ENDS):
        return None  # "Parnas’ claims": a possessor is not the subject ("Moody's" may be)
    if (
        tok.lower in DEMONYMS
        and j - 1 >= limit
        and toks[j - 1].lower == "the"
        and (j + 1 == len(toks) or _speaks(toks[j + 1]))
    ):
        return _NP(toks[j - 1].start, tok.end, "common", description)  # "the American replied"
    if (
        tok.is_cap
        and tok.text != _QUOTE_TOKEN
        and (
            tok.lower not in FUNCTION_WORDS
            # a surname that is also a common word: "Michael Every", "actor Oh"
            or (
                j - 1 >= limit
                and (
                    toks[j - 1].lower in _GENDERED_NAMES
                    or toks[j - 1].lower in ROLE_NOUNS
                    or toks[j - 1].bare in HEAD_TITLES
                )
            )
        )
    ):
        np = _name_np(text, toks, j, limit, description)
        return _holder_of_place(text, toks, np, j, limit) if np is not None else None
    if tok.is_word and not tok.is_cap:
        return _common_np(toks, j, limit, description)
    return None


# A name after these is where the subject is: "protesters in Washington chanted".
_PLACE_PREPOSITIONS: Final = frozenset({"in", "at"})


def _holder_of_place(text: str, toks: Sequence[_Tok], np: _NP, j: int, limit: int) -> _NP:
    """The subject a name after "in" or "at" belongs to: "protesters in Washington
    chanted", "The Russian Embassy in the United States said" (else the name itself)."""
    k = j
    while k > limit and toks[k].start > np.start:
        k -= 1
    if k - 1 > limit and toks[k - 1].lower == "the":
        k -= 1  # "in the United States"
    if k - 2 < limit or toks[k - 1].lower not in _PLACE_PREPOSITIONS or not toks[k - 2].is_word:
        return np
    if not toks[k].is_cap and toks[k].lower != "the":
        return np  # "its editor in chief Utku Doe said": a role before the name, no place
    head = _np_plain(text, toks, k - 2, limit)
    if head is None or head.kind not in {"common", "name"}:
        return np
    return head


def _skip_appositive(text: str, toks: Sequence[_Tok], j: int, limit: int) -> tuple[int, str] | None:
    """Skip back over the appositive that ends with the comma at ``j``.

    "X, an ethnic separatist group ..., said": the token where the subject ends and
    the appositive as its description; None when no subject can stand before it.
    """
    k = j - 1
    while k >= limit and toks[k].text not in {",", _QUOTE_TOKEN} and j - k < 40:
        if toks[k].text in _SENTENCE_END:
            return None
        k -= 1
    if k < limit or toks[k].text != "," or k + 1 > j - 1:
        return None
    end_of_description = j - 1
    k = _list_start(toks, k, limit)
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
    elif (
        j - 4 >= limit
        and toks[j - 1].text == "_"
        and toks[j - 2].text in {"D", "R", "I"}
        and toks[j - 3].text == ","
        and _PARTY_TAG.fullmatch(f"{toks[j - 2].text}-{toks[j].text}")
    ):
        j -= 4  # "Rep. Eliot Engel, D_N.Y., who chairs ..., said": the tag in three tokens
    if j < limit:
        return None
    return j, description


def _list_start(toks: Sequence[_Tok], k: int, limit: int) -> int:
    """The comma before a list inside an appositive, when the part after the comma at
    ``k`` opens with "and" or "or": "Ben Doe, director of the Speech, Privacy, and
    Technology Project, said" (the list's items are capitalized words)."""
    while k + 1 < len(toks) and toks[k + 1].lower in _LIST_LINKS:
        m = k - 1
        while m > limit and k - m <= 4 and toks[m].is_cap and toks[m].is_word:
            m -= 1
        if m <= limit or m == k - 1 or toks[m].text != ",":
            return k
        k = m
    return k


# What continues a list after a comma: "Speech, Privacy, and Technology".
_LIST_LINKS: Final = frozenset({"and", "or"})


def _name_np(
    text: str, toks: Sequence[_Tok], j: int, limit: int, description: str | None
) -> _NP | None:
    """The name that ends at token ``j``, with a title or role in front as its description."""
    tok = toks[j]
    s = max(_name_run_back(toks, j), limit)
    if s > j:
        return None
    if s - 2 >= limit and toks[s - 1].lower == "of" and toks[s - 2].is_cap:
        # "Jingyi Pan of IG said": the name stands before "of"
        s = max(_name_run_back(toks, s - 2), limit)
    if _person_of_the(toks, s, limit):
        # "Dr. Jane Doe of the National Institutes of Health told": the person
        s = max(_name_run_back(toks, s - 3), limit)
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


def _common_np(toks: Sequence[_Tok], j: int, limit: int, description: str | None) -> _NP | None:
    """ "the ministry", "a spokeswoman for the company", "Surrey staff": the head noun at ``j``."""
    tok = toks[j]
    for k in range(j - 1, max(limit, j - 6) - 1, -1):
        word = toks[k].lower
        if word in DETERMINERS or word.endswith(("’s", "'s")):
            if any(
                toks[m].lower in PHRASE_STOPS or not (toks[m].is_word or _adjective_comma(toks, m))
                for m in range(k + 1, j + 1)
            ):
                return None
            kind = "common" if _source_noun(tok.lower) else "other"
            if toks[k].is_cap and word not in DETERMINERS:
                k = _possessor_start(toks, k, limit)
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


def _possessor_start(toks: Sequence[_Tok], k: int, limit: int) -> int:
    """Where the name of the possessor at ``k`` starts: "New York's labor department",
    "International Monetary Fund's committee", "Robert Mueller's office" (not the
    article, nor the titles in front of a name: "U.S. Special Counsel")."""
    start = k
    while start - 1 >= max(limit, k - 2):
        tok = toks[start - 1]
        if not (tok.is_cap and tok.is_word) or tok.lower in FUNCTION_WORDS:
            break
        if tok.bare in HEAD_TITLES or tok.bare in TITLE_WORDS:
            break
        start -= 1
    return start


_INSIDE_APPOSITIVE: Final = APPOSITIVE_LINKS
# Organizations named in credits, not as sources: never what "it" refers to.
_NOT_SPEAKERS: Final = frozenset(s for s in (*AGENCIES["AP"], *AGENCIES["CP"]) if " " in s)


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
        and toks[m - 1].lower.endswith(ADJECTIVE_ENDINGS)
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
    if tok.lower in {"the", "a", "an"}:
        role = _role_after_org(toks, i + 1)
        if role is not None:  # "a senior U.S. Department of Homeland Security official"
            return _NP(tok.start, toks[role].end, "common"), role + 1
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
    if e >= i:
        # the name is the last run of capitalized words
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
            return _NP(toks[i].start, toks[e].end, "name", description, toks[name_at].start), e + 1
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


_POSSESSIVE_ENDS: Final = ("’", "'")
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


def _speaks(tok: _Tok) -> bool:
    """A verb after a one-word subject that makes it someone speaking ("the American
    replied"), not a noun ("the Iranian report")."""
    word = tok.lower
    return (
        word in SPEAKING_VERBS or (word in CUE_VERBS and word.endswith(("ed", "s"))) or word == ","
    )


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
        if nxt.lower in DESCRIPTION_ENDS:
            break
        e += 1
    else:
        if e + 1 >= len(toks) and e - k >= 30:
            return None
    return text[toks[k].start : toks[e].end]
