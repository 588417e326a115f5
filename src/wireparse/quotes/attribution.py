"""The cue frames left and right of a quotation, and what makes a quotation a term."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import attrs

from wireparse._lexicon.cues import (
    ACCORDING_TO,
    ADVERBS,
    NAMING_NOUNS,
    STRONG_NAMING_CUES,
    TIME_PHRASE_ENDS,
)
from wireparse._lexicon.function_words import OBJECT_LINKS, OPENING_PREPOSITIONS
from wireparse._lexicon.mentions import (
    CLAUSE_WORDS,
    CROWD_NOUNS,
    DEMONYMS,
    GROUP_PART_WORDS,
    SIGN_NOUNS,
    SUBORDINATORS,
)
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.titles import (
    DETERMINERS,
    FUNCTION_WORDS,
    OTHER_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    TITLE_SMALL_WORDS,
)
from wireparse.models import Span
from wireparse.quotes.marks import _Raw
from wireparse.quotes.phrases import _NP, _opener_not_name
from wireparse.quotes.phrases_after import _description_after, _is_abbr, _np_after
from wireparse.quotes.phrases_before import _np_before, _np_plain
from wireparse.quotes.tokens import (
    _LOWER_OF,
    _QUOTE_TOKEN,
    _SENTENCE_END,
    _TEXT_OF,
    _keeps_period,
    _Tok,
)
from wireparse.quotes.verbs import CRY_VERBS, CUE_VERBS, INDIRECT_CUES, WEAK_CUES

# How far (characters) the attribution windows reach around a quotation.
_LEFT_WINDOW: Final = 300
_RIGHT_WINDOW: Final = 200
# A left cue may stand this many words before the mark ("said in a statement it had").
_LEFT_CUE_REACH: Final = 45
_WEAK_CUE_REACH: Final = 3
# Quotations of at most this many words without an attribution are terms.
_TERM_MAX_WORDS: Final = 4
# Quotations in title case up to this many words are titles or names.
_TITLE_MAX_WORDS: Final = 8

# ---------------------------------------------------------------- attribution


@attrs.frozen
class _Attribution:
    np: _NP
    cue: str
    side: str  # "left" or "right"


def _right_attribution(text: str, toks: Sequence[_Tok]) -> _Attribution | None:
    """Attribution after the closing mark: ', said X', ', X said', ' — X', ', according to X'."""
    i = 0
    if i < len(toks) and toks[i].text in {",", "?", "!"}:
        i += 1
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.text in {"—", "–", "-"} and i + 1 < len(toks):
        found = _np_after(text, toks, i + 1)
        if found is not None and found[0].kind == "name":
            return _Attribution(found[0], "—", "right")
        return None
    if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
        found = _np_after(text, toks, i + 2)
        if found is not None:
            return _Attribution(_with_description(text, toks, found), ACCORDING_TO, "right")
        return None
    if CUE_VERBS.isdisjoint(map(_LOWER_OF, toks)):
        return None  # every form below needs a cue verb (tested in C)
    k = i
    while k < len(toks) and toks[k].lower in ADVERBS:
        k += 1
    if k < len(toks) and toks[k].lower in CUE_VERBS and not toks[k].is_cap:
        found = _np_after(text, toks, k + 1)
        if found is not None:
            return _Attribution(_with_description(text, toks, found), toks[k].text, "right")
        return None
    # "X said", "X, a spokesman, said", "UFCW Local 832 president Jeff Traeger said"
    for end in range(i, min(len(toks), i + 45)):
        if toks[end].text in _SENTENCE_END or toks[end].text == _QUOTE_TOKEN:
            break
        if toks[end].lower in CUE_VERBS and not toks[end].is_cap and end > i:
            quoted = _quoted_as(text, toks, end)
            if quoted is not None:
                return _Attribution(quoted, toks[end].text, "right")
            np = _np_before(text, toks, end - 1, i)
            if np is None or np.start < toks[i].start:
                break
            lead = [t for t in toks[i:] if t.start < np.start]
            if lead and lead[0].lower in _SUBORDINATORS:
                break  # "“...” Though critics have said ...": a clause of the next sentence
            # "the campaign's manager, Brad Parscale, said in a statement": the
            # description before a name in apposition ends on a comma (in lower case:
            # a capital opens the next sentence, "A lawyer for Acme, Marc Doe, said")
            appositive = np.description and lead and lead[-1].text == "," and not lead[0].is_cap
            words = lead[:-1] if appositive else lead
            if any(not (t.is_word or _is_abbr(t.text)) for t in words) or len(lead) > (
                _LONG_TITLE if np.kind == "name" and not any(t.is_cap for t in lead) else 10
            ):  # "acting chief scientist and assistant administrator for ... Craig McLean"
                break
            if lead:
                before = text[toks[i].start : lead[-1].end]
                title = text[toks[i].start : (np.name_start or np.start)].strip()
                np = attrs.evolve(
                    np, start=toks[i].start, description=np.description or title or before
                )
            return _Attribution(np, toks[end].text, "right")
    # '"..." including Lake Cowichan, it said.': a short "X said" closing the sentence
    for end in range(i + 2, min(len(toks), i + 45)):
        if toks[end].text in _SENTENCE_END or toks[end].text == _QUOTE_TOKEN:
            break
        if toks[end].lower in CUE_VERBS and not toks[end].is_cap:
            np = _np_before(text, toks, end - 1, i)
            closes = end + 1 >= len(toks) or toks[end + 1].text in _SENTENCE_END
            if np is not None and np.kind in {"pronoun", "name"} and closes:
                start = next((k for k in range(i, end) if toks[k].start == np.start), i)
                if start > i and toks[start - 1].text == ",":
                    return _Attribution(np, toks[end].text, "right")
            if toks[end - 1].text == ",":
                # "Such hacks “...” so that analysts can see more, said Ben Buchanan, a
                # scholar.": the words after the mark run on to ", said X"
                found = _np_after(text, toks, end + 1)
                if found is not None and found[0].kind == "name" and _closes(toks, found[1]):
                    return _Attribution(
                        _with_description(text, toks, found), toks[end].text, "right"
                    )
            break
    return None


def _closes(toks: Sequence[_Tok], k: int) -> bool:
    """Whether a speaker ending before token ``k`` closes its sentence or an appositive
    follows (a quotation after it ends the window: "claims Biden “...”" is no such)."""
    return k < len(toks) and (toks[k].text == "," or toks[k].text in _SENTENCE_END)


# Words that open a subordinate clause, never an attribution after a quotation.
_SUBORDINATORS: Final = SUBORDINATORS
# How many lower-case words of title may stand between a quotation and a name.
_LONG_TITLE: Final = 16
_QUOTED: Final = frozenset({"quoted", "quotes", "quote"})
_AS_SAYING: Final = frozenset({"saying", "telling", "writing", "asking"})
_OBJECT_PRONOUNS: Final = frozenset({"him", "her"})


def _quoted_as(text: str, toks: Sequence[_Tok], k: int) -> _NP | None:
    """ "The Guardian quoted her as saying", "a report quotes Hughes as saying": the one
    quoted (after the cue at ``k``) is the speaker, not the subject."""
    if toks[k].lower not in _QUOTED or k + 1 >= len(toks):
        return None
    if toks[k + 1].lower in _OBJECT_PRONOUNS:
        found: tuple[_NP, int] | None = (_NP(toks[k + 1].start, toks[k + 1].end, "pronoun"), k + 2)
    else:
        found = _np_after(text, toks, k + 1)
    if found is None:
        return None
    np, after = found
    if (
        after + 1 < len(toks)
        and toks[after].lower == "as"
        and toks[after + 1].lower in _AS_SAYING
        and np.kind in {"name", "pronoun", "common"}
    ):
        return np
    return None


def _with_description(text: str, toks: Sequence[_Tok], found: tuple[_NP, int]) -> _NP:
    np, after = found
    if np.kind == "pronoun":
        return np
    named = _named_in_apposition(text, toks, np, after)
    if named is not None:
        return named
    appositive = _description_after(text, toks, after)
    if appositive is None:
        return np
    return attrs.evolve(np, description=appositive)


def _named_in_apposition(text: str, toks: Sequence[_Tok], np: _NP, after: int) -> _NP | None:
    """ "says Wise's dad, Darrin.": the name after a possessor's noun and a comma; "said a
    spokesman, Sami Abu Zuhri.": a name of two words or more after a description."""
    if np.kind == "common" and after + 2 < len(toks) and toks[after].text == ",":
        e = after + 1
        while e + 1 < len(toks) and e - after < 5 and toks[e + 1].is_cap and toks[e + 1].is_word:
            e += 1
        closes = e + 1 == len(toks) or toks[e + 1].text in _SENTENCE_END or toks[e + 1].text == ","
        first = toks[after + 1]
        if closes and e > after + 1 and first.is_cap and first.lower not in FUNCTION_WORDS:
            description = text[np.start : np.end]
            return _NP(first.start, toks[e].end, "name", description, first.start)
        return None
    if not (
        toks[after - 1].text.endswith(("’s", "'s"))
        and after + 2 < len(toks)
        and toks[after].is_word
        and not toks[after].is_cap
        and toks[after + 1].text == ","
        and toks[after + 2].is_cap
        and toks[after + 2].is_word
    ):
        return None
    e = after + 2
    while e + 1 < len(toks) and e - after < 5 and toks[e + 1].is_cap and toks[e + 1].is_word:
        e += 1
    if e + 1 < len(toks) and toks[e + 1].text not in _SENTENCE_END and toks[e + 1].text != ",":
        return None
    name_start = toks[after + 2].start
    description = text[np.start : toks[after].end]
    return _NP(name_start, toks[e].end, "name", description, name_start)


