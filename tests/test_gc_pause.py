"""The library leaves the garbage collector alone: no public parser touches its state.

Pausing collection is the caller's choice (the batch CLI makes it); a library that
switched the collector off under its caller would change it for every thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from unittest import mock

import pytest

from wireparse import parse_article
from wireparse.boilerplate import find_boilerplate
from wireparse.bylines import find_bylines, find_contributors
from wireparse.captions import find_captions
from wireparse.dateline import parse_dateline
from wireparse.headline import find_headline
from wireparse.quotes import find_quotes
from wireparse.text import segment_paragraphs

PARSERS: dict[str, Callable[[str], object]] = {
    "parse_article": parse_article,
    "parse_article(indirect=True)": lambda text: parse_article(text, indirect=True),
    "segment_paragraphs": segment_paragraphs,
    "find_boilerplate": find_boilerplate,
    "find_captions": find_captions,
    "find_bylines": find_bylines,
    "find_contributors": find_contributors,
    "find_headline": find_headline,
    "parse_dateline": parse_dateline,
    "find_quotes": find_quotes,
}

TEXT = (
    "Storm hits the coast\n\nBy JON GAMBRELL\nAssociated Press\n\n"
    "WASHINGTON (AP) — “Yes,” he said. ___\n\nA man waves. (AP Photo/Evan Vucci)\n\n---\n"
) * 50


@pytest.mark.parametrize("name", PARSERS)
def test_a_parser_never_switches_the_collector(name: str) -> None:
    assert gc.isenabled()
    with (
        mock.patch.object(gc, "disable", wraps=gc.disable) as disable,
        mock.patch.object(gc, "enable", wraps=gc.enable) as enable,
        mock.patch.object(gc, "freeze", wraps=gc.freeze) as freeze,
        mock.patch.object(gc, "collect", wraps=gc.collect) as collect,
    ):
        PARSERS[name](TEXT)
        assert gc.isenabled()
    assert (disable.call_count, enable.call_count) == (0, 0)
    assert (freeze.call_count, collect.call_count) == (0, 0)


@pytest.mark.parametrize("name", PARSERS)
def test_a_collector_switched_off_by_the_caller_stays_off(name: str) -> None:
    gc.disable()
    try:
        PARSERS[name](TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()
