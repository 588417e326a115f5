"""Direct quotations: between marks, with their attributions and speakers."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Final

from wireparse.models import Mention, Person, Quote, Span
from wireparse.quotes.attribution import (
    _LEFT_WINDOW,
    _RIGHT_WINDOW,
    _TERM_MAX_WORDS,
    _Attribution,
    _is_term,
    _is_title_case,
    _left_attribution,
    _right_attribution,
    _sentence_like,
    _sentence_start,
    _word_count,
)
from wireparse.quotes.marks import (
    _MARK,
    _MARK_LIST_LIMIT,
    _MARKS,
    _MATCH_START,
    _mark_positions,
    _Raw,
    _scan,
)
from wireparse.quotes.phrases import _NP
from wireparse.quotes.speakers import _Shared
from wireparse.quotes.tokens import (
    _END,
    _QUOTE_TOKEN,
    _SENTENCE_END,
    _START,
    _Tok,
    _tokens,
    _window,
)

# A quote with no attribution in its paragraph takes the previous speaker
# when that speaker's quote is at most this many paragraphs back.
_CARRY_PARAGRAPHS: Final = 2
# ... or the person reported as speaking at the very start of the next paragraph.
_FORWARD_REACH: Final = 40


# What may stand right before a quotation that opens a sentence (after its sentence end).
_OPENING_MARKS: Final = frozenset({_QUOTE_TOKEN, ":"})


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


def _find_direct(
    text: str, spans: Sequence[Span], people: Sequence[Person], state: _Shared
) -> list[Quote]:
    """The quotations between marks (kinds ``"speech"`` and ``"term"``), in order."""
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
    if not raws:
        return []
    byline_names = {person.name for person in people}
    masked = [
        (r.open_at, (r.close_at + 1) if r.close_at is not None else r.inner.end) for r in raws
    ]
    state.masked = masked
    get_resolver = state.get

    # Pass 1: each quotation's own attribution, read from the words around it.
    local: list[_Attribution | None] = []
    # The tokens of the current paragraph when it is dense with quotations (see below).
    stretch: _Stretch | None = None
    per_paragraph: dict[int, int] = {}
    for raw in raws:
        per_paragraph[raw.paragraph] = per_paragraph.get(raw.paragraph, 0) + 1
    terms: list[bool] = []
    opens_sentence: list[bool] = []
    sentence_starts: list[int] = []
    for raw in raws:
        para = spans[raw.paragraph]
        left_start = max(para.start, raw.open_at - _LEFT_WINDOW)
        # Only the sentence before the mark matters: start after the last sentence end.
        left_start = _sentence_start(text, left_start, raw.open_at)
        sentence_starts.append(left_start)
        dense = (
            per_paragraph[raw.paragraph] * (_LEFT_WINDOW + _RIGHT_WINDOW) >= para.end - para.start
        )
        right_end = (
            min(para.end, raw.close_at + 1 + _RIGHT_WINDOW) if raw.close_at is not None else 0
        )
        long = para.end - para.start > _DENSE_STRETCH
        if dense and (
            stretch is None
            or stretch.paragraph != raw.paragraph
            or left_start < stretch.first
            or (long and max(raw.open_at, right_end) > stretch.last)
        ):
            # A paragraph dense with quotations is tokenized once and each quotation's
            # windows are slices of it; elsewhere only the windows are tokenized. The
            # stretch starts where this quotation's window does and grows as the later
            # quotations need. A long paragraph goes in stretches of about _DENSE_STRETCH
            # characters, so that its tokens are never all kept at once, each from a full
            # left window before its first quotation: a later one's window never starts
            # before that (a sentence start found in a shorter window may).
            if long:
                start = max(para.start, raw.open_at - _LEFT_WINDOW)
                stretch = _Stretch(text, raw.paragraph, para, masked, start)
                stretch.cover(max(raw.open_at, right_end, stretch.first + _DENSE_STRETCH))
            else:
                stretch = _Stretch(text, raw.paragraph, para, masked, left_start)
        if dense:
            assert stretch is not None
            if not long:
                # Up to the first possible sentence end after the quotation: the right
                # window mostly ends there (a window that does not is grown below).
                target = raw.open_at
                if raw.close_at is not None:
                    target = right_end
                    for end_mark in ".!?":
                        at = text.find(end_mark, raw.close_at + 1, target)
                        if at >= 0:
                            target = at + 1
                stretch.cover(target)
            left = _window(stretch.toks, stretch.starts, stretch.ends, left_start, raw.open_at)
        else:
            left = _tokens(text, left_start, raw.open_at, masked)
        attribution: _Attribution | None = None
        if raw.close_at is not None:
            if dense:
                assert stretch is not None
                right = stretch.sentence(raw.close_at + 1, right_end)
            else:
                right = _tokens(text, raw.close_at + 1, right_end, masked, one_sentence=True)
            attribution = _right_attribution(text, right)
        left_attribution = _left_attribution(text, left)
        starts_sentence = (
            not left or left[-1].text in _SENTENCE_END or left[-1].text in _OPENING_MARKS
        )
        if left_attribution is not None and (attribution is None or not starts_sentence):
            attribution = left_attribution
        local.append(attribution)
        right_side = attribution is not None and attribution.side == "right"
        terms.append(
            _is_term(text, left, raw) or (not right_side and _is_title_case(text, raw.inner))
        )
        opens_sentence.append(starts_sentence)

    # Pass 2: resolve speakers in reading order, inheriting where the quote has none.
    mates = _mates(raws, local)
    quotes: list[Quote] = []
    resolved: dict[int, tuple[str | None, Mention | None, str | None, str | None]] = {}
    last_speaker_paragraph: int | None = None
    last_speaker_start = -1
    last_resolved: tuple[str | None, Mention | None, str | None, str | None] | None = None

    def resolve(n: int) -> tuple[str | None, Mention | None, str | None, str | None]:
        if n in resolved:
            return resolved[n]
        attribution = local[n]
        if attribution is None:  # only called for attributed quotations
            return (None, None, None, None)
        np = attribution.np
        resolver = get_resolver()
        # A subject before the mark is resolved where it stands: "McCallum told media
        # that he thinks Meng has “...”" must not take Meng, written after "he".
        position = min(raws[n].open_at, np.end)
        if attribution.side == "right" and np.kind == "pronoun" and not opens_sentence[n]:
            # "Porters like Grizzle recognized they had to fight “...,” he writes": a
            # name in the quotation's own sentence is part of what is reported
            position = sentence_starts[n]
        speaker, is_person = resolver.resolve(np, position)
        if speaker is not None and speaker in byline_names:
            speaker = None
        description = np.description
        if speaker is not None:
            if description:
                resolver.descriptions.setdefault(speaker, description)
                resolver.note_role(np.start, description, speaker)
            else:
                description = resolver.descriptions.get(speaker)
            resolver.history.append((raws[n].open_at, speaker, is_person))
        mention: Mention | None = _mention_of(text, np)
        resolved[n] = (speaker, mention, description, attribution.cue)
        return resolved[n]

    for n, raw in enumerate(raws):
        result: tuple[str | None, Mention | None, str | None, str | None] | None = None
        own = local[n] is not None
        if own:
            result = resolve(n)
        shared = mates[n]
        if result is not None and result[0] is None and shared is not None:
            # "the street said": no speaker named here, so the paragraph's speaker
            result = (*resolve(shared)[:3], result[3])
        elif not own:
            mate = mates[n]
            if mate is not None:
                result = resolve(mate)
            elif opens_sentence[n]:
                # A quotation that is a sentence of its own: the speaker of the previous
                # quote or of the reported speech just before it ("Young said ...").
                window = spans[max(0, raw.paragraph - _CARRY_PARAGRAPHS)].start
                resolver = get_resolver()
                reported = resolver.recent_speaker(window, raw.open_at)
                if reported is None and raw.paragraph + 1 < len(spans):
                    after = spans[raw.paragraph + 1].start
                    reported = resolver.recent_speaker(after, after + _FORWARD_REACH)
                if (
                    last_resolved is not None
                    and last_speaker_paragraph is not None
                    and 0 < raw.paragraph - last_speaker_paragraph <= _CARRY_PARAGRAPHS
                    and (reported is None or not last_speaker_start < reported[0] < raw.open_at)
                ):
                    result = last_resolved
                elif reported is not None:
                    result = (reported[1], None, resolver.descriptions.get(reported[1]), None)
        if terms[n]:
            kind = "term"
        elif own or (
            result is not None
            and (_sentence_like(text, raw.inner) or _word_count(text, raw.inner) > _TERM_MAX_WORDS)
        ):
            kind = "speech"
        elif _word_count(text, raw.inner) <= _TERM_MAX_WORDS and not _sentence_like(
            text, raw.inner
        ):
            kind = "term"
        else:
            kind = "speech"
        if kind == "term":
            result = None
        speaker, mention, description, cue = (
            result if result is not None else (None, None, None, None)
        )
        if result is not None and speaker is not None:
            last_resolved = result
            last_speaker_paragraph = raw.paragraph
            last_speaker_start = raw.open_at
        quotes.append(
            Quote(
                text=text[raw.inner.start : raw.inner.end],
                span=raw.inner,
                speaker=speaker,
                speaker_mention=mention,
                speaker_description=description,
                cue=cue,
                paragraph=raw.paragraph,
                kind=kind,
            )
        )
    return quotes


def _mention_of(text: str, np: _NP) -> Mention:
    """The speaker's words where they stand (the name without its title, if any)."""
    start = np.name_start if np.name_start is not None and np.name_start > np.start else np.start
    return Mention(text[start : np.end], Span(start, np.end))


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


