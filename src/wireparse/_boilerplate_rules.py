"""The whole-unit rules of the page-debris finder, as one tuple of records.

Each :class:`_UnitRule` gives a kind, the pattern a paragraph unit must match in
full, and the gates (first characters, head, words, tail) that are necessary
conditions of that pattern; ``boilerplate.py`` builds its shortcuts from the gates,
and the tests check each gate against its pattern. A new kind of debris is one
record here (its phrases in ``_lexicon/boilerplate.py``) and one line in the kinds
list of ``boilerplate.py`` and ``docs/output.md``.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from wireparse._lexicon.boilerplate import LINK_VERBS

_HTTP_URL: Final = r"https?://[^\s]{1,300}"
_WWW_URL: Final = r"www\.[^\s]{1,300}"
_URL: Final = rf"(?:{_HTTP_URL}|{_WWW_URL})"
# A reuters.com graphics link, written without its scheme.
_GRAPHICS_URL: Final = r"tmsnrt\.rs/[^\s]{1,300}"


# Bloomberg's audio player and share bar; may trail an opinion columnist's bio.
_SHARE_BAR: Final = regex.compile(
    r"""
      LISTEN \s TO \s ARTICLE \s \d{1,2}:\d{2}
      (?: \s SHARE \s THIS \s ARTICLE \s Share \s Tweet \s Post \s Email )?
    | SHARE \s THIS \s ARTICLE \s Share \s Tweet \s Post \s Email
    """,
    regex.VERBOSE,
)


class _WordGate(NamedTuple):
    """Words one of which a unit must hold for a rule to match it.

    ``lower``: the words are lower case and the rule ignores case (looked for in the
    lower-cased text, see :mod:`wireparse._prefilter`); else they are looked for as
    written.
    """

    words: tuple[str, ...]
    lower: bool
    # (a character, n): the rule needs a word within n + 1 characters after the character
    after: tuple[str, int] | None = None


class _UnitRule(NamedTuple):
    """One rule for a whole paragraph unit, with what a unit needs for it to match.

    The gates let a unit be tried only against the rules it can match (13 full
    matches per unit cost more than the rest of find_boilerplate); each is a
    necessary condition of ``pattern``, checked against it by the tests:

    ``firsts``: the characters a unit may open with (``None``: any). IGNORECASE
    rules list both cases, and "ſ" (U+017F) where they list "s". A unit opening
    with a space is tried against every rule.
    ``any_non_ascii``: a unit opening with a non-ASCII character is tried anyway
    (for a non-ASCII ``\\d``).
    ``head``: a pattern the unit's first (up to) three characters must match, with
    the rule's own case handling; a lead-in character the rule allows passes.
    ``words``: words one of which the unit must hold.
    ``tail``: endings one of which the unit must close with (as written: the rule's
    pattern is case-sensitive where it ends).
    """

    kind: str
    pattern: regex.Pattern[str]
    firsts: str | None = None
    any_non_ascii: bool = False
    head: str | None = None
    words: _WordGate | None = None
    tail: tuple[str, ...] | None = None


_DIGITS: Final = "0123456789"
_TO_LINK: Final = r"To \s (?: " + "|".join(v.replace(" ", r"\s") for v in LINK_VERBS) + ")"


# related is case-sensitive: a link ("http://", "https://"), a "www." link after a colon
# and up to three spaces
_LINK_GATE: Final = _WordGate(("://",), lower=False)
_WWW_GATE: Final = _WordGate(("www.",), lower=False, after=(":", 3))


# The rules, in order: the kind of the first whose pattern matches the WHOLE unit.
_UNIT_RULES: Final[tuple[_UnitRule, ...]] = (
    _UnitRule(
        "separator",
        regex.compile(
            r"""
            [_\-—–‒―=*~#•·]          # a rule character
            [_\-—–‒―=*~#•·\s]{0,120}  # more of them, possibly spaced ("* * *")
            """,
            regex.VERBOSE,
        ),
        firsts="_-—–‒―=*~#•·",
    ),
    _UnitRule(
        "share",
        _SHARE_BAR,
        firsts="LS",
        head=r"LI|SH",
    ),
    _UnitRule(
        # reuters.com: "(In Sept. 13 item, updates to correct spelling of ...)"
        "correction",
        regex.compile(
            r"""
            \( [^\n()]{0,300}? \b (?: corrects? | correction | refiled | refiles ) \b
            [^\n]{0,400} \)
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        firsts="(",
    ),
    _UnitRule(
        # cnn.com opinion pieces: "X is ... The opinions expressed in this commentary are ..."
        "author_bio",
        regex.compile(
            r"""
            [^\n]{0,600}? The \s opinions \s expressed \s in \s this \s commentary
            \s are [^\n]{0,200}
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        words=_WordGate(("opinions",), lower=True),
    ),
    _UnitRule(
        "media",
        regex.compile(
            r"""
              CLOSE \s \p{Lu} [^\n]{0,1500}                      # USA Today video summary
            | Slideshow \s{0,3} \( \d{1,4} \s{1,3} Images? \)      # reuters.com gallery
            | JUST\ WATCHED \s .{0,300}? MUST\ WATCH \s .{0,300}?  # cnn.com video box
              \d{1,2}:\d{2}
            | Hide\ Caption \s .{0,1500}                          # cnn.com, npr.org galleries
            | Photos?: \s .{0,5000}? Hide\ Caption \s \d{1,4} \s of \s \d{1,4} .{0,30000}
            """,
            regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
        ),
        firsts="cCsSſjJhHpP",
        head=r"clo|sli|jus|hid|pho",
    ),
    _UnitRule(
        "comments",
        regex.compile(r"\d{1,7} \s{1,3} Comments?", regex.VERBOSE | regex.IGNORECASE),
        firsts=_DIGITS,
        any_non_ascii=True,
        head=r"\d",
    ),
    _UnitRule(
        "timestamp",
        regex.compile(
            r"""
            (?:Updated \s{1,3})?
            \d{1,3} \s{1,3} (?:years?|months?|weeks?|days?|hours?|minutes?) \s{1,3} ago
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        firsts=_DIGITS + "uU",
        any_non_ascii=True,
        head=r"up|\d",
    ),
    _UnitRule(
        "copyright",
        regex.compile(
            r"""
            \(? \s{0,3}
            (?:                               # the notice: a year or an owner follows
                Copyright \s{0,3} (?: © | \(c\) )? \s{0,3} (?: \d{4} | The \s | © )
              | (?: © | \(c\) ) \s{0,3} (?: \d{4} | The \s | \p{Lu} )
            )
            [^\n]{0,400}
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        firsts="(cC©",
        head=r"[(©]|co",
    ),
    _UnitRule(
        "copyright",
        regex.compile(
            r"""
            \(? This \s material \s may \s not \s be \s published [^\n]{0,200}
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        firsts="(tT",
        head=r"\(|thi",
    ),
    _UnitRule(
        "share",
        regex.compile(
            rf"""
            Read \s or \s Share \s this \s story: \s{{0,3}} {_URL}  # USA Today
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        firsts="rR",
        head=r"re",
    ),
    _UnitRule(
        "social",
        regex.compile(
            r"""
            [-–—•*\s]{0,3}
            (?: Follow | Find )
            (?:
                # "Follow Colvin on Twitter at https://twitter.com/colvinj" (names, no comma:
                # "Follow the money, she said on Twitter" is a sentence)
                \s [^\n,]{1,100}? \s on \s
                (?: Twitter | Facebook | Instagram | Threads | Bluesky | Mastodon | X )
                [^\n]{0,150}
              | # "Follow @APFactCheck on Twitter: ...", "Follow @politicalticker Follow @x"
                \s{0,3} @ \w{1,40} [^\n]{0,200}
              | # "Follow Barrow at https://twitter.com/BillBarrowAP"
                \s [^\n]{1,100}? \s at \s
                (?:https?://)? (?:www\.)? (?:twitter|x|facebook|instagram)\.com/ [^\s]{1,200}
                [\s.]{0,3}
            )
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        firsts="-–—•*fF",
        head=r"[-–—•*]|fol|fin",
    ),
    _UnitRule(
        "related",
        regex.compile(
            rf"""
              # "AP-NORC Center: http://www.apnorc.org/", "Read the documents: http://..."
              [^\n:]{{1,60}} : \s{{0,3}} {_HTTP_URL}
              (?: \s{{1,3}} (?:and|or) \s{{1,3}} {_URL} ){{0,3}} [\s.]{{0,3}}
            | {_HTTP_URL}                              # a bare link left by an embed
            """,
            regex.VERBOSE,
        ),
        words=_LINK_GATE,
    ),
    _UnitRule(
        # the same links written from "www.", after a colon ("More: www.apnorc.org")
        "related",
        regex.compile(
            rf"""
              [^\n:]{{1,60}} : \s{{0,3}} {_WWW_URL}
              (?: \s{{1,3}} (?:and|or) \s{{1,3}} {_URL} ){{0,3}} [\s.]{{0,3}}
            """,
            regex.VERBOSE,
        ),
        words=_WWW_GATE,
    ),
    _UnitRule("related", regex.compile(_WWW_URL), firsts="w", head="www"),  # bare
    _UnitRule(
        # the same kind, after the links: a rule of its own that a unit is tried against
        # by its first characters, where the links need a word the text is searched for
        "related",
        regex.compile(
            rf"""
              # reuters.com graphics: "(For graphic on deadly California fires, click ...)"
              [(\[] \s{{0,3}}
              (?: For | {_TO_LINK} | Click \s here | Get \s all | GRAPHIC | Graphic )
              \b [^\n()\[\]]{{0,300}} [)\]]
            | (?: For | {_TO_LINK} ) \b [^\n]{{0,150}}? \b click \b [^\n]{{0,150}}
            | Click \s here \b [^\n]{{0,150}}
            """,
            regex.VERBOSE,
        ),
        firsts="([FTC",
        head=r"[(\[]|Fo|To|Cl",
    ),
    _UnitRule(
        # reuters.com graphics links without a scheme, their own rule so that pages
        # without one pay a single search: "A land divided: tmsnrt.rs/2KfOFYQ",
        # "Indictments, convictions and pleas - tmsnrt.rs/2wcFMdx", "(See bill
        # tmsnrt.rs/2Dy5aht)", "(Open tmsnrt.rs/2w7hX9T in an external browser for a
        # Reuters interactive)"
        "related",
        regex.compile(
            rf"""
              [^\n:]{{1,60}} (?: : | \s [-–—] ) \s{{0,3}} {_GRAPHICS_URL}
            | [(\[] [^\n()\[\]]{{0,100}}? {_GRAPHICS_URL} (?<! [)\]] ) [^\n()\[\]]{{0,150}} [)\]]
            """,
            regex.VERBOSE,
        ),
        words=_WordGate(("tmsnrt.rs/",), lower=False),
    ),
    _UnitRule(
        "sign_off",
        regex.compile(r"[—–-]{1,2} \s{0,2} Field \s Level \s Media", regex.VERBOSE),
        firsts="—–-",
    ),
    _UnitRule(
        # "Terms of Trade is a daily newsletter that ... Sign up here." (bloomberg.com)
        "newsletter",
        regex.compile(
            r"""
            [^\n]{0,200} \b newsletter \b [^\n]{0,200}?
            \b (?: Sign \s up | Subscribe ) \s (?: here | now ) \b [^\n]{0,40}
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        words=_WordGate(("newsletter",), lower=True),
    ),
    _UnitRule(
        # reuters.com link lines whose link word is left alone at the end: "GRAPHIC:
        # Tracking the virus - here", "Graphic - Major shootings: here", "here"
        "related",
        regex.compile(
            r"""
              (?: [^\n]{1,200}? \s? [-–—:] \s{0,2} )? here \.?
            | Full \s [^\n]{1,80}? \s coverage \s here \.?
            """,
            regex.VERBOSE,
        ),
        tail=("here", "here."),
    ),
    _UnitRule(
        # reuters.com: "GRAPHIC: Typhoon Mangkhut - tmsnrt.rs/2oZmnIS", and the id of a
        # graphic left by its embed ("Infographic ID: '2yTI54K'")
        "related",
        regex.compile(
            r"""
              (?: GRAPHIC | Graphic | INTERACTIVE | Interactive ) \s? [-–—:] [^\n]{1,250}
            | Infographic \s ID: \s{0,3} ['‘’"]? \w{1,20} ['‘’"]?
            """,
            regex.VERBOSE,
        ),
        firsts="GI",
        head=r"GRA|Gra|INT|In[tf]",
    ),
    _UnitRule(
        # bloomberg.com links to other stories: "How ZTE Ended Up in Middle of U.S.-China
        # Trade War: QuickTake", "Irish Take Comfort From Westminster (Earlier)"
        "related",
        regex.compile(
            r"""
            [^\n]{5,200}? (?: : \s QuickTake (?: \s Q&A )? | \s \( (?: Earlier | Video ) \) )
            """,
            regex.VERBOSE,
        ),
        tail=("QuickTake", "Q&A", "(Earlier)", "(Video)"),
    ),
    _UnitRule(
        # USA Today links: "GOP:Paul Ryan trying to squelch immigration rebellion"
        "related",
        regex.compile(r"[A-Z]{2,12} : [A-Z] [^\n]{5,150} (?<! [.!?\"”] )", regex.VERBOSE),
        firsts="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        head=r"[A-Z]{2}",
    ),
    _UnitRule(
        # an embedded tweet: its text, then "— Name (@handle) Month Day, Year"
        "media",
        regex.compile(
            r"""
            [^\n]{1,2000}? [—–-]{1,2} \s? [^\n—]{1,80}? \s \( @ \w{1,30} \) \s
            (?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec ) [a-z]{0,6}
            \.? \s \d{1,2}, \s \d{4}
            """,
            regex.VERBOSE,
        ),
        words=_WordGate(("(@",), lower=False),
        tail=tuple(_DIGITS),
    ),
    _UnitRule(
        # a chart's title or a video's caption over its source (bloomberg.com): "Dissents
        # Looming FOMC dissents may be on the rise Source: Bloomberg"
        "media",
        regex.compile(
            r"""
            (?: [^\n]{0,400}? \s )? \(? Source: \s [^\n:()]{1,150} \)?
            (?: \.? \s Note: \s [^\n]{1,150} )?
            """,
            regex.VERBOSE,
        ),
        words=_WordGate(("Source:",), lower=False),
    ),
    _UnitRule(
        # a sign-up button: "Get The Daily Edition by email ... Free Sign Up"
        "newsletter",
        regex.compile(r"[^\n]{0,200} \s (?: Free \s )? Sign \s Up", regex.VERBOSE),
        tail=("Sign Up",),
    ),
)
