"""Pass 1 of the direct quotations: the words around each one, and what they say of it.

A quotation's left window is its sentence before the mark, its right window the
sentence after the closing mark, each bounded (a few hundred characters). Most
windows are tokenized alone; a paragraph dense with quotations is tokenized once, in
stretches, and each window is a slice of that (see :class:`_Stretch`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final, NamedTuple

from wireparse.models import Span
from wireparse.quotes.attribution import (
    _LEFT_WINDOW,
    _RIGHT_WINDOW,
    _Attribution,
    _is_term,
    _is_title_case,
    _left_attribution,
    _names_a_thing,
    _right_attribution,
    _sentence_start,
)
from wireparse.quotes.marks import _Raw
from wireparse.quotes.tokens import (
    _END,
    _QUOTE_TOKEN,
    _SENTENCE_END,
    _START,
    _Tok,
    _tokens,
    _window,
)

# What may stand right before a quotation that opens a sentence (after its sentence end).
_OPENING_MARKS: Final = frozenset({_QUOTE_TOKEN, ":"})


class _Frame(NamedTuple):
    """What pass 1 reads around one quotation."""

    attribution: _Attribution | None  # its own cue and speaker mention, if any
    term: bool  # a name, title or slogan, by the words before it or its casing
    opens_sentence: bool  # nothing of its sentence stands before the mark
    sentence_start: int  # where the sentence before the mark starts


def _frames(
    text: str, spans: Sequence[Span], raws: Sequence[_Raw], masked: list[tuple[int, int]]
) -> list[_Frame]:
    """The :class:`_Frame` of each quotation, in order."""
    windows = _Windows(text, spans, raws, masked)
    return [windows.frame(raw) for raw in raws]


class _Windows:
    """The token windows around the quotations of one body, read in order."""

    def __init__(
        self, text: str, spans: Sequence[Span], raws: Sequence[_Raw], masked: list[tuple[int, int]]
    ) -> None:
        self.text = text
        self.spans = spans
        self.masked = masked
        self.per_paragraph: dict[int, int] = {}
        for raw in raws:
            self.per_paragraph[raw.paragraph] = self.per_paragraph.get(raw.paragraph, 0) + 1
        # The tokens of the current paragraph when it is dense with quotations.
        self.stretch: _Stretch | None = None

    def frame(self, raw: _Raw) -> _Frame:
        """The attribution around ``raw``, and whether it is a term; right before left."""
        text = self.text
        left_start, left, right = self._around(raw)
        attribution = _right_attribution(text, right) if raw.close_at is not None else None
        opens = not left or left[-1].text in _SENTENCE_END or left[-1].text in _OPENING_MARKS
        if attribution is None or not opens:
            # the words before the mark attribute it unless it opens a sentence that
            # the words after it attribute ("'...,' Smith said.": the left is not read)
            left_attribution = _left_attribution(text, left)
            if left_attribution is not None and (
                attribution is None or not _names_a_thing(text, left_attribution)
            ):
                attribution = left_attribution
        right_side = attribution is not None and attribution.side == "right"
        term = _is_term(text, left, raw) or (not right_side and _is_title_case(text, raw.inner))
        return _Frame(attribution, term, opens, left_start)

    def _around(self, raw: _Raw) -> tuple[int, list[_Tok], list[_Tok]]:
        """Where the left window starts, and the tokens of the left and right windows."""
        text = self.text
        para = self.spans[raw.paragraph]
        # Only the sentence before the mark matters: start after the last sentence end.
        left_start = _sentence_start(text, max(para.start, raw.open_at - _LEFT_WINDOW), raw.open_at)
        close = raw.close_at
        right_end = min(para.end, close + 1 + _RIGHT_WINDOW) if close is not None else 0
        dense = (
            self.per_paragraph[raw.paragraph] * (_LEFT_WINDOW + _RIGHT_WINDOW)
            >= para.end - para.start
        )
        if not dense:
            left = _tokens(text, left_start, raw.open_at, self.masked)
            if close is None:
                return left_start, left, []
            return (
                left_start,
                left,
                _tokens(text, close + 1, right_end, self.masked, one_sentence=True),
            )
        stretch = self._stretch(raw, para, left_start, right_end)
        left = _window(stretch.toks, stretch.starts, stretch.ends, left_start, raw.open_at)
        if close is None:
            return left_start, left, []
        return left_start, left, stretch.sentence(close + 1, right_end)

    def _stretch(self, raw: _Raw, para: Span, left_start: int, right_end: int) -> _Stretch:
        """The stretch of a dense paragraph that holds the windows of ``raw``.

        A paragraph dense with quotations is tokenized once and each quotation's windows
        are slices of it. The stretch starts where this quotation's window does and grows
        as the later quotations need. A long paragraph goes in stretches of about
        _DENSE_STRETCH characters, so that its tokens are never all kept at once, each
        from a full left window before its first quotation: a later one's window never
        starts before that (a sentence start found in a shorter window may).
        """
        text = self.text
        long = para.end - para.start > _DENSE_STRETCH
        stretch = self.stretch
        if (
            stretch is None
            or stretch.paragraph != raw.paragraph
            or left_start < stretch.first
            or (long and max(raw.open_at, right_end) > stretch.last)
        ):
            if long:
                start = max(para.start, raw.open_at - _LEFT_WINDOW)
                stretch = _Stretch(text, raw.paragraph, para, self.masked, start)
                stretch.cover(max(raw.open_at, right_end, stretch.first + _DENSE_STRETCH))
            else:
                stretch = _Stretch(text, raw.paragraph, para, self.masked, left_start)
            self.stretch = stretch
        if not long:
            # Up to the first possible sentence end after the quotation: the right
            # window mostly ends there (a window that does not is grown by sentence()).
            target = raw.open_at
            if raw.close_at is not None:
                target = right_end
                for end_mark in ".!?":
                    at = text.find(end_mark, raw.close_at + 1, target)
                    if at >= 0:
                        target = at + 1
            stretch.cover(target)
        return stretch


class _Stretch:
    """Tokens of one paragraph dense with quotations, from ``first`` to ``last``.

    Both ends are places where the paragraph may be cut (see :func:`_dense_cut`), so its
    tokens are those of the whole paragraph there, and a window is a slice of them. It
    starts at the first window and grows as far as the windows need: the words before
    the first quotation's sentence and after the last one's are not read.
    """

    __slots__ = ("ends", "first", "last", "masked", "para", "paragraph", "starts", "text", "toks")

    def __init__(
        self, text: str, paragraph: int, para: Span, masked: list[tuple[int, int]], start: int
    ) -> None:
        self.text = text
        self.paragraph = paragraph
        self.para = para
        self.masked = masked
        self.first = self.last = _dense_cut(text, start, para, masked, backward=True)
        self.toks: list[_Tok] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def cover(self, at: int) -> None:
        """Grow the stretch to a cut at or after ``at``."""
        if self.last >= at:
            return
        last = _dense_cut(self.text, at, self.para, self.masked)
        toks = _tokens(self.text, self.last, last, self.masked)
        self.toks.extend(toks)
        self.starts.extend(map(_START, toks))
        self.ends.extend(map(_END, toks))
        self.last = last

    def sentence(self, start: int, end: int) -> list[_Tok]:
        """The tokens inside ``[start, end)`` up to the first sentence end, as a window."""
        while True:
            found = _window(self.toks, self.starts, self.ends, start, end, one_sentence=True)
            if (found and found[-1].text in _SENTENCE_END) or self.last >= end:
                return found
            # No sentence end yet: grow to the next character that may be one.
            target = end
            for end_mark in ".!?":
                at = self.text.find(end_mark, self.last, target)
                if at >= 0:
                    target = at + 1
            self.cover(target)


# How many characters of a dense paragraph are tokenized at a time (see find_quotes).
_DENSE_STRETCH: Final = 65536


def _dense_cut(
    text: str, at: int, para: Span, masked: Sequence[tuple[int, int]], *, backward: bool = False
) -> int:
    """A place at or before (``backward``) or after ``at`` where a dense paragraph may be cut.

    The paragraph's start or end, or a space inside it outside every quotation: no
    token holds a space, so the tokens on each side are those of the whole paragraph.
    """
    while True:
        if backward:
            cut = text.rfind(" ", para.start, at + 1)
            if cut < 0:
                return para.start
        else:
            cut = text.find(" ", at, para.end)
            if cut < 0:
                return para.end
        index = bisect.bisect_right(masked, (cut, cut)) - 1
        holding = [m for m in masked[max(0, index - 2) : index + 2] if m[0] <= cut < m[1]]
        if not holding:
            return cut
        if backward:
            at = min(m[0] for m in holding) - 1
            if at < para.start:
                return para.start
        else:
            at = max(m[1] for m in holding)
            if at >= para.end:
                return para.end
