"""The lexicon: each word list has one home, and a spelling added there reaches every rule.

A word list written twice drifts (one copy gains a word, the other does not); so no
two public lists of the _lexicon modules hold the same words, and no parser module
writes out a word list that the lexicon already holds.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import wireparse._lexicon as lexicon_package
from wireparse import captions, headline
from wireparse._lexicon import agencies
from wireparse._lexicon.credits import CREDIT_FORMS, credit_agencies
from wireparse.dateline import parse_dateline

SRC = Path(__file__).parent.parent / "src" / "wireparse"


def _word_lists() -> dict[str, frozenset[str]]:
    """Every public frozenset, tuple or dict of strings in the _lexicon modules, by name."""
    lists: dict[str, frozenset[str]] = {}
    for info in pkgutil.iter_modules(lexicon_package.__path__):
        module = importlib.import_module(f"wireparse._lexicon.{info.name}")
        assert module.__file__ is not None
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        defined = {
            target.id
            for node in tree.body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        for name in sorted(defined):
            value = getattr(module, name)
            if name.startswith("_") or not isinstance(value, (frozenset, tuple, dict)):
                continue
            items = [*value, *_strings(value.values())] if isinstance(value, dict) else value
            words = frozenset(item for item in items if isinstance(item, str))
            if len(words) >= 3 and all(isinstance(item, (str, tuple)) for item in items):
                lists[f"{info.name}.{name}"] = words
    return lists


def test_no_name_is_defined_in_two_lexicon_modules() -> None:
    """One name, one meaning: ``ABBREVIATIONS`` in one module only, whatever it holds."""
    homes: dict[str, list[str]] = {}
    for info in pkgutil.iter_modules(lexicon_package.__path__):
        path = Path(lexicon_package.__path__[0]) / f"{info.name}.py"
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    homes.setdefault(target.id, []).append(info.name)
    assert {name: found for name, found in homes.items() if len(found) > 1} == {}


def _strings(values: object) -> list[str]:
    """The strings in ``values``, and in the tuples among them."""
    found: list[str] = []
    for value in values:  # type: ignore[attr-defined]
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(item for item in value if isinstance(item, str))
    return found


def test_no_two_lexicon_lists_hold_the_same_words() -> None:
    lists = _word_lists()
    assert len(lists) > 20
    seen: dict[frozenset[str], str] = {}
    same = []
    for name, words in sorted(lists.items()):
        if words in seen:
            same.append((seen[words], name))
        seen.setdefault(words, name)
    assert same == []


def test_no_parser_module_writes_out_a_lexicon_list() -> None:
    """A literal set or tuple of more than a few words in a parser module must not be
    mostly lexicon words: such a list belongs in _lexicon/."""
    vocabulary = frozenset().union(*_word_lists().values())
    vocabulary |= {word.lower() for word in vocabulary}
    offenders = []
    for path in sorted(SRC.glob("**/*.py")):
        if "_lexicon" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Set, ast.Tuple, ast.List)):
                continue
            words = [
                element.value
                for element in node.elts
                if isinstance(element, ast.Constant) and isinstance(element.value, str)
            ]
            if len(words) < 6 or len(words) != len(node.elts):
                continue
            known = [word for word in words if word.lower().rstrip(".") in vocabulary]
            if len(known) * 2 > len(words):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno} {words[:4]}")
    assert offenders == []


EXTENDED = {**agencies.AGENCIES, "AP": (*agencies.AGENCIES["AP"], "AP Newswire")}


def test_a_spelling_added_to_agencies_reaches_the_headline_finder() -> None:
    line = "WASHINGTON (AP Newswire) — The Senate voted."
    assert headline.dateline_pattern(agencies.AGENCIES).search(line) is None
    assert headline.dateline_pattern(EXTENDED).search(line) is not None


def test_a_spelling_added_to_agencies_reaches_the_caption_credits() -> None:
    end = "A man waves. Evan Vucci/Pool via AP Newswire"
    assert (
        captions.via_end_pattern(credit_agencies(CREDIT_FORMS, agencies.AGENCIES)).search(end)
        is None
    )
    extended = credit_agencies(CREDIT_FORMS, EXTENDED)
    assert captions.via_end_pattern(extended).search(end) is not None
    assert agencies.aliases(extended)["ap newswire"] == "AP"


def test_a_spelling_added_to_agencies_reaches_the_dateline_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    line = "WASHINGTON (Wire Ltd) — The Senate voted."
    before = parse_dateline(line)
    assert before is None or before.wire != "Wire"
    extended = {**agencies.AGENCIES, "Wire": ("Wire Ltd",)}
    monkeypatch.setattr(agencies, "AGENCY_ALIASES", agencies.aliases(extended))
    found = parse_dateline(line)
    assert found is not None and found.wire == "Wire" and found.city == "Washington"
