"""Speaker assignment: a mention resolved to the article's speaker."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence, Set
from typing import Final

import regex

from wireparse._lexicon.mentions import (
    AUTHOR_VERBS,
    CLAUSE_WORDS,
    DEMONYMS,
    LEGAL_SUFFIXES,
    UNNAMED_ROLE_NOUNS,
)
from wireparse._lexicon.places import COMPASS_WORDS
from wireparse._lexicon.titles import (
    HEAD_TITLES,
    KINSHIP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLURAL_SOURCES,
    ROLE_NOUNS,
    STATEMENT_HEADS,
    THING_HEADS,
)
from wireparse.models import Mention, Span
from wireparse.quotes.attribution import _sentence_start
from wireparse.quotes.documents import _document_author, _issued_document
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
    _np_before,
    _without_clause_word,
)
from wireparse.quotes.tokens import _QUOTE_TOKEN, _SENTENCE_END, _tokens
from wireparse.quotes.unnamed import (
    _named_next,
    _owners_spokesperson,
    _part_of_group,
    _told_by_clause,
    _unnamed_before,
    _unnamed_speaker,
)
from wireparse.quotes.verbs import _PAIR, CUE_VERBS
from wireparse.quotes.words import (
    _CANDIDATES,
    _INDEFINITE,
    _OBJECT_BEFORE,
    _PAIR_REACH,
    _PRONOUN_NEAR,
    _PRONOUN_REACH,
    _SEARCH,
    _before_of,
    _inside,
    _is_org,
    _is_place,
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

        The rules of :data:`SIEVES` for the mention's kind are tried in order; the
        first that applies gives the answer (the last rule of each kind always does).
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


# ---------------------------------------------------------------- the speaker rules
# Each rule takes the resolver, the mention, its text and its position, and gives the
# speaker and whether it is a person, or None when it does not apply.
_Rule = Callable[[_Resolver, _NP, str, int], "tuple[str | None, bool] | None"]


def _unnamed_someone(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "a citizen wrote", "one of the players says": the words themselves.

    Someone the article does not name, not an earlier name; kept as a description,
    which "the official" later refers back to.
    """
    words = mention.lower().split()
    # the head stands before "of", "for", "familiar with" ("an official familiar with the letter")
    head = words[next((i for i, w in enumerate(words) if w in _HOLDER_WORDS), len(words)) - 1]
    if words[0] in _INDEFINITE and (head not in STATEMENT_HEADS or head in ROLE_NOUNS):
        return mention, False
    return None


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


