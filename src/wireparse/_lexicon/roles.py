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

from wireparse._lexicon.agencies import AGENCIES, unambiguous_spellings
from wireparse._lexicon.places import region_names

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
    dict.fromkeys([*unambiguous_spellings(AGENCIES), *_EXTRA_ORGANIZATIONS])
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

#: Words that end a byline name: "By JON GAMBRELL and RIAZAT BUTT", "By X of Y".
NAME_BREAK_WORDS: Final = frozenset({"and", "or", "the", "of", "follow", "with", "by"})

#: Newsroom role nouns, plural and singular, -> singular. A title is any few words
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
STAFF_ROLES: Final[dict[str, str]] = {
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

#: Phrases that mark a line as a contributor line (whole words, any case): AP's
#: "contributed", "reported from", Bloomberg's "With assistance by", Reuters' "with
#: files from", "Follow X on Twitter", and each credit verb before "by" ("Editing by",
#: "fact-checking by").
CONTRIBUTOR_CUES: Final[tuple[str, ...]] = (
    "contributed",
    "reported from",
    "follow",
    "with assistance",
    "with files",
    *dict.fromkeys(f"{words[-1].rsplit('-', 1)[-1]} by" for words in CREDIT_VERBS),
)

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

#: Lower-cased second parts of a place ("Tehran, Iran", "Cedar Rapids, Iowa").
REGIONS: Final = region_names()


#: What may follow the title in an opinion writer's bio ("Noah Smith is a Bloomberg Opinion
#: columnist covering economics", "... contributor and senior political columnist for
#: Newsweek"), and words that make the sentence a story's, not a bio's.
BIO_TITLE_FOLLOWERS: Final = frozenset({"and", "for", "at", "covering", "based", "with", "in"})
BIO_STORY_WORDS: Final = frozenset({"who", "whom", "which", "that", "was", "were", "had", "said"})
