"""The dashboard: the first screen when a database opens. Upcoming deadlines (with a reminder of
those close at hand), reviews with answers pending, recommendations to review, what changed, and
each review's recommendations by position and implementation level in small bars. Every item
opens what it names. The figures are read off the GUI thread (services.dashboard)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.implementation import ImplementationLevel
from upr_tracker.domain.positions import Position
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.services.changes import MILESTONE, RECOMMENDATION, REVIEW
from upr_tracker.services.dashboard import (
    DEFAULT_REMINDER_WEEKS,
    Dashboard,
    Deadline,
    ReviewCounts,
    build_dashboard,
)
from upr_tracker.services.changes import last_seen
from upr_tracker.storage.database import Database

# The reminder names this many deadlines; the list below has them all.
BANNER_LINES = 5
# The first time, "what changed" covers the last week.
DEFAULT_SINCE_DAYS = 7
ItemRole = Qt.ItemDataRole.UserRole + 1          # (kind, id) of what an item opens
REMINDER_SETTING = "dashboard/reminder_weeks"

POSITION_COLOURS = (
    (Position.SUPPORTED.value, "Supported", "#2e7d32"),
    (Position.PARTIALLY_SUPPORTED.value, "Partially supported", "#81c784"),
    (Position.NOTED.value, "Noted", "#9e9e9e"),
    (Position.PENDING.value, "Pending", "#f9a825"),
    ("none", "No position", "#e0e0e0"),
)
LEVEL_COLOURS = (
    (ImplementationLevel.FULLY_IMPLEMENTED.value, "Fully implemented", "#1565c0"),
    (ImplementationLevel.PARTIALLY_IMPLEMENTED.value, "Partially implemented", "#64b5f6"),
    (ImplementationLevel.NOT_IMPLEMENTED.value, "Not implemented", "#e57373"),
    ("none", "Not assessed", "#cfd8dc"),
)


def reminder_weeks() -> int:
    value = QSettings().value(REMINDER_SETTING, DEFAULT_REMINDER_WEEKS)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_REMINDER_WEEKS


def deadline_text(deadline: Deadline, today: dt.date) -> str:
    days = deadline.days_left(today)
    if days < 0:
        when = f"{-days} day{'s' if days != -1 else ''} ago"
    elif days == 0:
        when = "today"
    else:
        when = f"in {days} day{'s' if days != 1 else ''}" if days < 60 else f"in {round(days / 30.4)} months"
    estimated = " (estimated)" if deadline.estimated else ""
    return f"{deadline.what}{estimated}: {deadline.subject}, {deadline.due_on:%-d %B %Y} ({when})"


class ReviewBars(QWidget):
    """Each review's recommendations as two stacked bars: by position, by implementation level.
    A click on a review's row opens it."""

    review_chosen = Signal(object)
    ROW = 46

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_bars")
        self.reviews: list[ReviewCounts] = []
        self.setMouseTracking(True)

    def set_reviews(self, reviews: list[ReviewCounts]) -> None:
        self.reviews = [r for r in reviews if r.total]
        self.setMinimumHeight(max(1, len(self.reviews)) * self.ROW + 4)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.reviews)) * self.ROW + 4)

    def row_rect(self, row: int) -> QRect:
        return QRect(0, row * self.ROW, self.width(), self.ROW)

    def _bar(self, painter: QPainter, rect: QRect, counts: dict[str, int], colours: tuple, total: int) -> None:
        x = rect.left()
        for key, _label, colour in colours:
            count = counts.get(key, 0)
            if not count:
                continue
            width = round(rect.width() * count / total)
            painter.fillRect(QRect(x, rect.top(), max(1, width), rect.height()), QColor(colour))
            x += width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        first = max(0, event.rect().top() // self.ROW)
        last = min(len(self.reviews), event.rect().bottom() // self.ROW + 1)
        for row in range(first, last):
            review = self.reviews[row]
            rect = self.row_rect(row)
            painter.setPen(self.palette().text().color())
            text = f"{review.title} — {review.total} recommendations"
            painter.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8))
            top = rect.top() + metrics.height() + 4
            bar_width = rect.width() - 8
            self._bar(painter, QRect(4, top, bar_width, 9), review.by_position, POSITION_COLOURS, review.total)
            self._bar(painter, QRect(4, top + 12, bar_width, 9), review.by_level, LEVEL_COLOURS, review.total)
        painter.end()

    def review_at(self, y: int) -> ReviewCounts | None:
        row = y // self.ROW
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        review = self.review_at(int(event.position().y()))
        if review is None:
            self.setToolTip("")
            return
        positions = ", ".join(f"{label} {review.by_position[key]}" for key, label, _c in POSITION_COLOURS
                              if review.by_position.get(key))
        levels = ", ".join(f"{label} {review.by_level[key]}" for key, label, _c in LEVEL_COLOURS
                           if review.by_level.get(key))
        self.setToolTip(f"{review.title}\nPositions: {positions}\nImplementation: {levels}\nClick to show them.")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        review = self.review_at(int(event.position().y()))
        if review is not None and event.button() == Qt.MouseButton.LeftButton:
            self.review_chosen.emit(review.review_id)


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(len(headers) == 1)
    tree.setUniformRowHeights(True)
    tree.setWordWrap(False)
    return tree


