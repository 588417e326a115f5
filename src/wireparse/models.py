"""The typed result model.

Every class is a frozen attrs class that holds clean values plus a :class:`Span`
into the ORIGINAL input, with slice conventions: for any object ``obj`` that has
both ``text`` and ``span``, ``source[obj.span.start:obj.span.end] == obj.text``.

Serialization lives outside the classes (see :func:`to_plain`): spans become
``[start, end]`` lists and dates become ISO strings.

>>> span = Span(4, 9)
>>> "The quick fox"[span.start:span.end]
'quick'
>>> span.slice("The quick fox")
'quick'
"""

from __future__ import annotations

import datetime
import json
import operator
from typing import Any, Final

import attr
import attrs
import regex

__all__ = [
    "Article",
    "Boilerplate",
    "Caption",
    "Correction",
    "Credit",
    "Dateline",
    "Headline",
    "Mention",
    "Paragraph",
    "Person",
    "Quote",
    "Span",
    "to_plain",
]


@attrs.frozen(order=False)
class Span:
    """A half-open character range ``[start, end)`` into the original input.

    Spans order by ``(start, end)``. The comparisons are written out by hand:
    attrs' generated ones build tuples through a generator, and sorting and
    bisecting spans is on the hot path of :func:`~wireparse.parse_article`.

    >>> sorted([Span(3, 4), Span(1, 9), Span(1, 2)])
    [Span(start=1, end=2), Span(start=1, end=9), Span(start=3, end=4)]
    """

    start: int
    end: int

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)


@attrs.frozen
class Mention:
    """Some words of the input at a place: a speaker mention, for example."""

    text: str
    span: Span


@attrs.frozen
class Headline:
    """The headline line at the top of the article."""

    text: str
    span: Span


@attrs.frozen
class Paragraph:
    """One body paragraph. ``text`` is the raw input slice (hard wraps kept)."""

    text: str
    span: Span


@attrs.frozen
class Dateline:
    """A wire dateline such as ``"EL PASO, Texas (AP) —"``.

    ``city`` is in normal capitalization, ``region`` is spelled out, ``country``
    is the country as written or as implied by an AP stand-alone city, ``wire``
    is the news agency named in the tag (canonical name; ``None`` for a tag that
    names no news agency, such as a local station's), ``date`` the ISO date when
    the dateline gives one (``date_text`` as written), ``source`` the tag or
    credit as written ("AP", "KMIZ", "Canadian Press"), agency or not.
    """

    text: str
    span: Span
    city: str | None = None
    region: str | None = None
    country: str | None = None
    wire: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    source: str | None = None


@attrs.frozen
class Credit:
    """A photo credit such as ``"(AP Photo/Evan Vucci, File)"``.

    ``via`` names the agency that distributed another outlet's photo
    ("The New York Times via AP" gives ``organization="The New York Times"``,
    ``via="AP"``). ``pool`` and ``handout`` flag pool and handout photos.
    """

    text: str
    span: Span
    agency: str | None = None
    photographers: tuple[str, ...] = ()
    file_photo: bool = False
    pool: bool = False
    handout: bool = False
    organization: str | None = None
    via: str | None = None


@attrs.frozen
class Caption:
    """A photo caption with its credit.

    ``description`` is the caption without its credit. ``duplicate`` is true when
    the same caption text appeared earlier in the input.
    """

    text: str
    span: Span
    description: str
    date: datetime.date | None = None
    location: str | None = None
    credit: Credit | None = None
    duplicate: bool = False


@attrs.frozen
class Person:
    """A person named in a byline or an end-of-story contributor line."""

    name: str
    span: Span
    role: str | None = None
    organization: str | None = None
    location: str | None = None
    handle: str | None = None


@attrs.frozen
class Quote:
    """A quotation: the words inside the marks, and who said them.

    ``kind`` is ``"speech"`` for a statement, ``"term"`` for scare quotes,
    titles and names, and ``"indirect"`` for reported speech.
    ``paragraph`` is the index of the body paragraph the quote is in.
    """

    text: str
    span: Span
    speaker: str | None = None
    speaker_mention: Mention | None = None
    speaker_description: str | None = None
    cue: str | None = None
    paragraph: int | None = None
    kind: str = "speech"


@attrs.frozen
class Boilerplate:
    """A segment of the input kept out of the body, with its ``kind``.

    The kinds are documented in ``docs/output.md``.
    """

    text: str
    kind: str
    span: Span


@attrs.frozen
class Correction:
    """A correction note of the article ("This version corrects ..."), as written.

    The same span is recorded in ``Article.boilerplate`` as a segment of kind
    ``correction``.
    """

    text: str
    span: Span


