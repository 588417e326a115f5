"""The headline line at the top of an article.

A headline is the first line of the input, standing alone in its block, short,
and either shaped like a headline (no closing full stop, Title Case or ALL
CAPS) or followed by what follows headlines: a dateline, a byline or a photo
caption. A caption, a dateline paragraph, a byline, page debris and a body
sentence are never taken for one.

>>> text = "Pakistani retaliatory strikes in Iran kill at least 9\\n\\nISLAMABAD — Pakistan struck."
>>> find_headline(text)
Headline(text='Pakistani retaliatory strikes in Iran kill at least 9', span=Span(start=0, end=53))
>>> find_headline("") is None
True
"""

from __future__ import annotations

from typing import Final

import regex

from wireparse._dates import DATE_PATTERN
from wireparse.boilerplate import find_boilerplate
from wireparse.captions import find_captions
from wireparse.dateline import parse_dateline
from wireparse.models import Headline, Span
from wireparse.text import check_text, first_blocks, first_paragraph, segment_paragraphs

__all__ = ["find_headline"]

_MAX_CHARS: Final = 250
_MAX_WORDS: Final = 35
_MIN_WORDS: Final = 2
# Only the top of the input is looked at: the first two paragraph units.
_HEAD_CHARS: Final = 4000
_TITLE_CASE_MIN_WORDS: Final = 3

_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}")
_BLANK_LINE: Final = regex.compile(r"\n[^\S\n]{0,200}\r?\n|\r[^\S\r\n]{0,200}\r")

# A sentence ends with . : ; , (a headline may end with ? or !, or with nothing).
_SENTENCE_END: Final = regex.compile(r"""[.:;,][\s"'”’)\]]{0,3}\Z""")
# The end of a sentence, where a wrapped title line cannot end.
_STOP: Final = regex.compile(r"""[.!?:;][\s"'”’)\]]{0,3}\Z""")
# Closing punctuation that a headline needs another signal to carry.
_CLOSING: Final = regex.compile(r"""[.:;,!?][\s"'”’)\]]{0,3}\Z""")

# "By JON GAMBRELL", "By Tuesday, officials said": either way, not a headline.
_BY: Final = regex.compile(r"By\s", regex.IGNORECASE)

# Photo captions and their credits, cheaply: "(AP Photo/Evan Vucci)", "REUTERS/Name",
# "Photographer: Name/Bloomberg", "FILE - In this ...".
_CAPTION: Final = regex.compile(
    r"""
      \( [^()\n]{0,60} \b (?: Photo | Photos | Images? | Pool ) \b [^()\n]{0,80} \)
    | \( [^()\n]{1,60} / [^()\n]{1,60} \) \s{0,3} \Z      # "(Steve Lawrence/CBC)"
    | \b REUTERS \s{0,2} / | \| \s{0,2} REUTERS \b | \b Reuters /
    | Photographer: | Getty \s Images | \b via \s AP \b
    | \b AP \s Photo \b | \b photo \s in \s gallery \b | \b Image \s \d{1,3} \s of \s \d{1,3}
    | \A \s{0,3} FILE \s{0,3} (?: [-–—:] | PHOTO )
    | \A (?: Hide \s caption | Enlarge \s this \s image ) \b          # npr.org
    """,
    regex.VERBOSE,
)

