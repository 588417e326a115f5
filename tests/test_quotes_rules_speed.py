"""The gates in front of the speaker rules give the answers of the rules they stand for.

Each test compares a gate with the scan it replaced, on generated strings built from
the words the gate is about and their near misses, so a change of a word list
(``DOCUMENT_NOUNS``) or of a pattern that breaks a gate fails here. No timing is
measured.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse._lexicon.mentions import DOCUMENT_NOUNS
from wireparse.quotes.documents import _DOCUMENT_WORDS, _WORD

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
