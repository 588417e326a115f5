"""The sample of older and non-AP wire copy behind ``evaluation/gold/old_copy.json``.

The items are drawn from ``../shared/corpus`` by a fixed rule (every k-th item of
each set, in the order the readers in :mod:`evaluation.corpus` give them), so the
sample can be drawn again and checked; nothing is picked by hand:

- ``reuters21578``: stories with a DATELINE and a BODY (1987 Reuters), every 1,500th;
- ``reuters21578_by``: stories with an AUTHOR and a BODY, every 50th;
- ``ag_news``: test rows (2004-2005 leads: AP, Reuters, AFP, CP, others), every 700th;
- ``cnn``: the CNN stories (2007-2015), every 4th;
- ``ggt``: Gender Gap Tracker articles with text (Canadian outlets), every 12th;
- ``polnear``: PolNeAR wire articles not from AP (AFP, UPI, Reuters), every 6th.

Each item's text is what wireparse is given: a Reuters-21578 story as it ran on
the wire (``ReutersStory.wire_text()``), an AG News description, a CNN story
without its ``@highlight`` blocks, a GGT ``rawtext`` file, a PolNeAR text. Items
alternate between ``dev`` and ``test`` in the order of the table.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass

from evaluation.corpus import (
    ag_news,
    cnn_stories,
    ggt_records,
    polnear_wire,
    require_corpus,
    reuters21578,
)

# (set, step) in sample order
STEPS: tuple[tuple[str, int], ...] = (
    ("reuters21578", 1500),
    ("reuters21578_by", 50),
    ("ag_news", 700),
    ("cnn", 4),
    ("ggt", 12),
    ("polnear", 6),
)
_POLNEAR_SPLITS = ("train", "dev", "test", "annotator-training")


@dataclass(frozen=True)
class Item:
    """One drawn story: where it comes from and the text wireparse is given."""

    key: str  # "<set>:<id>"
    split: str  # "dev" or "test"
    text: str


def _population(name: str) -> Iterator[tuple[str, str]]:
    if name == "reuters21578":
        for story in reuters21578():
            if story.dateline.strip() and story.body.strip():
                yield story.newid, story.wire_text()
    elif name == "reuters21578_by":
        for story in reuters21578():
            if story.author.strip() and story.body.strip():
                yield story.newid, story.wire_text()
    elif name == "ag_news":
        for index, (_, _, description) in enumerate(ag_news()):
            yield str(index), description
    elif name == "cnn":
        yield from cnn_stories()
    elif name == "ggt":
        for row in ggt_records():
            if row["rawtext"]:
                yield str(row["_id"]), row["rawtext"]
    elif name == "polnear":
        for split in _POLNEAR_SPLITS:
            for doc in polnear_wire(split):
                if _polnear_wires().get(doc.name) not in (None, "AP"):
                    yield f"{split}/{doc.name}", doc.text


@functools.cache
def _polnear_wires() -> dict[str, str | None]:
    """PolNeAR file name -> the agency its metadata names, or ``None``."""
    wires: dict[str, str | None] = {}
    path = require_corpus() / "polnear" / "metadata.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            wires[row["filename"]] = None if row["wire"] == "None" else row["wire"]
    return wires


def draw() -> list[Item]:
    """Every sample item, in sample order, with its split."""
    items: list[Item] = []
    for name, step in STEPS:
        for index, (ident, text) in enumerate(_population(name)):
            if index % step == 0:
                split = "dev" if len(items) % 2 == 0 else "test"
                items.append(Item(f"{name}:{ident}", split, text))
    return items
