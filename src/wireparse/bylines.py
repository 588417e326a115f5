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
import functools
import operator
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple, cast

import attrs
import regex

from wireparse._casing import is_all_caps, title_case
from wireparse._dates import MONTHS
from wireparse._lexicon.agencies import OUTLET_NAME_ENDINGS, canonical_agency
from wireparse._lexicon.credits import canonical_credit_agency
from wireparse._lexicon.names import ABBREVIATIONS as _NAME_ABBREVIATIONS
from wireparse._lexicon.names import NAME_PARTICLES as PARTICLES
from wireparse._lexicon.names import NOT_NAME_WORDS, PLACE_ABBREVIATIONS
from wireparse._lexicon.places import (
    COUNTRY_BY_KEY,
    REGION_BY_KEY,
    STANDALONE_BY_KEY,
    STATE_ABBREVIATIONS,
    fold,
)
from wireparse._lexicon.roles import (
    BIO_STORY_WORDS,
    BIO_TITLE_FOLLOWERS,
    CONTRIBUTION_OBJECTS,
    CONTRIBUTOR_CUES,
    CREDIT_VERBS,
    NAME_BREAK_WORDS,
    NAME_ENDING_ORGANIZATION_WORDS,
    NAMELESS_GROUP_WORDS,
    ORGANIZATION_WORDS,
    ORGANIZATIONS,
    REGIONS,
    STAFF_ROLES,
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
_MAX_NAME_WORDS: Final = 6
# A byline with one bare name ("By Alexandria Sage") counts only among the first units.
_BYLINE_TOP_UNITS: Final = 8
_MAX_PLACE_WORDS: Final = 5
_MAX_TITLE_WORDS: Final = 5
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
# A dash credit line ("-- Tom Orlik and Maeva Cousin") names at least this many people.
_MIN_DASH_CREDIT_NAMES: Final = 2

# One token, after the space before it (possessive: a zero-width character of
# SPACE_CHARS is never taken back for a punctuation token).
_TOKEN: Final = regex.compile(
    rf"""
    [{SPACE_CHARS}]*+                                  # space, zero-width too
    (?:
        (?P<url>(?:https?://|www\.|twitter\.com/)[^\s]{{1,300}})   # a link, trimmed below
      | (?P<handle>(?<![\w@])@\w{{1,40}})               # a Twitter handle
      | (?P<initials>(?:\p{{Lu}}\.){{2,6}})                # D.C., N.J., U.S.
      | (?P<word>[\p{{L}}\p{{M}}\p{{Nd}}][\p{{L}}\p{{M}}\p{{Nd}}'’\-]{{0,60}})  # inner ' and -
      | (?P<punct>[^\s\p{{L}}\p{{M}}\p{{Nd}}])               # one punctuation mark
    )
    """,
    regex.VERBOSE,
)
# _TOKEN's groups by number: the kind of token each one is.
_TOKEN_KINDS: Final = ("", *sorted(_TOKEN.groupindex, key=_TOKEN.groupindex.__getitem__))
_URL: Final = _TOKEN.groupindex["url"]
_WORD: Final = _TOKEN.groupindex["word"]
_PUNCT: Final = _TOKEN.groupindex["punct"]
# A cheap test for units that may hold a credit, before tokenizing them: one of the
# CONTRIBUTOR_CUES phrases, as whole words, in any case, spaces any run of spaces.
_CONTRIBUTOR_CUE: Final = regex.compile(
    "|".join(
        r"\b" + r"\s+".join(map(regex.escape, phrase.split())) + r"\b"
        for phrase in CONTRIBUTOR_CUES
    ),
    regex.IGNORECASE,
)
# The longest word of each cue phrase (lower case): a unit holding none of them is not
# searched (a search costs ~20 us per paragraph, the test ~1 us). Whole words, not
# stems, so that the text's many "report", "reporter" and "editor" are not collected.
_CONTRIBUTOR_CUE_WORDS: Final = tuple(
    dict.fromkeys(max(phrase.split(), key=len) for phrase in CONTRIBUTOR_CUES)
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
_DASH_MARKS: Final = frozenset("-—–")
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
_HANDLE_IN_URL: Final = regex.compile(
    r"""
    (?:twitter\.com|x\.com) / @? (?P<handle>\w{1,40})   # the account after the host
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_SPACE_RUN: Final = regex.compile(
    r"""
    \s+                # a run of spaces or line breaks inside a name or place
    """,
    regex.VERBOSE,
)
# What may stand in lower case in a name written in capitals: the "d'" of "TED d'AFFLISIO",
# the "Mc" of "JOE McDONALD", the "De" of "RON DeSANTIS".
_CAPS_NAME_PREFIX: Final = regex.compile(
    r"""
    \b (?: \p{Ll}['’] | (?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)(?=\p{Lu}{2}) )
    """,
    regex.VERBOSE,
)
_LEAD_MARKS: Final = frozenset("_•·*-—–")
# Capitalized words that end a name ("PATRICK RIZZO AND PATTI DOMM").
# Words written with a period that does not end the line's sentence.
ABBREVIATIONS: Final = _NAME_ABBREVIATIONS | STATE_ABBREVIATIONS

_ORGANIZATION_FIRST_WORDS: Final = frozenset(words[0] for words in ORGANIZATION_WORDS)
_PLACE_PREFIXES: Final = frozenset(word + "." for word in PLACE_ABBREVIATIONS)
_LOCATION_PREPOSITIONS: Final = frozenset({"in", "at", "from", "on"})


class _Token(NamedTuple):
    kind: str  # "word", "initials", "url", "handle", "punct"
    text: str
    start: int
    end: int
    low: str  # ``text`` lower-cased


# Builds a _Token from its fields as a tuple without NamedTuple's Python-level __new__.
_new_token: Final = cast(
    "Callable[[tuple[str, str, int, int, str]], _Token]",
    functools.partial(tuple.__new__, _Token),
)


@attrs.define
class _Found:
    """A person while the parser works; becomes a :class:`Person`."""

    start: int
    end: int
    role: str | None = None
    organization: str | None = None
    location: str | None = None
    handle: str | None = None
    name: str = ""


def _tokenize(text: str, start: int, end: int) -> list[_Token]:
    """The tokens of ``text[start:end]``.

    One ``finditer`` runs until a token is trimmed or grows (a link's closing
    punctuation, a word's trailing "'" or "-", an abbreviation's period); the next
    one starts where that token ends. Groups are read by number: the regex module
    looks a group name up far slower than the match itself takes.
    """
    tokens: list[_Token] = []
    pos = start
    while pos < end:
        resume = end
        for match in _TOKEN.finditer(text, pos, end):
            group = match.lastindex or _PUNCT
            value = match[group]
            # the token's group ends the match (only the space before it is outside)
            t_start, t_end = match.span(group)
            match_end = t_end
            if group == _URL:
                while t_end > t_start and text[t_end - 1] in ".,;:)]\"'”’":
                    t_end -= 1
                value = text[t_start:t_end]
                low = value.lower()
            elif group == _WORD:
                value = value.rstrip("'’-")
                t_end = t_start + len(value)
                low = value.lower()
                if (
                    t_end < end
                    and text[t_end] == "."
                    and ((len(value) == 1 and value.isupper()) or low in ABBREVIATIONS)
                ):
                    t_end += 1
                    value += "."
                    low += "."
            else:
                low = value.lower()
            tokens.append(_new_token((_TOKEN_KINDS[group], value, t_start, t_end, low)))
            if t_end != match_end:
                resume = t_end
                break
        pos = resume
    return tokens


def _is_cap(token: _Token) -> bool:
    if token.kind == "initials":
        return True
    text = token.text
    if token.kind != "word":
        return False
    # "d'AFFLISIO" as written in a capitals byline counts as capitalized.
    return text[0].isupper() or (len(text) > 2 and text[1] in "'’" and text[2].isupper())


def _is_abbreviation(token: _Token) -> bool:
    """ "D.C.", "Fla.", "St." (not an initial such as "M.")."""
    if token.kind == "initials":
        return True
    return token.text.endswith(".") and token.low[:-1] in ABBREVIATIONS


def _word(tokens: Sequence[_Token], index: int) -> str:
    """The lower-cased word at ``index``, or "" past the end or at punctuation."""
    if index < len(tokens) and tokens[index].kind in ("word", "initials"):
        return tokens[index].low
    return ""


def _mark(tokens: Sequence[_Token], index: int) -> str:
    if index < len(tokens) and tokens[index].kind == "punct":
        return tokens[index].text
    return ""


def _words_at(tokens: Sequence[_Token], index: int, words: Sequence[str]) -> bool:
    return all(_word(tokens, index + offset) == word for offset, word in enumerate(words))


# --- names, places, organizations, titles -----------------------------------------------


def _name(
    tokens: Sequence[_Token], index: int, *, min_words: int = 1, lower_ok: bool = False
) -> int | None:
    """The end index of a personal name starting at ``index``, or ``None``."""
    count = 0
    pos = index
    while pos < len(tokens) and count < _MAX_NAME_WORDS:
        token = tokens[pos]
        if token.kind not in ("word", "initials"):
            break
        low = token.low
        if _is_cap(token) or (lower_ok and token.kind == "word" and token.text.islower()):
            if low in NAME_ENDING_ORGANIZATION_WORDS or low in STAFF_ROLES:
                break
            if count == 0 and low in NOT_NAME_WORDS:
                return None
            if low in NAME_BREAK_WORDS:
                break
        elif not (count and low in PARTICLES and _particle_then_cap(tokens, pos + 1)):
            break
        count += 1
        pos += 1
    if count < min_words:
        return None
    return pos


def _particle_then_cap(tokens: Sequence[_Token], index: int) -> bool:
    """A capitalized word next, maybe after one more particle: "van der Walt"."""
    if _is_cap_at(tokens, index):
        return True
    return _word(tokens, index) in PARTICLES and _is_cap_at(tokens, index + 1)


def _organization(tokens: Sequence[_Token], index: int) -> tuple[int, str, bool] | None:
    """``(end, organization, possessive)`` for an organization at ``index``.

    The longest known spelling wins; "CNN's" is a possessive organization.
    """
    first = _word(tokens, index)
    if first.removesuffix("'s").removesuffix("’s") not in _ORGANIZATION_FIRST_WORDS:
        return None
    found: list[str] = []  # up to 4 words, read once for the four lengths
    for offset in range(4):
        low = _word(tokens, index + offset)
        if not low:
            break
        found.append(low)
    for length in range(len(found), 0, -1):
        words = found[:length]
        possessive = words[-1].endswith(("'s", "’s"))
        if possessive:
            words[-1] = words[-1][:-2]
        spelling = ORGANIZATION_WORDS.get(tuple(words))
        if spelling is not None and all(_is_cap(tokens[index + k]) for k in range(length)):
            return index + length, spelling, possessive
    return None


def _title(tokens: Sequence[_Token], index: int) -> tuple[int, str] | None:
    """A title ending in a role noun ("Diplomatic Writer", "video producer"): ``(end, role)``."""
    words: list[str] = []
    pos = index
    while pos < len(tokens) and len(words) < _MAX_TITLE_WORDS:
        low = _word(tokens, pos)
        if not low or low in _LOCATION_PREPOSITIONS or low in ("and", "contributed", "reported"):
            return None
        if low.endswith(("'s", "’s")):
            return None
        if low in STAFF_ROLES:
            words.append(STAFF_ROLES[low])
            pos += 1
            of_what = _word(tokens, pos) == "of" and _is_cap_at(tokens, pos + 1)
            if of_what and _is_cap_at(tokens, pos + 2):  # "Director of Polling Jennifer Agiesta"
                words += ["of", tokens[pos + 1].low]
                pos += 2
            return pos, " ".join(words)
        words.append(low)
        pos += 1
    return None


def _is_cap_at(tokens: Sequence[_Token], index: int) -> bool:
    return index < len(tokens) and _is_cap(tokens[index])


def _role_phrase(tokens: Sequence[_Token], index: int) -> tuple[int, str | None, str | None] | None:
    """``(end, organization, role)`` for "Associated Press writers", "CNN's", "video producer"."""
    org = _organization(tokens, index)
    pos = index
    organization = None
    if org is not None:
        pos, organization, possessive = org
        if possessive:
            return pos, organization, None
    title = _title(tokens, pos)
    if title is not None:
        return title[0], organization, title[1]
    return None


def _place_words(tokens: Sequence[_Token], index: int) -> int | None:
    """The end of a run of capitalized place words ("Rio de Janeiro", "JAKARTA/SURABAYA")."""
    count = 0
    pos = index
    while pos < len(tokens) and count < _MAX_PLACE_WORDS:
        token = tokens[pos]
        if _is_cap(token) and token.low not in ("and", "follow"):
            count += 1
            pos += 1
            if _is_abbreviation(token) and token.low not in _PLACE_PREFIXES:
                break  # "Montclair, N.J. Associated Press writers ...": the period ends it
            if _mark(tokens, pos) == "/" and _is_cap_at(tokens, pos + 1):
                pos += 1
            continue
        if count and token.low in PARTICLES and _is_cap_at(tokens, pos + 1):
            pos += 1
            continue
        break
    return pos if count else None


def _place(tokens: Sequence[_Token], index: int) -> int | None:
    """The end of a place ("Tehran, Iran", "Frankfort, Ky.", "the United Nations")."""
    pos = index
    if _word(tokens, pos) == "the":
        pos += 1
    end = _place_words(tokens, pos)
    if end is None:
        return None
    if _mark(tokens, end) == "," and _is_cap_at(tokens, end + 1):
        region_end = _place_words(tokens, end + 1)
        if region_end is not None and _is_region(tokens, end + 1, region_end):
            end = region_end
    return end


def _is_region(tokens: Sequence[_Token], start: int, end: int) -> bool:
    """Whether the words after a place's comma are its state or country, not a new name."""
    words = " ".join(token.text for token in tokens[start:end]).lower()
    if words in REGIONS or _is_abbreviation(tokens[end - 1]):
        return True
    # An unknown region only where no name can follow: "Minsk, Belarus, contributed".
    after = _word(tokens, end)
    if after in ("contributed", "also"):
        return True
    if end == len(tokens) or _mark(tokens, end) in (".", ";"):
        return True
    return _mark(tokens, end) == "," and _word(tokens, end + 1) in ("contributed", "also")


def _location_text(text: str, tokens: Sequence[_Token], start: int, end: int) -> str:
    if _word(tokens, start) == "the" and end - start > 1:
        start += 1
    value = _SPACE_RUN.sub(" ", text[tokens[start].start : tokens[end - 1].end])
    # "in BEIJING" -> "Beijing", but "in LA" and "D.C." stay as written.
    if is_all_caps(value) and any(len(token.text) > 2 for token in tokens[start:end]):
        return title_case(value)
    return value


def _normal_name(text: str) -> str:
    """ "JOE McDONALD" -> "Joe McDonald", "keith grant" -> "Keith Grant"; mixed case stays."""
    value = _SPACE_RUN.sub(" ", text)
    if is_all_caps(_CAPS_NAME_PREFIX.sub("", value)) or value.islower():
        return title_case(value)
    return value


def _found(
    tokens: Sequence[_Token],
    start: int,
    end: int,
    *,
    role: str | None = None,
    organization: str | None = None,
    location: str | None = None,
) -> _Found:
    """A person whose name is the tokens ``start`` to ``end``."""
    return _Found(tokens[start].start, tokens[end - 1].end, role, organization, location)


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


def _handle(token: _Token) -> str | None:
    if token.kind == "handle":
        return token.text[1:]
    if token.kind == "url":
        match = _HANDLE_IN_URL.search(token.text)
        return match.group("handle") if match else None
    return None


# --- contributor lines -------------------------------------------------------------------


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
    while True:
        phrase = _role_phrase(tokens, pos)
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
        if _role_phrase(tokens, nxt) is None and _name(tokens, nxt, min_words=min_words) is None:
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


# --- putting it together ------------------------------------------------------------------


def _people(doc: Document) -> tuple[list[_Found], list[_Found]]:
    """All byline and contributor people of ``doc``, names linked, handles set."""
    text = doc.text
    units = doc.units
    cues = WordIndex(doc.lowered, _CONTRIBUTOR_CUE_WORDS)
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


def _candidate_units(text: str, units: tuple[Span, ...], cues: WordIndex) -> list[int]:
    """The indexes of the units that may be a byline or a contributor line, in order.

    A byline opens with "By" (any case); a contributor line holds a cue word, and
    :class:`WordIndex` knows where those are, so the other units are never visited.
    """
    # (no list of the unit starts: the units are bisected by their start)
    candidates = {index for index, unit in enumerate(units) if text[unit.start] in "Bb-—–"}
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
