"""The mention table: every name the article introduces and where it is mentioned."""

from __future__ import annotations

import array
from collections.abc import Iterable, Sequence
from typing import Any, Final, NamedTuple, overload

import regex

from wireparse._lexicon.mentions import NAME_ADJECTIVE_ENDINGS
from wireparse._lexicon.names import GROUP_OR_PLACE_WORDS as NOT_NAME_WORDS
from wireparse._lexicon.names import INNER_NAME_PARTICLES as NAME_PARTICLES
from wireparse._lexicon.places import REGION_BY_KEY, fold
from wireparse._lexicon.titles import (
    FUNCTION_WORDS,
    MALE_TITLES,
    ORG_HEADS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    THING_HEADS,
)
from wireparse.models import Span
from wireparse.quotes.phrases import _GENDERED_NAMES
from wireparse.quotes.verbs import (
    _ONE_WORD_VERB_HEADS,
    _ONE_WORD_VERBS,
    _PRONOUN_REPORT,
    _cue_follows,
    _report_follows,
)
from wireparse.quotes.words import (
    _ACRONYM_AFTER,
    _APPOSED_BEFORE,
    _APPOSED_STARTS,
    _APPOSITIVE_REACH,
    _COMPACT_RUNS,
    _COURTESY_BEFORE,
    _COURTESY_HINTS,
    _CREDIT_STARTS,
    _INITIALS,
    _INNER_CAPITAL,
    _NAME_RUN,
    _NOT_GIVEN,
    _OBJECT_BEFORE,
    _OBJECT_PHRASE_BEFORE,
    _OBJECT_PHRASE_REACH,
    _ONE_NAME_APPOSITIVE,
    _ORG_NOUN_BEFORE,
    _PARTNER_VERB_AFTER,
    _REPORT_REACH,
    _SUBJECT_BEFORE,
    _SUBJECT_HINTS,
    _SUBJECT_LOOKBACK,
    _VERB_AFTER,
    _appositive_head,
    _inside,
    _is_place,
    _is_title,
    _looks_like_verb,
    _may_name,
    _possessive,
    _role_noun_before,
    _run_name,
    _unpack_runs,
    _Vocabulary,
)

_PRONOUN_GENDER: Final = regex.compile(
    r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", regex.I
)
_GENDER_WINDOW: Final = 200
# The attributes of _Names built on first use, by _Names._build_mentions and _pronoun_reports.
_MENTION_TABLES: Final = frozenset(
    {
        "title_gender",
        "speakers",
        "mentions",
        "acting",
        "mention_places",
        "speaker_starts",
        "mention_starts",
    }
)
_REPORT_TABLES: Final = frozenset({"pronoun_reports", "pronoun_report_starts"})
_GENDER_MENTIONS: Final = 6
# What ends a sentence right before a capitalized run (spaces between).
_SENTENCE_MARKS: Final = frozenset({".", "!", "?", '"', "”", ":", "—", "–", "-"})

# ---------------------------------------------------------------- resolution


class _Entity(NamedTuple):
    """A name the article introduces, where, and whether it names an organization.

    A tuple, not an attrs class: one is made for every mention of a full name, and
    a frozen attrs instance costs three ``object.__setattr__`` calls.
    """

    name: str
    start: int
    is_org: bool


