"""Readers for the real articles in ``../shared/corpus``.

Nothing here is copied into the repository: the texts are read where they lie,
at test or evaluation time. ``CORPUS`` is ``None`` when ``../shared`` is absent,
and tests then skip.

The location can be overridden with the ``WIREPARSE_CORPUS`` environment variable.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _find_corpus() -> Path | None:
    override = os.environ.get("WIREPARSE_CORPUS")
    candidates = [Path(override)] if override else []
    candidates += [ROOT.parent / "shared" / "corpus", ROOT / "shared" / "corpus"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


CORPUS: Path | None = _find_corpus()
SEED = ROOT / "seeds" / "000_99b82fce305eb454.txt"

ALLSIDES_FILES = (
    "associated_press",
    "reuters",
    "bloomberg",
    "cnn_sample",
    "other_outlets_with_wire_datelines",
)


def require_corpus() -> Path:
    if CORPUS is None:
        raise FileNotFoundError("../shared/corpus is not here; set WIREPARSE_CORPUS")
    return CORPUS


def allsides(name: str) -> list[dict[str, Any]]:
    """The records of one AllSides file (``associated_press``, ``reuters``, ...)."""
    path = require_corpus() / "allsides_article_bias" / f"{name}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def speaker_pool() -> list[tuple[str, str]]:
    """The AllSides speaker pool as (file stem, ID), in the pool's fixed order."""
    path = require_corpus() / "allsides_article_bias" / "speaker_dev_pool.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        (line.split()[0], line.split()[1])
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def allsides_all() -> Iterator[tuple[str, dict[str, Any]]]:
    for name in ALLSIDES_FILES:
        for record in allsides(name):
            yield name, record


@dataclass
class ReutersStory:
    """One Reuters-21578 story, with its SGML fields unescaped."""

    newid: str
    title: str = ""
    author: str = ""
    dateline: str = ""
    body: str = ""
    text_type: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def wire_text(self, *, with_dateline: bool = True) -> str:
        """The story as it ran on the wire: TITLE, AUTHOR, then DATELINE + BODY."""
        parts = [part for part in (self.title.strip(), self.author.strip()) if part]
        lead = self.dateline.strip() + " " if with_dateline and self.dateline.strip() else ""
        body = self.body.rstrip()
        parts.append(lead + body.lstrip())
        return "\n\n".join(parts)


_REUTERS_DOC = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_TAG = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
    for name in ("TITLE", "AUTHOR", "DATELINE", "BODY")
}
_NEWID = re.compile(r'NEWID="(\d+)"')
_TEXT_TYPE = re.compile(r'<TEXT(?:\s+TYPE="(\w+)")?>')


def _unescape(value: str) -> str:
    return html.unescape(value.replace("&#3;", "")).replace("\x03", "")


def reuters21578() -> Iterator[ReutersStory]:
    """All 21,578 stories, in file order."""
    folder = require_corpus() / "reuters21578"
    for path in sorted(folder.glob("reut2-*.sgm")):
        data = path.read_bytes().decode("latin-1")
        for match in _REUTERS_DOC.finditer(data):
            attrs, inner = match.groups()
            newid = _NEWID.search(attrs)
            text_type = _TEXT_TYPE.search(inner)
            story = ReutersStory(newid.group(1) if newid else "")
            story.text_type = (text_type.group(1) or "") if text_type else ""
            for name, pattern in _TAG.items():
                found = pattern.search(inner)
                if found:
                    setattr(story, name.lower(), _unescape(found.group(1)))
            yield story


@dataclass
class PolnearDoc:
    split: str
    name: str
    text: str
    annotations: list[Path]


def polnear_wire(split: str) -> list[PolnearDoc]:
    """PolNeAR's wire subset for ``split`` (train, dev, test, annotator-training)."""
    folder = require_corpus() / "polnear" / "wire" / split
    docs = []
    for path in sorted(folder.glob("*.txt")):
        anns = sorted(folder.glob(path.stem + "*.ann"))
        docs.append(PolnearDoc(split, path.stem, path.read_text(encoding="utf-8"), anns))
    return docs


def ggt_records() -> list[dict[str, Any]]:
    """Gender Gap Tracker gold rows; ``rawtext`` holds the article text when found."""
    folder = require_corpus() / "gendergaptracker_eval"
    rows = []
    with (folder / "gold_quotes.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            raw = folder / "rawtext" / (row.get("rawtext_file") or f"{row['_id']}.txt")
            row["rawtext"] = raw.read_text(encoding="utf-8") if raw.is_file() else None
            rows.append(row)
    return rows


def cnn_stories() -> list[tuple[str, str]]:
    """The CNN stories as (name, text), with the ``@highlight`` blocks cut off."""
    folder = require_corpus() / "cnn_stories" / "stories"
    stories = []
    for path in sorted(folder.glob("*.story")):
        text = path.read_text(encoding="utf-8")
        stories.append((path.stem, text.split("@highlight", 1)[0]))
    return stories


def ag_news() -> list[tuple[str, str, str]]:
    """AG News rows as (class, title, description)."""
    path = require_corpus() / "ag_news" / "test.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row[0], row[1], row[2].replace("\\n", "\n")) for row in csv.reader(handle)]
