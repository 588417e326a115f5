"""Bylines ("By JON GAMBRELL and RIAZAT BUTT, Associated Press") and contributor lines.

>>> find_bylines("")
()
>>> find_contributors("")
()
"""

from __future__ import annotations

from wireparse.models import Person
from wireparse.text import check_text

__all__ = ["find_bylines", "find_contributors"]


def find_bylines(text: str) -> tuple[Person, ...]:
    """Find the authors named in a byline line, in input order."""
    check_text(text, function="find_bylines")
    return ()


def find_contributors(text: str) -> tuple[Person, ...]:
    """Find the people named in end-of-story contributor lines, in input order."""
    check_text(text, function="find_contributors")
    return ()
