"""Figures for the caption finder on the real corpus (markdown on stdout).

    python -m evaluation.eval_captions            # the figures
    python -m evaluation.eval_captions --sample   # also print the hand-check samples

* AllSides AP, the articles with "(AP Photo": every "(AP Photo" occurrence found
  inside a credit (recall), photographer names against an independent reading of
  the credit, caption dates resolved (``published`` from the record's ``date``),
  dates after publication (impossible), locations found.
* AllSides Reuters, the articles with "REUTERS/": the same figures.
* ``parse_article`` over the same articles: body paragraphs that still hold
  "REUTERS/" or "(AP Photo" (target 0), listed.
* Not a caption: units across all AllSides files that mention "AP Photo",
  "REUTERS/" or "Photo by" but were not taken as captions, listed, so a reader
  can check that each is body text.
* Other forms: Bloomberg "Photographer:" lines, the web-extraction fixtures'
  expected texts and the CNN stories.
* The seed article.

The hand-check sample is 40 random captions of each source (``random.Random(5)``).
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.corpus import (
    CORPUS,
    SEED,
    ag_news,
    allsides,
    allsides_all,
    cnn_stories,
    ggt_records,
    polnear_wire,
    reuters21578,
)
from wireparse import parse_article
from wireparse.captions import find_captions
from wireparse.models import Caption
from wireparse.text import segment_paragraphs

SAMPLE_SIZE = 40
SAMPLE_SEED = 5
_MARKERS = {"file", "fle", "files", "file photo", "file photos", "file picture", "pool", "handout"}


def published_of(record: dict[str, Any]) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(record.get("date", ""))[:10])
    except ValueError:
        return None


def expected_photographers(credit: str, needle: str) -> tuple[str, ...] | None:
    """An independent, deliberately simple reading of the two standard credit forms.

    "(AP Photo/J. Scott Applewhite, File)" -> ("J. Scott Applewhite",);
    "REUTERS/Daniel Acker/File Photo" -> ("Daniel Acker",). Other forms: ``None``.
    """
    if needle == "(AP Photo":
        match = re.fullmatch(r"\(AP Photo(?:/\s*(.*?))?\s*\)", credit.strip())
        if match is None:
            return None
        inner = match.group(1) or ""
        names = [n.strip() for n in re.split(r",|\band\b", inner) if n.strip()]
    else:
        match = re.fullmatch(r"REUTERS/\s*([^/]*?)\s*(?:-\s*RC\w+)?\s*(?:/.*)?", credit.strip())
        if match is None:
            return None
        names = [n.strip() for n in re.split(r",|\band\b", match.group(1)) if n.strip()]
    names = [n.rstrip(" -?.") for n in names if n.lower() not in _MARKERS]
    return tuple(n for n in names if n and n.lower() not in ("stringer", "file photo"))


@dataclass
class SourceFigures:
    name: str
    articles: int = 0
    occurrences: int = 0
    found: int = 0
    captions: int = 0
    duplicates: int = 0
    dated: int = 0
    after_publication: int = 0
    located: int = 0
    checked_names: int = 0
    right_names: int = 0


def evaluate_source(
    records: Sequence[dict[str, Any]], needle: str, label: str
) -> tuple[SourceFigures, list[tuple[str, Caption]], list[str], list[str]]:
    figures = SourceFigures(label)
    captions: list[tuple[str, Caption]] = []
    misses: list[str] = []
    wrong_names: list[str] = []
    for record in records:
        text = record["content_original"]
        if needle not in text:
            continue
        figures.articles += 1
        published = published_of(record)
        found = find_captions(text, published=published)
        credit_spans = [c.credit.span for c in found if c.credit is not None]
        for match in re.finditer(re.escape(needle), text):
            figures.occurrences += 1
            if any(s.start <= match.start() < s.end for s in credit_spans):
                figures.found += 1
            else:
                misses.append(
                    f"{record['ID']}: {text[max(0, match.start() - 80) : match.end() + 60]!r}"
                )
        for caption in found:
            figures.captions += 1
            if caption.duplicate:
                figures.duplicates += 1
                continue
            captions.append((record["ID"], caption))
            if caption.date is not None:
                figures.dated += 1
                if published is not None and caption.date > published + datetime.timedelta(days=1):
                    figures.after_publication += 1
            if caption.location is not None:
                figures.located += 1
            if caption.credit is None or needle not in caption.credit.text:
                continue
            expected = expected_photographers(caption.credit.text, needle)
            if expected is None:
                continue
            figures.checked_names += 1
            if expected == caption.credit.photographers:
                figures.right_names += 1
            else:
                wrong_names.append(
                    f"{caption.credit.text!r}: got {caption.credit.photographers}, "
                    f"expected {expected}"
                )
    return figures, captions, misses, wrong_names


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def source_table(figures: Sequence[SourceFigures]) -> list[str]:
    lines = [
        "| figure | " + " | ".join(f.name for f in figures) + " |",
        "|---|" + "---|" * len(figures),
    ]
    rows = [
        ("articles with the credit", lambda f: str(f.articles)),
        (
            "credit recall (every occurrence inside a found credit)",
            lambda f: pct(f.found, f.occurrences),
        ),
        (
            "captions found (of them repeats marked duplicate)",
            lambda f: f"{f.captions} ({f.duplicates})",
        ),
        (
            "photographer names equal to a simple independent reading",
            lambda f: pct(f.right_names, f.checked_names),
        ),
        (
            "caption dates resolved (distinct captions)",
            lambda f: pct(f.dated, f.captions - f.duplicates),
        ),
        ("dates later than publication + 1 day", lambda f: str(f.after_publication)),
        (
            "locations found (distinct captions)",
            lambda f: pct(f.located, f.captions - f.duplicates),
        ),
    ]
    for title, value in rows:
        lines.append(f"| {title} | " + " | ".join(value(f) for f in figures) + " |")
    return lines


def body_leaks(records: Iterable[dict[str, Any]]) -> tuple[int, int, list[str]]:
    articles = paragraphs = 0
    leaks: list[str] = []
    for record in records:
        text = record["content_original"]
        if "REUTERS/" not in text and "(AP Photo" not in text:
            continue
        articles += 1
        article = parse_article(text, published=published_of(record))
        for paragraph in article.paragraphs:
            paragraphs += 1
            if "REUTERS/" in paragraph.text or "(AP Photo" in paragraph.text:
                leaks.append(f"{record['ID']}: {paragraph.text[:160]!r}")
    return articles, paragraphs, leaks


_MENTION = re.compile(r"AP Photo|REUTERS/|Photo by|Photographer:")


def mentions_not_taken() -> tuple[int, list[str]]:
    """Units mentioning a credit word that were not taken as captions."""
    units_seen = 0
    left: list[str] = []
    for name, record in allsides_all():
        text = record["content_original"]
        if not _MENTION.search(text):
            continue
        spans = [c.span for c in find_captions(text, published=published_of(record))]
        for unit in segment_paragraphs(text):
            unit_text = text[unit.start : unit.end]
            if not _MENTION.search(unit_text):
                continue
            units_seen += 1
            if not any(s.start < unit.end and unit.start < s.end for s in spans):
                left.append(f"{name} {record['ID']}: {unit_text[:200]!r}")
    return units_seen, left


def other_forms() -> list[str]:
    lines: list[str] = []
    bloomberg = allsides("bloomberg")
    occurrences = found = 0
    kinds: Counter[str] = Counter()
    for record in bloomberg:
        text = record["content_original"]
        found_captions = find_captions(text, published=published_of(record))
        spans = [c.credit.span for c in found_captions if c.credit is not None]
        for caption in found_captions:
            if caption.credit is not None:
                kinds[caption.credit.agency or "-"] += 1
        for match in re.finditer("Photographer:", text):
            occurrences += 1
            found += any(s.start <= match.start() < s.end for s in spans)
    lines.append(
        f'- AllSides Bloomberg: "Photographer:" credits found {pct(found, occurrences)}; '
        f"credit agencies {dict(kinds.most_common())}."
    )
    assert CORPUS is not None
    fixtures = CORPUS / "web_extraction_fixtures"
    texts = sorted(fixtures.glob("*/txt/*.txt")) + sorted(fixtures.glob("*/text/*.txt"))
    fixture_captions = [
        (path, caption) for path in texts for caption in find_captions(path.read_text("utf-8"))
    ]
    lines.append(
        f"- Web-extraction fixtures, {len(texts)} expected texts: "
        f"{len(fixture_captions)} captions: "
        + "; ".join(
            f"{path.parent.parent.name}/{path.name}: {c.text[:70]!r}"
            for path, c in fixture_captions
        )
    )
    stories = cnn_stories()
    story_captions = [(n, c) for n, t in stories for c in find_captions(t)]
    lines.append(
        f"- CNN stories ({len(stories)}): {len(story_captions)} captions"
        + (": " + "; ".join(repr(c.text[:70]) for _, c in story_captions) if story_captions else "")
    )
    return lines


def other_corpora() -> list[str]:
    """Captions found in the corpora of plain wire text, each listed for checking."""
    lines: list[str] = []
    stories = [s.wire_text() for s in reuters21578()]
    count = sum(len(find_captions(text)) for text in stories)
    lines.append(f"- Reuters-21578 ({len(stories)} stories, no photos): {count} captions.")
    docs = [d.text for split in ("train", "dev", "test") for d in polnear_wire(split)]
    count = sum(len(find_captions(text)) for text in docs)
    lines.append(f"- PolNeAR wire ({len(docs)} articles, no photos): {count} captions.")
    for label, texts in (
        ("Gender Gap Tracker raw texts", [r["rawtext"] for r in ggt_records() if r["rawtext"]]),
        ("AG News (title + description)", [f"{t}\n\n{d}" for _, t, d in ag_news()]),
    ):
        found = [c for text in texts for c in find_captions(text)]
        lines.append(f"- {label} ({len(texts)} texts): {len(found)} captions:")
        lines.extend(
            f"  - credit {c.credit.text if c.credit else None!r} <- {c.text[-90:]!r}" for c in found
        )
    return lines


def seed_line() -> str:
    text = Path(SEED).read_text("utf-8")
    captions = find_captions(text)
    parts = [
        f"{len(captions)} caption(s)",
        *(
            f"date {c.date}, location {c.location!r}, "
            f"agency {c.credit.agency if c.credit else None!r}, "
            f"photographers {c.credit.photographers if c.credit else ()}"
            for c in captions
        ),
    ]
    return "- Seed: " + "; ".join(parts)


def print_sample(label: str, captions: Sequence[tuple[str, Caption]]) -> None:
    rng = random.Random(SAMPLE_SEED)
    sample = rng.sample(list(captions), min(SAMPLE_SIZE, len(captions)))
    print(f"\n### Hand-check sample: {label} ({len(sample)} captions, seed {SAMPLE_SEED})\n")
    for number, (record_id, caption) in enumerate(sample, 1):
        credit = caption.credit
        print(f"{number}. `{record_id}` date={caption.date} location={caption.location!r}")
        if credit is not None:
            print(
                f"   credit={credit.text!r} agency={credit.agency!r} "
                f"photographers={credit.photographers} file={credit.file_photo} "
                f"pool={credit.pool} handout={credit.handout} org={credit.organization!r} "
                f"via={credit.via!r}"
            )
        print(f"   {caption.description[:300]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", action="store_true", help="print the hand-check samples")
    args = parser.parse_args(argv)
    if CORPUS is None:
        print("../shared/corpus not found; set WIREPARSE_CORPUS", file=sys.stderr)
        return 1
    ap_records = allsides("associated_press")
    reuters_records = allsides("reuters")
    ap, ap_captions, ap_misses, ap_wrong = evaluate_source(ap_records, "(AP Photo", "AllSides AP")
    rt, rt_captions, rt_misses, rt_wrong = evaluate_source(
        reuters_records, "REUTERS/", "AllSides Reuters"
    )
    print("## Captions\n")
    print(
        "Command: `python -m evaluation.eval_captions` (add `--sample` for the hand-check lists)\n"
    )
    print("\n".join(source_table([ap, rt])))
    for label, misses in (("AP", ap_misses), ("Reuters", rt_misses)):
        if misses:
            print(f"\nMissed {label} credits:\n" + "\n".join(f"- {m}" for m in misses))
    for label, wrong in (("AP", ap_wrong), ("Reuters", rt_wrong)):
        if wrong:
            print(f"\n{label} names that differ from the simple reading:")
            print("\n".join(f"- {w}" for w in wrong))

    articles, paragraphs, leaks = body_leaks([*ap_records, *reuters_records])
    print(
        f"\nBody leaks: `parse_article` over the {articles} AP and Reuters articles with a credit: "
        f'{len(leaks)} of {paragraphs} body paragraphs still hold "REUTERS/" or "(AP Photo".'
    )
    print("\n".join(f"- {leak}" for leak in leaks))

    seen, left = mentions_not_taken()
    print(
        f"\nNot taken as captions: {len(left)} of {seen} units in all AllSides files that mention "
        '"AP Photo", "REUTERS/", "Photo by" or "Photographer:":'
    )
    print("\n".join(f"- {item}" for item in left))
    print("\nOther credit forms:\n")
    print("\n".join(other_forms()))
    print("\n".join(other_corpora()))
    print(seed_line())
    if args.sample:
        print_sample("AllSides AP", ap_captions)
        print_sample("AllSides Reuters", rt_captions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