def _mates(raws: Sequence[_Raw], local: Sequence[_Attribution | None]) -> list[int | None]:
    """For each quotation, an attributed one it shares a speaker with (or None).

    First the AP chain it belongs to (a quotation left open at a paragraph end and
    continued by the next paragraph's first one), then its own paragraph (the
    nearest attributed quotation before it, else after it). Linear in the count.
    """
    count = len(raws)
    chain = list(range(count))
    for n in range(1, count):
        if (
            raws[n - 1].close_at is None
            and raws[n - 1].paragraph == raws[n].paragraph - 1
            and _first_in_paragraph(raws, n)
        ):
            chain[n] = chain[n - 1]
    chain_first: dict[int, int] = {}
    for n in range(count):
        if local[n] is not None:
            chain_first.setdefault(chain[n], n)
    before: list[int | None] = [None] * count
    after: list[int | None] = [None] * count
    last: int | None = None
    for n in range(count):
        if n and raws[n].paragraph != raws[n - 1].paragraph:
            last = None
        before[n] = last
        if local[n] is not None:
            last = n
    last = None
    for n in range(count - 1, -1, -1):
        if n + 1 < count and raws[n].paragraph != raws[n + 1].paragraph:
            last = None
        after[n] = last
        if local[n] is not None:
            last = n
    mates: list[int | None] = []
    for n in range(count):
        in_chain = chain_first.get(chain[n])
        mate = in_chain if in_chain is not None and in_chain != n else None
        mates.append(mate if mate is not None else before[n] if before[n] is not None else after[n])
    return mates


def _first_in_paragraph(raws: Sequence[_Raw], k: int) -> bool:
    return k == 0 or raws[k - 1].paragraph != raws[k].paragraph
