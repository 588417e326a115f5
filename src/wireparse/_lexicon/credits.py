"""Photo credits: the agencies that credit photos and the words inside credits.

Sources: the photo credits in ../shared/corpus, read one by one: AllSides AP copy
("(AP Photo/Evan Vucci, File)", "(Mike De Sisti/Milwaukee Journal-Sentinel via AP)",
"(Photo by Richard Shotwell/Invision/AP)"), AllSides Reuters copy ("REUTERS/Daniel
Acker/File Photo", "Erin Schaff/Pool via REUTERS", "KCNA/via REUTERS", "Mandatory
Credit: Kirby Lee-USA TODAY Sports/File Photo"), AllSides Bloomberg page text
("Photographer: Zach Gibson/Bloomberg", "Photographer: Saul Loeb/AFP via Getty
Images", "Source: TASS via Getty Images"), USA Today copy on other outlets
("(Photo: Marco Garcia, AP)"), and the captions kept in the web-extraction fixtures
("(Photo by Chris Jackson/Getty Images)", "(Scott Olson/Getty Images/AFP)").
The abbreviations are the AP-style ones seen before a period inside captions.
"""

from __future__ import annotations

from typing import Final

#: canonical credit agency -> the spellings a credit uses for it
CREDIT_AGENCIES: Final[dict[str, tuple[str, ...]]] = {
    "AP": (
        "AP",
        "AP Photo",
        "AP Photos",
        "AP Video",
        "AP Images",
        "Associated Press",
        "The Associated Press",
    ),
    "Reuters": ("REUTERS", "Reuters", "Reuters TV", "Reuters Pictures"),
    "AFP": ("AFP", "AFP Photo", "Agence France-Presse", "Agence France Presse"),
    "Getty Images": (
        "Getty Images",
        "Getty",
        "Getty Images North America",
        "Getty Images Europe",
        "Getty Images AsiaPac",
        "WireImage",
    ),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "USA Today Sports": ("USA TODAY Sports", "USA Today Sports", "USA TODAY SPORTS"),
    "EPA": ("EPA", "EPA-EFE"),
}

#: lower-cased spelling -> canonical credit agency
CREDIT_AGENCY_ALIASES: Final[dict[str, str]] = {
    spelling.lower(): canonical
    for canonical, spellings in CREDIT_AGENCIES.items()
    for spelling in (canonical, *spellings)
}

#: parts of a credit that say what kind of photo it is, not who made it
#: (lower-cased; "File Photo" and its variants, pool and handout markers)
FILE_MARKERS: Final = frozenset(
    {
        "file",
        "fle",
        "files",
        "file photo",
        "file photos",
        "file picture",
        "file image",
        "file pictures",
    }
)
POOL_MARKERS: Final = frozenset({"pool", "pool photo", "pool via"})
HANDOUT_MARKERS: Final = frozenset({"handout", "handout photo"})
#: other credit parts that name nobody
NON_NAME_PARTS: Final = frozenset(
    {"illustration", "stringer", "staff", "photo", "tpx images of the day"}
)

#: words that make a credit part an organization rather than a person
#: (newspapers, broadcasters, offices and agencies seen in corpus credits)
ORGANIZATION_WORDS: Final = frozenset(
    {
        "agency",
        "army",
        "administration",
        "associated",
        "bureau",
        "campaign",
        "center",
        "centre",
        "city",
        "college",
        "commission",
        "committee",
        "company",
        "council",
        "county",
        "courtesy",
        "court",
        "department",
        "dispatch",
        "embassy",
        "experiment",
        "facebook",
        "fbi",
        "films",
        "force",
        "foundation",
        "gazette",
        "government",
        "guard",
        "herald",
        "house",
        "images",
        "inquirer",
        "institute",
        "invision",
        "journal",
        "journals",
        "kcna",
        "leader",
        "marines",
        "media",
        "ministry",
        "monitor",
        "museum",
        "nasa",
        "navy",
        "network",
        "news",
        "newspaper",
        "nbc",
        "observer",
        "office",
        "oklahoman",
        "pictures",
        "police",
        "post",
        "presidency",
        "press",
        "registry",
        "service",
        "services",
        "sheriff's",
        "sports",
        "star",
        "state",
        "studios",
        "sun",
        "sun-sentinel",
        "sun-times",
        "technologies",
        "television",
        "times",
        "tribune",
        "tv",
        "twitter",
        "university",
        "video",
        "website",
        "world",
        "wire",
        "dpa",
        "pa",
        "ha",
        "sputnik",
        "kremlin",
        "yonhap",
        "ntsb",
        "doj",
        "afp",
        "ap",
        "reuters",
        "bloomberg",
        "getty",
        "landov",
        "wireimage",
        "frontline",
        "pbs",
        "grc",
        "inc.",
        "inc",
        "ltd",
        "corp",
        "caller-times",
        "courier",
        "chronicle",
        "constitution",
        "banner",
        "democrat",
        "daily",
        "weekly",
        "magazine",
        "radio",
        "channel",
        "productions",
        "journal-sentinel",
        "morning",
        "spokesman-review",
        "press-gazette",
        "ch.",
        "epa",
        "xinhua",
        "tass",
        "ria",
        "anadolu",
        "kyodo",
    }
)

#: words that a period follows inside a caption sentence without ending it
#: (lower-cased, without the period: titles, AP state and month abbreviations, initials)
ABBREVIATIONS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "rep",
        "reps",
        "sen",
        "sens",
        "gov",
        "lt",
        "col",
        "gen",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "cpl",
        "pvt",
        "rev",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "no",
        "vs",
        "inc",
        "co",
        "corp",
        "ltd",
        "u.s",
        "u.n",
        "u.k",
        "d.c",
        "e.u",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "n.h",
        "n.j",
        "n.m",
        "n.y",
        "n.c",
        "n.d",
        "okla",
        "ore",
        "pa",
        "r.i",
        "s.c",
        "s.d",
        "tenn",
        "vt",
        "va",
        "wash",
        "w.va",
        "wis",
        "wyo",
        "pres",
        "supt",
        "prof",
        "gens",
        "ch",
        "messrs",
        "ave",
        "blvd",
    }
)

#: words that open a credit-less photo caption ("FILE - ...", "FILE PHOTO: ...")
FILE_OPENERS: Final = ("FILE", "File", "FILE PHOTO", "File Photo")


def canonical_credit_agency(name: str) -> str | None:
    """The canonical agency for a credit part, or ``None``.

    >>> canonical_credit_agency("AP Photo")
    'AP'
    >>> canonical_credit_agency("Getty Images North America")
    'Getty Images'
    >>> canonical_credit_agency("The Dallas Morning News") is None
    True
    """
    return CREDIT_AGENCY_ALIASES.get(name.strip().lower())
