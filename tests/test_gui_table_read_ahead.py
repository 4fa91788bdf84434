"""The recommendations table model reads the pages around the one in view ahead of time, and a
page read for rows that have since changed is dropped."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence

from upr_tracker.gui.recommendation_table_model import CACHED_PAGES, PAGE_SIZE, RecommendationTableModel
from upr_tracker.services.values import RecommendationRow


def make_row(recommendation_id: uuid.UUID, text: str = "Ratify the Convention") -> RecommendationRow:
    return RecommendationRow(
        id=recommendation_id, review_id=uuid.UUID(int=1), state_iso3="KAZ", cycle=1, session=7,
        label=str(recommendation_id.int), text=text, recommending_states=("France",), position="supported",
        considered_implemented=False, needs_review=False, implementation_level=None, themes=(),
        action_category=None, last_activity_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))


class FakeDatabase:
    """Counts the table's own (blocking) reads and keeps the read-ahead requests to answer later."""

    def __init__(self) -> None:
        self.blocking_reads: list[list[uuid.UUID]] = []
        self.requests: list[tuple[list[uuid.UUID], Callable[[list[RecommendationRow]], None]]] = []
        self.text = "Ratify the Convention"

    def fetch(self, ids: Sequence[uuid.UUID]) -> list[RecommendationRow]:
        self.blocking_reads.append(list(ids))
        return [make_row(i, self.text) for i in ids]

    def prefetch(self, ids: list[uuid.UUID], deliver: Callable[[list[RecommendationRow]], None]) -> None:
        self.requests.append((ids, deliver))

    def answer_all(self) -> None:
        requests, self.requests = self.requests, []
        for ids, deliver in requests:
            deliver([make_row(i, self.text) for i in ids])


def keys(count: int) -> list[str]:
    return [uuid.UUID(int=n + 1).hex for n in range(count)]


def test_the_next_page_is_read_ahead_and_scrolling_into_it_reads_nothing(qtmodeltester) -> None:
    database = FakeDatabase()
    checked = RecommendationTableModel(database.fetch, prefetch=database.prefetch)
    checked.set_keys(keys(PAGE_SIZE * 3))
    qtmodeltester.check(checked)  # a model of its own: the tester reads rows whenever they change
    database.blocking_reads.clear()
    database.requests.clear()
    model = RecommendationTableModel(database.fetch, prefetch=database.prefetch)
    model.set_keys(keys(PAGE_SIZE * 3))

    assert model.index(0, 1).data() == "1"
    assert len(database.blocking_reads) == 1  # page 0, read when first shown
    asked = [ids[0].int for ids, _ in database.requests]
    assert asked == [PAGE_SIZE + 1]  # page 1 (there is no page -1)
    database.answer_all()
    assert model.index(PAGE_SIZE, 1).data() == str(PAGE_SIZE + 1)
    assert model.index(2 * PAGE_SIZE - 1, 3).data() == "Ratify the Convention"
    assert len(database.blocking_reads) == 1  # page 1 came from the read-ahead
    # Being on page 1 asks for page 2 (page 0 is there already), once however often it is painted.
    model.index(PAGE_SIZE + 5, 1).data()
    assert [ids[0].int for ids, _ in database.requests] == [2 * PAGE_SIZE + 1]


def test_the_first_page_can_come_with_the_ids() -> None:
    database = FakeDatabase()
    model = RecommendationTableModel(database.fetch, prefetch=database.prefetch)
    ids = keys(PAGE_SIZE + 10)
    model.set_keys(ids, [make_row(uuid.UUID(hex=k), "Read with the ids") for k in ids[:PAGE_SIZE]])
    assert model.index(3, 3).data() == "Read with the ids"
    assert database.blocking_reads == []


def test_a_page_read_ahead_for_older_rows_is_dropped() -> None:
    database = FakeDatabase()
    model = RecommendationTableModel(database.fetch, prefetch=database.prefetch)
    model.set_keys(keys(PAGE_SIZE * 2))
    model.index(0, 1).data()
    assert len(database.requests) == 1
    database.text = "Text before the edit"
    stale = database.requests
    database.requests = []
    model.refresh_rows()  # an edit: every row must be read again
    database.text = "Text after the edit"
    for ids, deliver in stale:
        deliver([make_row(i, "Text before the edit") for i in ids])
    assert model.index(PAGE_SIZE + 1, 3).data() == "Text after the edit"


def test_the_cache_keeps_a_bounded_number_of_pages() -> None:
    database = FakeDatabase()
    model = RecommendationTableModel(database.fetch, prefetch=database.prefetch)
    pages = CACHED_PAGES * 2
    model.set_keys(keys(PAGE_SIZE * pages))
    for page in range(pages):
        model.index(page * PAGE_SIZE, 1).data()
        database.answer_all()
    assert len(database.blocking_reads) == 1  # every later page was read ahead
    first_read = len(database.blocking_reads)
    assert model.index(0, 1).data() == "1"  # page 0 left the cache long ago: read again
    assert len(database.blocking_reads) == first_read + 1
