"""Boilerplate judged by where a unit stands: :mod:`wireparse.boilerplate`'s context rules.

The unit rules of :mod:`wireparse.boilerplate` look at nothing outside the unit. These
look at what stands around it: the Reuters-21578 sign-off at the very end, the address
line under "To contact ...", CNN's highlight lines under "Story highlights" and the
writer's name they open with, Reuters' summary bullets at the top, and Bloomberg's links
to other stories written as headlines below the lead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex

from wireparse._lexicon.boilerplate import VIDEO_VERBS
from wireparse._lexicon.roles import CONTRIBUTOR_CUES
from wireparse.models import Boilerplate, Span
from wireparse.text import SENTENCE_MARKS, closing_pattern

__all__ = [
    "CONTEXT_KINDS",
    "PLACED_MAX_CHARS",
    "TOP_BULLET_FIRSTS",
    "Add",
    "add_sign_off",
    "context_kind",
    "fullmatch",
    "highlight_names",
    "placed_kind",
    "take_highlights",
]

# CNN puts three or four summary lines under "Story highlights".
_MAX_HIGHLIGHTS: Final = 5
_HIGHLIGHT_MAX_CHARS: Final = 200
# Highlight lines after the first that may end in a question mark (the lead below them
# may be a question too: "... So what did Congress do on Monday to change course?").
_MAX_QUESTION_HIGHLIGHTS: Final = 2
# A sign-off sits in the last characters of the input.
_SIGN_OFF_WINDOW: Final = 40

# Reuters-21578: " Reuter" alone on the story's last line, after a wide gap at the end
# of a table row, or in capitals after the last sentence ("REUTERS", "REUTER...^M" too).
_SIGN_OFF: Final = regex.compile(
    r"""
    (?:
        (?<= \n [ \t]{0,20} | [ \t]{2} ) (?: Reuters? | REUTERS? | reuters? )
      | (?<= [.)] [ \t] ) REUTERS?          # "... of an ounce. REUTER"
    )
    (?: \.{1,3} )? (?: \^M )?
    (?= \s{0,20} \Z )
    """,
    regex.VERBOSE,
)

# The line that follows "To contact the author of this story:".
_CONTACT_ADDRESS: Final = regex.compile(
    r"[^\n@]{1,120} \s at \s [^\s@]{1,80} @ [^\s]{1,80} [\s.;]{0,3}", regex.VERBOSE
)
# A sentence end: the body lead after CNN's highlight lines has one, they do not.
_SENTENCE_END: Final = closing_pattern(SENTENCE_MARKS)
# "* Obama, Romney gingerly address issue of gun control" above a Reuters story.
_TOP_BULLET: Final = regex.compile(r"[*•] \s{1,3} [^\n]{1,200}", regex.VERBOSE)
TOP_BULLET_FIRSTS: Final = ("*", "•")
_LONE_STAR: Final = regex.compile(r"\*{1,3}")
# A link to another story in a Bloomberg body, written as its headline: 7 to 18 words in
# Title Case, lower case somewhere (subheads of AP and Reuters are in capitals), no closing
# punctuation but a question mark ("Modi's Big Play for India's Hindu Heartland Risks
# Backfiring", "Is Xi Jinping's Bold China Power Grab Starting to Backfire?").
_HEADLINE_SMALL_WORDS: Final = (
    "a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs\\.?|with|over|up|off|out|via|is"
    "|are|be|if|than|after|its|his|her|their|about|amid|per|nor|so|yet"
)
_RELATED_HEADLINE: Final = regex.compile(
    rf"""
    (?= [^\n]*? \p{{Ll}} )
    (?! \p{{Lu}}{{3}} )            # a place in capitals opens a dateline ("BROCKTON, Mass, ...")
    [\p{{Lu}}\d$] \S*
    (?: \s (?: [\p{{Lu}}\d$(‘“'"] \S* | (?: {_HEADLINE_SMALL_WORDS} ) (?= \s | \Z ) ) ){{6,17}}
    (?<! [.!:;,"”’'] ) (?<! [.!?:;,"”’'] \? )
    """,
    regex.VERBOSE,
)
# The last characters a related headline cannot end with (the pattern's own test, made
# before the call).
_HEADLINE_NO_END: Final = ".!:;,\"”’'"
_RELATED_HEADLINE_MAX_CHARS: Final = 150
# Below the top, placed_kind looks only at units this short that open with a capital.
PLACED_MAX_CHARS: Final = _RELATED_HEADLINE_MAX_CHARS
# A video's one-line summary under its player (bloomberg.com): one sentence of a name of
# one to four words and a present-tense verb ("Navarro discusses U.S. tariffs on Mexico
# and tensions with China."). Tried on short units ending in a full stop that hold one of
# the verbs (a text-wide word gate would search every text for them).
_VIDEO_VERB_ALTERNATION: Final = "|".join(regex.escape(verb) for verb in VIDEO_VERBS)
_VIDEO_SUMMARY: Final = regex.compile(
    rf"""
    \p{{Lu}} [\p{{L}}.'’-]{{0,30}} (?: \s \p{{Lu}} [\p{{L}}.'’-]{{0,30}} ){{0,3}}
    \s (?: {_VIDEO_VERB_ALTERNATION} ) \s
    (?: [^\n.!?“”"] | \. (?! \s \p{{Lu}} ) ){{5,150}} \.
    """,
    regex.VERBOSE,
)
# A summary's name has up to this many words, each with the space after it at most
# _VIDEO_FIRST_WORD_MAX long; a verb follows it.
_VIDEO_NAME_MAX_WORDS: Final = 4
_VIDEO_FIRST_WORD_MAX: Final = 32
_CONTRIBUTOR_CUES: Final = "|".join(regex.escape(c) for c in CONTRIBUTOR_CUES)
# The last characters a trailing link line cannot end with (nor with a digit).
_TRAILING_LINK_NO_END: Final = ".!?:;,)"
# The last line of a page's text, a link to another story or series written as its title,
# with no sentence end ("The Wall - An in-depth examination of Donald Trump's border wall"):
# four words or more, a small word of running text among them (a name is not a title), no
# quotation, comma or semicolon (a quote's end, a list of names), not a byline or a
# contributor line, no "is" or "was" of a sentence cut short ("The video is available here").
_TRAILING_LINK: Final = regex.compile(
    rf"""
    (?! By \s )
    (?! [^\n]*? \s (?: is | are | was | were ) \s )
    (?! (?i: [^\n]*? \b (?: {_CONTRIBUTOR_CUES} ) \b ) )
    (?= (?: \S+ \s+ ){{3}} \S )
    (?= [^\n]*? \s (?: {_HEADLINE_SMALL_WORDS} ) \s )
    \p{{Lu}} [^\n,;“”"]{{10,150}}
    (?<! [{regex.escape(_TRAILING_LINK_NO_END)}\d] )
    """,
    regex.VERBOSE,
)
# cnn.com: the label of the photo shown under a photo gallery (whose unit ends "Hide
# Caption 13 of 13"), a few words with no sentence end ("Gov. Rick Perry's mugshot");
# the story's own sentences after a gallery end in a full stop.
_GALLERY_END: Final = "Hide Caption"
_PHOTO_LABEL_MAX_CHARS: Final = 60
_PHOTO_LABEL: Final = regex.compile(
    r"""
    \p{Lu} \S* (?: \s \S+ ){0,7}
    (?<! [.!?:;,"”’'] )
    """,
    regex.VERBOSE,
)
# cnn.com opinion pages: the writer's name alone under the photo, the name that opens the
# highlight lines ("Story highlights Bob Greene: In Ohio, ...", "Story highlights David
# Rothkopf says if ..."); under the photo it may carry a middle initial ("Kenneth V.
# Lanning" for "Kenneth Lanning: ...").
_HIGHLIGHT_NAME: Final = regex.compile(
    r"""
    (?:Story \s highlights \s)? (\p{Lu}[\p{L}.'-]+ (?:\s \p{Lu}[\p{L}.'-]+){1,2})
    (?: : | \s says \s )
    """,
    regex.VERBOSE,
)
# The longest name label under the photo, and its most words.
_NAME_LABEL_MAX_CHARS: Final = 40
_NAME_LABEL_MAX_WORDS: Final = 4


Add = Callable[[str, "Span | None"], None]


def fullmatch(pattern: regex.Pattern[str], text: str, span: Span) -> bool:
    return pattern.fullmatch(text, span.start, span.end) is not None


def add_sign_off(text: str, found: list[Boilerplate], add: Add) -> None:
    """Reuters-21578's "Reuter" at the very end, unless a segment holds it already."""
    sign_off = _SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_WINDOW))
    if sign_off is not None and not any(
        b.span.start <= sign_off.start() < b.span.end for b in found
    ):
        add("sign_off", Span(sign_off.start(), sign_off.end()))


# The kinds after which context_kind may find one.
CONTEXT_KINDS: Final = ("comments", "contact", "media")


def context_kind(text: str, unit: Span, previous: str | None, before: Span) -> str | None:
    """Units that are debris only after the debris unit ``before``, of kind ``previous``."""
    if previous == "comments" and fullmatch(_LONE_STAR, text, unit):
        return "comments"  # the comment form's text box, marked "*"
    if previous == "contact" and fullmatch(_CONTACT_ADDRESS, text, unit):
        return "contact"
    if (
        previous == "media"
        and len(unit) <= _PHOTO_LABEL_MAX_CHARS
        and text.find(_GALLERY_END, before.start, before.end) >= 0
        and fullmatch(_PHOTO_LABEL, text, unit)
    ):
        return "media"  # the label of the photo under a gallery
    return None


def placed_kind(
    text: str, unit: Span, at_top: bool, names: set[str], has_bar: bool, at_end: bool = False
) -> str | None:
    """Units that are debris by where they stand: at the top, below the lead on a
    page with Bloomberg's share bar, under highlight lines that name their writer, or
    last in the text; and short lines under a video player (the verb test is cheaper
    here than a word gate of the unit rules)."""
    first = text[unit.start : unit.start + 1]
    if at_top:
        if first in TOP_BULLET_FIRSTS and fullmatch(_TOP_BULLET, text, unit):
            return "highlights"  # reuters.com summary bullets above the story
        return None
    if not first.isupper() or len(unit) > PLACED_MAX_CHARS:
        return None  # (find_boilerplate_in makes these tests before the call too)
    if names and _is_name_label(text[unit.start : unit.end], names):
        return "media"  # the name under the writer's photo
    last = text[unit.end - 1]
    if last == ".":
        if _may_be_video_summary(text, unit) and fullmatch(_VIDEO_SUMMARY, text, unit):
            return "media"
    elif (
        at_end
        and last not in _TRAILING_LINK_NO_END
        and not last.isdecimal()
        and len(text[unit.start : unit.end].split(maxsplit=3)) == 4  # four words or more
        and fullmatch(_TRAILING_LINK, text, unit)
    ):
        return "related"
    if (
        has_bar  # elsewhere lines in Title Case are lists of titles ("Best Actress in a ...")
        and text[unit.end - 1] not in _HEADLINE_NO_END
        and fullmatch(_RELATED_HEADLINE, text, unit)
    ):
        return "related"
    return None


def _may_be_video_summary(text: str, unit: Span) -> bool:
    """Whether _VIDEO_SUMMARY may match ``text[unit]``, judged word by word: after each of
    the name's one to four words comes a verb or, within four words, a capital (an ASCII
    character that is neither ends the test; anything else is left to the pattern, as is
    a word that a space other than " " may end)."""
    start = unit.start
    end = unit.end
    for words in range(1, _VIDEO_NAME_MAX_WORDS + 1):
        space = text.find(" ", start, min(end, start + _VIDEO_FIRST_WORD_MAX))
        if space < 0 or not text[start:space].isprintable():
            return True  # (every \s but " " is unprintable)
        start = space + 1
        if start >= end:
            return False
        after = text[start]
        if not after.isascii() or text.startswith(VIDEO_VERBS, start, end):
            return True
        if not after.isupper() or words == _VIDEO_NAME_MAX_WORDS:
            return False
    return False


def _is_name_label(line: str, names: set[str]) -> bool:
    """Whether ``line`` is one of ``names`` as written under a photo: the same first and
    last words, capitalised words (a middle initial) between them."""
    if len(line) > _NAME_LABEL_MAX_CHARS:
        return False
    words = line.split()
    if not 2 <= len(words) <= _NAME_LABEL_MAX_WORDS or not all(w[0].isupper() for w in words):
        return False
    return any(
        (name_words := name.split())[0] == words[0] and name_words[-1] == words[-1]
        for name in names
    )


def highlight_names(text: str, found: list[Boilerplate]) -> set[str]:
    """The writers' names that open highlight lines ("Bob Greene: In Ohio, ...")."""
    names = set()
    for segment in found:
        if segment.kind == "highlights":
            match = _HIGHLIGHT_NAME.match(segment.text)
            if match is not None:
                names.add(match.group(1))
    return names


def take_highlights(
    text: str, units: Sequence[Span], index: int, add: Add, found: list[Boilerplate]
) -> int:
    """Claim CNN's highlight lines after "Story highlights ..." (the last of ``found``);
    return the next index."""
    # "Frum: " when the first line names the writer ("Story highlights David Frum: ...")
    surnames = tuple(f"{name.split()[-1]}: " for name in highlight_names(text, found[-1:]))
    taken = 0
    while index < len(units) and taken < _MAX_HIGHLIGHTS - 1:
        unit = units[index]
        if len(unit) > _HIGHLIGHT_MAX_CHARS or text[unit.end - 1] == ":":
            break  # (a line ending in a colon opens what follows it: the story)
        # a highlight line holds no sentence end, or a question mark at its very end only
        # (the lead that follows is a sentence or more); one that opens with the writer's
        # surname may end in a question mark wherever it stands ("Frum: Deal doesn't
        # address Iran as bad actor in Syria and beyond; does that not matter?")
        last = (
            unit.end - 1
            if text[unit.end - 1] == "?"
            and (taken < _MAX_QUESTION_HIGHLIGHTS or text.startswith(surnames, unit.start))
            else unit.end
        )
        if _SENTENCE_END.search(text, unit.start, last):
            break
        add("highlights", unit)
        taken += 1
        index += 1
    return index
