"""Words of bylines and contributor lines: organizations, role titles, places.

Sources: the byline and end-of-story lines seen in ../shared/corpus (the 875
Reuters-21578 ``<AUTHOR>`` tags; the AllSides AP, Reuters, Bloomberg and CNN
files, whose contributor lines read "Associated Press writers Riazat Butt in
Islamabad ... contributed", "(Reporting by X; Editing by Y)", "— With
assistance by X"; the web_extraction_fixtures expected texts), the AP
Stylebook's state abbreviations, and the names of the UN member states.

Everything is lower-cased for look-up; the parser keeps the text as written.
"""

from __future__ import annotations

from typing import Final

from wireparse._lexicon.agencies import AGENCIES

#: Organizations that stand in a byline or before a contributor's title, as
#: spelled in the corpus. The agencies of ``agencies.AGENCIES`` come first.
_EXTRA_ORGANIZATIONS: Final = (
    "CNNMoney",
    "CNN Money",
    "CNN Wire",
    "ABC News",
    "CBS News",
    "NBC News",
    "Fox News",
    "USA Today",
    "Politico",
    "Bloomberg Businessweek",
    "The New York Times",
    "The Washington Post",
    "The Wall Street Journal",
    "Kaiser Health News",
)
ORGANIZATIONS: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        [
            spelling
            for canonical, spellings in AGENCIES.items()
            for spelling in (canonical, *spellings)
            if len(spelling) > 2 or spelling == "AP"  # "PA", "CP" also abbreviate states, names
        ]
        + list(_EXTRA_ORGANIZATIONS)
    )
)

#: lower-cased words of an organization -> the spelling wireparse reports.
ORGANIZATION_WORDS: Final[dict[tuple[str, ...], str]] = {
    tuple(spelling.lower().split()): spelling for spelling in ORGANIZATIONS
}

#: Organizations that may follow a byline name without a comma ("By MATTHEW
#: LEE AP Diplomatic Writer", "By JON GAMBRELL and RIAZAT BUTT Associated
#: Press"): a name word that starts one of these ends the name.
NAME_ENDING_ORGANIZATION_WORDS: Final = frozenset(
    {"associated", "ap", "reuters", "reuter", "cnn", "afp", "upi"}
)

#: Role nouns, plural and singular, -> singular. A title is any few words
#: ending in one of these: "AP Diplomatic Writer", "video producer",
#: "Associated Press White House correspondent", "AP Deputy Director of Polling".
_ROLE_SINGULARS: Final = (
    "writer",
    "reporter",
    "correspondent",
    "journalist",
    "videojournalist",
    "photojournalist",
    "producer",
    "photographer",
    "researcher",
    "editor",
    "co-editor",
    "director",
    "specialist",
    "columnist",
    "analyst",
    "contributor",
    "chief",
    "videographer",
    "cameraman",
    "stringer",
)
#: plurals that are not the singular plus "s"
_IRREGULAR_PLURALS: Final = {"cameraman": "cameramen"}
ROLE_NOUNS: Final[dict[str, str]] = {
    **{noun: noun for noun in _ROLE_SINGULARS},
    **{_IRREGULAR_PLURALS.get(noun, noun + "s"): noun for noun in _ROLE_SINGULARS},
}

#: Reuters credit verbs ("Reporting by", "Additional reporting by", "Edited
#: by") -> the role wireparse reports. Matched case-insensitively.
CREDIT_VERBS: Final[dict[tuple[str, ...], str]] = {
    ("reporting",): "reporting",
    ("reported",): "reporting",
    ("additional", "reporting"): "additional reporting",
    ("writing",): "writing",
    ("written",): "writing",
    ("editing",): "editing",
    ("edited",): "editing",
    ("compiled",): "compiling",
    ("compiling",): "compiling",
    ("graphics",): "graphics",
    ("reporting", "and", "writing"): "reporting and writing",
    ("writing", "and", "editing"): "writing and editing",
    ("fact-checking",): "fact-checking",
}

