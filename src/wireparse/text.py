"""Text normalization and paragraph segmentation, with offsets into the original.

Nothing here rewrites the input. Segmentation returns :class:`~wireparse.models.Span`
objects; :func:`normalize` gives a cleaned copy for comparison only.

Blocks are separated by blank lines (lines holding only whitespace, NBSP or
zero-width characters), whatever the line ending: ``\\n``, ``\\r\\n`` or ``\\r``.
Inside a block, every line is its own paragraph, unless the block is
hard-wrapped (as Reuters-21578 is): then a paragraph starts at an indented line.

>>> text = "Title\\r\\n\\r\\n  First para.  \\n\\n\\n\\nSecond\\npara."
>>> [text[s.start:s.end] for s in segment_paragraphs(text)]
['Title', 'First para.', 'Second', 'para.']
>>> segment_paragraphs("   \\n\\u00a0\\n")
()
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Iterator
from typing import Final, NamedTuple

import regex

from wireparse.models import Span

__all__ = [
    "CLOSING_CHARS",
    "SENTENCE_MARKS",
    "block_paragraphs",
    "check_text",
    "closing_pattern",
    "first_blocks",
    "first_paragraph",
    "is_blank",
    "normalize",
    "paragraph_spans",
    "segment_blocks",
    "segment_paragraphs",
    "strip_span",
]

# Whitespace as wire copy has it: Unicode spaces, NBSP, and the zero-width characters
# (ZWSP, ZWNJ, ZWJ, word joiner, BOM) that web pages leave behind.
SPACE_CHARS: Final = "\\s\u00a0\u200b\u200c\u200d\u2060\ufeff"

_LINE_BREAK: Final = regex.compile(r"\r\n|\r|\n")
_BLANK: Final = regex.compile(rf"[{SPACE_CHARS}]*")
_LEADING_SPACE: Final = regex.compile(rf"[{SPACE_CHARS}]+")
# Matched backwards from the end of the span (REVERSE), so that a long run of
# spaces inside a span costs nothing: a forward search for ``[...]+$`` would retry
# at every position of the run, which is quadratic in its length.
_TRAILING_SPACE: Final = regex.compile(rf"[{SPACE_CHARS}]+", regex.REVERSE)
_SQUEEZE: Final = regex.compile(rf"[{SPACE_CHARS}]+")
# The same characters as a string for ``str.strip``, which is many times faster than a
# regex call on the short lines segmentation looks at. Unicode has no White_Space
# character above U+3000; the only listed zero-width one above it is the BOM.
_STRIP_CHARS: Final = "".join(
    char for char in map(chr, [*range(0x3001), 0xFEFF]) if _LEADING_SPACE.match(char)
)
_INDENT: Final = regex.compile(r"[ \t\u00a0]{2,}|\t")

#: The marks that end a sentence, and the closing characters that may follow one.
SENTENCE_MARKS: Final = ".!?"
CLOSING_CHARS: Final = "\"'”’)]"


def closing_pattern(marks: str) -> regex.Pattern[str]:
    """One of ``marks`` at the end of a piece, then up to three spaces or closing characters.

    Each parser names the marks it counts as an end: a headline may end with "?".

    >>> bool(closing_pattern(SENTENCE_MARKS).search('He said "no."')), SENTENCE_MARKS
    (True, '.!?')
    >>> closing_pattern(".:").search("Title?") is None
    True
    """
    closing = "".join(map(regex.escape, CLOSING_CHARS))
    return regex.compile(rf"[{regex.escape(marks)}][\s{closing}]{{0,3}}\Z")


# A line of a hard-wrapped block that ends with one of these ends a sentence.
_SENTENCE_END: Final = frozenset(SENTENCE_MARKS + ":;" + CLOSING_CHARS)

# A block counts as hard-wrapped when it has at least this many lines and most of its
# lines are long and cut mid-sentence: wire feeds wrap near 70 characters.
_WRAP_MIN_LINES: Final = 3
_WRAP_MAX_WIDTH: Final = 100
_WRAP_MIN_WIDTH: Final = 40


def check_text(text: object, *, function: str = "wireparse") -> str:
    """Return ``text`` if it is a ``str``; raise a ``TypeError`` that says what to do.

    >>> check_text("ok")
    'ok'
    >>> check_text(b"x", function="parse_article")
    Traceback (most recent call last):
    TypeError: parse_article() takes str, not bytes: decode the bytes first, ...
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{function}() takes str, not {type(text).__name__}: "
            'decode the bytes first, e.g. data.decode("utf-8")'
        )
    raise TypeError(f"{function}() takes str, not {type(text).__name__}")


