"""Bylines and contributor lines: golden cases, the pipeline, odd input, the corpus."""

from __future__ import annotations

import re
from typing import Any

import pytest
from evaluation.corpus import CORPUS, SEED

from tests.support import case_params, coverage_problems, load_cases, span_problems
from wireparse import parse_article
from wireparse.bylines import find_bylines, find_contributors
from wireparse.models import Person

CASES = load_cases("bylines")


def _plain(text: str, person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "text": text[person.span.start : person.span.end],
        "role": person.role,
        "organization": person.organization,
        "location": person.location,
        "handle": person.handle,
    }


@pytest.mark.parametrize("case", case_params(CASES))
def test_golden_case(case: dict[str, Any]) -> None:
    text = case["original"]
    assert [_plain(text, p) for p in find_bylines(text)] == case["expected"]["bylines"]
    assert [_plain(text, p) for p in find_contributors(text)] == case["expected"]["contributors"]


def test_cases_cover_the_issue_forms() -> None:
    originals = "\n".join(case["original"] for case in CASES)
    for form in (
        "| AP",
        "AP Diplomatic Writer",
        "by Janie Gabbett, Reuters",
        " & ",
        "contributed to this report",
        "Reporting by",
        "With assistance by",
        "Follow Colvin on Twitter",
        "By participating",
        "By Tuesday",
        "By the time",
    ):
        assert form in originals, form


def test_seed_people_exactly() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    assert article.bylines == ()
    people = [(p.name, p.role, p.organization, p.location) for p in article.contributors]
    assert people == [
        ("Gambrell", "reported from", None, "Jerusalem"),
        ("Riazat Butt", "writer", "Associated Press", "Islamabad"),
        ("Nasser Karimi", "writer", "Associated Press", "Tehran, Iran"),
        ("Liu Zheng", "video producer", None, "Beijing"),
    ]
    lines = [b.text for b in article.boilerplate if b.kind == "contributors"]
    assert len(lines) == 1 and lines[0].startswith("Gambrell reported from Jerusalem.")
    assert not any(b.kind == "byline" for b in article.boilerplate)
    assert not span_problems(text, article)
    assert not coverage_problems(text, article)


def test_pipeline_claims_byline_and_keeps_body() -> None:
    text = (
        "Pakistan strikes back\n\n"
        "By JON GAMBRELL and RIAZAT BUTT, Associated Press\n\n"
        "ISLAMABAD (AP) — The report was written by John Smith.\n\n"
        "By Tuesday, officials said the road was open.\n\n"
        "Gambrell reported from Jerusalem."
    )
    article = parse_article(text)
    assert [p.name for p in article.bylines] == ["Jon Gambrell", "Riazat Butt"]
    assert [p.name for p in article.contributors] == ["Jon Gambrell"]
    assert article.wire == "AP"
    kinds = {b.kind: b.text for b in article.boilerplate}
    assert kinds["byline"] == "By JON GAMBRELL and RIAZAT BUTT, Associated Press"
    assert kinds["contributors"] == "Gambrell reported from Jerusalem."
    body = article.body
    assert "The report was written by John Smith." in body
    assert "By Tuesday, officials said the road was open." in body
    assert not coverage_problems(text, article)


def test_agency_line_under_byline_is_claimed() -> None:
    # AllSides associated_press vG7TcDtU prints the agency on the line below the byline.
    text = (
        "Teen used ‘ghost gun’ in California high school shooting\n\n"
        "By STEFANIE DAZIO\n\nAssociated Press\n\n"
        "LOS ANGELES (AP) — The boy used an unregistered ghost gun."
    )
    article = parse_article(text)
    assert [(p.name, p.organization) for p in article.bylines] == [
        ("Stefanie Dazio", "Associated Press")
    ]
    bylines = [b.text for b in article.boilerplate if b.kind == "byline"]
    assert bylines == ["By STEFANIE DAZIO", "Associated Press"]
    assert all(p.text != "Associated Press" for p in article.paragraphs)
    assert not coverage_problems(text, article)


