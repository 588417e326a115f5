"""Figures for boilerplate stripping, lossless segmentation and headline detection.

Run from the repository root::

    python -m evaluation.eval_boilerplate            # the figures, as markdown
    python -m evaluation.eval_boilerplate --sample   # plus the hand-check samples
    python -m evaluation.eval_boilerplate --discover # repeated short paragraphs

Reads ../shared/corpus (see evaluation/corpus.py). The samples use a fixed seed
so that the hand check in docs/accuracy.md can be repeated.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter

from tests.support import coverage_problems, span_problems

from evaluation.corpus import (
    ALLSIDES_FILES,
    CORPUS,
    SEED,
    allsides,
    cnn_stories,
    ggt_records,
    polnear_wire,
    reuters21578,
)
from wireparse import parse_article
from wireparse.boilerplate import find_boilerplate
from wireparse.headline import find_headline

SAMPLE_SEED = 3
SAMPLE_SIZE = 50
SEED_FIRST = "Pakistan launched airstrikes"
SEED_LAST = "escalation of tensions.”"
SEED_PARAGRAPHS = 29


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
    args = parser.parse_args(argv)
    if CORPUS is None:
        print("../shared/corpus is absent; nothing to evaluate", file=sys.stderr)
        return 1
    if args.discover:
        discover()
        return 0
    lines = ["## Boilerplate and headline", ""]
    lines += ["Command: `python -m evaluation.eval_boilerplate`", ""]
    lines += seed_figures()
    allsides_lines, removed, body = allsides_figures()
    lines += allsides_lines
    lines += sign_off_figures()
    lines += headline_figures()
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
