"""Figures for boilerplate stripping, lossless segmentation and headline detection.

Run from the repository root::

    python -m evaluation.eval_boilerplate            # the figures, as markdown
    python -m evaluation.eval_boilerplate --sample   # plus the hand-check samples
    python -m evaluation.eval_boilerplate --discover # repeated short paragraphs

    python -m evaluation.eval_boilerplate --gold   # the hand-labelled AllSides sample only

Reads ../shared/corpus (see evaluation/corpus.py). The samples use a fixed seed
so that the hand check in docs/accuracy.md can be repeated. ``--gold`` scores
``evaluation/gold/allsides_debris.json``, the fresh samples
``allsides_debris_second.json`` and ``allsides_debris_third.json`` (how they were drawn
and labelled is in ``evaluation/gold/README.md``) and the dev-only headline sample
``evaluation/gold/allsides_headlines_dev.json``; ``--errors`` lists every miss on
the dev items (never on the test items).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.support import coverage_problems, span_problems

from evaluation.corpus import (
    ALLSIDES_FILES,
    CORPUS,
    SEED,
    allsides,
    allsides_all,
    cnn_stories,
    ggt_records,
    polnear_wire,
    reuters21578,
    speaker_pool,
)
from wireparse import parse_article
from wireparse.boilerplate import find_boilerplate
from wireparse.headline import find_headline
from wireparse.models import Article, Span

SAMPLE_SEED = 3
SAMPLE_SIZE = 50
SEED_FIRST = "Pakistan launched airstrikes"
SEED_LAST = "escalation of tensions.”"
SEED_PARAGRAPHS = 29
GOLD = Path(__file__).parent / "gold" / "allsides_debris.json"
HEADLINE_DEV = Path(__file__).parent / "gold" / "allsides_headlines_dev.json"
SECOND = Path(__file__).parent / "gold" / "allsides_debris_second.json"
THIRD = Path(__file__).parent / "gold" / "allsides_debris_third.json"
HEADLINE_SPEAKER_ARTICLES = 180
SPEAKER_GOLD = Path(__file__).parent / "gold" / "speakers" / "gold.json"


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def seed_figures() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    paragraphs = [p.text for p in article.paragraphs]
    kinds = Counter(b.kind for b in article.boilerplate)
    body = article.body
    debris = ["0 Comments", "Your email address", "By participating", "———"]
    lines = [
        "### The seed (seeds/000_99b82fce305eb454.txt)",
        "",
        f"- headline: {article.headline.text if article.headline else None!r}",
        f"- body paragraphs: {len(paragraphs)} (expected {SEED_PARAGRAPHS})",
        f"- first body paragraph starts with {SEED_FIRST!r}: "
        f"{bool(paragraphs) and paragraphs[0].startswith(SEED_FIRST)}",
        f"- last body paragraph ends with {SEED_LAST!r}: "
        f"{bool(paragraphs) and paragraphs[-1].endswith(SEED_LAST)}",
        f"- debris in the body: {[d for d in debris if d in body] or 'none'}",
        f"- lone '*' paragraph in the body: {'*' in paragraphs}",
        f"- boilerplate kinds: {dict(sorted(kinds.items()))}",
        f"- lossless: {not coverage_problems(text, article) and not span_problems(text, article)}",
        "",
    ]
    return lines


def allsides_figures() -> tuple[list[str], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """Counts by kind per file; also every removed segment and every body paragraph."""
    per_file: dict[str, Counter[str]] = {}
    removed: list[tuple[str, str, str]] = []
    body: list[tuple[str, str]] = []
    lossless_failures = 0
    articles = 0
    # Content that mentions debris words: (kept in the body, removed) per check.
    twitter, by_sentence = (
        "mention Twitter (other than 'Follow/Contact ...' lines)",
        "start 'By <lower-case word>'",
    )
    checks: dict[str, list[int]] = {twitter: [0, 0], by_sentence: [0, 0]}
    for name in ALLSIDES_FILES:
        counts: Counter[str] = Counter()
        for record in allsides(name):
            text = record["content_original"]
            articles += 1
            article = parse_article(text)
            if coverage_problems(text, article) or span_problems(text, article):
                lossless_failures += 1
            segments = find_boilerplate(text)
            for segment in segments:
                counts[segment.kind] += 1
                removed.append((name, segment.kind, segment.text))
            claimed = {segment.text for segment in segments}
            body.extend((name, p.text) for p in article.paragraphs)
            for paragraph in (p.strip() for p in text.split("\n\n")):
                if "Twitter" in paragraph and not re.match(r"[-\s]*(Follow|Contact)", paragraph):
                    checks[twitter][paragraph in claimed] += 1
                if re.match(r"By [a-z]", paragraph):
                    checks[by_sentence][paragraph in claimed] += 1
        per_file[name] = counts
    kinds = sorted({kind for counts in per_file.values() for kind in counts})
    header = "| kind | " + " | ".join(ALLSIDES_FILES) + " | total |"
    lines = [
        "### AllSides wire sets: segments removed by `find_boilerplate`, by kind",
        "",
        header,
        "|" + "---|" * (len(ALLSIDES_FILES) + 2),
    ]
    for kind in kinds:
        row = [per_file[name][kind] for name in ALLSIDES_FILES]
        lines.append(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(per_file[name].values()) for name in ALLSIDES_FILES]
    lines.append("| **all** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    lines += [
        "",
        f"- articles: {articles}; articles whose segments do not cover every "
        f"non-whitespace character exactly once: {lossless_failures}",
        f"- body paragraphs after `parse_article`: {len(body)}",
    ]
    for label, (kept, lost) in checks.items():
        lines.append(
            f"- paragraphs that {label}: {kept} left alone, "
            f"{lost} claimed whole by `find_boilerplate`"
        )
    lines += [
        "",
    ]
    return lines, removed, body


def sign_off_figures() -> list[str]:
    """Reuters-21578: stories whose last word is a Reuter sign-off, and how many are found."""
    ending = re.compile(r"\breuters?\b\S*\s*$", re.IGNORECASE)
    signed = found = extra = 0
    for story in reuters21578():
        text = story.wire_text()
        has = bool(ending.search(text))
        got = any(b.kind == "sign_off" for b in find_boilerplate(text))
        signed += has
        found += has and got
        extra += got and not has
    return [
        "### Reuters-21578 sign-off",
        "",
        f"- stories whose last word is Reuter/REUTER/Reuters: {signed}; "
        f"sign-off found in {found}; found where there is none: {extra}",
        "",
    ]


def headline_figures() -> list[str]:
    rows: list[tuple[str, int, int, int, int]] = []

    # AllSides: newspaper3k's text rarely keeps the title; when it does, it is the first line.
    found = correct = expected = 0
    for name in ALLSIDES_FILES:
        for record in allsides(name):
            text = record["content_original"]
            first = text.strip().split("\n", 1)[0]
            has_title = _norm(first) == _norm(record["title"])
            headline = find_headline(text)
            expected += has_title
            found += headline is not None
            correct += headline is not None and has_title
    rows.append(("AllSides (title kept in text)", expected, found, correct, 0))

    found = correct = expected = 0
    for split in ("train", "dev", "test", "annotator-training"):
        for doc in polnear_wire(split):
            title = doc.text.split("\n", 1)[0].strip()
            headline = find_headline(doc.text)
            expected += 1
            found += headline is not None
            correct += headline is not None and headline.text == title
    rows.append(("PolNeAR wire (first line)", expected, found, correct, 0))

    found = correct = expected = 0
    for story in reuters21578():
        title = story.title.strip()
        headline = find_headline(story.wire_text())
        expected += bool(title)
        found += headline is not None
        correct += headline is not None and headline.text == title
    rows.append(("Reuters-21578 (TITLE)", expected, found, correct, 0))

    found = 0
    texts = [r["rawtext"] for r in ggt_records() if r["rawtext"]]
    texts += [text for _name, text in cnn_stories()]
    for text in texts:
        found += find_headline(text) is not None
    rows.append(("GGT + CNN stories (no headline in text)", 0, found, 0, len(texts)))

    lines = [
        "### Headline",
        "",
        "| set | with headline | found | correct | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    for label, expected, found, correct, _docs in rows:
        precision = f"{correct / found:.3f}" if found else "n/a"
        recall = f"{correct / expected:.3f}" if expected else "n/a"
        lines.append(f"| {label} | {expected} | {found} | {correct} | {precision} | {recall} |")
    lines.append("")
    return lines


def draw_debris_sample(seed: int, per_file: int) -> list[tuple[str, int, dict[str, Any]]]:
    """The articles of the hand-labelled sample: ``per_file`` of each AllSides file."""
    drawn = []
    for name in ALLSIDES_FILES:
        records = allsides(name)
        for index in sorted(random.Random(f"{seed}-{name}").sample(range(len(records)), per_file)):
            drawn.append((name, index, records[index]))
    return drawn


def draw_headline_sample(seed: int, per_file: int) -> list[tuple[str, int, dict[str, Any]]]:
    """The dev-only headline sample: ``per_file`` texts of each AllSides file, drawn with
    ``random.Random(f"{seed}-{file}")`` from the texts in no other AllSides gold set (the
    debris sample, the headline openings and the speaker gold)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    taken = {item["id"] for item in gold["debris_sample"]["articles"]}
    taken |= {item["id"] for item in gold["headline_openings"]}
    speakers = json.loads(SPEAKER_GOLD.read_text(encoding="utf-8"))
    # The sample was drawn when the speaker gold held its first 180 articles.
    taken |= {item["id"] for item in speakers["articles"][:HEADLINE_SPEAKER_ARTICLES]}
    return _draw(seed, per_file, taken)