def test_follow_line_handle_is_linked_not_claimed() -> None:
    # AllSides associated_press 0A3J5yQx, end of story.
    text = (
        "WASHINGTON (AP) — It rained.\n\n"
        "Associated Press writer John Seewer contributed to this report. "
        "Colvin reported from Washington.\n\n___\n\n"
        "Follow Colvin on Twitter at https://twitter.com/colvinj"
    )
    article = parse_article(text)
    people = [(p.name, p.role, p.handle) for p in article.contributors]
    assert people == [("John Seewer", "writer", None), ("Colvin", "reported from", "colvinj")]
    follow = [b for b in article.boilerplate if b.text.startswith("Follow")]
    assert len(follow) == 1 and follow[0].kind != "contributors"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02",
        "\ud800 By \udfff JOHN SMITH",
        "By " + "A" * 200_000,
        "(" * 10_000,
        "—" * 10_000,
        '"' * 10_000,
        "By\n\nBy:\n\n— With assistance by\n\n(Reporting by)\n\nFollow\n\nreported from",
        "Associated Press writers " + "John Smith, " * 5_000 + "contributed.",
        "By John Smith\n" * 2_000,
    ],
    ids=lambda text: repr(text[:20]),
)
def test_odd_input_does_not_raise(text: str) -> None:
    for person in (*find_bylines(text), *find_contributors(text)):
        assert 0 <= person.span.start < person.span.end <= len(text)


def test_many_byline_lines_each_found() -> None:
    text = "By John Smith, Reuters\n" * 2_000
    assert len(find_bylines(text)) == 2_000


def test_bare_byline_counts_only_near_the_top() -> None:
    # Live-blog post bylines from AllSides cnn_sample sixd4JpZ and other outlets HHnadjeT,
    # placed after ten body lines.
    body = "".join(f"Paragraph {n} of the story.\n\n" for n in range(10))
    deep = body + "By Chip Grabow, CNN\n\nBy Rachel Megawhat:\n\nBy MICHAEL FALCONE"
    assert [p.name for p in find_bylines(deep)] == ["Chip Grabow", "Michael Falcone"]
    assert [p.name for p in find_bylines("By Rachel Megawhat:\n\n" + body)] == ["Rachel Megawhat"]


@pytest.mark.parametrize("value", [None, b"By JOHN SMITH", 3])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes str"):
        find_bylines(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes str"):
        find_contributors(value)  # type: ignore[arg-type]


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_reuters21578_author_tags() -> None:
    from evaluation.corpus import reuters21578
    from evaluation.eval_bylines import _mixed_spellings, tag_people

    stories = [story for story in reuters21578() if story.author.strip()]
    spellings = _mixed_spellings([story.author for story in stories])
    right = total = 0
    for story in stories:
        gold = tag_people(story.author, spellings)
        got = [(p.name, p.organization) for p in find_bylines(story.wire_text())]
        total += len(gold)
        right += sum(1 for item, found in zip(gold, got, strict=False) if found == item)
    assert len(stories) == 875
    assert right / total >= 0.99


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_allsides_ap_contributors_found_and_clean() -> None:
    from evaluation.corpus import allsides

    cue = re.compile(r"(Associated Press|AP) (writer|reporter)s? [A-Z]")
    records = [r for r in allsides("associated_press") if cue.search(r["content_original"])]
    with_people = 0
    for record in records:
        text = record["content_original"]
        people = find_contributors(text)
        with_people += bool(people)
        for person in people:
            assert text[person.span.start : person.span.end].split()[-1] in person.name
            assert person.location is None or not person.location.startswith(("in ", "the "))
    assert with_people / len(records) >= 0.95


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose.\n\nREPORTING BY Andy Bruce; Editing by Joyjeet Das",
        "He would follow\nthe report.",  # words at the very ends of units
        "\u0130stanbul report",  # a fold trap: every span may hold a word
        "Reported from Kyiv. Reportedly.",
        "",
    ],
)
def test_word_index_agrees_with_may_contain(text: str) -> None:
    """The per-text index answers what lower-casing each span would."""
    from wireparse._prefilter import WordIndex, lower_for_search, may_contain
    from wireparse.bylines import _CONTRIBUTOR_CUE_WORDS

    index = WordIndex(lower_for_search(text), _CONTRIBUTOR_CUE_WORDS)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            if "\u0130" in text:
                assert index.may_hold(start, end)
            else:
                expected = may_contain(text[start:end], _CONTRIBUTOR_CUE_WORDS)
                assert index.may_hold(start, end) == expected, (start, end)


