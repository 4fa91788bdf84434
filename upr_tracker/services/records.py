"""Fetching one record by id inside a unit of work, with the error a user can read."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from upr_tracker.errors import NotFoundError
from upr_tracker.storage.models import Record

RecordType = TypeVar("RecordType", bound=Record)


def fetch(session: Session, model: type[RecordType], record_id: uuid.UUID) -> RecordType:
    """The record of `model` with this id; NotFoundError ("note 1234… does not exist") if none."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(f"{model.__tablename__.replace('_', ' ')} {record_id} does not exist")
    return record