def _left_attribution(text: str, toks: Sequence[_Tok]) -> _Attribution | None:
    """Attribution before the opening mark, in the same sentence."""
    start = 0
    texts = list(map(_TEXT_OF, toks))
    if "." in texts or "!" in texts or "?" in texts:  # tested in C; mostly none
        for k in range(len(toks) - 1, -1, -1):
            if texts[k] in _SENTENCE_END:
                start = k + 1
                break
    sentence = toks[start:]
    n = len(sentence)
    lowers: list[str] = list(map(_LOWER_OF, sentence))  # membership tests then run in C
    # "According to X, "..."
    if "according" in lowers:
        for k in range(n - 1):
            if lowers[k] == "according" and lowers[k + 1] == "to":
                found = _np_after(text, sentence, k + 2)
                if found is not None:
                    return _Attribution(
                        _with_description(text, sentence, found), ACCORDING_TO, "left"
                    )
    tail = lowers[-_CRY_REACH:]
    if not CRY_VERBS.isdisjoint(tail):
        k = n - len(tail) + max(i for i, word in enumerate(tail) if word in CRY_VERBS)
        crowd = _crowd_crying(sentence, k)
        if crowd is not None:
            return _Attribution(crowd, sentence[k].text, "left")
    if n >= 2 and sentence[-1].text == ":" and CUE_VERBS.isdisjoint(lowers):
        found = _np_after(text, sentence, 0)
        if found is not None and found[1] == 1 and _opener_not_name(text, sentence[0]):
            found = _after_opening_phrase(text, sentence)
        if found is not None and found[0].kind not in _DESCRIPTIONS:
            return _Attribution(_with_description(text, sentence, found), ":", "left")
    # only the last _LEFT_CUE_REACH words may hold the cue (most windows hold none: C test)
    reach = max(0, n - _LEFT_CUE_REACH)
    cues = (
        []
        if CUE_VERBS.isdisjoint(lowers[reach:])
        else [k for k in range(reach, n) if lowers[k] in CUE_VERBS and not sentence[k].is_cap]
    )
    by_cue = _cue_attribution(text, sentence, cues) if cues else None
    if by_cue is None and n >= 3 and sentence[-1].text in _DASHES:
        dashed = _dash_subject(text, sentence)
        if dashed is not None:
            return _Attribution(dashed, "—", "left")
    return by_cue


