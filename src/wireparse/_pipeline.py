"""What one parser needs from the others, composed outside the parsers.

No parser imports another. When a parser's public function needs what other
parsers find (the headline finder must know the captions, the page debris and
the datelines), the composition lives here, and ``parse_article`` hands the
same inputs from its own single run of each parser.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from wireparse.boilerplate import find_boilerplate_in
from wireparse.captions import find_captions_in
from wireparse.dateline import parse_dateline_in
from wireparse.document import Document
from wireparse.models import Boilerplate, Caption, Dateline

__all__ = ["headline_inputs"]


def headline_inputs(
    doc: Document,
) -> tuple[tuple[Caption, ...], tuple[Boilerplate, ...], Callable[[int], Dateline | None]]:
    """The captions, the debris and the dateline finder that the headline finder takes.

    >>> from wireparse.document import prepare
    >>> captions, debris, dateline_at = headline_inputs(prepare("Title\\n\\n___"))
    >>> captions, [b.kind for b in debris], dateline_at(0)
    ((), ['separator'], None)
    """
    return (
        find_captions_in(doc),
        find_boilerplate_in(doc),
        functools.partial(parse_dateline_in, doc),
    )
