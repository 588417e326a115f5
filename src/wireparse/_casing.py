"""Normal capitalization for names written in capitals: "JON GAMBRELL", "McALLEN".

Wire copy writes datelines and AP bylines in capitals. Turning them back into
normal case needs more than ``str.title()``: "McDONALD" keeps its inner capital,
"O'NEIL" becomes "O'Neil", "DeSANTIS" becomes "DeSantis", particles such as
"de" and "van" stay lower case inside a name, and initials keep their period.

>>> title_case("JON GAMBRELL")
'Jon Gambrell'
>>> title_case("McALLEN")
'McAllen'
>>> title_case("DeSANTIS O'NEIL JEAN-PIERRE MacDONALD")
"DeSantis O'Neil Jean-Pierre MacDonald"
>>> title_case("ST. LOUIS")
'St. Louis'
>>> title_case("Riazat Butt")
'Riazat Butt'
>>> title_case("Solange De Santis"), title_case("EDDIE VAN DER WALT")
('Solange De Santis', 'Eddie van der Walt')
>>> title_case("PORT-AU-PRINCE")
'Port-au-Prince'
"""

from __future__ import annotations

from typing import Final

import regex

from wireparse._lexicon.names import NAME_PARTICLES
from wireparse._lexicon.places import HYPHEN_PARTICLES

__all__ = ["is_all_caps", "title_case"]

# Words that stay lower case inside (not at the start of) a multi-word name.
_LOWER_PARTICLES: Final = NAME_PARTICLES | {"of", "and", "the"}
# Words that stay in capitals: initialisms and roman numerals.
_KEEP_UPPER: Final = frozenset(
    {"II", "III", "IV", "VI", "VII", "VIII", "UN", "US", "UK", "DC", "NYC"}
    | {"AP", "CNN", "UPI", "AFP"}
)

# A written-mixed-case prefix ("Mc", "Mac", "De", "La", "Di", "Van", "O'") before capitals
# tells us how the owner spells the name: keep the prefix, title-case the rest.
_MIXED_PREFIX: Final = regex.compile(r"^(Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)(\p{Lu}{2,}.*)$")
_WORD: Final = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?|[^\p{L}\p{M}]+")
_LETTER: Final = regex.compile(r"\p{L}")


def is_all_caps(text: str) -> bool:
    """True when ``text`` has letters and none of them is lower case.

    >>> is_all_caps("EL PASO, Texas")
    False
    >>> is_all_caps("ST. LOUIS")
    True
    """
    if text.isascii():
        return text.isupper()  # the ASCII letters are the ASCII cased characters
    letters = _LETTER.findall(text)
    return bool(letters) and all(not letter.islower() for letter in letters)


def _title_word(word: str, first: bool) -> str:
    if not _LETTER.match(word):
        return word
    prefix = _MIXED_PREFIX.match(word)
    if prefix is not None:
        return prefix.group(1) + _title_word(prefix.group(2), True)
    if word.isupper() and word in _KEEP_UPPER:
        return word
    lower = word.lower()
    if len(word) > 2 and word[1] in "'’" and word[0].upper() in "OD":
        # O'NEIL -> O'Neil, D'AMATO -> D'Amato, d'AFFLISIO -> D'Afflisio
        return word[0].upper() + word[1] + word[2:].capitalize()
    if not word.isupper() and not word.islower():
        return word  # already mixed case: trust the writer ("Solange De Santis")
    if not first and lower in _LOWER_PARTICLES:
        return lower
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def title_case(text: str) -> str:
    """Normal capitalization of a name, keeping mixed-case words as written."""
    out: list[str] = []
    first = True
    tokens = [match.group() for match in _WORD.finditer(text)]
    for index, token in enumerate(tokens):
        between_hyphens = (
            0 < index < len(tokens) - 1
            and tokens[index - 1] in ("-", "‐")
            and tokens[index + 1] in ("-", "‐")
        )
        if between_hyphens and token.lower() in HYPHEN_PARTICLES and not token.istitle():
            out.append(token.lower())
        else:
            out.append(_title_word(token, first))
        if _LETTER.match(token):
            first = False
        elif token.strip() in ("-", "‐"):
            first = True
    return "".join(out)
