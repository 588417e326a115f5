"""Speed, scaling and memory benchmark of every wireparse parser (issue 8).

Run from the repository root::

    python benchmarks/bench.py            # full run, about 10 minutes on 2 cores
    python benchmarks/bench.py --quick    # a smaller run: 30 s on this machine

It prints markdown tables (paste them into ``docs/performance.md``):

* real articles: the seed, AllSides AP and Reuters, and all 21,578 Reuters-21578
  stories (``ReutersStory.wire_text()``): median time per article and articles
  per second for each parser and ``parse_article``; the figures are medians over
  ``--runs`` runs made one after the other in this process;
* scaling: real AllSides articles concatenated to 1 KB, 16 KB, 256 KB, 1 MB and
  4 MB, and the ratio time(4 MB) / time(1 MB) (4.0 is linear);
* adversarial inputs (100,000 quote marks, 1 MB without a newline, 50,000
  ALL-CAPS words, a 1 MB paragraph of "(AP Photo/", runs of dashes and
  parentheses), each run in a forked child with a time limit so that a hang is
  reported, not suffered;
* peak memory of ``parse_article`` (tracemalloc) against the target
  10 x input + 50 MB;
* the batch CLI: a generated JSON-lines file of 100,000 small records through
  ``wireparse --input-jsonl --jobs 2``, sampling the parent's resident memory
  as the output streams, to show that it stays flat.

The corpus is read from ``../shared/corpus`` (``evaluation.corpus``); the
sections that need it are skipped when it is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import itertools
import json
import multiprocessing
import multiprocessing.connection
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from evaluation import corpus  # noqa: E402

from wireparse import parse_article  # noqa: E402
from wireparse.boilerplate import find_boilerplate  # noqa: E402
from wireparse.bylines import find_bylines, find_contributors  # noqa: E402
from wireparse.captions import find_captions  # noqa: E402
from wireparse.dateline import parse_dateline  # noqa: E402
from wireparse.headline import find_headline  # noqa: E402
from wireparse.models import Span  # noqa: E402
from wireparse.quotes import find_quotes  # noqa: E402
from wireparse.quotes import tokens as quotes_tokens  # noqa: E402
from wireparse.quotes import words as quotes_words  # noqa: E402
from wireparse.text import segment_paragraphs  # noqa: E402

KB = 1024
MB = 1024 * KB

#: Every public entry point, called as the pipeline would see a whole article.
FUNCTIONS: dict[str, Callable[[str], object]] = {
    "segment_paragraphs": segment_paragraphs,
    "find_captions": find_captions,
    "find_boilerplate": find_boilerplate,
    "find_bylines": find_bylines,
    "find_contributors": find_contributors,
    "find_headline": find_headline,
    "parse_dateline": parse_dateline,
    "find_quotes": find_quotes,
    "parse_article": parse_article,
    # what reported speech (off by default) costs when it is switched on
    "find_quotes(indirect=True)": functools.partial(find_quotes, indirect=True),
    "parse_article(indirect=True)": functools.partial(parse_article, indirect=True),
}

#: The clock of every timing but the batch CLI's: CPU time of this process by
#: default (``--clock cpu``), which a machine shared with other jobs disturbs far
#: less than wall time; ``--clock wall`` uses ``time.perf_counter``.
CLOCK: Callable[[], float] = time.process_time

#: Seconds a single call may take on an adversarial or synthetic input before
#: the child running it is killed and the cell reads "TIMEOUT".
GUARD_SECONDS = 60.0


# --------------------------------------------------------------------------- inputs


def seed_texts() -> list[str]:
    for path in (corpus.SEED, Path("/work/shared/seeds/000_99b82fce305eb454.txt")):
        if path.is_file():
            return [path.read_text(encoding="utf-8")]
    return []


def allsides_texts(name: str) -> list[str]:
    return [record["content_original"] for record in corpus.allsides(name)]


def reuters_texts(limit: int | None = None) -> list[str]:
    stories = itertools.islice(corpus.reuters21578(), limit)
    return [story.wire_text() for story in stories]


def concatenated(texts: Sequence[str], size: int) -> str:
    """Real articles joined by blank lines until ``size`` characters, then cut there."""
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        text = texts[index % len(texts)]
        parts.append(text)
        length += len(text) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def adversarial_inputs(sample: str) -> dict[str, str]:
    """The pathological inputs named in issue 8 (plus a few of the same family)."""
    one_line = " ".join(sample.split())
    caps = " ".join(f"WORD{chr(65 + i % 26)}" if i % 7 else "SENATE" for i in range(50_000))
    return {
        '100,000 quote marks (")': '"' * 100_000,
        "100,000 curly quotes (“”‘’)": "“”‘’" * 25_000,
        "1 MB with no newline": (one_line * (MB // max(len(one_line), 1) + 1))[:MB],
        "50,000 ALL-CAPS words": caps,
        '1 MB paragraph of "(AP Photo/"': ("(AP Photo/" * (MB // 10 + 1))[:MB],
        "1 MB of dashes (-)": "-" * MB,
        "1 MB of em dashes (—)": "—" * MB,
        "1 MB of ( and )": ("(" * 1000 + ")" * 1000) * (MB // 2000),
        "1 MB of unclosed (": "(" * MB,
        "1 MB of dash lines (---\\n)": ("---\n" * (MB // 4))[:MB],
    }


# --------------------------------------------------------------------------- timing


def fresh(text: str) -> str:
    """A new string object equal to ``text``: each timed call gets its own input.

    wireparse keeps nothing keyed on a string, but a caller's equal copies are what a
    batch sees, so the benchmark times those.
    """
    return (text + " ")[:-1]


def time_articles(function: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float]:
    """(median seconds per article, total seconds) for one pass over ``texts``."""
    clock = CLOCK
    times = []
    for text in texts:
        text = fresh(text)
        start = clock()
        function(text)
        times.append(clock() - start)
    return statistics.median(times), sum(times)


def _guarded_child(
    connection: multiprocessing.connection.Connection,
    names: Sequence[str],
    text: str,
    repeats: int,
) -> None:
    # The parent's objects (the corpus read for the other sections) go to the permanent
    # generation, so the garbage collector walks only what the timed calls allocate,
    # as in a process that parses one input; otherwise a heap the parser never made
    # is charged to every collection the call triggers.
    gc.freeze()
    for name in names:
        function = FUNCTIONS[name]
        times = []
        for _ in range(repeats):
            copy = fresh(text)
            start = CLOCK()
            function(copy)
            times.append(CLOCK() - start)
        connection.send((name, statistics.median(times)))
    connection.close()


def time_guarded(
    names: Sequence[str], text: str, repeats: int, limit: float = GUARD_SECONDS
) -> dict[str, float | None]:
    """Median seconds per call of each function on ``text``, in a forked child.

    A function still running after ``limit`` seconds gets ``None`` (and so do the
    ones after it): the child is killed, so a catastrophic regex cannot stall
    the benchmark.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_guarded_child, args=(send, names, text, repeats))
    child.start()
    send.close()
    results: dict[str, float | None] = dict.fromkeys(names)
    for _ in names:
        if not receive.poll(limit * repeats):
            break
        try:
            name, seconds = receive.recv()
        except EOFError:  # the child died (crash, out of memory)
            break
        results[name] = seconds
    child.kill()
    child.join()
    return results


