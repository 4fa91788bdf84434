"""Others' changes reach a window without a restart: on PostgreSQL by LISTEN/NOTIFY within a
second, on an SQLite file by polling the newest audit entry; a Database's own changes are not
announced back to it."""

from __future__ import annotations

import queue
import time

import pytest

from tests.two_people import two_people
from upr_tracker.services import notes, recommendation_editing
from upr_tracker.services.recommendations import list_recommendation_ids
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.change_notices import (ChangeNotice, ListeningWatcher, PollingWatcher, notice_from_payload,
                                                watch_changes)
from upr_tracker.storage.models import Note


@pytest.fixture
def two(db, postgresql_server):  # noqa: ANN001, ANN201
    review = create_review(db, "KAZ", 1, 7)
    recommendation_editing.add_recommendation_by_hand(db, review, label="97.1", text="Abolish the death penalty")
    with two_people(db, postgresql_server) as people:
        yield people


def _next(notices: queue.Queue, seconds: float) -> ChangeNotice:
    return notices.get(timeout=seconds)


def test_a_change_by_another_database_is_noticed(two) -> None:  # noqa: ANN001
    maria, joseph = two
    notices: queue.Queue = queue.Queue()
    watcher = watch_changes(maria, notices.put, interval=0.2)
    try:
        rec = list_recommendation_ids(joseph)[0]
        started = time.monotonic()
        recommendation_editing.edit_recommendation(joseph, rec, text="Abolish the death penalty in law")
        notice = _next(notices, 5)
        waited = time.monotonic() - started
        assert "recommendation" in notice.tables
        assert notice.actors == ("joseph",)
        if maria.backend.name == "postgresql":
            assert isinstance(watcher, ListeningWatcher)
            assert waited < 1.0
        else:
            assert isinstance(watcher, PollingWatcher)

        notes.add_note(joseph, "Met the ministry.", recommendation_id=rec)
        notice = _next(notices, 5)
        assert "note" in notice.tables and "note" in notice.rows_added_or_removed
    finally:
        watcher.stop()


def test_own_changes_are_not_announced_back(two) -> None:  # noqa: ANN001
    maria, joseph = two
    notices: queue.Queue = queue.Queue()
    watcher = watch_changes(maria, notices.put, interval=0.2)
    try:
        rec = list_recommendation_ids(maria)[0]
        recommendation_editing.edit_recommendation(maria, rec, text="Maria's own change")
        with pytest.raises(queue.Empty):
            _next(notices, 1.5)
        recommendation_editing.edit_recommendation(joseph, rec, text="Joseph's change")
        assert _next(notices, 5).actors == ("joseph",)
    finally:
        watcher.stop()


def test_a_rolled_back_change_is_not_announced(two) -> None:  # noqa: ANN001
    maria, joseph = two
    notices: queue.Queue = queue.Queue()
    watcher = watch_changes(maria, notices.put, interval=0.2)
    try:
        rec = list_recommendation_ids(joseph)[0]
        with pytest.raises(RuntimeError), joseph.write() as session:
            session.add(Note(body="never saved", author="joseph", recommendation_id=rec))
            session.flush()
            raise RuntimeError("the change fails before its commit")
        with pytest.raises(queue.Empty):
            _next(notices, 1.5)
    finally:
        watcher.stop()


def test_the_polling_watcher_works_on_a_server_too(two) -> None:  # noqa: ANN001
    """Where LISTEN is not possible (a pooler), polling is the fallback, on either backend."""
    maria, joseph = two
    notices: queue.Queue = queue.Queue()
    watcher = PollingWatcher(maria, notices.put, interval=0.2).start()
    try:
        notes.add_note(joseph, "A note.", recommendation_id=list_recommendation_ids(joseph)[0])
        assert "note" in _next(notices, 5).tables
    finally:
        watcher.stop()


def test_a_payload_not_of_ours_is_ignored() -> None:
    assert notice_from_payload("not json") is None
    assert notice_from_payload('{"no": "tables"}') is None
    sender, notice = notice_from_payload('{"tables": ["note"], "rows": ["note"], "actor": "ana", "sender": "x", "pid": 7}')
    assert sender == "x" and notice.tables == {"note"} and notice.actors == ("ana",)
