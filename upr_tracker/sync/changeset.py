"""What one database sends another: the records that changed, with their values and stamps."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from upr_tracker.errors import SyncError

# What a database has seen of each origin: {origin id: highest clock}.
Knowledge = dict[str, str]
FORMAT = "upr-tracker-changes"
FORMAT_VERSION = 1


class ChangesetError(SyncError):
    """A changeset whose content is not what this version of the app writes."""


@dataclass
class ChangedRecord:
    """One record as the sender has it now: the values of its fields (JSON-able: ids and dates as
    text, bytes as base64) and the stamp of each field, [clock, origin, author]. A deleted record
    carries only its tombstone stamp in `deleted`. `record_id` is the id, or "left id,right id" for a
    link between two records, or "note id,tag" for a note's tag."""

    table: str
    record_id: str
    values: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, list[str]] = field(default_factory=dict)
    deleted: list[str] | None = None


@dataclass
class Changeset:
    sender_id: str
    sender_name: str
    # What the sender assumed the receiver had seen (None: it sent everything it has).
    since: Knowledge | None
    # What the sender had seen when it wrote this: the receiver may then take the sender's value
    # of a field over its own when the sender had seen the receiver's.
    knowledge: Knowledge
    records: list[ChangedRecord] = field(default_factory=list)
    # Conflicts the sender knows (rows of sync_conflict as JSON-able dicts).
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    # Names of the origins (laptops, servers) that the stamps mention.
    names: dict[str, str] = field(default_factory=dict)
    # What the records mentioned (by foreign key or link) are, by content: {table: {id: {column:
    # value}}} with the columns of their natural key, so that a receiver that knows them under other
    # ids recognises them (a State, a term, a review, a recommendation).
    references: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        document = {"format": FORMAT, "version": FORMAT_VERSION, **asdict(self)}
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Changeset:
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ChangesetError(f"the changes cannot be read: {exc}") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ChangesetError("this is not a set of changes written by UPR Tracker")
        if document.get("version") != FORMAT_VERSION:
            raise ChangesetError(f"the changes were written in format {document.get('version')!r}, "
                                 f"this version of UPR Tracker reads format {FORMAT_VERSION}: update it")
        try:
            records = [ChangedRecord(**r) for r in document["records"]]
            return cls(sender_id=str(document["sender_id"]), sender_name=str(document["sender_name"]),
                       since=document["since"], knowledge=dict(document["knowledge"]), records=records,
                       conflicts=list(document["conflicts"]), names=dict(document["names"]),
                       references=dict(document.get("references") or {}))
        except (KeyError, TypeError, ValueError) as exc:
            raise ChangesetError(f"the changes are incomplete or malformed ({exc})") from None

    def summary(self) -> dict[str, int]:
        return {"records": len(self.records), "deleted": sum(1 for r in self.records if r.deleted),
                "conflicts": len(self.conflicts)}