def is_blank(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` holds only whitespace and zero-width characters.

    >>> is_blank(" \\u00a0\\u200b\\t")
    True
    >>> is_blank(" x ")
    False
    """
    stop = len(text) if end is None else end
    if 0 <= start <= stop <= len(text):
        return not text[start:stop].strip(_STRIP_CHARS)
    match = _BLANK.match(text, start, stop)
    return match is not None and match.end() == stop


def strip_span(text: str, start: int, end: int) -> Span | None:
    """Shrink ``[start, end)`` to exclude surrounding whitespace; ``None`` if blank.

    >>> strip_span("  ab c \\n", 0, 9)
    Span(start=2, end=6)
    >>> strip_span("   ", 0, 3) is None
    True
    """
    if 0 <= start < end <= len(text):
        if text[start] not in _STRIP_CHARS and text[end - 1] not in _STRIP_CHARS:
            return Span(start, end)  # nothing to strip (most calls): no copies of the piece
        piece = text[start:end]
        content = piece.lstrip(_STRIP_CHARS)
        if not content:
            return None
        trailing = len(content) - len(content.rstrip(_STRIP_CHARS))
        return Span(start + len(piece) - len(content), end - trailing)
    lead = _LEADING_SPACE.match(text, start, end)
    if lead is not None:
        start = lead.end()
    if start >= end:
        return None
    trail = _TRAILING_SPACE.match(text, start, end)
    if trail is not None:
        end = trail.start()
    return Span(start, end) if start < end else None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line in ``text[start:end]``, without its line break."""
    lines: list[tuple[int, int]] = []
    pos = start
    if 0 <= start <= end <= len(text) and text.find("\r", start, end) < 0:
        # Only "\n" breaks: str.split is several times faster than a regex per line.
        for line in text[start:end].split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        if lines[-1][0] == lines[-1][1]:
            lines.pop()  # nothing after the last break (or an empty range)
        return lines
    for match in _LINE_BREAK.finditer(text, start, end):
        lines.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        lines.append((pos, end))
    return lines


def segment_blocks(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Split ``text`` at blank lines; each block is stripped of outer whitespace.

    >>> text = "a\\nb\\n \\n\\nc"
    >>> [text[s.start:s.end] for s in segment_blocks(text)]
    ['a\\nb', 'c']
    """
    stop = len(text) if end is None else end
    return tuple(_blocks(text, _lines(text, start, stop)))


def first_blocks(text: str, count: int) -> tuple[Span, ...]:
    """``segment_blocks(text)[:count]``, reading no further than the blocks need.

    >>> text = "Title\\n\\nLead.\\n \\nMore.\\n\\nEnd."
    >>> [text[s.start:s.end] for s in first_blocks(text, 2)]
    ['Title', 'Lead.']
    >>> first_blocks(" \\n", 2)
    ()
    """
    if "\r" in text:
        return segment_blocks(text)[:count]
    return tuple(itertools.islice(_blocks(text, _newline_lines(text)), count))


def _blocks(text: str, lines: Iterable[tuple[int, int]]) -> Iterator[Span]:
    """The blocks of ``lines`` (``(start, end)`` of each), split at blank lines and stripped."""
    block_start: int | None = None
    block_end = 0
    for line_start, line_end in lines:
        if is_blank(text, line_start, line_end):
            if block_start is not None:
                span = strip_span(text, block_start, block_end)
                if span is not None:
                    yield span
                block_start = None
            continue
        if block_start is None:
            block_start = line_start
        block_end = line_end
    if block_start is not None:
        span = strip_span(text, block_start, block_end)
        if span is not None:
            yield span


def _newline_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of a text without ``\\r``, found as they are read."""
    pos = 0
    while True:
        line_end = text.find("\n", pos)
        if line_end < 0:
            yield pos, len(text)
            return
        yield pos, line_end
        pos = line_end + 1


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Most lines are short enough for a wire feed and end mid-sentence."""
    if len(lines) < _WRAP_MIN_LINES:
        return False
    width = max(end - start for start, end in lines)
    if not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return False
    inner = lines[:-1]
    open_ended = sum(
        1 for start, end in inner if end > start and text[end - 1] not in _SENTENCE_END
    )
    return open_ended * 2 >= len(inner)


def segment_paragraphs(text: str) -> tuple[Span, ...]:
    """Split ``text`` into paragraph spans, stripped of outer whitespace.

    Hard-wrapped blocks (single newlines inside paragraphs) start a new paragraph
    only at an indented line.

    >>> wrapped = ("Standard Oil Co and BP North America Inc said they plan to\\n"
    ...            "form a venture to manage the money market borrowing and\\n"
    ...            "investment activities of both companies.\\n"
    ...            "    BP North America is a subsidiary of British Petroleum Co\\n"
    ...            "Plc, which also owns a 55 pct interest in Standard Oil.")
    >>> [len(s) for s in segment_paragraphs(wrapped)]
    [155, 112]
    """
    check_text(text, function="segment_paragraphs")
    return paragraph_spans(text)


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """:func:`segment_paragraphs` without the argument check (``text`` is a ``str``).

    :func:`wireparse.document.prepare` calls it once per input.
    """
    if "\r" not in text:
        return _segment_lines(text)
    return _segment_any_breaks(text)


def _segment_any_breaks(text: str) -> tuple[Span, ...]:
    """Paragraphs by blocks, whatever the line breaks (``\\r\\n``, ``\\r``, ``\\n``)."""
    paragraphs: list[Span] = []
    for block in segment_blocks(text):
        _add_block_paragraphs(text, block, paragraphs)
    return tuple(paragraphs)


def block_paragraphs(text: str, block: Span) -> tuple[Span, ...]:
    """The paragraphs of one block that :func:`segment_blocks` gave for ``text``.

    They are the ones :func:`segment_paragraphs` gives for that block, without
    segmenting the rest of the text.

    >>> text = "Title\\n\\nFirst line.\\nSecond line."
    >>> [text[s.start:s.end] for s in block_paragraphs(text, segment_blocks(text)[1])]
    ['First line.', 'Second line.']
    """
    paragraphs: list[Span] = []
    _add_block_paragraphs(text, block, paragraphs)
    return tuple(paragraphs)


def first_paragraph(text: str, block: Span) -> Span | None:
    """``block_paragraphs(text, block)[0]``, found without splitting the rest of the block.

    >>> text = "Title\\n\\nFirst line.\\nSecond line."
    >>> first_paragraph(text, segment_blocks(text)[1])
    Span(start=7, end=18)
    >>> first_paragraph(text, segment_blocks(text)[0])
    Span(start=0, end=5)
    """
    lines = _lines(text, block.start, block.end)
    if len(lines) == 1:
        return block
    if not _is_hard_wrapped(text, lines):
        for line_start, line_end in lines:
            span = strip_span(text, line_start, line_end)
            if span is not None:
                return span
        return None
    return next(_wrapped_spans(text, lines), None)


def _add_block_paragraphs(text: str, block: Span, paragraphs: list[Span]) -> None:
    lines = _lines(text, block.start, block.end)
    if len(lines) == 1:
        paragraphs.append(block)
        return
    if not _is_hard_wrapped(text, lines):
        for line_start, line_end in lines:
            span = strip_span(text, line_start, line_end)
            if span is not None:
                paragraphs.append(span)
        return
    _wrapped_paragraphs(text, lines, paragraphs)


def _segment_lines(text: str) -> tuple[Span, ...]:
    """:func:`_segment_paragraphs` for a text without ``\\r``, over its ``str.split`` lines.

    It gives the very same spans: blocks are runs of non-blank lines, a one-line
    block is its line stripped, and a block of several lines is split as there. The
    lines are stripped, measured and grouped into blocks by C-level iteration
    (``map``, ``accumulate``, ``groupby``), so that the Python work is per block, not
    per line: a block of 262,144 "---" lines costs little more than its spans.
    """
    lines = text.split("\n")
    contents = list(map(str.strip, lines, itertools.repeat(_STRIP_CHARS)))
    # where each line starts: the lengths of the lines before it, each with its "\n"
    offsets = list(itertools.accumulate(map(_PLUS_ONE, map(len, lines)), initial=0))
    filled = list(itertools.compress(range(len(lines)), contents))  # the non-blank lines
    if all(map(operator.lt, map(_PLUS_ONE, filled), filled[1:])):
        # No two non-blank lines touch (web copy: paragraphs between blank lines), so
        # every block is one line, and each paragraph is a stripped line.
        kept = list(map(lines.__getitem__, filled))
        lstripped = map(str.lstrip, kept, itertools.repeat(_STRIP_CHARS))
        leads = map(operator.sub, map(len, kept), map(len, lstripped))
        starts = list(map(operator.add, map(offsets.__getitem__, filled), leads))
        widths = map(len, map(contents.__getitem__, filled))
        return tuple(map(Span, starts, map(operator.add, starts, widths)))
    del filled
    # From here a line is known by its number and its lengths (small ints, shared), so
    # that the line strings are freed before the spans are made: on a block of 262,144
    # "---" lines they were a quarter of the peak memory.
    lengths = list(map(len, lines))
    # (no name for the map of lstripped lines: it would keep the line list alive)
    leads = map(len, map(str.lstrip, lines, itertools.repeat(_STRIP_CHARS)))
    numbered = _Lines(
        offsets,
        lengths,
        list(map(operator.sub, lengths, leads)),
        list(map(len, contents)),  # 0: a blank line
    )
    del lines, contents, leads
    paragraphs: list[Span] = []
    index = 0
    for has_content, group in itertools.groupby(numbered.widths, bool):
        count = len(list(group))
        if has_content and count == 1:
            start = offsets[index] + numbered.leads[index]
            paragraphs.append(Span(start, start + numbered.widths[index]))
        elif has_content:
            _block_paragraphs(text, numbered, index, index + count, paragraphs)
        index += count
    return tuple(paragraphs)


_PLUS_ONE: Final = (1).__add__


class _Lines(NamedTuple):
    """The lines of a text by number: start, length, leading space and stripped length."""

    offsets: list[int]
    lengths: list[int]
    leads: list[int]
    widths: list[int]


def _block_paragraphs(
    text: str, lines: _Lines, first: int, stop: int, paragraphs: list[Span]
) -> None:
    """Add the paragraphs of the block of the non-blank lines ``first`` to ``stop``."""
    starts = lines.offsets[first:stop]
    # A block whose lines are all shorter than a wrapped line is not wrapped, whatever
    # stripping its ends would take off (a run of "---" lines).
    if stop - first >= _WRAP_MIN_LINES and max(lines.lengths[first:stop]) >= _WRAP_MIN_WIDTH:
        ends = list(map(operator.add, starts, lines.lengths[first:stop]))
        # The block's outer whitespace goes (as segment_blocks strips it); its lines
        # stay the same but for the first one's start and the last one's end.
        inner = list(zip(starts, ends, strict=True))
        inner[0] = (starts[0] + lines.leads[first], ends[0])
        inner[-1] = (starts[-1], starts[-1] + lines.leads[stop - 1] + lines.widths[stop - 1])
        if _is_hard_wrapped(text, inner):
            _wrapped_paragraphs(text, inner, paragraphs)
            return
    # each line its own paragraph, stripped; a line without leading space starts where
    # it starts (the very int objects: they are most of the spans' memory)
    leads = lines.leads[first:stop]
    firsts = list(map(operator.add, starts, leads)) if any(leads) else starts
    paragraphs.extend(map(Span, firsts, map(operator.add, firsts, lines.widths[first:stop])))


def _wrapped_paragraphs(text: str, lines: list[tuple[int, int]], paragraphs: list[Span]) -> None:
    """Paragraphs of a hard-wrapped block: each starts at an indented line."""
    paragraphs.extend(_wrapped_spans(text, lines))


def _wrapped_spans(text: str, lines: list[tuple[int, int]]) -> Iterator[Span]:
    """The paragraphs of a hard-wrapped block's ``lines``, as they are found."""
    para_start = lines[0][0]
    previous_end = lines[0][1]
    for line_start, line_end in lines[1:]:
        if _INDENT.match(text, line_start, line_end):
            span = strip_span(text, para_start, previous_end)
            if span is not None:
                yield span
            para_start = line_start
        previous_end = line_end
    span = strip_span(text, para_start, previous_end)
    if span is not None:
        yield span


def normalize(text: str) -> str:
    """A comparison copy of ``text``: whitespace runs squeezed to one space, stripped.

    Offsets of the result do NOT match the input; never use it for spans.

    >>> normalize(" a\\u00a0\\u200b b\\r\\n c ")
    'a b c'
    """
    return _SQUEEZE.sub(" ", text).strip()