# A dateline opening a paragraph, cheaply: "WASHINGTON (AP) —", "(Reuters) -",
# "ISLAMABAD — Pakistan ...", "NEW YORK, Nov. 19 (UPI) —".
_DATELINE: Final = regex.compile(
    r"""
      \A [^\n]{0,80}?
      \( (?: AP | Reuters | REUTERS | AFP | UPI | CNN | Bloomberg | dpa | Xinhua ) \)
    | \A \p{Lu} [\p{Lu}.'’\- ]{1,40} (?: , [^\n—–]{1,40} )? \s{1,3} [—–-]{1,2} \s{1,3}
      [\p{Lu}"“‘] \p{Ll}
    """,
    regex.VERBOSE,
)


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
    check_text(text, function="find_headline")
    head = text[:_HEAD_CHARS]
    blocks = first_blocks(head, 2)
    if not blocks:
        return None
    first = blocks[0]
    over = _over_dateline(text, first)
    if over is not None:
        return over
    rest = blocks[1].start if len(blocks) > 1 else len(head)
    if _BLANK_LINE.search(text, first.end, rest) is None:
        return None  # a headline stands alone in its block
    line = text[first.start : first.end]
    breaks = line.count("\n") + line.count("\r") - line.count("\r\n")
    if breaks > 1 or (breaks == 1 and _STOP.search(line.splitlines()[0])):
        return None  # at most two lines, the first cut mid-phrase (Reuters-21578 titles)
    if not _could_be_headline(text, first, rest):
        return None
    # The first paragraph unit at or after ``rest`` (of the second block). A short text
    # is its own head, segmented already in parse_article; a longer head is a new string,
    # and only its second block's first paragraph is worked out.
    if head is text:
        following = next((u for u in segment_paragraphs(head) if u.start >= rest), None)
    else:
        following = first_paragraph(head, blocks[1]) if len(blocks) > 1 else None
    if following is None:
        # A title with no story under it (Reuters-21578 has hundreds): shape only.
        return Headline(line, first) if _looks_like_headline(line) else None
    if _looks_like_headline(line):
        return Headline(line, first)
    if _heads_something(text, following) and _short_enough(line):
        return Headline(line, first)
    return None


def _could_be_headline(text: str, unit: Span, rest: int) -> bool:
    line = text[unit.start : unit.end]
    if len(line) > _MAX_CHARS:
        return False  # (before the words are found: most AP texts open with a long line)
    words = _WORD.findall(line)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if _BY.match(line) or _CAPTION.search(line) or _DATELINE.search(line):
        return False
    if _CHROME.match(line) or DATE_PATTERN.fullmatch(line.strip()):
        return False  # page chrome, a date line ("Monday, August 30, 2010")
    if not _all_caps(line) and (len(line) > _MAX_MIXED_CASE_CHARS or _NAME_LINE.fullmatch(line)):
        return False
    if parse_dateline(text, unit.start) is not None:
        return False
    # Page debris and captions found by their own parsers; the text up to the
    # next paragraph is enough to judge the first line.
    top = text[:rest]
    if any(b.span.start < unit.end for b in find_boilerplate(top)):
        return False
    return not any(c.span.start < unit.end for c in find_captions(top))


def _over_dateline(text: str, block: Span) -> Headline | None:
    """A headline line right above a dateline, with no blank line between them.

    "Storm closes passes" then, on the next line, "DENVER (AP) — A storm ...":
    only the first line is the headline, and only when the line under it opens
    with a dateline (the cheap pattern, not the dateline parser).
    """
    newline = text.find("\n", block.start, block.end)
    if newline < 0:
        return None
    line = text[block.start : newline].rstrip("\r")
    below = text[newline + 1 : block.end].lstrip()
    if not _DATELINE.match(below) or not _looks_like_headline(line):
        return None
    if not _MIN_WORDS <= len(_WORD.findall(line)) <= _MAX_WORDS or len(line) > _MAX_CHARS:
        return None
    if _BY.match(line) or _CAPTION.search(line) or _DATELINE.search(line) or _CHROME.match(line):
        return None
    return Headline(line, Span(block.start, block.start + len(line)))


def _heads_something(text: str, unit: Span) -> bool:
    """The next paragraph opens with a dateline or a byline, or is a photo caption."""
    line = text[unit.start : unit.end]
    if _DATELINE.search(line) or _CAPTION.search(line):
        return True
    if _BY.match(line) and len(_WORD.findall(line)) <= 12 and not _SENTENCE_END.search(line):
        return True
    dateline = parse_dateline(text, unit.start)
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
    """A line ending in a full stop is a headline only when short and one sentence."""
    if not _SENTENCE_END.search(line):
        return True
    return len(line) <= _MAX_CHARS_WITH_STOP and not _INNER_SENTENCE.search(line)


def _all_caps(line: str) -> bool:
    if line.isascii():
        return line.isupper()  # ASCII letters are the cased characters
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
