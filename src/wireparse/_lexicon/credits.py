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

from collections.abc import Mapping
from typing import Final

from wireparse._lexicon.agencies import AGENCIES, aliases


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


#: canonical credit agency -> the spellings only a photo credit uses for it; a news
#: agency's own spellings (``agencies.AGENCIES``) are credit spellings too
CREDIT_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "AP": ("AP Photo", "AP Photos", "AP Video", "AP Images"),
    "Reuters": ("REUTERS", "Reuters TV", "Reuters Pictures"),
    "AFP": ("AFP Photo",),
    "Getty Images": (
        "Getty",
        "Getty Images North America",
        "Getty Images Europe",
        "Getty Images AsiaPac",
        "WireImage",
    ),
    "Bloomberg": (),
    "USA Today Sports": ("USA TODAY Sports", "USA TODAY SPORTS"),
    "EPA": ("EPA-EFE",),
}


def credit_agencies(
    forms: Mapping[str, tuple[str, ...]], agencies: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """Canonical credit agency -> every spelling a credit uses: the agency's own, then the
    credit-only ``forms``."""
    return {
        canonical: tuple(dict.fromkeys((*agencies.get(canonical, ()), *spellings)))
        for canonical, spellings in forms.items()
    }


#: canonical credit agency -> the spellings a credit uses for it
CREDIT_AGENCIES: Final = credit_agencies(CREDIT_FORMS, AGENCIES)

#: the agencies whose "Source: X" under a picture credits the photo; under a chart
#: "Source: Bloomberg" names the data
PHOTO_SOURCE_AGENCIES: Final = frozenset({"Getty Images", "AP", "Reuters", "AFP"})

#: lower-cased spelling -> canonical credit agency
CREDIT_AGENCY_ALIASES: Final[dict[str, str]] = aliases(CREDIT_AGENCIES)

#: Every credit form holds one of these near its end ("via" as a word): a paragraph
#: without one is no caption ("/" of "AP Photo/X", "Photographer:", "Courtesy of X").
CREDIT_HINT_WORDS: Final = ("/", "via", "Photo", "Courtesy", "Image", "Credit", "Source")

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
CREDIT_ORGANIZATION_WORDS: Final = _words(
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
