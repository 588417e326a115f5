"""Contributor lines and bios: "Associated Press writer X contributed to this report."

The byline finder (``bylines.py``) hands each candidate unit's tokens here; a unit may
credit several people, with where they reported from ("X reported from Beirut"), or be an
opinion writer's bio ("Noah Smith is a Bloomberg Opinion columnist").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from wireparse._byline_tokens import (
    _DASH_MARKS,
    _LOCATION_PREPOSITIONS,
    _MAX_TITLE_WORDS,
    _Found,
    _found,
    _handle,
    _is_cap_at,
    _location_text,
    _mark,
    _name,
    _organization,
    _place,
    _role_phrase,
    _Token,
    _word,
    _words_at,
)
from wireparse._lexicon.agencies import canonical_agency
from wireparse._lexicon.roles import (
    BIO_STORY_WORDS,
    BIO_TITLE_FOLLOWERS,
    CONTRIBUTION_OBJECTS,
    CREDIT_VERBS,
    NAMELESS_GROUP_WORDS,
)

# A dash credit line ("-- Tom Orlik and Maeva Cousin") names at least this many people.
_MIN_DASH_CREDIT_NAMES: Final = 2


_LEAD_MARKS: Final = frozenset("_•·*-—–")


def _parse_contributors(text: str, tokens: Sequence[_Token]) -> list[_Found] | None:
    """The people of a whole contributor unit, or ``None`` when it is anything more."""
    pos = 0
    while pos < len(tokens) and tokens[pos].kind == "punct" and tokens[pos].text in _LEAD_MARKS:
        pos += 1
    if pos == len(tokens):
        return None
    if pos and tokens[pos - 1].text in _DASH_MARKS:
        credited = _dash_credit(text, tokens, pos)
        if credited is not None:
            return credited
    people: list[_Found] = []
    while pos < len(tokens):
        for sentence in (_credit_sentence, _assistance_sentence, _follow_sentence, _ap_sentence):
            parsed = sentence(text, tokens, pos)
            if parsed is not None:
                break
        else:
            return None
        pos, found = parsed
        people += found
        if pos == len(tokens):
            break
        if _mark(tokens, pos) in (".", ";"):
            pos += 1
        elif not tokens[pos - 1].text.endswith("."):
            return None
    return people


def _parse_bio(text: str, tokens: Sequence[_Token]) -> list[_Found] | None:
    """:func:`_bio_person`, with the handle of a "Follow her on Twitter at <link>" after it."""
    found = _bio_person(tokens)
    if found is None:
        return None
    follows = [index for index, token in enumerate(tokens) if token.low == "follow"]
    if follows:
        links = (_handle(token) for token in tokens[follows[0] :] if token.kind == "url")
        found[0].handle = next((handle for handle in links if handle), None)
    return found


def _bio_person(tokens: Sequence[_Token]) -> list[_Found] | None:
    """The writer of a bio: "Noah Smith is a Bloomberg Opinion columnist. ...".

    The first sentence names the person, then "is a" or "is an", then a known
    organization and a title ("CNN contributor"), or "member of" an organization's
    team ("... is a member of The Associated Press' Race and Ethnicity team").
    """
    end = _name(tokens, 0, min_words=2)
    if end is None or _word(tokens, end) != "is" or _word(tokens, end + 1) not in ("a", "an"):
        return None
    pos = end + 2
    if _words_at(tokens, pos, ("member", "of")):
        org = _organization(tokens, pos + 2)
        if org is None:
            return None
        team = org[0] + 1 if _mark(tokens, org[0]) in ("'", "’") else org[0]
        words: list[str] = []
        while _word(tokens, team) and len(words) < _MAX_TITLE_WORDS:
            words.append(tokens[team].low)
            team += 1
            if words[-1] == "team":
                return [_found(tokens, 0, end, role=" ".join(words), organization=org[1])]
        return None
    phrase = _role_phrase(tokens, pos)
    if phrase is None or phrase[1] is None or phrase[2] is None:
        return None
    if not _bio_sentence_ends(tokens, phrase[0]):
        return None  # "John Smith is a Reuters photographer who was hurt": a story's sentence
    return [_found(tokens, 0, end, role=phrase[2], organization=phrase[1])]


def _bio_sentence_ends(tokens: Sequence[_Token], pos: int) -> bool:
    """The bio's first sentence ends at ``pos`` or goes on only as a bio does."""
    if pos == len(tokens) or _mark(tokens, pos) == ".":
        return True
    if _word(tokens, pos) not in BIO_TITLE_FOLLOWERS:
        return False
    while pos < len(tokens) and _mark(tokens, pos) != ".":
        if tokens[pos].low in BIO_STORY_WORDS:
            return False
        pos += 1
    return True


