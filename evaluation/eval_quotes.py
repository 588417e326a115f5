"""Score quote extraction on the Gender Gap Tracker set and the PolNeAR wire subset.

Run ``python -m evaluation.eval_quotes`` for wireparse's figures (markdown);
``--errors`` also prints every miss of the parts rules are tuned on (GGT dev,
PolNeAR train and dev) as JSON, never the test parts'; ``--dev`` leaves PolNeAR's
test split out (use it while tuning). GGT is split by article: even positions
are dev, odd ones test.

Plugging in another extractor
-----------------------------
The two scoring functions take any *predictor*, so a second extractor (for
example ``evaluation/textacy_baseline.py``) can be scored the same way, side by
side, on the same articles::

    from evaluation.eval_quotes import score_ggt, score_polnear
    result = score_ggt(predict)              # dict of figures
    result = score_polnear(predict, "test")  # split: "train", "dev" or "test"

``predict(text: str) -> list[tuple]`` gets one article's plain text and returns
one tuple per *direct* quote (statements only: leave out scare quotes and
titles if the extractor can tell them apart)::

    (quote_text, speaker_or_None, span_start, span_end)

``text[span_start:span_end]`` is the quote (with or without its marks, either
is fine). ``speaker_or_None`` is the speaker's name as the extractor resolves
it. An optional fifth item ``(mention_start, mention_end)`` gives the span of
the speaker's words at that place ("he", "the ministry"); PolNeAR's source
accuracy uses it when given. To score indirect speech as well, a sixth item
``kind`` may be given (``"speech"`` or ``"indirect"``); items without it count
as direct. These names and this signature are stable.

Both functions return a dict with ``precision``, ``recall``, ``f1``,
``speaker_accuracy`` (GGT) or ``source_accuracy`` (PolNeAR), the counts behind
them, ``articles`` and ``seconds`` (time spent inside ``predict``).

Matching rule (both sets)
-------------------------
Spans are first trimmed of quote marks, spaces and edge punctuation
(``,.;:!?``). A predicted quote and a gold quote *match* when their character
spans overlap by at least half of the shorter of the two. Precision is the
share of predicted quotes that match some gold quote; recall is the share of
gold quotes matched by some predicted quote (so a gold quote that the article
interrupts with "he said" may be matched by two predicted pieces). Gold quotes
are *direct* when their text holds a quote mark.

GGT: gold quote strings are located in ``rawtext`` by string search (their
stored offsets are shifted by a few dozen characters, see SOURCE.md), taking
the occurrence nearest the stored offset. Speaker accuracy is over the matched
direct gold quotes: the predicted speaker equals the gold ``reference``
(case-insensitive, apostrophes and spaces normalized, a leading "the" dropped).

PolNeAR: each (article, annotator) pair is scored as one unit; gold quotes are
the ``Content`` spans of attribution events. Source accuracy is over matched
direct gold quotes: the predicted mention span (or, without one, the predicted
speaker's words) overlaps the gold ``Source`` span (or its text).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from evaluation.corpus import ggt_records, polnear_wire

Prediction = Sequence[Any]
Predictor = Callable[[str], Sequence[Prediction]]

QUOTE_MARKS = '"“”„‟«»'
_TRIM = QUOTE_MARKS + "'‘’ \t\r\n\u00a0,.;:!?—–-"
_INDEX = re.compile(r"\((\d+),\s*(\d+)\)")


# ---------------------------------------------------------------- helpers


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and shared * 2 >= shorter


def _is_direct(quote: str) -> bool:
    return any(mark in quote for mark in QUOTE_MARKS)


def _norm_name(name: str | None) -> str:
    if not name:
        return ""
    name = name.replace("’", "'").replace("‘", "'")
    name = " ".join(name.casefold().split())
    return name[4:] if name.startswith("the ") else name


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


class _Predicted:
    """One prediction, normalized from the predictor's tuple."""

    def __init__(self, text: str, item: Prediction) -> None:
        self.quote = str(item[0]) if item[0] is not None else ""
        self.speaker = item[1] if len(item) > 1 else None
        start, end = int(item[2]), int(item[3])
        self.span = _trim(text, start, end)
        mention = item[4] if len(item) > 4 else None
        self.mention: tuple[int, int] | None = (
            (int(mention[0]), int(mention[1])) if mention else None
        )
        self.kind = str(item[5]) if len(item) > 5 and item[5] else "speech"

    @property
    def direct(self) -> bool:
        return self.kind != "indirect"


def _run(predict: Predictor, text: str, clock: list[float]) -> list[_Predicted]:
    began = time.perf_counter()
    items = predict(text)
    clock[0] += time.perf_counter() - began
    found = [_Predicted(text, item) for item in items]
    return [p for p in found if p.span[1] > p.span[0]]


# ---------------------------------------------------------------- GGT


