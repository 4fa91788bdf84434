"""Collecting the changes another database may lack, and applying changes received (one transaction)."""

from __future__ import annotations

from dataclasses import dataclass

from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.sync.changeset import Changeset, Knowledge


@dataclass
class ApplyReport:
    sender_name: str
    received: int = 0      # records changed here
    skipped: int = 0       # records this database already had
    conflicts: int = 0     # conflicts newly awaiting a person


def collect_changes(db: Database, known_by_peer: Knowledge | None,
                    progress: ProgressReporter = NO_PROGRESS) -> Changeset:
    """The records changed here (or received from others) that a database knowing `known_by_peer`
    may lack; None: everything. Local changes are looked for first."""
    raise NotImplementedError


def apply_changes(db: Database, changeset: Changeset, progress: ProgressReporter = NO_PROGRESS) -> ApplyReport:
    """Merge `changeset` into `db`, all of it or nothing; applying it again changes nothing."""
    raise NotImplementedError
