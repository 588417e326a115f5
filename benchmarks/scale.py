"""Archive-scale figures for docs/scale.md, measured in one run on the same records.

- the CLI (``--jobs 2``) and Spark ``local[2]`` (``wireparse.spark.parse_frame``) on the same
  20,000 records (every AllSides record with its title and date, then Reuters-21578 stories):
  wall time, articles per second per core, and the JVM's CPU time (at start, and per article);
- the size of the Parquet output against the JSON lines of the same records;
- the peak memory of the CLI writing Parquet over 10,000 and 100,000 records (the parent's
  and the whole process tree's resident memory, sampled every 50 ms).

Needs the spark extra, Java and ``../shared/corpus``. About 5 to 10 minutes on 2 cores.

    python benchmarks/scale.py
    python benchmarks/scale.py --records 2000 --big 10000     # a quick run
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation import corpus  # noqa: E402

MB = 1024 * 1024
_TICK = os.sysconf("SC_CLK_TCK")


def records(count: int) -> list[dict[str, Any]]:
    found = [
        {"id": r["ID"], "text": r["content_original"], "title": r["title"], "date": r["date"]}
        for _, r in corpus.allsides_all()
    ]
    stories = (s for s in corpus.reuters21578() if s.body.strip())
    for story in itertools.islice(stories, max(0, count - len(found))):
        found.append({"id": f"reuters-{story.newid}", "text": story.wire_text()})
    return found[:count]


def write_jsonl(path: Path, rows: list[dict[str, Any]], copies: int = 1) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for row in rows:
                handle.write(json.dumps({**row, "id": f"{row['id']}#{copy}"}) + "\n")


def _tree(pid: int) -> list[int]:
    """``pid`` and its live descendants (children of every thread: the JVM forks from many)."""
    pids = [pid]
    for current in pids:
        try:
            threads = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for thread in threads:
            try:
                with open(f"/proc/{current}/task/{thread}/children", encoding="ascii") as handle:
                    pids += [int(child) for child in handle.read().split()]
            except OSError:
                pass
    return pids


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    except OSError:
        return 0.0


def _cpu_seconds(pid: int, *, reaped: bool = False) -> float:
    """utime + stime of one process (all threads); with ``reaped``, of its ended children too."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(") ", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])
        if reaped:
            ticks += int(fields[13]) + int(fields[14])
        return ticks / _TICK
    except OSError:
        return 0.0


