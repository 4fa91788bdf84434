"""Two people editing the same records at once, each with a Database of their own on the same
file or server database: no edit silently overwrites another, the second is told who changed what,
and chooses (reload, keep theirs, keep both for notes)."""

from __future__ import annotations

import json
import threading
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.two_people import two_people
from upr_tracker.errors import EditConflictError
from upr_tracker.services import assessments, edit_conflicts, milestones, notes, recommendation_editing, responses
from upr_tracker.services.audit_history import recommendation_history
from upr_tracker.services.recommendations import list_recommendation_ids
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, Response


@pytest.fixture
def two(db, postgresql_server):  # noqa: ANN001, ANN201
    """maria's Database and joseph's, a second one open on the same file or server database, which
    holds a review with two recommendations (one with a position) and a milestone."""
    review = create_review(db, "KAZ", 1, 7)
    recommendation_editing.add_recommendation_by_hand(
        db, review, label="97.1", text="Ratify the Optional Protocol to the Convention against Torture",
        recommending_states=["Denmark"],
        position=recommendation_editing.PositionGiven("supported", "A/HRC/14/10/Add.1", "5"))
    recommendation_editing.add_recommendation_by_hand(db, review, label="97.2", text="Abolish the death penalty")
    milestones.add_milestone(db, "KAZ", "moratorium", "Moratorium on executions", date="2003-12")
    with two_people(db, postgresql_server) as (maria, joseph):
        yield maria, joseph


def _a_recommendation(db: Database) -> uuid.UUID:
    return list_recommendation_ids(db)[0]