def _item(texts: list[str], kind: str | None = None, subject: uuid.UUID | None = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    if kind is not None and subject is not None:
        item.setData(0, ItemRole, (kind, subject))
        item.setToolTip(0, texts[0] + "\nClick to open it.")
    return item


class DashboardView(QWidget):
    recommendation_chosen = Signal(object)   # uuid.UUID
    review_chosen = Signal(object)
    milestone_chosen = Signal(object)
    review_dates_requested = Signal(object)
    loaded = Signal()

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.database_getter = database_getter
        self.tasks = tasks
        self.since: dt.datetime | None = None
        self.dashboard: Dashboard | None = None
        self._generation = 0
        self._build()

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("reminder_banner")
        self.banner.setStyleSheet("#reminder_banner { background: #fff8e1; border: 1px solid #ffca28; "
                                  "border-radius: 4px; }")
        self.banner_label = QLabel()
        self.banner_label.setObjectName("reminder_text")
        self.banner_label.setWordWrap(True)
        dismiss = QPushButton("Dismiss")
        dismiss.clicked.connect(self.banner.hide)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.weeks_box = QSpinBox()
        self.weeks_box.setObjectName("reminder_weeks")
        self.weeks_box.setRange(0, 104)
        self.weeks_box.setSuffix(" weeks")
        self.weeks_box.setValue(reminder_weeks())
        self.weeks_box.valueChanged.connect(self._on_weeks_changed)
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("since_edit")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate().addDays(-7))
        self.since_edit.dateChanged.connect(self._on_since_changed)
        refresh = QPushButton("&Refresh")
        refresh.clicked.connect(self.reload)
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Remind me of deadlines"))
        controls.addWidget(self.weeks_box)
        controls.addWidget(QLabel("ahead.   Changes since"))
        controls.addWidget(self.since_edit)
        controls.addStretch(1)
        controls.addWidget(refresh)

        self.deadlines = _tree("deadlines", ["Date", "Deadline", "Of"])
        self.pending = _tree("pending_reviews", ["Review", "Pending", "To review", "Problems"])
        self.to_review = _tree("to_review", ["Recommendation"])
        self.changes = _tree("changes", ["What changed"])
        self.bars = ReviewBars()
        self.bars.review_chosen.connect(self.review_chosen)
        for tree in (self.deadlines, self.pending, self.to_review, self.changes):
            tree.itemClicked.connect(self._on_item_clicked)
            tree.itemActivated.connect(self._on_item_clicked)
        self.edit_dates_button = QPushButton("Review &dates…")
        self.edit_dates_button.setToolTip("Edit the dates of the review of the selected deadline or pending review")
        self.edit_dates_button.clicked.connect(self._edit_dates_of_selection)
        bars_scroll = QScrollArea()
        bars_scroll.setWidgetResizable(True)
        bars_scroll.setWidget(self.bars)
        legend = QLabel(" ".join(f"<span style='color:{c}'>■</span> {label}" for _k, label, c in
                                 POSITION_COLOURS + LEVEL_COLOURS))
        legend.setWordWrap(True)

        self.summary = QLabel()
        self.summary.setObjectName("dashboard_summary")
        deadlines_box = self._box("Upcoming deadlines", self.deadlines, self.edit_dates_button)
        pending_box = self._box("Reviews with answers pending", self.pending)
        review_box = self._box("Recommendations to review", self.to_review, self.summary)
        self.changes_box = self._box("What changed", self.changes)
        bars_box = self._box("Recommendations by position (upper bar) and implementation (lower bar)", bars_scroll,
                             legend)
        grid = QGridLayout()
        grid.addWidget(deadlines_box, 0, 0)
        grid.addWidget(self.changes_box, 0, 1, 2, 1)
        grid.addWidget(pending_box, 1, 0)
        grid.addWidget(review_box, 2, 0)
        grid.addWidget(bars_box, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(controls)
        layout.addLayout(grid, 1)

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    # --- loading --------------------------------------------------------------------------------
    def set_since(self, since: dt.datetime | None) -> None:
        """The moment changes are shown from (when the user last looked), without reloading."""
        self.since = since
        day = (since or dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=DEFAULT_SINCE_DAYS)).astimezone().date()
        self.since_edit.blockSignals(True)
        self.since_edit.setDate(QDate(day.year, day.month, day.day))
        self.since_edit.blockSignals(False)

    def _since_chosen(self) -> dt.datetime:
        if self.since is not None:
            return self.since
        day = self.since_edit.date().toPython()
        return dt.datetime.combine(day, dt.time()).astimezone()

    def reload(self, *, since_last_seen: bool = False, when_read: Callable[[], None] | None = None) -> None:
        """Read the figures off the GUI thread. With `since_last_seen`, the changes start from when
        the user last looked at this database (read in the same task: the dashboard is the first
        thing shown, so it is read at once, before the table's rows)."""
        self._generation += 1
        generation = self._generation
        database, since, weeks = self.database_getter(), self._since_chosen(), self.weeks_box.value()

        def work(_task: Task) -> tuple[dt.datetime | None, Dashboard]:
            seen = last_seen(database) if since_last_seen else since
            start = seen or dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=DEFAULT_SINCE_DAYS)
            return seen, build_dashboard(database, since=start, reminder_weeks=weeks)

        def done(result: tuple[dt.datetime | None, Dashboard]) -> None:
            if when_read is not None:
                when_read()
            if since_last_seen and generation == self._generation:
                self.set_since(result[0])
            self._show(generation, result[1])

        def failed(exc: BaseException) -> None:
            if when_read is not None:
                when_read()
            self._failed(generation, exc)

        self.tasks.run(work, urgent=True, on_success=done, on_failure=failed)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.summary.setText(f"The dashboard could not be read: {exc}")

    def _on_weeks_changed(self, weeks: int) -> None:
        QSettings().setValue(REMINDER_SETTING, weeks)
        if self.dashboard is not None:
            self._show_reminders(dataclasses.replace(self.dashboard, reminder_weeks=weeks))

    def _on_since_changed(self, _date: QDate) -> None:
        self.since = None   # the day chosen now
        self.reload()

    # --- showing --------------------------------------------------------------------------------
    def _show(self, generation: int, board: Dashboard) -> None:
        if generation != self._generation:
            return
        self.dashboard = board
        self._show_reminders(board)
        self.deadlines.clear()
        for deadline in board.deadlines:
            what = deadline.what + (" (estimated)" if deadline.estimated else "")
            item = _item([f"{deadline.due_on:%Y-%m-%d}", what, deadline.subject], deadline.kind, deadline.subject_id)
            if deadline.estimated:
                item.setToolTip(1, "Derived from the calendar of sessions: Review dates… gives the real one")
            if deadline.overdue(board.today):
                item.setForeground(1, QColor("#c5221f"))
            self.deadlines.addTopLevelItem(item)
        if not board.deadlines:
            self.deadlines.addTopLevelItem(QTreeWidgetItem(["", "No deadline ahead"]))
        self.pending.clear()
        for review in board.reviews:
            if review.pending or review.needs_review or review.open_problems:
                self.pending.addTopLevelItem(_item([review.title, str(review.pending), str(review.needs_review),
                                                    str(review.open_problems)], REVIEW, review.review_id))
        self.to_review.clear()
        for rec in board.to_review:
            self.to_review.addTopLevelItem(_item([rec.title], RECOMMENDATION, rec.recommendation_id))
        self.summary.setText(f"{board.needs_review_total:,} recommendations flagged for review, "
                             f"{board.open_problems_total:,} import problems open (Tools ▸ Problems to review).")
        self._show_changes(board)
        self.bars.set_reviews(board.reviews)
        for tree in (self.deadlines, self.pending):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        self.loaded.emit()

    def _show_reminders(self, board: Dashboard) -> None:
        reminders = board.reminders()
        if not reminders:
            self.banner.hide()
            return
        lines = "".join(f"<li>{html.escape(deadline_text(d, board.today))}</li>" for d in reminders[:BANNER_LINES])
        more = len(reminders) - BANNER_LINES
        if more > 0:
            lines += f"<li>… and {more} more: see Upcoming deadlines below</li>"
        self.banner_label.setText(f"<b>Within {board.reminder_weeks} weeks:</b><ul style='margin:0'>{lines}</ul>")
        self.banner.show()

    def _show_changes(self, board: Dashboard) -> None:
        self.changes.clear()
        report = board.changes
        if report is None:
            return
        since = report.since.astimezone()
        self.changes_box.setTitle(f"What changed since {since:%-d %B %Y %H:%M} ({report.count})")
        kinds = {"recommendation": RECOMMENDATION, "milestone": MILESTONE, "review": REVIEW}
        for group in report.groups:
            top = _item([f"{group.kind.capitalize()}: {group.title}"], kinds[group.kind], group.subject_id)
            for change in group.changes:
                child = _item([f"{change.at.astimezone():%Y-%m-%d %H:%M}  {change.actor}: {change.description}"],
                              kinds[group.kind], group.subject_id)
                top.addChild(child)
            self.changes.addTopLevelItem(top)
        if not report.groups:
            self.changes.addTopLevelItem(QTreeWidgetItem(["Nothing changed since then."]))

    # --- opening --------------------------------------------------------------------------------
    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, ItemRole)
        if not target:
            return
        kind, subject = target
        signal = {RECOMMENDATION: self.recommendation_chosen, REVIEW: self.review_chosen,
                  MILESTONE: self.milestone_chosen}[kind]
        signal.emit(subject)

    def _edit_dates_of_selection(self) -> None:
        for tree in (self.deadlines, self.pending):
            item = tree.currentItem()
            target = item.data(0, ItemRole) if item is not None else None
            if target and target[0] == REVIEW:
                self.review_dates_requested.emit(target[1])
                return
        reviews = [r for r in (self.dashboard.reviews if self.dashboard else []) if r.total]
        if reviews:
            self.review_dates_requested.emit(reviews[0].review_id)
