"""Page debris around wire copy: comment boxes, terms, copyright, share bars, ...

>>> find_boilerplate("")
()
"""

from __future__ import annotations

from wireparse.models import Boilerplate
from wireparse.text import check_text

__all__ = ["find_boilerplate"]


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Find the boilerplate segments of ``text``, in input order."""
    check_text(text, function="find_boilerplate")
    return ()
