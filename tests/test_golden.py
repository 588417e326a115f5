"""Golden tests: each tests/golden/<case>.txt against its reviewed <case>.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wireparse import parse_article

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.txt"))


def _render(data: object) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_golden(case: Path, update_goldens: bool) -> None:
    text = case.read_text(encoding="utf-8")
    actual = _render(parse_article(text).to_dict())
    expected_path = case.with_suffix(".json")
    if update_goldens:
        expected_path.write_text(actual, encoding="utf-8")
    assert expected_path.exists(), f"no golden file: run pytest --update-goldens for {case.name}"
    assert actual == expected_path.read_text(encoding="utf-8")


def test_golden_cases_exist() -> None:
    assert [case.stem for case in CASES] == ["seed"]
