"""The gates in front of the speaker rules and the mark scan give the answers they stand for.

Each test compares a gate with what it stands for (the word scan of a rule, a
two-character ``str.find``), on generated strings built from the words or
marks the gate is about and their near misses, so a change of a word list
(``DOCUMENT_NOUNS``), of the marks or of a pattern that breaks a gate fails here. No
timing is measured.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse._lexicon.mentions import DOCUMENT_NOUNS
from wireparse.quotes.documents import _DOCUMENT_WORDS, _WORD
from wireparse.quotes.marks import _ANY_MARK, _DOUBLES, _add_doubles

# The document nouns, their near misses (a letter more or less, a capital, an accent,
# a digit or an underscore next to them) and what stands between words.
_NOUNS = sorted({noun for nouns in DOCUMENT_NOUNS.values() for noun in nouns})
_PIECES = [
    *_NOUNS,
    *(noun + "s" for noun in _NOUNS),
    *(noun[1:] for noun in _NOUNS),
    *(noun.capitalize() for noun in _NOUNS),
    *("x" + noun for noun in _NOUNS),
    "é", "2", "_", "’", "'", "-", " ", ", ", ".", "\n", "“", "a", "the",
]  # fmt: skip


def _by_scan(text: str, key: str, end: int) -> list[tuple[int, str]]:
    """What the rule read before the gate: every lower-case word, kept if a noun."""
    return [
        (match.start(), match.group())
        for match in _WORD.finditer(text, 0, end)
        if match.group() in DOCUMENT_NOUNS[key]
    ]


def _by_gate(text: str, key: str, end: int) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in _DOCUMENT_WORDS[key].finditer(text, 0, end)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.sampled_from(sorted(DOCUMENT_NOUNS)),
    st.integers(min_value=0, max_value=400),
)
def test_document_words_match_the_word_scan(text: str, key: str, end: int) -> None:
    end = min(end, len(text))
    assert _by_gate(text, key, end) == _by_scan(text, key, end)


def test_document_words_on_each_noun() -> None:
    # every noun the scan can find is found by the gate, also cut short by the end
    for key, nouns in DOCUMENT_NOUNS.items():
        for noun in nouns:
            for text in (f"a {noun} said", f"{noun}s, {noun}.", f"the {noun}"):
                for end in range(len(text) + 1):
                    assert _by_gate(text, key, end) == _by_scan(text, key, end), (key, text, end)
    assert _by_gate("the op-ed and the lawsuit", "editorial", 25) == []
    assert _by_gate("in a lawsuit, a suit", "lawsuit", 20) == [(5, "lawsuit"), (16, "suit")]


# Marks, their characters alone and in threes, and what stands around them.
_MARK_PIECES = [*_ANY_MARK, *(double[0] for double in _DOUBLES), "’’’", "```", "a", " ", "'s"]


def _by_find(text: str, double: str, low: int, high: int) -> list[int]:
    """The non-overlapping starts of ``double`` inside ``text[low:high]``, left to right."""
    found = []
    at = text.find(double, low, high)
    while at >= 0:
        found.append(at)
        at = text.find(double, at + len(double), high)
    return found


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_MARK_PIECES), max_size=20).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_doubles_found_as_by_str_find(text: str, low: int, high: int) -> None:
    for double in _DOUBLES:
        found: list[int] = []
        _add_doubles(text, double, low, high, found)
        assert found == _by_find(text, double, low, high), (double, text, low, high)


def test_doubles_on_runs_of_marks() -> None:
    for double in _DOUBLES:
        for count in range(6):
            text = "x" + double[0] * count + "y"
            for low in range(len(text)):
                for high in range(low, len(text) + 1):
                    found: list[int] = []
                    _add_doubles(text, double, low, high, found)
                    assert found == _by_find(text, double, low, high)
