"""A stand-in for the sync engine's collect and apply (in the caller's session), for tests of what is around it (the bundle's
cryptography, refusals, the command line, the window): each database's "records" are a list kept
here, and applying records it already holds changes nothing, as the engine promises."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from upr_tracker.storage.database import Database
from upr_tracker.sync import exchange
from upr_tracker.sync.changeset import ChangedRecord, Changeset, Knowledge
from upr_tracker.sync.exchange import ApplyReport
from upr_tracker.sync.replica import knowledge_of, this_replica


@dataclass
class RecordingExchange:
    # database file name -> records it holds (table, record_id, text)
    held: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    # what each collect was told the peer knew
    asked: list[Knowledge | None] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)

    def edit(self, db: Database, record_id: str, text: str) -> None:
        self.held.setdefault(db.name, []).append(("recommendation", record_id, text))

    def records(self, db: Database) -> list[tuple[str, str, str]]:
        return self.held.get(db.name, [])

    def collect(self, db: Database, known_by_peer: Knowledge | None, progress=None) -> Changeset:
        self.asked.append(known_by_peer)
        replica = this_replica(db)
        records = [ChangedRecord(table, record_id, {"text": text}, {"text": ["0000000000000001.0000", replica.id, "t"]})
                   for table, record_id, text in self.records(db)]
        return Changeset(replica.id, replica.name, known_by_peer, knowledge_of(db), records)

    def apply(self, _session, db: Database, changeset: Changeset, progress=None) -> ApplyReport:
        self.applied.append(db.name)
        here = self.held.setdefault(db.name, [])
        report = ApplyReport(changeset.sender_name)
        for record in changeset.records:
            item = (record.table, record.record_id, record.values["text"])
            if item in here:
                report.skipped += 1
            else:
                here.append(item)
                report.received += 1
        return report


def stand_in_exchange(monkeypatch: pytest.MonkeyPatch) -> RecordingExchange:
    """Put a RecordingExchange in the engine's place for the test."""
    stand_in = RecordingExchange()
    monkeypatch.setattr(exchange, "collect_changes", stand_in.collect)
    monkeypatch.setattr(exchange, "apply_in", stand_in.apply)
    return stand_in
