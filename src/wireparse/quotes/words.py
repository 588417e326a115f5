"""Word-level tests of names, and the article's lower-case vocabulary."""

from __future__ import annotations

import array
import bisect
import functools
import itertools
from collections.abc import Iterator, Sequence
from typing import Final

import regex

from wireparse._dates import MONTHS
from wireparse._lexicon.function_words import CLAUSE_OPENERS
from wireparse._lexicon.given_names import GIVEN_NAMES
from wireparse._lexicon.mentions import CLAUSE_WORDS, PARTY_WORDS
from wireparse._lexicon.names import GROUP_OR_PLACE_WORDS as NOT_NAME_WORDS
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.names import WEEKDAYS
from wireparse._lexicon.places import COUNTRY_BY_KEY, REGION_BY_KEY, STANDALONE_BY_KEY, fold
from wireparse._lexicon.titles import (
    DETERMINERS,
    FUNCTION_WORDS,
    HEAD_TITLES,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PHRASE_STOPS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    THING_HEADS,
    TITLE_WORDS,
)
from wireparse.models import Span
from wireparse.quotes.phrases import _GENDERED_NAMES, _INSIDE_APPOSITIVE
from wireparse.quotes.verbs import SUBJECT_VERBS

_NAME_RUN: Final = regex.compile(
    r"""
    (?<![\p{L}\p{N}’'\-.])
    (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{M}’'\-]{0,30})     # a capitalized word, initial, U.S.
    (?:[ ](?:(?:de|del|della|der|den|di|da|du|dos|das|van|von|bin|ibn|al|la|le|of)[ ]){0,2}
       (?:(?:\p{Lu}\.){1,4}|\p{Lu}[\p{L}\p{M}’'\-]{0,30})
    ){0,5}                                                   # more of them, with name particles
    """,
    regex.VERBOSE,
)
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}[\p{Ll}’'\-]{0,30}")
_SUBJECT_BEFORE: Final = regex.compile(r"(?:^|[.!?:\"”]\s{1,3}|\b(?:But|And|So|Then|Now)\s)$")
_WEEKDAYS: Final = WEEKDAYS
# Determiners that introduce someone new ("a citizen", "another member of the public").
_INDEFINITE: Final = frozenset({"a", "an", "another", "one"})
# How many earlier names and speakers a mention is compared with (keeps the work linear).
_SEARCH: Final = 300
# How far after a name an appositive is read (", the bow-tied maverick").
_APPOSITIVE_REACH: Final = 80
# How many recent speakers and subjects "he" or "she" is compared with.
_CANDIDATES: Final = 2
# How many characters before a mention decide whether it stands as a subject.
_SUBJECT_LOOKBACK: Final = 6
# How far back (characters) "he" or "she" looks for the person it stands for.
_PRONOUN_REACH: Final = 2500
# A subject this close before "he" or "she" wins even when its gender is unknown.
_PRONOUN_NEAR: Final = 400
# "GasLink", "PayPal": an inner capital not after Mc, Mac, O', De, La, Le, Di, Van.
_INNER_CAPITAL: Final = regex.compile(
    r"""
    (?<!^(?:Mc|Mac|O’|O'|De|La|Le|Di|Da|Van|Du))  # not a name prefix: McCallum, DeLaet
    (?<=\p{Ll})\p{Lu}                              # a capital right after a small letter
    """,
    regex.VERBOSE,
)
# Initials in front of a surname: "H.R." of "H.R. McMaster", "L.N." of "L.N. Dhar".
_INITIALS: Final = regex.compile(r"(?:\p{Lu}\.){1,3}")
# "Mr. " / "Ms. " right before a mention gives the person's gender.
_COURTESY_BEFORE: Final = regex.compile(
    r"""
    \b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady)  # a courtesy title
    \.?[ ]$                           # right before the mention
    """,
    regex.VERBOSE,
)
# A name standing as a subject: "Scheer found", "Mulder didn't hesitate".
# "Campos and a colleague met", "Campos and Smith met": a partner, then the verb.
_PARTNER_VERB_AFTER: Final = regex.compile(
    r"""
    [ ]and[ ](?:(?:a|an|his|her|their|the)[ ][a-z]+|\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+)?)
    [ ]([a-z][a-z’']{1,20})\b
    """,
    regex.VERBOSE,
)
_VERB_AFTER: Final = regex.compile(
    r"""
    [ ]([a-z][a-z’']{1,20})\b  # one lower-case word right after the name
    """,
    regex.VERBOSE,
)


# How far after a name a reporting verb of its sentence is looked for.
_REPORT_REACH: Final = 90
# Before a name: a lower-case noun and a comma, so the name is an appositive of
# that noun ("his father's friend, Martin Legere, gave"), not a subject.
_APPOSED_BEFORE: Final = regex.compile(
    r"""
    (?<![.!?][ ])       # not a sentence's first word ("Then, ...")
    \b([a-z]{3,20})     # a lower-case word (checked against the person nouns)
    ,[ ]$               # and a comma, right before the name
    """,
    regex.VERBOSE,
)
# Before a one-word organization: the noun that says what it is ("aid group Gatsby").
_ORG_NOUN_BEFORE: Final = regex.compile(
    r"""
    \b(?:group|company|firm|agency|charity|bank|network)  # what kind of organization
    [ ]$                                                  # right before the name
    """,
    regex.VERBOSE,
)
# First words of a capitalized run that are never a given name ("But Smith, a ...").
_NOT_GIVEN: Final = DETERMINERS | _INSIDE_APPOSITIVE | CLAUSE_OPENERS
# How far back (characters) "they" looks for such a pair.
_PAIR_REACH: Final = 600
# An acronym in parentheses right after a name: "Export Development Canada (EDC)".
_ACRONYM_AFTER: Final = regex.compile(
    r"""
    [ ]\(
    ([A-Z]{2,8})   # the acronym
    \)
    """,
    regex.VERBOSE,
)
# After a one-word name: an appositive or an age ("Yuni, a resident of", "Demi, 24,").
_ONE_NAME_APPOSITIVE: Final = regex.compile(
    r"""
    ,[ ]
    (?:an?|the|\d{1,3},)   # "a resident of", "the owner of", an age: "24,"
    [ ]
    """,
    regex.VERBOSE,
)
# Before a name: a preposition that makes it an object ("from Frank Clayton").
_OBJECT_BEFORE: Final = regex.compile(
    r"""
    \b(?:from|of|by|with|to|for|about|against|and|in|at|on|near|into|outside|than)[ ]$
    """,
    regex.VERBOSE,
)


# A preposition, an article and a word or two before a name: "at the nonprofit Muslim
# Advocates", "of the conservative Heritage Foundation" (the name is an object).
_OBJECT_PHRASE_BEFORE: Final = regex.compile(
    r"""
    \b(?:from|of|by|with|for|at|in)[ ](?:the|a|an)[ ](?:\p{Ll}[\p{Ll}\-]*[ ]){1,2}$
    """,
    regex.VERBOSE,
)
_OBJECT_PHRASE_REACH: Final = 40


# After a name in a photo credit: the slash before the agency ("Lauren Pelley / CBC").
_CREDIT_STARTS: Final = ("/", " /")
# After a name: a comma, or a spaced dash opening an appositive ("Marco Mendicino — a
# former prosecutor"). Plain prefixes tested with ``str.startswith``, cheaper than a regex.
_APPOSED_STARTS: Final = (", ", " — ", " – ", " -- ")


# The last two letters of every role noun: the word before a one-word run must end
# with one of them to be a role noun ("coach Smith"). The nouns are lower-case ASCII
# of two letters or more (a test checks), so a word whose lower case is one of them
# ends with two characters whose lower case is in this set.
_ROLE_NOUN_ENDS: Final = frozenset(noun[-2:] for noun in ROLE_NOUNS)


def _role_noun_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a role noun ("coach Smith"), when a space
    stands right before ``start`` and a lower-case letter before that.

    The last word of the 30 characters before ``start`` (as ``_register`` reads it),
    looked at only when its last two characters may end a role noun.
    """
    if text[max(0, start - 3) : start - 1].lower() not in _ROLE_NOUN_ENDS:
        return False
    before = text[max(0, start - 30) : start].rsplit(None, 1)
    return bool(before) and before[-1].lower() in ROLE_NOUNS


def _looks_like_verb(word: str) -> bool:
    """Whether the word after a name reads as its verb ("hopes", "agreed", "found")."""
    return word in SUBJECT_VERBS or (word.endswith(("s", "ed")) and word not in FUNCTION_WORDS)


# Characters without which _SUBJECT_BEFORE / _COURTESY_BEFORE cannot match: a cheap
# test that skips most regex calls ("But", "And", "So", "Then", "Now"; "Mr", "Sir", ...;
# a "\n" because ``$`` also matches before a final line break).
_SUBJECT_HINTS: Final = frozenset('.!?:"”BASTN\n')
_COURTESY_HINTS: Final = frozenset("MSDL")


def _inside(ranges: Sequence[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` falls inside one of the sorted ``ranges``."""
    index = bisect.bisect_right(ranges, (position, position)) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]


