"""The notes of a JSON export beside the notes this database has.

A note here with the id of a note of the file is the same note when it has the same author, moment
and subject (what no edit changes); its text, event date or confidentiality may have been edited on
either side since, and this database's stays. One of the same id that differs in those is another
note: it stays, and the file's is left out, said as a problem. A note of the file under an id this database
does not have, with the subject, author, text and day of a note here, is that note again (copied
under a new id): it is not added twice.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from upr_tracker.services.json_import_lookups import BATCH
from upr_tracker.services.json_import_reading import NoteIn
from upr_tracker.storage.models import Note

SUBJECTS = ("recommendation_id", "milestone_id", "review_id")


class NoteHere(NamedTuple):
    id: uuid.UUID
    author: str
    written_at: dt.datetime
    subject: str
    subject_id: uuid.UUID
    body: str
    confidential: bool
    event_on: dt.date | None


NoteKey = tuple[str, uuid.UUID, str, str, dt.date]


def _utc(moment: dt.datetime) -> dt.datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def _day(moment: dt.datetime) -> dt.date:
    return _utc(moment).date()


def key_of(subject: str, subject_id: uuid.UUID, author: str, body: str, written_at: dt.datetime) -> NoteKey:
    return (subject, subject_id, author.strip(), body.strip(), _day(written_at))


def _rows(session: Session, where: ColumnElement[bool]) -> Iterable[NoteHere]:
    n = Note
    for row in session.execute(select(n.id, n.author, n.written_at, n.recommendation_id, n.milestone_id,
                                      n.review_id, n.body, n.confidential, n.event_on).where(where)):
        subject, subject_id = next((name, value) for name, value in zip(SUBJECTS, (row[3], row[4], row[5]))
                                   if value is not None)
        yield NoteHere(row.id, row.author, row.written_at, subject, subject_id,
                       row.body, row.confidential, row.event_on)


def notes_by_id(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, NoteHere]:
    wanted = list(dict.fromkeys(ids))
    found: dict[uuid.UUID, NoteHere] = {}
    for start in range(0, len(wanted), BATCH):
        found |= {note.id: note for note in _rows(session, Note.id.in_(wanted[start:start + BATCH]))}
    return found


def notes_by_key(session: Session, subjects: dict[str, set[uuid.UUID]]) -> dict[NoteKey, uuid.UUID]:
    """The notes here about these subjects (subject column -> ids), by what makes two the same."""
    found: dict[NoteKey, uuid.UUID] = {}
    for subject, ids in subjects.items():
        wanted = list(ids)
        column = getattr(Note, subject)
        for start in range(0, len(wanted), BATCH):
            for note in _rows(session, column.in_(wanted[start:start + BATCH])):
                found.setdefault(key_of(note.subject, note.subject_id, note.author, note.body, note.written_at),
                                 note.id)
    return found


def identity_differences(record: NoteIn, here: NoteHere, subject_id: uuid.UUID | None) -> list[str]:
    """The fields no edit changes in which the note of the file and the note here of its id differ."""
    differing = []
    if record.author.strip() != here.author.strip():
        differing.append("author")
    if _utc(record.written_at) != _utc(here.written_at):
        differing.append("written_at")
    if record.subject != here.subject or subject_id != here.subject_id:
        differing.append(record.subject if record.subject == here.subject else f"{record.subject} ({here.subject} here)")
    return differing


def edited(record: NoteIn, here: NoteHere) -> bool:
    return (record.body.strip() != here.body.strip() or record.confidential != here.confidential
            or record.event_on != here.event_on)
