"""Words about personal names: particles, abbreviations, and words that are never names.

Sources: the bylines, contributor lines, captions and quoted speakers of
../shared/corpus (AllSides AP, Reuters, Bloomberg and CNN copy, Reuters-21578, the
Gender Gap Tracker sample), and AP style for titles and abbreviations. Words are
lower case; the parsers compare lower-cased words with them.
"""

from __future__ import annotations

from typing import Final

#: Lower-case words that stand inside a personal or place name ("Ludwig van
#: Beethoven", "Osama bin Laden", "Abu Dhabi"), and "st." of "Marie St. Pierre".
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "abu", "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do",
        "dos", "du", "el", "ibn", "la", "le", "st.", "ten", "ter", "van", "von", "y",
    }
)  # fmt: skip
#: Particles that also open a name or are words of their own when capitalized
#: ("El Paso", "Abu Dhabi", "Ten"): a capitalized run keeps them as its first word.
AMBIGUOUS_PARTICLES: Final[frozenset[str]] = frozenset({"abu", "den", "do", "el", "ten", "ter"})
#: Particles that stand only inside a name, never at its start ("Ludwig van Beethoven").
INNER_NAME_PARTICLES: Final[frozenset[str]] = NAME_PARTICLES - AMBIGUOUS_PARTICLES

#: The days of the week, lower case: a weekday after a name is the time of the
#: statement, not part of the name ("David Cameron Thursday").
WEEKDAYS: Final[frozenset[str]] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: The months' names, lower case.
MONTH_NAMES: Final[frozenset[str]] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip

#: Capitalized words that start no personal name: "By Tuesday, officials said",
#: "By Election Day", "By The time".
NOT_NAME_WORDS: Final[frozenset[str]] = (
    WEEKDAYS
    | (MONTH_NAMES - {"april", "may", "june", "august"})
    | frozenset(
        {
            # Months that are also given names (April, May, June, Jan) are left out.
            "feb",
            "aug",
            "sept",
            "oct",
            "nov",
            "dec",
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "then",
            "now",
            "contrast",
            "comparison",
            "law",
            "election",
            "day",
            "noon",
            "midnight",
            "morning",
            "evening",
            "night",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "early",
            "late",
            "mid",
            "next",
            "last",
            "some",
            "most",
            "all",
            "and",
            "or",
            "follow",
            "with",
            "photo",
            "video",
            "staff",
            "editing",
            "reporting",
            "writing",
            "additional",
            "our",
            "their",
            "his",
            "her",
            "its",
            "my",
            "your",
            "we",
            "they",
            "he",
            "she",
            "it",
            "i",
        }
    )
)

#: Words that make a capitalized run a party, a group or a place rather than a
#: person ("California Democrat", "Halifax Crown", "City of
#: Surrey"); from the Gender Gap Tracker errors.
GROUP_OR_PLACE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "liberal",
        "liberals",
        "conservative",
        "conservatives",
        "crown",
        "city",
        "of",
        "county",
        "province",
        "state",
        "paris",
        "canadian",
        "canadians",
        "american",
        "americans",
        "british",
        "european",
        "chinese",
        "western",
        "eastern",
        "northern",
        "southern",
        "north",
        "south",
        "east",
        "west",
        "prominent",
        "labour",
        "mps",
        "mp",
        "united",
        "national",
        "lake",
        "workers",
        "interest",
    }
)

# Words written with a period that does not end a sentence, lower case and without
# the final period, by what they abbreviate. State abbreviations are places'
# (``places.STATE_ABBREVIATIONS``).

#: titles before a name ("Sen.", "Gen.", "Messrs.")
TITLE_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "adm", "capt", "cmdr", "col", "const", "cpl", "det", "dr", "gen", "gens", "gov",
        "hon", "insp", "lt", "maj", "messrs", "mr", "mrs", "ms", "pres", "prof", "pvt", "rep",
        "reps", "rev", "sen", "sens", "sgt", "supt",
    }
)  # fmt: skip
#: suffixes after a name ("Jr.")
NAME_SUFFIX_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"jr", "sr"})
#: the first word of a place name ("St. Louis", "Mt. Vernon", "Ste. Genevieve")
PLACE_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"st", "ste", "mt", "ft"})
#: company forms ("Corp.", "Co.")
COMPANY_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"co", "corp", "inc", "ltd"})
#: months as AP writes them before a day ("Jan. 18", "Sept. 3")
MONTH_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"}
)
#: others: streets, numbers, initialisms ("Ave.", "No.", "vs.", "U.S.")
OTHER_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"ave", "blvd", "ch", "no", "vs", "e.u", "u.k", "u.n", "u.s"}
)
#: every abbreviation above
ABBREVIATIONS: Final[frozenset[str]] = (
    TITLE_ABBREVIATIONS
    | NAME_SUFFIX_ABBREVIATIONS
    | PLACE_ABBREVIATIONS
    | COMPANY_ABBREVIATIONS
    | MONTH_ABBREVIATIONS
    | OTHER_ABBREVIATIONS
)
