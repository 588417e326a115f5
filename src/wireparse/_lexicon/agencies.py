"""News agencies: the canonical short name and the spellings that stand for it.

Sources: the agency tags seen in ../shared/corpus (Reuters-21578, AllSides wire
copy, PolNeAR's wire subset, AG News, CNN stories) and the agencies' own style
for their names ("The Associated Press", "Agence France-Presse", ...).

``AGENCY_ALIASES`` maps a lower-cased spelling to the canonical name that
wireparse reports in ``wire`` and ``agency`` fields.
"""

from __future__ import annotations

from typing import Final

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

#: The last word of a news outlet's name ("Springfield News-Leader", "Tampa Bay Times",
#: "Canwest News Service"), lower case: a byline that runs an outlet on after the author's
#: name ("By Jane Doe Springfield News-Leader") ends the name before the outlet, and one
#: that names it after a comma ("By Mike Smith, Postmedia News") gives it as the
#: organization. A hyphenated word counts by its parts.
OUTLET_NAME_ENDINGS: Final = frozenset(
    {
        "news", "times", "post", "herald", "tribune", "journal", "gazette", "leader",
        "sun", "star", "chronicle", "press", "register", "courier", "observer", "examiner",
        "dispatch", "inquirer", "bulletin", "record", "daily", "standard", "telegraph",
        "globe", "mail", "review", "republic", "enquirer", "democrat", "sentinel",
        "statesman", "constitution", "picayune", "beacon", "advocate", "citizen",
        "eagle", "bee", "monitor", "independent", "guardian", "express", "mercury",
        "service", "wire", "newswire", "network", "agency", "bureau",
    }
)

#: lower-cased spelling -> canonical name
AGENCY_ALIASES: Final[dict[str, str]] = {
    spelling.lower(): canonical
    for canonical, spellings in AGENCIES.items()
    for spelling in (canonical, *spellings)
}


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