def test_tokens_trimmed_or_grown_restart_the_scan() -> None:
    """A link's closing punctuation, a word's trailing "-", an abbreviation's period."""
    from wireparse.bylines import _tokenize

    text = "By Gov. J. Smith\u200b, see https://x.com/a). don\u2019t-"
    tokens = [(token.kind, token.text) for token in _tokenize(text, 0, len(text))]
    assert tokens == [
        ("word", "By"), ("word", "Gov."), ("word", "J."), ("word", "Smith"), ("punct", ","),
        ("word", "see"), ("url", "https://x.com/a"), ("punct", ")"), ("punct", "."),
        ("word", "don\u2019t"), ("punct", "-"),
    ]  # fmt: skip
    assert [t.start for t in _tokenize(text, 3, 10)] == [3, 8]  # "Gov." and "J." in a range


def _token_problems(text: str, start: int, end: int) -> list[str]:
    """How the tokens of ``text[start:end]`` differ from _TOKEN's matches where they stand.

    Each token is the match at its start (no space before it), but a link without its
    closing punctuation and a word without its trailing "'" or "-" (each character
    given back a punctuation token), and a word with an abbreviation's period; only
    space (SPACE_CHARS) lies between the tokens.
    """
    import regex

    from wireparse._byline_tokens import _TOKEN, _tokenize
    from wireparse.text import SPACE_CHARS

    space = regex.compile(f"[{SPACE_CHARS}]*")
    problems = []
    pos = start
    for token in _tokenize(text, start, end):
        match = _TOKEN.match(text, token.start, end)
        if match is None or match.start(match.lastgroup or 0) != token.start:
            return [f"no match at {token}"]
        whole = match.group(match.lastgroup or 0)
        if token.kind != match.lastgroup or not (
            whole == token.text
            or (token.kind in ("word", "url") and whole.startswith(token.text))
            or (token.kind == "word" and whole + "." == token.text)
        ):
            problems.append(f"{token} is not {match.lastgroup} {whole!r}")
        if text[token.start : token.end] != token.text or token.low != token.text.lower():
            problems.append(f"{token} is not its text")
        if token.start < pos or not space.fullmatch(text, pos, token.start):
            problems.append(f"not space before {token}")
        pos = token.end
    if not space.fullmatch(text, pos, end):
        problems.append("not space after the last token")
    return problems


