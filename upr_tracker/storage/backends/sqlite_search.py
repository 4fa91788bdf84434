"""Full-text search on SQLite: FTS5.

The index tables are created by the migrations and kept in step by triggers: `search_document`
gives each indexed record an integer id (FTS5 wants integer row ids, our keys are UUIDs) and
`search_text` holds its title and body (unicode61, diacritics removed: case and accents do not
matter, Cyrillic words are found as Latin ones are) and, for Arabic, Chinese and Japanese text, its
folded form (`folded`, see storage.search_folding: Arabic without its marks, Chinese and Japanese
as pairs of characters), which the triggers fill through the function upr_search_fold that every
connection registers (storage.engine). What a user types is folded the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, Text, Uuid, bindparam, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from upr_tracker.storage.backends.base import FulltextMatch, own_snippets
from upr_tracker.storage.encryption import database_errors
from upr_tracker.storage.engine import BUSY_TIMEOUT_MS
from upr_tracker.storage.search_folding import fts5_term, positive_terms
from upr_tracker.storage.search_syntax import MATCH_END, MATCH_START, parse_search

_fulltext_metadata = MetaData()
search_document = Table(
    "search_document",
    _fulltext_metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20)),
    Column("ref_id", Uuid),
)
search_text = Table(
    "search_text",
    _fulltext_metadata,
    Column("rowid", Integer, primary_key=True),
    Column("title", Text),
    Column("body", Text),
    Column("folded", Text),
)


def fts_query(user_text: str) -> str:
    """Translate what a user typed into an FTS5 MATCH expression that cannot be a syntax error:
    `(a OR b) AND c NOT (x OR y)`, never nested deeper than that however many terms are typed."""
    parsed = parse_search(user_text)
    alternatives = dict.fromkeys(" OR ".join(dict.fromkeys(fts5_term(t) for t in group)) for group in parsed.groups)
    query = " AND ".join(f"({a})" if " OR " in a else a for a in alternatives)
    if parsed.negatives:
        excluded = " OR ".join(dict.fromkeys(fts5_term(t) for t in parsed.negatives))
        query = f"({query}) NOT ({excluded})"
    return query


def matching_records(user_text: str, kind: str) -> Any:
    """A subquery of the ids of the records of `kind` whose text matches.

    Written as SQL with CROSS JOIN because that fixes the join order in SQLite: the full-text
    match first, then the few documents it found. Left to the planner, it may scan every document
    and run the match for each (seconds instead of milliseconds over 200,000 recommendations)."""
    return (
        text(
            "SELECT d.ref_id FROM search_text CROSS JOIN search_document AS d ON d.id = search_text.rowid"
            " WHERE search_text MATCH :fts_query AND d.kind = :fts_kind"
        )
        .bindparams(fts_query=fts_query(user_text), fts_kind=kind)
        .columns(ref_id=Uuid)
        .scalar_subquery()
    )


# Where a search finds a recommendation: in its own text, or in a response, milestone or note
# attached to it. The full-text match runs once, first (CROSS JOIN fixes the order; a CTE used
# four times is computed once), then the links of the few documents found are followed by their keys.
_FOUND_IN = (
    "WITH found AS (SELECT d.kind AS kind, d.ref_id AS ref_id"
    " FROM search_text CROSS JOIN search_document AS d ON d.id = search_text.rowid"
    " WHERE search_text MATCH :fts_query)"
    " SELECT ref_id AS rec_id, 'recommendation' AS found_in FROM found WHERE kind = 'recommendation'"
    " UNION ALL SELECT l.recommendation_id, 'response' FROM found"
    " CROSS JOIN response_recommendation AS l ON l.response_id = found.ref_id WHERE found.kind = 'response'"
    " UNION ALL SELECT l.recommendation_id, 'milestone' FROM found"
    " CROSS JOIN milestone_recommendation AS l ON l.milestone_id = found.ref_id WHERE found.kind = 'milestone'"
    " UNION ALL SELECT n.recommendation_id, 'note' FROM found"
    " CROSS JOIN note AS n ON n.id = found.ref_id WHERE found.kind = 'note'"
    " AND n.recommendation_id IS NOT NULL AND (:with_confidential OR NOT n.confidential)"
)


def matching_recommendations(user_text: str, with_confidential: bool = True) -> Any:
    """A subquery of the ids of the recommendations whose text matches, or the text of a response,
    milestone or note attached to them (confidential notes only `with_confidential`)."""
    return (
        text("SELECT rec_id FROM (" + _FOUND_IN + ")")
        .bindparams(fts_query=fts_query(user_text), with_confidential=with_confidential)
        .columns(rec_id=Uuid)
        .scalar_subquery()
    )


# The documents of a page of recommendations (their own texts, and the responses, milestones and
# notes attached to them), as (document, recommendation, kind): where_found matches only these.
_PAGE_DOCUMENTS = (
    "SELECT d.id AS doc_id, d.ref_id AS rec_id, 'recommendation' AS found_in FROM search_document AS d"
    " WHERE d.kind = 'recommendation' AND d.ref_id IN :ids"
    " UNION ALL SELECT d.id, l.recommendation_id, 'response' FROM response_recommendation AS l"
    " JOIN search_document AS d ON d.kind = 'response' AND d.ref_id = l.response_id WHERE l.recommendation_id IN :ids"
    " UNION ALL SELECT d.id, l.recommendation_id, 'milestone' FROM milestone_recommendation AS l"
    " JOIN search_document AS d ON d.kind = 'milestone' AND d.ref_id = l.milestone_id"
    " WHERE l.recommendation_id IN :ids"
    " UNION ALL SELECT d.id, n.recommendation_id, 'note' FROM note AS n"
    " JOIN search_document AS d ON d.kind = 'note' AND d.ref_id = n.id WHERE n.recommendation_id IN :ids"
)


def where_found(session: Session, user_text: str, recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    """For these recommendations (a page of the table), where the search finds each: among
    "recommendation", "response", "milestone", "note". Starts from the page's few documents, not
    from every document the words match (thousands over a large database)."""
    if not recommendation_ids or not user_text.strip():
        return {}
    query = text("SELECT DISTINCT page.rec_id, page.found_in FROM (" + _PAGE_DOCUMENTS + ") AS page"
                 " WHERE page.doc_id IN (SELECT rowid FROM search_text WHERE search_text MATCH :fts_query)"
                 ).bindparams(bindparam("ids", expanding=True, type_=Uuid), fts_query=fts_query(user_text),
                              ids=list(set(recommendation_ids))
                              ).columns(rec_id=Uuid, found_in=String)
    found: dict[uuid.UUID, set[str]] = {}
    for rec_id, kind in session.execute(query):
        found.setdefault(rec_id, set()).add(kind)
    return found


def find_matches(session: Session, user_text: str, kinds: Sequence[str], limit: int) -> list[FulltextMatch]:
    """The best matches, ranked by BM25, with snippets of the title and the body (CROSS JOIN: the
    match first, see matching_records)."""
    wanted_kinds = list(kinds)
    placeholders = ", ".join(f":kind_{i}" for i in range(len(wanted_kinds)))
    statement = text(
        "SELECT d.kind, d.ref_id,"
        f" snippet(search_text, 0, '{MATCH_START}', '{MATCH_END}', '…', 12),"
        f" snippet(search_text, 1, '{MATCH_START}', '{MATCH_END}', '…', 24),"
        # The original text only where the index reads it folded (its snippets are cut from it).
        " CASE WHEN search_text.folded IS NOT NULL THEN search_text.title END,"
        " CASE WHEN search_text.folded IS NOT NULL THEN search_text.body END"
        " FROM search_text CROSS JOIN search_document AS d ON d.id = search_text.rowid"
        f" WHERE search_text MATCH :fts_query AND d.kind IN ({placeholders})"
        " ORDER BY bm25(search_text) LIMIT :fts_limit"
    ).bindparams(fts_query=fts_query(user_text), fts_limit=limit,
                 **{f"kind_{i}": kind for i, kind in enumerate(wanted_kinds)})
    query = statement.columns(kind=String, ref_id=Uuid, title_snippet=Text, body_snippet=Text, title=Text, body=Text)
    terms = positive_terms(parse_search(user_text).groups)
    return [own_snippets(kind, ref_id, title_snippet, body_snippet, title, body, terms)
            for kind, ref_id, title_snippet, body_snippet, title, body in session.execute(query)]


def count_matches(session: Session, user_text: str, kinds: Sequence[str]) -> int:
    """How many records match, however many find_matches was asked for."""
    wanted_kinds = list(kinds)
    placeholders = ", ".join(f":kind_{i}" for i in range(len(wanted_kinds)))
    query = text(
        "SELECT count(*) FROM search_text CROSS JOIN search_document AS d ON d.id = search_text.rowid"
        f" WHERE search_text MATCH :fts_query AND d.kind IN ({placeholders})"
    ).bindparams(fts_query=fts_query(user_text), **{f"kind_{i}": kind for i, kind in enumerate(wanted_kinds)})
    return int(session.execute(query).scalar_one())


def purge_deleted_text(session: Session) -> None:
    """Rewrite the index so that the words of deleted or changed text are gone from the file
    (FTS5 otherwise keeps them in old segments until it merges them). Used when a confidential
    note is changed or deleted: its words must not outlive it. Once committed, call
    write_out_purged_pages."""
    session.execute(text("INSERT INTO search_text (search_text) VALUES ('optimize')"))


# How long the checkpoint waits for readers of older pages (a search in the background) before
# leaving the rest to SQLite's own checkpoints: it runs where the user waits.
_CHECKPOINT_WAIT_MS = 300


def write_out_purged_pages(engine: Engine) -> bool:
    """After a purge is committed, copy the write-ahead log into the database file and empty it.

    In WAL mode a commit reaches only the log: until a checkpoint, the database file keeps the
    pages that held the purged words, and the log may keep older copies of them. Returns False
    when a reader kept it from finishing or it failed (a full disk): the purge is committed all
    the same, and SQLite writes the log out at a later checkpoint."""
    try:
        connection = engine.raw_connection()  # outside any transaction: a checkpoint cannot run in one
        try:
            cursor = connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}")
            try:
                busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                cursor.close()
        finally:
            connection.close()
    except (DBAPIError,) + database_errors():
        return False
    return not busy
