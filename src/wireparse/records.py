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
from typing import Any, Final

import attrs
import regex

from wireparse.article import parse_article
from wireparse.models import Article, Headline, Span

__all__ = ["article_row", "error_row", "parse_record", "record_input", "surrogate_problem"]

#: What stands between a title and the text in :func:`record_input`.
TITLE_SEPARATOR: Final = "\n\n"


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
    shifted: Article = _shift(article, len(usable) + len(TITLE_SEPARATOR))
    return attrs.evolve(shifted, headline=Headline(usable, Span(0, len(usable))))


def _shift(obj: Any, offset: int) -> Any:
    """``obj`` with every :class:`Span` in it moved on by ``offset``."""
    if isinstance(obj, Span):
        return Span(obj.start + offset, obj.end + offset)
    if isinstance(obj, tuple):
        return tuple(_shift(item, offset) for item in obj)
    if attrs.has(type(obj)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if isinstance(value, (Span, tuple)) or attrs.has(type(value)):
                changes[field.name] = _shift(value, offset)
        return attrs.evolve(obj, **changes)
    return obj


_LONE_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")


def surrogate_problem(text: str) -> str | None:
    """Why Arrow cannot store ``text`` (it holds a lone surrogate), or None.

    >>> surrogate_problem("Bad \\udcff byte.")
    "lone surrogate U+DCFF at index 4, which Arrow cannot store; decode with errors='replace'"
    """
    found = _LONE_SURROGATE.search(text)
    if found is None:
        return None
    return (
        f"lone surrogate U+{ord(found.group()):04X} at index {found.start()}, "
        "which Arrow cannot store; decode with errors='replace'"
    )


def error_row(record_id: str | None, kind: str, message: str) -> dict[str, Any]:
    """The row of a record that could not be parsed."""
    return {"id": record_id, "error": {"kind": kind, "message": message}}


def article_row(
    record_id: str | None,
    text: object,
    title: object = None,
    published: datetime.date | None = None,
    *,
    indirect: bool = False,
) -> dict[str, Any]:
    """The row of one record: ``id``, ``error`` (None) and ``to_dict()``, or an error row."""
    if text is None:
        return error_row(record_id, "bad_record", "text is missing (null)")
    if not isinstance(text, str):
        return error_row(record_id, "bad_record", f"text is {type(text).__name__}, not str")
    if title is not None and not isinstance(title, str):
        return error_row(record_id, "bad_record", f"title is {type(title).__name__}, not str")
    for value in (text, title):
        problem = surrogate_problem(value) if value else None
        if problem is not None:
            return error_row(record_id, "decode", problem)
    try:
        article = parse_record(text, title=title, published=published, indirect=indirect)
    except Exception as exc:  # a parser bug must not fail the batch
        message = f"wireparse failed on this input ({type(exc).__name__}: {exc}); please report it"
        return error_row(record_id, "internal", message)
    return {"id": record_id, "error": None, **article.to_dict()}