def _appositive_head(window: str) -> str | None:
    """The head noun of ", the bow-tied maverick, ..." at the start of ``window``."""
    if not window.startswith(", "):
        return None
    words = window[2:].split()
    if not words or not (words[0].lower() in {"a", "an", "the"} or _possessive(words[0])):
        return None
    head: str | None = None
    for word in words[1:6]:
        bare = word.rstrip(",.;:")
        if bare.lower() in PHRASE_STOPS or not bare.replace("-", "").isalpha():
            break
        head = bare.lower()
        if bare != word:
            break
    return head


def _before_of(words: list[str]) -> list[str]:
    """A person's name before "of": "Richard Shelby of Alabama", "Jingyi Pan of IG"
    (not a title's "of": "U.S. Secretary of State Rex Tillerson")."""
    if "of" in words[2:-1]:
        at = words.index("of", 2)
        if not _is_org(words[:at]) and words[at - 1].lower() not in HEAD_TITLES:
            return words[:at]
    return words


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _name_words(words: list[str]) -> tuple[list[str], str | None]:
    """The name inside a capitalized run, and the title or role in front of it."""
    if not words or _is_org(words):
        return words, None
    return _person_words(words)


def _person_words(words: list[str]) -> tuple[list[str], str | None]:
    """:func:`_name_words` of words that do not name an organization."""
    role: str | None = None
    while len(words) > 1 and words[0].lower() in CLAUSE_WORDS:
        words = words[1:]  # "Whether Brexit", "As Trump": a clause word opening the run
    while len(words) > 2 and words[-1].lower() in _WEEKDAYS:
        words = words[:-1]  # "Prime Minister David Cameron Thursday praised ..."
    for k in range(len(words) - 2, -1, -1):
        bare = words[k].lower().rstrip(".")
        if (
            bare in HEAD_TITLES
            or bare in ORG_HEADS  # "Getty Images Kevin Vickers": a credit before the name
            or (k == 0 and bare in ROLE_NOUNS)
            or bare in PARTY_WORDS  # "Judiciary Committee Democrat Jamie Raskin"
            or _possessive(words[k])
        ):
            role = bare if bare in HEAD_TITLES or bare in ROLE_NOUNS else None
            words = words[: k + 1] if _person_possessor(words, k) else words[k + 1 :]
            break
    if len(words) > 3 and words[0] == "of":
        # "Director of National Intelligence Dan Coats": the name opens at a given name,
        # else after the one word the title is of ("Minister of Intelligence Yuval Steinitz")
        words = next(
            (words[j:] for j in range(2, len(words) - 1) if words[j].lower() in _GENDERED_NAMES),
            words[2:],
        )
    while len(words) > 1 and (words[0].lower() in NAME_PARTICLES or words[0] == "of"):
        words = words[1:]  # "Minister of Innovation" leaves no name
    while words and _is_title(words[0]) and len(words) > 1:
        role = words[0].lower().rstrip(".")
        words = words[1:]
    words = _from_given_name(words)
    if words and _possessive(words[-1]):
        words = [*words[:-1], words[-1][:-2]]
    return words, role


