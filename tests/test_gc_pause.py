"""The public parsers pause the cyclic garbage collector while they run, and restore it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest

from wireparse import parse_article
from wireparse.boilerplate import find_boilerplate
from wireparse.bylines import find_bylines, find_contributors
from wireparse.captions import find_captions
from wireparse.text import segment_paragraphs

PARSERS: dict[str, Callable[[str], object]] = {
    "parse_article": parse_article,
    "segment_paragraphs": segment_paragraphs,
    "find_boilerplate": find_boilerplate,
    "find_captions": find_captions,
    "find_bylines": find_bylines,
    "find_contributors": find_contributors,
}

# Many short units, each of which becomes an object or two: enough allocations to
# trigger many young-generation collections if the collector ran.
MANY_UNITS = "---\n“Yes,” he said.\n" * 3_000


@pytest.fixture
def collections() -> Iterator[list[str]]:
    seen: list[str] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(f"generation {info['generation']}")

    gc.callbacks.append(callback)
    try:
        yield seen
    finally:
        gc.callbacks.remove(callback)


@pytest.mark.parametrize("name", PARSERS)
def test_no_collection_runs_inside_a_parser(name: str, collections: list[str]) -> None:
    assert gc.isenabled()
    PARSERS[name](MANY_UNITS)
    assert collections == []
    assert gc.isenabled()


@pytest.mark.parametrize("name", PARSERS)
def test_a_collector_switched_off_by_the_caller_stays_off(name: str) -> None:
    gc.disable()
    try:
        PARSERS[name]("---\nWASHINGTON (AP) — “Yes,” he said.\n")
        assert not gc.isenabled()
    finally:
        gc.enable()