def _statement_source(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the ministry's statement", "his statement": who is named in it, he or she, else
    the last organization."""
    words = mention.split()
    if words[-1].lower() not in STATEMENT_HEADS:
        return None
    named = [w for w in words[1:-1] if w[:1].isupper()]
    if named and words[-1].lower() in ROLE_NOUNS and _place_possessor(words):
        return mention, False  # "South Korea’s presidential spokesman": no country speaks
    if named:
        return r.full_name(" ".join(named), position)
    if words[0].lower() in {"his", "her"}:
        return r._recent_person(position, "m" if words[0].lower() == "his" else "f"), True
    return r._recent_org(position), False


def _place_possessor(words: list[str]) -> bool:
    """Whether the words open with a place written as a possessor ("South Korea’s")."""
    for k, word in enumerate(words):
        if word.endswith(_POSSESSIVE_S):
            return _is_place(" ".join([*words[:k], word[:-2]]))
    return False


def _earlier_role(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the coach": the person introduced earlier with that role ("coach Ken Hitchcock")."""
    words = mention.lower().split()
    if words[0] != "the":
        return None
    for pos, role, name in reversed(r.roles[-_SEARCH:]):
        if role == words[-1] and pos < position:
            return r.full_name(name, pos)[0], True
    return None


def _plural_group(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the G-8 foreign ministers", "the groups": a group, kept as written, never one person."""
    words = mention.split()
    if words[0].lower() != "the" or len(words) < 2 or not _is_group_noun(words[-1].lower()):
        return None
    return mention, False


def _is_people_noun(word: str) -> bool:
    """A plural noun of people ("protesters", "officials", "ministers")."""
    if word in PLURAL_SOURCES:
        return True
    singular = word[:-1]
    return word.endswith("s") and (singular in ROLE_NOUNS or singular in PERSON_NOUNS)


def _is_group_noun(word: str) -> bool:
    """A plural noun of people or organizations ("ministers", "leaders", "groups")."""
    if word in PLURAL_SOURCES:
        return True
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singular = word[:-1]
    return singular in ROLE_NOUNS or singular in PERSON_NOUNS or singular in ORG_NOUNS


def _described_person(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the 46-year-old", "the man in the red jacket": the person just written about."""
    words = mention.lower().split()
    if words[0] == "the" and (words[-1].endswith(("-old", "man", "woman")) or len(words) > 2):
        return r._recent_person(position, None), True
    return None


def _nobody(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """A subject that names no speaker ("the plan"), a pronoun other than he, she, it, they."""
    return None, False


def _named_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the commission": the organization named earlier whose name ends with that noun."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head not in ORG_NOUNS:
        return None
    index = bisect.bisect_left(r.starts, position)
    for entity in reversed(r.entities[max(0, index - _SEARCH) : index]):
        name = entity.name.lower().split()
        if name[-1].rstrip(".") == head or (
            "of" in name and name[name.index("of") - 1] == head  # "the Ministry of Finance"
        ):
            if r.text[max(0, entity.start - 4) : entity.start] in {"and ", " of "}:
                # only the end of a name ("Truth and | Reconciliation Commission"):
                # keep "the commission" as written
                return mention, False
            return entity.name, False
    return None


def _quoted_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the agency": an organization quoted earlier with that word in its name."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the":
        return None
    for _pos, speaker, is_person in reversed(r.history[-_SEARCH:]):
        if not is_person and head in speaker.lower().split():
            return speaker, False
    return None


def _recent_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the company": the organization last quoted or acting (not "the statement")."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head not in ORG_NOUNS or head in _DOCUMENTS:
        return None
    org = r._recent_org(position)
    return (org, False) if org is not None else None


def _epithet(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the rookie defenceman", "the Texan": the person just written about (not "the father")."""
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head in KINSHIP_NOUNS:
        return None
    if head not in ROLE_NOUNS and head not in PERSON_NOUNS and head not in DEMONYMS:
        return None
    person = r._recent_person(position, None)
    return (person, True) if person is not None else None


def _subject_epithet(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the attorney", "the Texan": the person who is the subject of the sentence before
    (not "the official", "the source": people copy leaves unnamed).

    "Tom Doe, the lawyer husband of Ann Doe, wrote ... / “...,” the attorney wrote" gives
    Tom Doe, not Ann Doe, named last (an appositive's name is no subject).
    """
    words = mention.split()
    head = words[-1].lower()
    if words[0].lower() != "the" or head in UNNAMED_ROLE_NOUNS:
        return None
    if head not in ROLE_NOUNS and head not in DEMONYMS:
        return None
    person = r._previous_subject(position)
    return (person, True) if person is not None else None


def _as_written(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """Any other description ("protesters", "the father"): the speaker as written."""
    return mention, False


def _he_or_she(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "he", "she": the most recent person of that gender standing as a subject."""
    gender = _PRONOUN_GENDERS.get(mention.lower())  # "him", "her": "quoted her as saying"
    if gender is None:
        return None
    return r._recent_person(position, gender), True


def _previous_subject(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "he", "she": the subject of the sentence before, when its gender fits.

    "Trump told reporters he had spoken with Gov. John Doe. / “...,” he said" gives
    Trump: the person said to speak in that sentence ("..., Dhar said."), else the
    first person standing there as a subject; objects ("with Gov. John Doe") and
    possessors ("Kim's") are no subjects. Only a gender known to fit counts.
    """
    gender = _PRONOUN_GENDERS.get(mention.lower())
    if gender is None:
        return None
    found = r._previous_subject(position)
    if found is None or r.gender(found) != gender:
        return None
    return found, True


def _unnamed_subject(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "he", "she": someone unnamed who speaks as the subject of the sentence before.

    "A Acme spokesman said the data was deleted. / “...,” he said" gives "A Acme
    spokesman" (a role noun after "a" or "an", then a cue; the noun's gender, when it
    has one, must fit).
    """
    gender = _PRONOUN_GENDERS.get(mention.lower())
    if gender is None:
        return None
    sentence = r._sentence_before(position)
    if sentence is None:
        return None
    found = _UNNAMED_OPENING.match(r.text, sentence[0], sentence[1])
    if found is None or found.group(2).lower() not in ROLE_NOUNS:
        return None
    if _ROLE_GENDERS.get(found.group(2).lower(), gender) != gender:
        return None
    return found.group(1), False


def _subject_organization(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "it said": the organization that is the subject of the sentence before, when it
    speaks there ("The Global Times said in an editorial ... / “...,” it said")."""
    if mention.lower() != "it":
        return None
    text = r.text
    para_start = text.rfind("\n", 0, position) + 1
    here = _sentence_start(text, max(para_start, position - _SUBJECT_REACH), position + 1)
    before = here
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before <= 1 or position - before > _SUBJECT_REACH:
        return None
    found = _author_of(r, before - 2)
    if found is None or found[0] is None or found[1]:
        return None  # nobody, or a person: left to "it" below
    return found


def _it(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "it": the organization last quoted or acting."""
    return (r._recent_org(position), False) if mention.lower() == "it" else None


def _they(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "they": two people who stood together as the last subject."""
    pair = r._recent_pair(position) if mention.lower() == "they" else None
    return (pair, True) if pair is not None else None


def _they_group(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "They chanted": the group last written about ("200 protesters marched ..."),
    as written, when no pair of people stands before."""
    if mention.lower() != "they":
        return None
    start = max(0, position - _GROUP_REACH)
    for match in reversed(list(_WORD.finditer(r.text, start, position))):
        word = match.group()
        if _is_people_noun(word) and not _inside(r.quoted, match.start()):
            return word, False
    return None


def _party_politician(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """ "the Kentucky Republican said": the politician just written about."""
    if mention.split()[-1].lower() in {"republican", "democrat"} and (
        mention.lower().startswith("the ")
        or r.text[max(0, np.start - 4) : np.start].lower() == "the "
    ):
        return r._recent_person(position, None), True
    return None


def _full_name(r: _Resolver, np: _NP, mention: str, position: int) -> _Found:
    """A name: the article's full name for it ("Khan" for "Abdullah Khan")."""
    name_start = np.name_start if np.name_start is not None else np.start
    name, is_org = r.full_name(r.text[name_start : np.end], position)
    return name, not is_org


_Found = tuple[str | None, bool] | None
# How far back (characters) "they" looks for a group, and the lower-case words read there.
_GROUP_REACH: Final = 400
# A capitalized word written as a possessor ("Trump’s", "Sanders'").
_POSSESSOR: Final = regex.compile(
    r"\b(?:(\p{Lu}[\p{L}\-]+)[’']s\b|(\p{Lu}[\p{L}\-]*s)[’'](?!\p{L}))"
)
# An organization's one-word name written with "’s" ("Moody’s", "McDonald’s").
_POSSESSIVE_S: Final = ("’s", "'s")
_COMPASS: Final = COMPASS_WORDS
# How far (characters) before "it" the sentence whose subject it stands for may end.
_SUBJECT_REACH: Final = 300
_WORD: Final = regex.compile(r"\b[a-z]+\b")
# What ends a sentence just before a quotation that opens the next one.
_ENDS: Final = (".", "?", "!", ".”", "?”", "!”", '."', '?"', '!"')
_PRONOUN_GENDERS: Final = {"he": "m", "him": "m", "she": "f", "her": "f"}
_HOLDER_WORDS: Final = frozenset({"of", "for", "familiar"})
# "A Cambridge Analytica spokesman said": someone unnamed opening a sentence with a cue.
_UNNAMED_OPENING: Final = regex.compile(
    r"((?:A|An)[ ](?:[\p{L}.’'\-]+[ ]){0,4}?(\p{Ll}+))[ ](?:said|says|told|added|wrote)\b"
)
# Role nouns of one sex.
_ROLE_GENDERS: Final = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}
_DESCRIPTIONS: Final = ("other", "common")
# Statement nouns that are organizations' words too, but not who speaks.
_DOCUMENTS: Final = frozenset({"statement", "report", "study", "survey"})

#: The speaker rules, in the order they are tried, each with the kinds of mention it
#: applies to (see _NP.kind). docs/quotes.md lists them with an example each.
SIEVES: Final[tuple[tuple[tuple[str, ...], _Rule], ...]] = (
    (("common",), _named_next),
    (("common",), _unnamed_someone),
    (_DESCRIPTIONS, _document_author),
    (("common",), _issued_document),
    (("common",), _owners_spokesperson),
    (("common",), _statement_source),
    (("common",), _told_by_clause),
    (("common",), _unnamed_before),
    (_DESCRIPTIONS, _earlier_role),
    (_DESCRIPTIONS, _plural_group),
    (("other",), _described_person),
    (("other",), _nobody),
    (("common",), _named_organization),
    (("common",), _quoted_organization),
    (("common",), _recent_organization),
    (("common",), _subject_epithet),
    (("common",), _epithet),
    (("common",), _as_written),
    (("pronoun",), _unnamed_speaker),
    (("pronoun",), _previous_subject),
    (("pronoun",), _unnamed_subject),
    (("pronoun",), _he_or_she),
    (("pronoun",), _subject_organization),
    (("pronoun",), _it),
    (("pronoun",), _they),
    (("pronoun",), _they_group),
    (("pronoun",), _part_of_group),
    (("pronoun",), _nobody),
    (("name",), _party_politician),
    (("name",), _full_name),
)
_SIEVES_BY_KIND: Final = {
    kind: tuple(rule for kinds, rule in SIEVES if kind in kinds)
    for kind in ("other", "common", "pronoun", "name")
}


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
