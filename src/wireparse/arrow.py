"""Articles as Apache Arrow data: the schema, and a batch parser for any engine.

Needs the ``arrow`` extra (``pip install 'wireparse[arrow]'``, which brings pyarrow).

The Arrow type of an article is derived from the attrs models in :mod:`wireparse.models`, so
it cannot drift from them: a ``str`` field is a string, an ``int`` an int64, a ``bool`` a
boolean, a date an ISO ``YYYY-MM-DD`` string (as in ``to_dict()``), a :class:`~wireparse.Span`
a list of two int64 (``[start, end]``), ``X | None`` a nullable ``X``, ``tuple[X, ...]`` a list
and a model class a struct. The columns hold exactly what ``Article.to_dict()`` gives.

:func:`parse_to_batch` parses a batch of records into one :class:`pyarrow.RecordBatch`, with an
``id`` column, an ``error`` column (null, or a struct of ``kind`` and ``message`` as in the
CLI's error records) and one column per top-level key of the article. A bad record (not a
string, a lone surrogate, which Arrow cannot store) becomes an error row, never a failed batch.

>>> batch = parse_to_batch(["a", "b"], ["WASHINGTON (AP) — The Senate voted.", 42])
>>> batch.column("id").to_pylist()
['a', 'b']
>>> batch.column("wire").to_pylist()
['AP', None]
>>> batch.column("error").to_pylist()[1]
{'kind': 'bad_record', 'message': 'text is int, not str'}
"""

from __future__ import annotations

import datetime
import functools
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any, Final, Union

import attrs
import pyarrow as pa

from wireparse.models import TOP_LEVEL_KEYS, Article, Span
from wireparse.records import article_row

__all__ = [
    "ARTICLE_SCHEMA",
    "BATCH_SCHEMA",
    "ERROR_TYPE",
    "arrow_type",
    "article_rows",
    "parse_to_batch",
    "rows_to_batch",
]

_SCALARS: Final[dict[Any, pa.DataType]] = {
    str: pa.string(),
    int: pa.int64(),
    bool: pa.bool_(),
    datetime.date: pa.string(),  # ISO date, as to_dict() writes it
    Span: pa.list_(pa.field("item", pa.int64(), nullable=False)),  # [start, end], as to_dict()
}


def arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a model field's annotation, and whether it is nullable.

    >>> arrow_type(int | None)
    (DataType(int64), True)
    >>> arrow_type(tuple[str, ...])
    (ListType(list<item: string not null>), False)
    """
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no Arrow type for the union {annotation!r}")
        return arrow_type(members[0])[0], True
    if origin is tuple:
        item, ellipsis = typing.get_args(annotation)
        if ellipsis is not Ellipsis:
            raise TypeError(f"no Arrow type for the fixed tuple {annotation!r}")
        return pa.list_(_field("item", item)), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    if isinstance(annotation, type) and attrs.has(annotation):
        return _struct(annotation), False
    raise TypeError(f"no Arrow type for {annotation!r}")


def _field(name: str, annotation: Any) -> pa.Field:
    data_type, nullable = arrow_type(annotation)
    return pa.field(name, data_type, nullable=nullable)


@functools.cache
def _struct(cls: type) -> pa.StructType:
    hints = typing.get_type_hints(cls)
    return pa.struct([_field(field.name, hints[field.name]) for field in attrs.fields(cls)])


def _article_fields() -> list[pa.Field]:
    """The top-level fields of ``Article.to_dict()``, in its order (``body`` is a property)."""
    hints = typing.get_type_hints(Article)
    hints["body"] = typing.get_type_hints(Article.body.fget)["return"]  # type: ignore[attr-defined]
    return [_field(name, hints[name]) for name in TOP_LEVEL_KEYS]


#: The error of a record: the CLI's error kinds (``bad_record``, ``decode``, ``internal``, ...).
ERROR_TYPE: Final = pa.struct(
    [pa.field("kind", pa.string(), nullable=False), pa.field("message", pa.string(), False)]
)

#: One article: the top-level keys of ``Article.to_dict()``, in order.
ARTICLE_SCHEMA: Final = pa.schema(_article_fields())

#: A batch of records: ``id``, ``error``, then the article's columns (nullable: null in an
#: error row).
BATCH_SCHEMA: Final = pa.schema(
    [
        pa.field("id", pa.string()),
        pa.field("error", ERROR_TYPE),
        *(field.with_nullable(True) for field in ARTICLE_SCHEMA),
    ]
)


def _values(values: Iterable[object]) -> list[object]:
    """A list of Python values; a pyarrow array (or anything with ``to_pylist``) converted."""
    to_pylist = getattr(values, "to_pylist", None)
    return list(to_pylist() if callable(to_pylist) else values)


def _published(value: object) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def article_rows(
    ids: Iterable[object],
    texts: Iterable[object],
    *,
    titles: Iterable[object] | None = None,
    published: datetime.date | Iterable[object] | None = None,
    indirect: bool = False,
) -> list[dict[str, Any]]:
    """The rows of :func:`parse_to_batch`, as plain dicts."""
    id_list = [None if value is None else str(value) for value in _values(ids)]
    text_list = _values(texts)
    if len(id_list) != len(text_list):
        raise ValueError(f"{len(id_list)} ids for {len(text_list)} texts")
    title_list = _values(titles) if titles is not None else [None] * len(text_list)
    if published is None or isinstance(published, datetime.date):
        dates: list[object] = [published] * len(text_list)
    else:
        dates = _values(published)
    for name, values in (("titles", title_list), ("published", dates)):
        if len(values) != len(text_list):
            raise ValueError(f"{len(values)} {name} for {len(text_list)} texts")
    return [
        article_row(record_id, text, title, _published(date), indirect=indirect)
        for record_id, text, title, date in zip(id_list, text_list, title_list, dates, strict=True)
    ]


def rows_to_batch(
    rows: Sequence[dict[str, Any]], schema: pa.Schema = BATCH_SCHEMA
) -> pa.RecordBatch:
    """Rows of :func:`article_row` as a record batch (missing columns are null)."""
    return pa.RecordBatch.from_pylist(list(rows), schema=schema)


def parse_to_batch(
    ids: Iterable[object],
    texts: Iterable[object],
    *,
    titles: Iterable[object] | None = None,
    published: datetime.date | Iterable[object] | None = None,
    indirect: bool = False,
) -> pa.RecordBatch:
    """Parse the records into one :class:`pyarrow.RecordBatch` of :data:`BATCH_SCHEMA`.

    Each argument is any iterable (a list, a pandas Series, a pyarrow array or column).
    ``ids`` are written as strings; ``titles`` (optional) are the records' known headlines,
    used as :func:`wireparse.records.parse_record` says; ``published`` is one date for all,
    or one date (or ISO string, or None) per record. Nothing in the process is changed: the
    garbage collector and signals are left to the caller.
    """
    rows = article_rows(ids, texts, titles=titles, published=published, indirect=indirect)
    return rows_to_batch(rows)
