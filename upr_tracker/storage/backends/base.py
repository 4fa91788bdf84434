"""The one interface both storage backends implement (see storage.backends)."""

from __future__ import annotations

import datetime as dt
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.orm import Session

from upr_tracker.storage.search_folding import marked_snippet, needs_folding
from upr_tracker.storage.search_syntax import SearchTerm

ALL_KINDS = ("recommendation", "response", "milestone", "note")


@dataclass(frozen=True)
class FulltextMatch:
    kind: str
    ref_id: uuid.UUID
    title_snippet: str
    body_snippet: str


def own_snippets(kind: str, ref_id: uuid.UUID, title_snippet: str, body_snippet: str, title: str | None,
                 body: str | None, terms: list[SearchTerm]) -> FulltextMatch:
    """A match with the engine's snippets, or, for text the index reads folded (Arabic, Chinese,
    Japanese: the engine would show or mark it wrongly), snippets cut from the original text here
    (as long as SQLite's: 12 words of a title, 24 of a body)."""
    title, body = title or "", body or ""
    if needs_folding(title) or needs_folding(body):
        title_snippet, body_snippet = marked_snippet(title, terms, 12), marked_snippet(body, terms, 24)
    return FulltextMatch(kind, ref_id, title_snippet, body_snippet)


class StorageBackend(ABC):
    """What an engine does its own way. One stateless instance per engine kind."""

    name: ClassVar[str]
    # Whether the database is a file of this computer (backups beside it, encryption, a writer lock).
    is_file: ClassVar[bool]

    # -- units of work --------------------------------------------------------------------------
    @abstractmethod
    def write_options(self) -> dict[str, Any]:
        """Execution options of a connection that begins a unit of work that writes."""

    @abstractmethod
    def snapshot_options(self) -> dict[str, Any]:
        """Execution options of a connection whose one transaction reads one state of the whole
        database, however long it reads (a copy)."""

    @abstractmethod
    def translated_errors(self, name: str) -> AbstractContextManager[None]:
        """Turn the engine's failures into messages a user can act on (`name`: the database's file path,
        or its name on the server)."""

    # -- full-text search (user syntax: storage.search_syntax) ------------------------------------
    @abstractmethod
    def matching_records(self, user_text: str, kind: str) -> Any:
        """A scalar subquery of the ids of the records of `kind` whose text matches."""

    @abstractmethod
    def matching_recommendations(self, user_text: str, with_confidential: bool) -> Any:
        """A scalar subquery of the ids of the recommendations whose text, or the text of a response,
        milestone or note attached to them, matches (confidential notes only `with_confidential`)."""

    @abstractmethod
    def where_found(self, session: Session, user_text: str,
                    recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
        """For these recommendations, where the search finds each (recommendation, response, milestone, note)."""

    @abstractmethod
    def find_matches(self, session: Session, user_text: str, kinds: Sequence[str], limit: int) -> list[FulltextMatch]:
        """The best matches, ranked, with snippets whose matched words are marked (MATCH_START/END)."""

    @abstractmethod
    def count_matches(self, session: Session, user_text: str, kinds: Sequence[str]) -> int:
        """How many records match."""

    @abstractmethod
    def purge_deleted_text(self, session: Session) -> None:
        """Make the words of deleted or changed text unrecoverable from the index (in the transaction)."""

    @abstractmethod
    def write_out_purged_pages(self, engine: Engine) -> bool:
        """After a purge is committed, make sure no old page of the file still holds the words."""

    # -- the planner -----------------------------------------------------------------------------
    @abstractmethod
    def refresh_planner_statistics(self, session: Session) -> None:
        """Count the rows of the tables the big table and the search go through (after an import)."""

    # -- who may do what -------------------------------------------------------------------------
    @abstractmethod
    def role_of(self, engine: Engine) -> str:
        """What the connected user may do: "viewer" (read), "editor" (add and edit) or "admin"
        (users, vocabularies, imports over several reviews); see storage.server_roles."""

    @abstractmethod
    def resolve_grantees(self, session: Session, names: Sequence[str]) -> dict[str, str | None]:
        """For each name a confidential note is to be shared with, the name to record (a user, or a
        role: "editor" stands for the team database's editor group), None for one that is unknown."""

    # -- copying a whole database (services.database_copy) --------------------------------------
    @abstractmethod
    def begin_bulk_load(self, connection: Connection, tables: Sequence[Table]) -> None:
        """At the start of the transaction that loads `tables`: rows may come in any order within a
        table (a plan before or after its items), and nobody else writes them meanwhile."""

    @abstractmethod
    def bulk_insert(self, connection: Connection, table: Table, rows: Iterable[Sequence[Any]]) -> int:
        """Insert `rows` (values in the order of `table.columns`, as Python values) the fastest way
        the engine has; return how many."""

    def changes_seen_since(self, session: Session, last_look: dt.datetime) -> dt.datetime:
        """From when to read again the records changed since `last_look` (their update time, set by
        the writer's clock), so that none is missed: writes whose transaction was still open then,
        and writers whose clocks are behind. Here, one writer at a time on one machine: a minute."""
        return last_look - dt.timedelta(minutes=1)

    def may_hide_rows(self, table_name: str) -> bool:
        """Whether some rows of the table may be invisible to the user (row-level security): a row
        not seen is then not a row gone."""
        return False

    def hold_exclusively(self, session: Session, purpose: str) -> None:  # noqa: B027 (optional)
        """Until the end of the transaction, keep out other sessions doing `purpose` (a sync merging
        into the database). A no-op where a write transaction already excludes other writers."""

    # -- change notification ---------------------------------------------------------------------
    def announce_change(self, session: Session, tables: set[str]) -> None:  # noqa: B027 (optional)
        """Tell other users' windows, before the commit, that these tables changed (a no-op where the
        engine cannot; the windows then poll)."""


