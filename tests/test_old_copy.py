"""The hand-annotated sample of older and non-AP copy: the gold is sound, the figures hold."""

from __future__ import annotations

import pytest
from evaluation.corpus import CORPUS

needs_corpus = pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is absent")


@needs_corpus
def test_gold_matches_the_drawn_texts() -> None:
    from evaluation.eval_old_copy import load_gold
    from evaluation.old_copy import draw

    items = {item.key: item for item in draw()}
    gold = load_gold()
    assert [g["key"] for g in gold] == list(items)
    assert {g["split"] for g in gold} == {"dev", "test"}
    for record in gold:
        text = items[record["key"]].text
        assert record["split"] == items[record["key"]].split
        dateline = record["dateline"]
        if dateline is not None:
            assert text[dateline["start"] : dateline["end"]] == dateline["text"]
        for person in record["bylines"]:
            written = text[person["start"] : person["end"]]
            assert written.casefold() == person["name"].casefold()
        headline = record["headline"]
        if headline is not None:
            written = " ".join(text[headline["start"] : headline["end"]].split())
            assert written.startswith(headline["opens"])


@needs_corpus
def test_figures_on_the_sample() -> None:
    """The issue's targets on both splits: dateline city at least 0.97, byline names 0.95."""
    from evaluation.eval_old_copy import measure

    tallies = measure()
    for split in ("dev", "test"):
        tally = tallies[split]
        assert tally.city_right / tally.items >= 0.97, (split, tally.errors)
        assert tally.names_found / tally.gold_names >= 0.95, (split, tally.errors)
        assert tally.parsed_right == tally.parsed_names, (split, tally.errors)
        assert tally.headlines_right / tally.gold_headlines >= 0.97, (split, tally.errors)
        assert tally.false_datelines + tally.false_headlines <= 1, (split, tally.errors)
    assert tallies["all"].items >= 40
