"""Photo captions and their credits: "(AP Photo/Anjum Naveed)", "REUTERS/Name".

>>> find_captions("")
()
"""

from __future__ import annotations

import datetime

from wireparse.models import Caption
from wireparse.text import check_text

__all__ = ["find_captions"]


def find_captions(text: str, *, published: datetime.date | None = None) -> tuple[Caption, ...]:
    """Find the photo captions anywhere in ``text``, in input order."""
    check_text(text, function="find_captions")
    return ()
