"""Two-way sync of a laptop's database with the team server's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database


@dataclass
class SyncReport:
    server_name: str
    sent: int
    received: int
    conflicts: int
    at: dt.datetime


def sync_with_server(local: Database, server: Database, progress: ProgressReporter = NO_PROGRESS) -> SyncReport:
    """Send the server what it lacks, then take from it what the laptop lacks (each step one
    transaction; a sync cut short is resumed by the next)."""
    raise NotImplementedError
