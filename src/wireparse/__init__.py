"""wireparse: parse wire-service news articles into typed, span-anchored objects.

>>> from wireparse import parse_article
>>> article = parse_article("WASHINGTON (AP) — The Senate voted.")
>>> article.paragraphs[-1].text
'The Senate voted.'
"""

from __future__ import annotations

from wireparse.article import parse_article
from wireparse.models import (
    Article,
    Boilerplate,
    Caption,
    Correction,
    Credit,
    Dateline,
    Headline,
    Mention,
    Paragraph,
    Person,
    Quote,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Boilerplate",
    "Caption",
    "Correction",
    "Credit",
    "Dateline",
    "Headline",
    "Mention",
    "Paragraph",
    "Person",
    "Quote",
    "Span",
    "__version__",
    "parse_article",
]
