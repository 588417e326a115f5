"""The noun phrase before a cue: the subject that speaks ("Jane Doe, a lawyer, said")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from wireparse._lexicon.cues import (
    ADVERBS,
    TIME_PHRASE_NOUNS,
    TIME_PHRASE_OPENERS,
)
from wireparse._lexicon.mentions import (
    ADJECTIVE_ENDINGS,
    DEMONYMS,
    GROUP_PART_WORDS,
)
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.names import WEEKDAYS
from wireparse._lexicon.titles import (
    DETERMINERS,
    FUNCTION_WORDS,
    HEAD_TITLES,
    ORG_HEADS,
    OTHER_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASE_STOPS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from wireparse.quotes.phrases import (
    _GENDERED_NAMES,
    _INSIDE_APPOSITIVE,
    _NP,
    _after_possessor,
    _source_noun,
    _split_title,
)
from wireparse.quotes.tokens import _PARTY_TAG, _QUOTE_TOKEN, _SENTENCE_END, _Tok
from wireparse.quotes.verbs import CUE_VERBS, SPEAKING_VERBS


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


_POSSESSIVE_ENDS: Final = ("’", "'")


def _speaks(tok: _Tok) -> bool:
    """A verb after a one-word subject that makes it someone speaking ("the American
    replied"), not a noun ("the Iranian report")."""
    word = tok.lower
    return (
        word in SPEAKING_VERBS or (word in CUE_VERBS and word.endswith(("ed", "s"))) or word == ","
    )
