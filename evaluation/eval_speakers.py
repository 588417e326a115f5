"""Score quotes and speakers on the hand-built AllSides wire gold (``evaluation/gold/speakers``).

Run ``python -m evaluation.eval_speakers`` for the figures of both parts (markdown).
``--errors`` prints the dev part's misses as JSON lines. The test part's errors are never
printed: rules are written against dev only, and test is scored once, at the end.

The gold
--------
``evaluation/gold/speakers/gold.json`` holds the quotations of the first articles of
``allsides_article_bias/speaker_dev_pool.txt``, annotated by hand, with offsets into each
article's ``content_original`` (the texts stay in ``../shared``). Each article carries its
``split``, fixed by its pool position: even positions are ``dev``, odd ones ``test``. How the
gold was made and how disagreements were settled is in ``evaluation/gold/speakers/README.md``.

Scoring
-------
Quotes are scored in the body only (``zone == "body"``): ``parse_article`` sets the headline,
captions and page debris aside, and a prediction on a quotation the gold places elsewhere (a
caption, page debris, or a subhead inside the body) is neither right nor wrong. Gold quotes
of kind ``speech`` are the quotes to find; predicted quotes of kind ``term`` and ``indirect``
are left out. A prediction and a gold quote match when their spans, trimmed of marks, spaces
and edge punctuation, overlap by at least half of the shorter one (the rule of
``evaluation/eval_quotes.py``).

Speaker accuracy is over the matched gold speech quotes. A matched quote's speaker is right
when a matching prediction's speaker (its name, or its description when it names nobody)
equals the gold ``speaker`` or one of its ``aliases`` (case-insensitive, apostrophes and
spaces normalized, a leading article dropped), or when both the gold and the prediction
have no speaker. For an unnamed gold speaker (``speaker_type`` ``group`` or
``description``), a prediction whose description holds the gold's last word ("police
spokesman" in "a police spokesman") is right too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from evaluation.corpus import allsides
from evaluation.eval_quotes import _overlaps, _prf, _trim

GOLD = Path(__file__).resolve().parent / "gold" / "speakers" / "gold.json"
SPLITS = ("dev", "test")
_ARTICLES = ("a ", "an ", "the ")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """The gold articles, each with its ``text`` read from the corpus and checked."""
    with open(path, encoding="utf-8") as handle:
        articles: list[dict[str, Any]] = json.load(handle)["articles"]
    records: dict[str, dict[str, str]] = {}
    for article in articles:
        if article["source"] not in records:
            records[article["source"]] = {
                r["ID"]: r["content_original"] for r in allsides(article["source"])
            }
        text = records[article["source"]][article["id"]]
        if len(text) != article["text_length"]:
            raise ValueError(f"gold article {article['id']}: the corpus text has another length")
        article["text"] = text
    return articles


def _norm(name: str | None) -> str:
    if not name:
        return ""
    name = " ".join(name.replace("’", "'").replace("‘", "'").casefold().split())
    for article in _ARTICLES:
        if name.startswith(article):
            return name[len(article) :]
    return name


def speaker_is_right(gold: dict[str, Any], predicted: str | None) -> bool:
    """Whether ``predicted`` names the gold quote's speaker (see the module docstring).

    >>> gold = {"speaker": "Gretchen Whitmer", "aliases": ["Whitmer"], "speaker_type": "person"}
    >>> speaker_is_right(gold, "Whitmer"), speaker_is_right(gold, "Donald Trump")
    (True, False)
    >>> group = {"speaker": "police spokesman", "aliases": [], "speaker_type": "description"}
    >>> speaker_is_right(group, "a police spokesman"), speaker_is_right(group, None)
    (True, False)
    """
    want = _norm(gold.get("speaker"))
    got = _norm(predicted)
    if not want or not got:
        return not want and not got
    if got == want or got in {_norm(alias) for alias in gold.get("aliases") or ()}:
        return True
    if gold.get("speaker_type") in ("group", "description"):
        return want.split()[-1] in got.split()
    return False


def predict(text: str) -> list[dict[str, Any]]:
    """wireparse's direct quotes of one article, through ``parse_article``."""
    from wireparse import parse_article

    found = []
    for quote in parse_article(text).quotes:
        if quote.kind != "speech":
            continue
        found.append(
            {
                "span": _trim(text, quote.span.start, quote.span.end),
                "speaker": quote.speaker or quote.speaker_description,
                "words": quote.text[:40],
            }
        )
    return found


def score(articles: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Quote P/R/F1 and speaker accuracy over ``articles``, with the misses."""
    n_pred = tp_pred = n_gold = tp_gold = speaker_ok = count = 0
    errors: list[dict[str, Any]] = []
    for article in articles:
        count += 1
        text = article["text"]
        gold = [
            dict(q, span=_trim(text, q["start"], q["end"]))
            for q in article["quotes"]
            if q["zone"] == "body" and q["kind"] == "speech"
        ]
        elsewhere = [(q["start"], q["end"]) for q in article["quotes"] if q["zone"] != "body"]
        predicted = [
            p
            for p in predict(text)
            if p["span"][1] > p["span"][0] and not any(_overlaps(p["span"], s) for s in elsewhere)
        ]
        n_pred += len(predicted)
        n_gold += len(gold)
        for p in predicted:
            if any(_overlaps(p["span"], g["span"]) for g in gold):
                tp_pred += 1
            else:
                errors.append({"id": article["id"], "type": "extra", "words": p["words"]})
        for g in gold:
            hits = [p for p in predicted if _overlaps(p["span"], g["span"])]
            if not hits:
                errors.append({"id": article["id"], "type": "missed", "words": g["words"]})
                continue
            tp_gold += 1
            if any(speaker_is_right(g, p["speaker"]) for p in hits):
                speaker_ok += 1
            else:
                errors.append(
                    {
                        "id": article["id"],
                        "type": "speaker",
                        "words": g["words"],
                        "gold": g["speaker"],
                        "predicted": [p["speaker"] for p in hits],
                        "at": g["start"],
                    }
                )
    return {
        "articles": count,
        **_prf(tp_pred, n_pred, tp_gold, n_gold),
        "speaker_accuracy": speaker_ok / tp_gold if tp_gold else 0.0,
        "gold": n_gold,
        "predicted": n_pred,
        "matched_gold": tp_gold,
        "speaker_correct": speaker_ok,
        "errors": errors,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    articles = load_gold()
    print("| part | articles | gold quotes | P | R | F1 | speaker acc. | right / matched |")
    print("|---|---|---|---|---|---|---|---|")
    results = {}
    for split in SPLITS:
        result = results[split] = score(a for a in articles if a["split"] == split)
        print(
            f"| {split} | {result['articles']} | {result['gold']} | {result['precision']:.3f} | "
            f"{result['recall']:.3f} | {result['f1']:.3f} | {result['speaker_accuracy']:.3f} | "
            f"{result['speaker_correct']} / {result['matched_gold']} |"
        )
    if "--errors" in args:
        for error in results["dev"]["errors"]:
            print(json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
