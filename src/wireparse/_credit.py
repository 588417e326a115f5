"""A photo credit's fields: agency, photographers, file, pool, handout, organization, via.

The caption finder (``captions.py``) finds where a credit stands; this module reads what
it says. ``"(AP Photo/Evan Vucci, File)"`` gives the agency AP, the photographer Evan
Vucci and the file flag; ``"Erin Schaff/Pool via REUTERS"`` gives Reuters, the pool flag
and Erin Schaff.

>>> credit = parse_credit("(AP Photo/Evan Vucci, File)", 0, 27, "AP Photo/Evan Vucci, File")
>>> credit.agency, credit.photographers, credit.file_photo
('AP', ('Evan Vucci',), True)
>>> parse_credit("Prices rose.", 0, 12, "Prices rose.") is None
True
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from wireparse._casing import title_case
from wireparse._lexicon.credits import (
    CREDIT_ORGANIZATION_WORDS,
    FILE_MARKERS,
    HANDOUT_MARKERS,
    NON_NAME_PARTS,
    PHOTO_SOURCE_AGENCIES,
    POOL_MARKERS,
    canonical_credit_agency,
)
from wireparse._lexicon.names import ABBREVIATIONS
from wireparse._lexicon.places import STATE_ABBREVIATIONS
from wireparse.models import Credit, Span

__all__ = ["NAME_TOKEN", "is_abbreviation", "parse_credit"]

# What follows the agency in the inner text of a credit.
_AGENCY_PREFIX: Final = regex.compile(
    r"""
    \A(?:(?P<agency>AP\sPhotos?|AP\sVideo|AP\sImages|AFP\sPhoto|AP|AFP|REUTERS|Reuters)\s{0,2}/\s{0,2}
      |(?P<agency>AP\sPhotos?|AFP\sPhoto)\s(?=\p{Lu}))          # "AP Photo Mike Stewart, File"
    """,
    regex.VERBOSE,
)


_PHOTO_LABEL: Final = regex.compile(
    r"\A(?:Photo(?:graph)?\s{1,2}by\s{0,2}:?|Photo(?:graph)?\s{0,2}:|Photographer\s{0,2}:|"
    r"Mandatory\sCredit\s{0,2}:|Source\s{0,2}:|Image\s{0,2}:)\s{0,3}",
)


# Reuters picture-desk scraps after the credit: "- RC1E974F0B70", "TPX IMAGES OF THE DAY",
# "(BOSNIA AND HERZEGOVINA - Tags: ...)", a stray "-", "/" or "?".
_TRAILING_SCRAP: Final = regex.compile(
    r"""
    (?:\s{0,2}-\s{0,2}RC[0-9A-Z]{6,14}
      |\s{1,3}TPX\sIMAGES\sOF\sTHE\sDAY
      |\s{0,3}\([^()\n]{0,120}Tags:[^()\n]{0,120}\)
      |\s{0,2}[-/?]
    )
    \s*\Z
    """,
    regex.VERBOSE,
)


_SLASH_OR_COMMA: Final = regex.compile(r"\s{0,2}[/,]\s{0,2}")


_SLASH: Final = regex.compile(r"\s{0,2}/\s{0,2}")


_SPACES: Final = regex.compile(r"\s{2,}")


_SPONSOR: Final = regex.compile(r"(?P<agency>.{1,40}?)\s{1,2}for\s{1,2}(?P<sponsor>.{1,60})")


_COURTESY: Final = regex.compile(r"\ACourtesy(?:\s{1,2}of)?\s{1,2}", regex.IGNORECASE)


_VIA_SPLIT: Final = regex.compile(r"\s{0,2}/?\s{0,2}\bvia\s{1,3}")


_NAME_SPLIT: Final = regex.compile(r"\s{1,2}(?:and|&)\s{1,2}|\s{1,2}-\s{1,2}")


_COMMA: Final = regex.compile(r"\s{0,2},\s{0,2}")


_DESK_ID: Final = regex.compile(r"\s{0,2}-?\s{0,2}\bRC[0-9A-Z]{6,14}\b")


_USA_TODAY: Final = regex.compile(r"\A(?P<name>.{1,60}?)-(?P<agency>USA\sTODAY\sSPORTS)\Z", regex.I)


NAME_TOKEN: Final = regex.compile(
    r"""
    \A(?:\p{Lu}[\p{L}\p{M}'’-]{0,30}\.?        # Evan, O'Neil, Jean-Pierre, Jr.
      |(?:\p{Lu}\.){1,3}                       # J. or B.K.
      |(?:al|el|de|da|di|du|del|van|von|der|bin|la|le|dos|das|l|y)(?:-\p{Lu}[\p{L}\p{M}'’-]{0,30})?
    )\Z
    """,
    regex.VERBOSE,
)


_ALL_CAPS_WORD: Final = regex.compile(r"\b\p{Lu}{3,}\b")


# Searching from every position is what makes _SENTENCE_END and DATE_PATTERN slow (a
# DATE_PATTERN scan costs ~0.5 us per character). Each match holds a character that a
# one-class pattern finds fast, a bounded distance after the match's start: a sentence
# end's mark within 12 characters (the "word" group), a date's first day digit within
# 27 ("Wednesday., " 14 + "september" 9 + ". " 4). So the search may start that far
# before that character; the reaches below leave some slack.
# Words a period follows inside a caption sentence without ending it.
_ABBREVIATIONS: Final = ABBREVIATIONS | STATE_ABBREVIATIONS


def is_abbreviation(word: str) -> bool:
    bare = word.rstrip(".").lower()
    if "." in bare:
        return True  # "U.S", "D.C", "N.C"
    return (len(bare) == 1 and bare.isalpha()) or bare in _ABBREVIATIONS


def parse_credit(
    text: str, start: int, end: int, inner: str, *, parenthesized: bool = False
) -> Credit | None:
    """The credit ``text[start:end]`` with ``inner`` parsed; ``None`` when it is not one."""
    fields = _credit_fields(inner, parenthesized)
    if fields is None:
        return None
    return Credit(text[start:end], Span(start, end), *fields)


_CreditFields = tuple[str | None, tuple[str, ...], bool, bool, bool, str | None, str | None]


@functools.lru_cache(maxsize=512)
def _credit_fields(inner: str, parenthesized: bool) -> _CreditFields | None:
    """Agency, photographers, file, pool, handout, organization and via of a credit."""
    label, rest, lead_agency = _credit_lead(inner)
    split = _credit_items(rest)
    if split is None:
        return None
    items, via = split
    sorted_items = _sort_items(items, staff=lead_agency is not None)
    agencies = sorted_items.agencies
    photographers = sorted_items.photographers
    organizations = sorted_items.organizations
    agency = (canonical_credit_agency(via) if via else None) or (
        agencies[-1] if agencies else lead_agency
    )
    if agency is None and not label:
        return None  # "(D-Calif.)", "(Reuters)": no photo agency and no "Photo by" label
    if agency is None and not parenthesized and "/" not in rest:
        return None  # "Photo: Sony's LocationFree TVs" is a headline, not a credit
    if (
        agency is None
        and label.lower().startswith(("source", "photo:", "photo :"))
        and not (photographers)
    ):
        return None  # "Source: Bureau of Labor Statistics" is a chart note
    if label.lower().startswith("source") and agency not in PHOTO_SOURCE_AGENCIES:
        return None  # "Source: Bloomberg" under a chart names the data, not a photo
    if not (photographers or organizations or agencies or lead_agency or via):
        return None
    organization = organizations[0] if organizations else None
    if organization is None and len(agencies) > 1:
        organization = agencies[0]  # "Scott Olson/Getty Images/AFP"
    elif organization is None and via and agencies and agencies[0] != agency:
        organization = agencies[0]  # "X/AFP via Getty Images"
    flags = sorted_items.file_photo, sorted_items.pool, sorted_items.handout
    return (agency, tuple(photographers), *flags, organization, via)


def _credit_lead(inner: str) -> tuple[str, str, str | None]:
    """The credit's "Photo by"-like label, the rest, and the agency it opens with."""
    body = _DESK_ID.sub("", inner.strip())
    scraps = _strip_scraps(body)
    labelled = _PHOTO_LABEL.match(scraps)
    label = labelled.group() if labelled else ""
    rest = scraps[labelled.end() :] if labelled else scraps
    prefix = _AGENCY_PREFIX.match(rest)
    lead_agency = canonical_credit_agency(prefix.group("agency")) if prefix else None
    if prefix is not None:
        rest = rest[prefix.end() :]
    elif rest.strip() in ("AP Photo", "AP Photos", "AFP Photo", "AP Video"):
        lead_agency = canonical_credit_agency(rest)
        rest = ""
    return label, rest, lead_agency


def _credit_items(rest: str) -> tuple[list[str], str | None] | None:
    """The credit's names split at slashes, commas and "and", and its "via" distributor."""
    parts = _VIA_SPLIT.split(rest)
    via_part = parts[-1] if len(parts) > 1 else None
    chain = parts[:-1] if via_part is not None else parts
    via: str | None = None
    tail: list[str] = []
    if via_part is not None:
        pieces = [p.strip() for p in _SLASH_OR_COMMA.split(via_part) if p.strip()]
        if not pieces:
            return None
        via = canonical_credit_agency(pieces[0]) or pieces[0]
        tail = pieces[1:]
    items: list[str] = []
    for part in chain:
        for piece in _SLASH.split(part):
            items.extend(_split_names(piece))
    items.extend(tail)
    return items, via


@attrs.define
class _CreditItems:
    """A credit's names sorted into agencies, photographers and organizations, and flags."""

    agencies: list[str] = attrs.Factory(list)
    photographers: list[str] = attrs.Factory(list)
    organizations: list[str] = attrs.Factory(list)
    file_photo: bool = False
    pool: bool = False
    handout: bool = False


def _sort_items(items: list[str], *, staff: bool) -> _CreditItems:
    """Sort a credit's names; ``staff``: the credit opens with an agency ("AP Photo/...")."""
    found = _CreditItems()
    for raw in items:
        item = raw.strip().strip(".") if raw.strip().lower() in FILE_MARKERS else raw.strip()
        lowered = item.lower()
        if not item:
            continue
        if lowered in FILE_MARKERS or lowered.rstrip(".") in FILE_MARKERS:
            found.file_photo = True
            continue
        if lowered in POOL_MARKERS:
            found.pool = True
            continue
        if lowered in HANDOUT_MARKERS:
            found.handout = True
            continue
        if lowered in NON_NAME_PARTS:
            continue
        usa = _USA_TODAY.match(item)
        if usa is not None:
            found.photographers.append(_normal_name(usa.group("name").strip()))
            found.agencies.append("USA Today Sports")
            continue
        courtesy = _COURTESY.match(item)
        if courtesy is not None:
            found.handout = True
            item = item[courtesy.end() :]
        agency = canonical_credit_agency(item)
        sponsored = _SPONSOR.match(item)
        if agency is None and sponsored is not None:  # "Getty Images for WeWork"
            agency = canonical_credit_agency(sponsored.group("agency"))
            if agency is not None:
                found.organizations.append(sponsored.group("sponsor"))
        if agency is not None:
            found.agencies.append(agency)
            continue
        if " Pool" in item or item.endswith(" Pool"):
            found.pool = True
        if _is_person(item, staff=staff and not found.organizations):
            found.photographers.append(_normal_name(item))
        else:
            found.organizations.append(item)
    return found


def _split_names(piece: str) -> list[str]:
    """Split "Evan Vucci, File" and "R. Baer and S. Kovac"; keep "The News & Observer" whole.

    Parts are split when each is a person or plainly an organization
    ("Scott Bandle, Suburban Journals", "Daniel Leal-Olivas - WPA Pool").
    """
    commas = [p.strip(" -") for p in _COMMA.split(piece)]
    markers = [p for p in commas if p and _is_marker(p)]
    others = [p for p in commas if p and not _is_marker(p)]
    for parts in ([n.strip() for o in others for n in _NAME_SPLIT.split(o) if n.strip()], others):
        people = [_is_person(p, staff=False) for p in parts]
        pairs = zip(people, parts, strict=True)
        if len(parts) > 1 and any(people) and all(p or _is_outlet(o) for p, o in pairs):
            return [*parts, *markers]
    return [*([", ".join(others)] if others else []), *markers]


def _is_outlet(item: str) -> bool:
    """Whether a credit part is plainly an organization ("The Canadian Press")."""
    tokens = item.split()
    words = [word for token in tokens for word in token.lower().strip(".,").split("-")]
    return bool(tokens) and (
        tokens[0] in ("The", "THE") or any(word in CREDIT_ORGANIZATION_WORDS for word in words)
    )


def _is_marker(item: str) -> bool:
    lowered = item.strip().rstrip(".").lower()
    return (
        lowered in FILE_MARKERS
        or lowered in POOL_MARKERS
        or lowered in HANDOUT_MARKERS
        or lowered in NON_NAME_PARTS
    )


def _strip_scraps(body: str) -> str:
    """The credit without the Reuters picture-desk scraps at its end."""
    while True:
        match = _TRAILING_SCRAP.search(body, max(0, len(body) - 260))
        if match is None or match.start() == 0:
            return body.strip()
        body = body[: match.start()].rstrip()


def _is_person(item: str, *, staff: bool) -> bool:
    """Whether a credit part names a person ("Evan Vucci", "B.K. Bangash")."""
    tokens = item.split()
    if not tokens or len(tokens) > 6 or _is_outlet(item):
        return False
    if not all(NAME_TOKEN.match(token) for token in tokens):
        return False
    if len(tokens) == 1:
        # a one-word staff credit ("REUTERS/Kham"); elsewhere one word is an organization
        return staff and not tokens[0].isupper()
    return True


def _normal_name(name: str) -> str:
    """A name in normal case: "Khaled DESOUKI" -> "Khaled Desouki"."""
    name = _SPACES.sub(" ", name.strip())
    last = name.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) > 3 and not is_abbreviation(last):
        name = name[:-1]  # "REUTERS/Sarah Silbiger./File Photo"
    return title_case(name) if _ALL_CAPS_WORD.search(name) else name