def peak_memory(text: str) -> int:
    """Peak bytes allocated by ``parse_article(text)`` (tracemalloc)."""
    text = fresh(text)
    tracemalloc.start()
    try:
        parse_article(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --------------------------------------------------------------------------- output


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "TIMEOUT"
    return f"{seconds * 1000:.3f}" if seconds < 0.01 else f"{seconds * 1000:.1f}"


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "inf"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def say(text: str = "") -> None:
    print(text, flush=True)


# --------------------------------------------------------------------------- sections


def bench_datasets(datasets: dict[str, list[str]], runs: int) -> None:
    say("## Real articles\n")
    say(
        f"Median over {runs} runs of: the median time per article (ms) and the"
        " throughput (articles/s = articles / total time of the pass).\n"
    )
    for label, texts in datasets.items():
        if not texts:
            say(f"*{label}: not available (corpus absent)*\n")
            continue
        size = statistics.median(len(text) for text in texts)
        total_chars = sum(len(text) for text in texts)
        rows = []
        for name, function in FUNCTIONS.items():
            medians, totals = [], []
            for _ in range(runs):
                median, total = time_articles(function, texts)
                medians.append(median)
                totals.append(total)
            total = statistics.median(totals)
            rows.append(
                [
                    f"`{name}`",
                    ms(statistics.median(medians)),
                    rate(len(texts), total),
                    f"{total:.2f}",
                    f"{total_chars / MB / total:.1f}" if total else "inf",
                ]
            )
        say(f"### {label}: {len(texts):,} articles, median {size:,.0f} chars\n")
        say(table(["function", "median ms/article", "articles/s", "total s", "MB/s"], rows))
        say()


def _count_calls(function: Callable[[str], object], text: str) -> tuple[int, int, int]:
    """Calls made by ``function(text)``: Python-level, C-level, and of compiled patterns."""
    counts = {"call": 0, "c_call": 0, "pattern": 0}
    pattern_type = type(regex.compile(""))

    def profile(_frame: object, event: str, arg: object) -> None:
        if event in counts:
            counts[event] += 1
            if event == "c_call" and isinstance(getattr(arg, "__self__", None), pattern_type):
                counts["pattern"] += 1

    sys.setprofile(profile)
    try:
        function(text)
    finally:
        sys.setprofile(None)
    # less the call of setprofile itself
    return counts["call"], counts["c_call"] - 1, counts["pattern"]


def bench_budget(texts: Sequence[str], runs: int) -> None:
    """What a 1 ms budget per article buys: primitive costs and the calls of the pipeline."""
    say("## Budget: what one AP article costs at the least\n")
    say(
        "Median over the articles (and over the runs) of single operations on the whole"
        " text, next to the number of calls `parse_article` makes per article"
        " (counted with `sys.setprofile`) and what that many empty Python calls cost.\n"
    )
    words_of = [len(text.split()) for text in texts]
    word_re = regex.compile(r"\w+")
    cues = regex.compile(r"\b(?:said|says|told|according|added)\b", regex.IGNORECASE)

    def empty(_word: str) -> None:
        return None

    operations: dict[str, Callable[[str], object]] = {
        "`str.lower()`": str.lower,
        "`str.split()`": str.split,
        "`regex` `\\w+` findall (every word once)": word_re.findall,
        "`regex` case-insensitive cue alternation, finditer": lambda t: list(cues.finditer(t)),
        "quotes' `_TOKEN.findall` (every token)": quotes_tokens._TOKEN.findall,
        "quotes' `_NAME_RUN.findall` (capitalized runs)": quotes_words._NAME_RUN.findall,
        "an empty Python function called once per word": lambda t: list(map(empty, t.split())),
        "one `Span` made per word": lambda t: [Span(0, len(word)) for word in t.split()],
        "`segment_paragraphs`": segment_paragraphs,
    }
    rows = []
    for label, operation in operations.items():
        medians = [time_articles(operation, texts)[0] for _ in range(runs)]
        rows.append([label, ms(statistics.median(medians))])
    medians = [time_articles(parse_article, texts)[0] for _ in range(runs)]
    rows.append(["`parse_article`", ms(statistics.median(medians))])
    say(
        f"{len(texts)} articles, median {statistics.median(len(t) for t in texts):,.0f}"
        f" characters and {statistics.median(words_of):,.0f} words.\n"
    )
    say(table(["operation", "median ms/article"], rows))
    say()
    calls = [_count_calls(parse_article, fresh(text)) for text in texts]
    python_calls = statistics.median(count for count, _, _ in calls)
    c_calls = statistics.median(count for _, count, _ in calls)
    pattern_calls = statistics.median(count for _, _, count in calls)
    quote_calls = [_count_calls(FUNCTIONS["find_quotes"], fresh(text)) for text in texts]
    per_call = statistics.median(timed_calls(empty, 100_000) for _ in range(5 * runs))
    rows = [
        [
            label,
            f"{statistics.median(count[0] for count in counted):,.0f}",
            f"{statistics.median(count[1] for count in counted):,.0f}",
            f"{statistics.median(count[2] for count in counted):,.0f}",
        ]
        for label, counted in (("`parse_article`", calls), ("`find_quotes`", quote_calls))
    ]
    say("Calls per article (median), counted with `sys.setprofile`:\n")
    header = ["function", "Python-level calls", "C calls", "of them compiled-pattern calls"]
    say(table(header, rows))
    say()
    say(
        f"An empty Python call costs {per_call * 1e9:.0f} ns here:"
        f" {python_calls:,.0f} Python calls are {python_calls * per_call * 1000:.2f} ms,"
        f" and {pattern_calls:,.0f} pattern calls at 1 µs each (the least a `regex` call"
        f" costs, docs/performance.md) {pattern_calls / 1000:.2f} ms,"
        f" of {c_calls:,.0f} C calls in all.\n"
    )


def timed_calls(function: Callable[[str], None], count: int) -> float:
    """Seconds per call of ``function("")``, over ``count`` calls."""
    start = CLOCK()
    for _ in range(count):
        function("")
    return (CLOCK() - start) / count


def bench_scaling(
    texts: Sequence[str], sizes: Sequence[int], runs: int, names: Sequence[str], memory: bool
) -> None:
    say("## Scaling: real articles concatenated\n")
    say(
        "Median ms per call over several calls (in a forked child with a "
        f"{GUARD_SECONDS:.0f} s limit per call); the last column is "
        "time(4 MB) / time(1 MB), where 4.0 is linear.\n"
    )
    inputs = {size: concatenated(texts, size) for size in sizes}
    results = {
        size: time_guarded(names, text, max(1, runs if size >= MB else 5 * runs))
        for size, text in inputs.items()
    }
    header = ["function", *(_size_label(size) for size in sizes), "4 MB / 1 MB"]
    rows = []
    for name in names:
        row = [f"`{name}`", *(ms(results[size][name]) for size in sizes)]
        big, small = results.get(4 * MB, {}).get(name), results.get(MB, {}).get(name)
        row.append(f"{big / small:.2f}" if big and small else "n/a")
        rows.append(row)
    say(table(header, rows))
    say()
    if not memory:
        return
    say("Peak memory of `parse_article` (tracemalloc; target < 10 x input + 50 MB):\n")
    rows = []
    for size, text in inputs.items():
        peak = peak_memory(text)
        target = 10 * len(text.encode("utf-8")) + 50 * MB
        rows.append(
            [
                _size_label(size),
                f"{peak / MB:.1f}",
                f"{peak / max(len(text.encode('utf-8')), 1):.1f}",
                "yes" if peak < target else "**NO**",
            ]
        )
    say(table(["input", "peak MB", "peak / input", "within target"], rows))
    say()


def bench_adversarial(sample: str, runs: int, names: Sequence[str], memory: bool) -> None:
    say("## Adversarial inputs\n")
    say(
        "Median ms per call (forked child, "
        f"{GUARD_SECONDS:.0f} s limit per call); target: every call < 1 s. "
        "The last rows give the peak memory of `parse_article`.\n"
    )
    inputs = adversarial_inputs(sample)
    results = {label: time_guarded(names, text, runs) for label, text in inputs.items()}
    labels = list(inputs)
    rows = []
    for name in names:
        rows.append([f"`{name}`", *(ms(results[label][name]) for label in labels)])
    worst = []
    for label in labels:
        values = [v for v in results[label].values() if v is not None]
        timeouts = sum(v is None for v in results[label].values())
        size_mb = len(inputs[label].encode("utf-8")) / MB
        worst.append(
            "TIMEOUT" if timeouts else f"{max(values) / size_mb:.2f} s/MB" if values else "n/a"
        )
    rows.append(["worst, per MB", *worst])
    rows.append(
        ["input size", *(f"{len(inputs[label].encode('utf-8')) / KB:,.0f} KB" for label in labels)]
    )
    peaks = []
    for label in labels:
        if memory and all(v is not None for v in results[label].values()):
            peaks.append(f"{peak_memory(inputs[label]) / MB:.1f} MB")
        else:
            peaks.append("n/a")
    if memory:
        rows.append(["`parse_article` peak memory", *peaks])
    say(table(["function", *labels], rows))
    say()
    slow = [
        f"{name} on {label}"
        for label in labels
        for name, value in results[label].items()
        if value is None or value >= 1.0
    ]
    say("Calls at or over 1 s: " + (", ".join(slow) if slow else "none") + "\n")


def _size_label(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size // KB} KB"


def _rss_kb(pid: int, field: str) -> int:
    """``VmRSS`` or ``VmHWM`` (peak) of a process, in KB; 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def bench_batch_cli(texts: Sequence[str], records: int, jobs: int) -> None:
    say("## Batch CLI: streaming memory\n")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for index in range(records):
                text = texts[index % len(texts)]
                handle.write(json.dumps({"id": f"r{index}", "text": text}) + "\n")
        input_mb = path.stat().st_size / MB
        command = [
            sys.executable, "-m", "wireparse", "--input-jsonl", str(path),
            "--text-field", "text", "--id-field", "id", "--jobs", str(jobs),
        ]  # fmt: skip
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None
        samples: list[tuple[int, int]] = []
        step = max(records // 10, 1)
        lines = 0
        output_bytes = 0
        peak_kb = 0
        for line in process.stdout:
            lines += 1
            output_bytes += len(line)
            if lines % step == 0:
                samples.append((lines, _rss_kb(process.pid, "VmRSS")))
                peak_kb = max(peak_kb, _rss_kb(process.pid, "VmHWM"))
        peak_kb = max(peak_kb, _rss_kb(process.pid, "VmHWM"))
        stderr = process.stderr.read() if process.stderr else b""
        code = process.wait()
        elapsed = time.perf_counter() - start
    say(
        f"`wireparse --input-jsonl records.jsonl --text-field text --id-field id --jobs {jobs}`"
        f" over {records:,} records ({input_mb:.1f} MB in, {output_bytes / MB:.1f} MB out):"
        f" exit code {code}, {lines:,} lines out, {elapsed:.1f} s,"
        f" {records / elapsed:,.0f} records/s; parent peak RSS (VmHWM) {peak_kb / 1024:.1f} MB.\n"
    )
    if stderr.strip():
        say(f"stderr: `{stderr.decode('utf-8', 'replace').strip()[:300]}`\n")
    say("Parent resident memory as the output streams:\n")
    say(
        table(
            ["records written", "parent RSS MB"],
            [[f"{n:,}", f"{kb / 1024:.1f}"] for n, kb in samples],
        )
    )
    say()


def reference_loop() -> float:
    """CPU seconds of a fixed pure-Python loop: how fast the machine runs Python right now.

    On this shared VM the same loop has taken 0.40 to 0.79 s within minutes, with
    nothing else running in the VM; printed before and after each section, it tells
    whether a section's figures were taken while the host was slow.
    """
    start = time.process_time()
    total = 0
    for number in range(3_000_000):
        total += number * number % 7
    return time.process_time() - start


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    commit = "unknown"
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, commit {commit}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run, < 60 s")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 3, quick 1)")
    parser.add_argument(
        "--clock", choices=("cpu", "wall"), default="cpu", help="what to time (default cpu)"
    )
    parser.add_argument(
        "--sections",
        default="articles,budget,scaling,adversarial,batch",
        help="comma-separated subset of articles,budget,scaling,adversarial,batch",
    )
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    runs = args.runs or (1 if args.quick else 3)
    sections = set(args.sections.split(","))
    started = time.perf_counter()
    say(f"# wireparse benchmark{' (quick)' if args.quick else ''}\n")
    say(f"Machine: {machine()}. Runs: {runs}. Clock: {args.clock} time.\n")
    say(f"Load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}.\n")

    have_corpus = corpus.CORPUS is not None
    ap = allsides_texts("associated_press") if have_corpus else []
    reuters = allsides_texts("reuters") if have_corpus else []
    # Quick mode times only parse_article (which runs every parser) on the big inputs.
    names = ["parse_article"] if args.quick else list(FUNCTIONS)
    sample_pool = ap or seed_texts() or ["WASHINGTON (AP) — The Senate voted.\n\n" * 20]

    def section(name: str) -> bool:
        if name in sections:
            say(f"*Reference loop before the {name} section: {reference_loop():.2f} s.*\n")
        return name in sections

    if section("articles"):
        datasets: dict[str, list[str]] = {"seed": seed_texts()}
        if args.quick:
            datasets["AllSides AP (first 50)"] = ap[:50]
            datasets["AllSides Reuters (first 50)"] = reuters[:50]
            stories = reuters_texts(1000) if have_corpus else []
            datasets["Reuters-21578 (first 1,000)"] = stories
        else:
            datasets["AllSides AP"] = ap
            datasets["AllSides Reuters"] = reuters
            datasets["Reuters-21578 (all)"] = reuters_texts() if have_corpus else []
        bench_datasets(datasets, runs)
    if ap and section("budget"):
        bench_budget(ap[:100] if args.quick else ap, runs)
    if section("scaling"):
        sizes = [KB, 16 * KB, 256 * KB, MB, 4 * MB]
        bench_scaling(sample_pool, sizes, runs, names, memory=not args.quick)
    if section("adversarial"):
        bench_adversarial(sample_pool[0], runs, names, memory=not args.quick)
    if section("batch"):
        small = [text[:800] for text in (reuters or sample_pool)]
        bench_batch_cli(small, 2_000 if args.quick else 100_000, jobs=2)
    say(f"*Reference loop at the end: {reference_loop():.2f} s.*\n")
    say(f"Total benchmark time: {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
