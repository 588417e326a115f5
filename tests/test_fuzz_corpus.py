"""Mutation fuzz over real articles from ../shared/corpus (issue 9).

Articles from AllSides (AP, Reuters, Bloomberg, CNN, other outlets) and
Reuters-21578 are mutated the way scrapers and feeds damage text: cut, spliced,
duplicated, re-wrapped, re-cased, strewn with quote marks, control characters,
lone surrogates, markup and credit debris. Each mutant must give an article
whose spans are valid, that loses no character and claims none twice, whose
JSON is valid, round-trips and is the same on a second run.

The run is bounded: ``FUZZ_CASES`` cases (default 240) or ``FUZZ_SECONDS``
seconds (default 25) of parsing, whichever comes first; both can be raised
through the environment (``WIREPARSE_FUZZ_CASES``, ``WIREPARSE_FUZZ_SECONDS``,
``WIREPARSE_FUZZ_SEED``) for a longer local run. The cases run in a forked
child, so a hang fails the test with the case that hangs instead of stalling CI.
Every case is reproducible from the seed and its number; a failure names the
source article and the mutations applied.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import multiprocessing.connection
import os
import random
import time
from collections.abc import Sequence

import pytest
from evaluation import corpus

from tests.support import coverage_problems, span_problems
from tests.test_properties import as_json_reads_it
from wireparse import parse_article

FUZZ_CASES = int(os.environ.get("WIREPARSE_FUZZ_CASES", "240"))
FUZZ_SECONDS = float(os.environ.get("WIREPARSE_FUZZ_SECONDS", "25"))
FUZZ_SEED = os.environ.get("WIREPARSE_FUZZ_SEED", "wireparse-fuzz-1")
#: At least this many cases must run, however slow the machine.
MIN_CASES = 40
CASE_TIMEOUT = 60.0

JUNK = (
    '"', "“", "”", "‘", "’", "'", "«", "»", "(", ")", "[", "—", "–", "-", "--", "___",
    "\x00", "\x1b", "\x0c", "\x7f", "\u200b", "\ufeff", "\u202e", "\u0301", "\ud800",
    "\udfff", "😀", "\u00a0", "\t", "\r", "\n", "\n\n", "<p>", "</div>", "&amp;",
    "(AP Photo/", "(AP)", "(Reuters) -", "REUTERS/", "Photographer:", "By ", " said ",
    "Copyright ", "contributed to this report.", "\u2028",
)  # fmt: skip


def _sources() -> list[tuple[str, str]]:
    """(name, text) of the articles to mutate: all of AllSides, 600 Reuters-21578 stories."""
    items = [
        (f"allsides/{name}/{record['ID']}", record["content_original"])
        for name, record in corpus.allsides_all()
    ]
    stories = itertools.islice(corpus.reuters21578(), 600)
    items += [(f"reuters21578/{story.newid}", story.wire_text()) for story in stories]
    return items


def _span(rng: random.Random, text: str, longest: int = 400) -> tuple[int, int]:
    start = rng.randrange(len(text) + 1)
    return start, min(len(text), start + rng.randint(1, longest))


def mutate(rng: random.Random, text: str, other: str) -> tuple[str, list[str]]:
    """Apply 1-4 random damages to ``text``; return it and what was done."""
    done = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(MUTATIONS)
        start, end = _span(rng, text)
        if kind == "insert junk":
            junk = "".join(rng.choice(JUNK) for _ in range(rng.randint(1, 12)))
            text = text[:start] + junk + text[start:]
        elif kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "duplicate":
            text = text[:end] + text[start:end] * rng.randint(1, 20) + text[end:]
        elif kind == "upper":
            text = text[:start] + text[start:end].upper() + text[end:]
        elif kind == "join lines":
            text = text[:start] + " ".join(text[start:end].split()) + text[end:]
        elif kind == "line endings":
            text = text.replace("\n", rng.choice(("\r\n", "\r", "\n\n", "\n \n")))
        elif kind == "shuffle paragraphs":
            paragraphs = text.split("\n\n")
            rng.shuffle(paragraphs)
            text = "\n\n".join(paragraphs)
        elif kind == "splice":
            cut = rng.randrange(len(other) + 1)
            text = text[:start] + other[cut : cut + rng.randint(1, 2000)] + text[start:]
        elif kind == "truncate":
            text = text[:start]
        elif kind == "hard wrap":
            words = text.split(" ")
            lines, line = [], ""
            for word in words:
                if len(line) + len(word) > 68:
                    lines.append(line)
                    line = ""
                line += word + " "
            text = "\n".join([*lines, line])
        elif kind == "quote storm":
            storm = rng.choice(('"', "“", "”", "'")) * rng.randint(1, 500)
            text = text[:start] + storm + text[start:]
        done.append(f"{kind}@{start}")
        if not text:
            break
    return text, done


MUTATIONS = (
    "insert junk", "insert junk", "delete", "duplicate", "upper", "join lines",
    "line endings", "shuffle paragraphs", "splice", "truncate", "hard wrap", "quote storm",
)  # fmt: skip


def check(text: str) -> list[str]:
    """The properties of issue 9 for one input; the problems found."""
    article = parse_article(text)
    problems = span_problems(text, article) + coverage_problems(text, article)
    encoded = article.to_json()
    try:
        encoded.encode("utf-8")
        if json.loads(encoded) != as_json_reads_it(article.to_dict()):
            problems.append("to_json() does not round-trip")
    except (UnicodeEncodeError, ValueError) as exc:
        problems.append(f"to_json() is not valid JSON: {exc}")
    if parse_article(text).to_json() != encoded:
        problems.append("a second run gives different JSON")
    return problems


def _run_cases(connection: multiprocessing.connection.Connection, texts: Sequence[str]) -> None:
    deadline = time.monotonic() + FUZZ_SECONDS
    for index, text in enumerate(texts):
        if index >= MIN_CASES and time.monotonic() > deadline:
            break
        try:
            problems = check(text)
        except Exception as exc:  # the property under test: nothing raises
            problems = [f"raised {type(exc).__name__}: {exc}"]
        connection.send((index, problems))
    connection.send(None)
    connection.close()


@pytest.mark.skipif(corpus.CORPUS is None, reason="../shared/corpus is absent")
def test_mutated_corpus_articles_keep_every_property() -> None:
    sources = _sources()
    cases = []
    for number in range(FUZZ_CASES):
        rng = random.Random(f"{FUZZ_SEED}-{number}")
        name, text = rng.choice(sources)
        mutant, done = mutate(rng, text, rng.choice(sources)[1])
        cases.append((f"case {number} (seed {FUZZ_SEED!r}): {name} after {done}", mutant))

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run_cases, args=(send, [text for _, text in cases]))
    started = time.monotonic()
    child.start()
    send.close()
    failures: list[str] = []
    ran = 0
    try:
        while True:
            if not receive.poll(CASE_TIMEOUT):
                failures.append(f"{cases[ran][0]}: still running after {CASE_TIMEOUT:.0f} s")
                break
            try:
                message = receive.recv()
            except EOFError:
                failures.append(f"{cases[ran][0]}: the process died")
                break
            if message is None:
                break
            index, problems = message
            ran = index + 1
            if problems:
                failures.append(f"{cases[index][0]}: {problems[:3]}")
    finally:
        child.kill()
        child.join()
    elapsed = time.monotonic() - started
    print(f"fuzz: {ran} cases in {elapsed:.1f} s, {len(failures)} failing")
    assert ran >= MIN_CASES or failures
    assert failures == [], "\n".join(failures[:8])
