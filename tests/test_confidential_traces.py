"""A confidential note's words and tags leave no trace in the clear: not in the audit trail (even
entries written before it was made confidential), not in the full-text index's old segments, not
in the database file's bytes once they are no longer the note's (edited away, or the note deleted
with its milestone or its recommendation)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import or_, select

from upr_tracker.services import milestones, notes, recommendations, reviews
from upr_tracker.services.export_json import export_json
from upr_tracker.services.json_import import import_json_export
from upr_tracker.storage.audit import CONFIDENTIAL_BODY, CONFIDENTIAL_TAG
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry

# Words that appear nowhere but in the notes: found anywhere, they show a trace was left.
BODY_MARKER = "Xylophonist"
TAG_MARKER = "Gorgonzolagate"
_examples = itertools.count()
_reviews: dict[object, object] = {}


def file_bytes(path: Path) -> bytes:
    """The database file and its WAL as a thief would read them, folded to lower case (the
    full-text index keeps its words in lower case)."""
    wal = Path(f"{path}-wal")
    return (path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()


def left_in_file(path: Path, *words: str) -> list[str]:
    data = file_bytes(path)
    return [w for w in words if w.lower().encode() in data or w.lower().encode("utf-16-le") in data]


def trail_texts(db: Database) -> list[str]:
    with db.read() as session:
        return [f"{e.record_id} {e.before or ''} {e.after or ''}" for e in session.scalars(select(AuditEntry))]


def left_in_trail(db: Database, *words: str) -> list[str]:
    texts = " ".join(trail_texts(db)).lower()
    return [w for w in words if w.lower() in texts]


def a_recommendation(db: Database) -> object:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    return recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")


def test_marking_a_note_confidential_scrubs_its_earlier_audit_entries(db: Database) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, f"Met {BODY_MARKER} at the ministry", recommendation_id=rec, tags=[TAG_MARKER, "meeting"])
    notes.edit_note(db, note, body=f"Met {BODY_MARKER} at the ministry, twice")
    assert left_in_trail(db, BODY_MARKER, TAG_MARKER) == [BODY_MARKER, TAG_MARKER]
    marked = notes.edit_note(db, note, confidential=True)
    # the note's create and update entries, and its two tags' entries
    assert marked.trail_entries_scrubbed == 4
    assert left_in_trail(db, BODY_MARKER, TAG_MARKER, "meeting") == []
    # The note itself keeps its words and tags, and so does the record of what happened to it.
    assert marked.body.endswith("twice") and marked.tags == ("Gorgonzolagate", "meeting")
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note",
                                                           AuditEntry.record_id == str(note))
                                  .order_by(AuditEntry.at)).all()
    assert [e.action for e in entries] == ["create", "update", "update"]
    assert json.loads(entries[0].after)["body"] == CONFIDENTIAL_BODY
    assert json.loads(entries[2].after)["confidential"] is True
    # Nothing is left to scrub a second time.
    assert notes.edit_note(db, note, confidential=True).trail_entries_scrubbed == 0


@pytest.mark.sqlite_only("the bytes of the database file and its WAL, as a seized laptop holds them")
def test_a_note_edited_and_made_confidential_leaves_no_earlier_word_in_the_file(db: Database) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, f"Met {BODY_MARKER} at the ministry", recommendation_id=rec, tags=[TAG_MARKER])
    notes.edit_note(db, note, body=f"Called {BODY_MARKER} again")
    notes.edit_note(db, note, body="Met a source", confidential=True, tags=["source"])
    # Already while the database is open (a laptop seized with the app running, or the app killed).
    assert left_in_file(db.path, BODY_MARKER, TAG_MARKER) == []
    db.close()
    assert left_in_file(db.path, BODY_MARKER, TAG_MARKER) == []
    with Database.open(db.path) as reopened:
        assert [n.body for n in notes.list_notes(reopened)] == ["Met a source"]


def test_a_confidential_notes_tags_stay_out_of_every_new_entry(db: Database) -> None:
    rec = a_recommendation(db)
    secret = notes.add_note(db, "Source", recommendation_id=rec, confidential=True, tags=[TAG_MARKER])
    notes.edit_note(db, secret, tags=[TAG_MARKER, "second" + TAG_MARKER])
    notes.delete_note(db, secret)
    notes.add_note(db, "Source", recommendation_id=rec, confidential=True, tags=[TAG_MARKER])  # as undo does
    assert left_in_trail(db, TAG_MARKER) == []
    with db.read() as session:
        tag_entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note_tag")).all()
    assert tag_entries and all(e.record_id == f"{json.loads(e.before or e.after)['note_id']},{CONFIDENTIAL_TAG}"
                               for e in tag_entries)
    assert any(e.action == "delete" for e in tag_entries)


def test_the_tag_entries_of_an_ordinary_note_name_their_note(db: Database) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, "Met the ministry", recommendation_id=rec, tags=["meeting"])
    with db.read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note_tag")).all()
    assert entry.record_id == f"{note},meeting"
    assert json.loads(entry.after) == {"note_id": str(note), "tag": "meeting"}


def test_tag_entries_written_before_they_named_their_note_are_scrubbed_by_their_words(db: Database) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, "Met the ministry", recommendation_id=rec, tags=[TAG_MARKER])
    notes.add_note(db, "Met the court", recommendation_id=rec, tags=["Courtroomtag"])
    with db.write() as session:  # as earlier versions wrote them: the note unnamed
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note_tag")):
            entry.record_id = ""
            entry.after = json.dumps({"note_id": None, "tag": json.loads(entry.after)["tag"]})
    notes.edit_note(db, note, confidential=True)
    assert left_in_trail(db, TAG_MARKER) == []
    assert left_in_trail(db, "Courtroomtag") == ["Courtroomtag"]  # another note's tag is not touched


def test_deleting_a_milestone_leaves_no_word_of_its_confidential_notes_in_the_file(db: Database) -> None:
    plan = milestones.add_milestone(db, "Kazakhstan", "plan", "National plan")
    item = milestones.add_milestone(db, "Kazakhstan", "other", "First item", plan_id=plan)
    notes.add_note(db, f"Told by {BODY_MARKER}", milestone_id=item, confidential=True, tags=[TAG_MARKER])
    notes.add_note(db, f"Also {BODY_MARKER}s", milestone_id=plan, confidential=True)
    assert milestones.delete_milestone(db, plan) == 2
    assert left_in_trail(db, BODY_MARKER, TAG_MARKER) == []
    if db.backend.is_file:  # the bytes a seized laptop holds (a server's files are not on it)
        assert left_in_file(db.path, BODY_MARKER, TAG_MARKER) == []
        db.close()
        assert left_in_file(db.path, BODY_MARKER, TAG_MARKER) == []


def test_deleting_a_recommendation_leaves_no_word_of_its_confidential_notes_in_the_file(db: Database) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, f"Told by {BODY_MARKER}", recommendation_id=rec, confidential=True, tags=[TAG_MARKER])
    recommendations.delete_recommendation(db, rec)
    with db.read() as session:  # the note's deletion is in the trail, as when it is deleted alone
        deleted = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note",
                                                           AuditEntry.action == "delete")).all()
    assert [e.record_id for e in deleted] == [str(note)]
    if db.backend.is_file:  # the bytes a seized laptop holds (a server's files are not on it)
        assert left_in_file(db.path, BODY_MARKER, TAG_MARKER) == []
        db.close()
        assert left_in_file(db.path, BODY_MARKER, TAG_MARKER) == []


def test_a_confidential_note_imported_from_an_export_keeps_its_tags_out_of_the_trail(db: Database,
                                                                                     tmp_path: Path) -> None:
    rec = a_recommendation(db)
    notes.add_note(db, "Source", recommendation_id=rec, confidential=True, tags=[TAG_MARKER])
    notes.add_note(db, "Open", recommendation_id=rec, tags=["visible"])
    export_json(db, tmp_path / "all.json", include_confidential=True)
    with Database.open(tmp_path / "other.sqlite3") as other:
        import_json_export(other, tmp_path / "all.json")
        assert [n.tags for n in notes.list_notes(other)] == [(TAG_MARKER,), ("visible",)]
        assert left_in_trail(other, TAG_MARKER) == []
        with other.read() as session:
            visible = session.scalars(select(AuditEntry).where(or_(AuditEntry.after.contains("visible")))).all()
        assert visible  # an ordinary note's tags stay in the trail
        # Made confidential later, an imported note's entry loses the tags it listed.
        [ordinary] = [n for n in notes.list_notes(other) if not n.confidential]
        # (one entry: the import writes the note's, listing its tags, and none for each tag)
        assert notes.edit_note(other, ordinary.id, confidential=True).trail_entries_scrubbed == 1
        assert left_in_trail(other, "visible") == []


# One step of a note's life: new words, new tags, (un)marking it confidential, or deleting it.
_steps = st.lists(st.one_of(st.just(("body",)), st.just(("tags",)), st.tuples(st.just("confidential"), st.booleans()),
                            st.just(("delete",))), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first_confidential=st.booleans(), steps=_steps)
def test_whatever_a_note_went_through_a_confidential_one_leaves_no_earlier_word_behind(
        db: Database, first_confidential: bool, steps: list[tuple]) -> None:
    # Every example writes its own words in the same database: they differ from all others'.
    example = next(_examples)
    words = iter(f"vexill{example:03d}x{n:02d}" for n in range(100))
    if db.target not in _reviews:
        _reviews[db.target] = reviews.create_review(db, "Kazakhstan", 1, 7)
    rec = recommendations.add_recommendation(db, _reviews[db.target], f"Recommendation {example}")
    body, tags = next(words), [next(words)]
    ever = {body, *tags}
    note = notes.add_note(db, f"Met {body}", recommendation_id=rec, tags=tags, confidential=first_confidential)
    confidential, deleted = first_confidential, False
    for step in steps:
        if step[0] == "body":
            body = next(words)
            notes.edit_note(db, note, body=f"Met {body}")
        elif step[0] == "tags":
            tags = [next(words)]
            notes.edit_note(db, note, tags=tags)
        elif step[0] == "confidential":
            confidential = step[1]
            notes.edit_note(db, note, confidential=confidential)
        else:
            notes.delete_note(db, note)
            deleted = True
            break
        ever |= {body, *tags}
    if not confidential:
        return  # an ordinary note's history is the trail's to keep
    gone = sorted(ever if deleted else ever - {body, *tags})
    assert left_in_trail(db, *ever) == []
    if db.backend.is_file:  # while the database is open: the app may be killed now
        assert left_in_file(db.path, *gone) == []


def test_a_failed_write_out_does_not_undo_a_committed_edit(db: Database, monkeypatch) -> None:
    import sqlite3
    from types import SimpleNamespace

    from upr_tracker.storage import fulltext

    class FullDisk:
        """An engine whose connections fail as on a full disk."""

        dialect = SimpleNamespace(name="sqlite")

        def raw_connection(self) -> FullDisk:
            return self

        def cursor(self) -> FullDisk:
            return self

        def execute(self, _sql: str) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            pass

    assert fulltext.write_out_purged_pages(FullDisk()) is False
    rec = a_recommendation(db)
    note = notes.add_note(db, f"Met {BODY_MARKER}", recommendation_id=rec)
    monkeypatch.setattr(notes, "write_out_purged_pages", lambda _engine: fulltext.write_out_purged_pages(FullDisk()))
    assert notes.edit_note(db, note, body="Met a source", confidential=True).made_confidential
    assert notes.list_notes(db)[0].confidential
    assert left_in_trail(db, BODY_MARKER) == []


def test_a_tag_edit_records_the_tags_added_and_removed_only(db: Database) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, "Met the ministry", recommendation_id=rec, tags=["meeting", "ministry"])
    notes.edit_note(db, note, body="Met the ministry again", tags=["meeting", "follow-up"])
    with db.read() as session:
        changes = sorted((e.action, e.record_id.split(",", 1)[1]) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "note_tag")))
    assert changes == [("create", "follow-up"), ("create", "meeting"), ("create", "ministry"), ("delete", "ministry")]
    assert notes.list_notes(db)[0].tags == ("follow-up", "meeting")


def test_a_tag_longer_than_a_record_id_is_kept_whole_and_leaves_the_trail_with_its_note(db: Database) -> None:
    rec = a_recommendation(db)
    tag = "Follow-up with the Ministry of Justice on the draft law on peaceful assembly"
    note = notes.add_note(db, "Met the ministry", recommendation_id=rec, tags=[tag])
    assert notes.list_notes(db)[0].tags == (tag,)
    with db.read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note_tag")).all()
    assert json.loads(entry.after)["tag"] == tag and entry.record_id.startswith(f"{note},")
    assert notes.edit_note(db, note, confidential=True).trail_entries_scrubbed >= 1
    assert left_in_trail(db, tag, tag[:20]) == []


def test_a_note_made_confidential_elsewhere_is_made_confidential_by_the_import(db: Database, tmp_path: Path) -> None:
    rec = a_recommendation(db)
    note = notes.add_note(db, f"Met {BODY_MARKER}", recommendation_id=rec, tags=[TAG_MARKER])
    export_json(db, tmp_path / "first.json", include_confidential=True)
    with Database.open(tmp_path / "colleague.sqlite3") as colleague:
        import_json_export(colleague, tmp_path / "first.json")
        assert left_in_trail(colleague, BODY_MARKER) == [BODY_MARKER]
        notes.edit_note(db, note, confidential=True)
        export_json(db, tmp_path / "second.json", include_confidential=True)
        report = import_json_export(colleague, tmp_path / "second.json")
        assert report.counts["notes"].updated == 1
        assert any("made confidential here too" in notice for notice in report.notices)
        [imported] = notes.list_notes(colleague)
        assert imported.confidential and imported.body == f"Met {BODY_MARKER}"
        assert left_in_trail(colleague, BODY_MARKER, TAG_MARKER) == []
        # The stricter wins: a note confidential here stays so, whatever the file says.
        notes.edit_note(db, note, confidential=False)
        export_json(db, tmp_path / "third.json", include_confidential=True)
        assert import_json_export(colleague, tmp_path / "third.json").counts["notes"].unchanged == 1
        assert notes.list_notes(colleague)[0].confidential


def at_revision_0007(path: Path) -> None:
    """The file as revision 0007 left it: the later migrations' schema changes undone, the revision set back
    (0008 changes data only)."""
    from alembic import command
    from sqlalchemy import text

    from upr_tracker.storage.engine import create_sqlite_engine
    from upr_tracker.storage.schema_upgrade import alembic_config

    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0008")
        connection.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    engine.dispose()


def test_notes_made_confidential_before_this_version_leave_the_trail_at_the_upgrade(db_path: Path) -> None:
    """Earlier versions kept the text a note had before it was marked confidential, and every
    confidential note's tags: the upgrade takes them out, as marking it now does."""

    with Database.open(db_path, actor="tester") as db:
        rec = a_recommendation(db)
        secret = notes.add_note(db, "Source", recommendation_id=rec, confidential=True, tags=["Quagmiretag"])
        ordinary = notes.add_note(db, "Met the court", recommendation_id=rec, tags=["Courtroomtag"])
        with db.write() as session:  # the entries an earlier version wrote: the text before, the tags unnamed
            session.add_all([
                AuditEntry(actor="tester", action="create", table_name="note", record_id=str(secret),
                           after=json.dumps({"body": f"Met {BODY_MARKER}", "confidential": False})),
                AuditEntry(actor="tester", action="create", table_name="note_tag", record_id="",
                           after=json.dumps({"note_id": None, "tag": "Quagmiretag"})),
                AuditEntry(actor="tester", action="delete", table_name="note_tag", record_id=f"{secret},{TAG_MARKER}",
                           before=json.dumps({"note_id": str(secret), "tag": TAG_MARKER}))])
        assert left_in_trail(db, BODY_MARKER, TAG_MARKER, "Quagmiretag") == [BODY_MARKER, TAG_MARKER, "Quagmiretag"]
    at_revision_0007(db_path)
    with Database.open(db_path, actor="tester") as db:
        assert left_in_trail(db, BODY_MARKER, TAG_MARKER, "Quagmiretag", "Courtroomtag") == ["Courtroomtag"]
        assert [n.body for n in notes.list_notes(db)] == ["Source", "Met the court"]
        assert notes.list_notes(db)[1].id == ordinary
    assert left_in_file(db_path, BODY_MARKER, TAG_MARKER) == []


def test_the_import_command_says_a_note_was_made_confidential(db: Database, tmp_path: Path, capsys) -> None:
    from upr_tracker.cli.main import main

    rec = a_recommendation(db)
    note = notes.add_note(db, f"Met {BODY_MARKER}", recommendation_id=rec)
    export_json(db, tmp_path / "first.json", include_confidential=True)
    notes.edit_note(db, note, confidential=True)
    export_json(db, tmp_path / "second.json", include_confidential=True)
    colleague = tmp_path / "colleague.sqlite3"
    assert main(["import", "--db", str(colleague), str(tmp_path / "first.json")]) == 0
    capsys.readouterr()
    assert main(["import", "--db", str(colleague), str(tmp_path / "second.json")]) == 0
    out = capsys.readouterr().out
    assert "notes: 0 created, 1 updated" in out
    assert "made confidential here too; its earlier text was removed from the audit trail (1 entry)" in out
