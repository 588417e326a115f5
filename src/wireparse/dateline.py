"""Wire datelines: "ISLAMABAD (AP) —", "WASHINGTON, Jan 18 (Reuters) -", "(CNN)".

>>> parse_dateline("") is None
True
"""

from __future__ import annotations

import datetime

from wireparse.models import Dateline
from wireparse.text import check_text

__all__ = ["parse_dateline"]


def parse_dateline(
    text: str, pos: int = 0, *, published: datetime.date | None = None
) -> Dateline | None:
    """Parse a dateline that starts at ``text[pos:]`` (after whitespace), or ``None``."""
    check_text(text, function="parse_dateline")
    return None
