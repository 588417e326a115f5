"""Dateline figures on the real corpus: ``python -m evaluation.eval_dateline``.

Prints markdown:

- Reuters-21578: every story with a ``<DATELINE>`` tag is rebuilt as it ran on the
  wire (TITLE, AUTHOR, DATELINE + BODY, see ``ReutersStory.wire_text``) and parsed
  with ``parse_article``; the parsed city and date_text are compared with the tag.
  ``parse_dateline`` is also run directly on DATELINE + BODY. Then every story is
  parsed again without its dateline: any dateline found is a false one.
- Bloomberg (AllSides), which has no datelines: any dateline found is false.
- Gender Gap Tracker: the datelines found are listed for a hand check (its agency
  copy keeps real tag-stripped datelines such as "OTTAWA —").
- AG News leads, both ways: leads that open with an agency tag or credit must give a
  dateline; leads that open with neither are listed when one is found.
- AllSides: articles whose opening paragraphs carry an agency tag ("(AP)",
  "(Reuters)", ...) but where ``parse_article`` found no dateline.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
from collections.abc import Iterable
from typing import Any

from evaluation.corpus import ag_news, allsides, allsides_all, ggt_records, reuters21578
from wireparse import parse_article
from wireparse._dates import DATE_PATTERN
from wireparse._lexicon.places import fold
from wireparse.dateline import parse_dateline
from wireparse.models import Dateline

SEED = 4
# The date in a Reuters-21578 tag: the last comma part before the dash ("Feb 26", "Mach 4",
# "March 2O" and "April l" with a letter for a digit, "2 March" with the day first).
_TAG_DATE = re.compile(
    r"(?:,|^|\s)\s*(?P<date>(?:[A-Za-z]{3,9}\.?\s{1,3}(?:\d{1,3}|\d[Ol]|[Ol]\d?)"
    r"|\d{1,2}\s{1,3}[A-Z][a-z]{2,8})(?:,\s*\d{4})?)"
    r"(?:,\s*Reuters?)?,?\s*-+$"
)
_WEEKDAY = re.compile(r"(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$")
_TAGS = r"AP|Reuters|REUTERS|AFP|UPI|Bloomberg|CNN|Xinhua|CP"
# An agency tag near the start of a line: "EL PASO, Texas (AP) —", "(CNN)The".
_OPENING_TAG = re.compile(rf"(?m)^[ \t]*[^\n()]{{0,70}}\((?:{_TAGS})\)")
_OPENING_PARAGRAPHS = 6
# An AG News lead that opens with a tag or an agency credit ("AP - ", "Reuters - ").
_AG_TAGGED = re.compile(
    rf"^\s*(?:[^\n()]{{0,70}}\((?:{_TAGS}|Sports Network|CBS\.MW)\)|(?:AP|AFP|Reuters)\s+-\s)"
)


def expected_from_tag(tag: str) -> tuple[str | None, str | None]:
    """The city and the date text that a Reuters-21578 ``<DATELINE>`` tag gives.

    The city is the text before the first comma (or before the date or the dash);
    a tag that opens with a date or holds digits there ("MAR8  --", "us  7.8015 -")
    names no city. The date is the month and day as written, typos included
    ("Mach 4").
    """
    clean = " ".join(tag.split()).lstrip("*").strip()
    date = _TAG_DATE.search(clean) or DATE_PATTERN.search(clean)
    date_text = date.group("date") if date is not None and "date" in date.groupdict() else None
    if date is not None and date_text is None:
        date_text = date.group()
    head = clean.split(",", 1)[0] if "," in clean else clean
    if date is not None and "," not in clean:
        head = clean[: date.start()]
    head = re.sub(r"\s*-+\s*$", "", head).strip()
    city: str | None = head
    if not head or re.search(r"\d", head) or DATE_PATTERN.match(head) or _WEEKDAY.match(head):
        city = None
    return city, date_text


def same_place(parsed: str | None, expected: str | None) -> bool:
    if parsed is None or expected is None:
        return parsed is expected
    return fold(parsed) == fold(expected)


def same_text(parsed: str | None, expected: str | None) -> bool:
    if parsed is None or expected is None:
        return parsed is expected
    return " ".join(parsed.split()) == " ".join(expected.split())


def _shape(text: str) -> str:
    shape = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", text)))
    return " ".join(shape.split())


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}%" if whole else "n/a"


def _snippet(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return (flat[:limit] + "…") if len(flat) > limit else flat


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'")


def reuters_figures(limit: int | None) -> list[str]:
    stories = [s for s in reuters21578() if s.dateline.strip() and s.body.strip()]
    if limit:
        stories = stories[:limit]
    total = len(stories)
    direct_city = direct_date = article_city = article_date = 0
    placed = placed_city = 0
    misses: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    false_article = false_direct = 0
    false_examples: list[str] = []
    for story in stories:
        city, date_text = expected_from_tag(story.dateline)
        direct = parse_dateline(story.dateline.strip() + " " + story.body.lstrip())
        article = parse_article(story.wire_text()).dateline
        direct_city += same_place(_city(direct), city)
        direct_date += same_text(_date_text(direct), date_text)
        ok_city = same_place(_city(article), city)
        article_city += ok_city
        article_date += same_text(_date_text(article), date_text)
        if city is not None:
            placed += 1
            placed_city += ok_city
        if not ok_city:
            pattern = _miss_pattern(story.dateline, article, city)
            misses[pattern] += 1
            if len(examples[pattern]) < 3:
                got = "none" if article is None else f"{article.text!r} → {article.city!r}"
                examples[pattern].append(f"`{_md(' '.join(story.dateline.split()))}` ({got})")
        without = story.wire_text(with_dateline=False)
        found = parse_article(without).dateline
        if found is not None:
            false_article += 1
            if len(false_examples) < 10:
                false_examples.append(f"`{_md(found.text)}` in {_md(_snippet(without))!r}")
        false_direct += parse_dateline(story.body) is not None
    lines = [
        "### Reuters-21578",
        "",
        f"{total:,} stories with a `<DATELINE>` tag and a body.",
        "",
        "| measure | via `parse_article(wire_text())` | `parse_dateline` on DATELINE + BODY |",
        "|---|---|---|",
        f"| city = tag city | {_pct(article_city, total)} ({article_city:,}) "
        f"| {_pct(direct_city, total)} ({direct_city:,}) |",
        f"| date_text = tag date | {_pct(article_date, total)} ({article_date:,}) "
        f"| {_pct(direct_date, total)} ({direct_date:,}) |",
        "",
        f"City accuracy on the {placed:,} tags that name a place (not a table heading "
        f"such as `MAR8 --` or a date alone): {_pct(placed_city, placed)}.",
        "",
        "False datelines with the dateline removed (TITLE, AUTHOR, BODY): "
        f"{false_article} of {total:,} ({_pct(false_article, total)}) via `parse_article`, "
        f"{false_direct} ({_pct(false_direct, total)}) with `parse_dateline` on the body alone.",
        "",
    ]
    if false_examples:
        lines += ["False datelines:", ""]
        lines += [f"- {item}" for item in false_examples]
        lines.append("")
    lines += ["Residual city misses by pattern (tag shape, what happened):", ""]
    lines += ["| misses | pattern | examples (tag, parsed) |", "|---|---|---|"]
    for pattern, count in misses.most_common():
        lines.append(f"| {count} | {_md(pattern)} | {'; '.join(examples[pattern])} |")
    lines.append("")
    return lines


def _city(dateline: Dateline | None) -> str | None:
    return dateline.city if dateline is not None else None


def _date_text(dateline: Dateline | None) -> str | None:
    return dateline.date_text if dateline is not None else None


def _miss_pattern(tag: str, found: Dateline | None, city: str | None) -> str:
    clean = " ".join(tag.split())
    if city is None:
        return f"tag names no place, parser found {'one' if found else 'none'}"
    if found is None:
        return f"not found: {_shape(clean)}"
    if found.city is None:
        return "found without a city"
    return f"other city: {_shape(clean)}"


def false_on(name: str, texts: Iterable[str]) -> list[str]:
    found: list[str] = []
    count = 0
    for text in texts:
        count += 1
        dateline = parse_article(text).dateline
        if dateline is not None:
            where = _md(_snippet(text[dateline.span.start :]))
            found.append(f"`{_md(dateline.text)}` in {where!r}")
    lines = [f"{name}: {len(found)} datelines found in {count} articles."]
    lines += [f"- {item}" for item in found[:15]]
    return lines


def ggt_figures() -> list[str]:
    lines = ["### Gender Gap Tracker", ""]
    found: list[tuple[str, str, Dateline]] = []
    total = 0
    for row in ggt_records():
        text = row.get("rawtext")
        if not text:
            continue
        total += 1
        dateline = parse_article(text).dateline
        if dateline is not None:
            found.append((row["outlet"], text, dateline))
    lines.append(f"{len(found)} datelines found in {total} articles (listed for a hand check):")
    lines.append("")
    for outlet, text, dateline in found:
        after = _snippet(text[dateline.span.end :], 50)
        lines.append(f"- {_md(outlet)}: `{_md(dateline.text)}` → {_md(after)!r}")
    lines.append("")
    return lines


def ag_figures() -> list[str]:
    rows = ag_news()
    tagged = tagged_found = 0
    untagged_found: list[str] = []
    missed: dict[str, list[str]] = collections.defaultdict(list)
    for _cls, _title, lead in rows:
        dateline = parse_dateline(lead)
        if _AG_TAGGED.match(lead):
            tagged += 1
            if dateline is not None:
                tagged_found += 1
            else:
                missed[_ag_miss_pattern(lead)].append(_md(_snippet(lead, 80)))
        elif dateline is not None:
            untagged_found.append(f"`{_md(dateline.text)}` in {_md(_snippet(lead, 80))!r}")
    lines = [
        "### AG News leads",
        "",
        f"{len(rows):,} leads. {tagged:,} open with an agency tag or credit; a dateline was found "
        f"in {tagged_found:,} ({_pct(tagged_found, tagged)}).",
        "",
    ]
    if missed:
        lines += ["Tagged leads without a dateline, by pattern:", ""]
        for pattern, items in sorted(missed.items(), key=lambda kv: -len(kv[1])):
            shown = "; ".join(repr(item) for item in items[:2])
            lines.append(f"- {pattern}: {len(items)}, e.g. {shown}")
        lines.append("")
    lines.append(
        f"Leads without a tag or credit where a dateline was found: {len(untagged_found):,} "
        f'(tag-stripped datelines such as "NEW YORK - "; a sample of 25, seed {SEED}, '
        "is listed for a hand check):"
    )
    lines.append("")
    sample = random.Random(SEED).sample(untagged_found, min(25, len(untagged_found)))
    lines += [f"- {item}" for item in sample]
    lines.append("")
    return lines


def _ag_miss_pattern(lead: str) -> str:
    stripped = lead.lstrip()
    if stripped.startswith("By "):
        return 'byline run into the lead before the dateline ("By NAME    CITY (AP) --")'
    if stripped.startswith("&lt;"):
        return "escaped HTML before the dateline"
    return "other"


def allsides_figures() -> list[str]:
    per_file: collections.Counter[str] = collections.Counter()
    tagged_per_file: collections.Counter[str] = collections.Counter()
    found_per_file: collections.Counter[str] = collections.Counter()
    misses: list[str] = []
    wires: collections.Counter[str | None] = collections.Counter()
    for name, record in allsides_all():
        text: str = record.get("content_original") or ""
        per_file[name] += 1
        article = parse_article(text)
        if article.dateline is not None:
            found_per_file[name] += 1
            wires[article.dateline.wire] += 1
        opening = "\n".join(
            part for part in re.split(r"\n\s*\n", text)[:_OPENING_PARAGRAPHS] if part.strip()
        )
        if not _OPENING_TAG.search(opening):
            continue
        tagged_per_file[name] += 1
        if article.dateline is None:
            match = _OPENING_TAG.search(opening)
            assert match is not None
            misses.append(f"{name} {record.get('ID')}: {_md(_snippet(match.group(), 80))!r}")
    lines = [
        "### AllSides",
        "",
        "| file | articles | opening carries an agency tag | dateline found (any) |",
        "|---|---|---|---|",
    ]
    for name in per_file:
        lines.append(
            f"| {name} | {per_file[name]} | {tagged_per_file[name]} | {found_per_file[name]} |"
        )
    total_tagged = sum(tagged_per_file.values())
    lines += [
        "",
        f"Misses (agency tag in the opening, no dateline found): {len(misses)} of {total_tagged}.",
        "",
    ]
    lines += [f"- {m}" for m in misses[:20]]
    lines += [
        "",
        "Wire of the datelines found: "
        + ", ".join(f"{wire}: {count}" for wire, count in wires.most_common()),
        "",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N Reuters stories")
    args = parser.parse_args(argv)
    out: list[str] = ["## Datelines", ""]
    out += reuters_figures(args.limit)
    out += ["### Corpus copy without datelines", ""]
    bloomberg: list[dict[str, Any]] = allsides("bloomberg")
    out += false_on("Bloomberg (AllSides)", (r.get("content_original") or "" for r in bloomberg))
    out.append("")
    out += ggt_figures()
    out += ag_figures()
    out += allsides_figures()
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
