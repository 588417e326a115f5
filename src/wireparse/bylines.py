"""Bylines ("By JON GAMBRELL and RIAZAT BUTT, Associated Press") and contributor lines.

A byline is a line of its own that starts with "By" and holds nothing but
names, an organization and a title. A contributor line is a paragraph of its
own, near the end of a story, that holds nothing but credit sentences: AP's
"Gambrell reported from Jerusalem." and "Associated Press writers ... in ...
contributed to this report.", Reuters' "(Reporting by X in Y; Editing by Z)",
Bloomberg's "— With assistance by X and Y", and "Follow X on Twitter at ...".
A line that is anything more (a body sentence that happens to start with "By",
a paragraph that ends in a credit) is left alone, because the pipeline takes
the whole line out of the body.

Each :class:`~wireparse.models.Person` has ``span`` on the name as written and
``name`` in normal capitalization. A surname-only name ("Gambrell reported from
Jerusalem.") gets the full name that a byline or contributor line gives.
"Follow X on Twitter at https://twitter.com/x" sets ``handle`` on X.

>>> [p.name for p in find_bylines("By JON GAMBRELL and RIAZAT BUTT, Associated Press")]
['Jon Gambrell', 'Riazat Butt']
>>> [(p.name, p.role, p.location) for p in find_contributors("Gambrell reported from Jerusalem.")]
[('Gambrell', 'reported from', 'Jerusalem')]
>>> find_bylines("")
()
>>> find_contributors("")
()
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from typing import Final

import regex

from wireparse._byline_tokens import (
    _DASH_MARKS,
    _ORGANIZATION_FIRST_WORDS,
    _Found,
    _found,
    _handle,
    _is_cap,
    _is_cap_at,
    _location_text,
    _mark,
    _name,
    _normal_name,
    _organization,
    _place,
    _role_phrase,
    _title,
    _Token,
    _tokenize,
    _word,
    _words_at,
)
from wireparse._casing import is_all_caps
from wireparse._contributors import (
    _parse_bio,
    _parse_contributors,
)
from wireparse._dates import MONTHS
from wireparse._lexicon.agencies import OUTLET_NAME_ENDINGS, canonical_agency
from wireparse._lexicon.credits import canonical_credit_agency
from wireparse._lexicon.names import NOT_NAME_WORDS
from wireparse._lexicon.places import (
    COUNTRY_BY_KEY,
    REGION_BY_KEY,
    STANDALONE_BY_KEY,
    fold,
)
from wireparse._lexicon.roles import (
    CONTRIBUTOR_CUES,
    ORGANIZATIONS,
)
from wireparse._prefilter import WordIndex
from wireparse.document import Document, prepare
from wireparse.models import Person, Span
from wireparse.text import SPACE_CHARS

__all__ = [
    "find_bylines",
    "find_bylines_in",
    "find_contributors",
    "find_contributors_in",
    "glued_byline_start",
    "is_title_line",
    "persons_in",
]

# Lines longer than these are prose, not credits (the longest AP contributor
# line in the corpus, naming 14 people, is about 560 characters).
_MAX_BYLINE_CHARS: Final = 200
_MAX_CONTRIBUTOR_CHARS: Final = 1500
# A byline with one bare name ("By Alexandria Sage") counts only among the first units.
_BYLINE_TOP_UNITS: Final = 8
# A byline without "By" ("Annabelle Liang, The Associated Press") only as one of the
# first units, short, and naming a known organization.
_UNSIGNED_TOP_UNITS: Final = 2
_MAX_UNSIGNED_CHARS: Final = 120
# A name runs on into a newspaper's name only past this many words.
_MIN_WORDS_WITH_OUTLET: Final = 4
_MAX_OUTLET_WORDS: Final = 5
# A writer's bio ("Noah Smith is a Bloomberg Opinion columnist. ...") stands among the
# first units or the last ones, and is short.
_BIO_LAST_UNITS: Final = 4
_MAX_BIO_CHARS: Final = 600
_BIO_CUE: Final = " is a"
_BIO_CUE_WITHIN: Final = 80  # the cue follows a name

# A cheap test for units that may hold a credit, before tokenizing them: one of the
# CONTRIBUTOR_CUES phrases, as whole words, in any case, spaces any run of spaces.
_CONTRIBUTOR_CUE: Final = regex.compile(
    "|".join(
        r"\b" + r"\s+".join(map(regex.escape, phrase.split())) + r"\b"
        for phrase in CONTRIBUTOR_CUES
    ),
    regex.IGNORECASE,
)
# Where a cue phrase may stand, found once per text (_cue_index): a unit holding none
# is not searched (a search costs ~20 us per paragraph, the test ~1 us). A "<verb> by"
# phrase is found by its "by", kept only after one of its verbs: one scan of the text
# for all of them (each scan costs 3-5 us on an AP text).
_BY: Final = "by"
_VERBS_BEFORE_BY: Final = tuple(
    dict.fromkeys(
        phrase.split()[-2] for phrase in CONTRIBUTOR_CUES if phrase.split()[1:][-1:] == [_BY]
    )
)
# Any other phrase by its longest word (lower case). Whole words, not stems, so that
# the text's many "report", "reporter" and "editor" are not collected.
_CONTRIBUTOR_CUE_WORDS: Final = tuple(
    dict.fromkeys(
        max(phrase.split(), key=len)
        for phrase in CONTRIBUTOR_CUES
        if phrase.split()[1:][-1:] != [_BY]
    )
)
_MONTH_NAMES: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
# What a byline may carry after the names and is no part of them: an e-mail address
# ("By Jane Doe jdoe@example.com"), a date ("... and Jonathan Gitlin Sept 12, 2019").
_TRAILING_EXTRA: Final = regex.compile(
    rf"""
    [{SPACE_CHARS}]+
    (?:
        [\w.+\-]{{1,64}} @ [\w\-]{{1,63}} (?: \.[\w\-]{{1,63}} ){{1,4}}      # e-mail
      | (?i: {_MONTH_NAMES} ) \.? [\x20]{{1,3}} \d{{1,2}} (?: ,? [\x20]{{1,3}} \d{{4}} )?  # date
    )
    [\s.]*
    \Z
    """,
    regex.VERBOSE,
)
_BYLINE_START: Final = regex.compile(
    r"""
    [Bb][Yy] \b        # "By", "BY", "by" opening the line
    """,
    regex.VERBOSE,
)
# A byline glued to the end of the headline line, the name in capitals: "Tiger wins
# PGA Championship by 2 shots By DOUG FERGUSON, AP Golf Writer".
_GLUED_BYLINE: Final = regex.compile(
    r"""
    (?<= \S \s{1,3} ) By \s{1,3} (?= \p{Lu}{2} [\p{Lu}.'-]* \s{1,3} \p{Lu}{2} )
    """,
    regex.VERBOSE,
)
# How many units from the top a headline line with a glued byline may stand, and how long
# the line may be.
_GLUED_BYLINE_UNITS: Final = 2
_MAX_HEADLINE_AND_BYLINE_CHARS: Final = 300


# --- names, places, organizations, titles -----------------------------------------------


# --- bylines ---------------------------------------------------------------------------


def _parse_byline(text: str, tokens: Sequence[_Token]) -> list[_Found] | None:
    """The people of a whole byline line, or ``None`` when the line is not one."""
    if not tokens or tokens[0].low != "by":
        return None
    start = 2 if _mark(tokens, 1) == ":" else 1
    tokens = _without_trailing_extra(text, tokens)
    for lower_ok in (False, True):
        found = _parse_byline_names(text, tokens, start, lower_ok=lower_ok)
        if found is not None:
            return found
    return None


def _without_trailing_extra(text: str, tokens: Sequence[_Token]) -> Sequence[_Token]:
    """The tokens before a trailing e-mail address or date, or all of them."""
    extra = _TRAILING_EXTRA.search(text, tokens[0].start, tokens[-1].end)
    if extra is None:
        return tokens
    return [token for token in tokens if token.end <= extra.start()]


def _parse_unsigned_byline(text: str, tokens: Sequence[_Token]) -> list[_Found] | None:
    """A byline without "By" at the top: "Annabelle Liang, The Associated Press"."""
    found = _parse_byline_names(text, tokens, 0, lower_ok=False)
    if not found or found[0].organization not in _KNOWN_ORGANIZATIONS:
        return None
    after_names = bisect.bisect_left(tokens, found[-1].end, key=_START)
    if _mark(tokens, after_names) != ",":
        return None  # the organization follows a comma
    if any(_is_place_name(text[person.start : person.end]) for person in found):
        return None  # "New York, Reuters"
    return found


_KNOWN_ORGANIZATIONS: Final = frozenset(ORGANIZATIONS)
_KNOWN_ORGANIZATIONS_LOWER: Final = frozenset(name.lower() for name in ORGANIZATIONS)


def _ends_in_organization(text: str, unit: Span) -> bool:
    """Whether the unit ends in ", <known organization>" (a cheap test before tokenizing)."""
    comma = text.rfind(",", unit.start, unit.end)
    if comma < 0:
        return False
    return text[comma + 1 : unit.end].strip().rstrip(".").lower() in _KNOWN_ORGANIZATIONS_LOWER


def _is_place_name(name: str) -> bool:
    key = fold(name)
    return key in STANDALONE_BY_KEY or key in REGION_BY_KEY or key in COUNTRY_BY_KEY


def _outlet_start(tokens: Sequence[_Token], pos: int, end: int) -> int | None:
    """Where a newspaper's name starts inside the name words ``pos`` to ``end``, or ``None``.

    "Anna Smith Bloomberg News" holds a known organization; "Jane Doe Springfield
    News-Leader" ends in a newspaper's word, and its first two words are the name.
    """
    for start in range(pos + 2, end):
        org = _organization(tokens, start)
        if org is not None and org[0] == end:
            return start
    if end - pos < _MIN_WORDS_WITH_OUTLET:
        return None
    parts = tokens[end - 1].low.split("-")
    if not any(part in OUTLET_NAME_ENDINGS for part in parts):
        return None
    # the name is two words, three with a middle initial ("Shannon D. Harrington")
    middle = tokens[pos + 1]
    start = pos + 3 if middle.kind == "initials" or len(middle.text) == len("D.") else pos + 2
    return start if end - start <= _MAX_OUTLET_WORDS else None


def _parse_byline_names(
    text: str, tokens: Sequence[_Token], pos: int, *, lower_ok: bool
) -> list[_Found] | None:
    people: list[_Found] = []
    outlet: str | None = None
    while True:
        end = _name(tokens, pos, min_words=2, lower_ok=lower_ok)
        if end is None:
            return None
        outlet_at = _outlet_start(tokens, pos, end)
        if outlet_at is not None and _organization(tokens, outlet_at) is None:
            outlet = text[tokens[outlet_at].start : tokens[end - 1].end]
            people.append(_found(tokens, pos, outlet_at))
        else:
            people.append(_found(tokens, pos, outlet_at or end))
            end = outlet_at or end
        pos = end
        place_end = _place(tokens, pos + 1) if _word(tokens, pos) == "in" else None
        if place_end is not None:  # "By Erika Solomon in Beirut and Borzou Daragahi"
            people[-1].location = _location_text(text, tokens, pos + 1, place_end)
            pos = place_end
        if outlet is not None:
            break
        if _mark(tokens, pos) == "," and _word(tokens, pos + 1) == "and":
            step = 2
        elif _mark(tokens, pos) in (",", "&") or _word(tokens, pos) == "and":
            step = 1
        else:
            break
        if (
            _name(tokens, pos + step, min_words=2, lower_ok=lower_ok) is None
            or _organization(tokens, pos + step) is not None
            or _title(tokens, pos + step) is not None  # ", Middle East correspondent"
            # ", Canwest News Service"
            or (_mark(tokens, pos) == "," and _outlet_to_end(tokens, pos + step) is not None)
        ):
            break
        pos += step
    tail = _byline_tail(tokens, pos)
    if tail is None:
        return None
    organization, role, handle = tail
    organization = organization or outlet
    if lower_ok and organization is None:
        return None  # "by the time ...": lower-case names only with "by keith grant, Reuters"
    if any(canonical_credit_agency(text[p.start : p.end]) for p in people):
        return None  # "By Julian Finney, Getty Images": a photo credit
    # A title after a place belongs to the names after that place: "A in Beirut and B, role".
    located = [index for index, person in enumerate(people) if person.location]
    titled = people[located[-1] + 1 :] if located else people
    for person in people:
        person.organization = organization
        person.role = role if person in titled or not titled else None
        person.handle = handle
    return people


def _byline_tail(
    tokens: Sequence[_Token], pos: int
) -> tuple[str | None, str | None, str | None] | None:
    """``(organization, role, handle)`` from what follows the names; ``None`` if it is prose."""
    organization = role = handle = None
    if _mark(tokens, pos) in (",", ".") and _words_at(tokens, pos + 1, ("special", "to")):
        return _special_to(tokens, pos + 3)
    if _mark(tokens, pos) in (",", "|") or _word(tokens, pos) == "of":
        after = pos + 1
        phrase = _role_phrase(tokens, after)
        org = _organization(tokens, after)
        if phrase is not None:
            pos, organization, role = phrase
        elif org is not None:
            pos, organization = org[0], org[1]
        elif (
            _mark(tokens, pos) == ","
            and _is_cap_at(tokens, after)
            and _word(tokens, after) not in NOT_NAME_WORDS
            and (after + 1 == len(tokens) or _mark(tokens, after + 1) in (".", ":"))
        ):
            organization = tokens[after].text  # one unknown word: "By Tami Luhby, CNNMoney"
            pos = after + 1
        elif _mark(tokens, pos) == "," and (outlet := _outlet_to_end(tokens, after)) is not None:
            pos, organization = outlet  # "By Mike Smith, Postmedia News"
        else:
            return None
    else:
        phrase = _role_phrase(tokens, pos)
        org = _organization(tokens, pos)
        if phrase is not None and phrase[1] is not None:
            pos, organization, role = phrase
        elif org is not None:
            pos, organization = org[0], org[1]
    if _mark(tokens, pos) == "(" and pos + 2 < len(tokens) and _mark(tokens, pos + 2) == ")":
        agency = canonical_agency(tokens[pos + 1].text) if tokens[pos + 1].kind == "word" else None
        if agency is not None and organization is None:
            organization = agency  # "By Ron LOPEZ (AFP)"
        else:
            handle = _handle(tokens[pos + 1])
            if handle is None:
                return None
        pos += 3
    if _mark(tokens, pos) in (".", ":"):
        pos += 1
    if pos != len(tokens):
        return None
    return organization, role, handle


def _outlet_to_end(tokens: Sequence[_Token], pos: int) -> tuple[int, str] | None:
    """``(end, outlet)`` for capitalized words to the end that name an outlet ("Postmedia News")."""
    end = pos
    while end < len(tokens) and _is_cap(tokens[end]) and end - pos < _MAX_OUTLET_WORDS:
        end += 1
    if end == pos or end + (_mark(tokens, end) == ".") != len(tokens):
        return None
    if not any(part in OUTLET_NAME_ENDINGS for part in tokens[end - 1].low.split("-")):
        return None
    return end, " ".join(token.text for token in tokens[pos:end])


def _special_to(
    tokens: Sequence[_Token], pos: int
) -> tuple[str | None, str | None, str | None] | None:
    """ "Special to The Sun", "Special to amNewYork": the outlet is the organization."""
    words = [token for token in tokens[pos:] if token.kind == "word"]
    rest = [token for token in tokens[pos:] if token.kind != "word"]
    if not words or len(words) > _MAX_OUTLET_WORDS or any(t.text != "." for t in rest):
        return None
    return " ".join(token.text for token in words), None, None


# --- contributor lines -------------------------------------------------------------------


# --- putting it together ------------------------------------------------------------------


def _people(doc: Document) -> tuple[list[_Found], list[_Found]]:
    """All byline and contributor people of ``doc``, names linked, handles set."""
    text = doc.text
    units = doc.units
    cues = _cue_index(doc.lowered)
    bylines: list[_Found] = []
    contributors: list[_Found] = []
    for index in _candidate_units(text, units, cues):
        unit = units[index]
        length = unit.end - unit.start
        if (
            length <= _MAX_BYLINE_CHARS
            and text[unit.start] in "Bb"
            and _BYLINE_START.match(text, unit.start, unit.end)
        ):
            found = _parse_byline(text, _tokenize(text, unit.start, unit.end))
            if found:
                if found[0].organization is None and index + 1 < len(units):
                    _organization_below(text, units[index + 1], found)
                if _plausible_here(text, found, index):
                    bylines += found
                    continue
        elif index < _GLUED_BYLINE_UNITS and (glued := _glued_byline(text, unit)):
            bylines += glued
            continue
        elif (
            index < _UNSIGNED_TOP_UNITS
            and length <= _MAX_UNSIGNED_CHARS
            and text[unit.start].isupper()
            and _ends_in_organization(text, unit)
        ):
            found = _parse_unsigned_byline(text, _tokenize(text, unit.start, unit.end))
            if found:
                bylines += found
                continue
        if (
            (index < _UNSIGNED_TOP_UNITS or index >= len(units) - _BIO_LAST_UNITS)
            and length <= _MAX_BIO_CHARS
            and text.find(_BIO_CUE, unit.start, min(unit.end, unit.start + _BIO_CUE_WITHIN)) > 0
        ):
            found = _parse_bio(text, _tokenize(text, unit.start, unit.end))
            if found:
                contributors += found
                continue
        if length <= _MAX_CONTRIBUTOR_CHARS and (
            text[unit.start] in _DASH_MARKS
            or (
                cues.may_hold(unit.start, unit.end)
                and _holds_cue(text, doc.lowered, unit.start, unit.end)
            )
        ):
            found = _parse_contributors(text, _tokenize(text, unit.start, unit.end))
            if found:
                contributors += found
    for person in (*bylines, *contributors):
        person.name = _normal_name(text[person.start : person.end])
    _link(bylines, contributors)
    return bylines, [person for person in contributors if person.name]


_START: Final = operator.attrgetter("start")
# The first character of a unit that may be a byline ("By") or a dash credit line.
_CANDIDATE_FIRST: Final = re.compile("[" + re.escape("Bb" + "".join(sorted(_DASH_MARKS))) + "]")


# The words a _CONTRIBUTOR_CUE match opens with (lower case).
_CUE_OPENINGS: Final = tuple(dict.fromkeys(phrase.split()[0] for phrase in CONTRIBUTOR_CUES))


def _holds_cue(text: str, lowered: str | None, start: int, end: int) -> bool:
    """Whether ``_CONTRIBUTOR_CUE.search(text, start, end)`` finds a match.

    The pattern is matched only where one of the words it opens with stands (found in
    the lower-cased text): its search of a unit (an alternation of 14 words, ignoring
    case) cost 10-20 us, a few ``str.find`` calls over the unit cost 1-2 us. ``lowered``
    is the text's :func:`~wireparse._prefilter.lower_for_search`.
    """
    if lowered is None:  # a fold trap: no word positions to go by
        return _CONTRIBUTOR_CUE.search(text, start, end) is not None
    for word in _CUE_OPENINGS:
        at = lowered.find(word, start, end)
        while at >= 0:
            # matched where it would start: its \b sees the character before, as in a search
            if _CONTRIBUTOR_CUE.match(text, at, end) is not None:
                return True
            at = lowered.find(word, at + 1, end)
    return False


def _cue_index(lowered: str | None) -> WordIndex:
    """Where a _CONTRIBUTOR_CUE match may stand in the text lowered as ``lowered``.

    Each match holds one of _CONTRIBUTOR_CUE_WORDS, or is a "<verb> by" phrase whose
    "by" (kept) follows one of _VERBS_BEFORE_BY past spaces (``\\s+``: space in
    ``lowered``, or a "?" for a non-ASCII character), so a unit the index says holds
    nothing holds no match.

    >>> text = "Editing by Jo. Written\\nby Al. Nearby. Drive by."
    >>> cues = _cue_index(text.lower())
    >>> [text[at : at + 2] for at in cues.positions()], cues.may_hold(31, 38)
    (['by', 'by'], False)
    """
    spans: list[tuple[int, int]] = []
    if lowered is not None:
        at = lowered.find(_BY)
        while at >= 0:
            before = at
            while before > 0 and (lowered[before - 1].isspace() or lowered[before - 1] == "?"):
                before -= 1
            if before < at and lowered.endswith(_VERBS_BEFORE_BY, 0, before):
                spans.append((at, at + len(_BY)))
            at = lowered.find(_BY, at + 1)
    return WordIndex(lowered, _CONTRIBUTOR_CUE_WORDS, spans)


def _candidate_units(text: str, units: tuple[Span, ...], cues: WordIndex) -> list[int]:
    """The indexes of the units that may be a byline or a contributor line, in order.

    A byline opens with "By" (any case); a contributor line holds a cue word, and
    :class:`WordIndex` knows where those are, so the other units are never visited.
    """
    # (no list of the unit starts: the units are bisected by their start)
    firsts = "".join(map(text.__getitem__, map(_START, units)))  # each unit's first character
    candidates = {match.start() for match in _CANDIDATE_FIRST.finditer(firsts)}
    candidates.update(range(min(len(units), _UNSIGNED_TOP_UNITS)))
    candidates.update(range(max(0, len(units) - _BIO_LAST_UNITS), len(units)))
    positions = cues.positions()
    if positions is None:
        return list(range(len(units)))  # a fold trap: any unit may hold a cue
    for position in positions:
        index = bisect.bisect_right(units, position, key=_START) - 1
        if index >= 0:
            candidates.add(index)
    return sorted(candidates)


def _plausible_here(text: str, people: list[_Found], index: int) -> bool:
    """Whether a byline stands where one can: near the top, or anywhere when it is unmistakable.

    "By Chip Grabow, CNN" heads a post deep in a live blog; a lone "By Popular
    Demand" in mid-story is a subhead. So past the first lines a byline needs an
    organization, a title, a handle, two names, or a name in capitals.
    """
    if index < _BYLINE_TOP_UNITS or len(people) > 1:
        return True
    person = people[0]
    if person.organization or person.role or person.handle:
        return True
    return is_all_caps(text[person.start : person.end])


def _glued_byline(text: str, unit: Span) -> list[_Found] | None:
    """The people of a byline glued to the end of a headline line ("... By DOUG FERGUSON")."""
    if unit.end - unit.start > _MAX_HEADLINE_AND_BYLINE_CHARS:
        return None
    if text.find("By ", unit.start, unit.end) < 0:
        return None
    glued = _GLUED_BYLINE.search(text, unit.start, unit.end)
    if glued is None:
        return None
    found = _parse_byline(text, _tokenize(text, glued.start(), unit.end))
    if not found or not all(is_all_caps(text[p.start : p.end]) for p in found):
        return None
    return found


def glued_byline_start(text: str, unit: Span) -> int | None:
    """Where a byline glued to the end of the line ``text[unit]`` starts ("By ..."), if any.

    >>> line = "Tiger wins by 2 shots By DOUG FERGUSON, AP Golf Writer"
    >>> line[glued_byline_start(line, Span(0, len(line))):]
    'By DOUG FERGUSON, AP Golf Writer'
    """
    if _glued_byline(text, unit) is None:
        return None
    glued = _GLUED_BYLINE.search(text, unit.start, unit.end)
    return None if glued is None else glued.start()


def _title_line(text: str, unit: Span) -> tuple[str, str | None, bool] | None:
    """The organization and role of a line that is only those, as under a byline, and
    whether the line gives the role (a role phrase).

    AP pages print "By STEFANIE DAZIO" and "Associated Press" on two lines.
    """
    if unit.end - unit.start > _MAX_BYLINE_CHARS:
        return None
    words = text[unit.start : unit.end].lower().split()
    last_parts = words[-1].rstrip(".").split("-")
    if words[0] not in _ORGANIZATION_FIRST_WORDS and not any(
        part in OUTLET_NAME_ENDINGS for part in last_parts
    ):
        return None
    tokens = _tokenize(text, unit.start, unit.end)
    organization = _organization(tokens, 0)
    if organization is not None and organization[0] == len(tokens):
        return organization[1], None, False
    phrase = _role_phrase(tokens, 0)  # "By DAN SEWELL" over "Associated Press Writer"
    if phrase is not None and phrase[0] == len(tokens) and phrase[1] is not None:
        return phrase[1], phrase[2], True
    outlet = _outlet_to_end(tokens, 0)  # "By Chris Hedges" over "New York Times Service"
    if outlet is not None:
        return outlet[1], None, False
    return None


def is_title_line(text: str, unit: Span) -> bool:
    """Whether ``text[unit]`` is only an organization and a role, as under a byline.

    >>> is_title_line("AP Golf Writer", Span(0, 14)), is_title_line("It rained.", Span(0, 10))
    (True, False)
    """
    return _title_line(text, unit) is not None


def _organization_below(text: str, unit: Span, people: list[_Found]) -> None:
    """Take the organization (and role) from a next line that is only that."""
    title = _title_line(text, unit)
    if title is None:
        return
    for person in people:
        person.organization = title[0]
        if title[2]:
            person.role = title[1]


def _surname(name: str) -> str:
    return name.rsplit(" ", 1)[-1].lower()


def _link(bylines: list[_Found], contributors: list[_Found]) -> None:
    """Give surnames their full names; move Follow-line handles onto the people."""
    full = [p for p in (*bylines, *contributors) if " " in p.name and p.role != "social"]
    for person in contributors:
        if " " not in person.name:
            names = {p.name for p in full if _surname(p.name) == person.name.lower()}
            if len(names) == 1:
                person.name = names.pop()
    people = [p for p in (*bylines, *contributors) if p.role != "social"]
    for social in [p for p in contributors if p.role == "social"]:
        if " " in social.name:
            matches = [p for p in people if p.name == social.name]
        else:
            matches = [p for p in people if _surname(p.name) == social.name.lower()]
        if matches:
            for person in matches:
                person.handle = person.handle or social.handle
            social.name = ""  # linked: not a person of its own


def _persons(found: Sequence[_Found]) -> tuple[Person, ...]:
    return tuple(
        Person(
            name=person.name,
            span=Span(person.start, person.end),
            role=person.role,
            organization=person.organization,
            location=person.location,
            handle=person.handle,
        )
        for person in found
    )


def persons_in(doc: Document) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """The bylines and the contributors of a prepared document, from one pass.

    ``parse_article`` calls it once and takes both; :func:`find_bylines_in` and
    :func:`find_contributors_in` each keep one half.
    """
    bylines, contributors = _people(doc)
    return _persons(bylines), _persons(contributors)


def find_bylines_in(doc: Document) -> tuple[Person, ...]:
    """:func:`find_bylines` of a prepared document."""
    return persons_in(doc)[0]


def find_contributors_in(doc: Document) -> tuple[Person, ...]:
    """:func:`find_contributors` of a prepared document."""
    return persons_in(doc)[1]


def find_bylines(text: str) -> tuple[Person, ...]:
    """Find the authors named in byline lines, in input order.

    >>> lee = find_bylines("By MATTHEW LEE AP Diplomatic Writer")
    >>> [(p.name, p.organization, p.role) for p in lee]
    [('Matthew Lee', 'AP', 'diplomatic writer')]
    >>> [(p.name, p.span) for p in find_bylines("TITLE\\n\\nby Janie Gabbett, Reuters\\n\\nText.")]
    [('Janie Gabbett', Span(start=10, end=23))]
    >>> find_bylines("By Tuesday, officials said the road was open.")
    ()
    """
    return find_bylines_in(prepare(text, function="find_bylines"))


def find_contributors(text: str) -> tuple[Person, ...]:
    """Find the people named in end-of-story contributor lines, in input order.

    >>> line = "(Reporting by Andy Bruce in London; Editing by Joyjeet Das)"
    >>> [(p.name, p.role, p.location) for p in find_contributors(line)]
    [('Andy Bruce', 'reporting', 'London'), ('Joyjeet Das', 'editing', None)]
    >>> [p.name for p in find_contributors("— With assistance by Billy House and Erik Wasson")]
    ['Billy House', 'Erik Wasson']
    >>> find_contributors("The report was written by John Smith.")
    ()
    """
    return find_contributors_in(prepare(text, function="find_contributors"))
