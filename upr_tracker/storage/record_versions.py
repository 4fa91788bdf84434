"""Record versions: every change of a record people edit (storage.models.Versioned) counts one more.

The version is the application's (not SQLAlchemy's generator) so that a change of a record's links
alone (themes, recommending States, linked recommendations) counts too: the record's row is then
written with its new version, WHERE its version is still the one read.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from upr_tracker.storage.audit import changes_what_is_audited
from upr_tracker.storage.models import Versioned


def _count_changes(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.dirty):
        if not isinstance(obj, Versioned) or not changes_what_is_audited(obj):
            continue
        if inspect(obj).attrs.version.history.has_changes():
            continue  # set by the code itself
        obj.version = (obj.version or 0) + 1


def install_record_versions(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _count_changes)
