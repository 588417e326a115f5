"""Function words the quote engine reads around a mention, each set named for its use.

Source: the attribution frames of AP, Reuters and other wire copy read in
``../shared/corpus`` (AllSides, the Gender Gap Tracker set, PolNeAR); each set holds
the words that were seen in its position, not a grammar's full list.
"""

from __future__ import annotations

from typing import Final

#: Words that open a phrase before a sentence's subject ("In a statement, IRCC said").
OPENING_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"in", "on", "at", "after", "during", "for", "with", "before", "since", "from", "under"}
)

#: Words that join a reported clause to the one before it ("but", "and so").
CLAUSE_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"but", "and", "so", "yet", "still", "also"})

#: Words after a reporting verb that make what follows its object, not reported speech
#: ("said to the committee", "spoke of", "told about").
REPORT_OBJECT_WORDS: Final[frozenset[str]] = frozenset(
    {"to", "of", "about", "on", "with", "for", "by"}
)

#: A word before a capitalized run that makes the run part of an appositive before the
#: cue ("a county commissioner in Kenton County, where ..., said").
APPOSITIVE_LINKS: Final[frozenset[str]] = frozenset(
    {"of", "for", "and", "in", "at", "with", "from", "on"}
)

#: Words that end a speaker's description after the name ("X, who ...", "X, said").
DESCRIPTION_ENDS: Final[frozenset[str]] = frozenset(
    {"who", "which", "said", "says", "told", "adding", "saying"}
)

#: Words that open a clause before a name ("but Smith", "when Jones"): a name after them
#: is not given a first name from the word before it.
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset(
    {"but", "so", "then", "now", "when", "if", "as", "after", "before", "while", "because"}
)
#: words before an object or the subject of another clause, not before the crowd that
#: chants ("opened fire on worshipers, yelling", "as senators spoke, shouting")
OBJECT_LINKS: Final[frozenset[str]] = frozenset(
    {"on", "at", "to", "for", "against", "from", "among", "as", "while", "when", "after"}
    | {"before"}
)
