"""The byline parser's tokens and the names, places, organizations and titles in them.

``bylines.py`` (bylines) and ``_contributors.py`` (contributor lines and bios) read a
paragraph unit as a list of :class:`_Token` and find people in it with these steps.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple, cast

import attrs
import regex

from wireparse._casing import is_all_caps, title_case
from wireparse._lexicon.names import ABBREVIATIONS as _NAME_ABBREVIATIONS
from wireparse._lexicon.names import NAME_PARTICLES as PARTICLES
from wireparse._lexicon.names import NOT_NAME_WORDS, PLACE_ABBREVIATIONS
from wireparse._lexicon.places import (
    STATE_ABBREVIATIONS,
)
from wireparse._lexicon.roles import (
    NAME_BREAK_WORDS,
    NAME_ENDING_ORGANIZATION_WORDS,
    ORGANIZATION_WORDS,
    REGIONS,
    STAFF_ROLES,
)
from wireparse.text import SPACE_CHARS

_MAX_NAME_WORDS: Final = 6


_MAX_PLACE_WORDS: Final = 5


_MAX_TITLE_WORDS: Final = 5


# One token, after the space before it (possessive: a zero-width character of
# SPACE_CHARS is never taken back for a punctuation token). The character classes are
# filled in below: as written for the regex module, and as their ASCII members.
_TOKEN_SPACE: Final = "[{space_chars}]*+"
_TOKEN_BODY: Final = r"""
    (?:
        (?P<url>(?:https?://|www\.|twitter\.com/)[^{space}]{{1,300}})   # a link, trimmed below
      | (?P<handle>(?<![{word}@])@[{word}]{{1,40}})               # a Twitter handle
      | (?P<initials>(?:[{upper}]\.){{2,6}})                # D.C., N.J., U.S.
      | (?P<word>[{letter}][{letter}'’\-]{{0,60}})  # inner ' and -
      | (?P<punct>[^{space}{letter}])               # one punctuation mark
    )
    """
_TOKEN_CLASSES: Final = {
    "space_chars": SPACE_CHARS,
    "space": r"\s",
    "word": r"\w",
    "upper": r"\p{Lu}",
    "letter": r"\p{L}\p{M}\p{Nd}",
}
_TOKEN: Final = regex.compile((_TOKEN_SPACE + _TOKEN_BODY).format(**_TOKEN_CLASSES), regex.VERBOSE)
# _TOKEN with its space as a first group: ``findall`` gives each match as the strings
# (space, url, handle, initials, word, punct), far cheaper than a Match object each.
# Every character that is not space starts a match, so the matches follow each other
# and a token's offset is the sum of the lengths before it.
_TOKEN_ROWS_SOURCE: Final = f"({_TOKEN_SPACE})" + _TOKEN_BODY
_TOKEN_ROWS: Final = regex.compile(_TOKEN_ROWS_SOURCE.format(**_TOKEN_CLASSES), regex.VERBOSE)


def _ascii_members(members: str) -> str:
    """The ASCII characters of the regex class ``[members]``, escaped for a class."""
    found = regex.compile(f"[{members}]")
    return "".join(re.escape(chr(code)) for code in range(128) if found.fullmatch(chr(code)))


# _TOKEN_ROWS for an ASCII stretch, with the standard library's ``re`` (about 2.5 times
# as fast as ``regex`` here): each class holds the ASCII characters ``regex`` matches
# with it (its ``\s`` has no U+001C to U+001F; ``re``'s has).
_ASCII_TOKEN_ROWS: Final = re.compile(
    _TOKEN_ROWS_SOURCE.format(**{k: _ascii_members(v) for k, v in _TOKEN_CLASSES.items()}),
    re.VERBOSE,
)
# What before a stretch makes its first "@" no handle (the handle's look-behind).
_HANDLE_BLOCKER: Final = regex.compile(r"[\w@]")


_DASH_MARKS: Final = frozenset("-—–")


_HANDLE_IN_URL: Final = regex.compile(
    r"""
    (?:twitter\.com|x\.com) / @? (?P<handle>\w{1,40})   # the account after the host
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


_SPACE_RUN: Final = regex.compile(
    r"""
    \s+                # a run of spaces or line breaks inside a name or place
    """,
    regex.VERBOSE,
)


# What may stand in lower case in a name written in capitals: the "d'" of "TED d'AFFLISIO",
# the "Mc" of "JOE McDONALD", the "De" of "RON DeSANTIS".
_CAPS_NAME_PREFIX: Final = regex.compile(
    r"""
    \b (?: \p{Ll}['’] | (?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)(?=\p{Lu}{2}) )
    """,
    regex.VERBOSE,
)


# Capitalized words that end a name ("PATRICK RIZZO AND PATTI DOMM").
# Words written with a period that does not end the line's sentence.
ABBREVIATIONS: Final = _NAME_ABBREVIATIONS | STATE_ABBREVIATIONS


_ORGANIZATION_FIRST_WORDS: Final = frozenset(words[0] for words in ORGANIZATION_WORDS)


_PLACE_PREFIXES: Final = frozenset(word + "." for word in PLACE_ABBREVIATIONS)


_LOCATION_PREPOSITIONS: Final = frozenset({"in", "at", "from", "on"})


class _Token(NamedTuple):
    kind: str  # "word", "initials", "url", "handle", "punct"
    text: str
    start: int
    end: int
    low: str  # ``text`` lower-cased


# Builds a _Token from its fields as a tuple without NamedTuple's Python-level __new__.
_new_token: Final = cast(
    "Callable[[tuple[str, str, int, int, str]], _Token]",
    functools.partial(tuple.__new__, _Token),
)


@attrs.define
class _Found:
    """A person while the parser works; becomes a :class:`Person`."""

    start: int
    end: int
    role: str | None = None
    organization: str | None = None
    location: str | None = None
    handle: str | None = None
    name: str = ""


def _tokenize(text: str, start: int, end: int) -> list[_Token]:
    """The tokens of ``text[start:end]``: _TOKEN's matches, one after the other.

    A link gives back its closing punctuation and a word its trailing "'" or "-": each
    of those characters is a punctuation token of its own (as a match there would
    be), and the scan goes on after the match. An abbreviation takes the period after
    it ("Gov.", "J."), and the period's own match is skipped. One ``findall`` reads
    the matches (:data:`_TOKEN_ROWS`).
    """
    tokens: list[_Token] = []
    pos = start
    taken = -1  # where the period an abbreviation took stands
    for space, url, handle, initials, word, punct in _token_rows(text, start, end):
        t_start = pos + len(space)
        pos = t_start + len(url or handle or initials or word or punct)
        if punct:
            if t_start != taken:
                tokens.append(_new_token(("punct", punct, t_start, pos, punct.lower())))
            continue
        if word:
            value = word.rstrip("'’-")
            t_end = t_start + len(value)
            low = value.lower()
            if (
                t_end == pos
                and t_end < end
                and text[t_end] == "."
                and ((len(value) == 1 and value.isupper()) or low in ABBREVIATIONS)
            ):
                taken = t_end
                tokens.append(_new_token(("word", value + ".", t_start, t_end + 1, low + ".")))
                continue
            tokens.append(_new_token(("word", value, t_start, t_end, low)))
        elif url:
            t_end = pos
            while t_end > t_start and text[t_end - 1] in ".,;:)]\"'”’":
                t_end -= 1
            value = text[t_start:t_end]
            tokens.append(_new_token(("url", value, t_start, t_end, value.lower())))
        else:
            value = handle or initials
            t_end = pos
            kind = "handle" if handle else "initials"
            tokens.append(_new_token((kind, value, t_start, t_end, value.lower())))
        if t_end != pos:  # the characters given back
            tokens += [
                _new_token(("punct", char, index, index + 1, char.lower()))
                for index, char in enumerate(text[t_end:pos], t_end)
            ]
    return tokens


def _token_rows(text: str, start: int, end: int) -> list[tuple[str, str, str, str, str, str]]:
    """``_TOKEN_ROWS.findall(text, start, end)``, by ``re`` when the stretch is ASCII."""
    stretch = text[start:end]
    if stretch.isascii() and (start == 0 or not _HANDLE_BLOCKER.match(text, start - 1)):
        # (the slice hides the character before it from the handle's look-behind)
        return _ASCII_TOKEN_ROWS.findall(stretch)
    return _TOKEN_ROWS.findall(text, start, end)


def _is_cap(token: _Token) -> bool:
    if token.kind == "initials":
        return True
    text = token.text
    if token.kind != "word":
        return False
    # "d'AFFLISIO" as written in a capitals byline counts as capitalized.
    return text[0].isupper() or (len(text) > 2 and text[1] in "'’" and text[2].isupper())


def _is_abbreviation(token: _Token) -> bool:
    """ "D.C.", "Fla.", "St." (not an initial such as "M.")."""
    if token.kind == "initials":
        return True
    return token.text.endswith(".") and token.low[:-1] in ABBREVIATIONS


def _word(tokens: Sequence[_Token], index: int) -> str:
    """The lower-cased word at ``index``, or "" past the end or at punctuation."""
    if index < len(tokens) and tokens[index].kind in ("word", "initials"):
        return tokens[index].low
    return ""


def _mark(tokens: Sequence[_Token], index: int) -> str:
    if index < len(tokens) and tokens[index].kind == "punct":
        return tokens[index].text
    return ""


def _words_at(tokens: Sequence[_Token], index: int, words: Sequence[str]) -> bool:
    return all(_word(tokens, index + offset) == word for offset, word in enumerate(words))


def _name(
    tokens: Sequence[_Token], index: int, *, min_words: int = 1, lower_ok: bool = False
) -> int | None:
    """The end index of a personal name starting at ``index``, or ``None``."""
    count = 0
    pos = index
    while pos < len(tokens) and count < _MAX_NAME_WORDS:
        token = tokens[pos]
        if token.kind not in ("word", "initials"):
            break
        low = token.low
        if _is_cap(token) or (lower_ok and token.kind == "word" and token.text.islower()):
            if low in NAME_ENDING_ORGANIZATION_WORDS or low in STAFF_ROLES:
                break
            if count == 0 and low in NOT_NAME_WORDS:
                return None
            if low in NAME_BREAK_WORDS:
                break
        elif not (count and low in PARTICLES and _particle_then_cap(tokens, pos + 1)):
            break
        count += 1
        pos += 1
    if count < min_words:
        return None
    return pos


def _particle_then_cap(tokens: Sequence[_Token], index: int) -> bool:
    """A capitalized word next, maybe after one more particle: "van der Walt"."""
    if _is_cap_at(tokens, index):
        return True
    return _word(tokens, index) in PARTICLES and _is_cap_at(tokens, index + 1)


def _organization(tokens: Sequence[_Token], index: int) -> tuple[int, str, bool] | None:
    """``(end, organization, possessive)`` for an organization at ``index``.

    The longest known spelling wins; "CNN's" is a possessive organization.
    """
    first = _word(tokens, index)
    if first.removesuffix("'s").removesuffix("’s") not in _ORGANIZATION_FIRST_WORDS:
        return None
    found: list[str] = []  # up to 4 words, read once for the four lengths
    for offset in range(4):
        low = _word(tokens, index + offset)
        if not low:
            break
        found.append(low)
    for length in range(len(found), 0, -1):
        words = found[:length]
        possessive = words[-1].endswith(("'s", "’s"))
        if possessive:
            words[-1] = words[-1][:-2]
        spelling = ORGANIZATION_WORDS.get(tuple(words))
        if spelling is not None and all(_is_cap(tokens[index + k]) for k in range(length)):
            return index + length, spelling, possessive
    return None


def _title(tokens: Sequence[_Token], index: int) -> tuple[int, str] | None:
    """A title ending in a role noun ("Diplomatic Writer", "video producer"): ``(end, role)``."""
    words: list[str] = []
    pos = index
    while pos < len(tokens) and len(words) < _MAX_TITLE_WORDS:
        low = _word(tokens, pos)
        if not low or low in _LOCATION_PREPOSITIONS or low in ("and", "contributed", "reported"):
            return None
        if low.endswith(("'s", "’s")):
            return None
        if low in STAFF_ROLES:
            words.append(STAFF_ROLES[low])
            pos += 1
            of_what = _word(tokens, pos) == "of" and _is_cap_at(tokens, pos + 1)
            if of_what and _is_cap_at(tokens, pos + 2):  # "Director of Polling Jennifer Agiesta"
                words += ["of", tokens[pos + 1].low]
                pos += 2
            return pos, " ".join(words)
        words.append(low)
        pos += 1
    return None


def _is_cap_at(tokens: Sequence[_Token], index: int) -> bool:
    return index < len(tokens) and _is_cap(tokens[index])


def _role_phrase(tokens: Sequence[_Token], index: int) -> tuple[int, str | None, str | None] | None:
    """``(end, organization, role)`` for "Associated Press writers", "CNN's", "video producer"."""
    org = _organization(tokens, index)
    pos = index
    organization = None
    if org is not None:
        pos, organization, possessive = org
        if possessive:
            return pos, organization, None
    title = _title(tokens, pos)
    if title is not None:
        return title[0], organization, title[1]
    return None


def _place_words(tokens: Sequence[_Token], index: int) -> int | None:
    """The end of a run of capitalized place words ("Rio de Janeiro", "JAKARTA/SURABAYA")."""
    count = 0
    pos = index
    while pos < len(tokens) and count < _MAX_PLACE_WORDS:
        token = tokens[pos]
        if _is_cap(token) and token.low not in ("and", "follow"):
            count += 1
            pos += 1
            if _is_abbreviation(token) and token.low not in _PLACE_PREFIXES:
                break  # "Montclair, N.J. Associated Press writers ...": the period ends it
            if _mark(tokens, pos) == "/" and _is_cap_at(tokens, pos + 1):
                pos += 1
            continue
        if count and token.low in PARTICLES and _is_cap_at(tokens, pos + 1):
            pos += 1
            continue
        break
    return pos if count else None


def _place(tokens: Sequence[_Token], index: int) -> int | None:
    """The end of a place ("Tehran, Iran", "Frankfort, Ky.", "the United Nations")."""
    pos = index
    if _word(tokens, pos) == "the":
        pos += 1
    end = _place_words(tokens, pos)
    if end is None:
        return None
    if _mark(tokens, end) == "," and _is_cap_at(tokens, end + 1):
        region_end = _place_words(tokens, end + 1)
        if region_end is not None and _is_region(tokens, end + 1, region_end):
            end = region_end
    return end


def _is_region(tokens: Sequence[_Token], start: int, end: int) -> bool:
    """Whether the words after a place's comma are its state or country, not a new name."""
    words = " ".join(token.text for token in tokens[start:end]).lower()
    if words in REGIONS or _is_abbreviation(tokens[end - 1]):
        return True
    # An unknown region only where no name can follow: "Minsk, Belarus, contributed".
    after = _word(tokens, end)
    if after in ("contributed", "also"):
        return True
    if end == len(tokens) or _mark(tokens, end) in (".", ";"):
        return True
    return _mark(tokens, end) == "," and _word(tokens, end + 1) in ("contributed", "also")


def _location_text(text: str, tokens: Sequence[_Token], start: int, end: int) -> str:
    if _word(tokens, start) == "the" and end - start > 1:
        start += 1
    value = _SPACE_RUN.sub(" ", text[tokens[start].start : tokens[end - 1].end])
    # "in BEIJING" -> "Beijing", but "in LA" and "D.C." stay as written.
    if is_all_caps(value) and any(len(token.text) > 2 for token in tokens[start:end]):
        return title_case(value)
    return value


def _normal_name(text: str) -> str:
    """ "JOE McDONALD" -> "Joe McDonald", "keith grant" -> "Keith Grant"; mixed case stays."""
    value = _SPACE_RUN.sub(" ", text)
    if is_all_caps(_CAPS_NAME_PREFIX.sub("", value)) or value.islower():
        return title_case(value)
    return value


def _found(
    tokens: Sequence[_Token],
    start: int,
    end: int,
    *,
    role: str | None = None,
    organization: str | None = None,
    location: str | None = None,
) -> _Found:
    """A person whose name is the tokens ``start`` to ``end``."""
    return _Found(tokens[start].start, tokens[end - 1].end, role, organization, location)


def _handle(token: _Token) -> str | None:
    if token.kind == "handle":
        return token.text[1:]
    if token.kind == "url":
        match = _HANDLE_IN_URL.search(token.text)
        return match.group("handle") if match else None
    return None
