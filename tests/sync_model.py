"""A randomised model of a team: three laptops and a server, random edits while offline, syncs and
bundle exchanges in random orders and partitions, applies cut short. At the end every database holds
the same content, every edit is present or in the history, and every true conflict is listed.

Used by tests/test_sync_convergence.py (short) and benchmarks/sync_convergence.py (long)."""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import select

from tests.sync_helpers import audit_values, content_of
from upr_tracker.services.notes import add_note, delete_note
from upr_tracker.services.recommendations import add_recommendation, set_terms
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Note, Recommendation, SyncConflict
from upr_tracker.sync import merge as sync_merge
from upr_tracker.sync.exchange import apply_changes, collect_changes
from upr_tracker.sync.replica import knowledge_of
from upr_tracker.sync.server_sync import sync_with_server

LAPTOPS = 3
LABELS = [f"1.{n}" for n in range(1, 5)]
THEMES = ["Death penalty", "Detention", "Corruption"]
WORDS = ["alpha", "beta", "gamma"]


def base_database(folder: Path) -> Path:
    """A small database: one review of four recommendations, made once and copied to each laptop."""
    path = folder / "base.sqlite3"
    if not path.exists():
        with Database.open(path, actor="base") as db:
            review = create_review(db, "KAZ", 1)
            for label in LABELS:
                add_recommendation(db, review, f"Original text of {label}", label=label)
    return path


@dataclass
class Edit:
    number: int
    laptop: int
    subject: tuple[str, str]        # (label, field)
    value: object
    seen: frozenset[int]            # the edits its laptop knew when it was made
    exchanges: int                  # how many exchanges its laptop had made by then


@dataclass
class Replica:
    db: Database
    known: set[int] = field(default_factory=set)     # edits (model numbers) it holds
    exchanges: int = 0