def _dash_credit(text: str, tokens: Sequence[_Token], pos: int) -> list[_Found] | None:
    """Bloomberg's credit line under a box: "-- Tom Orlik and Maeva Cousin"."""
    listed = _name_list(text, tokens, pos, min_words=2)
    if listed is None or listed[0] != len(tokens):
        return None
    people = listed[1]
    organization = None
    last = text[people[-1].start : people[-1].end]
    if len(people) > 1 and canonical_agency(last.split(None, 1)[0]) is not None:
        organization = last  # "-- Jamie Murray, Bloomberg Economics"
        people = people[:-1]
    if organization is None and len(people) < _MIN_DASH_CREDIT_NAMES:
        return None  # "— Oscar Wilde" under a quotation
    for person in people:
        person.role = "contributor"
        person.organization = organization
    return people


_Parsed = tuple[int, list[_Found]]


_CREDIT_VERBS_LONGEST_FIRST: Final = sorted(CREDIT_VERBS.items(), key=lambda item: -len(item[0]))


_CREDIT_VERB_FIRST_WORDS: Final = frozenset(words[0] for words in CREDIT_VERBS)


def _name_list(
    text: str,
    tokens: Sequence[_Token],
    pos: int,
    *,
    min_words: int,
    stop_before_credit: bool = False,
) -> _Parsed | None:
    """Names joined by commas, "and", "&" or semicolons, each maybe "in PLACE"."""
    people: list[_Found] = []
    waiting: list[_Found] = []
    while True:
        organization = None
        owner = _possessive(tokens, pos)
        if owner is not None:
            pos, organization = owner
        end = _name(tokens, pos, min_words=min_words)
        if end is None:
            return None
        person = _found(tokens, pos, end, organization=organization)
        people.append(person)
        waiting.append(person)
        pos = end
        place_end = _place(tokens, pos + 1) if _word(tokens, pos) in ("in", "at") else None
        if place_end is not None:
            location = _location_text(text, tokens, pos + 1, place_end)
            for each in waiting:
                each.location = location
            waiting = []
            pos = place_end
        step = _separator(tokens, pos)
        if step == 0:
            break
        nxt = pos + step
        if stop_before_credit and _credit_verb(tokens, nxt) is not None:
            break
        if _name(tokens, nxt, min_words=min_words) is None:
            break
        pos = nxt
    return pos, people


def _possessive(tokens: Sequence[_Token], pos: int) -> tuple[int, str] | None:
    """``(end, organization)`` for "CTV Vancouver's" before a name."""
    for length in (1, 2, 3):
        last = pos + length - 1
        if not all(_is_cap_at(tokens, k) for k in range(pos, last + 1)):
            return None
        if tokens[last].low.endswith(("'s", "’s")):
            words = [token.text for token in tokens[pos : last + 1]]
            words[-1] = words[-1][:-2]
            return last + 1, " ".join(words)
    return None


def _separator(tokens: Sequence[_Token], pos: int) -> int:
    """How many tokens the list separator at ``pos`` takes (", and", ",", "; and", "and", "&")."""
    if _mark(tokens, pos) in (",", ";"):
        return 2 if _word(tokens, pos + 1) == "and" else 1
    if _word(tokens, pos) == "and" or _mark(tokens, pos) == "&":
        return 1
    return 0


def _credit_verb(tokens: Sequence[_Token], pos: int) -> tuple[int, str] | None:
    """Reuters' "Reporting by", "Additional reporting by", "Editing by" (any case)."""
    if _word(tokens, pos) not in _CREDIT_VERB_FIRST_WORDS:
        return None
    for words, role in _CREDIT_VERBS_LONGEST_FIRST:
        if _words_at(tokens, pos, words) and _word(tokens, pos + len(words)) == "by":
            return pos + len(words) + 1, role
    return None


def _credit_sentence(text: str, tokens: Sequence[_Token], pos: int) -> _Parsed | None:
    """ "(Reporting by X in Y; Additional reporting by Z; Editing by W)", with or without ()."""
    opened = _mark(tokens, pos) == "("
    if opened:
        pos += 1
    people: list[_Found] = []
    while True:
        verb = _credit_verb(tokens, pos)
        if verb is None:
            return None
        pos, role = verb
        listed = _name_list(text, tokens, pos, min_words=1, stop_before_credit=True)
        if listed is None:
            return None
        pos, found = listed
        for person in found:
            person.role = role
        people += found
        if _mark(tokens, pos) in (";", ",") and _credit_verb(tokens, pos + 1) is not None:
            pos += 1
            continue
        if _word(tokens, pos) == "and" and _credit_verb(tokens, pos + 1) is not None:
            pos += 1
            continue
        break
    if opened:
        if _mark(tokens, pos) == "." and _mark(tokens, pos + 1) == ")":
            pos += 1
        if _mark(tokens, pos) != ")":
            return None
        pos += 1
    return pos, people


