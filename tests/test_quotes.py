"""find_quotes: golden cases, the seed's expectations, odd marks, and the real corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex
from evaluation.corpus import CORPUS, SEED

from tests.support import case_params, load_cases
from wireparse import parse_article
from wireparse.models import Quote, Span
from wireparse.quotes import find_quotes

CASES = load_cases("quotes")


def _fields(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "mention": quote.speaker_mention.text if quote.speaker_mention else None,
        "description": quote.speaker_description,
        "cue": quote.cue,
        "kind": quote.kind,
        "paragraph": quote.paragraph,
    }


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: dict[str, Any]) -> None:
    text = case["original"]
    found = find_quotes(text, indirect=True)
    expected = case["expected"]["quotes"]
    assert len(found) == len(expected), [q.text for q in found]
    for quote, want in zip(found, expected, strict=True):
        assert text[quote.span.start : quote.span.end] == quote.text
        actual = _fields(quote)
        assert {key: actual[key] for key in want} == want


# ---------------------------------------------------------------- the seed (issue 7)


@pytest.fixture(scope="module")
def seed_quotes() -> dict[str, Quote]:
    article = parse_article(SEED.read_text(encoding="utf-8"))
    return {quote.text: quote for quote in article.quotes}


def _find(quotes: dict[str, Quote], start: str) -> Quote:
    matches = [quote for text, quote in quotes.items() if text.startswith(start)]
    assert len(matches) == 1, (start, list(quotes))
    return matches[0]


def test_seed_abdullah_khan_both_quotes(seed_quotes: dict[str, Quote]) -> None:
    description = "an analyst at the Pakistan Institute for Conflict and Security Studies"
    for start in ("The government and military", "Iran celebrated"):
        quote = _find(seed_quotes, start)
        assert (quote.speaker, quote.speaker_description, quote.kind) == (
            "Abdullah Khan",
            description,
            "speech",
        )
    assert _find(seed_quotes, "The government").speaker_mention is not None


def test_seed_foreign_ministry(seed_quotes: dict[str, Quote]) -> None:
    quote = _find(seed_quotes, "a series of highly coordinated")
    assert (quote.speaker, quote.cue) == ("Pakistan’s Foreign Ministry", "described")


@pytest.mark.parametrize(
    ("start", "cue"), [("credible intelligence", "said"), ("unflinching resolve", "pledged")]
)
def test_seed_the_ministry_resolves(seed_quotes: dict[str, Quote], start: str, cue: str) -> None:
    quote = _find(seed_quotes, start)
    assert quote.speaker == "Pakistan’s Foreign Ministry"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "The ministry"
    assert quote.cue == cue


def test_seed_baluch_liberation_army(seed_quotes: dict[str, Quote]) -> None:
    quote = _find(seed_quotes, "martyred innocent Baluch people.")
    assert quote.speaker == "Baluch Liberation Army"
    assert quote.speaker_description is not None
    assert quote.speaker_description.startswith("an ethnic separatist group")


def test_seed_matthew_miller(seed_quotes: dict[str, Quote]) -> None:
    quote = _find(seed_quotes, "There’s no need for escalation,")
    assert (quote.speaker, quote.speaker_description) == (
        "Matthew Miller",
        "a U.S. State Department spokesman",
    )


def test_seed_guterres(seed_quotes: dict[str, Quote]) -> None:
    quote = _find(seed_quotes, "to exercise maximum restraint")
    assert (quote.speaker, quote.speaker_description, quote.cue) == (
        "Antonio Guterres",
        "U.N. Secretary-General",
        "urged",
    )


@pytest.mark.parametrize("start", ["Marg Bar Sarmachar,", "death to the guerrillas."])
def test_seed_terms_are_not_speech(seed_quotes: dict[str, Quote], start: str) -> None:
    quote = _find(seed_quotes, start)
    assert (quote.kind, quote.speaker) == ("term", None)


def test_seed_paragraph_index_points_at_the_paragraph() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text)
    assert article.quotes
    for quote in article.quotes:
        assert quote.paragraph is not None
        paragraph = article.paragraphs[quote.paragraph].span
        assert paragraph.start <= quote.span.start <= quote.span.end <= paragraph.end


# ---------------------------------------------------------------- forms


def test_ap_multi_paragraph_quote_one_quote_per_paragraph() -> None:
    # Shape of AP copy: the first paragraph's quotation is left open.
    text = (
        "“We are going to win this,” Smith said. “We will keep fighting.\n\n"
        "“And we will not stop until the job is done.”"
    )
    quotes = find_quotes(text)
    assert [q.paragraph for q in quotes] == [0, 0, 1]
    assert [q.speaker for q in quotes] == ["Smith", "Smith", "Smith"]
    assert quotes[2].text == "And we will not stop until the job is done."


def test_attribution_after_the_last_paragraph_of_a_chain() -> None:
    text = "“First part of it.\n\n“Second part of it,” Jane Doe said."
    assert [q.speaker for q in find_quotes(text)] == ["Jane Doe", "Jane Doe"]


def test_left_colon_form_and_dash_form() -> None:
    assert find_quotes('Jane Doe said: "We will win."')[0].speaker == "Jane Doe"
    assert find_quotes('"We will win." — Jane Doe')[0].speaker == "Jane Doe"
    quote = find_quotes('According to Jane Doe, "the vote was rigged."')[0]
    assert (quote.speaker, quote.cue) == ("Jane Doe", "according to")


def test_she_resolves_to_most_recent_fitting_speaker() -> None:
    text = (
        "Jane Doe, a nurse, spoke first. She was tired.\n\n"
        '"It was a long night," said John Roe, a doctor. He left.\n\n'
        '"We did our best," she said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["John Roe", "Jane Doe"]


def test_paragraphs_argument_limits_the_search() -> None:
    text = '"Caption quote," he said.\n\n"Body quote," Jane Doe said.'
    body = Span(text.index('"Body'), len(text))
    quotes = find_quotes(text, paragraphs=[body])
    assert [(q.text, q.paragraph) for q in quotes] == [("Body quote,", 0)]


# ---------------------------------------------------------------- never raises


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        '""""""',
        "“”“”””““",
        "”death” “",
        '\x00\x01"a\x02" \ud800 “\udfff” said He.',
        "— — ( ( ( [ “ ” ' ' ’ ’",
        '5\'10" tall and "odd',
        '"' * 10_000,
        ("“" + "x said. ") * 2_000,
        "\n\n".join(['"Abc def ghi'] * 2_000),
    ],
)
def test_odd_input_never_raises_and_spans_hold(text: str) -> None:
    for quote in find_quotes(text):
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.kind in {"speech", "term", "indirect"}


def test_one_megabyte_single_line() -> None:
    text = ('Smith said "hello there," and John Smith told "go" she said. ' * 17_000)[:1_000_000]
    quotes = find_quotes(text)
    assert len(quotes) > 30_000
    assert all(text[q.span.start : q.span.end] == q.text for q in quotes[:1000])


@pytest.mark.parametrize("value", [b'"x," he said', None, 3])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="find_quotes"):
        find_quotes(value)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the real corpus


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_ggt_direct_quote_figures() -> None:
    from evaluation.eval_quotes import score_ggt, wireparse_find_quotes

    result = score_ggt(wireparse_find_quotes)
    assert result["f1"] >= 0.95
    assert result["speaker_accuracy"] >= 0.85


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_polnear_dev_figures() -> None:
    from evaluation.eval_quotes import score_polnear, wireparse_parse_article

    result = score_polnear(wireparse_parse_article, "dev")
    assert result["f1"] >= 0.93
    assert result["source_accuracy"] >= 0.8


# The lazy word look-up behind the resolver must answer exactly as the full set of
# lower-case paragraph words would, whichever way it answers: looked up in place,
# collected after too many look-ups, or collected at once for overlapping paragraphs.
_VOCABULARY_TEXT = (
    "Officials said the state-run plan was o’clock late.\n\nThe plan, officials said."
)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (_VOCABULARY_TEXT, [Span(0, 51), Span(53, 78)]),
        (_VOCABULARY_TEXT, [Span(5, 40), Span(30, 78)]),  # overlapping
        (_VOCABULARY_TEXT, [Span(53, 78), Span(0, 51)]),  # out of order
        ("aab " * 40_000 + "aa", [Span(0, 160_002)]),  # one word everywhere: the budget runs out
    ],
)
def test_vocabulary_matches_the_full_word_set(text: str, paragraphs: list[Span]) -> None:
    from wireparse.quotes.words import _LOWER_WORD, _Vocabulary

    expected: set[str] = set()
    for para in paragraphs:
        expected.update(_LOWER_WORD.findall(text, para.start, para.end))
    vocabulary = _Vocabulary(text, paragraphs)
    asked = [
        "officials",
        "said",
        "plan",
        "state-run",
        "state",
        "o’clock",
        "late",
        "aab",
        "aa",
        "a",
        "ab",
        "fficials",
        "Officials",
        "",
        "run",
        "lock",
    ]
    assert [word in vocabulary for word in asked] == [word in expected for word in asked]


# ---------------------------------------------------------------- reported speech


def test_reported_speech_is_off_by_default() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert all(q.kind != "indirect" for q in parse_article(text).quotes)
    assert all(q.kind != "indirect" for q in find_quotes(text))


def test_seed_reported_speech() -> None:
    """The seed's four reported statements, each with its speaker (issue 7, stretch)."""
    text = SEED.read_text(encoding="utf-8")
    quotes = parse_article(text, indirect=True).quotes
    reported = [(q.text[:40], q.speaker, q.cue) for q in quotes if q.kind == "indirect"]
    assert reported == [
        ("Among the dead in Iran’s Sistan and Balu", "Ali Reza Marhamati", "according to"),
        ("the dead were not Iranian citizens", "Ali Reza Marhamati", "said"),
        ("the strikes also hit targets associated ", "Pakistan’s military", "said"),
        ("a number of homes had been struck in Sar", "HalVash", "said"),
    ]
    # the direct quotes are the same with and without reported speech
    direct = [q for q in quotes if q.kind != "indirect"]
    assert direct == list(parse_article(text).quotes)


