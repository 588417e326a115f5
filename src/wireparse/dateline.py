"""Wire datelines: "ISLAMABAD (AP) —", "WASHINGTON, Jan 18 (Reuters) -", "(CNN)".

A dateline opens the first paragraph of wire copy. It names where the story was
filed, sometimes when, and which agency sent it (the tag in parentheses). The
forms, all seen in ../shared/corpus:

- a place, then a tag, then a dash: "EL PASO, Texas (AP) —", "Beirut (AFP) –",
  "WASHINGTON (AP) _" (wire feed), "Washington (CNN)" (no dash);
- a place and a date, with or without a tag: "LOS ANGELES, Feb. 2 (UPI) —",
  "Tallinn, March 22, 2018 (AFP) -", "NEW YORK, March 3 -" (Reuters-21578);
- a tag or a date and a tag alone: "(Bloomberg) --", "(CNN)The", "Oct 24 (Reuters) -";
- the tag stripped by a web page: "ISLAMABAD —", "TROUT BROOK, N.B. —", "CHICAGO--";
- an agency credit alone, as RSS leads have it: "AP - ", "Reuters - ";
- older and reposted forms: a date after the tag ("OTTAWA (AFP) Feb 22, 2005"), the tag
  in braces or slashes ("{AP}", "/PRNewswire/"), a newspaper's timestamp before the place
  ("(07-17) 13:09 PDT BERKELEY --"), AP's "Undated (AP) _" (no place).

A tag that names no news agency (a local station, a newspaper: "COLUMBIA, Mo. (KMIZ) -")
still makes a dateline, with ``wire`` left ``None``; ``source`` keeps every tag as written.

>>> d = parse_dateline("COLUMBIA, Mo. (KMIZ) - A fire destroyed a barn.")
>>> d.city, d.wire, d.source
('Columbia', None, 'KMIZ')

The stripped form is the only one without a tag or a date to vouch for it, so it
is held to more: the place is in capitals (or is a known stand-alone dateline
city), short, not a word such as "FILE" or "EDITOR'S NOTE", followed by a real
dash, and what follows is a sentence, not more capitals.

>>> d = parse_dateline("EL PASO, Texas (AP) — Aiming to play the role of healer")
>>> d.text, d.city, d.region, d.country, d.wire
('EL PASO, Texas (AP) —', 'El Paso', 'Texas', 'United States', 'AP')
>>> d = parse_dateline("WASHINGTON, Jan 18 (Reuters) - The Senate voted.")
>>> d.city, d.date_text, d.date, d.wire
('Washington', 'Jan 18', None, 'Reuters')
>>> parse_dateline("WASHINGTON state officials said on Monday.") is None
True
"""

from __future__ import annotations

import datetime
import functools
from typing import Final

import attrs
import regex

from wireparse._casing import title_case
from wireparse._dates import DATE_PATTERN, date_from_match
from wireparse._lexicon.agencies import AGENCY_ALIASES, canonical_agency
from wireparse._lexicon.places import (
    CITY_SPELLINGS,
    COUNTRY_BY_KEY,
    NOT_PLACES,
    PLACE_PARTICLES,
    PROSE_WORDS,
    REGION_BY_KEY,
    STANDALONE_BY_KEY,
    fold,
)
from wireparse.document import Document
from wireparse.models import Dateline, Span
from wireparse.text import SPACE_CHARS, check_text

__all__ = ["may_name_wire", "parse_dateline", "parse_dateline_in"]

# One word of a place name: "EL", "ST.", "N.Y.", "WINSTON-SALEM", "D'ALENE", "Calif.".
_W: Final = r"[\p{L}\p{M}](?:[\p{L}\p{M}'’.\-]{0,30}[\p{L}\p{M}.])?"
# A word that is not the start of a date ("March 3", misspelt "Mach 4", "April l -"), so
# that a place stops before one.
_NOT_DATE: Final = r"(?!\p{L}{1,9}\.?[\x20\u00a0]{1,3}(?:\d|[Ol]\d?[\x20\u00a0]{0,3}-[\x20\n]))"