def _cue_attribution(
    text: str, sentence: Sequence[_Tok], cues: Sequence[int]
) -> _Attribution | None:
    """The left attribution by the cue verbs at ``cues`` (indices), the nearest first.

    Each cue's subject, the sentence's opening phrase and the first cue that has a
    subject are found once per call: the rules ask for them again at every cue, and a
    sentence dense with cues would otherwise cost the square of their count.
    """
    n = len(sentence)
    subjects: dict[int, _NP | None] = {}

    def subject(k: int) -> _NP | None:
        # (a quotation right before the cue is no subject: _np_before gives None there)
        if k not in subjects:
            end = _went_on_to(sentence, k)  # "The statement went on to say"
            before = end > 0 and sentence[end - 1].text != _QUOTE_TOKEN
            subjects[k] = _np_before(text, sentence, end - 1, 0) if before else None
        return subjects[k]

    first_named: list[int | None] = []  # the first cue that has a subject, once asked
    opening: list[tuple[_NP, int] | None] = []  # _np_after at token 0, once asked
    last_colon: list[int] = []  # the index of the sentence's last colon (-1), once asked
    outer = _reporter(text, sentence, cues, subject)
    if outer is not None:
        return _Attribution(outer, sentence[cues[0]].text, "left")
    for k in reversed(cues):
        if sentence[k].lower in WEAK_CUES and n - k > _WEAK_CUE_REACH:
            continue
        if k >= 2 and sentence[k - 1].lower == "as":
            # "A police report quotes Hughes as saying “...”"
            for q in range(k - 2, max(-1, k - 8), -1):
                quoted = _quoted_as(text, sentence, q)
                if quoted is not None:
                    return _Attribution(quoted, sentence[q].text, "left")
        np = subject(k)
        participle = _after_comma_participle(sentence, k)
        clause = participle and sentence[0].lower in _OPENING_CLAUSES
        if np is not None and participle and (np.kind == "other" or np.end < sentence[k - 2].end):
            # "He refused to comment on Clinton’s remarks, saying “...”"; "In Salem, New
            # Hampshire, Trump went after Bush, calling": not a name before a clause
            np = None
        if np is not None:
            return _Attribution(np, sentence[k].text, "left")
        # "... and pledged “...”": the subject of an earlier cue in the sentence
        if k > cues[0] and not clause:  # not the cue of an opening clause ("After X argued")
            if not first_named:
                first_named.append(next((c for c in cues if subject(c) is not None), None))
            earlier = first_named[0]
            np = subject(earlier) if earlier is not None and earlier < k else None
            if np is not None and not (participle and np.kind == "other"):
                return _Attribution(np, sentence[k].text, "left")
        # "..., saying “...”", "calling him a “loser”", "held a sign that said “...”"
        if (
            sentence[k].lower.endswith("ing")
            or (k > 0 and sentence[k - 1].lower in {"and", "but"})
            or _sign_clause(sentence, k)
        ):
            named = _opening_subject(text, sentence, k, clause, opening)
            if named is not None:
                return _Attribution(named, sentence[k].text, "left")
        # "said X: "..."" (cue before its subject, e.g. "Said Smith:"; a colon after it)
        if k == 0 or not sentence[k - 1].is_word:
            if not last_colon:
                colons = (c for c in range(n - 1, -1, -1) if sentence[c].text == ":")
                last_colon.append(next(colons, -1))
            if last_colon[0] <= k + 1:
                continue
            found = _np_after(text, sentence, k + 1)
            if found is not None and _colon_after(sentence, found[1]):
                return _Attribution(found[0], sentence[k].text, "left")
    return None


