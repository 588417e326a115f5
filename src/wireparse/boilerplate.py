"""Page debris around wire copy: comment boxes, terms, copyright, share bars, ...

:func:`find_boilerplate` returns the segments of the input that are not
article content, each with a ``kind``. It never rewrites the input: every
segment is a :class:`~wireparse.models.Boilerplate` whose span points into the
original text and holds no surrounding whitespace.

The kinds (``docs/boilerplate.md`` has examples of each):

``ad``            advertising slots ("ADVERTISEMENT", "Story continues")
``author_bio``    an opinion columnist's bio glued to Bloomberg's share bar
``comments``      a comment box ("0 Comments", "Your email address will not ...")
``contact``       "To contact the author of this story:" and its address line
``copyright``     "Copyright 2019 The Associated Press. All rights reserved. ..."
``correction``    "This story has been corrected/updated ..." (a content note)
``disclaimer``    funding and opinion disclaimers, "Our Standards: ..."
``editors_note``  "Editor's note: ..." (a content note)
``highlights``    summary lines above the story (CNN "Story highlights", Reuters "* ...")
``media``         slideshow, video, chart and embed leftovers ("Slideshow (4 Images)",
                  embedded tweets, "... Source: Bloomberg" chart titles)
``newsletter``    sign-up prompts ("Sign up for Daily Newsletters")
``related``       links to more coverage ("Full Coverage: ...", "Read more: ...",
                  "Related Coverage ...", "GRAPHIC: ... - here", Bloomberg related headlines)
``separator``     rules such as ``___`` or ``———``
``share``         share bars ("LISTEN TO ARTICLE 2:40 SHARE THIS ARTICLE ...")
``sign_off``      an end-of-story sign-off: Reuters-21578's "Reuter"
``social``        "Follow X on Twitter at https://..."
``terms``         terms of service and registration prompts
``timestamp``     a relative page time alone on a line ("7 years ago")

``editors_note`` and ``correction`` are content notes, not debris: they are
kept out of the body but recorded, so nothing is dropped silently. Bylines,
contributor lines and photo captions are other parsers' work and are never
returned here.

>>> text = "It rained.\\n\\n___\\n\\nFollow Colvin on Twitter at https://twitter.com/colvinj"
>>> [(b.kind, b.text) for b in find_boilerplate(text)]
[('separator', '___'), ('social', 'Follow Colvin on Twitter at https://twitter.com/colvinj')]
>>> find_boilerplate("")
()
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import sys
from collections.abc import Sequence
from typing import Final

import regex

from wireparse._boilerplate_context import (
    CONTEXT_KINDS,
    PLACED_MAX_CHARS,
    TOP_BULLET_FIRSTS,
    Add,
    add_sign_off,
    context_kind,
    highlight_names,
    placed_kind,
    take_highlights,
)
from wireparse._boilerplate_rules import (
    _SHARE_BAR,
    _UNIT_RULES,
)
from wireparse._lexicon.boilerplate import UNIT_START, WHOLE_UNIT
from wireparse._prefilter import lower_for_search
from wireparse.document import Document, prepare
from wireparse.models import Boilerplate, Span
from wireparse.text import strip_span

__all__ = ["find_boilerplate", "find_boilerplate_in"]

# A debris paragraph is short; these bound how long a paragraph opening with a
# UNIT_START phrase may be (content notes and terms run longer than link lines).
_DEFAULT_MAX_CHARS: Final = 300
_MAX_CHARS: Final[dict[str, int]] = {
    "terms": 1500,
    "editors_note": 1000,
    "correction": 600,
    "disclaimer": 600,
    "contact": 300,
    "highlights": 300,
}
# Units up to this long have their kind remembered within a text, for repeated lines
# (unit_kind looks at nothing outside the unit).
_REPEAT_MAX_CHARS: Final = 200


def _alternation(phrases: Sequence[str]) -> str:
    # Longest first, so that "Sign up for Daily Newsletters Manage Newsletters" wins.
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(regex.escape(phrase).replace("\\ ", r"\s+") for phrase in ordered)


def _whole_unit_pattern(table: dict[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """One pattern for all kinds; the group that matched names the kind."""
    groups = "|".join(f"(?P<{kind}>{_alternation(p)})" for kind, p in table.items())
    return regex.compile(rf"(?:{groups})[\s.:]{{0,3}}", regex.IGNORECASE | regex.VERSION1)


def _unit_start_pattern(table: dict[str, tuple[str, ...]]) -> regex.Pattern[str]:
    groups = "|".join(f"(?P<{kind}>{_alternation(p)})" for kind, p in table.items())
    return regex.compile(rf"[-–—•*\s]{{0,3}}\(?(?:{groups})", regex.IGNORECASE | regex.VERSION1)


_WHOLE_UNIT: Final = _whole_unit_pattern(WHOLE_UNIT)
_UNIT_START: Final = _unit_start_pattern(UNIT_START)
# The first three characters of the UNIT_START phrases, lower-cased, a space for the
# "\s+" of a space: a unit opening with a letter is matched against _UNIT_START only
# when its first three characters are one of these.
_UNIT_START_HEADS: Final = frozenset(
    "".join(" " if char.isspace() else char for char in phrase[:3].lower())
    for phrases in UNIT_START.values()
    for phrase in phrases
)
# _may_open_unit relies on this shape: a lead-in character or a letter first, and after
# a letter no space before the third character.
assert all(
    len(head) == 3
    and head.isascii()
    and (head[0] in "(-" or (head[0].isalpha() and head[1] != " "))
    for head in _UNIT_START_HEADS
)
# What _UNIT_START allows before the phrase: "[-–—•*\s]{0,3}\(?".
_LEAD_IN_CHARS: Final = "-–—•*("
# No WHOLE_UNIT phrase is longer than this (plus trailing punctuation).
_WHOLE_UNIT_MAX_CHARS: Final = max(len(p) for ps in WHOLE_UNIT.values() for p in ps) + 3
_UNIT_START_MAX_CHARS: Final = max(_DEFAULT_MAX_CHARS, *_MAX_CHARS.values())


# The rules' word gates, each once: a text's gate words are a bit mask over these.
_WORD_GATES: Final = tuple(rule.words for rule in _UNIT_RULES if rule.words is not None)
# The index in _WORD_GATES of each rule's word gate (None: the rule has none).
_GATE_OF: Final = tuple(
    None if rule.words is None else _WORD_GATES.index(rule.words) for rule in _UNIT_RULES
)
# A rule as a unit is tried against it: (kind, pattern, the index of its word gate or None).
_Rule = tuple[str, regex.Pattern[str], int | None, tuple[str, ...] | None]
# What a unit is tried against: _WHOLE_UNIT, these rules, _UNIT_START (see _head_plan), and
# the endings one of which a unit needs for any of the rules (None: any unit may match).
_Plan = tuple[bool, tuple[_Rule, ...], bool, tuple[str, ...] | None]


def _rules_for(
    first: str | None, non_ascii: bool = False, present: int = (1 << len(_WORD_GATES)) - 1
) -> tuple[_Rule, ...]:
    """The rules, in order, that a unit opening with ``first`` may match (None: any other).

    ``present`` has bit ``g`` set when the words of _WORD_GATES[g] occur in the text: a
    rule whose gate words do not is left out.
    """
    rules: list[_Rule] = []
    for rule, gate in zip(_UNIT_RULES, _GATE_OF, strict=True):
        if not (
            rule.firsts is None
            or (first is not None and first in rule.firsts)
            or (non_ascii and rule.any_non_ascii)
        ):
            continue
        if gate is not None and not present >> gate & 1:
            continue
        rules.append((rule.kind, rule.pattern, gate, rule.tail))
    return tuple(rules)


_ALL_RULES: Final[tuple[_Rule, ...]] = tuple(
    (rule.kind, rule.pattern, None, rule.tail) for rule in _UNIT_RULES
)
_GATED_FIRSTS: Final = frozenset(
    char for rule in _UNIT_RULES if rule.firsts is not None for char in rule.firsts
)
# For each set of gate words present in a text (a bit mask), the rules by first character
# (a character of no gate: the "ascii" and "non-ascii" entries).
_RULE_TABLES: Final = tuple(
    {
        **{
            char: _rules_for(char, non_ascii=not char.isascii(), present=present)
            for char in _GATED_FIRSTS
        },
        "ascii": _rules_for(None, present=present),
        "non-ascii": _rules_for(None, non_ascii=True, present=present),
    }
    for present in range(1 << len(_WORD_GATES))
)
# The lower-cased first characters of the WHOLE_UNIT phrases: a unit opening with
# another ASCII character cannot be one (VERSION1 folds case fully, but only a
# non-ASCII character folds to more than one).
_WHOLE_UNIT_FIRSTS: Final = frozenset(p[0].lower() for ps in WHOLE_UNIT.values() for p in ps)
assert all(char.isascii() and char.isalpha() for char in _WHOLE_UNIT_FIRSTS)


# Characters that few texts hold, rarest first (AP: "@" in 7% of the texts, ":" once and "/"
# twice in the median text): a gate word holding one is found by visiting that character's
# places, a search that costs a fiftieth of the word's, up to _PROBE_LIMIT of them.
_PROBES: Final = "@:/"
_PROBE_LIMIT: Final = 16
assert all(word.isascii() for gate in _WORD_GATES for word in gate.words)


def _probe(word: str, after: tuple[str, int] | None) -> tuple[str, int, int] | None:
    """How a gate word is found through a character's places (None: by its own search):
    the character, and the first and last place the word may start at from it (the rarest
    of ``word``'s characters in _PROBES, or the character the rule wants before it)."""
    if after is not None:
        return after[0], 1, 1 + after[1]
    for char in _PROBES:
        if char in word:
            return char, -word.index(char), -word.index(char)
    return None


# What _Words searches a text for, gate by gate: its bit, and its words lower-cased (a word
# of a text stands in lower_for_search(text) lower-cased at the same place: the words are
# ASCII), each with its _probe.
_GATE_SEARCHES: Final = tuple(
    (1 << index, tuple((word.lower(), _probe(word, gate.after)) for word in gate.words))
    for index, gate in enumerate(_WORD_GATES)
)


def _find_all(lowered: str, word: str, probe: tuple[str, int, int] | None) -> list[int]:
    """Where ``word`` starts in ``lowered`` (as its probe wants it), in order; through the
    probe character's places while they are few, else every place of the word."""
    found: list[int] = []
    at = 0
    if probe is not None:
        char, first, last = probe
        place = lowered.find(char)
        for _ in range(_PROBE_LIMIT):
            if place < 0:
                return found
            stop = max(0, place + last + len(word))
            at = lowered.find(word, max(0, place + first), stop)
            while at >= 0:
                if not found or at > found[-1]:
                    found.append(at)
                at = lowered.find(word, at + 1, stop)
            place = lowered.find(char, place + 1)
        if place < 0:
            return found
        at = max(0, place + first)  # many: the word itself, where no place was visited
    at = lowered.find(word, at)
    while at >= 0:
        if not found or at > found[-1]:
            found.append(at)
        at = lowered.find(word, at + 1)
    return found


class _Words:
    """Where a text may hold gate words, found once per text instead of once per unit.

    ``present`` has the bit of each gate whose words the lowered text holds in any case
    (a unit is then tried against the gate's rules only if it holds one as the gate
    wants it, see :meth:`unit_holds`); ``hits`` lists where they start, in order, so
    that a unit holding none is planned as in a text without gate words.
    """

    __slots__ = ("hits", "lowered", "present", "text")

    def __init__(self, text: str, lowered: str | None) -> None:
        self.text = text
        self.lowered = lowered  # lower_for_search(text); None: a fold trap, each unit is tried
        if lowered is None:
            self.hits: list[int] | None = None  # any unit may hold any gate's words
            self.present = _trap_present(text)
            return
        present = 0
        hits: list[int] = []
        for bit, words in _GATE_SEARCHES:
            for word, probe in words:
                found = _find_all(lowered, word, probe)
                if found:
                    present |= bit
                    hits += found
        hits.sort()
        self.hits = hits
        self.present = present

    def unit_may_hold(self, start: int, end: int) -> bool:
        """Whether a gate word may start in ``text[start:end]``."""
        hits = self.hits
        if hits is None:
            return True
        index = bisect.bisect_left(hits, start)
        return index < len(hits) and hits[index] < end

    def next_hit(self, at: int) -> int:
        """Where the first gate word at or after ``at`` starts (sys.maxsize: none)."""
        hits = self.hits
        index = 0 if not hits else bisect.bisect_left(hits, at)
        return hits[index] if hits and index < len(hits) else sys.maxsize

    def unit_holds(self, gate: int, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold a word of _WORD_GATES[gate]."""
        words, lower, _ = _WORD_GATES[gate]
        haystack = self.lowered if lower else self.text
        if haystack is None:
            return True
        return any(haystack.find(word, start, end) >= 0 for word in words)


def _trap_present(text: str) -> int:
    """The gates a text with a fold trap may hold words of: every gate that ignores case,
    and those that do not where the text holds a word as written."""
    present = 0
    for index, gate in enumerate(_WORD_GATES):
        if gate.lower or any(word in text for word in gate.words):
            present |= 1 << index
    return present


_BIO_END: Final = regex.compile(r"Read \s more \s opinion \s{0,3} \Z", regex.VERBOSE)


def unit_kind(text: str, span: Span) -> str | None:
    """The boilerplate kind of the whole paragraph unit ``text[span]``, or ``None``.

    Only rules that need no context; used by :mod:`wireparse.headline` too.

    >>> unit_kind("ADVERTISEMENT", Span(0, 13))
    'ad'
    >>> unit_kind("By Tuesday, officials said.", Span(0, 27)) is None
    True
    """
    return _unit_kind(text, span, None)


def _unit_kind(
    text: str, span: Span, words: _Words | None, plan: _Plan | None = None
) -> str | None:
    """:func:`unit_kind`, with the gate words of the whole text when ``words`` is given.

    ``plan`` is the unit's :func:`_head_plan` when the caller has it already.
    """
    start = span.start
    end = span.end
    length = end - start
    if plan is not None:
        whole, rules, opens, tails = plan
    elif 0 <= start < end <= len(text):
        # what to try depends on the unit's first three characters only (and on which
        # gate words the text holds): worked out once per distinct head
        whole, rules, opens, tails = _head_plan(
            text[start : min(end, start + 3)], _ALL_PRESENT if words is None else words.present
        )
    else:
        whole, rules, opens, tails = True, _ALL_RULES, True, None  # no first character
    if whole and length <= _WHOLE_UNIT_MAX_CHARS:
        match = _WHOLE_UNIT.fullmatch(text, start, end)
        if match is not None and match.lastgroup is not None:
            return match.lastgroup
    if rules and (tails is None or text.endswith(tails, start, end)):
        kind = _try_rules(text, span, rules, words)
        if kind is not None:
            return kind
    if opens and length <= _UNIT_START_MAX_CHARS and _may_start(text, start, end):
        match = _UNIT_START.match(text, start, end)
        if match is not None and match.lastgroup is not None:
            kind = match.lastgroup
            if length <= _MAX_CHARS.get(kind, _DEFAULT_MAX_CHARS):
                return kind
    return None


_ALL_PRESENT: Final = (1 << len(_WORD_GATES)) - 1


@functools.lru_cache(maxsize=4096)
def _head_plan(head: str, present: int) -> _Plan:
    """For a unit opening with ``head``: whether to try _WHOLE_UNIT, the rules, _UNIT_START.

    A pure function of its arguments (the unit's first up to three characters and the
    gate words present in the text), so it is remembered across texts.
    """
    first = head[0]
    whole = not first.isascii() or first.lower() in _WHOLE_UNIT_FIRSTS
    rules = _head_rules(head, present)
    tails: tuple[str, ...] | None = ()
    for rule in rules:
        tails = None if tails is None or rule[3] is None else (*tails, *rule[3])
    return whole, rules, _head_may_open(head), tails


# Each rule's head test (see _UnitRule.head), compiled with the rule's case handling.
_HEAD_TESTS: Final[dict[regex.Pattern[str], regex.Pattern[str]]] = {
    rule.pattern: regex.compile(rule.head, rule.pattern.flags & regex.IGNORECASE)
    for rule in _UNIT_RULES
    if rule.head is not None
}


def _head_rules(head: str, present: int) -> tuple[_Rule, ...]:
    """The rules, in order, that a unit opening with ``head`` may match."""
    first = head[0]
    if first.isspace():
        return _ALL_RULES  # no first character to judge by
    table = _RULE_TABLES[present]
    rules = table.get(first) or table["ascii" if first.isascii() else "non-ascii"]
    return tuple(
        rule
        for rule in rules
        if (test := _HEAD_TESTS.get(rule[1])) is None or test.match(head) is not None
    )


def _rules_kind(text: str, span: Span, first: str | None, words: _Words | None) -> str | None:
    """The kind of the first of _UNIT_RULES that matches the whole unit.

    Only the rules that a unit opening with its first characters can match are tried,
    and a rule with a word gate only when the unit holds one of its words.
    """
    if first is None or first.isspace():
        rules = _ALL_RULES  # no first character to judge by
    else:
        head = text[span.start : min(span.end, span.start + 3)]
        rules = _head_rules(head, _ALL_PRESENT if words is None else words.present)
    return _try_rules(text, span, rules, words)


def _try_rules(text: str, span: Span, rules: tuple[_Rule, ...], words: _Words | None) -> str | None:
    """The kind of the first of ``rules`` that matches the whole unit."""
    offset = 0
    for kind, pattern, gate, tail in rules:
        if tail is not None and not text.endswith(tail, span.start, span.end):
            continue
        if gate is not None:
            if words is None:  # a unit on its own: its own words
                piece = text[span.start : span.end]
                words = _Words(piece, lower_for_search(piece))
                offset = span.start
            if not words.unit_holds(gate, span.start - offset, span.end - offset):
                continue
        if pattern.fullmatch(text, span.start, span.end) is not None:
            return kind
    return None


def _may_open_unit(text: str, span: Span) -> bool:
    """Whether a UNIT_START phrase may open ``text[span]``, judged on its first characters.

    A lead-in character, a space or a character with a case mapping (_UNIT_START folds
    case fully: "ﬁ" matches "fi") leaves it to the pattern. Otherwise the phrase starts
    at the first character: an uncased one (a curly quote) or an ASCII non-letter starts
    none, and a letter needs the first three characters to be a phrase's.
    """
    if not 0 <= span.start < span.end <= len(text):
        return True
    return _head_may_open(text[span.start : min(span.end, span.start + 3)])


def _ascii_phrase_key(phrase: str) -> str:
    """A UNIT_START phrase lower-cased, cut before its first non-ASCII character."""
    cut = next((index for index, char in enumerate(phrase) if not char.isascii()), len(phrase))
    return phrase[:cut].lower()


def _phrases_by_head() -> dict[str, tuple[str, ...]]:
    """The UNIT_START phrases as _may_start compares them, by their first three characters."""
    table: dict[str, tuple[str, ...]] = {}
    for key in sorted({_ascii_phrase_key(p) for phrases in UNIT_START.values() for p in phrases}):
        assert len(key) >= 3 and "  " not in key and not key.startswith(" "), key
        table[key[:3]] = (*table.get(key[:3], ()), key)
    return table


_PHRASES_BY_HEAD: Final = _phrases_by_head()
# How many characters of a unit _may_start compares.
_START_PREFIX: Final = 40


# Characters that no ASCII character of a phrase matches, and no \s: full case folding
# keeps each of them non-ASCII (the tests check this against _UNIT_START's own folding).
_FOLD_SAFE: Final = frozenset("’‘“”—–…")
_NON_ASCII: Final = regex.compile(r"[^\x00-\x7f]")


def _may_start(text: str, start: int, end: int) -> bool:
    """Whether a UNIT_START phrase may open ``text[start:end]``, judged on its first words.

    Only a unit opening with a letter is judged, on its printable ASCII up to one of
    _FOLD_SAFE (the phrase must then stand at its first character, its letters in any
    case and each of its spaces a run of spaces, and its ASCII part end before that
    character); anything else is left to the pattern. _UNIT_START folds case fully and
    holds 82 phrases: a match costs about twice a plain regex call, this test about half
    a match, and 4 units of an AP article open with "The" like three of the phrases.
    """
    prefix = text[start : min(end, start + _START_PREFIX)]
    closed = False  # whether the unit goes on with a character of _FOLD_SAFE
    if not prefix.isascii():
        stop = _NON_ASCII.search(prefix)
        if stop is None or prefix[stop.start()] not in _FOLD_SAFE:
            return True
        prefix = prefix[: stop.start()]
        closed = True
    if not (prefix.isprintable() and prefix[:1].isalpha()):
        return True
    key = prefix.lower()
    while "  " in key:
        key = key.replace("  ", " ")
    if len(key) < 3:
        return not closed  # (every phrase has three ASCII characters)
    for phrase in _PHRASES_BY_HEAD.get(key[:3], ()):
        # one is the other's start; the phrase's ASCII part within the unit's, if closed
        if key.startswith(phrase) or (not closed and phrase.startswith(key)):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _head_may_open(head: str) -> bool:
    """:func:`_may_open_unit` for a unit's first (up to) three characters, remembered."""
    first = head[0]
    if first in _LEAD_IN_CHARS or first.isspace():
        return True
    if not first.isascii():
        return first.lower() != first or first.upper() != first or first.casefold() != first
    if not first.isalpha():
        return False
    if not head.isascii() or (len(head) > 1 and head[1].isspace()):
        return True
    key = head.lower()
    if len(key) == 3 and key[2].isspace():
        key = key[:2] + " "
    return key in _UNIT_START_HEADS


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Find the boilerplate segments of ``text``, in input order.

    Each paragraph unit is judged on its own words, never on a word it merely
    contains: a paragraph that mentions Twitter, or quotes "all rights
    reserved", is content.

    >>> text = "Bonds fell.\\n\\nCopyright 2019 The Associated Press. All rights reserved."
    >>> [b.kind for b in find_boilerplate(text)]
    ['copyright']
    >>> find_boilerplate("By Tuesday, officials said the tweets would stop.")
    ()
    >>> story = "Prices rose.\\n    The trade was quiet.\\n Reuter\\n"
    >>> [(b.kind, b.text) for b in find_boilerplate(story)]
    [('sign_off', 'Reuter')]
    """
    return find_boilerplate_in(prepare(text, function="find_boilerplate"))


def find_boilerplate_in(doc: Document) -> tuple[Boilerplate, ...]:
    """:func:`find_boilerplate` of a prepared document."""
    text = doc.text
    units = doc.units
    found: list[Boilerplate] = []

    def add(kind: str, span: Span | None) -> None:
        if span is not None:
            found.append(Boilerplate(text[span.start : span.end], kind, span))

    kinds = _UnitKinds(text, _Words(text, doc.lowered))
    has_bar = "ARTICLE" in text  # both forms of Bloomberg's share bar hold it
    previous: str | None = None
    at_top = True  # only boilerplate so far
    names: set[str] = set()  # writers named in highlight lines
    index = 0
    count = len(units)
    while index < count:
        unit = units[index]
        kind = (
            context_kind(text, unit, previous, units[index - 1])
            if previous in CONTEXT_KINDS
            else None
        )
        line: str | None = None
        if kind is None:  # (else debris by what came before)
            kind, line = kinds.of(unit)
        # placed_kind's own first tests, without the call: at the top a bullet, below it a
        # short unit opening with a capital, ending in a full stop unless a test of the
        # page (names under highlights, a share bar, the last unit) wants other endings
        if kind is None and (
            text[unit.start] in TOP_BULLET_FIRSTS
            if at_top
            else unit.end - unit.start <= PLACED_MAX_CHARS
            and text[unit.start].isupper()
            and (text[unit.end - 1] == "." or names or has_bar or index == count - 1)
        ):
            kind = placed_kind(text, unit, at_top, names, has_bar, index == count - 1)
        if kind is not None:
            # the segments of a repeated line share one string (262,144 "---" lines: 14 MB)
            line = text[unit.start : unit.end] if line is None else kinds.shared(line)
            found.append(Boilerplate(line, kind, unit))
            index += 1
            if kind == "highlights":
                index = take_highlights(text, units, index, add, found)
                names.update(highlight_names(text, found))
            previous = kind
            continue
        if has_bar:
            _partial_unit(text, unit, add)
        previous = None
        at_top = False
        index += 1
    add_sign_off(text, found, add)
    return sort_by_span(found)


class _UnitKinds:
    """The kind of each unit of one text judged on its own, repeated lines looked up once."""

    __slots__ = (
        "_after",
        "_cold_plans",
        "_hits",
        "_last_kind",
        "_last_line",
        "_lines",
        "_next_hit",
        "_plans",
        "_present",
        "_repeated",
        "_text",
        "_words",
    )

    def __init__(self, text: str, words: _Words) -> None:
        self._text = text
        self._words = words
        self._present = words.present
        self._plans: dict[str, _Plan] = {}  # _head_plan by head, for this text's gate words
        self._cold_plans: dict[str, _Plan] = {}  # and for a unit that holds none of them
        self._hits = words.hits
        # where the units judged so far end, and the first gate word after that
        self._after = 0
        self._next_hit = words.next_hit(0)
        self._repeated: dict[str, str | None] = {}
        self._lines: dict[str, str] = {}  # one string for each repeated debris line
        # the last short line whose kind was looked up, and its kind
        self._last_line: str | None = None
        self._last_kind: str | None = None

    def shared(self, line: str) -> str:
        """The one string kept for lines equal to ``line``."""
        return self._lines.setdefault(line, line)

    def of(self, unit: Span) -> tuple[str | None, str | None]:
        """The unit's kind, and its line when the kind was looked up by it."""
        text = self._text
        start = unit.start
        length = unit.end - start
        last_line = self._last_line
        if last_line is not None and length == len(last_line) and text.startswith(last_line, start):
            # the same line again (a run of rules, repeated debris): the same kind, found
            # without slicing it or looking it up (262,144 "---" lines: a tenth of the time)
            return self._last_kind, last_line
        head = text[start : start + 3] if length >= 3 else text[start : unit.end]
        plans = self._plans
        if self._hits:
            end = unit.end
            if start < self._after or self._next_hit < end:  # (or out of order)
                if not self._words.unit_may_hold(start, end):
                    plans = self._cold_plans
                self._next_hit = self._words.next_hit(end)
            else:
                plans = self._cold_plans  # no gate word in the unit: as in a text without any
            self._after = end
        plan = plans.get(head)
        if plan is None:
            plan = plans[head] = _head_plan(head, self._present if plans is self._plans else 0)
        whole, rules, opens, tails = plan
        if not (
            (rules and (tails is None or text.endswith(tails, start, unit.end)))
            or (whole and length <= _WHOLE_UNIT_MAX_CHARS)
        ) and not (
            # only a unit-start phrase may open it ("The ...": 4 units of an AP article)
            opens and length <= _UNIT_START_MAX_CHARS and _may_start(text, start, unit.end)
        ):
            return None, None  # nothing can match: most body paragraphs, judged without a call
        if length > _REPEAT_MAX_CHARS:
            return _unit_kind(text, unit, self._words, plan), None
        # a short unit's kind depends on its characters only: page furniture repeats
        line = text[start : unit.end]
        kind = self._repeated.get(line, "")
        if kind == "":  # not seen yet
            kind = self._repeated[line] = _unit_kind(text, unit, self._words, plan)
        self._last_line = line
        self._last_kind = kind
        return kind, line


# How Boilerplate segments order: by span, compared as tuples (no Span.__lt__ calls).
_SPAN_ORDER: Final = operator.attrgetter("span.start", "span.end")
_SPAN_START: Final = operator.attrgetter("span.start")


def sort_by_span(segments: list[Boilerplate]) -> tuple[Boilerplate, ...]:
    """``segments`` ordered by span, as ``sorted(segments, key=lambda b: b.span)``.

    Segments come mostly in order already; when their starts rise strictly they are,
    and no sort key (a tuple for each, which the garbage collector then tracks) is made.

    >>> late, early = Boilerplate("b", "ad", Span(5, 6)), Boilerplate("a", "ad", Span(0, 1))
    >>> [b.text for b in sort_by_span([late, early])]
    ['a', 'b']
    >>> sort_by_span([])
    ()
    """
    # no list of the starts: 262,144 segments of "---" lines held it next to the result
    following = map(_SPAN_START, itertools.islice(segments, 1, None))
    if all(map(operator.lt, map(_SPAN_START, segments), following)):
        return tuple(segments)
    return tuple(sorted(segments, key=_SPAN_ORDER))


def _partial_unit(text: str, unit: Span, add: Add) -> None:
    """Debris inside a unit that also holds other words: Bloomberg's share bar."""
    if text.find("ARTICLE", unit.start, unit.end) < 0:
        return  # both forms of the bar hold "ARTICLE"
    bar = _SHARE_BAR.search(text, unit.start, unit.end)
    if bar is None:
        return
    before = strip_span(text, unit.start, bar.start())
    if before is not None and _BIO_END.search(text, before.start, before.end):
        add("author_bio", before)
    add("share", Span(bar.start(), bar.end()))
    after = strip_span(text, bar.end(), unit.end)
    if after is not None:
        following = unit_kind(text, after)
        if following is not None:
            add(following, after)