def taken_ids() -> set[str]:
    """The AllSides articles of every other gold set: the debris sample, the headline
    openings, the dev-only headline sample, the speaker gold and the speaker dev pool."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    taken = {item["id"] for item in gold["debris_sample"]["articles"]}
    taken |= {item["id"] for item in gold["headline_openings"]}
    taken |= {item["id"] for item in json.loads(HEADLINE_DEV.read_text(encoding="utf-8"))["items"]}
    speakers = json.loads(SPEAKER_GOLD.read_text(encoding="utf-8"))
    taken |= {item["id"] for item in speakers["articles"]}
    return taken | {article_id for _, article_id in speaker_pool()}


def draw_fresh_sample(
    seed: int, per_file: int, more_taken: frozenset[str] = frozenset()
) -> list[tuple[str, int, dict[str, Any]]]:
    """A fresh debris sample: ``per_file`` texts of each AllSides file, drawn with
    ``random.Random(f"{seed}-{file}")`` from the texts in no other AllSides gold set
    (``taken_ids()`` and ``more_taken``)."""
    return _draw(seed, per_file, taken_ids() | more_taken)


def _draw(seed: int, per_file: int, taken: set[str]) -> list[tuple[str, int, dict[str, Any]]]:
    """``per_file`` texts of each AllSides file outside ``taken``, drawn with
    ``random.Random(f"{seed}-{file}")``, in corpus order within each file."""
    drawn = []
    for name in ALLSIDES_FILES:
        records = allsides(name)
        pool = [i for i, record in enumerate(records) if record["ID"] not in taken]
        for index in sorted(random.Random(f"{seed}-{name}").sample(pool, per_file)):
            drawn.append((name, index, records[index]))
    return drawn


def text_lines(text: str) -> Iterator[tuple[int, int]]:
    """The units labelled by hand: every non-blank line, without its outer whitespace."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            start = match.start() + len(line) - len(line.lstrip())
            yield start, match.start() + len(line.rstrip())


