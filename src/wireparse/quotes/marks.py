"""The quotation marks of the body and the quotations they enclose."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

import regex

from wireparse.models import Span

# ---------------------------------------------------------------- constants

_OPENERS: Final = "“„«"
_CLOSERS: Final = "”»"
_STRAIGHTS: Final = '"″'  # the double prime stands for a straight mark in some feeds
_MARKS: Final = _OPENERS + _CLOSERS + _STRAIGHTS
# Marks of older feeds written with two characters: TeX-style ``...'' and doubled
# apostrophes ''...'' (also ’’...’’). "``" always opens; the other two read like a
# straight mark. A single apostrophe is never a quotation mark.
_DOUBLE_OPENER: Final = "``"
_DOUBLES: Final = (_DOUBLE_OPENER, "''", "’’")
# Every mark, as the strings to look for in a text that may hold a quotation.
_ANY_MARK: Final = (*_MARKS, *_DOUBLES)
# One quotation mark: the scan visits only these characters, not every one.
_MARK: Final = regex.compile(
    "|".join([*map(regex.escape, _DOUBLES), "[" + regex.escape(_MARKS) + "]"])
)
# What may stand right before an opening mark / right after a closing mark.
_BEFORE_OPEN: Final = " \t\r\n\u00a0([{—–-:/…"
_AFTER_CLOSE: Final = " \t\r\n\u00a0)]}.,;:!?—–-…'’"

# ---------------------------------------------------------------- marks


class _Raw(NamedTuple):  # a tuple: cheaper to make than a frozen attrs class
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark, None when open at paragraph end
    paragraph: int
    inner: Span


def _width(text: str, i: int) -> int:
    """How many characters the quotation mark at ``i`` takes (2 for ``, '' and ’’)."""
    return 1 if text[i] in _MARKS else 2


def _is_opener(text: str, i: int, start: int, end: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when not a mark here."""
    ch = text[i]
    width = _width(text, i)
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    if width == 2:
        if ch == "`":
            return True
        if before.isalpha() and after == "s" and not text[i + 3 : i + 4].isalpha():
            return None  # "Jones''s": an apostrophe typed twice, never a quotation
    space_before = before in _BEFORE_OPEN or before in _MARKS or before in "'’`"
    space_after = after in _AFTER_CLOSE or after in _MARKS
    if ch in _OPENERS:
        # A “ glued to a word on the left and followed by a space closes.
        return not (not space_before and space_after)
    if ch in _CLOSERS:
        # A ” after a space and before a word is an opening mark used the wrong way.
        return bool(space_before and not space_after)
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    if before.isdigit():
        return None  # 5'10" : an inch mark
    return space_before


def _scan(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    marks: Iterable[int],
    *,
    carried: bool = False,
) -> list[_Raw]:
    """The quotations of one paragraph, by a two-state scan of its ``marks`` (their indexes).

    ``carried``: the previous paragraph ended inside a quotation and this one does
    not open with a mark (a paragraph break inside a quotation): text up to a first
    closing mark continues it.
    """
    found: list[_Raw] = []
    open_at: int | None = start - 1 if carried else None
    for i in marks:
        opener = _is_opener(text, i, start, end)
        if opener is None:
            continue
        if open_at is None:
            if opener:
                open_at = i
            continue
        if opener and (text[i] not in _STRAIGHTS + "'’" or open_at < start):
            open_at = i  # an earlier mark was never closed: start again here
            continue
        inner = _strip(text, open_at + (_width(text, open_at) if open_at >= start else 1), i)
        if inner is not None:
            # a mark of two characters closes at its second one
            found.append(_Raw(open_at, i + _width(text, i) - 1, paragraph, inner))
        open_at = None
    if open_at is not None and open_at >= start:
        inner = _strip(text, open_at + _width(text, open_at), end)
        if inner is not None:
            found.append(_Raw(open_at, None, paragraph, inner))
    return found


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


# The longest body (characters) whose mark positions are listed at once.
_MARK_LIST_LIMIT: Final = 1 << 18
_MATCH_START: Final = regex.Match.start


def _mark_positions(text: str, spans: Sequence[Span]) -> list[int]:
    """The indexes of the quotation marks between the first and the last paragraph's ends.

    Found with ``str.find``, one mark character at a time: seven passes in C cost less
    than one regex scan for a class of characters (7 against 55 us on an AP article).
    """
    if not spans:
        return []
    low = min(para.start for para in spans)
    high = max(para.end for para in spans)
    found: list[int] = []
    for mark in _MARKS:
        at = text.find(mark, low, high)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, high)
    for double in _DOUBLES:
        _add_doubles(text, double, low, high, found)
    found.sort()
    return found


def _add_doubles(text: str, double: str, low: int, high: int, found: list[int]) -> None:
    """Append the starts of ``double`` (two characters) in ``text[low:high]``,
    left to right without overlap, as ``str.find`` of ``double`` gives them.

    Its first character is found with a one-character ``str.find`` (a ``memchr``),
    the next one compared: a two-character ``str.find`` costs about 6 us on an AP
    article, this well under 1 us (a few us for "’", the text's apostrophe).
    """
    mark = double[0]
    at = text.find(mark, low, high)
    while at >= 0:
        if text.startswith(double, at, high):
            found.append(at)
            at = text.find(mark, at + 2, high)
        else:
            at = text.find(mark, at + 1, high)


def _scan_body(text: str, spans: Sequence[Span]) -> list[_Raw]:
    """The quotations of the body paragraphs ``spans``, in order (see :func:`_scan`)."""
    raws: list[_Raw] = []
    # The marks of the whole body are found at once (see _mark_positions); a paragraph
    # without one holds no quotation (not even the end of a carried one) and is not
    # scanned. A long text's marks are read as the scan goes: a list of them all takes
    # about 44 bytes a mark at its peak (44 MB for 1,000,000 quotation marks).
    extent = max(para.end for para in spans) - min(para.start for para in spans) if spans else 0
    marks = _mark_positions(text, spans) if extent <= _MARK_LIST_LIMIT else None
    for index, para in enumerate(spans):
        para_marks: Iterable[int]
        if marks is None:
            para_marks = map(_MATCH_START, _MARK.finditer(text, para.start, para.end))
        else:
            first = bisect.bisect_left(marks, para.start)
            if first == len(marks) or marks[first] >= para.end:
                continue
            para_marks = marks[first : bisect.bisect_left(marks, para.end, first)]
        carried = bool(
            raws
            and raws[-1].close_at is None
            and raws[-1].paragraph == index - 1
            and text[para.start : para.start + 1] not in _MARKS
        )
        raws.extend(_scan(text, para.start, para.end, index, para_marks, carried=carried))
    return raws
