"""Direct quotes and their speakers, found with rules alone.

How it works, in three linear passes over the body paragraphs, one module each:

1. **Marks** (``marks.py``). Each paragraph is scanned once with a two-state
   machine (outside / inside a quotation). Straight ``"`` marks are told apart
   by what stands next to them; a curly mark used the wrong way round
   (``”death`` after a space) is read by its position. A quotation still open
   at the end of a paragraph is an AP multi-paragraph quote when the next
   paragraph opens a quotation: each paragraph gives its own :class:`Quote`.
2. **Attribution** (``windows.py``, ``attribution.py``, the noun phrases of
   ``phrases.py``, ``phrases_before.py`` and ``phrases_after.py`` on the tokens
   of ``tokens.py``). Around each quotation, a bounded window of words
   (never more than a few hundred characters) is read for a cue verb and its
   subject: ``"...," said X, DESCRIPTION.``, ``"...," X said.``, ``X said: "..."``,
   ``"..." — X``, ``According to X, "..."`` and partial quotes such as
   ``X urged both countries "to ..."``.
3. **Speakers** (``direct.py``, the resolver of ``speakers.py`` on the mention
   table of ``names.py``). Mentions are resolved against the article by the
   ordered rules of ``sieves.SIEVES`` (with ``pronouns.py``, ``documents.py``
   and ``unnamed.py``): a surname to the full name introduced earlier,
   ``he``/``she`` to the most recent fitting speaker, ``the ministry``/``the
   judge`` to the organization or person introduced with that word. Quotations
   without an attribution of their own take the speaker of the other quotation
   in the paragraph, of the AP quote they continue, or of the previous
   paragraph's quote.

Reported speech without marks (``indirect.py``) reuses the attribution frames
and the same speaker step. Every verb list and verb prefilter is built from the
one verb table of ``_lexicon/cues.py`` (``verbs.py``).

``kind`` is ``"term"`` for names, titles, slogans and scare quotes (see
``docs/quotes.md`` for the rule) and ``"speech"`` otherwise.

>>> text = '"We will win," said Jane Doe, a lawyer for the city.'
>>> quote = find_quotes(text)[0]
>>> quote.text, quote.speaker, quote.speaker_description, quote.cue
('We will win,', 'Jane Doe', 'a lawyer for the city', 'said')
>>> find_quotes("")
()
"""

from __future__ import annotations

from collections.abc import Sequence

from wireparse.document import Document, prepare
from wireparse.models import Person, Quote, Span
from wireparse.quotes.direct import _find_direct
from wireparse.quotes.indirect import _find_indirect
from wireparse.quotes.marks import _ANY_MARK
from wireparse.quotes.speakers import _Shared
from wireparse.quotes.verbs import _INDIRECT_GATE
from wireparse.text import check_text

__all__ = ["find_quotes"]

# ---------------------------------------------------------------- main


def find_quotes(
    text: str,
    *,
    paragraphs: Sequence[Span] | None = None,
    people: Sequence[Person] = (),
    indirect: bool = False,
) -> tuple[Quote, ...]:
    """Find the quotations in ``text`` (only inside ``paragraphs`` when given).

    ``paragraphs`` are the body paragraph spans (``parse_article`` passes them);
    without them, ``text`` is segmented with :func:`wireparse.text.segment_paragraphs`.
    ``people`` (bylines, contributors) are never taken as speakers. With
    ``indirect``, reported speech without quotation marks is found too, as quotes
    of kind ``"indirect"`` ("Khan said the strikes were a warning."); it is off by
    default because it roughly doubles the time of this function.

    >>> text = 'Pakistan named its operation “Marg Bar Sarmachar,” officials said.'
    >>> [(q.text, q.kind) for q in find_quotes(text)]
    [('Marg Bar Sarmachar,', 'term')]
    >>> text = 'Abdullah Khan is an analyst.\\n\\n“It had to respond,” Khan said.'
    >>> [(q.speaker, q.speaker_mention.text, q.paragraph) for q in find_quotes(text)]
    [('Abdullah Khan', 'Khan', 1)]
    >>> text = "Khan said the strikes were a warning."
    >>> [(q.text, q.speaker, q.kind) for q in find_quotes(text, indirect=True)]
    [('the strikes were a warning', 'Khan', 'indirect')]
    >>> find_quotes("No quotation here.")
    ()
    """
    check_text(text, function="find_quotes")
    if not _may_hold_quotes(text, indirect=indirect):
        return ()  # before segmenting: most texts without a mark end here
    doc = prepare(text, function="find_quotes")
    return find_quotes_in(doc, paragraphs=paragraphs, people=people, indirect=indirect)


def _may_hold_quotes(text: str, *, indirect: bool) -> bool:
    """Whether ``text`` holds a quotation mark, or (with ``indirect``) a reporting verb."""
    return any(mark in text for mark in _ANY_MARK) or bool(indirect and _INDIRECT_GATE.search(text))


def find_quotes_in(
    doc: Document,
    *,
    paragraphs: Sequence[Span] | None = None,
    people: Sequence[Person] = (),
    indirect: bool = False,
) -> tuple[Quote, ...]:
    """:func:`find_quotes` of a prepared document (``parse_article`` calls this).

    ``paragraphs`` default to the document's units.

    >>> doc = prepare('Dateline\\n\\n“It had to respond,” Khan said.')
    >>> [(q.text, q.speaker, q.paragraph) for q in find_quotes_in(doc)]
    [('It had to respond,', 'Khan', 1)]
    >>> find_quotes_in(doc, paragraphs=doc.units[:1])
    ()
    """
    text = doc.text
    marked = any(mark in text for mark in _ANY_MARK)
    if not marked and not (indirect and _INDIRECT_GATE.search(text)):
        return ()  # no quotation mark and no reporting verb: nothing to find
    spans = tuple(paragraphs) if paragraphs is not None else doc.units
    shared = _Shared(text, spans)
    quotes = _find_direct(text, spans, people, shared) if marked else []
    if indirect:
        reported = _find_indirect(text, spans, people, shared)
        if reported:
            return tuple(sorted([*quotes, *reported], key=lambda quote: quote.span.start))
    return tuple(quotes)