def _from_given_name(words: list[str]) -> list[str]:
    """The name from its given name on, when one or two title or role words stand before
    a given name and a surname: "Executive Carrie Lam" (of "Chief Executive"), "Freshman
    Rosie Rodriguez", "Special Counsel Robert Mueller", "Senators Susan Collins" (not
    "Fouzia Al Hashish")."""
    for j in range(1, min(3, len(words) - 1)):
        if words[j].lower() in _GENDERED_NAMES:
            before = [word.lower() for word in words[:j]]
            if all(_title_word(word) or _title_word(word[:-1]) for word in before):
                return words[j:]
            return words
    return words


def _title_word(word: str) -> bool:
    return word in TITLE_WORDS or word in ROLE_NOUNS


def _person_possessor(words: list[str], k: int) -> bool:
    """Whether the possessor ending at ``words[k]`` is the person the run names: it opens
    with a given name and no given name follows ("Jane Doe’s This Shape" is Jane Doe;
    "Vancouver's Bo Horvat" is Bo Horvat)."""
    return (
        k >= 1
        and _possessive(words[k])
        and words[0].lower() in _GENDERED_NAMES
        and not any(word.lower() in _GENDERED_NAMES for word in words[k + 1 :])
    )


# Letters that certainly are \p{L} (and \p{Ll}): a look-up test before the regex.
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS: Final = _ASCII_LOWER | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_COLLECT_PIECE: Final = 65536
_SCAN_FACTOR: Final = 64
_OCCURRENCE_COST: Final = 2048


