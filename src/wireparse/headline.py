"""The headline line at the top of an article.

A headline is the first line of the input, standing alone in its block, short,
and either shaped like a headline (no closing full stop, Title Case or ALL
CAPS) or followed by what follows headlines: a dateline, a byline or a photo
caption (then it may end in a full stop, and hold two short sentences: "Storm
hits coast. Thousands flee."). A headline may also stand on the line above the
dateline, or on the lead's own line, glued to its dateline ("Storm closes passes
DENVER (AP) — ...") or to its first sentence ("... into shutdown The government
...", where a capitalized "The" follows a lower-case word). A caption, a
dateline paragraph, a byline, page debris and a body sentence are never taken
for one.

>>> text = "Pakistani retaliatory strikes in Iran kill at least 9\\n\\nISLAMABAD — Pakistan struck."
>>> find_headline(text)
Headline(text='Pakistani retaliatory strikes in Iran kill at least 9', span=Span(start=0, end=53))
>>> find_headline("") is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

import regex

from wireparse import _pipeline
from wireparse._dates import DATE_PATTERN
from wireparse._lexicon.agencies import AGENCIES, alternation, unambiguous_spellings
from wireparse.document import Document, prepare
from wireparse.models import Boilerplate, Caption, Dateline, Headline, Span
from wireparse.text import SENTENCE_MARKS, closing_pattern, first_blocks, first_paragraph

__all__ = ["find_headline", "find_headline_in"]

#: Where a dateline opens a paragraph: ``dateline_at(pos)`` is the dateline that
#: starts the paragraph at ``pos``, or ``None`` (the pipeline passes its dateline parser).
DatelineAt = Callable[[int], "Dateline | None"]

_MAX_CHARS: Final = 250
_MAX_WORDS: Final = 35
_MIN_WORDS: Final = 2
# Only the top of the input is looked at: the first two paragraph units.
_HEAD_CHARS: Final = 4000
_TITLE_CASE_MIN_WORDS: Final = 3

_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}")
_BLANK_LINE: Final = regex.compile(r"\n[^\S\n]{0,200}\r?\n|\r[^\S\r\n]{0,200}\r")

# A sentence ends with . : ; , (a headline may end with ? or !, or with nothing).
_SENTENCE_END: Final = closing_pattern(".:;,")
# The end of a sentence, where a wrapped title line cannot end.
_STOP: Final = closing_pattern(SENTENCE_MARKS + ":;")
# Closing punctuation that a headline needs another signal to carry.
_CLOSING: Final = closing_pattern(".:;,!?")

# "By JON GAMBRELL", "By Tuesday, officials said": either way, not a headline.
_BY: Final = regex.compile(r"By\s", regex.IGNORECASE)

# Photo captions and their credits, cheaply: "(AP Photo/Evan Vucci)", "REUTERS/Name",
# "Photographer: Name/Bloomberg", "FILE - In this ...". Each branch with a word that
# every match of it holds: a line holding none of the words is not searched (a search
# tries every branch at every position: about 30 us on a 250-character line).
_CAPTION_BRANCHES: Final = (
    ("(", r"\( [^()\n]{0,60} \b (?: Photo | Photos | Images? | Pool ) \b [^()\n]{0,80} \)"),
    ("(", r"\( [^()\n]{1,60} / [^()\n]{1,60} \) \s{0,3} \Z"),  # "(Steve Lawrence/CBC)"
    ("REUTERS", r"\b REUTERS \s{0,2} / | \| \s{0,2} REUTERS \b"),
    ("Reuters/", r"\b Reuters /"),
    ("Photographer:", r"Photographer:"),
    ("Getty", r"Getty \s Images"),
    ("via", r"\b via \s AP \b"),
    ("AP", r"\b AP \s Photo \b"),
    ("photo", r"\b photo \s in \s gallery \b"),
    ("Image", r"\b Image \s \d{1,3} \s of \s \d{1,3}"),
    ("FILE", r"\A \s{0,3} FILE \s{0,3} (?: [-–—:] | PHOTO )"),
    ("Hide", r"\A Hide \s caption \b"),  # npr.org
    ("Enlarge", r"\A Enlarge \s this \s image \b"),
)
_CAPTION: Final = regex.compile(
    " | ".join(branch for _word, branch in _CAPTION_BRANCHES), regex.VERBOSE
)
_CAPTION_WORDS: Final = tuple(dict.fromkeys(word for word, _branch in _CAPTION_BRANCHES))


def _holds_caption(line: str) -> bool:
    """``_CAPTION.search(line)`` finds a match (a word of its branches looked for first)."""
    return any(word in line for word in _CAPTION_WORDS) and _CAPTION.search(line) is not None


def dateline_pattern(agencies: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """A dateline opening a paragraph, cheaply: "WASHINGTON (AP) —", "(Reuters) -",
    "ISLAMABAD — Pakistan ...", "NEW YORK, Nov. 19 (UPI) —"; the tag is any spelling
    of ``agencies`` (``_lexicon.agencies.AGENCIES``)."""
    return regex.compile(
        rf"""
          \A [^\n]{{0,80}}?
          \( (?: {alternation(unambiguous_spellings(agencies))} ) \)
        | \A \p{{Lu}} [\p{{Lu}}.'’\- ]{{1,40}} (?: , [^\n—–]{{1,40}} )? \s{{1,3}} [—–-]{{1,2}}
          \s{{1,3}} [\p{{Lu}}"“‘] \p{{Ll}}
        """,
        regex.VERBOSE,
    )


_DATELINE: Final = dateline_pattern(AGENCIES)


# A byline without "By": "Becky Bohrer", "Greg Beacham, The Associated Press".
_NAME: Final = r"(?: \p{Lu}\. | \p{Lu}{2,6} | \p{Lu} [\p{L}'’.\-]{0,30} \p{Ll} [\p{L}'’.\-]{0,30} )"
_NAME_LINE: Final = regex.compile(
    rf"""
    {_NAME} (?: \s{{1,3}} {_NAME} ){{0,3}}
    (?: (?: , \s{{1,3}} (?: and \s{{1,3}} )? | \s{{1,3}} and \s{{1,3}} )
        {_NAME} (?: \s{{1,3}} {_NAME} ){{0,3}} ){{0,3}}
    (?: , \s{{1,3}} [^\s,.]{{1,30}} (?: [\x20]{{1,3}} [^\s,.]{{1,30}} ){{0,4}} )?
    # ", The Associated Press", ", CNN's Power Play producer": a few words, not a sentence
    # ("UK, US, Canada accuse Russia of hacking virus vaccine trials" is a headline)
    """,
    regex.VERBOSE,
)
# Blog and page chrome at the top, never a headline: "Skip to content", "Tag Archives: X",
# "Posted on ...", a timestamp line "Updated 4:35 PM ET May 15, 2000".
_CHROME: Final = regex.compile(
    r"""
    \A (?:
        Skip \s to \s (?: main \s )? content
      | (?: Tag | Category | Monthly | Daily | Author ) \s Archives? \s? :
      | Archive \s for \b | Posted \s (?: on | by | in ) \b | Filed \s under \b
      | (?: Updated | Published | Last \s updated ) \b [^\n]{0,40} \d
      | Home \s{0,3} [»>|/›]
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A headline that ends in a full stop is short ("Obama says Trump modeling policies on Putin.").
_MAX_CHARS_WITH_STOP: Final = 100
# ... and of one sentence, or of two short ones ("Storm hits coast. Thousands flee.").
_MAX_SENTENCES_WITH_STOP: Final = 2
_MAX_WORDS_IN_SHORT_SENTENCE: Final = 8
# A headline glued to the lead on one line ("Storm closes mountain passes DENVER (AP) —
# ..."): the headline ends in a lower-case word or a digit, the dateline's place is in
# capitals and is followed by its agency tag or a dash; the dateline parser confirms it.
# A line that opens with two capitals opens with its dateline (or "FILE -"): not split.
_GLUED_DATELINE: Final = regex.compile(
    r"""
    (?P<head> [^\n]{8,150}? [\p{Ll}\d'’] ) [ \t]{1,3}
    (?= \p{Lu}{2,} [\p{Lu}.'’\-]* (?: [ ] \p{Lu}{2,} [\p{Lu}.'’\-]* ){0,3}
        (?: , [^\n()—–]{1,40}? )? [ \t]{0,3} (?: \( [^()\n]{1,40} \) | [—–_-]{1,2} [ \t] ) )
    """,
    regex.VERBOSE,
)
# What follows the place in _GLUED_DATELINE, one of which the line needs (a cheap test).
_GLUED_DATELINE_MARK: Final = regex.compile(r"\( | [—–_-] [ \t]", regex.VERBOSE)
# ... and the two capitals of the place, after a head of at least this many characters.
_GLUED_CAPITALS: Final = regex.compile(r"\p{Lu}{2}")
_GLUED_HEAD_MIN_CHARS: Final = 9
# ... or glued to the lead's first sentence ("School board delays vote The school board on
# Tuesday ..."): a capitalized article after a lower-case word, and a lower-case word after
# it, not a verb or a joining word ("bonds rated A are safe"). In running text a
# capitalized "The" opens a name ("told The Associated Press").
_GLUED_ARTICLES: Final = ("The", "A", "An")
_GLUED_SENTENCE: Final = regex.compile(
    rf"""
    (?P<head> \p{{Lu}} [^\n.!?:;“”"]{{8,120}}? [ ] \p{{Ll}} [\p{{Ll}}'’\-]{{0,30}} ) [ ]
    (?= (?: {"|".join(_GLUED_ARTICLES)} ) [ ]
        (?! (?: is | are | was | were | and | or | of | to ) \b ) [\p{{Ll}}\d] )
    """,
    regex.VERBOSE,
)
# How far into the line the two patterns can reach: the head, and the place and its tag.
_GLUED_SENTENCE_REACH: Final = 160
_GLUED_DATELINE_REACH: Final = 260
# The lead after a glued headline is a sentence of some length.
_GLUED_LEAD_MIN_WORDS: Final = 8
_GLUED_HEAD_MIN_WORDS: Final = 3
# Headlines in mixed case are shorter than this; a longer line is a body sentence.
_MAX_MIXED_CASE_CHARS: Final = 150
# "Looking for a job, kid? Try a store." holds two sentences.
# (A lower-case word before the stop: "St. Paul", "U.S. Flexes", "Roe v. Wade" do not count.)
_INNER_SENTENCE: Final = regex.compile(r"""\p{Ll}{2}[.!?]["”’]{0,2}\s{1,3}["“‘]{0,2}\p{Lu}""")


def find_headline(text: str) -> Headline | None:
    """Find the headline at the top of ``text``, or ``None``.

    >>> find_headline("BAHIA COCOA REVIEW\\n\\nSALVADOR, Feb 26 - Showers continued.").text
    'BAHIA COCOA REVIEW'
    >>> find_headline("Prices rose on Monday.\\n\\nTraders were calm.") is None
    True
    >>> find_headline("By JON GAMBRELL\\n\\nISLAMABAD (AP) — Pakistan struck.") is None
    True
    """
    doc = prepare(text, function="find_headline")
    if _candidate(doc) is None:
        blocks = first_blocks(doc.text[:_HEAD_CHARS], 1)
        if _glued_split(doc.text, blocks) is None:
            # judged by its shape alone: the other parsers need not run
            return _over_dateline(doc.text, blocks)
    captions, debris, dateline_at = _pipeline.headline_inputs(doc)
    return find_headline_in(doc, captions=captions, debris=debris, dateline_at=dateline_at)


def find_headline_in(
    doc: Document,
    *,
    captions: Sequence[Caption],
    debris: Sequence[Boilerplate],
    dateline_at: DatelineAt,
) -> Headline | None:
    """:func:`find_headline` of a prepared document.

    The pipeline hands over what the other parsers found: the photo ``captions``
    and the page ``debris`` (boilerplate) of the document, and ``dateline_at``.
    A first line that holds a caption or debris, or opens with a dateline, is no
    headline.
    """
    text = doc.text
    head = text[:_HEAD_CHARS]
    top = first_blocks(head, 2)
    blocks = top[:1]  # first_blocks(head, 1)
    candidate = _candidate_of(text, head, top)
    if candidate is not None:
        if dateline_at(candidate[0].start) is not None:
            return None
        if _holds_other(candidate[0], captions, debris):
            return None  # page debris or a photo caption, found by their own parsers
        found = _whole_line(text, candidate, dateline_at) or _glued(text, blocks, dateline_at)
    else:
        if not blocks or _holds_other(_first_line(text, blocks[0]), captions, debris):
            return None  # whatever the first line holds starts with a caption or debris
        found = _glued(text, blocks, dateline_at) or _over_dateline(text, blocks)
    if found is None or _holds_other(found.span, captions, debris):
        return None
    return found


def _whole_line(
    text: str, candidate: tuple[Span, Span | None], dateline_at: DatelineAt
) -> Headline | None:
    """The first line as a whole, when it is shaped like a headline or heads a dateline,
    a byline or a caption."""
    first, following = candidate
    line = text[first.start : first.end]
    if following is None:
        # A title with no story under it (Reuters-21578 has hundreds): shape only.
        return Headline(line, first) if _looks_like_headline(line) else None
    if _looks_like_headline(line):
        return Headline(line, first)
    if _heads_something(text, following, dateline_at) and _short_enough(line):
        return Headline(line, first)
    return None


def _candidate(doc: Document) -> tuple[Span, Span | None] | None:
    """The first line, if its shape allows a headline, and the paragraph after it.

    Only the top of the text is read: its first two blocks, and of the second block
    only its first paragraph.
    """
    head = doc.text[:_HEAD_CHARS]
    return _candidate_of(doc.text, head, first_blocks(head, 2))


def _candidate_of(
    text: str, head: str, blocks: tuple[Span, ...]
) -> tuple[Span, Span | None] | None:
    """:func:`_candidate`, given the top of the text and its first two blocks."""
    if not blocks:
        return None
    first = blocks[0]
    rest = blocks[1].start if len(blocks) > 1 else len(head)
    if _BLANK_LINE.search(text, first.end, rest) is None:
        return None  # a headline stands alone in its block
    line = text[first.start : first.end]
    breaks = line.count("\n") + line.count("\r") - line.count("\r\n")
    if breaks > 1 or (breaks == 1 and _STOP.search(line.splitlines()[0])):
        return None  # at most two lines, the first cut mid-phrase (Reuters-21578 titles)
    if not _could_be_headline(text, first):
        return None
    return first, first_paragraph(head, blocks[1]) if len(blocks) > 1 else None


def _holds_other(span: Span, captions: Sequence[Caption], debris: Sequence[Boilerplate]) -> bool:
    """Page debris or a photo caption, found by their own parsers, starts in ``span``."""
    return any(b.span.start < span.end for b in debris) or any(
        c.span.start < span.end for c in captions
    )


def _first_line(text: str, block: Span) -> Span:
    end = text.find("\n", block.start, block.end)
    return Span(block.start, block.end if end < 0 else end)


def _glued_split(text: str, blocks: tuple[Span, ...]) -> tuple[Span, bool] | None:
    """A headline glued to the lead on the first line of the first of ``blocks``, by
    shape: its span, and whether a dateline follows it (else the lead's first sentence)."""
    if not blocks:
        return None
    line = _first_line(text, blocks[0])
    start, end = line.start, line.end
    tries = []
    reach = min(end, start + _GLUED_DATELINE_REACH)
    if (
        not text[start : start + 2].isupper()
        and _GLUED_DATELINE_MARK.search(text, start, reach) is not None
        and _GLUED_CAPITALS.search(text, start + _GLUED_HEAD_MIN_CHARS, reach) is not None
    ):
        tries.append((_GLUED_DATELINE, True))
    if _article_join(text, start, min(end, start + _GLUED_SENTENCE_REACH)):
        tries.append((_GLUED_SENTENCE, False))
    for pattern, dated in tries:
        match = pattern.match(text, start, end)
        if match is None:
            continue
        head = match.group("head")
        lead = text[match.end() : end]
        if not _glued_head(head) or len(_WORD.findall(lead)) < _GLUED_LEAD_MIN_WORDS:
            continue
        if not dated and not _SENTENCE_END.search(lead) and not lead.rstrip().endswith("."):
            continue
        return Span(start, match.end("head")), dated
    return None


def _glued_head(head: str) -> bool:
    """The part before the lead is shaped like a headline, not a byline or a caption."""
    words = _WORD.findall(head)
    if not _GLUED_HEAD_MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if _BY.match(head) or _holds_caption(head) or _DATELINE.search(head) or _CHROME.match(head):
        return False
    return not _INNER_SENTENCE.search(head) and _looks_like_headline(head)


def _article_join(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a capitalized article between two lower-case
    characters (" vote The school"), as _GLUED_SENTENCE needs: a cheap test."""
    for word in _GLUED_ARTICLES:
        probe = f" {word} "
        at = text.find(probe, start, end)
        while at >= 0:
            after = at + len(probe)
            before = text[at - 1] if at > start else " "
            following = text[after] if after < len(text) else " "
            if (before.islower() or before in "'’-") and (
                following.islower() or following.isdigit()
            ):
                return True
            at = text.find(probe, at + 1, end)
    return False


def _glued(text: str, blocks: tuple[Span, ...], dateline_at: DatelineAt) -> Headline | None:
    """A headline glued to the lead on the first line (see :func:`_glued_split`); a
    dateline after it must be one the dateline parser reads there."""
    split = _glued_split(text, blocks)
    if split is None:
        return None
    span, dated = split
    if dated:
        after = span.end + len(text[span.end :]) - len(text[span.end :].lstrip(" \t"))
        dateline = dateline_at(after)
        if dateline is None or dateline.span.start != after or dateline.city is None:
            return None
    elif dateline_at(span.start) is not None:
        return None
    return Headline(text[span.start : span.end], span)


def _could_be_headline(text: str, unit: Span) -> bool:
    """The line's own shape allows a headline: length, words, no byline or caption look."""
    line = text[unit.start : unit.end]
    if len(line) > _MAX_CHARS:
        return False  # (before the words are found: most AP texts open with a long line)
    capitals = _all_caps(line)
    if not capitals and len(line) > _MAX_MIXED_CASE_CHARS:
        return False  # (the cheapest of the tests, which all must pass: a lead sentence)
    words = _WORD.findall(line)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if _BY.match(line) or _holds_caption(line) or _DATELINE.search(line):
        return False
    if _CHROME.match(line) or DATE_PATTERN.fullmatch(line.strip()):
        return False  # page chrome, a date line ("Monday, August 30, 2010")
    return capitals or not _is_name_line(line)


def _is_name_line(line: str) -> bool:
    """Whether ``_NAME_LINE.fullmatch(line)`` matches.

    Up to its first comma the line can only be names (each opens with a capital) and
    the joining "and"s (the few words of any kind after a comma come last), so a word
    there that opens with an ASCII lower-case letter rules it out without the fullmatch,
    which backtracks through every split of every word: about 14 us on a 150-character
    line.
    """
    head = line.split(",", 1)[0]
    if not all(word[0] < "a" or word[0] > "z" or word == "and" for word in head.split()):
        return False
    return _NAME_LINE.fullmatch(line) is not None


def _over_dateline(text: str, blocks: tuple[Span, ...]) -> Headline | None:
    """A headline line right above a dateline, with no blank line between them.

    "Storm closes passes" then, on the next line, "DENVER (AP) — A storm ...":
    only the first line is the headline, and only when the line under it opens
    with a dateline (the cheap pattern, not the dateline parser).
    """
    if not blocks:
        return None
    block = blocks[0]
    newline = text.find("\n", block.start, block.end)
    if newline < 0:
        return None
    line = text[block.start : newline].rstrip("\r")
    below = text[newline + 1 : block.end].lstrip()
    if not _DATELINE.match(below) or not (_looks_like_headline(line) or _short_enough(line)):
        return None
    if not _MIN_WORDS <= len(_WORD.findall(line)) <= _MAX_WORDS or len(line) > _MAX_CHARS:
        return None
    if _BY.match(line) or _holds_caption(line) or _DATELINE.search(line) or _CHROME.match(line):
        return None
    if DATE_PATTERN.fullmatch(line.strip()):
        return None  # a date line of page chrome ("Monday, August 30, 2010")
    return Headline(line, Span(block.start, block.start + len(line)))


def _heads_something(text: str, unit: Span, dateline_at: DatelineAt) -> bool:
    """The next paragraph opens with a dateline or a byline, or is a photo caption."""
    line = text[unit.start : unit.end]
    if _DATELINE.search(line) or _holds_caption(line):
        return True
    if _BY.match(line) and len(_WORD.findall(line)) <= 12 and not _SENTENCE_END.search(line):
        return True
    dateline = dateline_at(unit.start)
    return dateline is not None and dateline.span.start < unit.end


def _looks_like_headline(line: str) -> bool:
    """ALL CAPS, or no closing punctuation, or Title Case ("... In U.S. Court.")."""
    if _all_caps(line):
        return True
    if _INNER_SENTENCE.search(line):
        return False
    if not _CLOSING.search(line):
        return True
    long_words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(long_words) >= _TITLE_CASE_MIN_WORDS and all(w[0].isupper() for w in long_words)


def _short_enough(line: str) -> bool:
    """A line ending in a full stop is a headline only when short, and one sentence or
    two short ones ("Storm hits coast. Thousands flee.")."""
    if not _SENTENCE_END.search(line):
        return True
    if len(line) > _MAX_CHARS_WITH_STOP:
        return False
    inner = [m.start() + 3 for m in _INNER_SENTENCE.finditer(line)]
    if not inner:
        return True
    if len(inner) >= _MAX_SENTENCES_WITH_STOP:
        return False
    return all(
        len(_WORD.findall(part)) <= _MAX_WORDS_IN_SHORT_SENTENCE
        for part in (line[: inner[0]], line[inner[0] :])
    )


def _all_caps(line: str) -> bool:
    if line.isascii():
        return line.isupper()  # ASCII letters are the cased characters
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