def ggt_quotations(row: dict[str, Any]) -> list[dict[str, str]]:
    """The gold quotations of one GGT row (the one malformed JSON cell is repaired)."""
    value = row.get("quotations")
    if isinstance(value, list):
        return value
    if not isinstance(value, str):
        return []
    # That cell holds a list written twice with its first "]" missing: read each object.
    seen: set[tuple[str, str]] = set()
    items: list[dict[str, str]] = []
    for chunk in re.findall(r"\{[^{}]*\}", value):
        try:
            item = json.loads(chunk)
        except json.JSONDecodeError:
            continue
        key = (item.get("quote", ""), item.get("quote_index", ""))
        if key not in seen:
            seen.add(key)
            items.append(item)
    return items


def _locate(text: str, quote: str, hint: int | None) -> tuple[int, int] | None:
    spots = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
    if not spots:
        return None
    start = spots[0] if hint is None else min(spots, key=lambda s: abs(s - hint))
    return start, start + len(quote)


def ggt_gold(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold quotes of one row located in its ``rawtext``: span, direct, reference."""
    text = row.get("rawtext")
    if not text:
        return []
    gold = []
    for item in ggt_quotations(row):
        quote = item.get("quote") or ""
        found = _INDEX.search(item.get("quote_index") or "")
        hint = int(found.group(1)) if found else None
        located = _locate(text, quote, hint)
        if located is None:
            continue
        gold.append(
            {
                "span": _trim(text, *located),
                "direct": _is_direct(quote),
                "reference": item.get("reference") or "",
                "quote": quote,
            }
        )
    return gold


GGT_PARTS = ("dev", "test")


def score_ggt(
    predict: Predictor, *, include_indirect: bool = False, part: str | None = None
) -> dict[str, Any]:
    """Score ``predict`` on the Gender Gap Tracker evaluation set.

    Direct quotes only by default; with ``include_indirect`` every gold quote
    and every prediction counts (the all-quote figure). ``part`` is ``"dev"``
    (the articles at even positions of the articles with text, in file order),
    ``"test"`` (odd positions) or ``None`` (all).
    """
    clock = [0.0]
    n_pred = tp_pred = n_gold = tp_gold = speaker_ok = articles = 0
    errors: list[dict[str, Any]] = []
    rows = [row for row in ggt_records() if row.get("rawtext")]
    for position, row in enumerate(rows):
        if part is not None and GGT_PARTS[position % 2] != part:
            continue
        text = row["rawtext"]
        articles += 1
        gold = [g for g in ggt_gold(row) if include_indirect or g["direct"]]
        predicted = [p for p in _run(predict, text, clock) if include_indirect or p.direct]
        n_pred += len(predicted)
        n_gold += len(gold)
        for p in predicted:
            if any(_overlaps(p.span, g["span"]) for g in gold):
                tp_pred += 1
            else:
                errors.append({"id": row["_id"], "type": "fp", "text": text[slice(*p.span)]})
        for g in gold:
            hits = [p for p in predicted if _overlaps(p.span, g["span"])]
            if not hits:
                errors.append({"id": row["_id"], "type": "fn", "text": g["quote"]})
                continue
            tp_gold += 1
            if any(_norm_name(p.speaker) == _norm_name(g["reference"]) for p in hits):
                speaker_ok += 1
            else:
                errors.append(
                    {
                        "id": row["_id"],
                        "type": "speaker",
                        "text": g["quote"],
                        "gold": g["reference"],
                        "predicted": [p.speaker for p in hits],
                    }
                )
    result: dict[str, Any] = _prf(tp_pred, n_pred, tp_gold, n_gold)
    result.update(
        speaker_accuracy=speaker_ok / tp_gold if tp_gold else 0.0,
        predicted=n_pred,
        gold=n_gold,
        matched_predicted=tp_pred,
        matched_gold=tp_gold,
        speaker_correct=speaker_ok,
        articles=articles,
        seconds=clock[0],
        errors=errors,
    )
    return result


# ---------------------------------------------------------------- PolNeAR


def polnear_gold(text: str, ann: Path) -> list[dict[str, Any]]:
    """The attribution events of one brat file: content span, source span and text."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, ranges = fields[1].partition(" ")
            pieces = []
            for piece in ranges.split(";"):
                start, _, end = piece.strip().partition(" ")
                if start.isdigit() and end.isdigit():
                    pieces.append((int(start), int(end)))
            spans[fields[0]] = (label, pieces)
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append(roles)
    gold = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None or not content[1]:
            continue
        c_start, c_end = min(p[0] for p in content[1]), max(p[1] for p in content[1])
        source = spans.get(roles.get("Source", ""))
        source_span = (
            (min(p[0] for p in source[1]), max(p[1] for p in source[1]))
            if source and source[1]
            else None
        )
        gold.append(
            {
                "span": _trim(text, c_start, c_end),
                "direct": _is_direct(text[c_start:c_end]),
                "source": source_span,
                "quote": text[c_start:c_end],
            }
        )
    return gold


def _source_ok(text: str, p: _Predicted, source: tuple[int, int] | None) -> bool:
    if source is None:
        return p.speaker is None and p.mention is None
    if p.mention is not None:
        return min(p.mention[1], source[1]) > max(p.mention[0], source[0])
    words = set(_norm_name(p.speaker).split())
    return bool(words & set(_norm_name(text[source[0] : source[1]]).split()))


def score_polnear(
    predict: Predictor, split: str, *, include_indirect: bool = False
) -> dict[str, Any]:
    """Score ``predict`` on one split of the PolNeAR wire subset (direct quotes)."""
    clock = [0.0]
    n_pred = tp_pred = n_gold = tp_gold = source_ok = units = 0
    errors: list[dict[str, Any]] = []
    docs = polnear_wire(split)
    for doc in docs:
        predicted_all = _run(predict, doc.text, clock)
        predicted = [p for p in predicted_all if include_indirect or p.direct]
        for ann in doc.annotations:
            units += 1
            gold = [g for g in polnear_gold(doc.text, ann) if include_indirect or g["direct"]]
            n_pred += len(predicted)
            n_gold += len(gold)
            for p in predicted:
                if any(_overlaps(p.span, g["span"]) for g in gold):
                    tp_pred += 1
                else:
                    errors.append({"doc": doc.name, "type": "fp", "text": doc.text[slice(*p.span)]})
            for g in gold:
                hits = [p for p in predicted if _overlaps(p.span, g["span"])]
                if not hits:
                    errors.append({"doc": doc.name, "type": "fn", "text": g["quote"]})
                    continue
                tp_gold += 1
                if any(_source_ok(doc.text, p, g["source"]) for p in hits):
                    source_ok += 1
                else:
                    src = g["source"]
                    errors.append(
                        {
                            "doc": doc.name,
                            "type": "source",
                            "text": g["quote"],
                            "gold": doc.text[src[0] : src[1]] if src else None,
                            "predicted": [p.speaker for p in hits],
                        }
                    )
    result: dict[str, Any] = _prf(tp_pred, n_pred, tp_gold, n_gold)
    result.update(
        source_accuracy=source_ok / tp_gold if tp_gold else 0.0,
        predicted=n_pred,
        gold=n_gold,
        matched_predicted=tp_pred,
        matched_gold=tp_gold,
        source_correct=source_ok,
        articles=len(docs),
        units=units,
        seconds=clock[0],
        errors=errors,
    )
    return result


# ---------------------------------------------------------------- wireparse


def wireparse_find_quotes(text: str) -> list[tuple[Any, ...]]:
    """wireparse's predictor: ``find_quotes`` run directly on the text, reported speech on."""
    from wireparse.quotes import find_quotes

    return [_as_tuple(q) for q in find_quotes(text, indirect=True) if q.kind != "term"]


def wireparse_parse_article(text: str) -> list[tuple[Any, ...]]:
    """wireparse's predictor through ``parse_article`` (headline, dateline, captions set aside)."""
    from wireparse.article import parse_article

    return [_as_tuple(q) for q in parse_article(text, indirect=True).quotes if q.kind != "term"]


def _as_tuple(q: Any) -> tuple[Any, ...]:
    mention = (
        (q.speaker_mention.span.start, q.speaker_mention.span.end) if q.speaker_mention else None
    )
    return (q.text, q.speaker, q.span.start, q.span.end, mention, q.kind)


def _row(name: str, r: dict[str, Any], accuracy: str) -> str:
    return (
        f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
        f"{r[accuracy]:.3f} | {r['predicted']} | {r['gold']} | {r['articles']} | "
        f"{r['articles'] / r['seconds'] if r['seconds'] else 0:.0f} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    # "--dev" scores PolNeAR train and dev only: tune with it, so the test split is
    # looked at once, at the end (the plain command prints all three splits).
    splits = ("train", "dev") if "--dev" in args else ("train", "dev", "test")
    header = (
        "| set | P | R | F1 | {acc} | predicted | gold | articles | articles/s |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    print("### Gender Gap Tracker (find_quotes on `rawtext`)\n")
    print(header.format(acc="speaker acc."))
    ggt = {part: score_ggt(wireparse_find_quotes, part=part) for part in GGT_PARTS}
    for part in GGT_PARTS:
        print(_row(f"{part}: direct quotes", ggt[part], "speaker_accuracy"))
    print(_row("all: direct quotes", score_ggt(wireparse_find_quotes), "speaker_accuracy"))
    every = score_ggt(wireparse_find_quotes, include_indirect=True)
    print(_row("all: direct + indirect quotes", every, "speaker_accuracy"))
    print("\n### PolNeAR wire subset (parse_article on the article text)\n")
    print(header.format(acc="source acc."))
    polnear = {}
    for split in splits:
        polnear[split] = score_polnear(wireparse_parse_article, split)
        print(_row(f"{split}: direct quotes", polnear[split], "source_accuracy"))
    for split in splits:
        every_split = score_polnear(wireparse_parse_article, split, include_indirect=True)
        print(_row(f"{split}: all quotes (direct + indirect)", every_split, "source_accuracy"))
    if show_errors:
        # Errors of the test parts are never printed: rules are written against dev.
        shown = [("ggt dev", ggt["dev"])]
        shown += [(name, result) for name, result in polnear.items() if name != "test"]
        for name, result in shown:
            print(f"\n#### errors {name}\n")
            for error in result["errors"]:
                print(json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
