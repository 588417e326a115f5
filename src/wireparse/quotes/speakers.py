"""Speaker assignment: the resolver, which turns a mention into the article's speaker.

It tries the rules of :data:`wireparse.quotes.sieves.SIEVES` in order and remembers the
speakers and the descriptions seen so far; the name tables it reads are
:mod:`wireparse.quotes.names`'.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence, Set
from typing import Final

import regex

from wireparse._lexicon.mentions import (
    CLAUSE_WORDS,
    DEMONYMS,
    LEGAL_SUFFIXES,
)
from wireparse._lexicon.places import COMPASS_WORDS
from wireparse._lexicon.titles import (
    HEAD_TITLES,
    ROLE_NOUNS,
    THING_HEADS,
)
from wireparse.models import Mention, Span
from wireparse.quotes.attribution import _sentence_start
from wireparse.quotes.names import (
    _GENDER_MENTIONS,
    _GENDER_WINDOW,
    _PRONOUN_GENDER,
    _Entity,
    _Names,
)
from wireparse.quotes.phrases import (
    _GENDERED_NAMES,
    _NAME_GENDER,
    _NOT_SPEAKERS,
    _NP,
    _first_of_pair,
    _without_clause_word,
)
from wireparse.quotes.pronouns import _SUBJECT_REACH
from wireparse.quotes.sieves import _POSSESSIVE_S, _SIEVES_BY_KIND
from wireparse.quotes.verbs import _PAIR
from wireparse.quotes.words import (
    _CANDIDATES,
    _OBJECT_BEFORE,
    _PAIR_REACH,
    _PRONOUN_NEAR,
    _PRONOUN_REACH,
    _SEARCH,
    _before_of,
    _inside,
    _is_org,
    _name_words,
    _without_title,
)


class _Resolver(_Names):
    """The mention table, and the speakers seen so far: resolves a mention to a speaker."""

    def note_role(self, position: int, description: str | None, name: str) -> None:
        if not description:
            return
        for word in description.replace(",", " ").split():
            bare = word.lower().strip(".")
            if bare in ROLE_NOUNS or bare in HEAD_TITLES:
                self.roles.append((position, bare, name))

    def gender(self, name: str) -> str | None:
        """ "m" or "f": by a courtesy title, a given name of the news or the census, else the
        pronoun that most often follows the person's first mentions."""
        if name in self._gender:
            return self._gender[name]
        given = name.split()[0].lower()
        if name in self.title_gender:
            self._gender[name] = self.title_gender[name]
            return self._gender[name]
        if given in _NAME_GENDER:
            self._gender[name] = _NAME_GENDER[given]
            return self._gender[name]
        places = self.mention_places.get(name, [])[:_GENDER_MENTIONS]
        first = self.first_seen.get(name)
        if first is not None:
            places = [first, *places]
        votes = {"m": 0, "f": 0}
        for place in places:
            if self._object_at(name, place):
                continue  # "Of Whitmer, he said": the pronoun after an object is not hers
            window_end = min(len(self.text), place + len(name) + _GENDER_WINDOW)
            match = _PRONOUN_GENDER.search(self.text, place + 1, window_end)
            while match is not None and _inside(self.quoted, match.start()):
                # a pronoun inside a quotation is someone the speaker talks about
                match = _PRONOUN_GENDER.search(self.text, match.end(), window_end)
            if match is not None and self._other_between(name, place + 1, match.start()):
                continue  # "Gokool ... Lametti might ... his": the pronoun is Lametti's
            if match is not None and self._possessor_between(name, place + 1, match.start()):
                continue  # "Whitmer ... Trump’s tendency ... his own business"
            if match is not None:
                votes["m" if match.group(1) else "f"] += 1
        result = None if votes["m"] == votes["f"] else max(votes, key=lambda g: votes[g])
        self._gender[name] = result
        return result

    def full_name(self, mention: str, position: int) -> tuple[str, bool]:
        """The article's full name for ``mention`` and whether it is an organization."""
        if mention.endswith(_POSSESSIVE_S) and mention in self.org_long:
            # "Moody’s said": the short form of "Moody’s Investors Service", not a possessor
            return self.org_long[mention], True
        words, _role = _name_words(_before_of(mention.split()))
        while len(words) > 1 and (words[0].lower() == "the" or words[0].lower() in self.vocabulary):
            if words[0] != "The" and self._is_entity(words):
                break  # "New York Times" is a name, though "new" is a word of the article
            words = words[1:]
        if not words:
            return mention, False
        found = self._nearest(self.by_last.get(words[-1], []), position, words)
        if found is None and len(words) == 1:
            # "Wang" for "Wang Qishan": names written family name first, but only
            # when the word first appears inside that name ("Facebook" written before
            # "Facebook Research" is not short for it)
            found = self._nearest(self.by_first.get(words[0], []), position, None)
            if found is not None and self._first_at(words[0]) < found.start:
                found = None
        if found is not None and not _only_place_words(found.name, words):
            # not "North American Facebook" for "Facebook": words of a place or people
            return found.name, found.is_org
        if len(words) == 1 and words[0] in self.org_long:
            return self.org_long[words[0]], True  # "Suncor" for "Suncor Energy", "EDC"
        return " ".join(words), _is_org(words)

    def _is_entity(self, words: list[str]) -> bool:
        """Whether ``words`` are the whole name of an entity of the article."""
        name = " ".join(words)
        return any(self.entities[index].name == name for index in self.by_last.get(words[-1], ()))

    def _other_between(self, name: str, start: int, end: int) -> bool:
        """Whether a mention of a person other than ``name`` starts in ``[start, end)``."""
        index = bisect.bisect_left(self.mention_starts, start)
        while index < len(self.mentions) and self.mentions[index][0] < end:
            if self.mentions[index][1] != name:
                return True
            index += 1
        return False

    def _object_at(self, name: str, end: int) -> bool:
        """Whether the mention of ``name`` ending at ``end`` is the object of a preposition
        and a comma follows it ("Of Whitmer, he said")."""
        if not self.text.startswith(", ", end):
            return False
        last = name.rsplit(" ", 1)[-1]
        start = end - len(name) if self.text.startswith(name, end - len(name)) else end - len(last)
        lead = self.text[max(0, start - 12) : start].lower()
        return _OBJECT_BEFORE.search(lead) is not None

    def _possessor_between(self, name: str, start: int, end: int) -> bool:
        """Whether another person of the article stands as a possessor ("Trump’s") in
        ``[start, end)``: possessors are no mentions, but a pronoun after one may be his."""
        own = name.split()[-1]
        for match in _POSSESSOR.finditer(self.text, start, end):
            word = match.group(1) or match.group(2)
            if word != own and any(
                not self.entities[index].is_org for index in self.by_last.get(word, ())
            ):
                return True
        return False

    def _first_at(self, word: str) -> int:
        """Where ``word`` first occurs in the text (remembered: asked once per word)."""
        at = self.first_at.get(word)
        if at is None:
            at = self.first_at[word] = self.text.find(word)
        return at

    def _nearest(
        self, indices: list[int], position: int, words: list[str] | None
    ) -> _Entity | None:
        """The entity nearest before ``position`` (else after) that ends with ``words``."""
        where = bisect.bisect_left(indices, bisect.bisect_left(self.starts, position))
        order = (
            *reversed(indices[max(0, where - _SEARCH) : where]),
            *indices[where : where + _SEARCH],
        )
        for index in order:
            entity = self.entities[index]
            parts = entity.name.split()
            if words is None:
                if not entity.is_org:
                    return entity
            elif len(parts) >= len(words) and parts[-len(words) :] == words:
                return entity
        return None

    def _recent_person(self, position: int, gender: str | None) -> str | None:
        """The person "he" or "she" at ``position`` most likely stands for.

        Candidates, most recent first, go back at most ``_PRONOUN_REACH``
        characters: earlier quotation speakers and mentions of people standing
        as subjects ("Lohmar said", "Scheer found", a name opening a sentence),
        never names inside quotation marks. The first whose gender fits or is
        unknown wins (a gender known to differ rules a person out). Failing
        that, the most recent mention of any kind whose gender is known to fit.
        """
        floor = position - _PRONOUN_REACH
        candidates: list[tuple[int, str]] = [
            (pos, speaker)
            for pos, speaker, is_person in self.history[-_SEARCH:]
            if is_person and floor <= pos <= position  # not a speaker quoted later on
        ][-_CANDIDATES:]
        index = bisect.bisect_left(self.mention_starts, position)
        fallback: str | None = None
        for k in range(index - 1, max(-1, index - 1 - _SEARCH), -1):
            pos, name = self.mentions[k]
            if pos < floor:
                break
            if self.acting[k]:
                candidates.append((pos, name))
            elif (
                fallback is None
                and gender is not None
                and self.gender(name) == gender
                and self._person_like(name)
            ):
                fallback = name
        candidates.sort(key=lambda candidate: candidate[0])
        unknown: str | None = None
        for pos, name in reversed(candidates):
            if not self._person_like(name) or self._after_the(pos, name):
                continue
            found = self.gender(name)
            if gender is None or found == gender:
                return name
            if found is None and unknown is None:
                if position - pos <= _PRONOUN_NEAR:
                    return name  # "Jamil acknowledges ... / "...," she said."
                unknown = name
        if fallback is not None:
            return fallback
        if unknown is not None:
            return unknown
        index = bisect.bisect_left(self.mention_starts, position)
        for _pos, name in reversed(self.mentions[max(0, index - 50) : index]):
            if gender is None or self.gender(name) == gender:
                return name
        return None

    def _previous_subject(self, position: int) -> str | None:
        """The person who speaks or stands first as a subject in the sentence before
        the one at ``position`` (in its paragraph or the one before)."""
        text = self.text
        sentence = self._sentence_before(position)
        if sentence is None:
            return None
        start, end = sentence
        if text[start : start + 12].split(" ", 1)[0].lower() in CLAUSE_WORDS:
            # "When Cooper noted that ..., Trump professed": after the clause
            start = max(start, text.find(", ", start, end))
        low = bisect.bisect_left(self.speaker_starts, start)
        high = bisect.bisect_left(self.speaker_starts, end)
        for _pos, name in self.speakers[low:high]:
            if self._person_like(name):
                return name  # "Kashmiri Hindus got three options ..., Dhar said."
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        for k in range(low, high):
            pos, name = self.mentions[k]
            if self.acting[k] and self._person_like(name) and not self._after_the(pos, name):
                return name
        return None

    def _sentence_before(self, position: int) -> tuple[int, int] | None:
        """Where the sentence before the one at ``position`` starts and ends (in its
        paragraph or the one before); None when there is none near, or when a person
        stands as a subject in the sentence at ``position`` itself ("Leahy said ... the
        vote, which he called": his own sentence's)."""
        text = self.text
        para_start = text.rfind("\n", 0, position) + 1
        here = position  # a quotation after another's end opens a sentence
        if not text[max(para_start, position - 3) : position].rstrip().endswith(_ENDS):
            here = _sentence_start(text, max(para_start, position - _SUBJECT_REACH), position + 1)
        if self._subject_between(here, position):
            return None
        end = here
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 1 or position - end > _SUBJECT_REACH:
            return None
        start = _sentence_start(text, max(text.rfind("\n", 0, end) + 1, end - _SUBJECT_REACH), end)
        return start, end

    def _subject_between(self, start: int, end: int) -> bool:
        """Whether a person stands as a subject in ``[start, end)``."""
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        return any(
            self.acting[k] and self._person_like(self.mentions[k][1]) for k in range(low, high)
        )

    def _after_the(self, pos: int, name: str) -> bool:
        """ "the Fifth Amendment", "The Hollywood Reporter", "the Snowden disclosures": a
        name written after "the" (and not opening with a given name) is a thing, an
        organization or a modifier, not a person standing as a subject."""
        last = name.rsplit(" ", 1)[-1]
        begin = pos - len(name) + len(last)  # a mention stands at the name's last word
        written = name
        if begin < 0 or not self.text.startswith(name, begin):
            begin, written = pos, last  # the surname alone: "the Snowden disclosures"
        return (
            self.text[max(0, begin - 4) : begin].lower() == "the "
            and written.split()[0].lower() not in _GENDERED_NAMES
        )

    def _recent_pair(self, position: int) -> str | None:
        """Two people who stand together as the last subject before "they".

        "Stella's owners Tore Sohlberg and Lehla Abreder said ... “...,” they said"
        gives "Tore Sohlberg and Lehla Abreder" (both must be people of the article).
        """
        start = max(0, position - _PAIR_REACH)
        last: regex.Match[str] | None = None
        for match in _PAIR.finditer(self.text, start, position):
            last = match
        if last is None:
            return None
        names = []
        for group in (1, 2):
            name, is_org = self.full_name(last.group(group), last.start(group))
            if is_org or not self._person_like(name):
                return None
            names.append(name)
        return f"{names[0]} and {names[1]}"

    def recent_speaker(self, start: int, end: int) -> tuple[int, str] | None:
        """The last person said to speak (indirect speech) in ``[start, end)``."""
        index = bisect.bisect_left(self.speaker_starts, end)
        named = self.speakers[index - 1] if index and self.speakers[index - 1][0] >= start else None
        index = bisect.bisect_left(self.pronoun_report_starts, end)
        if index and self.pronoun_reports[index - 1][0] >= start:
            pos, gender = self.pronoun_reports[index - 1]
            if named is None or named[0] < pos:
                person = self._recent_person(pos, gender)
                if person is not None:
                    return pos, person
        return named

    def _recent_org(self, position: int) -> str | None:
        """The organization "it" or "the company" at ``position`` stands for.

        The later of the last organization quoted and the last one-word
        organization written as a subject ("Google said"); else the last
        organization named.
        """
        quoted: tuple[int, str] | None = None
        for pos, speaker, is_person in reversed(self.history[-_SEARCH:]):
            if not is_person:
                quoted = (pos, speaker)
                break
        index = bisect.bisect_left(self.org_subject_starts, position)
        subject = self.org_subjects[index - 1] if index else None
        if subject is not None and position - subject[0] > _PRONOUN_REACH:
            subject = None
        if subject is not None and (quoted is None or subject[0] > quoted[0]):
            return subject[1]
        if quoted is not None:
            return quoted[1]
        index = bisect.bisect_left(self.starts, position)
        for entity in reversed(self.entities[max(0, index - 50) : index]):
            last = entity.name.split()[-1].lower()
            if entity.is_org and last not in THING_HEADS and entity.name not in _NOT_SPEAKERS:
                return entity.name  # not a place or a day ("Middle East", "Nova Scotia")
        return None

    def resolve(self, np: _NP, position: int) -> tuple[str | None, bool]:
        """The speaker ``np`` at ``position`` stands for, and whether it is a person.

        The rules of :data:`~wireparse.quotes.sieves.SIEVES` for the mention's kind are
        tried in order; the first that applies gives the answer (the last rule of each kind
        always does).
        """
        mention = self.text[np.start : np.end]
        for rule in _SIEVES_BY_KIND[np.kind]:
            found = rule(self, np, mention, position)
            if found is not None:
                return found
        return None, False

    def assign(
        self,
        np: _NP,
        position: int,
        *,
        quoted_at: int | None = None,
        excluded: Set[str] = frozenset(),
    ) -> tuple[str | None, Mention | None, str | None]:
        """The speaker of a quotation or a reported statement, its mention and description.

        The one step both the direct and the reported speech take. A mention is a name
        or a noun phrase, never a clause: conjunctions in front are cut off ("if
        lawmakers"), and one that opens a relative clause names nobody. A speaker in
        ``excluded`` (the bylines) is no speaker. The description written with the
        mention is kept for the speaker's later quotes; a speaker without one takes
        the one kept. A direct quotation's speaker (``quoted_at``: where the quotation
        opens) is remembered as a speaker, and the role words of its description as
        what refers to it later ("the coach").
        """
        clean = _without_clause_word(self.text, np)
        if clean is None:
            return None, None, None
        np = _first_of_pair(self.text, clean)
        speaker, is_person = self.resolve(np, position)
        if speaker is not None and not is_person:
            speaker = _without_legal_suffix(speaker)  # "Facebook Inc" is Facebook
        elif speaker is not None:
            speaker = _without_title(speaker)  # "RNC Chair Ronna Doe" is Ronna Doe
        if speaker is not None and speaker in excluded:
            speaker = None
        description = np.description
        if speaker is not None:
            if description:
                self.descriptions.setdefault(speaker, description)
                if quoted_at is not None:
                    self.note_role(np.start, description, speaker)
            else:
                description = self.descriptions.get(speaker)
            if quoted_at is not None:
                self.history.append((quoted_at, speaker, is_person))
        return speaker, _mention_of(self.text, np), description