def _opening_subject(
    text: str,
    sentence: Sequence[_Tok],
    k: int,
    clause: bool,
    opening: list[tuple[_NP, int] | None],
) -> _NP | None:
    """The subject that starts the sentence, for the cue at ``k`` that stands after it
    ("..., saying", "and said"); ``opening`` keeps :func:`_np_after` at token 0 once asked,
    ``clause`` tells whether the sentence opens with a clause ("After Biden argued")."""
    if not opening:
        # "Clinton quickly accepted the apology, saying": the name alone, when
        # the words after it are not a title ("Oilers head coach Ken Hitchcock")
        opening.append(_np_after(text, sentence, 0) or _subject_at(text, sentence, 0))
    found = opening[0]
    opener = (
        found is not None
        and found[1] == 1
        and (_opener_not_name(text, sentence[0]) or _time_opener(sentence))
    )
    if opener:
        found = None  # "Undeterred by curfews, protesters ..., saying “...”"
    if (found is None or found[0].kind == "common" or clause) and (
        sentence[0].lower in _OPENING_PREPOSITIONS or opener or clause
    ):
        # "In a statement, IRCC did not reveal ..., but said “...”"; "After Biden
        # argued with Harris, Bennet came to his side, saying “...”"
        reach = k if clause else min(k, 12)
        comma = next((c for c in range(1, reach) if sentence[c].text == ","), None)
        if comma is not None:
            found = _subject_at(text, sentence, comma + 1)
    if found is not None and (found[0].kind != "common" or _described_subject(sentence)):
        return found[0]
    return None


