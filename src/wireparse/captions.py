"""Photo captions and their credits: "(AP Photo/Anjum Naveed)", "REUTERS/Name".

A caption is a paragraph unit that ends with a photo credit, or the part of a
unit up to a credit when another credit follows (Bloomberg pages repeat
"Photographer: X/Bloomberg" twice on one line). The credit is parsed into agency,
photographers, organization, "via" distributor and file, pool and handout flags;
the description gives the day the photo was taken and where.

>>> caption, = find_captions("A man waves in Des Moines, Iowa, Tuesday, Jan. 7, 2020. "
...                          "(AP Photo/Charlie Neibergall)")
>>> caption.date, caption.location, caption.credit.photographers
(datetime.date(2020, 1, 7), 'Des Moines, Iowa', ('Charlie Neibergall',))
>>> find_captions("")
()
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

import attrs
import regex

from wireparse._credit import NAME_TOKEN, is_abbreviation, parse_credit
from wireparse._dates import DATE_PATTERN, date_from_match
from wireparse._lexicon.agencies import all_spellings, alternation
from wireparse._lexicon.credits import (
    CREDIT_AGENCIES,
    CREDIT_HINT_WORDS,
    CREDIT_LOWER_CASE_WORDS,
)
from wireparse._lexicon.places import STATE_ABBREVIATIONS
from wireparse._prefilter import may_contain
from wireparse.document import Document, prepare
from wireparse.models import Caption, Credit, Span
from wireparse.text import SENTENCE_MARKS

__all__ = ["find_captions", "find_captions_in"]

# A credit is looked for only in the last characters of a paragraph unit, so the
# work per unit is bounded whatever the unit's length.
_WINDOW: Final = 320
# The longest caption in the corpus has 845 characters; a longer unit is body text.
_MAX_UNIT: Final = 2000
# A year-less caption date with no ``published`` looks for a full date this far into the text.
_REFERENCE_SCAN: Final = 5000
# Every credit form has one of these near its end; units without one are skipped cheaply.
# (Each of CREDIT_HINT_WORDS, "via" as a word before a space.)
_CREDIT_HINT: Final = regex.compile(
    "|".join(r"\bvia\s" if word == "via" else regex.escape(word) for word in CREDIT_HINT_WORDS)
)

# "(AP Photo/Evan Vucci, File)", "(Name/The New York Times via AP)", "(Photo by X/Getty Images)".
# A trailing scrap glued to the parenthesis ("(AP Photo/Jens Meyer)b") stays in the caption.
_PAREN_CREDIT: Final = regex.compile(
    r"""
    (?P<credit>\(\s{0,2}(?P<inner>[^()\n]{1,200}?)\s{0,2}\))
    (?P<scrap>[\p{L}\p{N}]{0,8})
    [\s.]{0,3}\Z
    """,
    regex.VERBOSE,
)
# How far before the end of the window _PAREN_CREDIT's ")" can stand: scrap 8, closing 3.
_PAREN_CLOSE_REACH: Final = 12

# What makes a parenthesis a credit, not "(Reuters)" or "(D-Calif.)": a slash, "via",
# or a "Photo" word at the start.
_PAREN_SHAPE: Final = regex.compile(
    r"/|\bvia\s|\A\s{0,2}(?:Photo|Photograph|Image|(?:AP|AFP)\s(?:Photo|Video)|Courtesy)\b"
)

# "REUTERS/Daniel Acker/File Photo", "Reuters/Tom Westbrook": runs to the end of the unit.
_REUTERS_SLASH: Final = regex.compile(
    r"""
    (?:(?<=[\s.,;:”"])|(?<=\A))
    (?P<credit>(?P<word>REUTERS|Reuters)\s?/(?!\s{0,2}ipsos)[^\n]{0,200}?)
    \s*\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def via_end_pattern(credit_agencies: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """The end of an unparenthesized credit that names its distributor, one of
    ``credit_agencies`` (``_lexicon.credits.CREDIT_AGENCIES``): "Erin Schaff/Pool via
    REUTERS", "KCNA/via REUTERS", "Source: TASS via Getty Images"."""
    return regex.compile(
        rf"""
        (?:/\s{{0,2}}|\s{{1,3}})via\s{{1,3}}(?:{alternation(all_spellings(credit_agencies))})
        (?:\s{{0,2}}/\s{{0,2}}[^\n/()]{{1,40}}){{0,2}}
        \s*\Z
        """,
        regex.VERBOSE,
    )


_VIA_END: Final = via_end_pattern(CREDIT_AGENCIES)

# "Photographer: Zach Gibson/Bloomberg", "Mandatory Credit: Kirby Lee-USA TODAY Sports".
_LABELLED_CREDIT: Final = regex.compile(
    r"""
    (?:(?<=[\s.,;:”"])|(?<=\A))
    (?P<credit>(?P<label>(?:Photographer|Photograph|Mandatory\sCredit|Source|Photo)\s{0,2}:
                         |Photo\sby(?:\s{0,2}:)?)\s{0,3}
      (?P<inner>(?:(?!Photo\sby|Photographer)[^\n:]){1,120}?))
    \s*\Z
    """,
    regex.VERBOSE,
)

# Words one of which every _LABELLED_CREDIT label holds.
_LABELLED_CREDIT_WORDS: Final = ("Photo", "Mandatory", "Source")

# "Susan Walsh/AP Photo": a name, then the agency, alone at the end of a unit.
_SLASH_AGENCY_END: Final = regex.compile(
    r"/\s{0,2}(?:AP\sPhoto|Getty\sImages|AFP|Bloomberg|REUTERS)\s*\Z",
)

# "via " just before a "Reuters/Name" credit: the credit starts further left.
_VIA_BEFORE: Final = regex.compile(r"\s{1,3}via\s{1,3}\Z")
_CAPITALIZED_RUN: Final = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'’&-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}\p{M}.'’&-]{0,30}){0,5}\Z"
)

# "... 2019. AP Photo/Evan Vucci": the AP credit without its parentheses.
_BARE_AP: Final = regex.compile(
    r"""
    (?:(?<=[\s.,;:”"])|(?<=\A))
    (?P<credit>AP\sPhoto\s{0,2}/[^\n()/]{1,80}?)
    \s*\Z
    """,
    regex.VERBOSE,
)

_GLUED_SENTENCE: Final = regex.compile(r"\d{4}\.(?=\p{Lu}\p{Ll})")
_CHAIN_WORDS: Final = regex.compile(r"[\p{L}\p{N}&'’.-]+")
# A sentence ends at a period, question or exclamation mark followed by a space and
# a capital or a quote, unless the word before the period is an abbreviation or an initial.
_SENTENCE_END: Final = regex.compile(
    rf"(?P<word>[\p{{L}}\p{{N}}.]{{0,12}})[{SENTENCE_MARKS}][”\"’)]?\s{{1,3}}(?=[\p{{Lu}}\"“‘(0-9])"
)

_SENTENCE_MARK: Final = regex.compile(f"[{SENTENCE_MARKS}]")
_SENTENCE_MARK_REACH: Final = 12
_DIGIT: Final = regex.compile(r"\d")
_DATE_DIGIT_REACH: Final = 40

_WEEKDAY: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_PLACE_WORD: Final = (
    rf"(?:(?!{_WEEKDAY})\p{{Lu}}[\p{{L}}\p{{M}}'’.-]{{0,30}}|\d{{1,3}}(?:st|nd|rd|th))"
)
_PLACE_LINK: Final = r"(?:de|del|la|of|on|upon|am|al|el|da|do|dos|sur)"
# "south England", "Logar province": a direction before a place, a kind of area after it
_PLACE_DIRECTION: Final = (
    r"(?:(?:(?:north|south)(?:east|west)?ern|(?:east|west)ern|north|south|east|west|central)\s)"
)
_PLACE_AREA: Final = r"(?:\s(?:province|state|county|region|district))"
_PLACE_NAME: Final = (
    rf"{_PLACE_DIRECTION}?{_PLACE_WORD}(?:\s(?:{_PLACE_LINK}\s)?{_PLACE_WORD}){{0,5}}{_PLACE_AREA}?"
)
_PLACE_CHAIN: Final = (
    rf"{_PLACE_NAME}(?:(?:,\s{{1,2}}(?:(?:outside|near)\s{{1,2}})?|\snear\s){_PLACE_NAME}){{0,4}}"
)

# "in Islamabad, Pakistan, " just before the date.
_PLACE_BEFORE: Final = regex.compile(
    rf"""
    \b(?:in|at|near|outside|from)\s{{1,3}}(?P<place>{_PLACE_CHAIN})
    ,?\s{{0,3}}(?:on\s{{1,3}})?\Z
    """,
    regex.VERBOSE,
)
# ", in El Paso, Texas." just after the date; "Sep 8, 2018; New York, NY, USA;" (USA Today).
_PLACE_AFTER: Final = regex.compile(
    rf"""
    (?:,?\s{{1,3}}(?:in|at|near|outside)\s{{1,3}}(?P<place>{_PLACE_CHAIN})
       (?=[.;:!?]?(?:\s|\Z)|,)
      |;\s{{1,3}}(?P<place>{_PLACE_CHAIN});
    )
    """,
    regex.VERBOSE,
)
# "... in Washington." or "... in Beirut, Lebanon, Friday." at the end of the first sentence.
_PLACE_AT_END: Final = regex.compile(
    rf"""
    ,?\s(?:in|at|near)\s{{1,3}}(?P<place>{_PLACE_CHAIN})(?:,\s{{1,2}}{_WEEKDAY})?[.]?\s{{0,3}}\Z
    """,
    regex.VERBOSE,
)
# "in Haymarket, London, following ...": a whole place phrase earlier in the sentence
_EARLIER_PLACE: Final = regex.compile(rf"\bin\s{{1,3}}{_PLACE_CHAIN},\s{{1,3}}\p{{Ll}}")
_CLOSING: Final = regex.compile(r"[.\s]{0,3}")
_PICTURE_TAKEN: Final = regex.compile(r"\bPicture\staken\s(?:on\s)?", regex.IGNORECASE)

# Openers of captions that can stand without a credit: "FILE - ", "FILE PHOTO: ", "1 of 2. ".
_FILE_OPENER: Final = regex.compile(r"\A(?:FILE|File)(?:\s(?:PHOTO|Photo))?\s{0,2}[-–—:]\s")
_SLIDE_PREFIX: Final = regex.compile(r"\d{1,2}\sof\s\d{1,2}\.?\s{1,3}")
_SLIDE_OPENER: Final = regex.compile(r"\A\d{1,2}\sof\s\d{1,2}\.\s\p{Lu}")
_ASCII_DIGITS: Final = "0123456789"
# The ASCII characters that open neither _FILE_OPENER ("F") nor _SLIDE_OPENER (a digit).
_NO_OPENER_FIRSTS: Final = frozenset(
    chr(code) for code in range(128) if chr(code) != "F" and chr(code) not in _ASCII_DIGITS
)
_FILE_IN_TEXT: Final = regex.compile(r"\A(?:FILE|File)\b|\bfile\s(?:photo|image|picture)\b")


@attrs.frozen
class _Found:
    """A credit found at the end of a stretch of a unit."""

    credit: Credit
    end: int  # where the caption ends (after any scrap glued to the credit)


def find_captions(text: str, *, published: datetime.date | None = None) -> tuple[Caption, ...]:
    """Find the photo captions anywhere in ``text``, in input order.

    ``published`` gives a year to caption dates written without one ("Jan. 18");
    without it the caption's own full dates, or the first full date near the top
    of ``text``, do. No result depends on today's date.

    >>> text = ("FILE PHOTO: Poll workers stand inside Hamilton High School in Milwaukee, "
    ...         "Wisconsin, U.S., April 7, 2020. REUTERS/Daniel Acker/File Photo")
    >>> caption, = find_captions(text)
    >>> caption.credit.agency, caption.credit.file_photo, caption.location
    ('Reuters', True, 'Milwaukee, Wisconsin, U.S.')
    >>> find_captions("Trump said the AP Photo desk sent a photographer. (AP)")
    ()
    """
    return find_captions_in(prepare(text, function="find_captions"), published=published)


def find_captions_in(
    doc: Document, *, published: datetime.date | None = None
) -> tuple[Caption, ...]:
    """:func:`find_captions` of a prepared document."""
    text = doc.text
    units = doc.units
    spans: list[tuple[Span, Credit | None]] = []
    credited_units: set[int] = set()
    for index in _hinted_units(text, units):
        found = list(_unit_captions(text, units[index]))
        if found:
            credited_units.add(index)
            spans.extend(found)
    spans.extend(_uncredited(text, units, credited_units))
    spans.sort(key=lambda item: item[0])

    captions: list[Caption] = []
    seen: set[str] = set()
    article_date = _ArticleDate(text)
    # The same caption often stands twice (AllSides pages repeat the lead photo's);
    # its date and place depend on its words only, so they are worked out once.
    described: dict[str, tuple[datetime.date | None, str | None]] = {}
    for span, credit in spans:
        caption_text = text[span.start : span.end]
        description_end = credit.span.start if credit is not None else span.end
        description = text[span.start : description_end].strip()
        # (a slide number opens with a digit: no match call for the other captions)
        slide = _SLIDE_PREFIX.match(description) if _is_digit(description[:1]) else None
        about = description[slide.end() :] if slide else description  # without "1 of 2."
        if about not in described:
            first = _first_sentence(about)
            described[about] = (
                _caption_date(about, first, published, article_date),
                _caption_location(about, first),
            )
        date, location = described[about]
        captions.append(
            Caption(
                text=caption_text,
                span=span,
                description=description,
                date=date,
                location=location,
                credit=_with_file_flag(credit, description),
                duplicate=caption_text in seen,
            )
        )
        seen.add(caption_text)
    return tuple(captions)


def _hinted_units(text: str, units: tuple[Span, ...]) -> list[int]:
    """The indexes of the units whose credit window may hold a :data:`_CREDIT_HINT` match.

    The hint's words are looked for with ``str.find`` over the whole text, skipping to
    the next window once a unit is settled: one regex search per unit cost more than
    the rest of find_captions. A unit is kept when a word lies inside its last _WINDOW
    characters; :func:`_unit_captions` still runs the exact search on it ("via" here
    stands for the pattern's "\\bvia\\s").
    """
    starts: list[int] | None = None
    hinted: set[int] = set()
    for word in CREDIT_HINT_WORDS:
        at = text.find(word)
        while at >= 0:
            if starts is None:
                starts = [unit.start for unit in units]
            index = bisect.bisect_right(starts, at) - 1
            resume = at + 1
            if index >= 0 and at + len(word) <= units[index].end:
                unit = units[index]
                if unit.end - unit.start > _MAX_UNIT or index in hinted:
                    resume = unit.end
                elif at >= unit.end - _WINDOW:
                    hinted.add(index)
                    resume = unit.end
                else:
                    resume = unit.end - _WINDOW
            at = text.find(word, resume)
    return sorted(hinted)


def _unit_captions(text: str, unit: Span) -> Iterator[tuple[Span, Credit | None]]:
    """The captions of one unit: credits found right to left, each closing a caption."""
    if len(unit) > _MAX_UNIT or not _holds_hint(
        text, max(unit.start, unit.end - _WINDOW), unit.end
    ):
        return
    found: list[_Found] = []
    end = unit.end
    while end > unit.start and len(found) < 8:
        hit = _credit_ending_at(text, unit.start, end)
        if hit is None:
            break
        found.append(hit)
        end = hit.credit.span.start
        while end > unit.start and text[end - 1].isspace():
            end -= 1
    if not found:
        return
    found.reverse()
    start = unit.start
    for hit in found:
        yield Span(start, hit.end), hit.credit
        start = hit.end
        while start < unit.end and text[start].isspace():
            start += 1


# _CREDIT_HINT's branches but the one for "via": literals, found with str.find.
_CREDIT_HINT_LITERALS: Final = tuple(word for word in CREDIT_HINT_WORDS if word != "via")
_VIA_HINT: Final = regex.compile(r"\bvia\s")


def _holds_hint(text: str, start: int, end: int) -> bool:
    """Whether ``_CREDIT_HINT.search(text, start, end)`` finds a match.

    Its literals are looked for with ``str.find`` and "via" is checked where it
    stands: the regex search of the window cost about 20 us, more than the rest.
    """
    if _holds(text, start, end, _CREDIT_HINT_LITERALS):
        return True
    at = text.find("via", start, end)
    while at >= 0:
        if _VIA_HINT.match(text, at, end) is not None:  # \b sees the character before
            return True
        at = text.find("via", at + 1, end)
    return False


def _credit_ending_at(text: str, lo: int, end: int) -> _Found | None:
    """A photo credit that ends the stretch ``text[lo:end]``, or ``None``.

    Each pattern is searched only when the window holds a word it needs, as a plain
    ``str.find``: these searches scan every position of the window for the ``\\Z``.
    """
    window = max(lo, end - _WINDOW)
    # _PAREN_CREDIT: the ")" stands before at most 8 glued characters and 3 closing ones
    match = None
    if text.find(")", max(window, end - _PAREN_CLOSE_REACH), end) >= 0:
        # A match holds one "(", its first character (its inner part has no parenthesis
        # and only letters, digits, spaces and periods follow its ")"): so it can only
        # open at the window's last "(", and is matched there instead of searched for.
        opening = text.rfind("(", window, end)
        if opening >= 0:
            match = _PAREN_CREDIT.match(text, opening, end)
    # (a "/" is one of _PAREN_SHAPE's branches: AP's "(AP Photo/...)" needs no search)
    inner = match.group("inner") if match is not None else ""
    if match is not None and ("/" in inner or _PAREN_SHAPE.search(inner)):
        credit = parse_credit(
            text,
            match.start("credit"),
            match.end("credit"),
            match.group("inner"),
            parenthesized=True,
        )
        if credit is not None:
            return _Found(credit, match.end("scrap"))
    if _holds(text, window, end, _LABELLED_CREDIT_WORDS):
        found = _labelled_credit(text, window, end, _LABELLED_CREDIT)
        if found is not None:
            return found
    # "KCNA/via REUTERS/File Photo" before "REUTERS/File Photo" alone
    has_slash = text.find("/", window, end) >= 0
    match = None
    if text.find("via", window, end) >= 0:
        match = _VIA_END.search(text, window, end)
    if match is None and has_slash:
        match = _SLASH_AGENCY_END.search(text, window, end)
    if match is not None:
        start = _credit_start(text, window, match.start())
        if start is not None:
            stop = match.end()
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            credit = parse_credit(text, start, stop, text[start:stop])
            if credit is not None:
                return _Found(credit, stop)
    if not has_slash:
        return None  # _REUTERS_SLASH and _BARE_AP need a "/"
    for pattern in (_REUTERS_SLASH, _BARE_AP):
        match = pattern.search(text, window, end)
        if match is None or not _is_plain_chain(match.group("credit")):
            continue
        before = _VIA_BEFORE.search(text, window, match.start("credit"))
        if before is not None:  # "Action Images via Reuters/Andrew Boyers"
            run = _CAPITALIZED_RUN.search(text, window, before.start())
            start = run.start() if run is not None else None
            stop = match.end("credit")
            credit = parse_credit(text, start, stop, text[start:stop]) if start else None
            if credit is not None:
                return _Found(credit, stop)
        return _labelled_credit(text, window, end, pattern)
    return None


def _holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` (case-sensitive)."""
    return any(text.find(word, start, end) >= 0 for word in words)


def _labelled_credit(
    text: str, window: int, end: int, pattern: regex.Pattern[str]
) -> _Found | None:
    """A credit that one of the patterns with a ``credit`` group finds at the end."""
    match = pattern.search(text, window, end)
    if match is None:
        return None
    credit_end = match.end("credit")
    credit = parse_credit(text, match.start("credit"), credit_end, match.group("credit"))
    return _Found(credit, credit_end) if credit is not None else None


def _credit_start(text: str, lo: int, via: int) -> int | None:
    """Where an unparenthesized "... via REUTERS" credit starts: after the last sentence end."""
    start = lo
    for match in _sentence_ends(text, lo, via):
        if _ends_sentence(text, match):
            start = match.end()
    glued = _GLUED_SENTENCE.search(text[start:via])
    if glued is not None:  # "July 11, 2018.Tatyana Zenkovich/Pool via REUTERS"
        start += glued.end()
    while start < via and text[start].isspace():
        start += 1
    chain = text[start:via]
    if not chain or len(chain) > 150 or not _is_plain_chain(chain):
        return None
    return start


def _is_plain_chain(chain: str) -> bool:
    """Whether a stretch reads like a credit, not a sentence: no lower-case words but particles.

    >>> _is_plain_chain("Erin Schaff/Pool"), _is_plain_chain("Moe Doiron Ice and snow cover")
    (True, False)
    """
    words = _CHAIN_WORDS.findall(chain)
    return bool(words) and not any(
        word[0].islower()
        and word.lower() not in CREDIT_LOWER_CASE_WORDS
        and not NAME_TOKEN.match(word)
        for word in words
    )


def _ends_sentence(text: str, match: regex.Match[str]) -> bool:
    """Whether a :data:`_SENTENCE_END` match ends a sentence.

    A state abbreviation after "City, " does: "in Saltillo, Miss. The number ...".
    """
    word = match.group("word")
    if not is_abbreviation(word):
        return True
    start = match.start("word")
    return word.lower() in STATE_ABBREVIATIONS and text[max(0, start - 2) : start] == ", "


def _with_file_flag(credit: Credit | None, description: str) -> Credit | None:
    """Mark a credit as a file photo when the caption says so ("FILE - In this ... file photo")."""
    if credit is None or credit.file_photo:
        return credit
    head = description[:200]
    # the pattern needs "FILE"/"File" first or "file" somewhere: no search without them
    if (head.startswith(("FILE", "File")) or "file" in head) and _FILE_IN_TEXT.search(head):
        return attrs.evolve(credit, file_photo=True)
    return credit


def _uncredited(
    text: str, units: tuple[Span, ...], credited: set[int]
) -> Iterator[tuple[Span, Credit | None]]:
    """Captions without a credit: a "FILE - ..." unit repeated verbatim, a "1 of 2." slide."""
    for index, unit in enumerate(units):
        first = text[unit.start : unit.start + 1]
        if first in _NO_OPENER_FIRSTS or not (first == "F" or _is_digit(first)):
            continue  # neither opener can start here ("FILE", a "\\d" of "1 of 2.")
        if index in credited or unit.end - unit.start > _MAX_UNIT:
            continue
        unit_text = text[unit.start : unit.end]
        if _SLIDE_OPENER.match(unit_text):
            yield unit, None
            continue
        if not _FILE_OPENER.match(unit_text):
            continue
        neighbours = [units[i] for i in (index - 1, index + 1) if 0 <= i < len(units)]
        if any(text[n.start : n.end] == unit_text for n in neighbours):
            yield unit, None


@functools.lru_cache(maxsize=1024)
def _is_digit(char: str) -> bool:
    """Whether ``char`` is a regex ``\\d`` (AP opens units with curly quotes, not ASCII)."""
    return _DIGIT.match(char) is not None


def _hinted_finditer(
    pattern: regex.Pattern[str],
    hint: regex.Pattern[str],
    reach: int,
    text: str,
    pos: int,
    endpos: int,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, each search started near the next ``hint``.

    Only for a pattern without look-behind or ``\\b`` at its start, with non-empty
    matches that each hold a ``hint`` match at most ``reach`` characters after their start.
    """
    while pos < endpos:
        mark = hint.search(text, pos, endpos)
        if mark is None:
            return
        match = pattern.search(text, max(pos, mark.start() - reach), endpos)
        if match is None:
            return
        yield match
        pos = match.end()


def _sentence_ends(text: str, pos: int, endpos: int) -> Iterator[regex.Match[str]]:
    """``_SENTENCE_END.finditer(text, pos, endpos)``, faster."""
    return _hinted_finditer(_SENTENCE_END, _SENTENCE_MARK, _SENTENCE_MARK_REACH, text, pos, endpos)


def _dates(text: str, pos: int, endpos: int) -> Iterator[regex.Match[str]]:
    """``DATE_PATTERN.finditer(text, pos, endpos)``, faster.

    >>> [m.group() for m in _dates("Tuesday, Jan. 7, 2020, and May 5", 0, 32)]
    ['Tuesday, Jan. 7, 2020', 'May 5']
    """
    return _hinted_finditer(DATE_PATTERN, _DIGIT, _DATE_DIGIT_REACH, text, pos, endpos)


class _FirstSentence(NamedTuple):
    """Where a caption's first sentence ends, and its first three dates."""

    end: int
    dates: tuple[regex.Match[str], ...]


def _first_sentence(description: str) -> _FirstSentence:
    """The first sentence of a caption, which both its date and its place look at."""
    end = _first_sentence_end(description)
    dates_end = min(end + 1, len(description))
    return _FirstSentence(end, tuple(itertools.islice(_dates(description, 0, dates_end), 3)))


def _first_sentence_end(description: str) -> int:
    """Where the first sentence of a caption ends."""
    for match in _sentence_ends(description, 0, len(description)):
        if _ends_sentence(description, match):
            return match.start() + len(match.group("word"))
    return len(description)


def _first_full_date(text: str) -> datetime.date | None:
    for match in _dates(text, 0, len(text)):
        if match.group("year"):
            date = date_from_match(match)
            if date is not None:
                return date
    return None


class _ArticleDate:
    """The first full date near the top of the article, looked for once, when first needed."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._done = False
        self._date: datetime.date | None = None

    def get(self) -> datetime.date | None:
        if not self._done:
            self._date = _first_full_date(self._text[:_REFERENCE_SCAN])
            self._done = True
        return self._date


def _caption_date(
    description: str,
    first: _FirstSentence,
    published: datetime.date | None,
    article_date: _ArticleDate,
) -> datetime.date | None:
    """The day the photo was taken: "Picture taken ...", else the first sentence's date.

    A date without a year takes it from ``published``, else from the caption's own
    full dates, else from the first full date near the top of the article.
    """
    match = None
    taken = _PICTURE_TAKEN.search(description) if may_contain(description, ("picture",)) else None
    if taken is not None:
        match = DATE_PATTERN.match(description, taken.end())
    if match is None:
        match = first.dates[0] if first.dates else None
    if match is None:
        # "... on Capitol Hill in Washington. Sept. 16, 2009.": a date closing the caption
        for candidate in _dates(description, max(0, len(description) - 40), len(description)):
            if _CLOSING.fullmatch(description, candidate.end()):
                match = candidate
    if match is None:
        return None
    if match.group("year") or published is not None:
        return date_from_match(match, reference=published)
    reference = _first_full_date(description[:_REFERENCE_SCAN]) or article_date.get()
    return date_from_match(match, reference=reference)


def _caption_location(description: str, first: _FirstSentence) -> str | None:
    """Where the photo was taken, as written: next to the first sentence's date."""
    sentence = description[: first.end + 1]
    # (the dates found in ``description`` up to the sentence's end are the sentence's)
    for date in first.dates:
        after = _PLACE_AFTER.match(sentence, date.end())
        if after is not None:
            return _clean_place(after.group("place"))
        before = _PLACE_BEFORE.search(sentence, max(0, date.start() - 160), date.start())
        if before is not None:
            return _clean_place(before.group("place"))
    end = _PLACE_AT_END.search(sentence, max(0, len(sentence) - 120))
    if end is not None and not _EARLIER_PLACE.search(sentence, 0, end.start()):
        # with another "in <Place>" earlier ("in Haymarket, London, following the
        # attacks in Christchurch.") the last place may not be the photo's: say nothing
        return _clean_place(end.group("place"))
    return None


def _clean_place(place: str) -> str | None:
    place = place.strip().rstrip(",")
    if place.endswith(".") and not is_abbreviation(place.rsplit(None, 1)[-1]):
        place = place[:-1]
    return place or None
