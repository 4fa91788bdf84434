"""Full-text search over recommendations, responses, milestones and notes, on either backend.

Query syntax for users (storage.search_syntax): words (all must match), "a phrase", word* for a
prefix, OR between two words, -word to exclude. The same syntax finds the same records on SQLite
(FTS5) and PostgreSQL (tsvector); each backend implements it (storage.backends).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from upr_tracker.storage.backends import backend_of
from upr_tracker.storage.backends.base import ALL_KINDS, FulltextMatch
from upr_tracker.storage.backends.sqlite_search import fts_query, search_document
from upr_tracker.storage.search_syntax import MATCH_END, MATCH_START, MAX_SEARCH_TERMS, split_snippet

__all__ = ["MATCH_END", "MATCH_START", "MAX_SEARCH_TERMS", "FulltextMatch", "count_matches", "find_matches",
           "fts_query", "matching_records", "matching_recommendations", "purge_deleted_text", "search_document",
           "split_snippet", "where_found", "write_out_purged_pages"]


def matching_records(session: Session, user_text: str, kind: str) -> Any:
    """A subquery of the ids of the records of `kind` whose text matches."""
    return backend_of(session).matching_records(user_text, kind)


def matching_recommendations(session: Session, user_text: str, with_confidential: bool = True) -> Any:
    """A subquery of the ids of the recommendations whose text matches, or the text of a response,
    milestone or note attached to them (confidential notes only `with_confidential`)."""
    return backend_of(session).matching_recommendations(user_text, with_confidential)


def where_found(session: Session, user_text: str, recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    """For these recommendations (a page of the table), where the search finds each: among
    "recommendation", "response", "milestone", "note"."""
    if not recommendation_ids or not user_text.strip():
        return {}
    return backend_of(session).where_found(session, user_text, recommendation_ids)


def find_matches(session: Session, user_text: str, *, kinds: Sequence[str] | None = None,
                 limit: int = 100) -> list[FulltextMatch]:
    """The best matches, ranked, with snippets of the title and the body."""
    return backend_of(session).find_matches(session, user_text, list(kinds) if kinds else list(ALL_KINDS), limit)


def count_matches(session: Session, user_text: str, *, kinds: Sequence[str] | None = None) -> int:
    """How many records match, however many find_matches was asked for."""
    return backend_of(session).count_matches(session, user_text, list(kinds) if kinds else list(ALL_KINDS))


def purge_deleted_text(session: Session) -> None:
    """Make the words of deleted or changed text unrecoverable from the index. Used when a
    confidential note is changed or deleted: its words must not outlive it. Once committed, call
    write_out_purged_pages."""
    backend_of(session).purge_deleted_text(session)


def write_out_purged_pages(engine: Engine) -> bool:
    """After a purge is committed, make sure the file keeps no old page with the purged words.
    Returns False when that could not be finished now (the purge is committed all the same)."""
    return backend_of(engine).write_out_purged_pages(engine)
