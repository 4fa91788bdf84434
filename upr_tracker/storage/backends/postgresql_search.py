"""Full-text search on PostgreSQL (tsvector): to be written."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from upr_tracker.storage.backends.base import FulltextMatch


def matching_records(user_text: str, kind: str) -> Any:
    raise NotImplementedError


def matching_recommendations(user_text: str, with_confidential: bool) -> Any:
    raise NotImplementedError


def where_found(session: Session, user_text: str, recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    raise NotImplementedError


def find_matches(session: Session, user_text: str, kinds: Sequence[str], limit: int) -> list[FulltextMatch]:
    raise NotImplementedError


def count_matches(session: Session, user_text: str, kinds: Sequence[str]) -> int:
    raise NotImplementedError
