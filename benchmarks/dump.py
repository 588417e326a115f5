"""Dump wireparse's output on a fixed sample of the corpus, to check a change keeps it.

A speed-up must not change what is found. Dump before and after, then compare the files
byte for byte::

    python benchmarks/dump.py /tmp/before.jsonl --what article
    ... change the code ...
    python benchmarks/dump.py /tmp/after.jsonl --what article
    cmp /tmp/before.jsonl /tmp/after.jsonl

The sample is 7,317 distinct texts: every AllSides article, one Reuters-21578 story in
four, the GGT bodies, the PolNeAR wire articles and the first 300 CNN stories. ``--what``
picks the output: ``article`` (``parse_article(text).to_dict()``), ``noquotes`` (the same
without the quotes) or ``quotes`` (``find_quotes(text, indirect=True)``). The corpus is
read from ``../shared/corpus`` (see ``evaluation/corpus.py``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from evaluation import corpus  # noqa: E402

from wireparse import parse_article  # noqa: E402
from wireparse.quotes import find_quotes  # noqa: E402


def sample() -> Iterator[str]:
    """The texts of the sample, each once, in a fixed order."""
    texts = itertools.chain(
        (record["content_original"] for _name, record in corpus.allsides_all()),
        (story.wire_text() for story in itertools.islice(corpus.reuters21578(), 0, None, 4)),
        (row["rawtext"] for row in corpus.ggt_records() if row.get("rawtext")),
        (doc.text for split in ("train", "dev", "test") for doc in corpus.polnear_wire(split)),
        (text for _name, text in corpus.cnn_stories()[:300]),
    )
    seen: set[str] = set()
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the JSON-lines file to write")
    parser.add_argument("--what", default="article", choices=["article", "noquotes", "quotes"])
    args = parser.parse_args(argv)
    if corpus.CORPUS is None:
        print("dump: the corpus (../shared/corpus) is not there", file=sys.stderr)
        return 1
    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for text in sample():
            if args.what == "quotes":
                found: object = [attrs.asdict(q) for q in find_quotes(text, indirect=True)]
            else:
                article = parse_article(text).to_dict()
                if args.what == "noquotes":
                    article.pop("quotes", None)
                found = article
            out.write(json.dumps(found, sort_keys=True, ensure_ascii=True) + "\n")
            count += 1
    print(f"{count:,} texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