def _in_body(article: Article, start: int, end: int) -> bool:
    return any(p.span.start < end and p.span.end > start for p in article.paragraphs)


def _headline_at(article: Article, span: Span | None) -> bool:
    headline = article.headline
    if headline is None or span is None:
        return headline is None and span is None
    return headline.span.start == span.start and headline.span.end <= span.end + 1


def _score_units(
    drawn: list[tuple[str, int, dict[str, Any]]],
    items: list[dict[str, Any]],
    counts: Counter[tuple[str, str, str]],
    missed: list[str],
) -> None:
    """Count each hand-labelled unit as kept in or removed from the body, by split and
    label; list the dev misses in ``missed``."""
    for (name, index, record), item in zip(drawn, items, strict=True):
        assert (name, index, record["ID"]) == (item["file"], item["index"], item["id"])
        text = record["content_original"]
        article = parse_article(text)
        assert [tuple(u[:2]) for u in item["units"]] == list(text_lines(text))
        for start, end, label, _words in item["units"]:
            kept = _in_body(article, start, end)
            counts[item["split"], label, "body" if kept else "out"] += 1
            if (label == "debris") == kept and label != "meta" and item["split"] == "dev":
                missed.append(
                    f"[{name} {index}] {label} {'kept' if kept else 'removed'}: "
                    f"{text[start:end][:100]!r}"
                )
        counts[item["split"], "false_headline", "x"] += article.headline is not None


