"""Follow-up notes staff log about a recommendation, a milestone or a review."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.errors import InvalidValueError
from upr_tracker.services.values import NoteInfo
from upr_tracker.services.edit_conflicts import fetch_at_version
from upr_tracker.services.records import fetch
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.audit import scrub_note_from_trail
from upr_tracker.storage.fulltext import purge_deleted_text, write_out_purged_pages
from upr_tracker.storage.models import Milestone, Note, NoteShare, NoteTag, Recommendation, Review


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
        event_on=note.event_on,
        shared_with=tuple(s.grantee for s in note.shares),
        version=note.version,
        kept_on_laptop=bool(note.kept_on_laptop),
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


class _Keep:
    """The value of a field edit_note leaves as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def _event_day(value: dt.date | None) -> dt.date | None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InvalidValueError(f"note: the event date must be a day, not {value!r}")
    return value


def _clean_tags(tags: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(" ".join(t.split()) for t in tags if t.strip()))


def _grantees(db: Database, session: Session, names: Sequence[str]) -> list[str]:
    """The users and roles to share a note with, as the database knows them; an unknown name is
    refused (a misspelt name would share the note with no one, unsaid)."""
    cleaned = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    resolved = db.backend.resolve_grantees(session, cleaned)
    unknown = [name for name in cleaned if resolved[name] is None]
    if unknown:
        raise InvalidValueError(f"note: shared with {', '.join(unknown)}: no user or role of that name on {db.name} "
                                "(a role is viewer, editor or admin; upr-tracker user list names the users)")
    return list(dict.fromkeys(resolved[name] for name in cleaned))  # type: ignore[misc]


def _set_shares(db: Database, session: Session, note: Note, names: Sequence[str]) -> None:
    wanted = _grantees(db, session, names)
    if sorted(wanted) == sorted(s.grantee for s in note.shares):
        return
    if not db.backend.is_file and note.author != db.actor:
        # The server would refuse the rows anyway (migration 0014): said before trying.
        raise InvalidValueError(f"note: only its author, {note.author}, may change who it is shared with")
    kept = {s.grantee: s for s in note.shares}
    note.shares = [kept.get(g) or NoteShare(grantee=g, shared_by=db.actor) for g in wanted]


def _check_kept(db: Database, kept_on_laptop: bool) -> None:
    """A note kept on this laptop lives in a laptop's file: a team server's database has no laptop
    to keep it on (everyone who may read the server would be its readers)."""
    if kept_on_laptop and not db.backend.is_file:
        raise InvalidValueError(f"note: {db.name} is a team database on a server; a note can be kept on a laptop "
                                "only in a laptop's own database (share it with no one to keep it to yourself)")


def _author(db: Database, author: str | None, confidential: bool) -> str:
    """On a team database a note's author is the user who signed in: the row-level security of
    confidential notes compares it with that user, so another name is refused. An admin may
    record a colleague's note that is not confidential under the colleague's name (typed up from
    paper, or put back by an undo); nobody may write a confidential one under another name."""
    if db.backend.is_file or author is None or author == db.actor:
        return author or db.actor
    if not confidential and db.role == "admin":
        return author
    raise InvalidValueError(f"note: on {db.name} a note is written under the name you signed in with, {db.actor}, "
                            f"not {author}")


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
    event_on: dt.date | None = None,
    shared_with: Sequence[str] = (),
    kept_on_laptop: bool = False,
) -> uuid.UUID:
    """Attach a note to exactly one of a recommendation, a milestone or a review; `event_on` is the
    day of what it records (a meeting, a testimony), if known; `shared_with`: the users and roles
    (viewer, editor, admin) of a team database who may read it besides its author, if confidential.
    `kept_on_laptop`: the note never leaves this database (no sync, no bundle); it is confidential."""
    _check_kept(db, kept_on_laptop)
    confidential = confidential or kept_on_laptop
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
            author=_author(db, author, confidential),
            body=body.strip(),
            event_on=_event_day(event_on),
            confidential=confidential,
            kept_on_laptop=kept_on_laptop,
            recommendation_id=recommendation_id,
            milestone_id=milestone_id,
            review_id=review_id,
            tags=[NoteTag(tag=t) for t in _clean_tags(tags)],
        )
        _set_shares(db, session, note, shared_with)
        session.add(note)
        session.flush()  # the id is given at the flush (for a recommendation's note the refresh made it)
        if recommendation_id:
            refresh_recommendations(session, [recommendation_id])
        return note.id



@dataclass(frozen=True)
class EditedNote(NoteInfo):
    """A note as an edit left it, and how many of the audit trail's earlier entries about it lost
    its words and tags (when the edit made it confidential)."""

    trail_entries_scrubbed: int = 0
    made_confidential: bool = False