class _Names:
    """Names introduced in the article, where each is mentioned, and who is said to speak."""

    def __init__(
        self, text: str, paragraphs: Sequence[Span], quoted: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self.quoted = quoted
        self.one_word: list[tuple[int, str]] = []  # (position, name) of one-word people
        self.entities: list[_Entity] = []
        self.roles: list[tuple[int, str, str]] = []  # (position, role noun, name)
        self.descriptions: dict[str, str] = {}
        self.history: list[tuple[int, str, bool]] = []  # (position, speaker, is person)
        self._gender: dict[str, str | None] = {}
        self._person_likes: dict[str, bool] = {}  # name -> _person_like(name)
        self.first_seen: dict[str, int] = {}
        self.first_at: dict[str, int] = {}
        self.one_word_names: set[str] = set()
        # short forms of organization names: "EDC", "Suncor" -> the full name
        self.org_long: dict[str, str] = {}
        # (position, word) of one-word organizations standing as subjects ("Google said")
        self.org_subjects: list[tuple[int, str]] = []
        # Words the article writes in lower case: a capitalized one at a sentence start
        # ("Finally", "Part") is then not part of a name.
        self.vocabulary = _Vocabulary(text, paragraphs)
        self.paragraphs = paragraphs
        # In a long text, the runs are packed and the acting flags decided at once (memory).
        self._compact = sum(para.end - para.start for para in paragraphs) > _COMPACT_RUNS
        self._runs = self._read_runs(paragraphs)
        words_of = self._settle_entities()
        self.starts = [e.start for e in self.entities]
        self.by_last: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self._surnames = self._index_entities(words_of)
        # The mention table and the pronoun reports are built on first use (__getattr__).

    # The mention table (_find_mentions), built when a speaker rule first asks for it:
    # a quotation that names its speaker in full never does.
    title_gender: dict[str, str]  # "Mr." / "Mrs." before a mention: the person's gender
    speakers: list[tuple[int, str]]  # "Golden says ...": indirect speech
    mentions: list[tuple[int, str]]  # every mention of a known person
    # whether that mention stands as a subject: at a sentence start, or before a verb
    acting: _Acting
    mention_places: dict[str, list[int]]
    speaker_starts: list[int]
    mention_starts: list[int]
    # "She said it's possible ...": reported speech by a pronoun, resolved when asked.
    pronoun_reports: list[tuple[int, str]]
    pronoun_report_starts: list[int]

    def __getattr__(self, name: str) -> Any:
        """Build the mention table or the pronoun reports on the first use of one of theirs.

        Called only for an attribute the instance does not have yet; both are built
        from what ``__init__`` kept (the runs, the surnames, the quoted ranges, none of
        which changes later), so they are what building them right away gives.
        """
        if name in _MENTION_TABLES and "_runs" in self.__dict__:
            self._build_mentions()
        elif name in _REPORT_TABLES and "paragraphs" in self.__dict__:
            reports = _pronoun_reports(self.text, self.paragraphs, self.quoted)
            self.pronoun_reports = reports
            self.pronoun_report_starts = [pos for pos, _gender in reports]
        else:
            raise AttributeError(name)
        return self.__dict__[name]

    def _build_mentions(self) -> None:
        """The tables of :data:`_MENTION_TABLES` (the runs read in ``__init__`` are let go)."""
        self.title_gender = {}
        self.speakers = []
        self.mentions = []
        self.acting = _Acting(self.text, lazy=not self._compact)
        self.mention_places = {}
        runs = self.__dict__.pop("_runs")
        self._find_mentions(runs, self.paragraphs, self._surnames)
        self.speaker_starts = [pos for pos, _name in self.speakers]
        self.mention_starts = [pos for pos, _name in self.mentions]

    def _read_runs(self, paragraphs: Sequence[Span]) -> Iterable[tuple[int, str, int]]:
        """Register the names of every capitalized run; the runs, for the mention scan.

        One regex pass. The runs come back as (start, run, paragraph index). In a long
        text (``_compact``), they are kept as start, end and paragraph index in machine
        integers (24 bytes, not about 150 for a tuple and a str; a little slower).
        """
        text = self.text
        compact = self._compact
        runs: list[tuple[int, str, int]] = []
        packed = array.array("q")
        keep = packed.extend if compact else None
        append = runs.append
        register = self._register
        heads = _ONE_WORD_VERB_HEADS
        for para_index, para in enumerate(paragraphs):
            para_start = para.start
            for match in _NAME_RUN.finditer(text, para_start, para.end):
                start, end = match.span()
                run = text[start:end]
                if keep is None:
                    append((start, run, para_index))
                else:
                    keep((start, end, para_index))
                if " " in run:
                    register(start, run, para_start)
                    continue
                if (
                    start >= 2
                    and text[start - 2].islower()
                    and text[start - 1].isspace()
                    and _role_noun_before(text, start)
                ):
                    # one word is only a name after a lower-case role noun ("coach Smith"):
                    # decided here, as _register would (stripping it leaves nothing)
                    register(start, run, para_start)
                    continue
                # _one_word wants the word to stand as a subject: an appositive or an
                # age after it, or a verb of _ONE_WORD_VERBS (most runs have neither:
                # "The president", "In 2019"): tested here first
                follower = text[end : end + 1]
                if follower == ",":
                    if _ONE_NAME_APPOSITIVE.match(text, end) is not None:
                        self._one_word(start, run, para)
                elif follower == " " and (
                    text[end + 1 : end + 4] in heads or text[end + 1 : end + 3] in heads
                ):
                    acts = _VERB_AFTER.match(text, end)
                    if acts is not None and acts.group(1) in _ONE_WORD_VERBS:
                        self._one_word(start, run, para)
        return runs if not compact else _unpack_runs(text, packed)

    def _settle_entities(self) -> dict[str, list[str]]:
        """Short forms, one-word people and organizations, once all runs are read.

        Returns the words of each entity's name.
        """
        # The words of each name, split once (a name is registered again at each mention).
        words_of = {entity.name: entity.name.split() for entity in self.entities}
        longer = {parts[-1] for parts in words_of.values()}
        # An organization's short forms: its first word ("Suncor" for "Suncor Energy")
        # and its initials ("EDC" for "Export Development Canada").
        person_first = set()
        for entity in self.entities:
            parts = words_of[entity.name]
            if not entity.is_org:
                person_first.add(parts[0])
                continue
            initials = "".join(part[0] for part in parts if part[:1].isupper())
            if len(initials) >= 2:
                self.org_long.setdefault(initials, entity.name)
            if parts[0].lower() not in FUNCTION_WORDS and not _is_place(parts[0]):
                self.org_long.setdefault(parts[0], entity.name)
        self.org_subjects = [
            (start, self.org_long.get(word, word))
            for start, word in self.org_subjects
            if word not in longer
            and word not in self.one_word_names
            and word not in person_first
            and word.lower() not in _GENDERED_NAMES
            and fold(word) not in REGION_BY_KEY  # "Kansas": a state, not who "it" is
        ]
        self.org_subject_starts = [start for start, _word in self.org_subjects]
        for start, word in self.one_word:
            if word not in longer and word not in self.org_long:  # not "Fox" of "Fox News"
                self.entities.append(_Entity(word, start, False))
                self.first_seen.setdefault(word, start)
                if word not in words_of:
                    words_of[word] = word.split()
        # "Covington Catholic" where the article also writes "Covington Catholic High
        # School": the start of an organization's name, so an organization too.
        org_starts: set[str] = set()
        for entity in self.entities:
            if entity.is_org:
                parts = words_of[entity.name]
                if len(parts) > 2:
                    org_starts.update(" ".join(parts[:k]) for k in range(2, len(parts)))
        if org_starts:
            self.entities = [
                _Entity(e.name, e.start, True) if not e.is_org and e.name in org_starts else e
                for e in self.entities
            ]
        self.entities.sort(key=lambda entity: entity.start)
        return words_of

    def _index_entities(self, words_of: dict[str, list[str]]) -> dict[str, str]:
        """Index the entities by last and first word; a person's full name by surname."""
        surnames: dict[str, str] = {}
        for index, entity in enumerate(self.entities):
            parts = words_of[entity.name]
            self.by_last.setdefault(parts[-1], []).append(index)
            self.by_first.setdefault(parts[0], []).append(index)
            if not entity.is_org:
                surnames.setdefault(parts[-1], entity.name)
        return surnames

    def _find_mentions(
        self,
        runs: Iterable[tuple[int, str, int]],
        paragraphs: Sequence[Span],
        surnames: dict[str, str],
    ) -> None:
        """Record each mention of a known person by surname in the capitalized runs.

        The runs that hold a known surname are picked out by a generator (a dictionary
        look-up for a one-word run, most of them), then read one by one, in order.
        """
        quoted = self.quoted
        person_names = {entity.name for entity in self.entities if not entity.is_org}
        isdisjoint = surnames.keys().isdisjoint
        holding = (
            run
            for run in runs
            # one word: most runs ("The", "But", "Khan"); else no known surname in the
            # run (tested in C)
            if run[1] in surnames or (" " in run[1] and not isdisjoint(run[1].split(" ")))
        )
        for run_start, run, para_index in holding:
            if " " not in run:
                if len(run) >= 2 and not _possessive(run):
                    para = paragraphs[para_index]
                    self._mention(run_start, run_start + len(run), surnames[run], para, quoted)
                continue
            para = paragraphs[para_index]
            offset = 0
            previous = ""
            for word in run.split(" "):
                word_start = run_start + offset
                offset += len(word) + 1
                given, previous = previous, word
                name = surnames.get(word)
                if name is None or _possessive(word) or len(word) < 2:
                    continue
                if f"{given} {word}" in person_names:
                    name = f"{given} {word}"  # "Mary Nicholson", not the first Nicholson
                self._mention(word_start, word_start + len(word), name, para, quoted, run_start)

    def _mention(
        self,
        start: int,
        end: int,
        name: str,
        para: Span,
        quoted: Sequence[tuple[int, int]],
        run_start: int | None = None,
    ) -> None:
        """Record a mention of the known person ``name`` at ``text[start:end]``.

        ``run_start``: where the capitalized run holding the mention starts, so a
        title in front ("Liberal MP Marco Mendicino") still lets it open a sentence.
        """
        text = self.text
        begin = start
        # the given name before a surname mention ("Mary Nicholson"); for a one-word
        # name, the space before it (names are words joined by single spaces)
        space = name.find(" ")
        first = name[:space] if space > 0 else ""
        if begin - len(first) - 1 >= para.start and text.startswith(
            first + " ", begin - len(first) - 1
        ):
            begin -= len(first) + 1
        lead = text[max(para.start, begin - _SUBJECT_LOOKBACK) : begin]
        if lead.endswith((" ", " \n")) and not _COURTESY_HINTS.isdisjoint(lead):
            courtesy = _COURTESY_BEFORE.search(lead)
            if courtesy is not None:
                title = courtesy.group(1).lower()
                self.title_gender.setdefault(name, "m" if title in MALE_TITLES else "f")
        self.mention_places.setdefault(name, []).append(end)
        if _inside(quoted, start) or text.startswith(_CREDIT_STARTS, end):
            # a name inside a quotation is not who speaks next, nor is a photo
            # credit's ("(Lauren Pelley / CBC News)")
            return
        self.mentions.append((start, name))
        if _cue_follows(text, end):
            # a speaker, standing as a subject, whether or not it opens a sentence
            self.speakers.append((start, name))
            self.acting.append(True)
            return
        # (each test below is pure, made only when the answer still depends on it)
        at_start = self._opens_sentence(lead, begin, para, run_start)
        # "Tim Guest with the Nova Scotia Health Authority says there are ...":
        # reported speech whose speaker a following quotation paragraph keeps.
        if (
            (
                at_start
                or (
                    text.startswith(",", end)
                    and not _place_follows(text, end)
                    and not _object_of_phrase(text, begin, para)
                )
            )
            and _report_follows(text, end, min(para.end, end + _REPORT_REACH))
            and self._person_like(name)
        ):
            self.speakers.append((start, name))
        if at_start:
            self.acting.append(True)
        else:
            self.acting.defer(begin, end, para)  # decided if a speaker rule asks

    def _opens_sentence(self, lead: str, begin: int, para: Span, run_start: int | None) -> bool:
        """Whether a mention at ``begin`` (``lead`` before it) opens a sentence.

        A title in front of it ("Liberal MP Marco Mendicino") lets its run open one.
        Each regex runs only when a character it needs is there (same answers).
        """
        text = self.text
        at_start = begin == para.start or (
            not _SUBJECT_HINTS.isdisjoint(lead) and _SUBJECT_BEFORE.search(lead) is not None
        )
        if (
            at_start
            or run_start is None
            or run_start >= begin
            or not any(_is_title(word) for word in text[run_start:begin].split())
        ):
            return at_start
        run_lead = text[max(para.start, run_start - _SUBJECT_LOOKBACK) : run_start]
        return run_start == para.start or (
            not _SUBJECT_HINTS.isdisjoint(run_lead) and _SUBJECT_BEFORE.search(run_lead) is not None
        )

    def _one_word(self, start: int, word: str, para: Span) -> None:
        """Note a one-word run that is a person, or an organization standing as a subject.

        Both need the word to stand as a subject, with an appositive or a verb after
        it: :meth:`_read_runs` calls this only then.
        """
        if not _may_name(word):
            return
        if self._one_word_person(start, word, para):
            self.one_word.append((start, word))
            self.one_word_names.add(word)
        elif self._org_subject(start, word, para):
            self.org_subjects.append((start, word))

    def _org_subject(self, start: int, word: str, para: Span) -> bool:
        """Whether one word names an organization that acts ("Google said", "IRCC did not").

        A capitalized word or an acronym, standing as a subject (as :meth:`_one_word`
        checked), opening a sentence (or after an opening phrase and its comma, or
        after "group", "company", ...), and never written in lower case in the article.
        """
        text = self.text
        if len(word) < 2 or not (word[1:].isalpha() or (word.isupper() and len(word) <= 6)):
            return False
        lead = text[max(para.start, start - _SUBJECT_LOOKBACK) : start]
        opens = (
            start == para.start
            or _SUBJECT_BEFORE.search(lead) is not None
            or lead.endswith(", ")  # "In a statement, IRCC did not reveal"
            or _ORG_NOUN_BEFORE.search(text, max(para.start, start - 20), start) is not None
        )
        if not opens or _inside(self.quoted, start):
            return False
        return word.lower() not in self.vocabulary

    def _one_word_person(self, start: int, word: str, para: Span) -> bool:
        """Whether one capitalized word is a person known by one name ("Yuni", "Mulder").

        It must stand as a subject (as :meth:`_one_word` checked), not after a
        preposition, never be written in lower case in the article, and be followed
        by "he" or "she" (outside quotation marks) within a sentence or two, with no
        full name in between.
        """
        text = self.text
        end = start + len(word)
        lower = word.lower()
        if (
            len(word) < 3
            or not word[1:].islower()
            or lower in ORG_HEADS
            or lower in THING_HEADS
            or lower.endswith(("s", "ing"))  # "Governments", "Conditioning"
            or _is_place(word)
        ):
            return False
        if _OBJECT_BEFORE.search(text, max(para.start, start - 8), start):
            return False
        if lower in self.vocabulary:
            return False  # "Finally", "Bridge": written in lower case elsewhere
        window_end = min(end + _GENDER_WINDOW, len(text))
        match = _PRONOUN_GENDER.search(text, end, window_end)
        while match is not None and _inside(self.quoted, match.start()):
            match = _PRONOUN_GENDER.search(text, match.end(), window_end)
        if match is None:
            return False
        # no full name in between, whom the pronoun would rather stand for
        return all(" " not in run.group() for run in _NAME_RUN.finditer(text, end, match.start()))

    def _register(self, start: int, run: str, para_start: int) -> None:
        text = self.text
        words = run.split(" ")
        end = start + len(run)
        # (the regexes below run only when the character they start with is there)
        acronym = _ACRONYM_AFTER.match(text, end) if text[end : end + 2] == " (" else None
        if acronym is not None:
            # "Export Development Canada (EDC)": the acronym stands for the name
            letters = acronym.group(1)
            for k in range(len(words) - 1):
                if "".join(w[0] for w in words[k:] if w[:1].isupper()) == letters:
                    self.org_long.setdefault(letters, " ".join(words[k:]))
                    break
        # "Will Young, a locomotive mechanic": two words before an appositive are a
        # name even when the first is also a word ("will", "hope", "grant")
        introduced = (
            len(words) == 2
            and text[end : end + 1] == ","
            and words[0].lower() not in _NOT_GIVEN
            and _ONE_NAME_APPOSITIVE.match(text, end) is not None
        )
        at_start: bool | None = None  # whether the run opens a sentence, once asked
        cut = 0  # how many characters of the run the loop drops in front
        while words:
            lower = words[0].lower()
            if (len(words) > 1 and lower.endswith("-based")) or (
                len(words) > 2 and words[1].lower().endswith("-based")
            ):
                pass  # "Calgary-based Suncor Energy", "New York-based Moody's Investors Service"
            elif introduced:
                break
            elif lower not in FUNCTION_WORDS and lower not in NAME_PARTICLES:
                if len(words) == 1:
                    break
                if at_start is None:
                    lead = text[max(para_start, start - 3) : start].rstrip()
                    at_start = start == para_start or lead[-1:] in _SENTENCE_MARKS
                if not (at_start and lower in self.vocabulary):
                    break
            # "Finally Demi", "Part of Ian Poulter", "Calgary-based Suncor Energy"
            cut += len(words[0]) + 1
            words = words[1:]
        if not words:
            return
        start += cut
        before: list[str] | None = None  # the word before the name, once asked
        if len(words) == 1:
            # One word is only registered after a role noun ("coach Smith"): decide fast.
            before = text[max(0, start - 30) : start].rsplit(None, 1)
            if not before or before[-1].lower() not in ROLE_NOUNS:
                return
        # (the words are the run's from ``cut`` on, one space apart)
        named = _run_name(run[cut:] if cut else run)
        if named is None:
            return  # "READ MORE", "CHINA TALK": section labels, not names
        count, full, role, is_org, titled, offset, length = named
        if not is_org:
            if before is None:
                before = text[max(0, start - 30) : start].rsplit(None, 1)
            if before and before[-1].lower() in ROLE_NOUNS:
                role = before[-1].lower()
        if count < 2 and not (role and count):
            return
        if count == 1 and titled and not is_org:
            # "Hereditary Chief Na'moks": a person known by one name, kept if no
            # longer name ends with it (checked once all runs are read)
            self.one_word.append((start + offset, full))
        if count >= 2:
            self.entities.append(_Entity(full, start + offset, is_org))
            self.first_seen.setdefault(full, start + offset)
        if role and not is_org:
            self.roles.append((start, role, full))
        if count >= 2 and not is_org and text.startswith(", ", start + length):
            # "Andre Campbell, the bow-tied maverick, ...": "the maverick" is him later
            end = start + length
            head = _appositive_head(text[end : end + _APPOSITIVE_REACH])
            if head:
                self.roles.append((start, head, full))

    def _person_like(self, name: str) -> bool:
        """Whether ``name`` may be a person.

        Not when a word of it is a common word of the article ("Western Canadian",
        "Food And Wine"), a party or an organization word, or a word with an inner
        capital ("GasLink"; "McCallum", "DeLaet" and "O'Neill" are names).
        """
        known = self._person_likes.get(name)
        if known is not None:
            return known  # (asked again and again of the same few names)
        words = name.split()
        given = words[0].lower() in _GENDERED_NAMES
        if not given and (
            _is_place(name)  # "Hong Kong", "South Korea": a place, not who "she" is
            or words[0].lower().endswith(NAME_ADJECTIVE_ENDINGS)  # "Radical Islam"
        ):
            self._person_likes[name] = False
            return False
        known = self._person_likes[name] = not any(
            (word.lower() in self.vocabulary and not given)
            or word.lower() in NOT_NAME_WORDS
            or (word.lower() in FUNCTION_WORDS and not given)  # "Theresa May"
            or (not word[-1:].isalpha() and not _initials(word, words))
            or _INNER_CAPITAL.search(word) is not None
            for word in words
        )
        return known


def _stands_as_subject(text: str, begin: int, end: int, para: Span) -> bool:
    """Whether the mention ``text[begin:end]`` has a verb or an appositive after it."""
    acts = (
        _VERB_AFTER.match(text, end)
        if text.startswith(" ", end) and "a" <= text[end + 1 : end + 2] <= "z"
        else None
    )
    if acts is not None and acts.group(1) == "and":
        acts = _PARTNER_VERB_AFTER.match(text, end)  # "Campos and a colleague met"
    if acts is not None and _looks_like_verb(acts.group(1)):
        # not the object of a preposition: "the murder of six adults at Sandy Hook
        # brought ..."
        return _OBJECT_BEFORE.search(text, max(para.start, begin - 8), begin) is None
    # "Kevin Haley, agreed", "Teresa Galati, 56, says"; not after a
    # preposition ("an idea from Frank Clayton, a senior research fellow")
    return (
        # a comma or a dash after the name: "Kevin Haley, agreed", "Marco Mendicino — a ..."
        text.startswith(_APPOSED_STARTS, end)
        and _OBJECT_BEFORE.search(text, max(para.start, begin - 8), begin) is None
        and not _place_follows(text, end)
        and not _object_of_phrase(text, begin, para)
        # not itself an appositive: "his father's friend, Martin Legere, gave"
        and not _appositive_of_noun(text, max(para.start, begin - 30), begin)
    )


def _object_of_phrase(text: str, begin: int, para: Span) -> bool:
    """Whether a name at ``begin`` ends a phrase of a preposition, an article and a
    word or two ("a counsel at the nonprofit Muslim Advocates, said")."""
    start = max(para.start, begin - _OBJECT_PHRASE_REACH)
    return _OBJECT_PHRASE_BEFORE.search(text, start, begin) is not None


def _appositive_of_noun(text: str, start: int, begin: int) -> bool:
    """Whether a person noun and a comma stand right before ``begin`` ("friend, ")."""
    match = _APPOSED_BEFORE.search(text, start, begin)
    if match is None:
        return False
    noun = match.group(1)
    return noun in ROLE_NOUNS or noun in PERSON_NOUNS


class _Acting(Sequence[bool]):
    """Whether each mention stands as a subject, in the order of the mentions.

    A mention that speaks or opens a sentence does; for the others the words after
    the name decide (:func:`_stands_as_subject`), read when a speaker rule first asks
    about that mention (it asks about a third of them). Equal to the list of answers.
    """

    __slots__ = ("_lazy", "_text", "_values")

    def __init__(self, text: str, *, lazy: bool = True) -> None:
        self._text = text
        self._lazy = lazy  # else each answer is worked out at once (less memory)
        # an answer, or where the mention stands until it is asked for
        self._values: list[bool | tuple[int, int, Span]] = []

    def append(self, value: bool) -> None:
        self._values.append(value)

    def defer(self, begin: int, end: int, para: Span) -> None:
        """Add a mention at ``text[begin:end]`` whose answer is worked out when asked."""
        if self._lazy:
            self._values.append((begin, end, para))
        else:
            self._values.append(_stands_as_subject(self._text, begin, end, para))

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def __getitem__(self, index: int) -> bool: ...

    @overload
    def __getitem__(self, index: slice) -> list[bool]: ...

    def __getitem__(self, index: int | slice) -> bool | list[bool]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self._values)))]
        value = self._values[index]
        if isinstance(value, tuple):
            value = self._values[index] = _stands_as_subject(self._text, *value)
        return value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Acting | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"_Acting({list(self)!r})"


