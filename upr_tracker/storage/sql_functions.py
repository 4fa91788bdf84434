"""SQL functions the engines spell differently, as expressions the services use alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class json_text_field(FunctionElement[str]):  # noqa: N801 (an SQL function's name)
    """The text of one top-level key of a JSON object kept in a text column (the audit trail's
    before/after): json_extract on SQLite, ->> on PostgreSQL."""

    type = String()
    inherit_cache = True
    name = "json_text_field"

    def __init__(self, column: Any, key: str) -> None:
        self.key = key
        super().__init__(column)


@compiles(json_text_field, "sqlite")
def _json_text_field_sqlite(element: json_text_field, compiler: Any, **kw: Any) -> str:
    return f"json_extract({compiler.process(element.clauses, **kw)}, '$.{element.key}')"


@compiles(json_text_field, "postgresql")
def _json_text_field_postgresql(element: json_text_field, compiler: Any, **kw: Any) -> str:
    return f"(CAST({compiler.process(element.clauses, **kw)} AS json) ->> '{element.key}')"