def _ratio(counts: Counter[tuple[str, str, str]], split: str, label: str, good: str) -> str:
    bad = "out" if good == "body" else "body" if good == "out" else "missed"
    hit, miss = counts[split, label, good], counts[split, label, bad]
    return f"{hit / (hit + miss):.3f} ({hit}/{hit + miss})" if hit + miss else "n/a"


def _unit_rows(counts: Counter[tuple[str, str, str]]) -> list[str]:
    def meta(split: str) -> str:
        kept = counts[split, "meta", "body"]
        return f"{kept} of {kept + counts[split, 'meta', 'out']}"

    return [
        "| measure | dev | test | target |",
        "|---|---|---|---|",
        f"| debris removed from the body | {_ratio(counts, 'dev', 'debris', 'out')} "
        f"| {_ratio(counts, 'test', 'debris', 'out')} | 0.97 |",
        f"| content kept in the body | {_ratio(counts, 'dev', 'content', 'body')} "
        f"| {_ratio(counts, 'test', 'content', 'body')} | 1.0 |",
        f"| other units (captions, bylines, notes) left in the body | {meta('dev')} "
        f"| {meta('test')} | |",
    ]


def gold_figures(errors: bool = False) -> list[str]:
    """Debris removed, content kept and headlines found on the hand-labelled samples."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    sample = gold["debris_sample"]
    counts: Counter[tuple[str, str, str]] = Counter()
    missed: list[str] = []
    _score_units(
        draw_debris_sample(sample["seed"], sample["per_file"]), sample["articles"], counts, missed
    )
    by_id = {r["ID"]: (name, r) for name, r in allsides_all()}
    for item in gold["headline_openings"]:
        name, record = by_id[item["id"]]
        article = parse_article(record["content_original"])
        span = Span(*item["headline"][:2]) if item["opens_with_headline"] else None
        right = _headline_at(article, span)
        if span is not None:
            counts[item["split"], "headline", "found" if right else "missed"] += 1
        else:
            counts[item["split"], "false_headline", "x"] += article.headline is not None
        if not right and item["split"] == "dev":
            found = article.headline.text[:80] if article.headline else None
            missed.append(f"[{name} {item['id']}] headline {found!r}")

    lines = [
        "### Hand-labelled AllSides sample (`--gold`)",
        "",
        *_unit_rows(counts),
        f"| headline found where the text opens with one | "
        f"{_ratio(counts, 'dev', 'headline', 'found')} "
        f"| {_ratio(counts, 'test', 'headline', 'found')} | 0.98 |",
        f"| false headlines | {counts['dev', 'false_headline', 'x']} "
        f"| {counts['test', 'false_headline', 'x']} | |",
        "",
    ]
    if errors:
        lines += [f"- {line}" for line in missed] + [""]
    return (
        lines
        + fresh_sample_figures(SECOND, "Second sample", errors)
        + fresh_sample_figures(THIRD, "Third sample", errors)
        + headline_dev_figures(errors)
    )


def fresh_sample_figures(path: Path, title: str, errors: bool = False) -> list[str]:
    """Debris and content on a fresh hand-labelled sample (``allsides_debris_second.json``,
    ``allsides_debris_third.json``); the third excludes the second's articles too."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    counts: Counter[tuple[str, str, str]] = Counter()
    missed: list[str] = []
    more_taken: frozenset[str] = frozenset()
    if path == THIRD:
        second = json.loads(SECOND.read_text(encoding="utf-8"))
        more_taken = frozenset(item["id"] for item in second["articles"])
    drawn = draw_fresh_sample(gold["seed"], gold["per_file"], more_taken)
    _score_units(drawn, gold["articles"], counts, missed)
    lines = [
        f"{title} ({len(drawn)} articles, seed {gold['seed']}):",
        "",
        *_unit_rows(counts),
        f"| false headlines | {counts['dev', 'false_headline', 'x']} "
        f"| {counts['test', 'false_headline', 'x']} | 0 |",
        "",
    ]
    if errors:
        lines += [f"- {line}" for line in missed] + [""]
    return lines


