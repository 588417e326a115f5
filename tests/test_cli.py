"""The ``wireparse`` command: output, batch runs, and each class of bad input (issues 2, 8, 9).

Most tests call :func:`wireparse.cli.main` in-process with in-memory streams;
the broken pipe and Ctrl-C tests need a real process and run a subprocess.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from wireparse import _inputs, _runner, cli
from wireparse.cli import main
from wireparse.models import TOP_LEVEL_KEYS

# A real lead and caption (the seed, AP, Jan. 18, 2024; AllSides AP, Aug. 2019).
ARTICLE = (
    "Pakistan strikes back at Iran\n\n"
    "ISLAMABAD (AP) — Pakistan launched airstrikes against alleged militant hideouts inside "
    "Iran on Thursday.\n\n"
    '"We will respond," a spokesman said.\n'
)
CAPTION = "President Donald Trump speaks in El Paso, Texas. (AP Photo/Evan Vucci)\n"


def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


def write(path: Path, data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def assert_one_line_error(err: str, name: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("wireparse: error: ")
    assert name in lines[0]
    assert "Traceback" not in err


# --------------------------------------------------------------------------- good input


def test_one_file_prints_json_with_every_top_level_key(tmp_path: Path) -> None:
    code, out, err = run(write(tmp_path / "a.txt", ARTICLE))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert tuple(data) == TOP_LEVEL_KEYS
    assert "Pakistan launched airstrikes" in data["body"]
    assert out.startswith('{\n  "')  # indent 2 by default


def test_indirect_adds_reported_speech_in_batch_workers_too(tmp_path: Path) -> None:
    # a sentence of the seed (AP, Jan. 18, 2024)
    text = (
        "Pakistan’s military said the strikes also hit targets associated with the Baluchistan "
        "Liberation Front, though that group did not acknowledge the claim.\n"
    )
    path = write(tmp_path / "a.txt", text)
    code, out, _err = run("--fields", "quotes", path)
    assert (code, json.loads(out)["quotes"]) == (0, [])
    for extra in ((), ("--jsonl", "--jobs", "2")):
        code, out, _err = run("--indirect", "--fields", "quotes", *extra, path)
        record = jsonl(out)[0] if extra else json.loads(out)
        quote = record["quotes"][0]
        assert code == 0
        assert (quote["kind"], quote["speaker"]) == ("indirect", "Pakistan’s military")
        assert quote["text"].startswith("the strikes also hit targets associated with")
        assert quote["text"].endswith("did not acknowledge the claim")


def test_stdin_dash() -> None:
    code, out, _err = run("-", stdin=ARTICLE.encode())
    assert code == 0
    assert "Pakistan launched airstrikes" in json.loads(out)["body"]


def test_fields_and_indent(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    code, out, _err = run("--fields", "body,wire", "--indent", "0", path)
    assert code == 0
    assert list(json.loads(out)) == ["body", "wire"]
    assert '\n"body"' in out


def test_several_files_give_one_json_array(tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", ARTICLE) for n in "ab"]
    code, out, _err = run(*paths)
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list)
    assert len(data) == 2


def test_jsonl_walks_folders_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "sub" / "a.txt", CAPTION)
    write(tmp_path / ".hidden", "x")
    code, out, _err = run("--jsonl", str(tmp_path))
    assert code == 0
    records = jsonl(out)
    assert [Path(r["path"]).relative_to(tmp_path).as_posix() for r in records] == [
        "b.txt",
        "sub/a.txt",
    ]
    assert all(set(TOP_LEVEL_KEYS) <= set(r) for r in records)


def test_input_jsonl_keeps_input_order_with_ids_and_error_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"ID": "one", "content_original": ARTICLE, "date": "2024-01-18"}),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"ID": "four", "content_original": None}),
        json.dumps({"ID": "five", "content_original": CAPTION}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    args = ("--input-jsonl", path, "--text-field", "content_original", "--id-field", "ID")
    code, out, err = run(*args, "--date-field", "date")
    records = jsonl(out)
    assert [r["id"] for r in records] == ["one", f"{path}:2", f"{path}:4", "four", "five"]
    assert [r.get("error", {}).get("kind") for r in records] == [
        None, "bad_record", "bad_record", "bad_record", None
    ]  # fmt: skip
    assert code == cli.EXIT_BAD_RECORD
    assert len(err.strip().splitlines()) == 3
    assert "Traceback" not in err


def test_input_jsonl_from_stdin() -> None:
    lines = [json.dumps({"text": ARTICLE}), "[]"]
    code, out, _err = run("--input-jsonl", "-", stdin="\n".join(lines).encode())
    records = jsonl(out)
    assert [r["id"] for r in records] == ["<stdin>:1", "<stdin>:2"]
    assert "body" in records[0]
    assert records[1]["error"]["kind"] == "bad_record"
    assert code == cli.EXIT_BAD_RECORD


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    texts = [ARTICLE, CAPTION, "", "\x00bad", ARTICLE.upper(), CAPTION * 3] * 4
    lines = [json.dumps({"id": str(n), "text": t}) for n, t in enumerate(texts)]
    path = write(tmp_path / "in.jsonl", "\n".join(lines))
    one = run("--input-jsonl", path, "--id-field", "id", "--jobs", "1")
    two = run("--input-jsonl", path, "--id-field", "id", "--jobs", "2")
    assert one == two
    assert [r["id"] for r in jsonl(one[1])] == [str(n) for n in range(len(texts))]


def test_progress_goes_to_stderr(tmp_path: Path) -> None:
    code, out, err = run("--jsonl", "--progress", write(tmp_path / "a.txt", ARTICLE))
    assert code == 0
    assert "1 parsed, 0 failed" in err
    assert len(jsonl(out)) == 1


# --------------------------------------------------------------------------- bad input


def test_missing_file(tmp_path: Path) -> None:
    name = str(tmp_path / "does-not-exist.txt")
    code, out, err = run(name)
    assert (code, out) == (cli.EXIT_NOT_FOUND, "")
    assert_one_line_error(err, name)


def test_directory_without_walking(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path))
    assert (code, out) == (cli.EXIT_IS_DIRECTORY, "")
    assert_one_line_error(err, str(tmp_path))
    assert "--jsonl" in err


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_file_that_fails_on_read() -> None:
    """A real read error, for root too: /proc/self/mem opens but reading offset 0 fails (EIO)."""
    path = "/proc/self/mem"
    code, out, err = run(path)
    assert (code, out) == (cli.EXIT_UNREADABLE, "")
    assert_one_line_error(err, path)


def test_unreadable_file_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", ARTICLE)

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(_inputs, "open", refuse, raising=False)
    code, out, err = run(path)
    assert (code, out) == (cli.EXIT_UNREADABLE, "")
    assert_one_line_error(err, path)
    assert "Permission denied" in err


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "Café au lait (AP) - ok".encode("latin-1"))
    code, out, err = run(path)
    assert (code, out) == (cli.EXIT_DECODE, "")
    assert_one_line_error(err, path)
    assert "at byte 3 (0xe9)" in err


def test_encoding_and_errors_override(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "Café au lait.".encode("latin-1"))
    code, out, _err = run("--encoding", "latin-1", path)
    assert code == 0
    assert json.loads(out)["body"] == "Café au lait."
    code, out, _err = run("--errors", "replace", path)
    assert code == 0
    assert json.loads(out)["body"] == "Caf\ufffd au lait."


def test_surrogateescape_output_is_still_valid_json(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.txt", b"Bad \xff byte.")
    code, out, _err = run("--errors", "surrogateescape", path)
    assert code == 0
    out.encode("utf-8")  # lone surrogates are written as \\u escapes
    assert json.loads(out)["body"] == "Bad \udcff byte."


def test_binary_input(tmp_path: Path) -> None:
    path = write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(path)
    assert (code, out) == (cli.EXIT_BINARY, "")
    assert_one_line_error(err, path)
    assert "NUL byte at offset 8" in err


def test_batch_writes_every_good_result_and_one_error_record_per_bad_input(
    tmp_path: Path,
) -> None:
    good = [write(tmp_path / f"good{n}.txt", ARTICLE) for n in range(3)]
    bad = {
        str(tmp_path / "missing.txt"): "not_found",
        write(tmp_path / "bin.dat", b"a\x00b"): "binary",
        write(tmp_path / "latin.txt", b"\xe9t\xe9"): "decode",
    }
    inputs = [good[0], *bad, good[1], good[2]]
    code, out, err = run("--jsonl", *inputs)
    records = jsonl(out)  # every line is valid JSON
    assert [r["path"] for r in records] == inputs
    assert {r["path"]: r["error"]["kind"] for r in records if "error" in r} == bad
    assert all("body" in r for r in records if r["path"] in good)
    assert code == cli.EXIT_MIXED
    assert len(err.strip().splitlines()) == len(bad)
    # The same batch without --jsonl is one valid JSON array.
    code, out, _err = run(*inputs)
    assert [("error" in r) for r in json.loads(out)] == [False, True, True, True, False, False]


def test_batch_of_one_kind_of_failure_exits_with_that_code(tmp_path: Path) -> None:
    code, out, _err = run("--jsonl", write(tmp_path / "a.txt", ARTICLE), str(tmp_path / "x"))
    assert code == cli.EXIT_NOT_FOUND
    assert len(jsonl(out)) == 2


def test_a_parser_crash_becomes_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = _runner.parse

    def fragile(text: str, *args: Any) -> Any:
        if "boom" in text:
            raise ValueError("boom")
        return real(text, *args)

    monkeypatch.setattr(_runner, "parse", fragile)
    inputs = [write(tmp_path / "a.txt", ARTICLE), write(tmp_path / "b.txt", "boom")]
    code, out, err = run("--jsonl", *inputs)
    records = jsonl(out)
    assert "body" in records[0]
    assert records[1]["error"]["kind"] == "internal"
    assert "ValueError: boom" in records[1]["error"]["message"]
    assert code == cli.EXIT_INTERNAL
    assert_one_line_error(err, inputs[1])


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["a.txt", "--input-jsonl", "b.jsonl"],
        ["--jobs", "-1", "a.txt"],
        ["--encoding", "no-such-codec", "a.txt"],
        ["--fields", "body,nope", "a.txt"],
        ["--published", "yesterday", "a.txt"],
        ["--no-such-option"],
    ],
)
def test_usage_errors(args: list[str]) -> None:
    code, out, err = run(*args)
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert "error" in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- real processes


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "wireparse", *args]


def test_console_entry_point_runs(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    done = subprocess.run(_command(path), capture_output=True, timeout=120, check=False)
    assert done.returncode == 0
    assert tuple(json.loads(done.stdout)) == TOP_LEVEL_KEYS


def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    # Like `wireparse big.txt | head -1`: many short lines give megabytes of JSON.
    path = write(tmp_path / "big.txt", "A short paragraph of wire copy.\n" * 5_000)
    process = subprocess.Popen(_command(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    code = process.wait(timeout=120)
    assert first == b"{\n"
    assert stderr == b""
    assert code == cli.EXIT_BROKEN_PIPE


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return False


def _interrupt(
    args: list[str], jobs: str, gaps: tuple[float, ...], when: str
) -> tuple[int, bytes, bytes, float, list[int]]:
    """Run wireparse and send SIGINT, then again after each gap.

    Returns the exit code, stdout, stderr, the seconds from the first signal to the exit,
    and the worker processes seen before it.
    """
    process = subprocess.Popen(
        _command(*args, "--jobs", jobs), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    first = b""
    deadline = time.monotonic() + 60
    workers: list[int] = []
    if when == "output":
        first = process.stdout.read(1)  # the batch is under way (the first output block is out)
    elif when == "records":
        first = process.stdout.read(20_000)  # a few records are out
    while jobs != "1" and len(workers) < int(jobs) and time.monotonic() < deadline:
        workers = _children(process.pid)  # the pool has started its workers
        time.sleep(0.002)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    for gap in gaps:
        time.sleep(gap)
        process.send_signal(signal.SIGINT)
    out = process.stdout.read()  # not communicate(): it would skip what read(1) buffered
    err = process.stderr.read()
    code = process.wait(timeout=30)
    return code, first + out, err, time.monotonic() - sent, workers


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("jobs", "gaps", "when"),
    [
        ("1", (), "output"),
        ("1", (0.005,), "output"),
        ("2", (), "workers"),
        ("2", (0.005,), "workers"),
        ("2", (0.005,), "output"),
        ("2", (0.005, 0.005, 0.05), "output"),
    ],
)
def test_ctrl_c_ends_within_2_s_with_valid_output_and_no_workers_left(
    tmp_path: Path, jobs: str, gaps: tuple[float, ...], when: str
) -> None:
    lines = [json.dumps({"id": str(n), "text": ARTICLE * 3}) for n in range(20_000)]
    path = write(tmp_path / "many.jsonl", "\n".join(lines))
    code, out, err, seconds, workers = _interrupt(
        ["--input-jsonl", path, "--progress"], jobs, gaps, when
    )
    assert code == cli.EXIT_INTERRUPTED, err[-2000:]
    assert seconds < 2.0
    assert b"Traceback" not in err
    assert b"wireparse: interrupted" in err
    assert not [pid for pid in workers if _alive(pid)]
    assert out == b"" or out.endswith(b"\n")  # whole records only
    for line in out.split(b"\n")[:-1]:
        json.loads(line)
    assert len(out.split(b"\n")) < len(lines)


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc")
def test_ctrl_c_twice_closes_the_json_array(tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n:04d}.txt", ARTICLE * 3) for n in range(2_000)]
    code, out, err, seconds, workers = _interrupt(paths, "2", (0.005,), "records")
    assert code == cli.EXIT_INTERRUPTED, err[-2000:]
    assert seconds < 2.0
    assert not [pid for pid in workers if _alive(pid)]
    records = json.loads(out)  # a valid array, closed
    assert 0 < len(records) < len(paths)
    assert [record["headline"]["text"] for record in records[:1]] == [
        "Pakistan strikes back at Iran"
    ]


# --------------------------------------------------------------------------- batch options


def _records_file(path: Path, records: list[dict[str, Any]]) -> str:
    return write(path, "".join(json.dumps(record) + "\n" for record in records))


def test_input_jsonl_takes_several_files_and_globs(tmp_path: Path) -> None:
    first = _records_file(tmp_path / "a.jsonl", [{"text": ARTICLE}, {"text": CAPTION}])
    second = _records_file(tmp_path / "b.jsonl", [{"text": ARTICLE}])
    _records_file(tmp_path / "c.json", [{"text": "not taken"}])
    expected = [f"{first}:1", f"{first}:2", f"{second}:1"]
    for inputs in ([first, second], [str(tmp_path / "*.jsonl")]):
        code, out, err = run("--input-jsonl", *inputs)
        assert (code, err) == (0, "")
        assert [record["id"] for record in jsonl(out)] == expected
    code, _out, err = run("--input-jsonl", str(tmp_path / "none-*.jsonl"))
    assert code == cli.EXIT_NOT_FOUND
    assert_one_line_error(err, "none-*.jsonl")


def test_title_field_gives_the_headline_when_the_text_has_none(tmp_path: Path) -> None:
    # AllSides keeps the headline in "title" and the story (from the dateline on) in the text.
    story = ARTICLE.split("\n\n", 1)[1]
    path = _records_file(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "title": "Pakistan strikes back", "text": story},
            {"id": "b", "title": "Another title", "text": ARTICLE},  # has its own headline
        ],
    )
    code, out, _err = run("--input-jsonl", path, "--id-field", "id", "--title-field", "title")
    first, second = jsonl(out)
    assert code == 0
    assert first["headline"] == {"text": "Pakistan strikes back", "span": [0, 21]}
    source = "Pakistan strikes back\n\n" + story  # what every span of the record indexes
    start, end = first["dateline"]["span"]
    assert source[start:end] == "ISLAMABAD (AP) —"
    assert second["headline"]["text"] == "Pakistan strikes back at Iran"
    code, out, _err = run("--input-jsonl", path)
    assert jsonl(out)[0]["headline"] is None


@pytest.mark.parametrize("option", ["--id-field", "--date-field", "--text-field", "--title-field"])
def test_a_field_no_record_has_stops_the_run_naming_the_fields_there_are(
    tmp_path: Path, option: str
) -> None:
    records = [{"ID": str(n), "content": ARTICLE, "date": "2024-01-18"} for n in range(30)]
    path = _records_file(tmp_path / "in.jsonl", records)
    args = {"--text-field": "content", "--id-field": "ID", "--date-field": "date"}
    args[option] = "Nope"
    code, out, err = run("--input-jsonl", path, *itertools.chain(*args.items()))
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert_one_line_error(err, f"{option} 'Nope'")
    assert "has: ID, content, date" in err


def test_a_record_without_the_text_field_names_the_fields_it_has(tmp_path: Path) -> None:
    path = _records_file(tmp_path / "in.jsonl", [{"text": ARTICLE}, {"body": "x", "id": 2}])
    code, out, err = run("--input-jsonl", path)
    assert code == cli.EXIT_BAD_RECORD
    assert "field 'text' is missing (the record has: body, id)" in jsonl(out)[1]["error"]["message"]
    assert_one_line_error(err, "the record has: body, id")


def test_progress_line_has_count_total_rate_and_time_left(tmp_path: Path) -> None:
    progress = _runner.Progress(io.StringIO(), total=10)
    for _ in range(5):
        progress.step(failed=False)
    line = progress.line(progress._started + 2.0)
    assert line == "wireparse: 5/10 parsed, 0 failed, 2/s, 0:00:02 left"
    path = _records_file(tmp_path / "in.jsonl", [{"text": ARTICLE}] * 3)
    code, _out, err = run("--input-jsonl", path, "--progress")
    assert code == 0
    assert re.search(r"wireparse: 3/3 parsed, 0 failed, [\d,]+/s\n\Z", err), err


def test_jsonl_takes_txt_files_in_folders_unless_glob_says_otherwise(tmp_path: Path) -> None:
    for name in ("a.txt", "README", "SOURCE.md", "b.txt.gz"):
        write(tmp_path / name, ARTICLE)
    named = write(tmp_path.parent / f"{tmp_path.name}-named.md", ARTICLE)  # named: always taken

    def taken(*args: str) -> list[str]:
        code, out, _err = run("--jsonl", *args, str(tmp_path), named)
        assert code == 0
        return [Path(record["path"]).name for record in jsonl(out)]

    assert taken() == ["a.txt", Path(named).name]
    assert taken("--glob", "*.md") == ["SOURCE.md", Path(named).name]
    assert taken("--glob", "*") == ["README", "SOURCE.md", "a.txt", "b.txt.gz", Path(named).name]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        data = "\ufeff".encode(encoding) + data  # the -be codecs write no mark of their own
    code, out, _err = run(write(tmp_path / "u.txt", data))
    assert code == 0
    assert json.loads(out)["headline"]["text"] == "Pakistan strikes back at Iran"


def test_utf16_without_a_mark_is_binary_with_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path / "u.txt", ARTICLE.encode("utf-16-le"))
    code, _out, err = run(path)
    assert code == cli.EXIT_BINARY
    assert_one_line_error(err, "try --encoding utf-16-le")
    code, out, _err = run("--encoding", "utf-16-le", path)
    assert code == 0
    assert json.loads(out)["headline"]["text"] == "Pakistan strikes back at Iran"


# --------------------------------------------------------------------------- Parquet


def test_parquet_output_in_row_groups_equals_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from wireparse import _output

    monkeypatch.setattr(_output, "ROW_GROUP", 2)
    records = [{"id": str(n), "text": text} for n, text in enumerate([ARTICLE, CAPTION, ""])]
    records.append({"id": "3", "text": 3})
    path = _records_file(tmp_path / "in.jsonl", records)
    target = str(tmp_path / "out.parquet")
    code, out, err = run("--input-jsonl", path, "--id-field", "id", "--output", target)
    assert (code, out) == (cli.EXIT_BAD_RECORD, "")
    assert_one_line_error(err, "field 'text' is int, not a string")
    parquet = pq.ParquetFile(target)
    assert parquet.metadata.num_row_groups == 2
    rows = parquet.read().to_pylist()
    code, out, _err = run("--input-jsonl", path, "--id-field", "id")
    expected = jsonl(out)
    assert [row["id"] for row in rows] == [record["id"] for record in expected]
    for row, record in zip(rows[:3], expected[:3], strict=True):
        assert row.pop("error") is None
        assert row == record
    assert rows[3]["error"]["kind"] == "bad_record"
    assert rows[3]["body"] is None


def test_parquet_fields_format_and_lone_surrogates(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    paths = [write(tmp_path / "a.txt", ARTICLE), write(tmp_path / "b.txt", b"Bad \xff byte.")]
    target = str(tmp_path / "out.data")
    args = ("--format", "parquet", "--output", target, "--fields", "headline,wire")
    code, _out, err = run(*args, "--errors", "surrogateescape", *paths)
    assert code == cli.EXIT_DECODE
    table = pq.read_table(target)
    assert table.column_names == ["id", "error", "headline", "wire"]
    rows = table.to_pylist()
    assert [row["id"] for row in rows] == paths
    assert rows[0]["wire"] == "AP"
    assert rows[1]["error"]["kind"] == "decode"
    assert "lone surrogate U+DCFF at index 4" in err
    code, _out, err = run("--format", "parquet", *paths)
    assert code == cli.EXIT_USAGE
    assert "--output" in err
