"""Cheap tests that rule out a case-insensitive regex before it is run.

A pattern compiled with ``regex.IGNORECASE`` (version 0, simple case folding)
can only match where the lower-cased text holds each of its literal words. So
``may_contain(piece, words)`` answering ``False`` proves that such a pattern,
needing one of ``words``, finds nothing in ``piece``; ``True`` only means the
pattern must be run. Three characters break the shortcut: U+0130 (``İ``), which
matches ``i`` but lower-cases to two characters, U+017F (``ſ``), which matches
``s`` but lower-cases to itself, and U+212A (the Kelvin sign), which matches
``k`` and is not ASCII. A piece holding any of them is always passed on to the
pattern.

>>> may_contain("Reporting by Andy Bruce", ("reporting",))
True
>>> may_contain("Prices rose.", ("reporting", "editing"))
False
>>> may_contain("REPORTED FROM PARI\\u017f", ("paris",))
True
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from typing import Final

__all__ = ["WordIndex", "lower_for_search", "may_contain"]

# The only characters that regex's simple case folding matches to an ASCII letter
# although they are not ASCII (checked over all code points).
_FOLD_TRAPS: Final = ("\u0130", "\u017f", "\u212a")


def may_contain(piece: str, words: Iterable[str]) -> bool:
    """Whether ``piece`` may hold one of the lower-case ASCII ``words``, in any case."""
    lowered = lower_for_search(piece)
    return lowered is None or any(word in lowered for word in words)


def lower_for_search(piece: str) -> str | None:
    """``piece`` lower-cased for finding lower-case ASCII words, or ``None`` at a fold trap.

    Each non-ASCII character becomes one "?", so the result has the offsets of
    ``piece`` and holds each lower-case ASCII word exactly where ``piece.lower()``
    does: apart from the fold traps, no non-ASCII character lower-cases to an ASCII
    letter. This costs a third of ``str.lower`` on a non-ASCII text (AP's curly
    quotes make most articles one), and takes 2 bytes per character for an instant
    where ``str.lower`` took 12.

    >>> lower_for_search("Follow AP"), lower_for_search("\u201cSaid\u201d")
    ('follow ap', '?said?')
    >>> lower_for_search("\u0130stanbul") is None
    True
    """
    if piece.isascii():
        return piece.lower()
    if any(trap in piece for trap in _FOLD_TRAPS):
        return None
    return piece.encode("ascii", "replace").decode("ascii").lower()


# Words sharing at least this many first letters are found by one scan for those letters.
_MIN_STEM: Final = 4


@functools.lru_cache(maxsize=64)
def _scan_plan(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """How :class:`WordIndex` finds ``words``: ``(stem, words that start with it)`` pairs.

    Words that share their first letters ("reported", "reporting") are found by one
    ``str.find`` scan for the shared stem, each hit checked for each word: every
    place a word stands is a place its stem stands, so the positions are the same,
    and a scan of a 6 KB text costs about 4 us while AP text holds "report" twice.

    >>> _scan_plan(("reported", "reporting", "follow"))
    (('report', ('reported', 'reporting')), ('follow', ('follow',)))
    """
    plan: list[tuple[str, tuple[str, ...]]] = []
    left = list(words)
    while left:
        word = left.pop(0)
        group = [word]
        stem = word
        for other in list(left):
            shared = _common_start(stem, other)
            if len(shared) >= _MIN_STEM:
                stem = shared
                group.append(other)
                left.remove(other)
        plan.append((stem, tuple(group)))
    return tuple(plan)


def _common_start(first: str, second: str) -> str:
    """The longest string that both ``first`` and ``second`` start with."""
    length = 0
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        length += 1
    return first[:length]


class WordIndex:
    """Where some lower-case ASCII words occur in a text, in any case.

    Built once per text from the text's :func:`lower_for_search` (``lowered``), it
    answers :func:`may_contain` for any span of the text with a binary search,
    instead of lower-casing and scanning each span.

    >>> text = "Prices rose.\\n\\nReporting by Andy Bruce"
    >>> index = WordIndex(lower_for_search(text), ("reporting", "editing"))
    >>> index.may_hold(0, 12), index.may_hold(14, 37)
    (False, True)
    """

    def __init__(
        self, lowered: str | None, words: Iterable[str], found: Iterable[tuple[int, int]] = ()
    ) -> None:
        """``found``: more ``(start, end)`` ranges to hold, found by the caller."""
        # no fold trap, so ``str.lower`` kept the length: ``lowered`` has the offsets of ``text``
        self._everywhere = lowered is None
        found = list(found)
        if lowered is not None:
            for stem, stemmed in _scan_plan(tuple(words)):
                at = lowered.find(stem)
                while at >= 0:
                    for word in stemmed:
                        if lowered.startswith(word, at):
                            found.append((at, at + len(word)))
                    at = lowered.find(stem, at + 1)
        found.sort()
        self._starts = [start for start, _ in found]
        self._ends = [end for _, end in found]

    def positions(self) -> list[int] | None:
        """Where the words start, in order; ``None`` when any span may hold one.

        >>> WordIndex("editing by x; editing", ("editing",)).positions()
        [0, 14]
        """
        return None if self._everywhere else self._starts

    def may_hold(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold one of the words (``True`` when unsure)."""
        if self._everywhere:
            return True
        index = bisect.bisect_left(self._starts, start)
        while index < len(self._starts) and self._starts[index] < end:
            if self._ends[index] <= end:
                return True
            index += 1
        return False