def _assistance_sentence(text: str, tokens: Sequence[_Token], pos: int) -> _Parsed | None:
    """Bloomberg's "— With assistance by X, Y, and Z"; Canadian Press's "With files from X".

    The dash is skipped as a lead mark.
    """
    if _word(tokens, pos) != "with" or _word(tokens, pos + 2) not in ("by", "from"):
        return None
    role = {"assistance": "assistance", "files": "files"}.get(_word(tokens, pos + 1))
    if role is None:
        return None
    listed = _name_list(text, tokens, pos + 3, min_words=2)
    if listed is None:
        return None
    for person in listed[1]:
        person.role = role
    return listed


def _follow_sentence(text: str, tokens: Sequence[_Token], pos: int) -> _Parsed | None:
    """ "Follow X (and Y) on Twitter at URL (and URL)", "Follow X at URL and Y at URL"."""
    if _words_at(tokens, pos, ("on", "twitter")) and _mark(tokens, pos + 2) == ",":
        pos += 3
    if _word(tokens, pos) != "follow":
        return None
    pos += 1
    if _words_at(tokens, pos, ("and", "send", "tips", "to")):
        pos += 4
    people: list[_Found] = []
    handles: list[str] = []
    while True:
        phrase = _role_phrase(tokens, pos)
        if phrase is not None:
            pos = phrase[0]
        end = _name(tokens, pos, min_words=1)
        if end is None:
            return None
        people.append(_found(tokens, pos, end, role="social"))
        pos = end
        if _words_at(tokens, pos, ("on", "twitter")):
            pos += 2
        if _word(tokens, pos) == "at":
            pos += 1
        if _mark(tokens, pos) == ":":
            pos += 1
        handle = _handle(tokens[pos]) if pos < len(tokens) else None
        if handle is not None:
            handles.append(handle)
            pos += 1
            step = _separator(tokens, pos)
            if step and _name(tokens, pos + step) is not None:
                pos += step
                continue
            break
        step = _separator(tokens, pos)
        if step == 0:
            return None
        pos += step
    while len(handles) < len(people):
        step = _separator(tokens, pos)
        if step == 0 or pos + step >= len(tokens) or _handle(tokens[pos + step]) is None:
            break
        handles.append(_handle(tokens[pos + step]) or "")
        pos += step + 1
    if len(handles) != len(people):
        return None
    for person, handle in zip(people, handles, strict=True):
        person.handle = handle
    return pos, people


def _ap_sentence(text: str, tokens: Sequence[_Token], pos: int) -> _Parsed | None:
    """Clauses joined by "and": "X reported from Y", "Writers A in B and C contributed"."""
    parsed = _ap_clause(text, tokens, pos)
    if parsed is None:
        return None
    pos, people = parsed
    while True:
        step = _separator(tokens, pos)
        if not step or (_mark(tokens, pos) == ";" and _word(tokens, pos + 1) != "and"):
            break
        more = _ap_clause(text, tokens, pos + step)
        if more is None:
            break
        pos, found = more
        people += found
    return pos, people


