"""The resolver's mention table and pronoun reports are built on first use, unchanged.

``wireparse.quotes.names._Names`` builds its mention table (``_find_mentions``) and
its pronoun reports only when a speaker rule first asks for one of theirs. The tests
check that a quotation naming its speaker in full never builds them, and that tables
built late (after the quotations were resolved, with the vocabulary's look-ups made
in another order) are those built right after the name table, on real articles.
"""

from __future__ import annotations

import itertools

import pytest
from evaluation import corpus

from wireparse.document import prepare
from wireparse.quotes.direct import _find_direct
from wireparse.quotes.names import _MENTION_TABLES, _REPORT_TABLES, _Names
from wireparse.quotes.speakers import _Shared

_TABLES = sorted(_MENTION_TABLES | _REPORT_TABLES)


def _resolved(text: str) -> _Shared:
    """The shared state after the direct quotations of ``text`` were resolved."""
    doc = prepare(text)
    shared = _Shared(text, doc.units)
    _find_direct(text, doc.units, (), shared)
    return shared


def test_a_named_speaker_builds_no_mention_table() -> None:
    text = (
        "Abdullah Khan is an analyst in Islamabad.\n\n"
        '"We will respond," said Jane Doe, a lawyer for the city.'
    )
    resolver = _resolved(text).resolver
    assert resolver is not None and resolver.entities
    assert not set(_TABLES) & set(vars(resolver))
    # asked for, the table is built: each surname mention, with its full name
    assert resolver.mentions == [(9, "Abdullah Khan"), (text.index("Doe"), "Jane Doe")]
    assert set(_MENTION_TABLES) <= set(vars(resolver))


def _texts() -> list[str]:
    if corpus.CORPUS is None:
        return ['Ann Abbot met Bob Baker.\n\n"It is done," he said. She said it was over.']
    records = corpus.allsides("associated_press")
    return [record["content_original"] for record in itertools.islice(records, 0, None, 4)]


@pytest.mark.parametrize("index", range(4))
def test_tables_built_late_are_those_built_at_once(index: int) -> None:
    texts = _texts()
    for text in texts[index::4]:
        shared = _resolved(text)
        late = shared.resolver
        if late is None:
            continue
        early = _Names(text, shared.spans, shared.masked)
        at_once = {name: getattr(early, name) for name in _TABLES}
        assert {name: getattr(late, name) for name in _TABLES} == at_once