def test_the_second_edit_from_an_old_version_is_refused_saying_who_changed_what(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    seen_by_maria = recommendation_editing.editable_recommendation(maria, rec)
    seen_by_joseph = recommendation_editing.editable_recommendation(joseph, rec)
    assert seen_by_maria.version == seen_by_joseph.version

    recommendation_editing.edit_recommendation(joseph, rec, text="Ratify the Optional Protocol (joseph's wording)",
                                               expected_version=seen_by_joseph.version)
    with pytest.raises(EditConflictError) as raised:
        recommendation_editing.edit_recommendation(maria, rec, text="Ratify the Optional Protocol (maria's wording)",
                                                   expected_version=seen_by_maria.version)
    error = raised.value
    assert error.table == "recommendation" and error.record_id == rec
    assert error.expected_version == seen_by_maria.version
    assert error.current_version == seen_by_maria.version + 1
    [change] = error.changes
    assert change.actor == "joseph" and change.action == "update"
    assert [(f.field, f.after) for f in change.fields] == [("text", "Ratify the Optional Protocol (joseph's wording)")]
    assert "Changed by joseph at" in str(error) and "joseph's wording" in str(error)
    # Nothing of maria's was written: joseph's text stands.
    assert recommendation_editing.editable_recommendation(maria, rec).text.endswith("(joseph's wording)")


def test_reload_then_edit_from_the_new_version_goes_through(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    old = recommendation_editing.editable_recommendation(maria, rec).version
    recommendation_editing.edit_recommendation(joseph, rec, action_category=5, expected_version=old)
    with pytest.raises(EditConflictError):
        recommendation_editing.edit_recommendation(maria, rec, action_category=2, expected_version=old)
    reloaded = recommendation_editing.editable_recommendation(maria, rec)
    assert reloaded.action_category == 5
    recommendation_editing.edit_recommendation(maria, rec, action_category=2, expected_version=reloaded.version)
    assert recommendation_editing.editable_recommendation(joseph, rec).action_category == 2


def test_keep_mine_overwrites_and_the_trail_says_so(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    old = recommendation_editing.editable_recommendation(maria, rec).version
    recommendation_editing.edit_recommendation(joseph, rec, text="joseph's text", expected_version=old)
    with pytest.raises(EditConflictError) as raised:
        recommendation_editing.edit_recommendation(maria, rec, text="maria's text", expected_version=old)

    edit_conflicts.keep_mine(maria, raised.value, lambda version: recommendation_editing.edit_recommendation(
        maria, rec, text="maria's text", expected_version=version))
    assert recommendation_editing.editable_recommendation(joseph, rec).text == "maria's text"
    history = recommendation_history(maria, rec)
    assert [(c.actor, c.action) for c in history[:3]] == [("maria", "overwrite"), ("maria", "update"),
                                                          ("joseph", "update")]
    with maria.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "overwrite")).one()
        [overwritten] = json.loads(entry.after)["overwrote"]
    assert overwritten["actor"] == "joseph" and overwritten["version"] == old + 1


def test_themes_and_recommending_states_changed_alone_make_a_new_version(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    old = recommendation_editing.editable_recommendation(maria, rec).version
    recommendation_editing.edit_recommendation(joseph, rec, add_themes=["Torture and other CID treatment"],
                                               expected_version=old)
    assert recommendation_editing.editable_recommendation(maria, rec).version == old + 1
    with pytest.raises(EditConflictError) as raised:
        recommendation_editing.edit_recommendation(maria, rec, add_themes=["Death penalty"], expected_version=old)
    assert [f.field for f in raised.value.changes[0].fields] == ["terms"]
    assert "terms: changed" in str(raised.value)  # not the themes' ids


def test_without_an_expected_version_edits_go_through_as_before(two) -> None:  # noqa: ANN001
    """The command line and undo give no version: last write wins, as it did."""
    maria, joseph = two
    rec = _a_recommendation(maria)
    recommendation_editing.edit_recommendation(joseph, rec, text="one")
    recommendation_editing.edit_recommendation(maria, rec, text="two")
    assert recommendation_editing.editable_recommendation(joseph, rec).text == "two"


def test_notes_conflict_and_keep_both_saves_mine_as_a_new_note(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    note_id = notes.add_note(maria, "Met the ministry on 3 May.", recommendation_id=rec)
    [shown] = [n for n in notes.list_notes(maria, recommendation_id=rec) if n.id == note_id]
    notes.edit_note(joseph, note_id, body="Met the ministry on 3 May; follow-up in June.",
                    expected_version=shown.version)
    with pytest.raises(EditConflictError) as raised:
        notes.edit_note(maria, note_id, body="Met the ministry and the ombudsman on 3 May.",
                        expected_version=shown.version)
    assert raised.value.changes[0].actor == "joseph"
    assert "follow-up in June" in str(raised.value)
    # Keep both: maria's words become a note of their own, joseph's stays.
    notes.add_note(maria, "Met the ministry and the ombudsman on 3 May.", recommendation_id=rec)
    bodies = sorted(n.body for n in notes.list_notes(joseph, recommendation_id=rec))
    assert bodies == ["Met the ministry and the ombudsman on 3 May.", "Met the ministry on 3 May; follow-up in June."]


def test_a_confidential_notes_words_stay_out_of_the_conflict(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    note_id = notes.add_note(maria, "Witness A said so.", recommendation_id=rec, confidential=True)
    version = notes.list_notes(maria, recommendation_id=rec)[0].version
    notes.edit_note(joseph, note_id, body="Witness A and B said so.", expected_version=version)
    with pytest.raises(EditConflictError) as raised:
        notes.edit_note(maria, note_id, body="Witness A said it twice.", expected_version=version)
    assert "Witness" not in str(raised.value)


def test_a_record_deleted_meanwhile_is_a_conflict_naming_who(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    note_id = notes.add_note(maria, "To delete.", recommendation_id=rec)
    version = notes.list_notes(maria, recommendation_id=rec)[0].version
    notes.delete_note(joseph, note_id)
    with pytest.raises(EditConflictError) as raised:
        notes.edit_note(maria, note_id, body="Edited.", expected_version=version)
    assert raised.value.current_version is None
    assert [(c.actor, c.action) for c in raised.value.changes] == [("joseph", "delete")]
    assert "Deleted by joseph" in str(raised.value)


def test_assessments_milestones_and_positions_check_their_version(two) -> None:  # noqa: ANN001
    maria, joseph = two
    rec = _a_recommendation(maria)
    assessment_id = assessments.add_assessment(maria, rec, "ngo", "partially implemented")
    with maria.read() as session:
        response = session.scalars(select(Response)).first()
        response_id, response_version = response.id, response.version
    info = assessments.edit_assessment(joseph, assessment_id, level="fully implemented", expected_version=1)
    assert info.version == 2
    with pytest.raises(EditConflictError):
        assessments.edit_assessment(maria, assessment_id, level="not implemented", expected_version=1)

    milestone = milestones.list_milestones(maria)[0]
    milestones.edit_milestone(joseph, milestone.id, title="Moratorium on executions (renewed)",
                              expected_version=milestone.version)
    with pytest.raises(EditConflictError) as raised:
        milestones.edit_milestone(maria, milestone.id, title="Moratorium", expected_version=milestone.version)
    assert "Moratorium on executions (renewed)" in str(raised.value)

    responses.correct_position(joseph, response_id, "noted", expected_version=response_version)
    with pytest.raises(EditConflictError):
        responses.correct_position(maria, response_id, "supported", expected_version=response_version)


def test_two_edits_racing_between_check_and_write_one_is_refused(two) -> None:  # noqa: ANN001
    """Both read version N at once and both write: the row is written only WHERE it is still at the
    version read, so one of them is told, whichever commits second."""
    maria, joseph = two
    rec = _a_recommendation(maria)
    version = recommendation_editing.editable_recommendation(maria, rec).version
    outcomes: dict[str, object] = {}
    start = threading.Barrier(2)

    def edit(db: Database, words: str) -> None:
        start.wait()
        try:
            recommendation_editing.edit_recommendation(db, rec, text=words, expected_version=version)
            outcomes[db.actor] = "saved"
        except EditConflictError as exc:
            outcomes[db.actor] = exc
        except Exception as exc:  # noqa: BLE001 (the test reports it)
            outcomes[db.actor] = exc

    threads = [threading.Thread(target=edit, args=(maria, "maria's")), threading.Thread(target=edit, args=(joseph, "joseph's"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(type(o).__name__ if not isinstance(o, str) else o for o in outcomes.values()) == [
        "EditConflictError", "saved"], outcomes
    assert recommendation_editing.editable_recommendation(maria, rec).version == version + 1


class _HeldAtTheEnd:
    """An import's progress that holds the import at its last step, inside its unit of work (all
    written, nothing committed), until the other person is done."""

    def __init__(self) -> None:
        self.holding = threading.Event()
        self.release = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if done == total:
            self.holding.set()
            self.release.wait(60)

    def check_cancelled(self) -> None:
        pass


def test_a_long_import_does_not_block_others_reading_and_editing_another_review(
        two, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """While maria's import of a Working Group report is under way (its rows written, not yet
    committed), joseph reads the database and, on a server, edits a recommendation of another
    review and writes a note, without waiting for the import. (On a file one writer at a time
    writes: there joseph only reads, which WAL allows.)"""
    from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT
    from upr_tracker.services import document_import

    maria, joseph = two
    # (The planner statistics of the server's search tables come with the server's full-text search.)
    monkeypatch.setattr(document_import, "refresh_planner_statistics", lambda _session: None)
    france = create_review(maria, "FRA", 2, 15)
    other = recommendation_editing.add_recommendation_by_hand(maria, france, label="120.1", text="Ratify the OP")
    before = len(list_recommendation_ids(joseph))
    held = _HeldAtTheEnd()
    outcome: dict[str, object] = {}

    def import_it() -> None:
        try:
            outcome["report"] = document_import.import_document(maria, KAZAKHSTAN_WG_REPORT_TXT, progress=held)
        except Exception as exc:  # noqa: BLE001 (reported by the test)
            outcome["error"] = exc

    def joseph_works() -> None:
        outcome["seen"] = len(list_recommendation_ids(joseph))
        if joseph.backend.name == "postgresql":
            version = recommendation_editing.editable_recommendation(joseph, other).version
            recommendation_editing.edit_recommendation(joseph, other, text="Ratify the Optional Protocol",
                                                       expected_version=version)
            notes.add_note(joseph, "Asked the ministry.", recommendation_id=other)
        outcome["joseph done"] = True

    importer = threading.Thread(target=import_it)
    importer.start()
    try:
        assert held.holding.wait(60), outcome.get("error")
        worker = threading.Thread(target=joseph_works)
        worker.start()
        worker.join(10)
        assert not worker.is_alive(), "joseph waited for the import"
        assert outcome.get("joseph done"), outcome
        assert outcome["seen"] == before  # the import is not visible before its commit
    finally:
        held.release.set()
        importer.join(60)
    assert "error" not in outcome, outcome.get("error")
    assert len(list_recommendation_ids(joseph)) > before
    if joseph.backend.name == "postgresql":
        assert recommendation_editing.editable_recommendation(maria, other).text == "Ratify the Optional Protocol"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(st.tuples(st.sampled_from(["maria", "joseph"]), st.booleans()), min_size=1, max_size=8))
def test_whatever_the_order_an_edit_from_an_older_version_never_goes_through(two, turns) -> None:  # noqa: ANN001
    """Each person edits from the version they last read, reading again (`reload`) or not before
    each edit: an edit goes through exactly when nobody saved since that read, each counts one
    version, and the text is always the last saved one."""
    people = dict(zip(("maria", "joseph"), two))
    rec = _a_recommendation(people["maria"])
    read = {name: recommendation_editing.editable_recommendation(db, rec).version for name, db in people.items()}
    current = recommendation_editing.editable_recommendation(people["maria"], rec)
    version, text = current.version, current.text
    for turn, (name, reload) in enumerate(turns):
        if reload:
            read[name] = recommendation_editing.editable_recommendation(people[name], rec).version
        words = f"{name}'s wording, turn {turn} ({uuid.uuid4().hex[:8]})"  # (examples share the database)
        if read[name] == version:
            edit = recommendation_editing.edit_recommendation(people[name], rec, text=words, expected_version=read[name])
            version, text, read[name] = version + 1, words, edit.version
            assert edit.version == version
        else:
            with pytest.raises(EditConflictError) as raised:
                recommendation_editing.edit_recommendation(people[name], rec, text=words, expected_version=read[name])
            assert raised.value.current_version == version
            assert len(raised.value.changes) == version - read[name]
        shown = recommendation_editing.editable_recommendation(people["joseph"], rec)
        assert (shown.version, shown.text) == (version, text)