#: What an AP contributor line says was contributed ("contributed to this report").
CONTRIBUTION_OBJECTS: Final[tuple[tuple[str, ...], ...]] = (
    ("to", "this", "report"),
    ("to", "this", "story"),
    ("to", "this", "article"),
    ("to", "the", "report"),
    ("to", "the", "story"),
    ("to", "this", "reporting"),
    ("this", "report"),
    ("this", "story"),
    ("reporting",),
)

#: Adverbials that stand where names would, in "AP journalists around the world contributed".
NAMELESS_GROUP_WORDS: Final = frozenset(
    {"from", "around", "across", "the", "world", "globe", "country", "nation", "u.s.", "us"}
)

#: Lower-case words that may stand inside a personal or place name.
PARTICLES: Final = frozenset(
    {
        "al", "bin", "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos",
        "du", "el", "la", "le", "van", "von", "y", "ter", "ten", "ibn", "abu",
    }
)

#: Capitalized words that start no personal name: "By Tuesday, officials said",
#: "By Election Day", "By The time".
NOT_NAME_WORDS: Final = frozenset(
    {
        # Months that are also given names (April, May, June, Jan) are left out.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "july", "september", "october", "november",
        "december", "feb", "aug", "sept", "oct", "nov", "dec", "the", "a", "an",
        "this", "that", "these", "those", "then", "now", "contrast", "comparison",
        "law", "election", "day", "noon", "midnight", "morning", "evening", "night",
        "today", "tonight", "yesterday", "tomorrow", "early", "late", "mid", "next",
        "last", "some", "most", "all", "and", "or", "follow", "with", "photo", "video",
        "staff", "editing", "reporting", "writing", "additional", "our", "their",
        "his", "her", "its", "my", "your", "we", "they", "he", "she", "it", "i",
    }
)

#: Words written with a final period in AP style that do not end a sentence:
#: state abbreviations, name titles and suffixes, place prefixes.
ABBREVIATIONS: Final = frozenset(
    {
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
        "ind", "kan", "kans", "ky", "md", "mass", "mich", "minn", "miss", "mo",
        "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va",
        "wash", "wis", "wyo", "st", "ste", "mt", "ft", "jr", "sr", "gen", "sen",
        "rep", "gov", "dr", "mr", "mrs", "ms", "prof", "rev", "sgt", "lt", "col",
        "capt", "cmdr", "adm", "messrs",
    }
)

_US_STATES: Final = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
    "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
    "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
    "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "D.C.", "Puerto Rico", "Guam",
)
_CANADIAN_PROVINCES: Final = (
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland",
    "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan",
    "Nunavut", "Yukon", "Northwest Territories",
)
_COUNTRIES: Final = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh",
    "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia", "Bosnia-Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile",
    "China", "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
    "Czech Republic", "Denmark", "Djibouti", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "England", "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland",
    "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea",
    "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran",
    "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
    "Lebanon", "Liberia", "Libya", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
    "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mexico", "Moldova",
    "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
    "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Korea", "North Macedonia", "Northern Ireland", "Norway", "Oman", "Pakistan",
    "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland",
    "Senegal", "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
    "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka",
    "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Trinidad", "Tunisia", "Turkey", "Turkmenistan",
    "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "Uruguay",
    "Uzbekistan", "Venezuela", "Vietnam", "Wales", "West Bank", "Gaza", "Gaza Strip",
    "Yemen", "Zambia", "Zimbabwe", "Hong Kong", "Macau", "Crimea", "Kashmir",
)

#: Lower-cased second parts of a place ("Tehran, Iran", "Cedar Rapids, Iowa").
REGIONS: Final = frozenset(
    name.lower() for name in (*_US_STATES, *_CANADIAN_PROVINCES, *_COUNTRIES)
)