def headline_dev_figures(errors: bool = False) -> list[str]:
    """Headlines on the dev-only headline sample (``allsides_headlines_dev.json``)."""
    gold = json.loads(HEADLINE_DEV.read_text(encoding="utf-8"))
    drawn = draw_headline_sample(gold["seed"], gold["per_file"])
    found = missed = false = 0
    wrong: list[str] = []
    for (name, index, record), item in zip(drawn, gold["items"], strict=True):
        assert (name, index, record["ID"]) == (item["file"], item["index"], item["id"])
        article = parse_article(record["content_original"])
        span = Span(*item["headline"][:2]) if item["opens_with_headline"] else None
        right = _headline_at(article, span)
        if span is not None:
            found += right
            missed += not right
        else:
            false += article.headline is not None
        if not right:
            got = article.headline.text[:80] if article.headline else None
            wrong.append(f"[{name} {index}] headline {got!r}")
    opens = Counter(item["opens_with"] for item in gold["items"])
    total = found + missed
    recall = f"{found / total:.3f} ({found}/{total})" if total else "n/a"
    lines = [
        f"Dev-only headline sample ({len(drawn)} texts, seed {gold['seed']}; they open with: "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(opens.items()))
        + f"): headline found where the text opens with one {recall}; "
        f"false headlines {false}.",
        "",
    ]
    if errors:
        lines += [f"- {line}" for line in wrong] + [""]
    return lines


def discover() -> None:
    """Short paragraphs repeated across AllSides articles: where debris shows itself."""
    counts: Counter[str] = Counter()
    for name in ALLSIDES_FILES:
        for record in allsides(name):
            seen = set()
            for paragraph in re.split(r"\n\s*\n", record["content_original"]):
                key = re.sub(r"\d", "0", paragraph.strip())
                if key and len(key) < 200 and key not in seen:
                    seen.add(key)
                    counts[key] += 1
    for key, count in counts.most_common(150):
        if count >= 3:
            print(count, repr(key[:120]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", action="store_true", help="print the hand-check samples")
    parser.add_argument("--discover", action="store_true", help="print repeated paragraphs")
    parser.add_argument("--gold", action="store_true", help="score the hand-labelled sample only")
    parser.add_argument("--errors", action="store_true", help="with --gold: list every dev miss")
    args = parser.parse_args(argv)
    if CORPUS is None:
        print("../shared/corpus is absent; nothing to evaluate", file=sys.stderr)
        return 1
    if args.discover:
        discover()
        return 0
    if args.gold:
        print("\n".join(gold_figures(args.errors)))
        return 0
    lines = ["## Boilerplate and headline", ""]
    lines += ["Command: `python -m evaluation.eval_boilerplate`", ""]
    lines += seed_figures()
    allsides_lines, removed, body = allsides_figures()
    lines += allsides_lines
    lines += sign_off_figures()
    lines += headline_figures()
    lines += gold_figures()
    print("\n".join(lines))
    if args.sample:
        rng = random.Random(SAMPLE_SEED)
        print(f"### Sample of {SAMPLE_SIZE} removed segments (seed {SAMPLE_SEED})\n")
        for i, (name, kind, text) in enumerate(rng.sample(removed, SAMPLE_SIZE), 1):
            print(f"{i}. [{name}] {kind}: {text[:200]!r}")
        print(f"\n### Sample of {SAMPLE_SIZE} body paragraphs (seed {SAMPLE_SEED})\n")
        for i, (name, text) in enumerate(rng.sample(body, SAMPLE_SIZE), 1):
            print(f"{i}. [{name}] {text[:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
