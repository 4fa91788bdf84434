"""Alembic environment. The app runs migrations from code (upr_tracker.storage.schema_upgrade) and
hands over a connection that is already inside one transaction; tools/new_migration.py uses the
same entry with a scratch database."""

from __future__ import annotations

from alembic import context

from upr_tracker.storage.models import Base, UtcDateTime

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("UPR Tracker migrations run from code: use upr_tracker.storage.schema_upgrade")



def _is_ours(name: str | None, type_: str, _parent: object) -> bool:
    # The full-text tables (search_document, search_text and FTS5's shadow tables) are made by
    # hand-written SQL in the migrations; autogenerate must not propose to drop them.
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def _render_item(type_: str, obj: object, _autogen_context: object) -> str | bool:
    # Migrations are frozen snapshots: they must not import the app's own column types.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


context.configure(
    connection=connection,
    render_item=_render_item,
    include_name=_is_ours,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode recreates the table (and drops its triggers,
    # which a migration that uses it must recreate).
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
