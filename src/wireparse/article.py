"""``parse_article``: the pipeline that composes the parsers.

Each parser looks at the whole input on its own. The pipeline then hands out
the input's characters: a part that a parser found is *claimed*, first come
first served in a fixed order (captions, boilerplate, byline and contributor
lines, headline, dateline), and a found part that overlaps an earlier claim
is dropped. What no parser claimed is the body. So every non-whitespace
character belongs to exactly one segment, and nothing is lost.

>>> article = parse_article("Headline\\n\\nWASHINGTON (AP) — It rained.")
>>> article.paragraphs[-1].text
'It rained.'
>>> parse_article("").paragraphs
()
"""

from __future__ import annotations

import bisect
import datetime
import operator
import sys
from collections.abc import Iterable, Sequence
from typing import Final

from wireparse._lexicon.agencies import COPYRIGHT_HOLDERS, canonical_agency
from wireparse.boilerplate import find_boilerplate_in, sort_by_span
from wireparse.bylines import glued_byline_start, is_title_line, persons_in
from wireparse.captions import find_captions_in
from wireparse.dateline import may_name_wire, parse_dateline_in
from wireparse.document import Document, prepare
from wireparse.headline import find_headline_in
from wireparse.models import (
    Article,
    Boilerplate,
    Correction,
    Dateline,
    Headline,
    Paragraph,
    Person,
    Span,
)
from wireparse.quotes import find_quotes_in
from wireparse.text import strip_span

__all__ = ["parse_article"]

# How many leading body paragraphs may stand before the dateline paragraph
# (a headline or kicker line that the headline finder did not take).
_DATELINE_LOOKAHEAD = 3
_DATELINE_PRECEDING_MAX_CHARS = 200
# A dateline with an agency tag ("BEIRUT (AP) —") may stand further down, after
# photo captions and page debris that no parser claimed (AllSides copy).
_TAGGED_DATELINE_LOOKAHEAD = 8
# A line that is only an agency's name ("The Associated Press") is no longer than this.
_AGENCY_LINE_MAX_CHARS = 40


def parse_article(
    text: str, *, published: datetime.date | None = None, indirect: bool = False
) -> Article:
    """Parse the plain text of a wire article.

    ``published`` is the publication date, used only to give a year to dates
    written without one ("Jan. 18"). No result depends on today's date.
    ``indirect`` also finds reported speech without quotation marks ("Khan said
    the strikes were a warning."), as quotes of kind ``"indirect"``; it is off by
    default because it roughly doubles the time of the quote pass.
    """
    doc = prepare(text, function="parse_article")
    if published is not None and not isinstance(published, datetime.date):
        raise TypeError(
            f"parse_article() published must be a datetime.date, not {type(published).__name__}"
        )
    return _parse(doc, published, indirect)


def _parse(doc: Document, published: datetime.date | None, indirect: bool) -> Article:
    text = doc.text
    units = doc.units
    ledger = _Ledger()

    found_captions = find_captions_in(doc, published=published)
    captions = tuple(c for c in found_captions if ledger.take(c.span))
    found_debris = find_boilerplate_in(doc)
    boilerplate = ledger.take_each(found_debris)
    found_bylines, found_contributors = persons_in(doc)
    bylines = _claim_people(text, found_bylines, "byline", units, ledger, boilerplate)
    contributors = _claim_people(
        text, found_contributors, "contributors", units, ledger, boilerplate
    )
    if units:
        _claim_agency_alone(text, units[0], ledger, boilerplate)
    dateline_at = _DatelineAt(doc, published)
    found_headline = find_headline_in(
        doc,
        captions=found_captions,
        debris=found_debris,
        # the headline finder asks without a publication date
        dateline_at=dateline_at if published is None else _DatelineAt(doc, None),
    )
    headline = _claim_headline(_cut_headline(text, found_headline, boilerplate), ledger)

    pieces = _unclaimed_pieces(text, units, ledger)
    dateline, pieces = _claim_dateline(doc, pieces, ledger, dateline_at)
    paragraphs = tuple(Paragraph(text[s.start : s.end], s) for s in pieces)
    del ledger  # two lists of one int per claim, not needed past this point

    quotes = find_quotes_in(
        doc,
        paragraphs=[p.span for p in paragraphs],
        people=(*bylines, *contributors),
        indirect=indirect,
    )
    recorded = sort_by_span(boilerplate)
    return Article(
        headline=headline,
        wire=_detect_wire(dateline, bylines, contributors, boilerplate),
        dateline=dateline,
        bylines=bylines,
        contributors=contributors,
        captions=captions,
        quotes=quotes,
        paragraphs=paragraphs,
        # spans order as (start, end): tuples compare without calling Span.__lt__
        boilerplate=recorded,
        corrections=tuple(Correction(b.text, b.span) for b in recorded if b.kind == "correction"),
    )


