"""Places in datelines: stand-alone cities, state and province abbreviations, countries.

Where the entries come from:

- ``AP_STANDALONE_US`` and ``AP_STANDALONE_INTERNATIONAL``: the cities that the
  AP Stylebook's "datelines" entry lets stand alone, without a state or country,
  as we know that list (30 US cities and about 50 international ones), each with
  the state and country it implies.
- ``CORPUS_STANDALONE``: other cities that stand alone in the datelines of
  ../shared/corpus (Reuters-21578 wrote most capitals and large US cities alone,
  "MANILA, March 1 -", "HOUSTON, Feb 26 -"; AllSides copy has a few more), kept
  when the city is unambiguous. Cities that are common in more than one country
  or state (Kingston, Portland, Richmond, Birmingham, Kansas City's state) imply
  only what is certain.
- ``US_STATES``: AP's state abbreviations ("Calif.", "N.Y.", "W.Va."; the eight
  states AP never abbreviates stand as themselves) and the USPS two-letter codes;
  ``STATE_VARIANTS`` adds the other spellings seen in the corpus datelines
  ("Tex.", "Penn", "Wisc.", "Cal.").
- ``CANADIAN_PROVINCES`` and ``AUSTRALIAN_STATES``: the names, the Canadian
  Press abbreviations ("Ont.", "B.C.") and the postal codes.
- ``COUNTRIES``: the countries and territories that datelines name, with the
  other spellings of them (historical names seen in Reuters-21578 such as
  "West Germany" and "Soviet Union" are countries of their own here).

Implied countries are today's: "PEKING" in a 1987 dateline implies "China",
"BELGRADE" implies "Serbia".

Keys of the lookup tables are "folded" with :func:`fold`: lower case, periods and
spaces dropped, so "N.Y.", "N. Y." and "NY" meet.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AP_STANDALONE_INTERNATIONAL",
    "AP_STANDALONE_US",
    "AUSTRALIAN_STATES",
    "CANADIAN_PROVINCES",
    "CITY_SPELLINGS",
    "CORPUS_STANDALONE",
    "COUNTRIES",
    "COUNTRY_BY_KEY",
    "HYPHEN_PARTICLES",
    "NOT_PLACES",
    "OTHER_REGIONS",
    "PLACE_PARTICLES",
    "PROSE_WORDS",
    "REGION_BY_KEY",
    "STANDALONE_BY_KEY",
    "STATE_ABBREVIATIONS",
    "STATE_VARIANTS",
    "US_STATES",
    "fold",
    "region_names",
]

US: Final = "United States"


def fold(name: str) -> str:
    """The lookup key of a place name: lower case, without periods, spaces or apostrophes.

    >>> fold("N. Y.")
    'ny'
    >>> fold("W.Va.")
    'wva'
    """
    return "".join(ch for ch in name.casefold() if ch not in ". '’-")


#: state -> (AP abbreviation or the name itself, USPS code)
US_STATES: Final[dict[str, tuple[str, str]]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("Alaska", "AK"),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "District of Columbia": ("D.C.", "DC"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": ("Hawaii", "HI"),
    "Idaho": ("Idaho", "ID"),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": ("Iowa", "IA"),
    "Kansas": ("Kan.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": ("Maine", "ME"),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "ND"),
    "Ohio": ("Ohio", "OH"),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "OR"),
    "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Texas", "TX"),
    "Utah": ("Utah", "UT"),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}

#: other spellings of states seen in corpus datelines (Reuters-21578, AllSides, AG News)
STATE_VARIANTS: Final[dict[str, str]] = {
    "Tex.": "Texas",
    "Penn": "Pennsylvania",
    "Penn.": "Pennsylvania",
    "Penna.": "Pennsylvania",
    "Wisc.": "Wisconsin",
    "Cal.": "California",
    "Nebr.": "Nebraska",
    "Kans.": "Kansas",
    "N.Mex.": "New Mexico",
    "N.Dak.": "North Dakota",
    "S.Dak.": "South Dakota",
    "Ida.": "Idaho",
    "Wn.": "Washington",
    "Ariz": "Arizona",
    "Calif": "California",
    "Wash. D.C.": "District of Columbia",
    "Washington D.C.": "District of Columbia",
}

#: AP's state abbreviations and the other abbreviated spellings of states, lower case and
#: without the final period ("calif", "n.y", "tex"): a period after them need not end a
#: sentence, and after "City, " before a capital it does ("in Saltillo, Miss. The ...").
STATE_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    spelling.lower()[:-1]
    for spelling in (*(ap for ap, _ in US_STATES.values()), *STATE_VARIANTS)
    if spelling.endswith(".") and " " not in spelling
)

#: Words stay lower case between two hyphens of a place name ("Port-au-Prince",
#: "Stratford-upon-Avon", "Aix-en-Provence"); a hyphenated given name has none of them.
HYPHEN_PARTICLES: Final[frozenset[str]] = frozenset(
    {"au", "aux", "en", "sur", "sous", "upon", "on", "de", "du", "des", "la", "le", "les", "lès"}
)

#: Regions that are neither a state nor a country but follow a place's comma as one
#: ("Simferopol, Crimea", "Srinagar, Kashmir").
OTHER_REGIONS: Final = ("Crimea", "Kashmir")

#: province or territory -> spellings (Canadian Press abbreviation, postal code)
CANADIAN_PROVINCES: Final[dict[str, tuple[str, ...]]] = {
    "Alberta": ("Alta.", "AB"),
    "British Columbia": ("B.C.", "BC"),
    "Manitoba": ("Man.", "MB"),
    "New Brunswick": ("N.B.", "NB"),
    "Newfoundland and Labrador": ("Nfld.", "NL", "Newfoundland", "N.L."),
    "Nova Scotia": ("N.S.", "NS"),
    "Ontario": ("Ont.", "ON"),
    "Prince Edward Island": ("P.E.I.", "PE", "PEI"),
    "Quebec": ("Que.", "QC", "PQ", "Québec"),
    "Saskatchewan": ("Sask.", "SK"),
    "Northwest Territories": ("N.W.T.", "NT", "NWT"),
    "Yukon": ("Y.T.", "YT", "Yukon Territory"),
    "Nunavut": ("Nvt.", "NU"),
}

#: state -> spellings; the two-letter codes WA, SA and NT are left out (US and Canada own them)
AUSTRALIAN_STATES: Final[dict[str, tuple[str, ...]]] = {
    "New South Wales": ("NSW", "N.S.W."),
    "Victoria": ("Vic.",),
    "Queensland": ("Qld", "Qld."),
    "South Australia": (),
    "Western Australia": (),
    "Tasmania": ("Tas.",),
    "Northern Territory": (),
    "Australian Capital Territory": ("ACT",),
}

#: country or territory -> other spellings
COUNTRIES: Final[dict[str, tuple[str, ...]]] = {
    "Afghanistan": (),
    "Albania": (),
    "Algeria": (),
    "Andorra": (),
    "Angola": (),
    "Antigua and Barbuda": ("Antigua",),
    "Argentina": (),
    "Armenia": (),
    "Aruba": (),
    "Australia": (),
    "Austria": (),
    "Azerbaijan": (),
    "Bahamas": ("The Bahamas", "the Bahamas"),
    "Bahrain": (),
    "Bangladesh": (),
    "Barbados": (),
    "Belarus": (),
    "Belgium": (),
    "Belize": (),
    "Benin": (),
    "Bermuda": (),
    "Bhutan": (),
    "Bolivia": (),
    "Bosnia and Herzegovina": ("Bosnia-Herzegovina", "Bosnia"),
    "Botswana": (),
    "Brazil": (),
    "British Virgin Islands": (),
    "British West Indies": (),
    "Brunei": (),
    "Bulgaria": (),
    "Burkina Faso": (),
    "Burundi": (),
    "Cambodia": (),
    "Cameroon": (),
    "Canada": (),
    "Cape Verde": (),
    "Cayman Islands": (),
    "Central African Republic": (),
    "Chad": (),
    "Chile": (),
    "China": ("People's Republic of China",),
    "Colombia": (),
    "Comoros": (),
    "Congo": ("Republic of Congo", "Democratic Republic of Congo", "Zaire"),
    "Costa Rica": (),
    "Croatia": (),
    "Cuba": (),
    "Cyprus": (),
    "Czech Republic": ("Czechia",),
    "Czechoslovakia": (),
    "Denmark": (),
    "Djibouti": (),
    "Dominica": (),
    "Dominican Republic": (),
    "East Germany": (),
    "East Timor": ("Timor-Leste",),
    "Ecuador": (),
    "Egypt": (),
    "El Salvador": (),
    "England": (),
    "Equatorial Guinea": (),
    "Eritrea": (),
    "Estonia": (),
    "Eswatini": ("Swaziland",),
    "Ethiopia": (),
    "Fiji": (),
    "Finland": (),
    "France": (),
    "French Guiana": (),
    "French Polynesia": (),
    "Gabon": (),
    "Gambia": ("The Gambia",),
    "Gaza Strip": ("Gaza",),
    "Georgia": (),
    "Germany": (),
    "Ghana": (),
    "Gibraltar": (),
    "Greece": (),
    "Greenland": (),
    "Grenada": (),
    "Guam": (),
    "Guatemala": (),
    "Guinea": (),
    "Guinea-Bissau": (),
    "Guyana": (),
    "Haiti": (),
    "Honduras": (),
    "Hong Kong": (),
    "Hungary": (),
    "Iceland": (),
    "India": (),
    "Indonesia": (),
    "Iran": (),
    "Iraq": (),
    "Ireland": ("Irish Republic", "Republic of Ireland"),
    "Israel": (),
    "Italy": (),
    "Ivory Coast": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "Jamaica": (),
    "Japan": (),
    "Jordan": (),
    "Kazakhstan": (),
    "Kenya": (),
    "Kiribati": (),
    "Kosovo": (),
    "Kuwait": (),
    "Kyrgyzstan": (),
    "Laos": (),
    "Latvia": (),
    "Lebanon": (),
    "Lesotho": (),
    "Liberia": (),
    "Libya": (),
    "Liechtenstein": (),
    "Lithuania": (),
    "Luxembourg": (),
    "Macao": ("Macau",),
    "Madagascar": (),
    "Malawi": (),
    "Malaysia": (),
    "Maldives": (),
    "Mali": (),
    "Malta": (),
    "Marshall Islands": (),
    "Mauritania": (),
    "Mauritius": (),
    "Mexico": (),
    "Micronesia": (),
    "Moldova": (),
    "Monaco": (),
    "Mongolia": (),
    "Montenegro": (),
    "Morocco": (),
    "Mozambique": (),
    "Myanmar": ("Burma",),
    "Namibia": (),
    "Nauru": (),
    "Nepal": (),
    "Netherlands": ("the Netherlands", "The Netherlands", "Holland"),
    "Netherlands Antilles": (),
    "New Caledonia": (),
    "New Zealand": (),
    "Nicaragua": (),
    "Niger": (),
    "Nigeria": (),
    "North Korea": (),
    "North Macedonia": ("Macedonia",),
    "Northern Ireland": (),
    "Norway": (),
    "Oman": (),
    "Pakistan": (),
    "Palau": (),
    "Panama": (),
    "Papua New Guinea": (),
    "Paraguay": (),
    "Peru": (),
    "Philippines": ("the Philippines",),
    "Poland": (),
    "Portugal": (),
    "Puerto Rico": (),
    "Qatar": (),
    "Romania": (),
    "Russia": (),
    "Rwanda": (),
    "Saint Kitts and Nevis": ("St. Kitts",),
    "Saint Lucia": ("St. Lucia",),
    "Saint Vincent and the Grenadines": ("St. Vincent",),
    "Samoa": ("Western Samoa",),
    "San Marino": (),
    "Sao Tome and Principe": (),
    "Saudi Arabia": (),
    "Scotland": (),
    "Senegal": (),
    "Serbia": (),
    "Seychelles": (),
    "Sierra Leone": (),
    "Singapore": (),
    "Slovakia": (),
    "Slovenia": (),
    "Solomon Islands": (),
    "Somalia": (),
    "South Africa": (),
    "South Korea": (),
    "South Sudan": (),
    "Soviet Union": ("USSR", "U.S.S.R."),
    "Spain": (),
    "Sri Lanka": (),
    "Sudan": (),
    "Suriname": ("Surinam",),
    "Sweden": (),
    "Switzerland": (),
    "Syria": (),
    "Taiwan": (),
    "Tajikistan": (),
    "Tanzania": (),
    "Thailand": (),
    "Togo": (),
    "Tonga": (),
    "Trinidad and Tobago": ("Trinidad",),
    "Tunisia": (),
    "Turkey": (),
    "Turkmenistan": (),
    "Tuvalu": (),
    "U.S. Virgin Islands": ("Virgin Islands",),
    "Uganda": (),
    "Ukraine": (),
    "United Arab Emirates": ("UAE", "U.A.E."),
    "United Kingdom": ("U.K.", "UK", "Britain", "Great Britain"),
    "United States": ("U.S.", "USA", "U.S.A."),
    "Uruguay": (),
    "Uzbekistan": (),
    "Vanuatu": (),
    "Vatican City": ("Vatican",),
    "Venezuela": (),
    "Vietnam": ("Viet Nam",),
    "Wales": (),
    "West Bank": (),
    "West Germany": (),
    "Western Sahara": (),
    "Yemen": ("North Yemen", "South Yemen"),
    "Yugoslavia": (),
    "Zambia": (),
    "Zimbabwe": (),
}

#: AP Stylebook: US cities that stand alone in datelines -> (state, country)
AP_STANDALONE_US: Final[dict[str, tuple[str | None, str]]] = {
    "Atlanta": ("Georgia", US),
    "Baltimore": ("Maryland", US),
    "Boston": ("Massachusetts", US),
    "Chicago": ("Illinois", US),
    "Cincinnati": ("Ohio", US),
    "Cleveland": ("Ohio", US),
    "Dallas": ("Texas", US),
    "Denver": ("Colorado", US),
    "Detroit": ("Michigan", US),
    "Honolulu": ("Hawaii", US),
    "Houston": ("Texas", US),
    "Indianapolis": ("Indiana", US),
    "Las Vegas": ("Nevada", US),
    "Los Angeles": ("California", US),
    "Miami": ("Florida", US),
    "Milwaukee": ("Wisconsin", US),
    "Minneapolis": ("Minnesota", US),
    "New Orleans": ("Louisiana", US),
    "New York": ("New York", US),
    "Oklahoma City": ("Oklahoma", US),
    "Philadelphia": ("Pennsylvania", US),
    "Phoenix": ("Arizona", US),
    "Pittsburgh": ("Pennsylvania", US),
    "St. Louis": ("Missouri", US),
    "Salt Lake City": ("Utah", US),
    "San Antonio": ("Texas", US),
    "San Diego": ("California", US),
    "San Francisco": ("California", US),
    "Seattle": ("Washington", US),
    "Washington": ("District of Columbia", US),
}

#: AP Stylebook: international cities that stand alone in datelines -> (region, country)
AP_STANDALONE_INTERNATIONAL: Final[dict[str, tuple[str | None, str | None]]] = {
    "Amsterdam": (None, "Netherlands"),
    "Baghdad": (None, "Iraq"),
    "Bangkok": (None, "Thailand"),
    "Beijing": (None, "China"),
    "Beirut": (None, "Lebanon"),
    "Berlin": (None, "Germany"),
    "Brussels": (None, "Belgium"),
    "Cairo": (None, "Egypt"),
    "Djibouti": (None, "Djibouti"),
    "Dublin": (None, "Ireland"),
    "Geneva": (None, "Switzerland"),
    "Gibraltar": (None, "Gibraltar"),
    "Guatemala City": (None, "Guatemala"),
    "Havana": (None, "Cuba"),
    "Helsinki": (None, "Finland"),
    "Hong Kong": (None, "Hong Kong"),
    "Islamabad": (None, "Pakistan"),
    "Istanbul": (None, "Turkey"),
    "Jerusalem": (None, "Israel"),
    "Johannesburg": (None, "South Africa"),
    "Kabul": (None, "Afghanistan"),
    "Kuwait City": (None, "Kuwait"),
    "London": (None, "United Kingdom"),
    "Luxembourg": (None, "Luxembourg"),
    "Macao": (None, "Macao"),
    "Madrid": (None, "Spain"),
    "Mexico City": (None, "Mexico"),
    "Monaco": (None, "Monaco"),
    "Montreal": ("Quebec", "Canada"),
    "Moscow": (None, "Russia"),
    "Munich": (None, "Germany"),
    "New Delhi": (None, "India"),
    "Ottawa": ("Ontario", "Canada"),
    "Panama City": (None, "Panama"),
    "Paris": (None, "France"),
    "Prague": (None, "Czech Republic"),
    "Quebec City": ("Quebec", "Canada"),
    "Rio de Janeiro": (None, "Brazil"),
    "Rome": (None, "Italy"),
    "San Marino": (None, "San Marino"),
    "Sao Paulo": (None, "Brazil"),
    "Shanghai": (None, "China"),
    "Singapore": (None, "Singapore"),
    "Stockholm": (None, "Sweden"),
    "Sydney": ("New South Wales", "Australia"),
    "Taipei": (None, "Taiwan"),
    "Tokyo": (None, "Japan"),
    "Toronto": ("Ontario", "Canada"),
    "United Nations": (None, None),
    "Vatican City": (None, "Vatican City"),
    "Vienna": (None, "Austria"),
    "Zurich": (None, "Switzerland"),
}

#: other cities that stand alone in corpus datelines -> (region, country)
CORPUS_STANDALONE: Final[dict[str, tuple[str | None, str | None]]] = {
    "Abidjan": (None, "Ivory Coast"),
    "Abu Dhabi": (None, "United Arab Emirates"),
    "Addis Ababa": (None, "Ethiopia"),
    "Adelaide": ("South Australia", "Australia"),
    "Algiers": (None, "Algeria"),
    "Amman": (None, "Jordan"),
    "Ankara": (None, "Turkey"),
    "Antananarivo": (None, "Madagascar"),
    "Antwerp": (None, "Belgium"),
    "Athens": (None, "Greece"),
    "Belgrade": (None, "Serbia"),
    "Berne": (None, "Switzerland"),
    "Bern": (None, "Switzerland"),
    "Basle": (None, "Switzerland"),
    "Bogota": (None, "Colombia"),
    "Bombay": ("Maharashtra", "India"),
    "Bonn": (None, "Germany"),
    "Brasilia": (None, "Brazil"),
    "Brisbane": ("Queensland", "Australia"),
    "Bucharest": (None, "Romania"),
    "Budapest": (None, "Hungary"),
    "Buenos Aires": (None, "Argentina"),
    "Calgary": ("Alberta", "Canada"),
    "Canberra": ("Australian Capital Territory", "Australia"),
    "Cape Town": (None, "South Africa"),
    "Caracas": (None, "Venezuela"),
    "Colombo": (None, "Sri Lanka"),
    "Cologne": (None, "Germany"),
    "Copenhagen": (None, "Denmark"),
    "Damascus": (None, "Syria"),
    "Dar es Salaam": (None, "Tanzania"),
    "Dhaka": (None, "Bangladesh"),
    "Doha": (None, "Qatar"),
    "Dubai": (None, "United Arab Emirates"),
    "Duesseldorf": (None, "Germany"),
    "Edmonton": ("Alberta", "Canada"),
    "Frankfurt": (None, "Germany"),
    "Gaborone": (None, "Botswana"),
    "Halifax": ("Nova Scotia", "Canada"),
    "Hamburg": (None, "Germany"),
    "Hanoi": (None, "Vietnam"),
    "Hanover": (None, "Germany"),
    "Harare": (None, "Zimbabwe"),
    "Jakarta": (None, "Indonesia"),
    "Jeddah": (None, "Saudi Arabia"),
    "Kampala": (None, "Uganda"),
    "Kansas City": (None, US),
    "Karachi": (None, "Pakistan"),
    "Khartoum": (None, "Sudan"),
    "Kiev": (None, "Ukraine"),
    "Kyiv": (None, "Ukraine"),
    "Kinshasa": (None, "Congo"),
    "Kuala Lumpur": (None, "Malaysia"),
    "La Paz": (None, "Bolivia"),
    "Lagos": (None, "Nigeria"),
    "Lima": (None, "Peru"),
    "Lisbon": (None, "Portugal"),
    "Lusaka": (None, "Zambia"),
    "Managua": (None, "Nicaragua"),
    "Manila": (None, "Philippines"),
    "Melbourne": ("Victoria", "Australia"),
    "Milan": (None, "Italy"),
    "Mogadishu": (None, "Somalia"),
    "Mumbai": ("Maharashtra", "India"),
    "N'Djamena": (None, "Chad"),
    "Nairobi": (None, "Kenya"),
    "Nicosia": (None, "Cyprus"),
    "Omaha": ("Nebraska", US),
    "Osaka": (None, "Japan"),
    "Oslo": (None, "Norway"),
    "Paramaribo": (None, "Suriname"),
    "Peking": (None, "China"),
    "Perth": ("Western Australia", "Australia"),
    "Port Louis": (None, "Mauritius"),
    "Port Moresby": (None, "Papua New Guinea"),
    "Port-au-Prince": (None, "Haiti"),
    "Pretoria": (None, "South Africa"),
    "Pyongyang": (None, "North Korea"),
    "Quito": (None, "Ecuador"),
    "Rabat": (None, "Morocco"),
    "Rangoon": (None, "Myanmar"),
    "Reykjavik": (None, "Iceland"),
    "Riyadh": (None, "Saudi Arabia"),
    "Rotterdam": (None, "Netherlands"),
    "Santiago": (None, "Chile"),
    "Santo Domingo": (None, "Dominican Republic"),
    "Seoul": (None, "South Korea"),
    "Stuttgart": (None, "Germany"),
    "Suva": (None, "Fiji"),
    "Tehran": (None, "Iran"),
    "Tel Aviv": (None, "Israel"),
    "The Hague": (None, "Netherlands"),
    "Tunis": (None, "Tunisia"),
    "Turin": (None, "Italy"),
    "Vancouver": ("British Columbia", "Canada"),
    "Warsaw": (None, "Poland"),
    "Wellington": (None, "New Zealand"),
    "Wiesbaden": (None, "Germany"),
    "Winnipeg": ("Manitoba", "Canada"),
    "Yaounde": (None, "Cameroon"),
}

#: spellings of city names that capitalization rules alone get wrong
CITY_SPELLINGS: Final[tuple[str, ...]] = (
    "Coeur d'Alene",
    "Dar es Salaam",
    "N'Djamena",
    "Port-au-Prince",
    "Port of Spain",
    "Rio de Janeiro",
    "The Hague",
    "McAllen",
    "McLean",
    "DeKalb",
    "LaFox",
    "Sault Ste. Marie",
    "Bandar Seri Begawan",
)

#: lower-case words inside a place name ("Rio de Janeiro", "King of Prussia", "Dar es Salaam")
PLACE_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de", "del", "della", "da", "das", "do", "dos", "di", "du", "des", "la", "le", "les",
        "el", "al", "of", "the", "au", "aux", "en", "sur", "es", "y",
        "van", "von", "der", "den", "ter", "am", "im", "an",
        "and",  # two places in one dateline: "WASHINGTON and MILWAUKEE (Reuters) -"
    }
)  # fmt: skip

#: common words that show a lower-case phrase before a date is prose, not a place
#: (Reuters-21578 writes a few datelines in lower case: "des moines, april 7 -")
PROSE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "said", "says", "say", "was", "were", "is", "are", "be", "been", "on", "in", "at",
        "by", "for", "to", "and", "but", "or", "it", "he", "she", "they", "we", "has",
        "had", "have", "will", "would", "could", "should", "this", "that", "these",
        "those", "a", "an", "not", "no", "as", "only", "bids",
    }
)  # fmt: skip

#: capitalised words that open a paragraph followed by a dash but are not places
#: (seen in the corpus: AP "FILE - In this photo", "EDITOR'S NOTE —", Reuters titles)
NOT_PLACES: Final[frozenset[str]] = frozenset(
    fold(word)
    for word in (
        "FILE",
        "FILE PHOTO",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "EDITOR'S NOTE",
        "EDITORS NOTE",
        "NOTE",
        "UPDATE",
        "UPDATED",
        "CORRECTION",
        "CORRECTED",
        "CLARIFICATION",
        "BREAKING",
        "BREAKING NEWS",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "COMMENTARY",
        "REVIEW",
        "ADVISORY",
        "URGENT",
        "BULLETIN",
        "FLASH",
        "ALERT",
        "WATCH",
        "LIVE",
        "NEW",
        "RPT",
        "REPEAT",
        "ECONOMIC SPOTLIGHT",
        "FACT CHECK",
        "AP FACT CHECK",
        "EDITORIAL",
        "OBITUARY",
        "INTERVIEW",
        "SPONSORED",
        "ADVERTISEMENT",
        "STORY HIGHLIGHTS",
        "HIGHLIGHTS",
        "LISTEN",
        "SHARE",
        "TOPLINE",
        "WASHINGTON STATE",
        # Reuters-21578 table and shipping headings: "ENQUIRIES - Antwerp/1-3 ports"
        "ENQUIRIES",
        "FIXTURES",
        "YEAR",
        "QTR",
        "NOTE",
        "TOTAL",
        # section labels that reposts put before the story: "SPORTS - Italy's Bronzini wins"
        "SPORTS",
        "SPORT",
        "BUSINESS",
        "POLITICS",
        "WORLD",
        "WORLD NEWS",
        "NATION",
        "NATIONAL",
        "LOCAL",
        "METRO",
        "MONEY",
        "MARKETS",
        "ENTERTAINMENT",
        "TECHNOLOGY",
        "TECH",
        "SCIENCE",
        "HEALTH",
        "LIFESTYLE",
        "TRAVEL",
        "WEATHER",
        "CRIME",
        "EDUCATION",
        "ENVIRONMENT",
        "ELECTIONS",
    )
)


def region_names() -> frozenset[str]:
    """The lower-cased names of the states, provinces, countries and other regions.

    Abbreviations and codes are left out ("Ont.", "ON"): "on" is a word.

    >>> {"iowa", "d.c.", "nova scotia", "iran", "crimea"} <= region_names()
    True
    >>> "on" in region_names()
    False
    """
    names = [*US_STATES, US_STATES["District of Columbia"][0], *OTHER_REGIONS]
    for table in (CANADIAN_PROVINCES, COUNTRIES):
        for name, spellings in table.items():
            names.append(name)
            names.extend(s for s in spellings if "." not in s and not s.isupper())
    return frozenset(name.lower() for name in names)


def _build_regions() -> dict[str, tuple[str, str | None]]:
    table: dict[str, tuple[str, str | None]] = {}
    for state, (ap, postal) in US_STATES.items():
        for spelling in (state, ap, postal):
            table[fold(spelling)] = (state, US)
    for spelling, state in STATE_VARIANTS.items():
        table[fold(spelling)] = (state, US)
    for province, spellings in CANADIAN_PROVINCES.items():
        for spelling in (province, *spellings):
            table[fold(spelling)] = (province, "Canada")
    for state, spellings in AUSTRALIAN_STATES.items():
        for spelling in (state, *spellings):
            table.setdefault(fold(spelling), (state, "Australia"))
    return table


def _build_countries() -> dict[str, str]:
    table: dict[str, str] = {}
    for country, spellings in COUNTRIES.items():
        for spelling in (country, *spellings):
            table[fold(spelling)] = country
    return table


def _build_standalone() -> dict[str, tuple[str, str | None, str | None]]:
    table: dict[str, tuple[str, str | None, str | None]] = {}
    for source in (CORPUS_STANDALONE, AP_STANDALONE_INTERNATIONAL, AP_STANDALONE_US):
        for city, (region, country) in source.items():
            table[fold(city)] = (city, region, country)
    return table


#: folded spelling -> (state or province, implied country)
REGION_BY_KEY: Final = _build_regions()
#: folded spelling -> country as wireparse writes it
COUNTRY_BY_KEY: Final = _build_countries()
#: folded city -> (spelling, implied region, implied country); AP's list wins over the corpus's
STANDALONE_BY_KEY: Final = _build_standalone()


#: Compass words that open a region's name ("northern Syria", "East Jerusalem").
COMPASS_WORDS: Final[frozenset[str]] = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)
