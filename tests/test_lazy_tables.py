"""The resolver's mention table and pronoun reports are built on first use, unchanged.

``wireparse.quotes.names._Names`` builds its mention table (``_find_mentions``) and
its pronoun reports only when a speaker rule first asks for one of theirs. The tests
check that a quotation naming its speaker in full never builds them, and that tables
built late (after the quotations were resolved, with the vocabulary's look-ups made
in another order) are those built right after the name table, on real articles; and
that the acting flags of the mention table, decided when first asked, are the rule's
answers in any order of asking.
"""

from __future__ import annotations

import itertools

import pytest
from evaluation import corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse.document import prepare
from wireparse.quotes import names as names_module
from wireparse.quotes.direct import _find_direct
from wireparse.quotes.names import _MENTION_TABLES, _REPORT_TABLES, _Names, _stands_as_subject
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


def _article_with_mentions() -> str:
    """An AP article whose mention table holds mentions decided late, or a built one."""
    for text in _texts():
        names = _Names(text, prepare(text).units)
        if sum(isinstance(value, tuple) for value in names.acting._values) >= 5:
            return text
    return (
        "Ann Abbot met Bob Baker in Paris.\n\nAbbot, a lawyer, spoke first. Then Baker "
        "left the city, and Abbot stayed.\n\nOf Abbot, he said little. Baker agreed."
    )


@settings(max_examples=50, deadline=None)
@given(order=st.data())
def test_acting_is_the_same_in_any_order_of_asking(order: st.DataObject) -> None:
    """A mention's acting flag, decided when first asked, does not depend on the order."""
    text = _article_with_mentions()
    units = prepare(text).units
    in_order = list(_Names(text, units).acting)
    acting = _Names(text, units).acting
    assert len(acting) == len(in_order) > 0
    n = len(in_order)
    asks = order.draw(st.lists(st.integers(-n, n - 1), max_size=3 * n))
    for index in asks:
        assert acting[index] == in_order[index]
    start, stop = sorted(order.draw(st.tuples(st.integers(0, n), st.integers(0, n))))
    assert acting[start:stop] == in_order[start:stop]
    assert acting == in_order and list(acting) == in_order


def test_acting_decides_late_what_the_rule_decides() -> None:
    """Each flag left for later is the answer of _stands_as_subject, else it was known."""
    text = _article_with_mentions()
    names = _Names(text, prepare(text).units)
    acting = names.acting
    waiting = {k: value for k, value in enumerate(acting._values) if isinstance(value, tuple)}
    assert waiting
    for index, (begin, end, para) in waiting.items():
        assert acting[index] is _stands_as_subject(text, begin, end, para)
    assert all(value.__class__ is bool for value in acting._values)


def test_a_long_text_decides_acting_at_once_with_the_same_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above _COMPACT_RUNS the runs are packed and each flag decided at once: same tables."""
    text = _article_with_mentions()
    units = prepare(text).units
    lazy = _Names(text, units)
    monkeypatch.setattr(names_module, "_COMPACT_RUNS", 0)
    packed = _Names(text, units)
    assert packed._compact and not lazy._compact
    assert all(value.__class__ is bool for value in packed.acting._values)
    assert {name: getattr(packed, name) for name in _TABLES} == {
        name: getattr(lazy, name) for name in _TABLES
    }