def test_tokens_are_the_token_pattern_matches() -> None:
    """The tokenizer reads _TOKEN's matches in one ``findall`` (_TOKEN_ROWS): every token
    is a match of the rule where it stands, given back or grown as the rule says."""
    import random

    from wireparse._byline_tokens import _TOKEN_ROWS

    assert list(_TOKEN_ROWS.groupindex) == ["url", "handle", "initials", "word", "punct"]
    assert _TOKEN_ROWS.groups == 6  # the space first
    pieces = [
        "By", "Gov", ".", "J", ". ", "x", "-", "'", "\u2019", "https://x.com/a", ")", "]",
        "@h", "@", ",", "\u200b", " ", "  ", "\n", "D.C.", "U.S", "\u00e9", "\u0301", "St",
        "Jan", "abc-", "www.a.b", "twitter.com/q", "\u00a0", "1", "A",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _token_problems(text, start, end) == [], (text, start, end)


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_tokens_are_the_token_pattern_matches_in_the_corpus() -> None:
    """The same over every paragraph unit of the AllSides AP texts."""
    from evaluation import corpus

    from wireparse.text import paragraph_spans

    for record in corpus.allsides("associated_press"):
        text = record["content_original"]
        for unit in paragraph_spans(text):
            assert _token_problems(text, unit.start, unit.end) == [], text[unit.start : unit.end]


def test_cue_test_agrees_with_the_cue_pattern() -> None:
    """_holds_cue matches _CONTRIBUTOR_CUE only where a word it opens with stands; it
    answers as the pattern's search of the range, fold traps and word boundaries too."""
    import random

    from wireparse import bylines
    from wireparse._prefilter import lower_for_search

    pieces = [
        "contributed", "CONTRIBUTED", "reported", " from", "\u00a0from", "follow", "Follow",
        "unfollow", "_follow", "with", " assistance", "  files", "reporting", "written",
        "edited", "compiling", "graphics", "checking", " by", " BY", "byline", ".", " ", "x",
        "\u201c", "\u0130", "\u017f", "\u212a",
    ]  # fmt: skip
    rng = random.Random(21)
    found = 0
    for _ in range(6000):
        text = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = bylines._CONTRIBUTOR_CUE.search(text, start, end) is not None
        held = bylines._holds_cue(text, lower_for_search(text), start, end)
        assert held == expected, (text, start, end)
        found += expected
    assert found > 150


def _cue_index_misses(text: str) -> list[tuple[int, int]]:
    """The _CONTRIBUTOR_CUE matches of ``text`` that its cue index says no unit holds."""
    from wireparse import bylines
    from wireparse._prefilter import lower_for_search

    cues = bylines._cue_index(lower_for_search(text))
    return [
        match.span()
        for match in bylines._CONTRIBUTOR_CUE.finditer(text, overlapped=True)
        if not cues.may_hold(match.start(), match.end())
    ]


def test_cue_index_holds_every_cue_match() -> None:
    """Every place the cue pattern matches is a place the per-text index holds ("<verb>
    by" found by its "by"), whatever the spaces between the words and the case."""
    import random

    pieces = [
        "contributed", "reported", " from", "follow", "with", " assistance", "  files",
        "reporting", "Writing", "written", "EDITED", "editing", "compiled", "compiling",
        "graphics", "fact checking", " by", " BY", "\u00a0by", "\u2009\u2009by", "\n by",
        "\tby", "by", "nearby", "byline", ".", " ", "x", "\u201c", "\u0130", "\u017f",
    ]  # fmt: skip
    from wireparse import bylines

    rng = random.Random(16)
    matched = 0
    for _ in range(6000):
        text = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _cue_index_misses(text) == [], text
        matched += bylines._CONTRIBUTOR_CUE.search(text) is not None
    assert matched > 1000  # the texts hold cues, in many spellings


def test_cue_spaces_lower_to_a_space_or_a_mark() -> None:
    """The cue index skips back over what ``\\s`` matches: every such character lowers
    (lower_for_search) to a space or to "?"."""
    import sys

    import regex

    from wireparse._prefilter import lower_for_search

    every = "".join(map(chr, range(sys.maxunicode + 1))).replace("\u0130", "")
    spaces = regex.findall(r"\s", every)
    assert len(spaces) > 20
    lowered = lower_for_search("".join(spaces))
    assert lowered is not None
    assert all(char.isspace() or char == "?" for char in lowered)


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_cue_index_holds_every_cue_match_in_the_corpus() -> None:
    """The same over every AllSides AP text and 1 Reuters-21578 story in 20."""
    import itertools

    from evaluation import corpus

    texts = [record["content_original"] for record in corpus.allsides("associated_press")]
    stories = itertools.islice(corpus.reuters21578(), 0, None, 20)
    texts += [story.wire_text() for story in stories]
    assert all(_cue_index_misses(text) == [] for text in texts)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("By DAN SEWELL\nAssociated Press Writer\n\nMIAMI (AP)\nWinds lashed the islands.",
         "Associated Press Writer"),
        ("By Chris Hedges\n\nNew York Times Service\n\nSARAJEVO — Buses rolled out.",
         "New York Times Service"),
        ("By DOUG FERGUSON\nAP Golf Writer\n\nTULSA, Okla. (AP) — Tiger Woods won.",
         "AP Golf Writer"),
    ],
)  # fmt: skip
def test_parse_article_claims_the_title_line_under_a_byline(text: str, title: str) -> None:
    article = parse_article(text)
    assert [b.text for b in article.boilerplate if b.kind == "byline"][-1] == title
    assert title not in article.body
    assert len(article.bylines) == 1
    assert not coverage_problems(text, article) and not span_problems(text, article)