def made_confidential_notice(edited: EditedNote) -> str | None:
    """What to tell the user after an edit, if it made the note confidential."""
    if not edited.made_confidential:
        return None
    count = edited.trail_entries_scrubbed
    return (f"The note is now confidential: its earlier text was removed from the audit trail and the search "
            f"index ({count} audit {'entry' if count == 1 else 'entries'} changed).")


def edit_note(
    db: Database,
    note_id: uuid.UUID,
    *,
    body: str | None = None,
    confidential: bool | None = None,
    tags: Sequence[str] | None = None,
    event_on: dt.date | None = KEEP,
    shared_with: Sequence[str] | None = None,
    expected_version: int | None = None,
    kept_on_laptop: bool | None = None,
) -> EditedNote:
    """Change the fields given (`event_on=None` takes the event date away). Making a note
    confidential also takes its words and tags out of the audit entries written before, and its
    earlier words out of the full-text index, in the same transaction. `expected_version`: the
    version the edit started from (services.edit_conflicts). `kept_on_laptop=True` makes it
    confidential too; a note no longer confidential is no longer kept (it is for everyone)."""
    if kept_on_laptop and confidential is False:
        raise InvalidValueError("note: a note kept on this laptop is confidential; it cannot be made "
                                "not confidential and kept at once")
    _check_kept(db, bool(kept_on_laptop))
    if kept_on_laptop:
        confidential = True
    with db.write() as session:
        note = fetch_at_version(session, Note, note_id, expected_version)
        was_confidential = note.confidential
        old_body, old_tags = note.body, [t.tag for t in note.tags]
        if body is not None:
            if not body.strip():
                raise InvalidValueError("note: the note is empty")
            check_note_length(body)
            note.body = body.strip()
        if confidential is not None:
            note.confidential = confidential
        if kept_on_laptop is not None:
            note.kept_on_laptop = kept_on_laptop
        if not note.confidential:
            note.kept_on_laptop = False
        if event_on is not KEEP:
            note.event_on = _event_day(event_on)
        if tags is not None:
            _set_tags(session, note, _clean_tags(tags))
        if shared_with is not None:
            _set_shares(db, session, note, shared_with)
        session.flush()
        made_confidential = note.confidential and not was_confidential
        new_tags = [t.tag for t in note.tags]
        scrubbed = 0
        if made_confidential:
            scrubbed = scrub_note_from_trail(session, note.id, [*old_tags, *new_tags])
        if made_confidential or (was_confidential and note.body != old_body):
            purge_deleted_text(session)
        # Words of a confidential note that the edit removed stay in the file until a checkpoint.
        purged = made_confidential or ((was_confidential or note.confidential)
                                       and (note.body != old_body or sorted(old_tags) != sorted(new_tags)))
        if note.recommendation_id:
            refresh_recommendations(session, [note.recommendation_id])
        edited = EditedNote(**vars(note_info(note)), trail_entries_scrubbed=scrubbed,
                            made_confidential=made_confidential)
    if purged:
        write_out_purged_pages(db.engine)
    return edited


def mark_confidential(session: Session, note: Note) -> int:
    """Make a note confidential inside a unit of work (as edit_note does): its words and tags
    leave the audit entries already written and its earlier words the full-text index. Returns
    how many entries changed; write_out_purged_pages is due once committed."""
    note.confidential = True
    session.flush()
    scrubbed = scrub_note_from_trail(session, note.id, [t.tag for t in note.tags])
    purge_deleted_text(session)
    return scrubbed


def _set_tags(session: Session, note: Note, wanted: list[str]) -> None:
    """Keep the tags that stay, add the new ones, delete the others: the audit trail then records
    what changed (a tag dropped from the list would go unrecorded, and one replaced by its twin
    would be recorded as added again)."""
    kept = {t.tag: t for t in note.tags}
    for tag in note.tags:
        if tag.tag not in wanted:
            session.delete(tag)
    note.tags = [kept.get(t) or NoteTag(tag=t) for t in wanted]


def delete_note(db: Database, note_id: uuid.UUID) -> None:
    with db.write() as session:
        note = fetch(session, Note, note_id)
        recommendation_id = note.recommendation_id
        purged = delete_notes(session, [note])
        if recommendation_id:
            refresh_recommendations(session, [recommendation_id])
    if purged:
        write_out_purged_pages(db.engine)


def delete_notes(session: Session, doomed: Sequence[Note]) -> bool:
    """Delete notes one by one (each in the audit trail, as a note deleted alone), before the
    record they belong to goes (the database would take them with it, unrecorded). The words of
    confidential ones are purged from the full-text index: True when they were, and
    write_out_purged_pages is due once committed."""
    for note in doomed:
        session.delete(note)
    session.flush()
    if any(note.confidential for note in doomed):
        purge_deleted_text(session)
        return True
    return False


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
