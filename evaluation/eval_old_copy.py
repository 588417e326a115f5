"""Figures on a hand-annotated sample of older and non-AP copy.

Command: ``python -m evaluation.eval_old_copy``.

The gold is ``evaluation/gold/old_copy.json`` (how it was drawn and read: see
``evaluation/gold/README.md``); each item's text is drawn again from
``../shared/corpus`` by :func:`evaluation.old_copy.draw`. Every text is parsed
with ``parse_article`` and compared with the gold:

- dateline city: the parsed city equals the gold city (case, periods and spaces
  folded), an item with no dateline or a dateline without a place counting right
  when nothing or no city is found;
- dateline found: a parsed dateline overlaps the gold one; a parsed dateline where
  the gold has none is a false one;
- source: the agency of the parsed dateline equals the gold tag's agency;
- byline names: each gold name found among the parsed bylines (recall), and each
  parsed byline name that is in the gold (precision);
- headline: the parsed headline span equals the gold one.

Prints markdown, one column per split (dev, test, all).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import Any

from evaluation.corpus import ROOT
from evaluation.old_copy import draw
from wireparse import parse_article
from wireparse._lexicon.agencies import canonical_agency
from wireparse._lexicon.places import fold
from wireparse.models import Article

GOLD = ROOT / "evaluation" / "gold" / "old_copy.json"
SPLITS = ("dev", "test", "all")


@dataclass
class Tally:
    """Counts for one split."""

    items: int = 0
    city_right: int = 0
    gold_datelines: int = 0
    found_datelines: int = 0
    false_datelines: int = 0
    source_gold: int = 0
    source_right: int = 0
    gold_names: int = 0
    names_found: int = 0
    parsed_names: int = 0
    parsed_right: int = 0
    gold_headlines: int = 0
    headlines_right: int = 0
    false_headlines: int = 0
    errors: list[str] = field(default_factory=list)


def load_gold() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))["items"]
    return items


def _same_city(parsed: str | None, gold: str | None) -> bool:
    if parsed is None or gold is None:
        return parsed is gold
    return fold(parsed) == fold(gold)


def score_item(gold: dict[str, Any], text: str, article: Article, tally: Tally) -> None:
    """Add one item's comparison to ``tally``."""
    key = gold["key"]
    tally.items += 1
    found = article.dateline
    want = gold["dateline"]
    city = found.city if found is not None else None
    if _same_city(city, want["city"] if want else None):
        tally.city_right += 1
    else:
        tally.errors.append(f"{key}: city {city!r}, gold {want['city'] if want else None!r}")
    if want is not None:
        tally.gold_datelines += 1
        if found is not None and found.span.start < want["end"] and want["start"] < found.span.end:
            tally.found_datelines += 1
        if want["source"] is not None:
            tally.source_gold += 1
            expected = canonical_agency(want["source"]) or want["source"]
            tally.source_right += found is not None and found.wire == expected
    elif found is not None:
        tally.false_datelines += 1
        tally.errors.append(f"{key}: false dateline {found.text!r}")
    gold_names = {fold(person["name"]) for person in gold["bylines"]}
    parsed_names = {fold(person.name) for person in article.bylines}
    tally.gold_names += len(gold_names)
    tally.names_found += len(gold_names & parsed_names)
    tally.parsed_names += len(parsed_names)
    tally.parsed_right += len(gold_names & parsed_names)
    if gold_names != parsed_names:
        tally.errors.append(f"{key}: bylines {sorted(parsed_names)}, gold {sorted(gold_names)}")
    _score_headline(gold, text, article, tally)


def _score_headline(gold: dict[str, Any], text: str, article: Article, tally: Tally) -> None:
    want = gold["headline"]
    got = article.headline
    if want is not None:
        tally.gold_headlines += 1
        if got is not None and (got.span.start, got.span.end) == (want["start"], want["end"]):
            tally.headlines_right += 1
        else:
            tally.errors.append(f"{gold['key']}: headline {got.text if got else None!r}")
    elif got is not None:
        tally.false_headlines += 1
        tally.errors.append(f"{gold['key']}: false headline {got.text[:60]!r}")


def measure() -> dict[str, Tally]:
    """The tallies by split (``dev``, ``test``) and over all items."""
    texts = {item.key: item.text for item in draw()}
    tallies = {split: Tally() for split in SPLITS}
    for gold in load_gold():
        text = texts[gold["key"]]
        article = parse_article(text)
        for split in (gold["split"], "all"):
            score_item(gold, text, article, tallies[split])
    return tallies


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def report(tallies: dict[str, Tally], *, errors: bool) -> list[str]:
    rows = [
        ("dateline city", lambda t: _ratio(t.city_right, t.items)),
        ("dateline found", lambda t: _ratio(t.found_datelines, t.gold_datelines)),
        ("false datelines", lambda t: str(t.false_datelines)),
        ("dateline source", lambda t: _ratio(t.source_right, t.source_gold)),
        ("byline names found", lambda t: _ratio(t.names_found, t.gold_names)),
        ("byline names right", lambda t: _ratio(t.parsed_right, t.parsed_names)),
        ("headline", lambda t: _ratio(t.headlines_right, t.gold_headlines)),
        ("false headlines", lambda t: str(t.false_headlines)),
    ]
    lines = ["| measure | " + " | ".join(SPLITS) + " |", "|---|" + "---|" * len(SPLITS)]
    for name, cell in rows:
        lines.append(f"| {name} | " + " | ".join(cell(tallies[s]) for s in SPLITS) + " |")
    if errors:
        lines += ["", "Errors:", ""] + [f"- {e}" for e in tallies["all"].errors]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--errors", action="store_true", help="list every item that differs")
    args = parser.parse_args()
    print("\n".join(report(measure(), errors=args.errors)))


if __name__ == "__main__":
    main()