def _initials(word: str, words: list[str]) -> bool:
    """Whether ``word`` is initials before a surname ("H.R." of "H.R. McMaster")."""
    return word is not words[-1] and _INITIALS.fullmatch(word) is not None


# A capitalized word or two after a comma (", Florida", ", New Mexico").
_AFTER_COMMA: Final = regex.compile(r", (\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)")


def _place_follows(text: str, end: int) -> bool:
    """Whether a state or a country follows a name and a comma: "Boca Raton, Florida"
    is a town, not someone standing as a subject."""
    match = _AFTER_COMMA.match(text, end) if text.startswith(", ", end) else None
    return match is not None and _is_place(match.group(1))


def _pronoun_reports(
    text: str, paragraphs: Sequence[Span], quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    """Where "He said ..." / "She says ..." opens a sentence outside quotations; the gender."""
    reports: list[tuple[int, str]] = []
    for para in paragraphs:
        if text.find("He ", para.start, para.end) < 0 and (
            text.find("She ", para.start, para.end) < 0
        ):
            continue  # no "He " or "She ": nothing for the regex to find
        for match in _PRONOUN_REPORT.finditer(text, para.start, para.end):
            at = match.start(1)
            opens = at == para.start or (
                at - 2 >= para.start and text[at - 1].isspace() and text[at - 2] in ".!?"
            )
            if opens and not _inside(quoted, at):
                gender = "m" if match.group(1) == "He" else "f"
                reports.append((match.start(1), gender))
    return reports
