"""The hand-built speaker gold (evaluation/gold/speakers) fits its corpus texts and is scored.

The gold is checked item by item against the AllSides texts it points into, and the
speaker figures of its dev part are held to a floor, so a change that loses speakers on
copy the rules were tuned on fails here before it reaches docs/accuracy.md.
"""

from __future__ import annotations

from typing import Any

import pytest
from evaluation import corpus

pytestmark = pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is absent")

# ” and ″ open quotations in some feeds (the gold README lists these odd marks).
_OPENING_MARKS = "\"'“‘`″„«”"
_FIELDS = {"start", "end", "words", "zone", "kind", "speaker", "aliases", "speaker_type"}


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    from evaluation.eval_speakers import load_gold

    return load_gold()


def test_gold_takes_the_pool_in_order_and_splits_by_position(gold: list[dict[str, Any]]) -> None:
    pool = corpus.speaker_pool()
    assert [a["pool_index"] for a in gold] == list(range(len(gold)))
    for article in gold:
        assert (article["source"], article["id"]) == pool[article["pool_index"]]
        assert article["split"] == ("dev" if article["pool_index"] % 2 == 0 else "test")


def _item_problems(text: str, quote: dict[str, Any]) -> list[str]:
    problems = []
    start, end = quote["start"], quote["end"]
    if not 0 <= start < end <= len(text):
        return [f"span {start}:{end} outside the text"]
    # A piece whose text lost its opening mark starts at its paragraph, flagged uncertain.
    unmarked_piece = quote.get("uncertain") and text[start - 1 : start] == "\n"
    if text[start] not in _OPENING_MARKS and not unmarked_piece:
        problems.append(f"{start}: opens with {text[start]!r}")
    words = quote["words"].strip()
    if words and words.split()[0] not in text[start:end]:
        problems.append(f"{start}: words {words!r} not in the span")
    mention = quote.get("mention")
    if mention is not None and not 0 <= mention[0] < mention[1] <= len(text):
        problems.append(f"{start}: mention {mention} outside the text")
    if quote["kind"] == "term" and quote["speaker"] is not None:
        problems.append(f"{start}: a term with a speaker")
    return problems


def test_every_gold_item_fits_its_text(gold: list[dict[str, Any]]) -> None:
    problems = []
    for article in gold:
        text = article["text"]
        previous_end = -1
        for quote in sorted(article["quotes"], key=lambda q: q["start"]):
            assert set(quote) >= _FIELDS, quote
            problems += [f"{article['id']} {p}" for p in _item_problems(text, quote)]
            if quote["start"] < previous_end:
                problems.append(f"{article['id']} {quote['start']}: overlaps the item before")
            previous_end = quote["end"]
    assert problems == []


def test_dev_part_speaker_figures_hold(gold: list[dict[str, Any]]) -> None:
    from evaluation.eval_speakers import score

    result = score(a for a in gold if a["split"] == "dev")
    assert result["f1"] >= 0.95
    assert result["speaker_accuracy"] >= 0.92
