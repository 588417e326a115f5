"""The verb tables of the quote engine, all built from ``_lexicon.cues.VERBS``.

:func:`build_verbs` turns the one tagged table into every word set, regex and
prefilter that is about verbs, so a shortcut is never written by hand beside the
rule it stands for: adding a row to the table adds the verb to all of them. The
module-level names below are the tables of ``VERBS``; a test builds them from an
extended table with the same function.

>>> tables = build_verbs((("mumbles mumbled", "direct reports"),))
>>> tables.cue_follows("Jane Doe mumbled.", 8), tables.cue_follows("Jane Doe ran.", 8)
(True, False)
>>> tables.report_words
(' mumble',)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final, NamedTuple

import regex

from wireparse._lexicon.cues import VERBS, verbs_with

# What _CUE_AFTER allows between a name and its cue: one or two of these characters,
# then the cue, or a lower-case word of this many letters, a space and the cue.
_CUE_GAP: Final = "\u200b\u00a0 "
_CUE_GAP_MAX: Final = 2
_CUE_WORD_MIN: Final = 2
_CUE_WORD_MAX: Final = 12
# A verb of the "reports" use is looked for this far (characters) after a name.
_REPORT_SUBJECT_MAX: Final = 90


class Verbs(NamedTuple):
    """The verb tables built from one verb table (see :func:`build_verbs`)."""

    cue_verbs: frozenset[str]  # the "direct" use
    weak_cues: frozenset[str]
    indirect_cues: frozenset[str]
    speaking_verbs: frozenset[str]
    subject_verbs: frozenset[str]
    one_word_verbs: frozenset[str]  # speaking or subject: after a one-word name
    # The first three letters of each one-word verb ("is" whole): such a verb can only
    # follow a name where the text starts with one of them (tested before the regex).
    one_word_heads: frozenset[str]
    cue_after: regex.Pattern[str]  # a cue verb right after a name
    cue_follows: Callable[[str, int], bool]  # cue_after.match(...) is not None, faster
    pronoun_report: regex.Pattern[str]  # "He said" / "She says" opening a sentence
    report_later: regex.Pattern[str]  # a "reports" verb later in a name's sentence
    report_words: tuple[str, ...]  # what report_later needs: a space and a verb's stem
    report_follows: Callable[[str, int, int], bool]  # report_later.match(...), faster
    pair: regex.Pattern[str]  # "Tore Sohlberg and Lehla Abreder said"
    indirect_gate: re.Pattern[str]  # a reporting verb somewhere in a text


def build_verbs(table: Iterable[tuple[str, str]] = VERBS) -> Verbs:
    """Every verb table, regex and prefilter of the quote engine, from ``table``."""
    rows = tuple(table)
    cue_verbs = verbs_with("direct", rows)
    indirect = verbs_with("indirect", rows)
    speaking = verbs_with("speaking", rows)
    subject = verbs_with("subject", rows)
    reports = verbs_with("reports", rows)
    one_word = subject | speaking
    cue_after = regex.compile(
        f"[{_CUE_GAP}]{{1,{_CUE_GAP_MAX}}}"
        f"(?:[a-z]{{{_CUE_WORD_MIN},{_CUE_WORD_MAX}}}[ ])?(?:{_alternation(cue_verbs)})\\b"
    )
    pronoun_report = regex.compile(rf"\b(He|She)[ ](?:{_alternation(reports)})\b")
    report_later = regex.compile(
        rf"[^.!?\"“”\n]{{0,{_REPORT_SUBJECT_MAX}}}?[ ](?:{_alternation(reports)})\b"
    )
    report_words = _stems(
        form for forms, uses in rows if "reports" in uses.split() for form in forms.split()
    )
    pair_verbs = _alternation(verbs_with("pair", rows))
    pair = regex.compile(
        rf"""
        (\p{{Lu}}[\p{{L}}’'\-]{{1,30}}(?:[ ]\p{{Lu}}[\p{{L}}’'\-]{{1,30}}){{0,2}})   # a name
        [ ]and[ ]
        (\p{{Lu}}[\p{{L}}’'\-]{{1,30}}(?:[ ]\p{{Lu}}[\p{{L}}’'\-]{{1,30}}){{0,2}})   # another
        [ ](?:{pair_verbs})\b  # as the subject
        """,
        regex.VERBOSE,
    )
    # Compiled with the standard library's ``re``, which scans this plain word trie about
    # 1.5x faster than ``regex`` does; no other feature is needed.
    indirect_gate = re.compile(
        r"\b" + _word_trie(indirect | {"according to", "According to"}) + r"\b"
    )
    return Verbs(
        cue_verbs=cue_verbs,
        weak_cues=verbs_with("weak", rows),
        indirect_cues=indirect,
        speaking_verbs=speaking,
        subject_verbs=subject,
        one_word_verbs=one_word,
        one_word_heads=frozenset(verb[:3] for verb in one_word),
        cue_after=cue_after,
        cue_follows=_cue_follows_for(cue_verbs, cue_after),
        pronoun_report=pronoun_report,
        report_later=report_later,
        report_words=report_words,
        report_follows=_report_follows_for(report_words, report_later),
        pair=pair,
        indirect_gate=indirect_gate,
    )


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first; one that never matches for none."""
    if not words:
        return "(?!)"
    return "|".join(regex.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


def _stems(words: Iterable[str]) -> tuple[str, ...]:
    """A space and the common start of each group of ``words`` that share three letters.

    A text where no entry occurs holds no space followed by one of ``words``, and the
    entries keep the order of ``words``: ``("says", "said", "adds", "added")`` gives
    ``(" says", " said", " add")``.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:3], []).append(word)
    return tuple(" " + _common_start(group) for group in groups.values())


def _common_start(words: list[str]) -> str:
    """The longest string every one of ``words`` starts with."""
    first, last = min(words), max(words)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def _cue_follows_for(
    cue_verbs: frozenset[str], cue_after: regex.Pattern[str]
) -> Callable[[str, int], bool]:
    """``cue_after.match(text, end) is not None``, mostly without the regex.

    The regex wants one or two spaces, then a cue verb, or a lower-case word of 2 to 12
    letters, a space and a cue verb, then a word boundary. When each cue verb is a whole
    run of a-z letters, the run of letters there must be one; the regex (an alternation
    of 300 verbs, slow) is asked only when the boundary depends on a non-ASCII character.
    """
    if not all(regex.fullmatch("[a-z]+", cue) for cue in cue_verbs):
        return lambda text, end: cue_after.match(text, end) is not None
    longest = max(map(len, cue_verbs), default=0)
    lower_run = regex.compile("[a-z]{0," + str(max(_CUE_WORD_MAX + 1, longest + 1)) + "}")

    def cue_follows(text: str, end: int) -> bool:
        at = end
        while at < end + _CUE_GAP_MAX and at < len(text) and text[at] in _CUE_GAP:
            at += 1
        if at == end:
            return False
        word = lower_run.match(text, at).group()  # type: ignore[union-attr]
        if word in cue_verbs:
            ends_word = _ends_word(text, at + len(word))
            if ends_word is None:
                return cue_after.match(text, end) is not None
            if ends_word:
                return True
        if _CUE_WORD_MIN <= len(word) <= _CUE_WORD_MAX and text.startswith(" ", at + len(word)):
            at += len(word) + 1
            word = lower_run.match(text, at).group()  # type: ignore[union-attr]
            if word in cue_verbs:
                ends_word = _ends_word(text, at + len(word))
                if ends_word is None:
                    return cue_after.match(text, end) is not None
                return ends_word
        return False

    return cue_follows


def _ends_word(text: str, at: int) -> bool | None:
    """Whether ``\\b`` holds at ``at`` right after a letter; None when not ASCII (ask the regex)."""
    if at >= len(text):
        return True
    char = text[at]
    if not char.isascii():
        return None
    return not (char.isalnum() or char == "_")


def _report_follows_for(
    words: tuple[str, ...], report_later: regex.Pattern[str]
) -> Callable[[str, int, int], bool]:
    """``report_later.match(text, start, end) is not None``, the regex only when it can match."""

    def report_follows(text: str, start: int, end: int) -> bool:
        if not any(text.find(word, start, end) >= 0 for word in words):
            return False
        return report_later.match(text, start, end) is not None

    return report_follows


def _word_trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` with shared prefixes factored out.

    ``said|says|say`` becomes ``sa(?:id|y(?:s)?)``: the engine tries each prefix once
    instead of every word at every position (about twice as fast on real text).

    >>> _word_trie({"said", "says", "say"})
    'sa(?:id|y(?:s)?)'
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [regex.escape(char) + pattern(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        ends_here = "" in node
        body = branches[0] if len(branches) == 1 and not ends_here else f"(?:{'|'.join(branches)})"
        return body + ("?" if ends_here else "")

    return pattern(tree)


_VERBS: Final = build_verbs()

# The tables of VERBS as module names: the hot paths read a global, not an attribute.
CUE_VERBS: Final = _VERBS.cue_verbs
WEAK_CUES: Final = _VERBS.weak_cues
INDIRECT_CUES: Final = _VERBS.indirect_cues
# chants, shouts and songs: the crowd's words (see _crowd_crying in attribution)
CRY_VERBS: Final = verbs_with("cry")
SUBJECT_VERBS: Final = _VERBS.subject_verbs
SPEAKING_VERBS: Final = _VERBS.speaking_verbs
_ONE_WORD_VERBS: Final = _VERBS.one_word_verbs
_ONE_WORD_VERB_HEADS: Final = _VERBS.one_word_heads
_CUE_AFTER: Final = _VERBS.cue_after
_cue_follows: Final = _VERBS.cue_follows
_PRONOUN_REPORT: Final = _VERBS.pronoun_report
_REPORT_LATER: Final = _VERBS.report_later
_report_follows: Final = _VERBS.report_follows
_PAIR: Final = _VERBS.pair
_INDIRECT_GATE: Final = _VERBS.indirect_gate