_LEADING_SPACE: Final = regex.compile(rf"[{SPACE_CHARS}]*")

_PLACE: Final = regex.compile(
    rf"""
    (?P<lead>\*{{1,8}})?                     # Reuters-21578 priority marks: "****WASHINGTON"
    (?P<city>
        {_W}
        (?:(?:[\x20\u00a0]|[\x20]?/[\x20]?){_NOT_DATE}{_W}){{0,6}}   # "SALT LAKE CITY", "A/B"
    )
    (?:                                      # up to three ", Region" parts
        [\x20\u00a0]{{0,2}},[\x20\u00a0]{{0,3}}{_NOT_DATE}
        (?P<part>
            {_W}(?:[\x20\u00a0]{_NOT_DATE}{_W}){{0,3}}
            (?:,?[\x20]?/[\x20]?{_W}(?:[\x20\u00a0]{_W}){{0,3}})?  # "Va./WASHINGTON"
        )
    ){{0,3}}
    """,
    regex.VERBOSE,
)

# Between the place and the date: a comma, or only spaces ("JOHANNESBURG March 13 -").
_DATE_SEP: Final = regex.compile(r"[\x20\u00a0]{0,2},[\x20\u00a0]{0,3}|[\x20\u00a0]{1,3}")

_TAG: Final = regex.compile(
    r"""
    ,?[\x20\u00a0]{0,3}                       # "GROZNY, (Reuters) -" has a stray comma
    (?:
        [({][\x20]?                          # 1990s web reposts: "RICHMOND, Va. {AP}"
        (?P<tag>[\p{L}][\p{L}\p{N}.&/'’\-\x20]{0,30}?)   # "AP", "Reuters", "Sports Network"
        [\x20]?[)}]
      | /(?P<tag>[\p{L}][\p{L}\p{N}.&'’\-]{0,30}?)/      # press releases: "/PRNewswire/"
    )
    """,
    regex.VERBOSE,
)
# A misspelt month or day before a dash, as Reuters-21578 has a few: "RENO, Nev., Mach 4 -",
# "BELGRADE, March 2O -" (letter O for a zero), "REGGIO CALABRIA, Italy, April l -" (l for 1),
# or the day before the month.
_LOOSE_DATE: Final = regex.compile(
    r"""
    (?:
        \p{Lu}\p{L}{1,5}\.?[\x20\u00a0]{1,3}
        (?:\d{1,3}|\d[Ol]|[Ol]\d?)
      | \d{1,2}[\x20\u00a0]{1,3}\p{Lu}\p{Ll}{2,8}     # the day first: "AMSTERDAM, 2 March -"
    )
    (?=[\x20\u00a0]{0,3}-[\x20\n])
    """,
    regex.VERBOSE,
)
# A newspaper's timestamp before the dateline: "(07-17) 13:09 PDT BERKELEY --".
_TIMESTAMP: Final = regex.compile(
    r"""
    \(\d{1,2}-\d{1,2}\)[\x20]{1,3}                  # (month-day)
    \d{1,2}:\d{2}(?:[\x20]?[AaPp]\.?[Mm]\.?)?[\x20]{1,3}  # time
    \p{Lu}{2,4}[\x20]{1,3}                           # zone: "PDT", "EST"
    """,
    regex.VERBOSE,
)
# Spaces between an agency tag and a date after it: "OTTAWA (AFP) Feb 22, 2005".
_SPACES: Final = regex.compile(r"[\x20\u00a0]{1,3}")
# A date after the tag needs a year or a dash after it.
_YEAR_END: Final = regex.compile(r"\d{4}\Z")
# Reuters-21578 sometimes signs the date instead: "WASHINGTON, March 12, Reuter -".
_REUTER_SUFFIX: Final = regex.compile(r",[\x20]{1,2}(?P<tag>Reuters?)\b")

