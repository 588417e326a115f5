"""The verb table of ``_lexicon/cues.py`` and what the quote engine builds from it.

Every verb set, regex and prefilter of the quote engine comes from ``VERBS`` through
``build_verbs``. These tests show that one row adds a speech verb to a rule and to
its prefilter alike, and check each prefilter against the rule it stands for on
generated texts, for the real table and for tables with made-up verbs.
"""

from __future__ import annotations

import collections
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse._lexicon.cues import USES, VERBS, verbs_with
from wireparse.document import prepare
from wireparse.quotes import find_quotes, find_quotes_in
from wireparse.quotes.verbs import _INDIRECT_GATE, _word_trie, build_verbs

_MUMBLE = ("mumble mumbles mumbled", "direct indirect reports speaking")


def test_one_row_adds_a_speech_verb_to_every_rule_and_prefilter() -> None:
    old, new = build_verbs(VERBS), build_verbs((*VERBS, _MUMBLE))
    text = "Jane Doe mumbled that the plan was late. He mumbled again."
    name_end = text.index(" mumbled")
    pronoun = text.index("He mumbled")
    for verbs, found in ((old, False), (new, True)):
        assert ("mumbled" in verbs.cue_verbs) is found
        assert ("mumbled" in verbs.indirect_cues) is found
        assert ("mumbled" in verbs.one_word_verbs) is found
        # a cue after a name: the regex and its shortcut
        assert (verbs.cue_after.match(text, name_end) is not None) is found
        assert verbs.cue_follows(text, name_end) is found
        # a reporting verb later in a name's sentence: the regex and its prefilter
        assert (verbs.report_later.match(text, name_end, name_end + 20) is not None) is found
        assert verbs.report_follows(text, name_end, name_end + 20) is found
        assert any(text.find(word, name_end) >= 0 for word in verbs.report_words) is found
        assert (verbs.pronoun_report.search(text, pronoun) is not None) is found
        assert ("mum" in verbs.one_word_heads) is found
        # reported speech: the gate that lets a text into the indirect pass
        assert (verbs.indirect_gate.search(text) is not None) is found


def test_the_engine_reads_its_cues_from_the_table() -> None:
    # "mumbled" is not in the table, so the quotation has no cue of its own: the
    # table, not a word list elsewhere, decides what attributes a quotation
    assert "mumbled" not in verbs_with("direct")
    quotes = find_quotes('"We will win," Jane Doe mumbled.')
    assert [(q.speaker, q.cue) for q in quotes] == [(None, None)]
    quotes = find_quotes('"We will win," Jane Doe muttered.')
    assert [(q.speaker, q.cue) for q in quotes] == [("Jane Doe", "muttered")]


def test_each_form_has_one_row_and_known_uses() -> None:
    counts = collections.Counter(form for forms, _uses in VERBS for form in forms.split())
    assert [form for form, count in counts.items() if count > 1] == []
    assert all(use in USES for _forms, uses in VERBS for use in uses.split())
    # a weak cue is a cue that counts only near the mark
    assert verbs_with("weak") <= verbs_with("direct")
    with pytest.raises(ValueError, match="unknown verb use"):
        verbs_with("spoken")


# Tables of made-up verbs beside real ones, so a prefilter built from any table is
# checked, not only the shipped one; and texts made of their pieces.
_FORMS = ["said", "says", "add", "added", "note", "noted", "mumble", "mumbled", "grrs", "tsk"]
_TABLES = st.lists(
    st.tuples(
        st.lists(st.sampled_from(_FORMS), min_size=1, max_size=3, unique=True).map(" ".join),
        st.lists(st.sampled_from(USES), min_size=1, max_size=3, unique=True).map(" ".join),
    ),
    min_size=1,
    max_size=5,
)
_PIECES = [*_FORMS, " ", "  ", "\u200b", "\u00a0", ".", ",", '"', "“", "He ", "She ", "Jane",
           "é", "x", "_", "1", "then", "mumbledx", "saidé"]  # fmt: skip
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(max_codepoint=0x2FFF)), max_size=20
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TABLES, _TEXTS, st.data())
def test_prefilters_agree_with_their_rules_for_any_table(
    table: list[tuple[str, str]], text: str, data: st.DataObject
) -> None:
    verbs = build_verbs(table)
    at = data.draw(st.integers(0, len(text)))
    assert verbs.cue_follows(text, at) == (verbs.cue_after.match(text, at) is not None)
    assert verbs.report_follows(text, at, len(text)) == (
        verbs.report_later.match(text, at, len(text)) is not None
    )
    if verbs.report_later.match(text, at, len(text)) is not None:
        assert any(text.find(word, at) >= 0 for word in verbs.report_words)
    for verb in verbs.one_word_verbs:
        assert verb[:3] in verbs.one_word_heads or verb in verbs.one_word_heads


@settings(max_examples=200, deadline=None)
@given(
    st.frozensets(st.text(alphabet="abs ", min_size=1, max_size=5), min_size=1, max_size=6),
    st.text(alphabet="abs ", max_size=6),
)
def test_word_trie_matches_exactly_its_words(words: frozenset[str], probe: str) -> None:
    # the indirect gate is a trie of the reporting verbs: the same words as an alternation
    trie = re.compile(_word_trie(words))
    for word in [*words, probe]:
        assert (trie.fullmatch(word) is not None) == (word in words)


def test_the_gate_finds_every_reporting_verb() -> None:
    for verb in verbs_with("indirect"):
        assert _INDIRECT_GATE.search(f"Khan {verb} the strikes were a warning.") is not None
    assert _INDIRECT_GATE.search("According to Khan, the strikes were a warning.") is not None
    assert _INDIRECT_GATE.search("Khan sayings were a warning.") is None


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.booleans())
def test_the_early_exit_gives_what_the_full_pass_gives(text: str, indirect: bool) -> None:
    # find_quotes skips segmenting a text with no mark (and no reporting verb)
    assert find_quotes(text, indirect=indirect) == find_quotes_in(prepare(text), indirect=indirect)