def test_parse_article_splits_a_byline_glued_to_the_headline() -> None:
    text = (
        "Tiger wins the title by 2 shots By DOUG FERGUSON, AP Golf Writer\n\n"
        "TULSA, Okla. (AP) — Tiger Woods won."
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Tiger wins the title by 2 shots"
    assert [(p.name, p.organization, p.role) for p in article.bylines] == [
        ("Doug Ferguson", "AP", "golf writer")
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("byline", "By DOUG FERGUSON, AP Golf Writer")
    ]
    assert not coverage_problems(text, article) and not span_problems(text, article)


def test_a_lower_case_by_in_a_headline_is_not_a_glued_byline() -> None:
    text = "Rebels Killed By Army Fire In The North\n\nKABUL (AP) — Twelve died."
    article = parse_article(text)
    assert article.bylines == ()
    assert article.headline is not None and article.headline.text.endswith("North")


def test_parse_article_keeps_a_columnist_whose_bio_is_boilerplate() -> None:
    text = (
        "Rates will stay low.\n\nAnn Lee is a Bloomberg Opinion columnist. She was an "
        "economist at a bank. Read more opinion SHARE THIS ARTICLE Share Tweet Post Email"
        "\n\nThe bank will wait."
    )
    article = parse_article(text)
    assert [(p.name, p.role) for p in article.contributors] == [("Ann Lee", "columnist")]
    assert [b.kind for b in article.boilerplate] == ["author_bio", "share"]
    assert not coverage_problems(text, article) and not span_problems(text, article)


@pytest.mark.parametrize("line", ["Associated Press", "The Associated Press", "AP"])
def test_parse_article_claims_an_agency_alone_on_the_first_line(line: str) -> None:
    text = f"{line}\n\nTORONTO — Snow fell across the city on Monday."
    article = parse_article(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("byline", line)]
    assert article.body == "Snow fell across the city on Monday."
    assert article.wire == "AP"


def test_all_caps_of_ascii_text_is_its_letters_test() -> None:
    """``is_all_caps`` answers an ASCII text with ``str.isupper``: the same as "it has
    letters and none is lower case", over every ASCII string of up to two characters
    and random longer ones."""
    import itertools
    import random

    import regex

    from wireparse._casing import is_all_caps

    def by_letters(text: str) -> bool:
        letters = regex.findall(r"\p{L}", text)
        return bool(letters) and not any(letter.islower() for letter in letters)

    ascii_chars = [chr(code) for code in range(128)]
    texts = ["", *ascii_chars, *map("".join, itertools.product(ascii_chars, repeat=2))]
    rng = random.Random(11)
    texts += ["".join(rng.choices("AbZ .'-1\n", k=rng.randint(0, 12))) for _ in range(5000)]
    assert all(is_all_caps(text) == by_letters(text) for text in texts)
    assert sum(map(is_all_caps, texts)) > 1000


def test_candidate_first_characters_are_a_byline_or_a_dash() -> None:
    """The units the byline finder visits for their first character: "B", "b" or a dash."""
    import sys

    from wireparse.bylines import _CANDIDATE_FIRST

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(match.group() for match in _CANDIDATE_FIRST.finditer(every)) == "-Bb–—"


def test_ascii_token_rows_are_the_token_rows() -> None:
    """An ASCII stretch is tokenized by the standard library's ``re``, with classes of the
    ASCII characters the rule's classes hold: the same rows as the rule's own pattern,
    over every ASCII character (control characters too), at any start and end."""
    import random

    from wireparse._byline_tokens import _TOKEN_ROWS, _token_rows

    rng = random.Random(4)
    every = [*map(chr, range(128)), "\u2019", "\u00e9", "\u00a0"]
    words = [*"aB .@_-'/:wh1", "http://x.c", "www."]
    for _ in range(30000):
        pool = every if rng.random() < 0.4 else words
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 15)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _token_rows(text, start, end) == _TOKEN_ROWS.findall(text, start, end), text