def _colon_after(sentence: Sequence[_Tok], j: int) -> bool:
    """Whether a colon follows the speaker that ends before token ``j``, right away or
    after the place it belongs to ("says Karen Pollitz of the Kaiser Family Foundation:")."""
    if j < len(sentence) and sentence[j].lower in _HOLDER_LINKS:
        j = next((c for c in range(j, min(len(sentence), j + 10)) if not sentence[c].is_word), j)
    return j < len(sentence) and sentence[j].text == ":"


_HOLDER_LINKS: Final = frozenset({"of", "at", "for", "with", "from"})


def _dash_subject(text: str, sentence: Sequence[_Tok]) -> _NP | None:
    """ "Trump expressed sympathy with their frustration — “...” —": a quotation set off
    by a dash gives the words of the person who opens the sentence (after *When*, or
    after an opening phrase and its comma: "Asked about it, Trump ...")."""
    if sentence[0].lower in _THE_OR_A:
        return None  # "The company — “...” —"
    found = _subject_at(text, sentence, 1 if sentence[0].lower in CLAUSE_WORDS else 0)
    if found is None or sentence[found[1]].text == ",":
        comma = next((c for c in range(1, min(len(sentence), 12)) if sentence[c].text == ","), 0)
        found = _subject_at(text, sentence, comma + 1) if comma else None
    if found is None or found[0].kind != "name" or sentence[found[1]].text in {",", "—", "–"}:
        return None
    return found[0]


_DASHES: Final = frozenset({"—", "–"})


def _went_on_to(sentence: Sequence[_Tok], k: int) -> int:
    """Where the subject of the cue at ``k`` ends: before "went on to" ("The email
    goes on to say"), else right before the cue."""
    went = k >= 4 and sentence[k - 1].lower == "to" and sentence[k - 2].lower == "on"
    return k - 3 if went and sentence[k - 3].lower in _GO else k


_GO: Final = frozenset({"go", "goes", "went", "going"})


def _reporter(
    text: str,
    sentence: Sequence[_Tok],
    cues: Sequence[int],
    subject: Callable[[int], _NP | None],
) -> _NP | None:
    """ "Kelly said that after the interview he shouted at her “...”": the quotation is
    the words of who reports the sentence (the subject that opens it, before a verb of
    reported speech), not of the pronoun in the clause reported; nor of a thing ("a
    source said the areas hacked suggested “...”")."""
    if len(cues) < 2 or sentence[cues[0]].lower not in INDIRECT_CUES:
        return None
    inner = subject(cues[-1])
    if inner is None:
        return None
    if inner.kind != "other" and (
        sentence[cues[-1]].lower in INDIRECT_CUES
        or text[inner.start : inner.end].lower() not in _HE_OR_SHE  # (not "they", "some")
    ):
        return None
    np = subject(cues[0])
    opens = sentence[1 if sentence[0].lower in _BUT_AND and len(sentence) > 1 else 0].start
    if np is None or np.kind not in _PEOPLE or np.start != opens:
        return None
    return np


_BUT_AND: Final = frozenset({"but", "and"})
_PEOPLE: Final = frozenset({"name", "common"})


def _described_subject(sentence: Sequence[_Tok]) -> bool:
    """Whether the sentence opens on a description that is its subject ("The Florida
    senator sought to calm his supporters, saying"): it speaks, as a name would."""
    return sentence[0].lower in _THE_OR_A


_THE_OR_A: Final = frozenset({"the", "a", "an"})
_HE_OR_SHE: Final = frozenset({"he", "she"})
# Mentions that describe rather than name: no subject of a colon frame.
_DESCRIPTIONS: Final = frozenset({"common", "other"})


def _names_a_thing(text: str, attribution: _Attribution) -> bool:
    """Whether a left attribution's subject is a thing with an article ("a draft text
    agreed before the impasse, “...,” X said"): the right attribution then wins."""
    np = attribution.np
    return np.kind == "other" and text[np.start : np.start + 4].lower().startswith(_ARTICLES)


_ARTICLES: Final = ("a ", "an ", "the ")


def _sign_clause(sentence: Sequence[_Tok], k: int) -> bool:
    """Whether the cue at ``k`` opens a clause on a sign ("held a sign that said"): the
    words are the holder's, the subject of the sentence."""
    return k >= 2 and sentence[k - 1].lower in _THAT and sentence[k - 2].lower in SIGN_NOUNS