# ---------------------------------------------------------------- speaker rules


def test_docs_list_the_speaker_rules_in_their_order() -> None:
    from wireparse.quotes.sieves import SIEVES

    page = (Path(__file__).parent.parent / "docs" / "quotes.md").read_text(encoding="utf-8")
    listed = regex.findall(r"^\| \d+ \| `(\w+)` \|", page, flags=regex.M)
    assert listed == [rule.__name__ for _kinds, rule in SIEVES]


# One made-up case per rule of SIEVES, in its order (the examples of docs/quotes.md).
# Each case needs its rule: without the rule the speaker differs (the catch-all
# ``_nobody`` excepted, after which nothing is tried).
_RULE_CASES = [
    ("_named_next",
     'Tom Hale runs the city. "The plan is on track," a city spokesman said.\n\n'
     'The city hopes to finish soon, spokesman Sam Ortiz told reporters.',
     "Sam Ortiz"),
    ("_unnamed_someone",
     'Acme Corp said profits rose.\n\n'
     '"We act," a spokesman said.',
     "a spokesman"),
    ("_document_author",
     'Jane Doe said in a statement on Monday that talks had failed.\n\n'
     '"We tried," the statement said.',
     "Jane Doe"),
    ("_issued_document",
     'Acme Corp said profits rose.\n\n'
     'Jane Doe issued a statement saying she "had hoped for more."',
     "Jane Doe"),
    ("_owners_spokesperson",
     'Jane Doe spoke.\n\n'
     '"We are hopeful," Acme’s chief spokesman said.',
     "Acme’s chief spokesman"),
    ("_statement_source",
     'Jane Doe wrote to the board on Monday.\n\n'
     '"We tried," her statement said.',
     "Jane Doe"),
    ("_told_by_clause",
     'Jane Doe spoke at the vigil.\n\n'
     'She spoke of the teacher who told the kids, "Show me your smile."',
     "the teacher"),
    ("_unnamed_before",
     'Jane Doe ran the campaign. A campaign official said it used other data.\n\n'
     '"Those claims are false," said the official.',
     "A campaign official"),
    ("_earlier_role",
     'Coach Ken Hitchcock spoke. Jane Doe, a forward, scored twice.\n\n'
     '"We lost," the coach said.',
     "Ken Hitchcock"),
    ("_plural_group",
     'Jane Doe spoke first.\n\n'
     '"We act," the G-8 foreign ministers said.',
     "the G-8 foreign ministers"),
    ("_described_person",
     'Jane Doe ran the race.\n\n'
     '"We won," the 46-year-old said.',
     "Jane Doe"),
    ("_nobody",
     'Jane Doe spoke.\n\n'
     '"We lost," the plan said.',
     None),
    ("_named_organization",
     'The Federal Trade Commission sued on Monday. Google said it would help.\n\n'
     '"We act," the commission said.',
     "Federal Trade Commission"),
    ("_quoted_organization",
     '"We act," the University Health Network said.\n\n'
     'Google said profits rose.\n\n'
     '"Again," the university said.',
     "University Health Network"),
    ("_recent_organization",
     'Acme Corp said profits rose.\n\n'
     '"We act," the company said.',
     "Acme"),
    ("_subject_epithet",
     "Tom Doe, the lawyer husband of one of the mayor's top advisers, Ann Doe, spoke at "
     "the rally on Wednesday.\n\n"
     '"The text is plain," the attorney wrote.',
     "Tom Doe"),
    ("_epithet",
     'Jane Doe scored twice.\n\nIt was a long night.\n\n'
     '"We won," the rookie defenceman said.',
     "Jane Doe"),
    ("_as_written",
     '"We act," protesters said.',
     "protesters"),
    ("_unnamed_speaker",
     'Jane Doe runs Acme. "Sales rose," a company spokesman said.\n\n'
     '"We are pleased," he said.',
     "a company spokesman"),
    ("_previous_subject",
     'Tom Hale told reporters he had spoken with Gov. John Ward.\n\n'
     '"It is not necessary," he said.',
     "Tom Hale"),
    ("_unnamed_subject",
     "John Roe, the chief executive, said on Monday that sales rose.\n\n"
     "A company spokesman said the data was deleted.\n\n"
     '"We deleted all data," he said.',
     "A company spokesman"),
    ("_he_or_she",
     'Jane Doe arrived. Tom Hale spoke first.\n\n'
     '"We act," she said.',
     "Jane Doe"),
    ("_subject_organization",
     'Google said profits rose. The Shanghai Times said in an editorial on Monday that '
     'talks had failed.\n\n'
     '"We tried," it said.',
     "Shanghai Times"),
    ("_it",
     'Google said profits rose. Jane Doe left.\n\n'
     '"It works," it said.',
     "Google"),
    ("_they",
     'Tore Sohlberg and Lehla Abreder said they were glad.\n\n'
     '"We won," they said.',
     "Tore Sohlberg and Lehla Abreder"),
    ("_they_group",
     '300 protesters marched on Monday.\n\n'
     'They chanted, "We want work."',
     "protesters"),
    ("_part_of_group",
     'Police warned the protesters that they would use tear gas as some chanted, '
     '"Not one step back!"',
     "protesters"),
    ("_nobody",
     'Jane Doe spoke.\n\n'
     '"We act," we said.',
     None),
    ("_party_politician",
     'Mitch McConnell spoke on Monday.\n\n'
     '"We act," the Kentucky Republican said.',
     "Mitch McConnell"),
    ("_full_name",
     'Abdullah Khan spoke on Monday.\n\n'
     '"We act," Khan said.',
     "Abdullah Khan"),
]  # fmt: skip