@attrs.frozen
class Article:
    """Everything wireparse found in one article.

    Every non-whitespace character of the input belongs to exactly one of
    ``headline``, ``dateline``, ``captions``, ``paragraphs`` or ``boilerplate``
    (bylines and contributor lines are recorded as boilerplate segments of kind
    ``byline`` and ``contributors``; the people in them are in ``bylines`` and
    ``contributors``). ``corrections`` repeats the correction notes among the
    boilerplate as data of their own.
    """

    headline: Headline | None = None
    wire: str | None = None
    dateline: Dateline | None = None
    bylines: tuple[Person, ...] = ()
    contributors: tuple[Person, ...] = ()
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    corrections: tuple[Correction, ...] = ()

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def segments(self) -> tuple[Span, ...]:
        """The spans that partition the input's content, in input order."""
        spans: list[Span] = []
        if self.headline is not None:
            spans.append(self.headline.span)
        if self.dateline is not None:
            spans.append(self.dateline.span)
        spans.extend(caption.span for caption in self.captions)
        spans.extend(paragraph.span for paragraph in self.paragraphs)
        spans.extend(segment.span for segment in self.boilerplate)
        return tuple(sorted(spans))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: spans as ``[start, end]``, dates as ISO strings.

        Equal to :func:`to_plain` of the article with ``body`` added, in the order of
        ``TOP_LEVEL_KEYS``, made by :func:`_plain` (several times faster than
        ``attrs.asdict``; tests/test_serializer.py checks the two agree).
        """
        data = {name: _plain(getattr(self, name)) for name in _ARTICLE_FIELDS}
        data["body"] = self.body
        return {key: data[key] for key in TOP_LEVEL_KEYS}

    def to_json(self, *, indent: int | None = None) -> str:
        """The article as JSON text.

        Non-ASCII characters are written as themselves; a lone surrogate, which
        no UTF-8 encoder accepts, is written as a ``\\uXXXX`` escape so that the
        output is always encodable and ``json.loads`` gives back the same string.
        """
        return dumps(self.to_dict(), indent=indent)


TOP_LEVEL_KEYS: Final = (
    "headline",
    "wire",
    "dateline",
    "bylines",
    "contributors",
    "captions",
    "quotes",
    "paragraphs",
    "body",
    "boilerplate",
    "corrections",
)

_LONE_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")
# An indented span, "[\n    12,\n    40\n  ]": a raw newline only stands between JSON
# tokens (inside strings it is escaped), so this never touches a string value.
_INDENTED_SPAN: Final = regex.compile(
    r"""
    \[ \n [ ]{0,200} (\d{1,20}) , \n [ ]{0,200} (\d{1,20}) \n [ ]{0,200} \]
    """,
    regex.VERBOSE,
)


def dumps(data: Any, *, indent: int | None = None, sort_keys: bool = False) -> str:
    """``json.dumps`` that keeps non-ASCII text but escapes lone surrogates.

    With ``indent``, a span is kept on one line:

    >>> print(dumps({"span": [0, 53]}, indent=2))
    {
      "span": [0, 53]
    }
    >>> dumps({"a": "caf\\u00e9 \\ud83d"})
    '{"a": "café \\\\ud83d"}'
    """
    separators = (",", ": ") if indent is not None else (", ", ": ")
    text = json.dumps(
        data, ensure_ascii=False, indent=indent, sort_keys=sort_keys, separators=separators
    )
    if indent is not None:
        text = _INDENTED_SPAN.sub(r"[\1, \2]", text)
    # A raw surrogate can only stand inside a JSON string, where its escape is valid.
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _serialize(_inst: Any, _field: Any, value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# The names of the fields of each model class, in order (what attrs.asdict walks), and
# a getter of their values as one tuple.
_FIELDS: Final[dict[type, tuple[tuple[str, ...], operator.attrgetter[Any]]]] = {
    cls: (names, operator.attrgetter(*names))
    for cls in (Mention, Headline, Paragraph, Dateline, Credit, Caption, Person, Quote, Boilerplate)
    for names in [tuple(field.name for field in attrs.fields(cls))]
}
_ARTICLE_FIELDS: Final = tuple(field.name for field in attrs.fields(Article))
_AS_IS: Final = frozenset({str, int, bool, float, type(None)})


def _plain(value: Any) -> Any:
    """:func:`to_plain` of a value of the model, walked directly (no ``attrs.asdict``).

    >>> _plain((Mention("Khan", Span(3, 7)), datetime.date(2019, 1, 2)))
    [{'text': 'Khan', 'span': [3, 7]}, '2019-01-02']
    """
    kind = type(value)
    if kind in _AS_IS:
        return value
    if kind is Span:
        return [value.start, value.end]
    fields = _FIELDS.get(kind)
    if fields is not None:
        names, values = fields
        # (a span, the commonest field that is not plain, without a call of its own)
        return {
            name: item
            if type(item) in _AS_IS
            else [item.start, item.end]
            if type(item) is Span
            else _plain(item)
            for name, item in zip(names, values(value), strict=True)
        }
    if kind is tuple or kind is list:
        return [_plain(item) for item in value]
    # anything else (a date): as to_plain gives it
    return to_plain(value) if attrs.has(kind) else _serialize(None, None, value)


def to_plain(obj: Any) -> Any:
    """Turn a model object into plain JSON-ready data.

    >>> to_plain(Mention("Khan", Span(3, 7)))
    {'text': 'Khan', 'span': [3, 7]}
    """
    return attr.asdict(obj, value_serializer=_serialize, retain_collection_types=False)