_THAT: Final = frozenset({"that", "which"})


def _crowd_crying(sentence: Sequence[_Tok], k: int) -> _NP | None:
    """ "thousands of demonstrators stood outside Trump Tower shouting “...”", "a
    gathering of Iranians chanting “...”": a chant, a shout or a song right before the
    quotation is the crowd's: the nearest group of people written before the verb that
    is no object (not "people" the protesters surrounded), as written, and not a name
    the crowd stood by; none when a pronoun stands between ("he was heard shouting") or
    no group is written ("Leija yelled")."""
    if k > 0 and sentence[k].lower in CUE_VERBS and sentence[k - 1].lower in _CRY_SUBJECTS:
        return None  # "They chanted", "as some chanted": the rules for pronouns
    first = None
    for j in range(k - 1, -1, -1):
        if sentence[j].lower in _CRY_STOPS:
            break
        if _crowd_word(sentence[j].lower) and (j == k - 1 or _not_an_object(sentence, j)):
            first = j
            break
    if first is None:
        return None
    tok = sentence[first]
    if first and sentence[first - 1].lower in _THE_OR_A:
        return _NP(sentence[first - 1].start, tok.end, "common")  # "the crowd"
    return _NP(tok.start, tok.end, "common")


def _not_an_object(sentence: Sequence[_Tok], j: int) -> bool:
    """Whether the noun at ``j`` is no object of a verb ("surrounded people") or of a
    preposition ("fire on worshipers"), nor the subject of a clause of its own ("as
    senators spoke"); "of", "by" and "with" lead to the doers ("hundreds of people")."""
    i = j - 1
    while i >= 0 and (
        sentence[i].lower in DETERMINERS
        or sentence[i].lower in _NUMBER_WORDS
        or sentence[i].lower[:1].isdigit()
    ):
        i -= 1
    if i < 0:
        return True
    word = sentence[i].lower
    return word not in _OBJECT_LINKS and not (word.endswith("ed") and not sentence[i].is_cap)


def _crowd_word(word: str) -> bool:
    """A crowd ("the crowd") or a plural noun of people ("protesters", "Iranians")."""
    if word in CROWD_NOUNS or word in PLURAL_SOURCES:
        return True
    singular = word[:-1]
    return word.endswith("s") and (
        singular in ROLE_NOUNS or singular in PERSON_NOUNS or singular in DEMONYMS
    )


def _time_opener(sentence: Sequence[_Tok]) -> bool:
    """Whether the sentence opens with a time phrase: "Hours later, Trump returned ..."."""
    return len(sentence) > 2 and sentence[1].lower in TIME_PHRASE_ENDS and sentence[2].text == ","


def _after_opening_phrase(text: str, sentence: Sequence[_Tok]) -> tuple[_NP, int] | None:
    """The subject after the opening phrase's comma: "Responding to pleas from governors,
    Trump put the burden back on them:" (a participle that opens a sentence is no name)."""
    comma = next((c for c in range(1, len(sentence)) if sentence[c].text == ","), None)
    return _subject_at(text, sentence, comma + 1) if comma is not None else None


def _after_comma_participle(sentence: Sequence[_Tok], k: int) -> bool:
    """Whether the cue at ``k`` is a participle after a comma (", saying"): its subject
    opens the sentence, not the words before the comma."""
    return k > 0 and sentence[k - 1].text == "," and sentence[k].lower.endswith("ing")


def _subject_at(text: str, toks: Sequence[_Tok], i: int) -> tuple[_NP, int] | None:
    """The name or pronoun that opens a clause at token ``i`` ("IRCC did not reveal")."""
    if i >= len(toks):
        return None
    if toks[i].lower in PERSON_PRONOUNS or toks[i].lower in OTHER_PRONOUNS:
        return _NP(toks[i].start, toks[i].end, "pronoun"), i + 1
    if toks[i].lower in NAME_PARTICLES and i + 1 < len(toks) and toks[i + 1].is_cap:
        found = _subject_at(text, toks, i + 1)  # "de Blasio did not ..."
        if found is None:
            return None
        return attrs.evolve(found[0], start=toks[i].start, name_start=toks[i].start), found[1]
    if (toks[i].lower in ROLE_NOUNS or toks[i].lower in _POSSESSIVES) and (
        i + 1 < len(toks) and toks[i + 1].is_cap
    ):
        # "candidate Donald Trump stood ...", "its Vice Foreign Minister Choe Son Hui has"
        found = _subject_at(text, toks, i + 1)
        if found is None or found[0].kind != "name":
            return None
        if toks[i].lower in _POSSESSIVES:
            return found
        return attrs.evolve(found[0], start=toks[i].start, description=toks[i].text), found[1]
    e = i
    while e + 1 < len(toks) and e - i < 6 and toks[e + 1].is_cap and toks[e + 1].is_word:
        e += 1
    if not toks[i].is_cap or toks[i].text == _QUOTE_TOKEN:
        return None
    np = _np_plain(text, toks, e, i)
    return (np, e + 1) if np is not None and np.kind == "name" else None