# A capitalized word written as a possessor ("Trump’s", "Sanders'").
_POSSESSOR: Final = regex.compile(
    r"\b(?:(\p{Lu}[\p{L}\-]+)[’']s\b|(\p{Lu}[\p{L}\-]*s)[’'](?!\p{L}))"
)
_COMPASS: Final = COMPASS_WORDS
# What ends a sentence just before a quotation that opens the next one.
_ENDS: Final = (".", "?", "!", ".”", "?”", "!”", '."', '?"', '!"')


def _only_place_words(name: str, words: list[str]) -> bool:
    """Whether the words ``name`` adds before ``words`` name a people, with a compass
    word or not ("North American" in "North American Facebook"; not "United")."""
    extra = [word.lower() for word in name.split()[: -len(words)]]
    return any(word in DEMONYMS for word in extra) and all(
        word in DEMONYMS or word in _COMPASS for word in extra
    )


def _without_legal_suffix(name: str) -> str:
    """An organization's name without its legal form: "Facebook Inc" gives "Facebook"."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower().rstrip(".") in LEGAL_SUFFIXES else name


def _mention_of(text: str, np: _NP) -> Mention:
    """The speaker's words where they stand (the name without its title, if any)."""
    start = np.name_start if np.name_start is not None and np.name_start > np.start else np.start
    return Mention(text[start : np.end], Span(start, np.end))


class _Shared:
    """What the direct and the indirect pass share: the quoted ranges and the resolver."""

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self.text = text
        self.spans = spans
        self.masked: list[tuple[int, int]] = []
        self.resolver: _Resolver | None = None

    def get(self) -> _Resolver:
        """The name tables of the body, built on first use (many articles never need them)."""
        if self.resolver is None:
            self.resolver = _Resolver(self.text, self.spans, self.masked)
        return self.resolver
