"""Parse one record of a collection: an article's text and, when the record has one, its title.

Collections such as AllSides keep the headline in a field of its own (``title``) and the story
in another; the text then starts with the story and :func:`~wireparse.parse_article` finds no
headline in it. :func:`parse_record` takes the title as a *known headline*:

- The text is parsed as it is: the title never changes what is found in the text.
- When the parser finds a headline in the text, that one is kept and the title is not used
  (the text carries its own headline, often a later version of the story's).
- When the text begins with the title, the text is parsed as it is (the title is in it).
- Otherwise the title becomes the headline, and the article is the title, a blank line,
  then the text, as the story ran on the wire: the headline's span is ``[0, len(title)]`` and
  every other span is moved on by ``len(title) + 2``, so that each span still slices
  :func:`record_input` of the record.

>>> article = parse_record("WASHINGTON (AP) — The Senate voted.", title="Senate votes")
>>> article.headline
Headline(text='Senate votes', span=Span(start=0, end=12))
>>> article.dateline.span
Span(start=14, end=31)
>>> record_input("WASHINGTON (AP) — The Senate voted.", "Senate votes")[14:31]
'WASHINGTON (AP) —'
"""

from __future__ import annotations

import datetime
from typing import Any, Final, TypeVar

import attrs

from wireparse.article import parse_article
from wireparse.models import Article, Headline, Span

__all__ = ["parse_record", "record_input"]

#: What stands between a title and the text in :func:`record_input`.
TITLE_SEPARATOR: Final = "\n\n"

_T = TypeVar("_T")


def _usable_title(text: str, title: str | None) -> str | None:
    """The title to put before ``text``, or None when there is none or the text holds it."""
    if title is None:
        return None
    if not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    title = title.strip()
    if not title or text.lstrip().startswith(title):
        return None
    return title


def record_input(text: str, title: str | None) -> str:
    """The input that the spans of ``parse_record(text, title=title)`` index.

    It is ``text`` itself unless the title is put before it (see the module's rules),
    which :func:`parse_record` does only when the text has no headline of its own.

    >>> record_input("Body.", None)
    'Body.'
    """
    usable = _usable_title(text, title)
    if usable is None or parse_article(text).headline is not None:
        return text
    return usable + TITLE_SEPARATOR + text


def parse_record(
    text: str,
    *,
    title: str | None = None,
    published: datetime.date | None = None,
    indirect: bool = False,
) -> Article:
    """``parse_article(text)``, with ``title`` as the known headline when the text has none.

    The rules are in the module's documentation; without a title this is exactly
    :func:`~wireparse.parse_article`.
    """
    article = parse_article(text, published=published, indirect=indirect)
    usable = _usable_title(text, title)
    if usable is None or article.headline is not None:
        return article
    shifted = _shift(article, len(usable) + len(TITLE_SEPARATOR))
    return attrs.evolve(shifted, headline=Headline(usable, Span(0, len(usable))))


def _shift(obj: _T, offset: int) -> _T:
    """``obj`` with every :class:`Span` in it moved on by ``offset``."""
    if isinstance(obj, Span):
        return Span(obj.start + offset, obj.end + offset)  # type: ignore[return-value]
    if isinstance(obj, tuple):
        return tuple(_shift(item, offset) for item in obj)  # type: ignore[return-value]
    if attrs.has(type(obj)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if isinstance(value, (Span, tuple)) or attrs.has(type(value)):
                changes[field.name] = _shift(value, offset)
        return attrs.evolve(obj, **changes)
    return obj