class TeamModel(RuleBasedStateMachine):
    """Set `TeamModel.folder` and `TeamModel.server_target` (a callable giving a context manager
    that yields a database target for the server) before running."""

    folder: Path
    server_target: Callable[[], AbstractContextManager] = staticmethod(lambda: nullcontext(None))

    def __init__(self) -> None:
        super().__init__()
        self.scratch = Path(tempfile.mkdtemp(dir=self.folder))
        base = base_database(self.folder)
        self.laptops: list[Replica] = []
        for n in range(LAPTOPS):
            path = self.scratch / f"laptop{n}.sqlite3"
            shutil.copy(base, path)
            self.laptops.append(Replica(Database.open(path, actor=f"person{n}")))
        self._server_context = self.server_target()
        target = self._server_context.__enter__() or self.scratch / "server.sqlite3"
        self.server = Replica(Database.open(target, actor="server"))
        self.edits: list[Edit] = []
        self.numbers = itertools.count()
        self.notes_made: list[str] = []

    def teardown(self) -> None:
        try:
            self._converge_and_check()
        finally:
            for replica in [*self.laptops, self.server]:
                replica.db.close()
            self._server_context.__exit__(None, None, None)
            shutil.rmtree(self.scratch, ignore_errors=True)

    # -- edits while offline ------------------------------------------------------------------
    def _edit(self, n: int, label: str, name: str, value: object) -> None:
        replica = self.laptops[n]
        with replica.db.write() as session:
            rec = session.scalars(select(Recommendation).where(Recommendation.label == label)).one()
            setattr(rec, name, value)
        number = next(self.numbers)
        self.edits.append(Edit(number, n, (label, name), value, frozenset(replica.known), replica.exchanges))
        replica.known.add(number)

    @rule(n=st.integers(0, LAPTOPS - 1), label=st.sampled_from(LABELS), word=st.sampled_from(WORDS),
          unique=st.booleans())
    def edit_text(self, n: int, label: str, word: str, unique: bool) -> None:
        self._edit(n, label, "text", f"{word} {next(self.numbers)}" if unique else word)

    @rule(n=st.integers(0, LAPTOPS - 1), label=st.sampled_from(LABELS), category=st.integers(1, 5))
    def edit_category(self, n: int, label: str, category: int) -> None:
        self._edit(n, label, "action_category", category)

    @rule(n=st.integers(0, LAPTOPS - 1), label=st.sampled_from(LABELS), themes=st.sets(st.sampled_from(THEMES)))
    def set_themes(self, n: int, label: str, themes: set[str]) -> None:
        db = self.laptops[n].db
        with db.read() as session:
            rec_id = session.scalars(select(Recommendation.id).where(Recommendation.label == label)).one()
        set_terms(db, rec_id, "themes", sorted(themes))

    @rule(n=st.integers(0, LAPTOPS - 1), label=st.sampled_from(LABELS), word=st.sampled_from(WORDS))
    def add_a_note(self, n: int, label: str, word: str) -> None:
        db = self.laptops[n].db
        with db.read() as session:
            rec_id = session.scalars(select(Recommendation.id).where(Recommendation.label == label)).one()
        body = f"note {word} {next(self.numbers)} by {n}"
        add_note(db, body, recommendation_id=rec_id)
        self.notes_made.append(body)

    @rule(n=st.integers(0, LAPTOPS - 1), pick=st.integers(0, 50))
    def delete_a_note(self, n: int, pick: int) -> None:
        db = self.laptops[n].db
        with db.read() as session:
            notes = session.scalars(select(Note.id).order_by(Note.body)).all()
        if notes:
            delete_note(db, notes[pick % len(notes)])

    # -- exchanges ------------------------------------------------------------------------------
    @rule(n=st.integers(0, LAPTOPS - 1))
    def sync(self, n: int) -> None:
        laptop = self.laptops[n]
        sync_with_server(laptop.db, self.server.db)
        self.server.known |= laptop.known
        laptop.known |= self.server.known
        laptop.exchanges += 1

    @rule(source=st.integers(0, LAPTOPS - 1), receiver_index=st.integers(0, LAPTOPS - 1), everything=st.booleans(),
          cut_after=st.none() | st.integers(1, 4))
    def bundle(self, source: int, receiver_index: int, everything: bool, cut_after: int | None) -> None:
        if source == receiver_index:
            return
        sender, receiver = self.laptops[source], self.laptops[receiver_index]
        changes = collect_changes(sender.db, None if everything else knowledge_of(receiver.db))
        sender.exchanges += 1
        if cut_after is not None:
            before = content_of(receiver.db)
            calls = itertools.count(1)
            original = sync_merge.Merger._apply_table

            def killed(merger, synced, records):
                if next(calls) >= cut_after:
                    raise KeyboardInterrupt("killed during the apply")
                return original(merger, synced, records)

            sync_merge.Merger._apply_table = killed
            try:
                apply_changes(receiver.db, changes)
                applied = True
            except KeyboardInterrupt:
                applied = False
            finally:
                sync_merge.Merger._apply_table = original
            if not applied:
                assert content_of(receiver.db) == before, "an apply cut short left part of its batch"
                return
        else:
            apply_changes(receiver.db, changes)
        receiver.known |= sender.known
        receiver.exchanges += 1

    @invariant()
    def conflicts_are_consistent(self) -> None:
        for replica in self.laptops:
            with replica.db.read() as session:
                for conflict in session.scalars(select(SyncConflict)):
                    candidates = json.loads(conflict.candidates)
                    assert len(candidates) >= 2
                    keys = {f"{c['clock']}@{c['origin']}" for c in candidates}
                    assert conflict.open == bool(keys - set(json.loads(conflict.resolved)))

    # -- the end ---------------------------------------------------------------------------------
    def _converge_and_check(self) -> None:
        for _round in range(2):
            for n in range(LAPTOPS):
                self.sync(n)
        contents = [content_of(r.db) for r in [*self.laptops, self.server]]
        for other in contents[1:]:
            assert other == contents[0], "the databases differ after everyone synced"
        final = self.laptops[0].db
        texts = audit_values(final, "recommendation", "text") | {
            r["text"] for r in contents[0]["recommendations"].values()}
        categories = audit_values(final, "recommendation", "action_category")
        for edit in self.edits:
            _label, name = edit.subject
            history = texts if name == "text" else categories
            assert edit.value in history, f"edit {edit} is neither present nor in the history"
        listed = self._listed_conflicts(final)
        for first, second in self._true_conflicts():
            assert first.subject in listed, f"concurrent edits {first} and {second} are not listed as a conflict"

    def _listed_conflicts(self, db: Database) -> set[tuple[str, str]]:
        with db.read() as session:
            labels = {str(r.id): r.label for r in session.scalars(select(Recommendation))}
            return {(labels.get(c.record_id, c.record_id), c.field) for c in session.scalars(select(SyncConflict))}

    def _true_conflicts(self) -> list[tuple[Edit, Edit]]:
        """Pairs of edits of one field, made on two laptops without either knowing of the other, with
        different values, each the last its laptop made before exchanging again."""
        heads = [e for e in self.edits
                 if not any(o.laptop == e.laptop and o.subject == e.subject and o.number > e.number
                            and o.exchanges == e.exchanges for o in self.edits)]
        return [(a, b) for a, b in itertools.combinations(heads, 2)
                if a.subject == b.subject and a.laptop != b.laptop and a.value != b.value
                and a.number not in b.seen and b.number not in a.seen]