_OPENING_PREPOSITIONS: Final = OPENING_PREPOSITIONS
# How many tokens (", :") may stand between a verb of crying out and the quotation, and
# the pronouns that are its subject instead of a crowd.
_CRY_REACH: Final = 3
_CRY_STOPS: Final = frozenset({"he", "she", "i", "we", "who"})
_CRY_SUBJECTS: Final = _CRY_STOPS | GROUP_PART_WORDS | {"they"}
_NUMBER_WORDS: Final = frozenset({"hundred", "thousand", "dozen"})
_OBJECT_LINKS: Final = OBJECT_LINKS
_POSSESSIVES: Final = frozenset({"its", "his", "her", "their"})
# What opens a clause before a sentence's subject ("After Biden argued ..., Bennet ...").
_OPENING_CLAUSES: Final = _OPENING_PREPOSITIONS | CLAUSE_WORDS


def _is_term(text: str, left: Sequence[_Tok], raw: _Raw) -> bool:
    """A naming word right before the mark: "named its operation “...”", "known as “...”"."""
    near = [t for t in left[-4:] if t.text != _QUOTE_TOKEN]
    if near and _owned_name(text, near[-1], raw):
        return True
    lowers = list(map(_LOWER_OF, near))
    if STRONG_NAMING_CUES.isdisjoint(lowers) and "known" not in lowers:
        return bool(lowers) and lowers[-1] in NAMING_NOUNS  # the loop below would find nothing
    for k, tok in enumerate(near):
        if tok.lower == "so-called" and k + 1 < len(near):
            continue  # "the so-called Trans-Pacific Partnership as “...”": not this quote
        if tok.lower in STRONG_NAMING_CUES:
            return not any(t.lower in CUE_VERBS for t in near[k + 1 :])
        if tok.lower == "known" and k + 1 < len(near) and near[k + 1].lower == "as":
            return True
    return bool(near) and near[-1].lower in NAMING_NOUNS


def _owned_name(text: str, before: _Tok, raw: _Raw) -> bool:
    """ "Fox News Channel’s “Hannity,”": capitalized words right after a possessor are
    the name of something it owns (a show, a book), even when a cue follows."""
    if not before.text.endswith(("’s", "'s")):
        return False
    words = text[raw.inner.start : raw.inner.end].rstrip(",").split()
    return 0 < len(words) <= _TERM_MAX_WORDS and all(w[:1].isupper() for w in words)


def _sentence_start(text: str, start: int, end: int) -> int:
    """Where the sentence that ends at ``end`` starts (not before ``start``)."""
    stop = end
    for _attempt in range(8):
        cut = max(text.rfind(". ", start, stop), text.rfind("? ", start, stop))
        if cut < 0:
            return start
        word = text[max(start, cut - 12) : cut].split()[-1:] or [""]
        if len(word[0].lower()) == 1 or "." in word[0] or _keeps_period(word[0]):
            stop = cut  # "Sen. John McCain", "Paul A. Engelmayer", "U.S. District"
            continue
        return cut + 2 if cut + 2 < end else start
    return start


def _is_title_case(text: str, span: Span) -> bool:
    """A title of a work or a name: "The Kid Who Would Be King", "Face the Nation"."""
    inner = text[span.start : span.end].rstrip(",")
    words = inner.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or inner[-1:] in {".", "?", "!"}:
        return False
    if not words[0][:1].isupper() or words[0].lower() in {"i", "i’m", "i'm"}:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _word_count(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def _sentence_like(text: str, span: Span) -> bool:
    inner = text[span.start : span.end].rstrip()
    return inner[-1:] in {".", "?", "!", ",", "…"} and _word_count(text, span) >= 3
