"""The shortcuts taken for speed in the resolver's name tables give the old answers.

The mention table (``wireparse.quotes.names``: ``_register``, ``_mention``,
``_one_word``) replaced three regexes by prefix tests, tests a one-word name's
follower before the regex, and reads a run's name from a cache. Each test here
compares a shortcut with what it replaced, on generated strings and on words of
the lexicon, so a change of a word list (``_ONE_WORD_VERBS``, ``TITLE_WORDS``) or of
a regex that breaks a shortcut fails here. No timing is measured.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse._lexicon.titles import ROLE_NOUNS, TITLE_WORDS
from wireparse.quotes import find_quotes
from wireparse.quotes.verbs import _ONE_WORD_VERB_HEADS, _ONE_WORD_VERBS
from wireparse.quotes.words import (
    _APPOSED_STARTS,
    _CREDIT_STARTS,
    _VERB_AFTER,
    _before_of,
    _is_org,
    _is_place,
    _name_words,
    _role_noun_before,
    _run_name,
)

# The plain rules the prefix tests stand for: a spaced dash, a slash (after a space).
_DASH_AFTER = regex.compile(r"[ ](?:—|–|--)[ ]")
_CREDIT_AFTER = regex.compile(r"[ ]?/")

# Pieces that make the edge cases likely: the verbs and near misses, their first
# letters, apostrophes, dashes and slashes, names, titles and ALL-CAPS words.
_PIECES = [
    "said", "says", "sai", "saidx", "is", "isn't", "is’", "didn’t", "didn't", "did",
    "thought", "tho", "the", "was", "wasn", "told", "to", " ", "  ", ",", ", ", ".", "/",
    " /", "—", "–", "--", "-", " — ", " – ", " -- ", "’", "'", "é", "\u00a0", "\n", "a", "an",
    "Joe", "Biden", "Chief", "Na'moks", "President", "of", "de", "Smith’s", "Khan's",
    "READ", "MORE", "CNN", "U.S.", "Inc.", "Ministry", "Sea", "coach", "Mr.", "EDC",
]  # fmt: skip
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(max_codepoint=0x2FFF)), max_size=20
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.data())
def test_prefix_tests_agree_with_the_regexes_they_replaced(text: str, data: st.DataObject) -> None:
    # mostly where a name would end: before a space, a comma or a slash
    places = [k for k, char in enumerate(text) if char in " ,/"]
    end = data.draw(st.sampled_from(places) if places else st.integers(0, len(text)))
    assert text.startswith(_CREDIT_STARTS, end) == (_CREDIT_AFTER.match(text, end) is not None)
    assert text.startswith(_APPOSED_STARTS, end) == (
        text.startswith(", ", end) or _DASH_AFTER.match(text, end) is not None
    )


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.data())
def test_verb_heads_are_needed_for_a_one_word_verb(text: str, data: st.DataObject) -> None:
    text = " " + text
    spaces = [k for k, char in enumerate(text) if char == " "]
    end = data.draw(st.sampled_from(spaces))
    acts = _VERB_AFTER.match(text, end)
    if acts is not None and acts.group(1) in _ONE_WORD_VERBS:
        assert (
            text[end + 1 : end + 4] in _ONE_WORD_VERB_HEADS
            or text[end + 1 : end + 3] in _ONE_WORD_VERB_HEADS
        )


# Role nouns in any case, with letters whose lower case is ASCII or longer ("K" is the
# Kelvin sign, "İ" lowers to two characters), and words one letter off.
_NOUN_PIECES = [
    *sorted(ROLE_NOUNS)[::7], "coach", "Coach", "COACH", "oach", "xcoach", "\u212a", "İ",
    "ı", "a", " ", "  ", "\n", "\u00a0", "Smith", "-", "’",
    *[noun.upper() for noun in sorted(ROLE_NOUNS)[:5]],
    *[noun[:-2] + noun[-2].upper() + noun[-1] for noun in sorted(ROLE_NOUNS)[:5]],  # "coaCh"
]  # fmt: skip


def test_role_nouns_are_lower_case_ascii_words() -> None:
    # what _ROLE_NOUN_ENDS assumes of them
    assert all(noun.isascii() and noun == noun.lower() and len(noun) >= 2 for noun in ROLE_NOUNS)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_NOUN_PIECES), max_size=12).map("".join), st.data())
def test_role_noun_gate_agrees_with_the_plain_rule(text: str, data: st.DataObject) -> None:
    # where the run loop asks: a space before the run and a lower-case letter before it
    text = data.draw(st.sampled_from(["", "the ", "x"])) + text + " Smith"
    places = [k for k in range(2, len(text)) if text[k - 2].islower() and text[k - 1].isspace()]
    for start in places:
        before = text[max(0, start - 30) : start].rsplit(None, 1)
        assert _role_noun_before(text, start) == (bool(before) and before[-1].lower() in ROLE_NOUNS)


def test_every_one_word_verb_passes_the_head_test() -> None:
    for verb in _ONE_WORD_VERBS:
        text = "Mulder " + verb + " it"
        assert _VERB_AFTER.match(text, 6) is not None, verb
        assert text[7:10] in _ONE_WORD_VERB_HEADS or text[7:9] in _ONE_WORD_VERB_HEADS, verb


_RUN_WORDS = st.sampled_from(
    ["Joe", "Biden", "Chief", "Hereditary", "Na'moks", "President", "Minister", "of",
     "Innovation", "de", "la", "Cruz", "Smith’s", "Khan's", "READ", "MORE", "CNN", "U.S.",
     "Health", "Ministry", "Inc.", "Christmas", "Day", "Sen.", "Jingyi", "Pan", "IG", "Getty",
     "Images", "Kevin", "Vickers", "Coach", "Mr.", "Dr"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_RUN_WORDS, min_size=1, max_size=6))
def test_run_name_reads_what_register_read(words: list[str]) -> None:
    """_run_name against the plain steps it stands for (_before_of, _name_words, _is_org)."""
    run = " ".join(words)
    for got in (_run_name(run), _run_name.__wrapped__(run)):
        if all(w.isupper() for w in words):
            assert got is None
            continue
        kept = _before_of(words)
        name, role = _name_words(kept)
        expected = (
            len(name),
            " ".join(name),
            role,
            _is_org(kept),
            role in TITLE_WORDS,
            max(0, " ".join(kept).find(name[0])),
            len(" ".join(kept)),
        )
        assert got == expected


def test_is_place_cached_answers_the_same() -> None:
    for word in ["Moscow", "Kansas", "Mulder", "N.Y.", "moscow", "", "Kansas"]:
        assert _is_place(word) == _is_place.__wrapped__(word)


def test_resolver_shortcuts_keep_the_attributions() -> None:
    # A photo credit after a name, a dash after a name, a one-word name with a verb
    # after it and one with an appositive: the cases the shortcuts touch.
    text = (
        "Marco Mendicino — a former prosecutor — spoke on Monday.\n\n"
        "Yuni, a resident of the town, said she was afraid. She left.\n\n"
        '"We will rebuild," Mendicino said.\n\n'
        '"It was loud," Yuni said. (Lauren Pelley / CBC)'
    )
    found = [(quote.text, quote.speaker) for quote in find_quotes(text)]
    assert found == [("We will rebuild,", "Marco Mendicino"), ("It was loud,", "Yuni")]
