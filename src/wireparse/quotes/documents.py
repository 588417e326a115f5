"""Speaker rules for documents: a statement, an editorial, a report speaks for who issued it.

Each rule has the signature of the rules in :data:`wireparse.quotes.sieves.SIEVES`,
where they are listed in order with the others. ``_author_of`` (the subject of a verb of
saying or issuing, resolved in turn) serves the rule for "it" too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from wireparse._lexicon.mentions import AUTHOR_VERBS, DOCUMENT_NOUNS
from wireparse._lexicon.titles import FUNCTION_WORDS, STATEMENT_HEADS
from wireparse.quotes.phrases_before import _np_before
from wireparse.quotes.tokens import _QUOTE_TOKEN, _SENTENCE_END, _tokens
from wireparse.quotes.verbs import CUE_VERBS
from wireparse.quotes.words import _inside, _is_group_noun

if TYPE_CHECKING:
    from wireparse.quotes.phrases import _NP
    from wireparse.quotes.speakers import _Resolver

_Found = tuple[str | None, bool] | None


def _document_author(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the statement said", "the editorial states": who issued the document.

    The subject of the last sentence before that names the document ("Deripaska said
    in a statement", "In its lawsuit, the committee said", "the embassy issued a
    statement", "In a communique, the G-8 foreign ministers said"), resolved in turn;
    or the name after the document and "from", "by" ("in" for an editorial) however
    far back ("an editorial in Christianity Today magazine"); only for "the"/"its" and
    a document noun.
    """
    words = mention.lower().split()
    if len(words) != 2 or words[0] not in {"the", "its"} or words[1] not in DOCUMENT_NOUNS:
        return None
    floor = max(0, np.start - _DOCUMENT_REACH)
    for match in reversed(list(_DOCUMENT_WORDS[words[1]].finditer(r.text, 0, np.start))):
        if _inside(r.quoted, match.start()):
            continue
        found = _named_issuer(r, match.start(), match.end(), match.group())
        if found is None and match.start() >= floor:
            found = _author_of(r, match.start())
        if found is not None:
            return found
    return None


def _named_issuer(r: _Resolver, start: int, end: int, noun: str) -> _Found:
    """ "an editorial in Christianity Today magazine", "a letter from the American
    Legion", "A Minneapolis Fire Department report": the name right after the document
    noun at ``start``-``end`` and *from* or *by* (*in* after an editorial), or right
    before it, issued it."""
    found = _ISSUER.match(r.text, end)
    if found is not None and (found.group(1) != "in" or noun in _PUBLISHED_IN):
        name, is_org = r.full_name(found.group(2), found.start(2))
        return name, not is_org
    before = _ISSUER_BEFORE.search(r.text, max(0, start - 80), start)
    words = before.group(1).split() if before is not None else []
    while words and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]  # "A Minneapolis Fire Department report"
    if not words:
        return None
    name, is_org = r.full_name(" ".join(words), start - 1)
    return name, not is_org


def _issued_document(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "Manafort issued a statement saying he “...”": a document brought in by its
    sentence speaks for whoever issued or sent it there."""
    words = mention.lower().split()
    if words[0] not in {"a", "an"} or (
        words[-1] not in STATEMENT_HEADS and words[-1] not in DOCUMENT_NOUNS
    ):
        return None
    return _author_of(r, np.start, people_only=True)


def _author_of(r: _Resolver, at: int, *, people_only: bool = False) -> _Found:
    """The subject of the verb of saying or issuing in the sentence around ``at``
    (with ``people_only``, never a description: "a statement saying" is no author)."""
    text = r.text
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    toks = _tokens(text, start, end if end >= 0 else len(text), r.quoted)
    first = 0  # the sentence holding ``at`` (tokens keep "U.S." whole)
    for k, tok in enumerate(toks):
        if tok.start >= at:
            toks = toks[first:]
            break
        if tok.text in _SENTENCE_END:
            first = k + 1
    for k, tok in enumerate(toks):
        if tok.text in _SENTENCE_END or (tok.text == _QUOTE_TOKEN and tok.start > at):
            break  # (a quotation may hide the sentence's end)
        if k > 0 and (tok.lower in CUE_VERBS or tok.lower in AUTHOR_VERBS) and not tok.is_cap:
            subject = _np_before(text, toks, k - 1, 0)
            if subject is None or (
                subject.kind == "other"
                and not _is_group_noun(text[subject.start : subject.end].rsplit(" ", 1)[-1])
            ):
                continue  # not "the G-8 foreign ministers said"
            if subject.kind == "common" and (
                people_only or (subject.end > at - 2 and subject.start < at)
            ):
                continue  # the document itself ("the statement said")
            return r.resolve(subject, subject.start)
    return None


# A name after a document noun that names its issuer ("editorial in Christianity Today").
_ISSUER: Final = regex.compile(
    r" (in|from|by) (?:the )?((?:\p{Lu}[\p{L}\-.’']*)"
    r"(?: (?:of |for |and )?\p{Lu}[\p{L}\-.’']*){0,5})"
)
# A name right before a document noun ("A Minneapolis Fire Department report").
_ISSUER_BEFORE: Final = regex.compile(
    r"(?<![\p{L}’'])(\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,4}) $"
)
# Documents whose issuer is the periodical they are "in".
_PUBLISHED_IN: Final = frozenset({"editorial", "op-ed"})
# How far back (characters) a document's author is looked for.
_DOCUMENT_REACH: Final = 1500
_WORD: Final = regex.compile(r"\b[a-z]+\b")


def _document_words(nouns: tuple[str, ...]) -> regex.Pattern[str]:
    """The matches of :data:`_WORD` that are one of ``nouns``, found by one pattern.

    A match of ``_WORD`` is a whole run of lower-case ASCII letters between word
    boundaries, so a noun it can give is such a run, found at the same places by the
    noun between word boundaries (a noun with another character never matches).
    """
    spelled = sorted((noun for noun in nouns if _WORD.fullmatch(noun)), key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(spelled) + r")\b")


# The document nouns of each key of DOCUMENT_NOUNS where _WORD would find them.
_DOCUMENT_WORDS: Final = {key: _document_words(nouns) for key, nouns in DOCUMENT_NOUNS.items()}