def test_every_speaker_rule_has_a_case() -> None:
    from wireparse.quotes.sieves import SIEVES

    assert [rule for rule, _text, _speaker in _RULE_CASES] == [r.__name__ for _k, r in SIEVES]


def _last_speaker(text: str) -> str | None:
    return [quote.speaker for quote in find_quotes(text)][-1]


@pytest.mark.parametrize(("rule", "text", "speaker"), _RULE_CASES)
def test_speaker_rules_on_made_up_examples(
    rule: str, text: str, speaker: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wireparse.quotes import speakers

    assert _last_speaker(text) == speaker
    if rule == "_nobody":
        return
    without = {
        kind: tuple(r for r in rules if r.__name__ != rule)
        for kind, rules in speakers._SIEVES_BY_KIND.items()
    }
    monkeypatch.setattr(speakers, "_SIEVES_BY_KIND", without)
    assert _last_speaker(text) != speaker


def test_an_organization_noun_before_of_opens_a_whole_name() -> None:
    # "the Ministry of Finance's website": the name ends at "Finance", not at "of", and the
    # possessive is no part of it; "the ministry" is then that ministry
    text = (
        "The tariffs take effect on June 1, a statement on the Ministry of Finance’s "
        "website said. Companies can get a rebate.\n\n"
        "“We will respond,” the ministry said."
    )
    assert _last_speaker(text) == "Ministry of Finance"
    # a title or a possessive after it: the run names a person, not the organization
    text = (
        "Department of Homeland Security Secretary Kirstjen Nielsen spoke on Monday.\n\n"
        "“We will respond,” Nielsen said."
    )
    assert _last_speaker(text) == "Kirstjen Nielsen"
    text = "Bank of Tokyo’s Yuki Kimura spoke on Monday.\n\n“It is hard,” Kimura said."
    assert _last_speaker(text) == "Yuki Kimura"


def test_a_title_of_an_office_ends_at_the_given_name() -> None:
    # "Director of National Intelligence Dan Coats": the office's words are no part of the name
    text = (
        "Director of National Intelligence Dan Coats spoke on Monday.\n\n"
        "“The warning lights are blinking,” Coats said."
    )
    assert _last_speaker(text) == "Dan Coats"


def test_it_is_the_organization_not_the_place_it_is_in() -> None:
    # "_subject_organization": the subject's head, not the name after "in"
    text = (
        "The Russian Embassy in the United States issued a statement on Friday.\n\n"
        "“Washington struck again,” it said."
    )
    assert _last_speaker(text) == "Russian Embassy"


def test_a_town_before_its_state_is_no_subject() -> None:
    # "a Boca Raton, Florida, startup": a town, not the "he" of the next quotation
    text = (
        "Still, Mike Kramer, CEO of 420Blockchain, a Boca Raton, Florida, startup whose "
        "technology lets cannabis companies track their supply chain, said the industry "
        "was concerned. “We’re going to be resilient,” he said."
    )
    assert _last_speaker(text) == "Mike Kramer"


def test_a_name_after_a_preposition_and_an_article_is_no_subject() -> None:
    # "at the nonprofit Muslim Advocates, said": the organization is the object of "at"
    text = (
        "Madihha Ahussain, a special counsel for anti-Muslim bigotry at the nonprofit "
        "Muslim Advocates, said more information is needed.\n\n"
        "“Now, the question is: how will Facebook enforce this policy?” she said."
    )
    assert _last_speaker(text) == "Madihha Ahussain"


def test_a_time_phrase_before_the_cue_is_no_subject() -> None:
    # "Esper earlier this week called": "this week" is when, Esper who
    text = (
        "Vice President Mike Pence has touted the plan. And Mark Esper earlier this week "
        "called this an “epic moment” in recent history."
    )
    assert _last_speaker(text) == "Mark Esper"
    text = "Donald Trump on Wednesday praised Barr for “taking charge of a case.”"
    assert _last_speaker(text) == "Donald Trump"


def test_a_description_then_a_name_in_apposition_after_the_quote() -> None:
    # "“...,” the campaign's manager, Brad Parscale, said in a statement": the name speaks
    text = "“This is a sham lawsuit,” the campaign’s manager, Brad Parscale, said in a statement."
    assert _last_speaker(text) == "Brad Parscale"
    # a capital opens the next sentence: its subject is not the quotation's speaker
    text = (
        "Asked about it, Donald Trump said: “I don’t know anything about it.” A lawyer for "
        "the company, Marc Mukasey, said he is evaluating the situation."
    )
    assert next(quote.speaker for quote in find_quotes(text)) == "Donald Trump"


def test_said_a_description_then_a_name_in_apposition() -> None:
    text = '"Gaza cannot be defeated," said a spokesman, Sami Abu Zuhri.'
    assert _last_speaker(text) == "Sami Abu Zuhri"
    text = '"There are no winners," said the chamber’s chairman, William Zarit, on Monday.'
    assert _last_speaker(text) == "William Zarit"


def test_a_possessor_keeps_its_whole_name() -> None:
    text = "New York’s labor department said it sees “an unprecedented increase” in calls."
    assert _last_speaker(text) == "New York’s labor department"
    # not the article, nor the titles before a person's name
    text = "The International Monetary Fund's policy committee called for “urgent action.”"
    assert _last_speaker(text) == "International Monetary Fund's policy committee"
    text = "Senate Majority Leader Mitch McConnell’s office called it “a good step.”"
    assert _last_speaker(text) == "Mitch McConnell’s office"


def test_a_name_after_in_or_at_is_where_the_subject_is() -> None:
    text = 'Meanwhile, protesters in Washington chanted, "No Trump, no KKK," as they marched.'
    assert _last_speaker(text) == "protesters"
    assert _last_speaker('"We will act," officials in Beijing said.') == "officials"
