"""What a speaker may be: a name or a noun phrase, never a clause nor a word that is no name."""

from __future__ import annotations

import pytest
from evaluation.corpus import CORPUS

from wireparse.quotes import find_quotes

# A speaker never opens with a conjunction or a relative word ("if lawmakers",
# "but whose reputation was ruined ...", "as religious leaders and activists").
_OPENERS = "if but as that whose who whom which when while because and or although though whether"
_CLAUSE_OPENERS = frozenset(_OPENERS.split())


def _clause_speakers(text: str) -> list[str]:
    return [
        quote.speaker
        for quote in find_quotes(text, indirect=True)
        if quote.speaker and quote.speaker.split()[0].lower() in _CLAUSE_OPENERS
    ]


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not here")
def test_no_allsides_speaker_opens_with_a_clause_word() -> None:
    from evaluation.corpus import allsides_all

    found = {}
    for _name, record in allsides_all():
        text = record.get("content_original") or ""
        bad = _clause_speakers(text)
        if bad:
            found[record["ID"]] = bad
    assert not found, found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence-opening participle or adjective is no name
        ("Undeterred by curfews, crowds streamed back, saying the police were “out of control.”",
         None),
        ("Arbitrary arrests were reported, saying internet service is “neither water nor air.”",
         None),
        # a party tag typed with an underscore is skipped like "D-N.Y."
        ("Rep. Jane Roe, D_N.Y., who chairs the panel, said it was “a disgrace.”", "Jane Roe"),
        # a possessor is not the subject of the noun after it
        ("Spokeswoman Kerri Lane said that Parnas’ claims were “100% false.”", "Kerri Lane"),
        # a conjunction before the subject is cut off
        ("It would be quick if lawmakers agreed to “revisit this issue” soon.", "lawmakers"),
        # a participle after a comma takes the sentence's subject, not the words before it
        ("Tom Hale spoke. He declined to comment on Doe’s critical remarks, saying only, "
         "“We will go on.”", "Tom Hale"),
        # ... and after an opening clause, the subject after its comma
        ("After Jane Doe argued with Harris about her plan, Tom Hale came to Doe’s side, "
         "saying “we need to be honest” about it.", "Tom Hale"),
        # a name keeps a first word written in lower case elsewhere ("new")
        ("A new inquiry began, according to the New York Times. The New York Times "
         "reported, citing “people briefed on the matter,” that it was new.", "New York Times"),
        # the name in the appositive after "a lawyer for <organization>" speaks
        ("A lawyer for the Acme Group, Marc Doe, said he is “evaluating the situation.”",
         "Marc Doe"),
        # a demonym after "the" is the person just written about
        ("Nick Elm, a student, spoke.\n\n“I feel pretty good,” the Texan told a station.",
         "Nick Elm"),
    ],
)  # fmt: skip
def test_words_that_are_never_names(text: str, speaker: str | None) -> None:
    speech = [quote for quote in find_quotes(text) if quote.kind == "speech"]
    assert [quote.speaker for quote in speech] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a woman's name of the census: "she" is not the man who stands as the subject
        ('Ezra Lott spoke to Gretchen Whitmer on Monday.\n\n"We act," she said.',
         "Gretchen Whitmer"),
        # a name of the news the census lacks
        ('Chrystia Freeland met Ezra Lott.\n\n"We act," he said.', "Ezra Lott"),
        # a name of either sex in the census gives none: the subject is taken
        ('Jordan Kell spoke to Ezra Lott on Monday.\n\n"We act," she said.', "Jordan Kell"),
    ],
)  # fmt: skip
def test_gender_of_given_names(text: str, speaker: str) -> None:
    assert [quote.speaker for quote in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the sentence before, not an object of it
        ('Tom Hale told reporters he had spoken with Gov. John Ward.\n\n'
         '“It is not necessary,” he said.', "Tom Hale"),
        # a subject in the pronoun's own sentence comes first
        ('Sen. John Ward, D-Ore., said in a speech that it "was no apology." He asked how '
         'anyone could trust it.\n\nSen. Tom Hale, D-Vt., said the world was watching the '
         'vote, which he called a "referendum on torture."', "Tom Hale"),
        # one who speaks in the sentence before comes before its first subject
        ('Kashmiri Hindus got three options, Tom Hale said.\n\n“We left,” he said.',
         "Tom Hale"),
    ],
)  # fmt: skip
def test_pronoun_takes_the_previous_subject(text: str, speaker: str) -> None:
    assert [quote.speaker for quote in find_quotes(text)][-1] == speaker