class _Vocabulary:
    """The words the paragraphs write in lower case (``_LOWER_WORD`` matches), as a set.

    Only a few dozen words are ever asked about, so instead of collecting every
    word up front, a word is looked up where it occurs and the answer is kept.
    """

    def __init__(self, text: str, paragraphs: Sequence[Span]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.starts = [para.start for para in paragraphs]
        self.known: dict[str, bool] = {}
        self.words: set[str] | None = None
        self.low = paragraphs[0].start if paragraphs else 0
        self.high = paragraphs[-1].end if paragraphs else 0
        # What the look-ups may cost before collecting the whole set is cheaper (keeps
        # the work linear): a character scanned by ``str.find`` costs 1, a place
        # checked with the regex ``_OCCURRENCE_COST``.
        self.budget = _SCAN_FACTOR * (self.high - self.low) + 65536
        if any(a.end > b.start for a, b in itertools.pairwise(paragraphs)):
            self._collect()  # unsorted or overlapping paragraphs: the plain way

    def _collect(self) -> None:
        words: set[str] = set()
        text = self.text
        for para in self.paragraphs:
            # In pieces cut at a space (no match holds one), so that a long paragraph
            # never makes a list of all its words at once.
            start = para.start
            while start < para.end:
                cut = (
                    text.find(" ", start + _COLLECT_PIECE, para.end)
                    if para.end - start > _COLLECT_PIECE
                    else -1
                )
                stop = para.end if cut < 0 else cut
                words.update(_LOWER_WORD.findall(text, start, stop))
                start = stop
        self.words = words

    def __contains__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        found = self.known.get(word)
        if found is None:
            if self.budget <= 0:
                self._collect()
                return word in self
            found = self.known[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        """Whether ``word`` is a whole ``_LOWER_WORD`` match inside some paragraph."""
        text = self.text
        if not word:
            return False
        at = text.find(word, self.low, self.high)
        while at >= 0:
            self.budget -= _OCCURRENCE_COST
            if self.budget <= 0:  # a word written everywhere: collect them all after all
                self._collect()
                return word in self
            if text[at - 1 : at] in _ASCII_LETTERS:
                # the end of a longer word ("renew"): the regex's look-behind would fail
                at = text.find(word, at + 1, self.high)
                continue
            index = bisect.bisect_right(self.starts, at) - 1
            if index >= 0 and at + len(word) <= self.paragraphs[index].end:
                after = at + len(word)
                if not (
                    len(word) < 31
                    and after < self.paragraphs[index].end
                    and text[after] in _ASCII_LOWER
                ):  # else the start of a longer word ("news"): the match would be longer
                    match = _LOWER_WORD.match(text, at, self.paragraphs[index].end)
                    if match is not None and match.group() == word:
                        self.budget -= at - self.low
                        return True
            at = text.find(word, at + 1, self.high)
        self.budget -= self.high - self.low
        return False


# Above this many characters of paragraphs, the resolver packs its capitalized runs.
_COMPACT_RUNS: Final = 1 << 18


def _unpack_runs(text: str, packed: array.array[int]) -> Iterator[tuple[int, str, int]]:
    """The (start, run, paragraph index) triples packed by ``_Resolver.__init__``."""
    for at in range(0, len(packed), 3):
        yield packed[at], text[packed[at] : packed[at + 1]], packed[at + 2]


# How many distinct capitalized runs _run_name keeps (a few hundred bytes each).
_RUN_NAMES: Final = 4096


@functools.lru_cache(maxsize=_RUN_NAMES)
def _run_name(run: str) -> tuple[int, str, str | None, bool, bool, int, int] | None:
    """What ``_Resolver._register`` reads from a capitalized run's words alone.

    None for a run of ALL-CAPS words; else the number of words of the name in it, the
    name, the title or role in front (see :func:`_name_words`), whether it names an
    organization, whether that title is a capitalized title ("Chief"), where the name
    starts in the run and how long the run is without a trailing "of ...". Pure (a
    function of the string and of constant word lists), so the answers are kept across
    articles: names recur ("White House", "Joe Biden").
    """
    words = run.split(" ")
    if all(map(str.isupper, words)):
        return None
    words = _before_of(words)
    is_org = _is_org(words)
    if is_org and len(words) > 1 and _possessive(words[-1]):
        words = [*words[:-1], words[-1][:-2]]  # "the Ministry of Finance's website"
    name, role = (words, None) if is_org else _person_words(words)  # (as _name_words)
    joined = " ".join(words)
    offset = max(0, joined.find(name[0])) if name else 0
    return len(name), " ".join(name), role, is_org, role in TITLE_WORDS, offset, len(joined)


def _is_org(words: Sequence[str]) -> bool:
    last = words[-1].lower() if words else ""
    if last in THING_HEADS:
        return True  # not a person: "Christmas Day", "Mediterranean Sea"
    if words and len(words[-1]) >= 2 and words[-1].isupper() and words[-1].isalpha():
        return True  # "CNN", "IG"
    return (
        last in ORG_HEADS
        or last.rstrip(".") in ORG_HEADS
        or (len(words) == 1 and words[0].isupper())
        or _org_noun_of(words)
    )


def _org_noun_of(words: Sequence[str]) -> bool:
    """An organization noun before "of": "Ministry of Finance", "University of Texas".

    Not with a possessive or a title after it: "Bank of Tokyo's Kimura", "Department of
    Justice Inspector General Michael Horowitz" name a person.
    """
    for k in range(len(words) - 2):
        if words[k + 1] == "of" and words[k].lower() in ORG_NOUNS:
            rest = words[k + 2 :]
            return not any(map(_possessive, rest[:-1])) and not any(map(_is_title, rest))
    return False


def _may_name(word: str) -> bool:
    """Whether one capitalized word may name someone: not a common opener, a month or a title."""
    lower = word.lower()
    return (
        word.isalpha()
        and lower not in FUNCTION_WORDS
        and lower not in NOT_NAME_WORDS
        and lower not in MONTHS
        and not _is_title(word)
    )


# How many words _is_place keeps (it is asked about one-word names, 1.5 us a call).
_PLACE_WORDS: Final = 4096


@functools.lru_cache(maxsize=_PLACE_WORDS)  # pure: the answer depends on the word alone
def _is_place(word: str) -> bool:
    """A country, a state or province, or a city that datelines name alone ("Moscow")."""
    key = fold(word)
    return key in COUNTRY_BY_KEY or key in REGION_BY_KEY or key in STANDALONE_BY_KEY


def _is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS or word.lower().rstrip(".") in TITLE_WORDS


# A place glued before a given name has more letters than a state's abbreviation ("Ri").
_PLACE_MIN: Final = 3


def _without_title(name: str) -> str:
    """A person's name from its given name on: the title, role, place or acronym words
    the capitals glued in front of it are no part of it.

    >>> _without_title("RNC Chair Ronna Doe"), _without_title("Ukraine Marie Roe")
    ('Ronna Doe', 'Marie Roe')
    >>> _without_title("Abiy Ahmed Ali"), _without_title("Mary Kay Ash")
    ('Abiy Ahmed Ali', 'Mary Kay Ash')

    Only when a given name (``GIVEN_NAMES``) with a surname after it stands later, none
    opens the name, and the word before it is a title or a role ("Political Analyst
    David Gergen"), an acronym ("WATCH Harry Reid"; not an initial, "E. Dirk Doe") or
    the words before it a place ("Ambassador to the United Nations Nikki Haley" read as
    "United Nations Nikki Haley"; not a word of two letters, "Ri Yong Ho").
    """
    words = name.split()
    if len(words) < 3 or words[0] in GIVEN_NAMES:
        return name
    for i in range(1, len(words) - 1):
        if words[i] in GIVEN_NAMES:
            last = words[i - 1].lower().rstrip(".")
            if (
                last in TITLE_WORDS
                or last in ROLE_NOUNS
                or (words[i - 1].isupper() and words[i - 1].isalpha() and len(words[i - 1]) > 1)
                or (len(front := " ".join(words[:i])) > _PLACE_MIN and _is_place(front))
            ):
                return " ".join(words[i:])
            return name
    return name


def _is_people_noun(word: str) -> bool:
    """A plural noun of people ("protesters", "officials", "ministers")."""
    if word in PLURAL_SOURCES:
        return True
    singular = word[:-1]
    return word.endswith("s") and (singular in ROLE_NOUNS or singular in PERSON_NOUNS)


def _is_group_noun(word: str) -> bool:
    """A plural noun of people or organizations ("ministers", "leaders", "groups")."""
    if word in PLURAL_SOURCES:
        return True
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singular = word[:-1]
    return singular in ROLE_NOUNS or singular in PERSON_NOUNS or singular in ORG_NOUNS
