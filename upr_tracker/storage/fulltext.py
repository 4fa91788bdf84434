"""Full-text search over recommendations, responses, milestones and notes (SQLite FTS5).

The index tables are created by the migrations and kept in step by triggers; this module turns
what a user types into a safe FTS5 query and reads matches back with highlighted snippets.
Query syntax for users: words (all must match), "a phrase", word* for a prefix, OR between two
words, -word to exclude.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Column, Integer, MetaData, Select, String, Table, Text, Uuid, literal_column, select, text
from sqlalchemy.orm import Session

from upr_tracker.errors import InvalidValueError

# Markers around matched words in snippets: control characters that never occur in imported text
# (the services split on them and hand out plain segments, never markup).
MATCH_START = "\x02"
MATCH_END = "\x03"

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
)

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(user_text: str) -> str:
    """Translate what a user typed into an FTS5 MATCH expression that cannot be a syntax error."""
    positives: list[str] = []
    negatives: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(user_text):
        negated, phrase, word = match.groups()
        if word == "OR":
            pending_or = bool(positives)
            continue
        if phrase is not None:
            term = _quoted(phrase) if re.search(r"\w", phrase) else ""
        else:
            negated = "-" if word.startswith("-") and len(word) > 1 else ""
            word = word[1:] if negated else word
            prefix = word.endswith("*")
            core = word.rstrip("*")
            if not re.search(r"\w", core):
                continue
            term = _quoted(core) + ("*" if prefix else "")
        if not term:
            continue
        if negated:
            negatives.append(term)
        elif pending_or:
            positives[-1] = f"({positives[-1]} OR {term})"
            pending_or = False
        else:
            positives.append(term)
    if not positives:
        raise InvalidValueError(f"search: {user_text!r} has no word to look for")
    query = " AND ".join(positives)
    for term in negatives:
        query = f"({query}) NOT {term}"
    return query


def matching_records(user_text: str, kind: str) -> Select:
    """A subquery of the ids of the records of `kind` whose text matches."""
    return (
        select(search_document.c.ref_id)
        .join(search_text, search_text.c.rowid == search_document.c.id)
        .where(text("search_text MATCH :fts_query").bindparams(fts_query=fts_query(user_text)))
        .where(search_document.c.kind == kind)
    )


@dataclass(frozen=True)
class FulltextMatch:
    kind: str
    ref_id: uuid.UUID
    title_snippet: str
    body_snippet: str


def find_matches(
    session: Session, user_text: str, *, kinds: Sequence[str] | None = None, limit: int = 100
) -> list[FulltextMatch]:
    """The best matches, ranked by BM25, with snippets of the title and the body."""
    query = (
        select(
            search_document.c.kind,
            search_document.c.ref_id,
            literal_column(f"snippet(search_text, 0, '{MATCH_START}', '{MATCH_END}', '…', 12)"),
            literal_column(f"snippet(search_text, 1, '{MATCH_START}', '{MATCH_END}', '…', 24)"),
        )
        .select_from(search_text)
        .join(search_document, search_document.c.id == search_text.c.rowid)
        .where(text("search_text MATCH :fts_query").bindparams(fts_query=fts_query(user_text)))
        .order_by(literal_column("bm25(search_text)"))
        .limit(limit)
    )
    if kinds:
        query = query.where(search_document.c.kind.in_(list(kinds)))
    return [FulltextMatch(*row) for row in session.execute(query)]


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    """Cut a snippet at its match markers into (text, is_match) pieces."""
    pieces: list[tuple[str, bool]] = []
    for index, chunk in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", snippet)):
        if chunk:
            pieces.append((chunk, index % 2 == 1))
    return pieces



def purge_deleted_text(session: Session) -> None:
    """Rewrite the index so that the words of deleted or changed text are gone from the file
    (FTS5 otherwise keeps them in old segments until it merges them). Used when a confidential
    note is changed or deleted: its words must not outlive it."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO search_text (search_text) VALUES ('optimize')"))
