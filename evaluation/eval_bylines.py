"""Figures for bylines and contributor lines (``python -m evaluation.eval_bylines``).

1. Reuters-21578: every story with an ``<AUTHOR>`` tag is rebuilt as it ran on
   the wire (``ReutersStory.wire_text()``: TITLE, AUTHOR, DATELINE + BODY) and
   parsed with ``parse_article``; the bylines are compared with the names and
   organization read from the tag itself (see ``tag_people``).
2. AllSides AP: the articles with an "Associated Press writer(s) ... contributed"
   line; counts of the names, roles and locations found, and a fixed-seed
   sample of 50 printed for the hand check (``--sample``).
3. AllSides Reuters and Bloomberg, other outlets and the web fixtures: the
   "Reporting by" / "With assistance by" lines found.
4. The seed's four people.

Prints markdown.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
from collections.abc import Iterator

from evaluation.corpus import CORPUS, SEED, allsides, reuters21578
from wireparse import parse_article
from wireparse.bylines import find_contributors
from wireparse.models import Person
from wireparse.text import segment_paragraphs

SAMPLE_SEED = 6
SAMPLE_SIZE = 50

_TAG_BY = re.compile(r"^\s*by\s+", re.I)
_TAG_ORG = re.compile(r",?\s*\b(reuters?\w*)\.?\s*$", re.I)
_TAG_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.I)
_AP_CONTRIBUTED = re.compile(
    r"(Associated Press|AP) (writer|reporter)s?\b[^\n]{0,600}contributed", re.I
)


def _caps(name: str) -> bool:
    """Written in capitals, "TED d'AFFLISIO" included."""
    return re.sub(r"\b[a-z]'", "", name).isupper()


def _capitalize(name: str) -> str:
    words = []
    for word in name.split():
        if len(word) > 2 and word[1] == "'":
            words.append(word[0].upper() + "'" + word[2:].capitalize())
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def tag_people(tag: str, spellings: dict[str, str]) -> list[tuple[str, str | None]]:
    """``(name, organization)`` read from an ``<AUTHOR>`` tag, without wireparse.

    A name written in capitals (or lower case) takes the mixed-case spelling the
    same reporter has in another tag ("TED D'AFFLISIO" -> "Ted D'Afflisio");
    without one, each word is capitalized.
    """
    rest = _TAG_BY.sub("", tag.strip())
    organization = None
    found = _TAG_ORG.search(rest)
    if found:
        word = found.group(1)
        organization = {"reuters": "Reuters", "reuter": "Reuter"}.get(word.lower(), word)
        rest = rest[: found.start()]
    people = []
    for name in _TAG_SPLIT.split(rest.strip()):
        if not name:
            continue
        if _caps(name) or name.islower():
            name = spellings.get(name.lower(), _capitalize(name))
        people.append((name, organization))
    return people


def _mixed_spellings(tags: list[str]) -> dict[str, str]:
    spellings: dict[str, str] = {}
    for tag in tags:
        rest = _TAG_ORG.sub("", _TAG_BY.sub("", tag.strip()))
        for name in _TAG_SPLIT.split(rest.strip()):
            if name and not _caps(name) and not name.islower():
                spellings.setdefault(name.lower(), name)
    return spellings


def reuters_figures() -> None:
    stories = [story for story in reuters21578() if story.author.strip()]
    spellings = _mixed_spellings([story.author for story in stories])
    people = names_ok = orgs_ok = both_ok = stories_ok = 0
    errors = []
    for story in stories:
        gold = tag_people(story.author, spellings)
        article = parse_article(story.wire_text())
        got = [(person.name, person.organization) for person in article.bylines]
        people += len(gold)
        for index, (name, organization) in enumerate(gold):
            found = got[index] if index < len(got) else (None, None)
            names_ok += found[0] == name
            orgs_ok += found[1] == organization
            both_ok += found == (name, organization)
        if got == gold:
            stories_ok += 1
        else:
            errors.append((story.newid, story.author.strip(), got))
    print("### Reuters-21578 `<AUTHOR>` bylines\n")
    print(f"- stories with an `<AUTHOR>` tag: {len(stories)}; people in the tags: {people}")
    print(f"- exact name: {names_ok}/{people} = {names_ok / people:.1%}")
    print(f"- exact organization: {orgs_ok}/{people} = {orgs_ok / people:.1%}")
    print(f"- exact name and organization: {both_ok}/{people} = {both_ok / people:.1%}")
    print(
        f"- stories whose byline list is exactly the tag's: {stories_ok}/{len(stories)}"
        f" = {stories_ok / len(stories):.1%}"
    )
    print("- every difference:")
    for newid, tag, got in errors:
        print(f"  - NEWID {newid}: tag `{tag}` -> {got}")
    print()


def _describe(person: Person) -> str:
    parts = [person.name, person.role or "-", person.organization or "-", person.location or "-"]
    if person.handle:
        parts.append("@" + person.handle)
    return " | ".join(parts)


def _ap_articles() -> Iterator[tuple[str, str]]:
    for record in allsides("associated_press"):
        text = record["content_original"]
        if _AP_CONTRIBUTED.search(text):
            yield record["ID"], text


def ap_figures(show_sample: bool) -> None:
    articles = list(_ap_articles())
    roles: collections.Counter[str] = collections.Counter()
    total = with_location = articles_with_people = 0
    for _id, text in articles:
        article = parse_article(text)
        people = article.contributors
        articles_with_people += bool(people)
        total += len(people)
        with_location += sum(1 for person in people if person.location)
        roles.update(person.role or "-" for person in people)
    print("### AllSides AP contributor lines\n")
    print(
        '- articles with "Associated Press/AP writer(s)/reporter(s) ... contributed": '
        f"{len(articles)}"
    )
    print(f"- articles where contributors were found: {articles_with_people}")
    print(f"- contributors found: {total}, with a location: {with_location}")
    print("- roles: " + ", ".join(f"{role} {count}" for role, count in roles.most_common()))
    print()
    if show_sample:
        sample = random.Random(SAMPLE_SEED).sample(articles, SAMPLE_SIZE)
        for number, (article_id, text) in enumerate(sample, 1):
            article = parse_article(text)
            print(f"#### {number}. {article_id}\n")
            for segment in article.boilerplate:
                if segment.kind in ("byline", "contributors"):
                    print(f"    [{segment.kind}] {segment.text}")
            for tail in [text[u.start : u.end] for u in segment_paragraphs(text)][-6:]:
                if re.search(r"contributed|reported from|Follow", tail):
                    print(f"    [tail] {tail}")
            for person in (*article.bylines, *article.contributors):
                print(f"    - {_describe(person)}")
            print()


def other_figures() -> None:
    print("### Reuters, Bloomberg and other outlets (AllSides), web fixtures\n")
    for name in ("reuters", "bloomberg", "other_outlets_with_wire_datelines", "cnn_sample"):
        records = allsides(name)
        found = collections.Counter()
        articles = 0
        for record in records:
            people = find_contributors(record["content_original"])
            articles += bool(people)
            found.update(person.role or "-" for person in people)
        summary = ", ".join(f"{role} {count}" for role, count in found.most_common())
        print(f"- {name}: {articles}/{len(records)} articles with contributors; roles: {summary}")
    assert CORPUS is not None
    texts = list((CORPUS / "web_extraction_fixtures").rglob("*.txt"))
    benchmark = CORPUS / "web_extraction_fixtures" / "article_extraction_benchmark"
    truth = json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [str(item.get("articleBody", "")) for item in truth.values()]
    found_lines = []
    for body in [path.read_text(encoding="utf-8") for path in texts] + bodies:
        for person in find_contributors(body):
            found_lines.append(_describe(person))
    print(f"- web_extraction_fixtures expected texts: {len(found_lines)} people")
    for line in found_lines:
        print(f"  - {line}")
    print()


def seed_figures() -> None:
    article = parse_article(SEED.read_text(encoding="utf-8"))
    print("### The seed\n")
    for person in (*article.bylines, *article.contributors):
        print(f"- {_describe(person)}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", action="store_true", help="print the AP hand-check sample")
    args = parser.parse_args()
    if CORPUS is None:
        raise SystemExit("../shared/corpus is not here; set WIREPARSE_CORPUS")
    print("## Bylines and contributors (evaluation)\n")
    reuters_figures()
    ap_figures(args.sample)
    other_figures()
    seed_figures()


if __name__ == "__main__":
    main()
