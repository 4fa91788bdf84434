"""Record versions: every change of a record people edit (storage.models.Versioned) counts one more.

The version is the application's (not SQLAlchemy's generator) so that a change of a record's links
alone (themes, recommending States, linked recommendations) counts too: the record's row is then
written with its new version, WHERE its version is still the one read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from upr_tracker.storage.audit import changes_what_is_audited
from upr_tracker.storage.models import Record, Versioned


def _count_changes(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.dirty):
        # Every versioned model is a Record (the isinstance tells the type checker so too).
        if not isinstance(obj, Versioned) or not isinstance(obj, Record) or not changes_what_is_audited(obj):
            continue
        if inspect(obj).attrs.version.history.has_changes():
            continue  # set by the code itself
        obj.version = (obj.version or 0) + 1
        if obj.updated_at is not None and not _own_columns_changed(obj):
            # Its links alone changed: the row is written for its version only, and its time of last
            # edit stays as it was (a microsecond on: an equal value would let onupdate set it to
            # now), because the imports tell a person's correction of a position by that time.
            obj.updated_at = obj.updated_at + dt.timedelta(microseconds=1)


def _own_columns_changed(obj: Any) -> bool:
    state = inspect(obj)
    return any(state.attrs[attr.key].history.has_changes() for attr in state.mapper.column_attrs
               if attr.key not in ("version", "updated_at"))


def install_record_versions(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _count_changes)