def _ap_group(text: str, tokens: Sequence[_Token], pos: int) -> _Parsed | None:
    """Titled groups of names.

    "Associated Press writers A in B and C in D, and video producer E": a title
    holds for the names after it, a place for the names before it.
    """
    people: list[_Found] = []
    waiting: list[_Found] = []
    organization = role = None
    phrase = _role_phrase(tokens, pos)
    while True:
        if phrase is not None:
            pos, organization, role = phrase
            nameless = pos
            while _word(tokens, nameless) in NAMELESS_GROUP_WORDS and nameless - pos < 5:
                nameless += 1
            if nameless > pos and _word(tokens, nameless) == "contributed":
                return nameless, people  # "AP journalists around the world contributed"
        # After a title or a full name, a one-word "name" is a place: "in Berkeley and
        # Lafayette, California"; surnames stand alone: "Sisak and Balsamo reported".
        min_words = 2 if organization or role or any(" " in p.name for p in people) else 1
        end = _name(tokens, pos, min_words=min_words)
        if end is None:
            return None
        person = _found(tokens, pos, end, role=role, organization=organization)
        person.name = text[person.start : person.end]
        people.append(person)
        waiting.append(person)
        pos = end
        if _mark(tokens, pos) == "," and _word(tokens, pos + 1) in _LOCATION_PREPOSITIONS:
            pos += 1  # "Julie Watson, in Pijijiapan, Mexico"
        if (
            _word(tokens, pos) in _LOCATION_PREPOSITIONS
            and (place_end := _place(tokens, pos + 1)) is not None
        ):
            place_start = pos + 1
            more = _place(tokens, place_end + 1) if _word(tokens, place_end) == "and" else None
            if (
                more is not None
                and _name(tokens, place_end + 1, min_words=2) is None
                and _role_phrase(tokens, place_end + 1) is None
            ):
                place_end = more  # "in Berkeley and Lafayette, California"
            location = _location_text(text, tokens, place_start, place_end)
            for each in waiting:
                each.location = location
            waiting = []
            pos = place_end
        step = _separator(tokens, pos)
        if not step:
            break
        nxt = pos + step
        min_words = 2 if organization or role or " " in person.name else 1
        phrase = _role_phrase(tokens, nxt)  # (the next round's, if it goes on)
        if phrase is None and _name(tokens, nxt, min_words=min_words) is None:
            break
        pos = nxt
    return pos, people


def _ap_clause(text: str, tokens: Sequence[_Token], pos: int) -> _Parsed | None:
    grouped = _ap_group(text, tokens, pos)
    if grouped is None:
        return None
    start = pos
    pos, people = grouped
    if _mark(tokens, pos) == "," and _word(tokens, pos + 1) in ("also", "contributed", "reported"):
        pos += 1  # "Jim Morris in Vancouver, British Columbia, contributed"
    if _word(tokens, pos) == "also":
        pos += 1
    if _words_at(tokens, pos, ("wrote", "and", "reported")):
        pos += 2
    if _word(tokens, pos) == "reported" and people:
        return _reported_from(text, tokens, pos + 1, people)
    if _word(tokens, pos) == "contributed":
        phrase = _role_phrase(tokens, start)
        title = (phrase[1], phrase[2]) if phrase is not None else (None, None)
        return _contributed(text, tokens, pos + 1, people, title)
    return None


def _reported_from(
    text: str, tokens: Sequence[_Token], pos: int, people: list[_Found]
) -> _Parsed | None:
    """After "reported": "from Y", "from Y and Z", then ", and W from V" ellipses."""
    if _word(tokens, pos) != "from":
        return None
    place_end = _place(tokens, pos + 1)
    if place_end is None:
        return None
    start = pos + 1
    pos = place_end
    # "from Las Vegas and Columbia, South Carolina": one place of two cities.
    second = _place(tokens, pos + 1) if _word(tokens, pos) == "and" else None
    if second is not None and (second == len(tokens) or _mark(tokens, second) in (".", ";")):
        pos = second
    location = _location_text(text, tokens, start, pos)
    for person in people:
        person.role = "reported from"
        person.location = location
    while True:
        step = _separator(tokens, pos)
        if not step:
            break
        nxt = pos + step
        end = _name(tokens, nxt)
        if end is None or _word(tokens, end) != "from":
            break
        place_end = _place(tokens, end + 1)
        if place_end is None:
            break
        people.append(
            _found(
                tokens,
                nxt,
                end,
                role="reported from",
                location=_location_text(text, tokens, end + 1, place_end),
            )
        )
        pos = place_end
    return pos, people


def _contributed(
    text: str,
    tokens: Sequence[_Token],
    pos: int,
    people: list[_Found],
    title: tuple[str | None, str | None],
) -> _Parsed | None:
    """After "contributed": "to this report", "reporting", "from Y", ", including A in B; ..."."""
    for words in CONTRIBUTION_OBJECTS:
        if _words_at(tokens, pos, words):
            pos += len(words)
            break
    location = None
    # "contributed from Moscow", "contributed to this report in Atlanta"
    if _word(tokens, pos) in ("from", "in") and (place_end := _place(tokens, pos + 1)) is not None:
        location = _location_text(text, tokens, pos + 1, place_end)
        pos = place_end
    for person in people:
        person.role = person.role or "contributor"
        if person.location is None:
            person.location = location
    if _mark(tokens, pos) == "," and _word(tokens, pos + 1) == "including":
        # "Associated Press writers around the world contributed, including A in B; ..."
        listed = _name_list(text, tokens, pos + 2, min_words=2)
        if listed is None:
            return None
        pos, found = listed
        organization, role = title
        for person in found:
            person.role = role or "contributor"
            person.organization = organization
        people = [*people, *found]
    return pos, people
