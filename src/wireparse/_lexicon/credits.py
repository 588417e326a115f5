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


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


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
    {"illustration", "stringer", "staff", "photo", "uncredited", "tpx images of the day"}
)

#: the lower-case words a credit may hold ("Courtesy of X", "File photo", "Hamad l Mohammed");
#: any other lower-case word means the text is a sentence, not a credit
CREDIT_LOWER_CASE_WORDS: Final = _words(
    """
    of the and de for at in la del al via & l y photo photos file files picture image pool
    handout
    """
)

#: words that make a credit part an organization rather than a person
#: (newspapers, broadcasters, offices and agencies seen in corpus credits)
ORGANIZATION_WORDS: Final = _words(
    """
    administration afp agency anadolu ap army associated banner bloomberg bureau caller-times
    campaign center centre ch. channel chronicle city college commission committee company
    constitution corp council county courier court courtesy daily democrat department dispatch
    doj dpa embassy epa experiment facebook fbi films force foundation frontline gazette getty
    government grc guard ha herald house images inc inc. inquirer institute invision journal
    journal-sentinel journals kcna kremlin kyodo landov leader ltd magazine marines media
    ministry monitor morning museum nasa navy nbc network news newspaper ntsb observer office
    oklahoman pa pbs pictures police pool post presidency press press-gazette productions radio
    registry reuters ria service services sheriff's spokesman-review sports sputnik star state
    studios sun sun-sentinel sun-times tass technologies television times tribune tv twitter
    university video website weekly wire wireimage world xinhua yonhap
    """
)

#: AP state abbreviations (lower-cased, without the final period); after "City, " and
#: before a capital they end a sentence: "in Saltillo, Miss. The number of ..."
STATE_ABBREVIATIONS: Final = _words(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo d.c
    """
)

#: words that a period follows inside a caption sentence without ending it
#: (lower-cased, without the period: titles, months, initialisms); the states are added
ABBREVIATIONS: Final = STATE_ABBREVIATIONS | _words(
    """
    adm apr aug ave blvd capt ch cmdr co col corp cpl dec dr e.u feb ft gen gens gov inc jan jr
    lt ltd maj mar messrs mr mrs ms mt no nov oct pres prof pvt rep reps rev sen sens sep sept
    sgt sr st supt u.k u.n u.s vs
    """
)


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
