"""The prepared document: the work every parser starts from, done once.

``parse_article`` builds one :class:`Document` from the input and hands it to
every parser. A parser's public function (``find_captions(text)`` and the
others) checks its argument, builds a ``Document`` itself and calls the same
internal function, so a parser used alone gives what it gives in the pipeline.

The document is a plain frozen value: nothing is remembered between calls, and
nothing is keyed on the identity of a string.

>>> doc = prepare("Headline\\n\\nWASHINGTON (AP) — It rained.")
>>> [doc.text[s.start:s.end] for s in doc.units]
['Headline', 'WASHINGTON (AP) — It rained.']
>>> doc.lowered[:8]
'headline'
>>> prepare("") == Document(text="", units=(), lowered="")
True
"""

from __future__ import annotations

import attrs

from wireparse._prefilter import lower_for_search
from wireparse.models import Span
from wireparse.text import check_text, paragraph_spans

__all__ = ["Document", "prepare"]


@attrs.frozen(slots=True)
class Document:
    """One input text and what every parser needs of it.

    ``text`` is the input as given; every span indexes it. ``units`` are its
    paragraph units (:func:`wireparse.text.segment_paragraphs`). ``lowered`` is
    :func:`wireparse._prefilter.lower_for_search` of the whole text: the text
    lower-cased with the same offsets, for finding lower-case ASCII words, or
    ``None`` when a case-folding trap makes that shortcut unsafe.
    """

    text: str
    units: tuple[Span, ...]
    lowered: str | None


def prepare(text: str, *, function: str = "wireparse") -> Document:
    """Check ``text`` and build its :class:`Document`.

    ``function`` names the public entry point in the ``TypeError`` raised for a
    non-``str`` argument.

    >>> prepare(b"bytes", function="find_quotes")
    Traceback (most recent call last):
    ...
    TypeError: find_quotes() takes str, not bytes: decode the bytes first, ...
    """
    check_text(text, function=function)
    return Document(text=text, units=paragraph_spans(text), lowered=lower_for_search(text))
