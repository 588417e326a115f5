"""Direct quotations: between marks, with their attributions and speakers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from wireparse.models import Mention, Person, Quote, Span
from wireparse.quotes.attribution import (
    _TERM_MAX_WORDS,
    _Attribution,
    _sentence_like,
    _word_count,
)
from wireparse.quotes.marks import _Raw, _scan_body
from wireparse.quotes.speakers import _Shared
from wireparse.quotes.verbs import _INDIRECT_GATE
from wireparse.quotes.windows import _Frame, _frames

# A quote with no attribution in its paragraph takes the previous speaker
# when that speaker's quote is at most this many paragraphs back.
_CARRY_PARAGRAPHS: Final = 2
# ... or the person reported as speaking at the very start of the next paragraph.
_FORWARD_REACH: Final = 40


# What pass 2 gives a quotation: speaker, mention, description and cue.
_Said = tuple[str | None, Mention | None, str | None, str | None]
_NOBODY: Final[_Said] = (None, None, None, None)


def _find_direct(
    text: str, spans: Sequence[Span], people: Sequence[Person], state: _Shared
) -> list[Quote]:
    """The quotations between marks (kinds ``"speech"`` and ``"term"``), in order.

    The marks give the quotations (:func:`_scan_body`); pass 1 reads each one's own
    attribution from the words around it (:func:`_frames`); pass 2 resolves the
    speakers in reading order, inheriting where a quotation has none (:class:`_Speakers`).
    """
    raws = _scan_body(text, spans)
    if not raws:
        return []
    state.masked = [
        (r.open_at, (r.close_at + 1) if r.close_at is not None else r.inner.end) for r in raws
    ]
    frames = _frames(text, spans, raws, state.masked)
    speakers = _Speakers(text, spans, raws, frames, state, {person.name for person in people})
    return [speakers.quote(n) for n in range(len(raws))]


class _Speakers:
    """Pass 2: each quotation's speaker, in reading order.

    A quotation with an attribution of its own takes the speaker it names (see
    ``SIEVES`` in :mod:`wireparse.quotes.sieves`); one whose attribution names
    nobody ("the street said") takes its paragraph's speaker. A quotation without
    one takes, in this order: the speaker of the AP quote it continues or of the
    other quotation in its paragraph (:func:`_mates`); if it opens a sentence, the
    previous quote's speaker up to two paragraphs back, unless someone was reported
    as speaking since; else that reported speaker, or the one reported at the very
    start of the next paragraph.
    """

    def __init__(
        self,
        text: str,
        spans: Sequence[Span],
        raws: Sequence[_Raw],
        frames: Sequence[_Frame],
        state: _Shared,
        excluded: set[str],
    ) -> None:
        self.text = text
        self.spans = spans
        self.raws = raws
        self.frames = frames
        self.state = state
        self.excluded = excluded
        self.mates = _mates(raws, [frame.attribution for frame in frames])
        self.resolved: dict[int, _Said] = {}
        # the last quotation with a speaker: what it said, its paragraph and its start
        self.last: _Said | None = None
        self.last_paragraph: int | None = None
        self.last_start = -1

    def quote(self, n: int) -> Quote:
        """The :class:`Quote` of quotation ``n`` (called for each in order)."""
        raw = self.raws[n]
        said = self._speaker_of(n)
        kind = _kind(self.text, raw, self.frames[n], said)
        if kind == "term":
            said = None
        speaker, mention, description, cue = said if said is not None else _NOBODY
        if said is not None and speaker is not None:
            self.last, self.last_paragraph, self.last_start = said, raw.paragraph, raw.open_at
        return Quote(
            text=self.text[raw.inner.start : raw.inner.end],
            span=raw.inner,
            speaker=speaker,
            speaker_mention=mention,
            speaker_description=description,
            cue=cue,
            paragraph=raw.paragraph,
            kind=kind,
        )

    def _speaker_of(self, n: int) -> _Said | None:
        mate = self.mates[n]
        if self.frames[n].attribution is not None:
            said = self._own(n)
            if said[0] is None and mate is not None:
                # "the street said": no speaker named here, so the paragraph's speaker
                return (*self._own(mate)[:3], said[3])
            return said
        if mate is not None:
            return self._own(mate)
        if self.frames[n].opens_sentence:
            return self._carried(self.raws[n])
        return self._reported_before(self.raws[n])

    def _reported_before(self, raw: _Raw) -> _Said | None:
        """ "A senior official told reporters the sanctions ... Rather they were “...”": a
        quotation inside a sentence with no cue is the words of whoever was reported as
        speaking before it in its paragraph."""
        text, start = self.state.text, self.spans[raw.paragraph].start
        if _word_count(text, raw.inner) <= _TERM_MAX_WORDS and not _sentence_like(text, raw.inner):
            return None  # a term whoever spoke (and the name tables stay unbuilt)
        if _INDIRECT_GATE.search(text, start, raw.open_at) is None:
            return None  # no verb of reported speech before it in its paragraph
        resolver = self.state.get()
        reported = resolver.recent_speaker(start, raw.open_at)
        if reported is None:
            return None
        return (reported[1], None, resolver.descriptions.get(reported[1]), None)

    def _own(self, n: int) -> _Said:
        """What quotation ``n``'s own attribution says (resolved once, on first use)."""
        said = self.resolved.get(n)
        if said is not None:
            return said
        frame = self.frames[n]
        if frame.attribution is None:  # only called for attributed quotations
            return _NOBODY
        np = frame.attribution.np
        # A subject before the mark is resolved where it stands: "McCallum told media
        # that he thinks Meng has “...”" must not take Meng, written after "he".
        position = min(self.raws[n].open_at, np.end)
        if frame.attribution.side == "right" and np.kind == "pronoun" and not frame.opens_sentence:
            # "Porters like Grizzle recognized they had to fight “...,” he writes": a
            # name in the quotation's own sentence is part of what is reported
            position = frame.sentence_start
        speaker, mention, description = self.state.get().assign(
            np, position, quoted_at=self.raws[n].open_at, excluded=self.excluded
        )
        said = self.resolved[n] = (speaker, mention, description, frame.attribution.cue)
        return said

    def _carried(self, raw: _Raw) -> _Said | None:
        """A sentence of its own: the previous quote's speaker or the one reported before."""
        spans = self.spans
        window = spans[max(0, raw.paragraph - _CARRY_PARAGRAPHS)].start
        resolver = self.state.get()
        reported = resolver.recent_speaker(window, raw.open_at)
        if reported is None and raw.paragraph + 1 < len(spans):
            after = spans[raw.paragraph + 1].start
            reported = resolver.recent_speaker(after, after + _FORWARD_REACH)
        if (
            self.last is not None
            and self.last_paragraph is not None
            and 0 < raw.paragraph - self.last_paragraph <= _CARRY_PARAGRAPHS
            and (reported is None or not self.last_start < reported[0] < raw.open_at)
        ):
            return self.last
        if reported is not None:
            return (reported[1], None, resolver.descriptions.get(reported[1]), None)
        return None


def _kind(text: str, raw: _Raw, frame: _Frame, said: _Said | None) -> str:
    """ "term" for a name, title, slogan or scare quote, else "speech"."""
    if frame.term:
        return "term"
    if frame.attribution is not None or (
        said is not None
        and (_sentence_like(text, raw.inner) or _word_count(text, raw.inner) > _TERM_MAX_WORDS)
    ):
        return "speech"
    if _word_count(text, raw.inner) <= _TERM_MAX_WORDS and not _sentence_like(text, raw.inner):
        return "term"
    return "speech"


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
