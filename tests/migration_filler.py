"""Fills a database at any schema revision with rows in every table, through reflection, so that
each migration can be tested on a database full of data without knowing its schema in advance."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Connection, MetaData, Table, insert, select, types
from sqlalchemy.exc import IntegrityError

SKIPPED = ("alembic_version", "search_", "sqlite_")


def reflect(connection: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(connection)
    return metadata


# Columns whose CHECK constraint allows only some words.
ENUMERATED = {("recommendation_link", "status"): ("suggested", "confirmed", "rejected"),
              ("suggestion", "kind"): ("action_category", "theme", "sdg"),
              ("suggestion", "status"): ("suggested", "accepted", "rejected")}


def _value(column: Any, index: int) -> Any:
    kind = column.type
    if (column.table.name, column.name) in ENUMERATED:
        allowed = ENUMERATED[column.table.name, column.name]
        return allowed[index % len(allowed)]
    if isinstance(kind, types.Float):
        return 50.0 + index
    if isinstance(kind, types.Uuid) or (isinstance(kind, types.CHAR) and kind.length == 32):
        return uuid.uuid4().hex
    if isinstance(kind, types.Boolean):
        return index % 2
    if isinstance(kind, types.Integer):
        return 1 + index % 5  # inside every CHECK range the schema has (action categories 1–5, cycles ≥ 1)
    if isinstance(kind, types.DateTime):
        return dt.datetime(2010, 1, 1, 12, 0) + dt.timedelta(days=index)
    if isinstance(kind, types.Date):
        return dt.date(2010, 1, 1) + dt.timedelta(days=index)
    if isinstance(kind, types.LargeBinary):
        return bytes([index % 256]) * 16
    if isinstance(kind, types.String) and kind.length:
        if kind.length <= 8:  # codes (ISO3...): unique, short
            return uuid.uuid4().hex[: kind.length].upper()
        return f"{column.name[:6]}{index}-{uuid.uuid4().hex}"[: kind.length]
    return f"{column.name} {index}: Свобода выражения — égalité"


def _insert_row(connection: Connection, table: Table, index: int) -> None:
    fk_columns = [(column, fk) for column in table.columns for fk in column.foreign_keys]
    targets = [[row[0] for row in connection.execute(select(fk.column).limit(50))] for _column, fk in fk_columns]
    for shift in range(8):
        # Drawn again on each try: a random short code may clash with a real one (a State's ISO3).
        values = {c.name: _value(c, index) for c in table.columns if not c.foreign_keys}
        # Each foreign key column takes a different referenced row, shifted on each retry, so
        # link tables get distinct pairs and "not itself" checks hold.
        required: dict[str, Any] = {}
        optional: dict[str, Any] = {}
        for position, ((column, _fk), existing) in enumerate(zip(fk_columns, targets)):
            choice = existing[(index + position * (shift + 1)) % len(existing)] if existing else None
            (optional if column.nullable else required)[column.name] = choice
        if any(v is None for v in required.values()):
            return  # a referenced table is empty (a self-reference on the first row)
        # Try all optional links, then each alone: CHECK constraints may want exactly one.
        attempts = [optional] + [{name: value} for name, value in optional.items()] + [{}]
        for links in attempts:
            row = values | required | {name: None for name in optional} | links
            savepoint = connection.begin_nested()
            try:
                connection.execute(insert(table).values(row))
            except IntegrityError:
                savepoint.rollback()
                continue
            savepoint.commit()
            return
    raise AssertionError(f"could not insert a row into {table.name}")


def fill_every_table(connection: Connection, rows_per_table: int = 5) -> dict[str, list[tuple]]:
    """Insert rows into every table and return what each table holds afterwards."""
    metadata = reflect(connection)
    tables = [t for t in metadata.sorted_tables if not t.name.startswith(SKIPPED)]
    for table in tables:
        for index in range(rows_per_table):
            _insert_row(connection, table, index)
    return snapshot(connection)


def snapshot(connection: Connection) -> dict[str, list[tuple]]:
    metadata = reflect(connection)
    return {
        table.name: sorted((tuple(sorted(row._mapping.items())) for row in connection.execute(select(table))), key=repr)
        for table in metadata.sorted_tables
        if not table.name.startswith(SKIPPED)
    }