class _Ledger:
    """Non-overlapping claimed character ranges, kept sorted."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def is_free(self, span: Span) -> bool:
        if span.start >= span.end:
            return False
        index = bisect.bisect_right(self._starts, span.start)
        if index > 0 and self._ends[index - 1] > span.start:
            return False
        return not (index < len(self._starts) and self._starts[index] < span.end)

    def take(self, span: Span) -> bool:
        """Claim ``span`` if it overlaps no earlier claim; say whether it did."""
        ends = self._ends
        if ends and span.start >= ends[-1] and span.start < span.end:
            # after every claim (they do not overlap, so the last one ends last)
            self._starts.append(span.start)
            ends.append(span.end)
            return True
        if not self.is_free(span):
            return False
        index = bisect.bisect_right(self._starts, span.start)
        self._starts.insert(index, span.start)
        self._ends.insert(index, span.end)
        return True

    def take_each(self, segments: Iterable[Boilerplate]) -> list[Boilerplate]:
        """The segments whose span :meth:`take` claims, in order.

        The same as ``[s for s in segments if self.take(s.span)]``, with the common case
        (a span after every claim) decided here, not in one method call per segment.
        """
        starts = self._starts
        ends = self._ends
        taken: list[Boilerplate] = []
        for segment in segments:
            span = segment.span
            if ends and span.start >= ends[-1] and span.start < span.end:
                starts.append(span.start)
                ends.append(span.end)
                taken.append(segment)
            elif self.take(span):
                taken.append(segment)
        return taken

    def claims(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of the claims, in order (not to be changed)."""
        return self._starts, self._ends

    def claimed(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))


# A span's (start, end), by which spans order: bisecting with it compares tuples in C
# instead of calling Span.__lt__ (about 0.5 us a comparison).
_SPAN_KEY: Final = operator.attrgetter("start", "end")


def _containing_unit(units: Sequence[Span], span: Span) -> Span | None:
    index = bisect.bisect_right(units, (span.start, sys.maxsize), key=_SPAN_KEY) - 1
    if index >= 0 and units[index].start <= span.start and span.end <= units[index].end:
        return units[index]
    return None


def _claim_people(
    text: str,
    people: Iterable[Person],
    kind: str,
    units: Sequence[Span],
    ledger: _Ledger,
    boilerplate: list[Boilerplate],
) -> tuple[Person, ...]:
    """Keep the people whose line this step claims; record the lines as boilerplate."""
    kept: list[Person] = []
    mine: set[Span] = set()
    recorded: list[Span] | None = None  # made for the first person: most texts have none
    for person in people:
        unit = _containing_unit(units, person.span)
        if unit is None:
            continue
        if kind == "byline" and unit.start < person.span.start:
            unit = _glued_byline(text, unit)
        if recorded is None:
            recorded = [segment.span for segment in boilerplate]
        if unit not in mine and any(_inside(person.span, span) for span in recorded):
            # named in a recorded segment: a "Follow X on Twitter" line, a columnist's bio
            kept.append(person)
            continue
        if unit not in mine:
            if not ledger.take(unit):
                continue
            mine.add(unit)
            boilerplate.append(Boilerplate(text[unit.start : unit.end], kind, unit))
            if kind == "byline":
                _claim_agency_line(text, units, unit, ledger, boilerplate)
        kept.append(person)
    return tuple(kept)


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _glued_byline(text: str, unit: Span) -> Span:
    """The byline part of a headline line with a byline glued to its end, else the unit."""
    start = glued_byline_start(text, unit)
    return unit if start is None else Span(start, unit.end)


def _cut_headline(
    text: str, headline: Headline | None, boilerplate: Sequence[Boilerplate]
) -> Headline | None:
    """The headline without a byline glued to its end, which the byline step claimed."""
    if headline is None:
        return None
    for segment in boilerplate:
        if (
            segment.kind == "byline"
            and headline.span.start < segment.span.start < headline.span.end
        ):
            cut = strip_span(text, headline.span.start, segment.span.start)
            return None if cut is None else Headline(text[cut.start : cut.end], cut)
    return headline


def _claim_agency_line(
    text: str, units: Sequence[Span], unit: Span, ledger: _Ledger, boilerplate: list[Boilerplate]
) -> None:
    """Claim the line under a byline that is only an agency, or an agency and a title.

    AP pages print "By STEFANIE DAZIO" and "Associated Press" on two lines, older
    copy "By DAN SEWELL" over "Associated Press Writer".
    """
    index = bisect.bisect_right(units, (unit.start, sys.maxsize), key=_SPAN_KEY)
    if index < len(units):
        below = units[index]
        line = text[below.start : below.end]
        if (canonical_agency(line) is not None or is_title_line(text, below)) and ledger.take(
            below
        ):
            boilerplate.append(Boilerplate(line, "byline", below))