def run_cli(args: list[str]) -> dict[str, float]:
    """Run the CLI; wall seconds, CPU seconds of the tree, peak RSS of parent and tree."""
    command = [sys.executable, "-m", "wireparse", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = {"parent": 0.0, "tree": 0.0}

    def sample() -> None:
        while process.poll() is None:
            peaks["parent"] = max(peaks["parent"], _rss_mb(process.pid))
            peaks["tree"] = max(peaks["tree"], sum(_rss_mb(p) for p in _tree(process.pid)))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _out, err = process.communicate()
    sampler.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1, 8):
        raise SystemExit(f"wireparse failed ({process.returncode}): {err.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "parent_mb": peaks["parent"], "tree_mb": peaks["tree"]}


def run_spark(path: Path, out: Path, count: int) -> dict[str, float]:
    """parse_frame over the JSON lines on local[2], written as Parquet."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.maxPartitionBytes", str(max(path.stat().st_size // 8, 1 << 20)))
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    ready = time.perf_counter() - started
    java = [p for p in _tree(os.getpid()) if "java" in _cmdline(p)]
    jvm_start = sum(_cpu_seconds(p) for p in java)
    from wireparse.spark import parse_frame

    schema = "id string, text string, title string, date string"
    df = spark.read.schema(schema).json(str(path))
    job_started = time.perf_counter()
    parsed = parse_frame(df, "text", "id", "title", date_col="date")
    parsed.write.mode("overwrite").parquet(str(out))
    wall = time.perf_counter() - job_started
    jvm_job = sum(_cpu_seconds(p) for p in java) - jvm_start
    # the Python workers under the JVM, live or ended: the whole tree less the JVM itself
    tree_cpu = sum(_cpu_seconds(p, reaped=True) for j in java for p in _tree(j))
    worker_cpu = tree_cpu - sum(_cpu_seconds(p) for p in java)
    rows = spark.read.parquet(str(out)).count()
    spark.stop()
    return {
        "ready": ready,
        "wall": wall,
        "jvm_start_cpu": jvm_start,
        "jvm_job_cpu": jvm_job,
        "worker_cpu": worker_cpu,
        "rows": rows,
        "count": count,
    }


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*.parquet"))
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--big", type=int, default=100_000)
    args = parser.parse_args()
    rows = records(args.records)
    fields = ["--id-field", "id", "--title-field", "title", "--date-field", "date"]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "records.jsonl"
        write_jsonl(source, rows)
        common = ["--input-jsonl", str(source), *fields, "--jobs", "2"]
        cli = run_cli([*common, "--output", str(base / "out.jsonl")])
        cli_parquet = run_cli([*common, "--output", str(base / "out.parquet")])
        spark = run_spark(source, base / "spark.parquet", len(rows))
        sizes = {
            "input": _size(source),
            "jsonl": _size(base / "out.jsonl"),
            "parquet": _size(base / "out.parquet"),
            "spark": _size(base / "spark.parquet"),
        }
        memory = {}
        for total in (args.big // 10, args.big):
            big = base / f"big{total}.jsonl"
            copies = -(-total // len(rows))
            write_jsonl(big, rows, copies)
            subprocess.run(["truncate", "-s", str(_line_offset(big, total)), str(big)], check=True)
            big_args = ["--input-jsonl", str(big), *fields, "--jobs", "2"]
            memory[total] = run_cli([*big_args, "--output", str(base / f"big{total}.parquet")])
            big.unlink()
    report(len(rows), cli, cli_parquet, spark, sizes, memory)


def _line_offset(path: Path, lines: int) -> int:
    with path.open("rb") as handle:
        for _ in range(lines):
            handle.readline()
        return handle.tell()


def report(
    count: int,
    cli: dict[str, float],
    cli_parquet: dict[str, float],
    spark: dict[str, float],
    sizes: dict[str, int],
    memory: dict[int, dict[str, float]],
) -> None:
    print(f"# Scale: {count:,} records, 2 cores\n")
    print("Per core: articles per CPU-second of the whole process tree (the machine is shared,")
    print("so wall time is given but CPU time is the figure).\n")
    print("| run | wall s | CPU s | articles per CPU-second (per core) |")
    print("|---|---:|---:|---:|")
    spark_cpu = spark["jvm_job_cpu"] + spark["worker_cpu"]
    runs = (
        ("CLI --jobs 2, JSON lines", cli["wall"], cli["cpu"]),
        ("CLI --jobs 2, Parquet", cli_parquet["wall"], cli_parquet["cpu"]),
        ("Spark local[2], Parquet (JVM + Python workers)", spark["wall"], spark_cpu),
    )
    for name, wall, cpu in runs:
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {count / cpu:,.0f} |")
    ratio = cli_parquet["cpu"] / spark_cpu
    print(f"\nSpark per core / CLI per core (both writing Parquet): {ratio:.2f}x")
    print(
        f"Spark: session ready in {spark['ready']:.1f} s wall, JVM CPU at start "
        f"{spark['jvm_start_cpu']:.1f} s; JVM CPU during the job {spark['jvm_job_cpu']:.1f} s "
        f"({spark['jvm_job_cpu'] / count * 1000:.2f} ms per article); Python workers' CPU "
        f"{spark['worker_cpu']:.1f} s ({spark['worker_cpu'] / count * 1000:.2f} ms per article); "
        f"rows written {spark['rows']:,.0f}."
    )
    print(
        f"\nSizes: input JSON lines {sizes['input'] / MB:.1f} MB; output JSON lines "
        f"{sizes['jsonl'] / MB:.1f} MB; Parquet (CLI, zstd) {sizes['parquet'] / MB:.1f} MB "
        f"({sizes['parquet'] / sizes['jsonl']:.2f}x); Parquet (Spark, snappy) "
        f"{sizes['spark'] / MB:.1f} MB ({sizes['spark'] / sizes['jsonl']:.2f}x)."
    )
    print("\n| records, CLI --jobs 2 to Parquet | wall s | parent peak RSS MB | tree peak RSS MB |")
    print("|---:|---:|---:|---:|")
    for total, run in memory.items():
        print(f"| {total:,} | {run['wall']:.1f} | {run['parent_mb']:.0f} | {run['tree_mb']:.0f} |")


if __name__ == "__main__":
    main()
