"""Follow-up notes staff log about a recommendation, a milestone or a review."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select

from upr_tracker.errors import InvalidValueError
from upr_tracker.services.values import NoteInfo
from upr_tracker.services.records import fetch
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.fulltext import purge_deleted_text
from upr_tracker.storage.models import Milestone, Note, NoteTag, Recommendation, Review


def note_info(note: Note) -> NoteInfo:
    return NoteInfo(
        id=note.id,
        author=note.author,
        written_at=note.written_at,
        body=note.body,
        confidential=note.confidential,
        tags=tuple(t.tag for t in note.tags),
        recommendation_id=note.recommendation_id,
        milestone_id=note.milestone_id,
        review_id=note.review_id,
    )


# A note is text someone wrote: a million characters and more is a document pasted in (or a damaged
# file), which belongs in a milestone's attachment; the limit keeps every note quick to show and search.
MAX_NOTE_BYTES = 1024 * 1024


def check_note_length(body: str, where: str = "note", what: str = "the text") -> None:
    size = len(body.encode("utf-8"))
    if size > MAX_NOTE_BYTES:
        raise InvalidValueError(f"{where}: {what} is {size / (1024 * 1024):.1f} MB, more than a note may hold "
                                f"({MAX_NOTE_BYTES // (1024 * 1024)} MB); attach a long document to a milestone "
                                "instead")


def _clean_tags(tags: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(" ".join(t.split()) for t in tags if t.strip()))


def add_note(
    db: Database,
    body: str,
    *,
    recommendation_id: uuid.UUID | None = None,
    milestone_id: uuid.UUID | None = None,
    review_id: uuid.UUID | None = None,
    confidential: bool = False,
    tags: Sequence[str] = (),
    author: str | None = None,
) -> uuid.UUID:
    """Attach a note to exactly one of a recommendation, a milestone or a review."""
    if not body.strip():
        raise InvalidValueError("note: the note is empty")
    check_note_length(body)
    subjects = [(recommendation_id, Recommendation), (milestone_id, Milestone), (review_id, Review)]
    given = [(i, model) for i, model in subjects if i is not None]
    if len(given) != 1:
        raise InvalidValueError("note: attach a note to one recommendation, milestone or review")
    with db.write() as session:
        subject_id, model = given[0]
        fetch(session, model, subject_id)
        note = Note(
            author=author or db.actor,
            body=body.strip(),
            confidential=confidential,
            recommendation_id=recommendation_id,
            milestone_id=milestone_id,
            review_id=review_id,
            tags=[NoteTag(tag=t) for t in _clean_tags(tags)],
        )
        session.add(note)
        if recommendation_id:
            refresh_recommendations(session, [recommendation_id])
        return note.id



def edit_note(
    db: Database,
    note_id: uuid.UUID,
    *,
    body: str | None = None,
    confidential: bool | None = None,
    tags: Sequence[str] | None = None,
) -> NoteInfo:
    with db.write() as session:
        note = fetch(session, Note, note_id)
        was_confidential = note.confidential
        if body is not None:
            if not body.strip():
                raise InvalidValueError("note: the note is empty")
            check_note_length(body)
            note.body = body.strip()
        if confidential is not None:
            note.confidential = confidential
        if tags is not None:
            note.tags = [NoteTag(tag=t) for t in _clean_tags(tags)]
        session.flush()
        if was_confidential and body is not None:
            purge_deleted_text(session)
        if note.recommendation_id:
            refresh_recommendations(session, [note.recommendation_id])
        return note_info(note)


def delete_note(db: Database, note_id: uuid.UUID) -> None:
    with db.write() as session:
        note = fetch(session, Note, note_id)
        recommendation_id = note.recommendation_id
        confidential = note.confidential
        session.delete(note)
        if confidential:
            session.flush()
            purge_deleted_text(session)
        if recommendation_id:
            refresh_recommendations(session, [recommendation_id])


def list_notes(
    db: Database,
    *,
    recommendation_id: uuid.UUID | None = None,
    milestone_id: uuid.UUID | None = None,
    review_id: uuid.UUID | None = None,
    include_confidential: bool = True,
) -> list[NoteInfo]:
    """Notes, oldest first, of one subject (or all when none is given)."""
    with db.read() as session:
        query = select(Note).order_by(Note.written_at)
        if recommendation_id:
            query = query.where(Note.recommendation_id == recommendation_id)
        if milestone_id:
            query = query.where(Note.milestone_id == milestone_id)
        if review_id:
            query = query.where(Note.review_id == review_id)
        if not include_confidential:
            query = query.where(Note.confidential.is_(False))
        return [note_info(n) for n in session.scalars(query)]