_DASH: Final = regex.compile(
    r"""
    (?P<space>,?[\x20\t\u00a0]{0,3}(?:\n(?=—))?)   # IHT set the em dash on the next line
    (?P<dash>[—–―‒]{1,2}|-{1,3}|_)
    """,
    regex.VERBOSE,
)

_STRONG_DASHES: Final = frozenset({"—", "–", "―", "‒", "——", "––", "--", "---"})
_UPPER_WORD: Final = regex.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|O['’])?[^\p{Ll}]+")
_LETTER: Final = regex.compile(r"\p{L}")
# What a sentence opens with: a capital, a digit, an opening quotation mark or bracket
# (Reuters-21578 marks company names "<Wolverine Exploration Co> said").
_SENTENCE_START: Final = regex.compile(r"[\p{Lu}\p{N}\"'“‘«(\[<]")
_LOWER: Final = regex.compile(r"\p{Ll}")

# A stripped-tag dateline (no tag, no date) names at most this many words unless the
# city is a known stand-alone one or a region follows; before a long dash ("—", "--"),
# one more ("SOUTH SAN FRANCISCO --").
_STRIPPED_MAX_WORDS: Final = 2
_STRIPPED_MAX_WORDS_LONG_DASH: Final = 3
_SAME_LINE_SENTENCE: Final = regex.compile(r"[\x20\u00a0]{0,3}[\p{Lu}\"“]")
# A place that is no place: AP's "Undated (AP) _" for a story from many places.
_NO_PLACE: Final = frozenset({"undated"})
# A first word that makes the line a byline, not a place: "By Ron LOPEZ (AFP)".
_BYLINE_WORD: Final = "by"
# A place before a date, with no tag, has at most this many words ("ELK GROVE VILLAGE").
_DATED_MAX_WORDS: Final = 4
# A word with this many capitals and one lower-case letter past its second is a typo.
_STRAY_LOWER_MIN_CAPITALS: Final = 3
# A line after the dash in capitals only, with at least this many letters, is a headline.
_HEADLINE_MIN_LETTERS: Final = 3
# How far after a stripped-tag dash the body must show a lower-case letter.
_BODY_LOOKAHEAD: Final = 160

_SPELLINGS: Final = {fold(name): name for name in CITY_SPELLINGS}


def parse_dateline(
    text: str, pos: int = 0, *, published: datetime.date | None = None
) -> Dateline | None:
    """Parse a dateline that starts at ``text[pos:]`` (after whitespace), or ``None``.

    ``published`` gives the year to a date written without one; nothing is taken
    from today's date.

    >>> parse_dateline("(CNN)The feud between them will play out Friday.").wire
    'CNN'
    >>> d = parse_dateline("Story\\n\\nISLAMABAD — Pakistan struck back.", 7)
    >>> d.text, d.span, d.city, d.country, d.wire
    ('ISLAMABAD —', Span(start=7, end=18), 'Islamabad', 'Pakistan', None)
    >>> d = parse_dateline("ABERDEEN, Scotland, Nov. 2 (UPI) -- Oil prices fell.",
    ...                    published=datetime.date(2015, 11, 3))
    >>> d.city, d.country, d.date, d.wire
    ('Aberdeen', 'Scotland', datetime.date(2015, 11, 2), 'UPI')
    >>> parse_dateline("FILE - In this Dec. 2, 2019, file photo, Joe Biden speaks.") is None
    True
    """
    check_text(text, function="parse_dateline")
    return _parse_dateline(text, pos, published)


def parse_dateline_in(
    doc: Document, pos: int = 0, *, published: datetime.date | None = None
) -> Dateline | None:
    """:func:`parse_dateline` of a prepared document (the pipeline calls it at each place)."""
    return _parse_dateline(doc.text, pos, published)


# Where a dateline's agency (``wire``) comes from: a tag in parentheses, braces or
# slashes (_TAG, _TIMESTAMP), Reuters-21578's ", Reuter" (_REUTER_SUFFIX), or a place
# that is an agency's name ("AP -", "Reuters -": canonical_agency of the place).
_WIRE_MARKS: Final = ("(", "{", "/", "Reuter")
_AGENCY_OPENINGS: Final = tuple(sorted({alias.split()[0] for alias in AGENCY_ALIASES if alias}))
# How far the first word of an agency's name can stand from the paragraph's start, past
# Reuters-21578's asterisks (at most 8 before a place: _PLACE's lead).
_AGENCY_OPENING_REACH: Final = 8 + max(map(len, _AGENCY_OPENINGS))


def may_name_wire(text: str, start: int, end: int) -> bool:
    """``False`` when no dateline that lies in ``text[start:end]`` names its agency.

    A cheap test: the stretch holds a tag's opening mark or "Reuter", or opens (past
    spaces and Reuters-21578's asterisks) with the first word of an agency's name.

    >>> may_name_wire("BERLIN — It rained.", 0, 19), may_name_wire("AP - It rained.", 0, 15)
    (False, True)
    """
    if any(text.find(mark, start, end) >= 0 for mark in _WIRE_MARKS):
        return True
    opening = _LEADING_SPACE.match(text, start, end).end()  # type: ignore[union-attr]
    head = text[opening : min(end, opening + _AGENCY_OPENING_REACH)]
    return head.lstrip("*").lower().startswith(_AGENCY_OPENINGS)


def _parse_dateline(text: str, pos: int, published: datetime.date | None) -> Dateline | None:
    if pos < 0 or pos >= len(text):
        return None
    start = _LEADING_SPACE.match(text, pos).end()  # type: ignore[union-attr]
    found = _parse_at(text, start, published)
    if found is None or found.wire is None or found.city is not None or found.date_text:
        return found
    # An agency credit can stand before a full dateline: "Canadian Press - HALIFAX (CP) -".
    inner_start = _LEADING_SPACE.match(text, found.span.end).end()  # type: ignore[union-attr]
    inner = _parse_at(text, inner_start, published) if inner_start < len(text) else None
    if inner is None or (inner.city is None and inner.date_text is None):
        return found
    span = Span(start, inner.span.end)
    return Dateline(
        text=text[span.start : span.end],
        span=span,
        city=inner.city,
        region=inner.region,
        country=inner.country,
        wire=inner.wire or found.wire,
        date=inner.date,
        date_text=inner.date_text,
        source=inner.source or found.source,
    )


def _parse_at(text: str, start: int, published: datetime.date | None) -> Dateline | None:
    """The dateline at exactly ``start``, or ``None``."""
    if start >= len(text):
        return None
    stamp = _TIMESTAMP.match(text, start)
    if stamp is not None:
        return _after_timestamp(text, start, stamp.end(), published)
    tag = _TAG.match(text, start)
    if tag is not None and tag.start("tag") - start <= 2 and text[start] in "({":
        return _tag_only(text, start, tag)
    date = DATE_PATTERN.match(text, start)
    if date is not None:
        return _date_only(text, start, date, published)
    place = _PLACE.match(text, start)
    if place is None:
        return None
    glued = place.group().find("--")
    if glued > 0:  # "CHICAGO--Grain futures fell": the place ends at the double hyphen
        place = _PLACE.match(text, start, start + glued)
        if place is None:
            return None
    return _placed(text, start, place, published)


def _after_timestamp(
    text: str, start: int, after: int, published: datetime.date | None
) -> Dateline | None:
    """The dateline after a newspaper's timestamp, its span taking the timestamp in."""
    found = _parse_at(text, after, published)
    if found is None or found.city is None:
        return None
    return attrs.evolve(found, text=text[start : found.span.end], span=Span(start, found.span.end))


def _tag_only(text: str, start: int, tag: regex.Match[str]) -> Dateline | None:
    """ "(Reuters) -", "(Bloomberg) --", "(CNN)The"."""
    tagged = _after_known_tag(text, tag)
    if tagged is None:
        return None
    wire, end = tagged
    return _make(text, start, end, wire=wire, source=tag.group("tag"))


def _after_known_tag(text: str, tag: regex.Match[str]) -> tuple[str, int] | None:
    """The agency of a known tag and where the dateline ends after it (past any dash)."""
    wire = canonical_agency(tag.group("tag"))
    if wire is None:
        return None
    end = _dash_end(text, tag.end(), spaced_before=False, spaced_after=False)
    end = end if end is not None else tag.end()
    if not _not_headline(text, end):
        return None
    return wire, end


def _date_only(
    text: str, start: int, date: regex.Match[str], published: datetime.date | None
) -> Dateline | None:
    """ "March 16 (UPI) —": a date needs a known agency tag after it."""
    tag = _TAG.match(text, date.end())
    tagged = _after_known_tag(text, tag) if tag is not None else None
    if tagged is None:
        return None
    wire, end = tagged
    return _make(
        text,
        start,
        end,
        wire=wire,
        date=date_from_match(date, reference=published),
        date_text=date.group(),
        source=tag.group("tag") if tag is not None else None,
    )


def _placed(
    text: str, start: int, place: regex.Match[str], published: datetime.date | None
) -> Dateline | None:
    """A dateline that names a place: the place, then a date, a tag or a dash."""
    cursor = place.end()
    date = loose_date = None
    separator = _DATE_SEP.match(text, cursor)
    if separator is not None:
        date = DATE_PATTERN.match(text, separator.end())
        if date is None:
            loose_date = _LOOSE_DATE.match(text, separator.end())
    dated = date or loose_date
    if dated is not None:
        cursor = dated.end()
    tag = _TAG.match(text, cursor) if loose_date is None else None
    if tag is None and date is not None:
        tag = _REUTER_SUFFIX.match(text, cursor)
    if tag is not None:
        cursor = tag.end()
    elif dated is None and _DASH.match(text, cursor) is None:
        # Neither a date nor a tag: only a dash can follow the place (``_dash_end``
        # below), and without one every path returns None. Most paragraphs stop here,
        # before the name tests.
        return None
    city_text = place.group("city")
    parts = list(place.captures("part"))
    if not _name_like(city_text, parts, lenient=dated is not None):
        return None
    if city_text.split(None, 1)[0].casefold() == _BYLINE_WORD:
        return None

    wire: str | None = None
    source = tag.group("tag") if tag is not None else None
    end: int | None
    if tag is not None:
        if date is None and canonical_agency(tag.group("tag")) is not None:
            after_tag = _date_after_tag(text, cursor)
            if after_tag is not None:
                date = dated = after_tag
                cursor = after_tag.end()
        tagged = _tag_end(text, cursor, tag, city_text)
        if tagged is None:
            return None
        end, wire = tagged
    else:
        end = _dash_end(text, cursor, spaced_before=dated is None, spaced_after=True)
        if end is None or _prose(city_text):
            return None
        if dated is None and (late := _late_date(text, end)) is not None:
            date = dated = late[0]
            end = late[1]
        if dated is not None:
            # No headline test here: Reuters-21578 tables follow their dateline in capitals.
            if len(_words(city_text)) > _DATED_MAX_WORDS:
                return None
        else:
            agency = canonical_agency(city_text) if not parts else None
            if agency is not None:
                if not _body_follows(text, end):
                    return None
                return _make(text, start, end, wire=agency, source=city_text)
            if not _stripped_ok(text, city_text, parts, end):
                return None

    if fold(city_text) in _NO_PLACE and not parts:
        return _make(text, start, end, wire=wire, source=source)
    city, region, country = _place_fields(city_text, parts)
    return _make(
        text,
        start,
        end,
        city=city,
        region=region,
        country=country,
        wire=wire,
        date=date_from_match(date, reference=published) if date is not None else None,
        date_text=dated.group() if dated is not None else None,
        source=source,
    )


def _tag_end(
    text: str, cursor: int, tag: regex.Match[str], city_text: str
) -> tuple[int, str | None] | None:
    """Where a dateline with a tag ends (after its dash, if any), and its news agency.

    A tag that names no agency wireparse knows is kept only in capitals and with a dash
    ("VIENNA (MNA) -"), and gives no agency: a local station or a newspaper
    ("COLUMBIA, Mo. (KMIZ) -") is no wire service.
    """
    tag_text = tag.group("tag")
    wire = canonical_agency(tag_text)
    if wire is None:
        if not (_all_caps(city_text) and _looks_like_agency(tag_text)):
            return None
        end = _dash_end(text, cursor, spaced_before=False, spaced_after=True)
        if end is None:
            return None
    else:
        end = _dash_end(text, cursor, spaced_before=False, spaced_after=False)
    end = end if end is not None else cursor
    if not _not_headline(text, end):
        return None
    return end, wire


def _late_date(text: str, end: int) -> tuple[regex.Match[str], int] | None:
    """A date after the place's dash, and the end of the dash after it.

    Reuters-21578 now and then puts a dash before the date too:
    "KANSAS CITY, Mo. - March 13 -".
    """
    late = DATE_PATTERN.match(text, end + 1) if text[end : end + 1] == " " else None
    if late is None:
        return None
    late_end = _dash_end(text, late.end(), spaced_before=False, spaced_after=True)
    return (late, late_end) if late_end is not None else None


def _date_after_tag(text: str, cursor: int) -> regex.Match[str] | None:
    """A date after the tag ("OTTAWA (AFP) Feb 22, 2005"): with a year, or before a dash."""
    spaces = _SPACES.match(text, cursor)
    date = DATE_PATTERN.match(text, spaces.end()) if spaces is not None else None
    if date is None:
        return None
    if _YEAR_END.search(date.group()) or _DASH.match(text, date.end()) is not None:
        return date
    return None


def _dash_end(text: str, cursor: int, *, spaced_before: bool, spaced_after: bool) -> int | None:
    """The end of the dash at ``cursor`` (after up to three spaces), or ``None``.

    Dashes and double hyphens always count. A single hyphen needs a space after it
    when ``spaced_after`` (so that "WASHINGTON-based" is no dateline) and a space
    before it when ``spaced_before``; a tag vouches for "(Reuters) -The". An
    underscore (AP's wire feeds: "WASHINGTON (AP) _ The") needs spaces on both sides.
    """
    match = _DASH.match(text, cursor)
    if match is None:
        return None
    dash = match.group("dash")
    end = match.end()
    after = text[end] if end < len(text) else " "
    if dash in _STRONG_DASHES:
        return None if dash.startswith("-") and after == "-" else end
    has_space_before = bool(match.group("space").strip(","))
    if dash == "_":
        return end if has_space_before and after.isspace() else None
    if after in "-_" or (spaced_before and not has_space_before):
        return None
    if spaced_after and not after.isspace():
        return None
    return end


def _name_like(city: str, parts: list[str], *, lenient: bool) -> bool:
    """Whether the words before the date, tag or dash can be a place name."""
    words = city.replace("/", " ").split()
    if not words:
        return False
    if all(_capitalized_or_particle(word) for word in words) and all(
        _part_ok(part) for part in parts
    ):
        return _letter_first(words[0])
    # Reuters-21578 writes a few datelines in lower case: "des moines, april 7 -".
    if lenient and len(words) <= 3 and not parts:
        return not any(word.casefold() in PROSE_WORDS for word in words)
    return False


def _words(city: str) -> list[str]:
    return city.replace("/", " ").split()


def _prose(city: str) -> bool:
    """ "ROTTERDAM PORT SUBSIDY TO END JULY 1 -" is a headline, not a place and a date."""
    return any(word.casefold() in PROSE_WORDS for word in _words(city))


def _letter_first(word: str) -> bool:
    return bool(word) and word[0].isalpha() and not word[0].islower()


def _capitalized_or_particle(word: str) -> bool:
    return _letter_first(word) or word.casefold() in PLACE_PARTICLES


def _part_ok(part: str) -> bool:
    key = fold(part)
    if key in REGION_BY_KEY or key in COUNTRY_BY_KEY:
        return True
    words = part.replace("/", " ").split()
    return _letter_first(words[0]) and all(_capitalized_or_particle(w) for w in words)


def _all_caps(city: str) -> bool:
    """Capitals, allowing the lower-case prefix of "McALLEN" and "DeKALB"."""
    words = city.replace("/", " ").split()
    return bool(words) and all(_UPPER_WORD.fullmatch(word) for word in words)


def _looks_like_agency(tag: str) -> bool:
    words = tag.split()
    return 0 < len(words) <= 3 and not any(ch.isdigit() for ch in tag)


def _stripped_ok(text: str, city: str, parts: list[str], end: int) -> bool:
    """The extra evidence a dateline without tag or date needs ("ISLAMABAD —")."""
    key = fold(city)
    if key in NOT_PLACES or canonical_agency(city) is not None:
        return False
    known = key in STANDALONE_BY_KEY
    if not (_all_caps(city) or known):
        return False
    if not all(fold(part) in REGION_BY_KEY or fold(part) in COUNTRY_BY_KEY for part in parts):
        return False
    words = len(city.replace("/", " ").split())
    if not (known or parts) and words > _STRIPPED_MAX_WORDS:
        # three words before a long dash, and the sentence on the same line
        # (not a Reuters-21578 table: "ARGENTINA SOYBEAN MEAL --\n  1986/87")
        long_dash = text[end - 1] in "—–―" or text[end - 2 : end] == "--"
        if words > _STRIPPED_MAX_WORDS_LONG_DASH or not long_dash:
            return False
        if _SAME_LINE_SENTENCE.match(text, end) is None:
            return False
    return _body_follows(text, end)


def _not_headline(text: str, end: int) -> bool:
    """The rest of the line is not more capitals ("CANADIAN PACIFIC (CP) CONFIRMS EARNINGS")."""
    line = text[end : end + _BODY_LOOKAHEAD].split("\n", 1)[0]
    # a lower-case letter settles it; the letters are counted (a findall) only without one
    return _LOWER.search(line) is not None or len(_LETTER.findall(line)) < _HEADLINE_MIN_LETTERS


def _body_follows(text: str, end: int) -> bool:
    """A sentence follows the dash.

    It opens with a capital, a quotation mark or (after a real dash) a digit, its
    first line is not more capitals (a headline) nor a date ("CANADIAN METALS -
    April 7", a Reuters table heading), and it has lower case. Reuters tables
    ("LEAD - 1550 tonnes", "SOWS - steady", "CORN --     1986/87") fail this.
    """
    window = text[end : end + _BODY_LOOKAHEAD]
    body = window.lstrip()
    line = body.split("\n", 1)[0]
    if not body or not _SENTENCE_START.match(body):
        return False
    if body[0].isdigit() and text[end - 1] == "-" and text[end - 2 : end] != "--":
        return False
    if DATE_PATTERN.match(line) or (_LETTER.search(line) and not _LOWER.search(line)):
        return False
    return _LOWER.search(window) is not None


def _place_fields(city_text: str, parts: list[str]) -> tuple[str, str | None, str | None]:
    """City in normal capitalization, region spelled out, country written or implied."""
    return _place_fields_of(city_text, tuple(parts))


@functools.lru_cache(maxsize=1024)
def _place_fields_of(
    city_text: str, written: tuple[str, ...]
) -> tuple[str, str | None, str | None]:
    """:func:`_place_fields`, remembered: datelines repeat their places from story to story.

    A pure function of the place as written (lexicon look-ups and case changes only).
    """
    city_text, parts = _split_trailing_region(city_text, list(written))
    city = _city_name(city_text)
    # A second place after a region: "CHARLOTTESVILLE, Va./WASHINGTON" gives
    # "Charlottesville/Washington".
    others: list[str] = []
    for index, part in enumerate(parts):
        if "/" in part:
            head, _, tail = part.partition("/")
            parts[index] = head.rstrip(", ")
            others.append(_city_name(tail.strip()))
    if others:
        city = "/".join([city, *others])
    region: str | None = None
    country: str | None = None
    unknown: list[str] = []
    for part in parts:
        key = fold(part)
        if key in REGION_BY_KEY and region is None:
            region, implied = REGION_BY_KEY[key]
            country = country or implied
        elif key in COUNTRY_BY_KEY:
            country = COUNTRY_BY_KEY[key]
        else:
            unknown.append(_tidy(part))
    if unknown:
        if region is None:
            region = unknown.pop(0)
        if unknown and country is None:
            country = unknown[-1]
    if not parts:
        standalone = STANDALONE_BY_KEY.get(fold(city))
        if standalone is not None:
            _, region, country = standalone
        else:
            country = COUNTRY_BY_KEY.get(fold(city))  # "BAHRAIN, March 1 -", "AUSTRALIA -"
    return city, region, country


def _split_trailing_region(city: str, parts: list[str]) -> tuple[str, list[str]]:
    """ "FERGUSON Mo." and "WEST POINT. N.Y." lack the comma before their state."""
    words = city.split(" ")
    if len(words) > 1 and fold(words[-1]) in REGION_BY_KEY and not _all_caps(words[-1]):
        return " ".join(words[:-1]), [words[-1], *parts]
    if len(words) > 1 and "." in words[-1] and fold(words[-1]) in REGION_BY_KEY:
        head = " ".join(words[:-1])
        if head.endswith(".") and len(head.split(" ")[-1]) > 4:
            return head, [words[-1], *parts]
    return city, parts


def _city_name(city: str) -> str:
    if city.endswith(".") and len(city.split(" ")[-1]) > 4:
        city = city[:-1]  # "WEST POINT." before a state
    spelled = _SPELLINGS.get(fold(city))
    if spelled is not None:
        return spelled
    standalone = STANDALONE_BY_KEY.get(fold(city))
    if standalone is not None:
        return standalone[0]
    return _tidy(city)


def _tidy(name: str) -> str:
    """Normal capitalization; words written in mixed case ("Al", "McAllen") stay as written."""
    return title_case(" ".join(_fix_stray_lower(word) for word in name.split()))


def _fix_stray_lower(word: str) -> str:
    """A capitals word with one stray lower-case letter is a typo: "WALtHAM", "CORAl"."""
    lower = [index for index, ch in enumerate(word) if ch.islower()]
    upper = sum(ch.isupper() for ch in word)
    if len(lower) == 1 and lower[0] > 1 and upper >= _STRAY_LOWER_MIN_CAPITALS:
        return word.upper()
    return word


def _make(
    text: str,
    start: int,
    end: int,
    *,
    city: str | None = None,
    region: str | None = None,
    country: str | None = None,
    wire: str | None = None,
    date: datetime.date | None = None,
    date_text: str | None = None,
    source: str | None = None,
) -> Dateline:
    return Dateline(
        text=text[start:end],
        span=Span(start, end),
        city=city,
        region=region,
        country=country,
        wire=wire,
        date=date,
        date_text=date_text,
        source=source,
    )
