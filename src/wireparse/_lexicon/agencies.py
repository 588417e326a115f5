"""News agencies: the canonical short name and the spellings that stand for it.

Sources: the agency tags seen in ../shared/corpus (Reuters-21578, AllSides wire
copy, PolNeAR's wire subset, AG News, CNN stories) and the agencies' own style
for their names ("The Associated Press", "Agence France-Presse", ...).

``AGENCY_ALIASES`` maps a lower-cased spelling to the canonical name that
wireparse reports in ``wire`` and ``agency`` fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

import regex

#: canonical name -> spellings (tags in datelines, names in bylines and credits)
AGENCIES: Final[dict[str, tuple[str, ...]]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Reuter", "Thomson Reuters", "Reuters Breakingviews"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": (
        "Bloomberg",
        "Bloomberg News",
        "Bloomberg Opinion",
        "Bloomberg View",
        "Bloomberg Economics",
    ),
    "CNN": ("CNN", "CNN/Money"),
    # "Xinhaunet" is a misspelling that AG News leads carry
    "Xinhua": ("Xinhua", "Xinhuanet", "Xinhaunet", "Xinhua News Agency"),
    "CP": ("CP", "Canadian Press", "The Canadian Press"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News"),
    "TASS": ("TASS", "Itar-Tass", "ITAR-TASS"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "AAP": ("AAP", "Australian Associated Press"),
    "PA": ("PA", "Press Association"),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "Interfax": ("Interfax",),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "IRNA": ("IRNA",),
    "WAM": ("WAM",),
    "Dow Jones": ("Dow Jones", "Dow Jones Newswires", "Dow Jones/AP", "DowJonesAP"),
    "HealthDay": ("HealthDay",),
    "NNA": ("NNA",),
    # national agencies whose tags stand in reposted copy ("Jakarta (ANTARA) -")
    "Antara": ("ANTARA", "Antara News"),
    "Bernama": ("BERNAMA",),
    "PAP": ("Polish Press Agency",),
    "CTK": ("Czech News Agency",),
    "MTI": (),
    "APA": ("Austria Presse Agentur",),
    "Lusa": ("LUSA",),
    "Belga": ("BELGA",),
    "ANP": (),
    "NTB": (),
    "Ritzau": (),
    "Jiji": ("Jiji Press",),
    "KCNA": ("Korean Central News Agency",),
    "KUNA": ("Kuwait News Agency",),
    "SPA": ("Saudi Press Agency",),
    "MENA": ("Middle East News Agency",),
    "Prensa Latina": (),
    "Notimex": (),
    "PNA": ("Philippine News Agency",),
    "Tanjug": (),
    "HINA": (),
    "Ukrinform": (),
    "BelTA": (),
    # business wires of the 1990s and 2000s ("NEW YORK (Dow Jones) --", "(PRNewswire) --")
    "PR Newswire": ("PRNewswire", "PRNewswire-FirstCall", "PRNewswire-USNewswire"),
    "Business Wire": ("BUSINESS WIRE",),
    "Knight Ridder": ("Knight Ridder Newspapers", "Knight-Ridder", "KRT"),
    "Cox News Service": (),
    "Scripps Howard News Service": ("SHNS",),
    "States News Service": (),
    # dateline tags seen in AG News leads ("CHICAGO (CBS.MW) --", "Houston, TX (Sports Network) -")
    "MarketWatch": ("CBS.MW", "CBS MarketWatch"),
    "Sports Network": ("The Sports Network",),
    "MNA": ("Mehr News Agency",),
    "Sports Ticker": ("Ticker", "The Sports Ticker", "SportsTicker"),
    "U-Wire": ("U-WIRE",),
    "CNS": ("Catholic News Service",),
    "AFX": ("AFX News",),
    "IDG News Service": (),
}

#: The agencies whose name in a copyright line gives the story's agency
#: ("Copyright 2019 The Associated Press"), as that line spells them.
COPYRIGHT_HOLDERS: Final = ("Associated Press", "Reuters", "AFP", "Bloomberg", "CNN", "UPI")


def all_spellings(agencies: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every spelling of every agency in ``agencies``, canonical names included, once each.

    >>> all_spellings({"AP": ("AP", "Associated Press"), "UPI": ()})
    ('AP', 'Associated Press', 'UPI')
    """
    return tuple(
        dict.fromkeys(
            spelling
            for canonical, spellings in agencies.items()
            for spelling in (canonical, *spellings)
        )
    )


def unambiguous_spellings(agencies: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The spellings in ``agencies`` that name only an agency, wherever they stand.

    Two-letter spellings but "AP" also abbreviate states and names ("PA", "CP").

    >>> unambiguous_spellings({"AP": ("AP",), "CP": ("CP", "Canadian Press")})
    ('AP', 'Canadian Press')
    """
    return tuple(s for s in all_spellings(agencies) if len(s) > 2 or s == "AP")


def aliases(agencies: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Lower-cased spelling -> canonical name, for every agency in ``agencies``."""
    return {
        spelling.lower(): canonical
        for canonical, spellings in agencies.items()
        for spelling in (canonical, *spellings)
    }


def alternation(spellings: Iterable[str]) -> str:
    """A regex alternation of ``spellings``: longest first, each space any one space.

    Patterns that name agencies are built with it from the tables here, so that a
    spelling added to a table is seen by every pattern built from it.

    >>> print(alternation(["AP", "Associated Press", "CBS.MW"]))
    Associated\\sPress|CBS\\.MW|AP
    """
    ordered = sorted(dict.fromkeys(spellings), key=len, reverse=True)
    return "|".join(regex.escape(spelling).replace("\\ ", r"\s") for spelling in ordered)


#: The last word of a news outlet's name ("Springfield News-Leader", "Tampa Bay Times",
#: "Canwest News Service"), lower case: a byline that runs an outlet on after the author's
#: name ("By Jane Doe Springfield News-Leader") ends the name before the outlet, and one
#: that names it after a comma ("By Mike Smith, Postmedia News") gives it as the
#: organization. A hyphenated word counts by its parts.
OUTLET_NAME_ENDINGS: Final = frozenset(
    {
        "news",
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "leader",
        "sun",
        "star",
        "chronicle",
        "press",
        "register",
        "courier",
        "observer",
        "examiner",
        "dispatch",
        "inquirer",
        "bulletin",
        "record",
        "daily",
        "standard",
        "telegraph",
        "globe",
        "mail",
        "review",
        "republic",
        "enquirer",
        "democrat",
        "sentinel",
        "statesman",
        "constitution",
        "picayune",
        "beacon",
        "advocate",
        "citizen",
        "eagle",
        "bee",
        "monitor",
        "independent",
        "guardian",
        "express",
        "mercury",
        "service",
        "wire",
        "newswire",
        "network",
        "agency",
        "bureau",
    }
)

#: lower-cased spelling -> canonical name
AGENCY_ALIASES: Final[dict[str, str]] = aliases(AGENCIES)


def canonical_agency(name: str) -> str | None:
    """The canonical agency for ``name``, or ``None``.

    >>> canonical_agency("The Associated Press")
    'AP'
    >>> canonical_agency("REUTERS")
    'Reuters'
    >>> canonical_agency("The Daily Planet") is None
    True
    """
    return AGENCY_ALIASES.get(name.strip().lower())