def _claim_agency_alone(
    text: str, unit: Span, ledger: _Ledger, boilerplate: list[Boilerplate]
) -> None:
    """Claim a first line that is only an agency ("Associated Press"): a byline
    without names, as reposts print it above the dateline."""
    if len(unit) <= _AGENCY_LINE_MAX_CHARS:
        line = text[unit.start : unit.end]
        if canonical_agency(line) is not None and ledger.take(unit):
            boilerplate.append(Boilerplate(line, "byline", unit))


def _claim_headline(headline: Headline | None, ledger: _Ledger) -> Headline | None:
    if headline is not None and ledger.take(headline.span):
        return headline
    return None


def _unclaimed_pieces(text: str, units: Sequence[Span], ledger: _Ledger) -> list[Span]:
    """The parts of the paragraph units that no parser claimed, stripped."""
    # the ledger's own lists: no (start, end) tuple per claim
    claim_starts, claim_ends = ledger.claims()
    pieces: list[Span] = []
    index = 0
    count = len(claim_starts)
    for unit in units:
        while index < count and claim_ends[index] <= unit.start:
            index += 1
        if index == count or claim_starts[index] >= unit.end:
            pieces.append(unit)  # no claim in it: a unit is stripped already
            continue
        if claim_starts[index] <= unit.start and claim_ends[index] >= unit.end:
            continue  # claimed whole
        cursor = unit.start
        scan = index
        while scan < count and claim_starts[scan] < unit.end:
            claim_start = claim_starts[scan]
            if claim_start > cursor:
                piece = strip_span(text, cursor, claim_start)
                if piece is not None:
                    pieces.append(piece)
            cursor = max(cursor, claim_ends[scan])
            scan += 1
        if cursor < unit.end:
            piece = strip_span(text, cursor, unit.end)
            if piece is not None:
                pieces.append(piece)
    return pieces


class _DatelineAt:
    """``parse_dateline_in(doc, pos, published=published)``, each position parsed once.

    The headline finder asks at the first line and the dateline step at the first
    unclaimed pieces, often the same place (a text without a headline); the answer
    depends on the document, the position and ``published`` only, so it is kept for
    the one call of ``parse_article``.
    """

    __slots__ = ("_doc", "_found", "_published")

    def __init__(self, doc: Document, published: datetime.date | None) -> None:
        self._doc = doc
        self._published = published
        self._found: dict[int, Dateline | None] = {}

    def __call__(self, pos: int) -> Dateline | None:
        found = self._found
        if pos in found:
            return found[pos]
        dateline = found[pos] = parse_dateline_in(self._doc, pos, published=self._published)
        return dateline


def _claim_dateline(
    doc: Document, pieces: list[Span], ledger: _Ledger, dateline_at: _DatelineAt
) -> tuple[Dateline | None, list[Span]]:
    """Look for the dateline at the start of the first body paragraphs."""
    text = doc.text
    near_top = True
    for index, piece in enumerate(pieces[:_TAGGED_DATELINE_LOOKAHEAD]):
        if index >= _DATELINE_LOOKAHEAD or (
            index and len(pieces[index - 1]) > _DATELINE_PRECEDING_MAX_CHARS
        ):
            near_top = False
        if not near_top and not may_name_wire(text, piece.start, piece.end):
            continue  # down here only a dateline naming its agency counts
        dateline = dateline_at(piece.start)
        if dateline is None or (not near_top and dateline.wire is None):
            continue
        if not (piece.start <= dateline.span.start and dateline.span.end <= piece.end):
            continue
        if not ledger.take(dateline.span):
            continue
        rest = strip_span(text, dateline.span.end, piece.end)
        if piece.start < dateline.span.start:
            before = strip_span(text, piece.start, dateline.span.start)
            head = [before] if before is not None else []
        else:
            head = []
        tail = [rest] if rest is not None else []
        return dateline, [*pieces[:index], *head, *tail, *pieces[index + 1 :]]
    return None, pieces


def _detect_wire(
    dateline: Dateline | None,
    bylines: Sequence[Person],
    contributors: Sequence[Person],
    boilerplate: Sequence[Boilerplate],
) -> str | None:
    """The article's agency: from the dateline, else the bylines (their people, then a
    byline line that is only an agency), else the copyright line.

    Photo credits are not used: they name the photo's agency, not the story's.
    """
    if dateline is not None and dateline.wire:
        return dateline.wire
    for person in (*bylines, *contributors):
        if person.organization and (agency := canonical_agency(person.organization)):
            return agency
    for segment in boilerplate:
        if segment.kind == "byline" and (agency := canonical_agency(segment.text)):
            return agency  # an agency alone on a byline line
    for segment in boilerplate:
        if segment.kind == "copyright":
            for name in COPYRIGHT_HOLDERS:
                if name.lower() in segment.text.lower():
                    return canonical_agency(name)
    return None
