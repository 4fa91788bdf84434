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
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTime,
    Signal,
)
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
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.display import local_time_text
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import level_label, position_label
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
    ("none", QT_TRANSLATE_NOOP("ReviewBars", "No position"), "#e0e0e0"),
)
LEVEL_COLOURS = (
    (ImplementationLevel.FULLY_IMPLEMENTED.value, "Fully implemented", "#1565c0"),
    (ImplementationLevel.PARTIALLY_IMPLEMENTED.value, "Partially implemented", "#64b5f6"),
    (ImplementationLevel.NOT_IMPLEMENTED.value, "Not implemented", "#e57373"),
    ("none", QT_TRANSLATE_NOOP("ReviewBars", "Not assessed"), "#cfd8dc"),
)


def position_name(key: str, label: str) -> str:
    """A bar's part in the window's language (the domain's word, or "No position")."""
    return translate("ReviewBars", label) if key == "none" else position_label(key)


def level_name(key: str, label: str) -> str:
    return translate("ReviewBars", label) if key == "none" else level_label(key)


def day_text(day: dt.date) -> str:
    """A day with its month's name ("5 March 2025"), in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("DashboardView", "d MMMM yyyy", "date format: a day with the month's name"))


def reminder_weeks() -> int:
    value: Any = QSettings().value(REMINDER_SETTING, DEFAULT_REMINDER_WEEKS)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_REMINDER_WEEKS


# What a deadline is, as services.dashboard names it; marked here so that the window shows it in
# its language (a name not listed shows as it is).
DEADLINE_KINDS = (
    QT_TRANSLATE_NOOP("Deadline", "Adoption at the Council"),
    QT_TRANSLATE_NOOP("Deadline", "Mid-term report"),
    QT_TRANSLATE_NOOP("Deadline", "Next review"),
    QT_TRANSLATE_NOOP("Deadline", "Plan due"),
    QT_TRANSLATE_NOOP("Deadline", "Due"),
    QT_TRANSLATE_NOOP("Deadline", "Overdue (plan due)"),
    QT_TRANSLATE_NOOP("Deadline", "Overdue (due)"),
)


def deadline_what(deadline: Deadline) -> str:
    return translate("Deadline", deadline.what)


class DeadlineWords(QObject):
    """How a deadline reads in the reminder: what, of what, when, how far off. A QObject, so that
    its counts are Qt's plurals."""

    def text(self, deadline: Deadline, today: dt.date) -> str:
        days = deadline.days_left(today)
        if days < 0:
            when = counted(self.tr("%n day(s) ago", "", -days), -days)
        elif days == 0:
            when = self.tr("today")
        elif days < 60:
            when = counted(self.tr("in %n day(s)", "", days), days)
        else:
            months = round(days / 30.4)
            when = counted(self.tr("in %n month(s)", "", months), months)
        if deadline.estimated:
            return fill(self.tr("%1 (estimated): %2, %3 (%4)"), deadline_what(deadline), deadline.subject,
                        day_text(deadline.due_on), when)
        return fill(self.tr("%1: %2, %3 (%4)"), deadline_what(deadline), deadline.subject, day_text(deadline.due_on),
                    when)


def deadline_text(deadline: Deadline, today: dt.date) -> str:
    return DeadlineWords().text(deadline, today)


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
        # Right to left, the bar starts at the right, as the text does.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = rect.left()
        for key, _label, colour in colours:
            count = counts.get(key, 0)
            if not count:
                continue
            width = round(rect.width() * count / total)
            left = rect.right() + 1 - (x - rect.left()) - max(1, width) if rtl else x
            painter.fillRect(QRect(left, rect.top(), max(1, width), rect.height()), QColor(colour))
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
            text = fill(counted(self.tr("%1 — %n recommendation(s)", "", review.total), review.total), review.title)
            side = (Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                    else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(rect.adjusted(4, 2, -4, 0),
                             side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop,
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
        count = self.tr("%1 %2", "a position or level, then how many recommendations have it")
        positions = ", ".join(fill(count, position_name(key, str(label)), review.by_position[key])
                              for key, label, _c in POSITION_COLOURS if review.by_position.get(key))
        levels = ", ".join(fill(count, level_name(key, str(label)), review.by_level[key])
                           for key, label, _c in LEVEL_COLOURS if review.by_level.get(key))
        self.setToolTip(fill(self.tr("%1\nPositions: %2\nImplementation: %3\nClick to show them."),
                             review.title, positions, levels))

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
        item.setToolTip(0, fill(translate("DashboardView", "%1\nClick to open it."), texts[0]))
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
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.banner.hide)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.weeks_box = QSpinBox()
        self.weeks_box.setObjectName("reminder_weeks")
        self.weeks_box.setRange(0, 104)
        self.weeks_box.setSuffix(self.tr(" weeks"))
        self.weeks_box.setValue(reminder_weeks())
        self.weeks_box.valueChanged.connect(self._on_weeks_changed)
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("since_edit")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.since_edit.setDate(QDate.currentDate().addDays(-7))
        self.since_edit.dateChanged.connect(self._on_since_changed)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Remind me of deadlines")))
        controls.addWidget(self.weeks_box)
        controls.addWidget(QLabel(self.tr("ahead.   Changes since")))
        controls.addWidget(self.since_edit)
        controls.addStretch(1)
        controls.addWidget(refresh)

        self.deadlines = _tree("deadlines", [self.tr("Date"), self.tr("Deadline"),
                                             self.tr("Of", "what a deadline is of")])
        self.pending = _tree("pending_reviews", [self.tr("Review"),
                                                 self.tr("Pending", "recommendations without a position"),
                                                 self.tr("To review"), self.tr("Problems")])
        self.to_review = _tree("to_review", [self.tr("Recommendation")])
        self.changes = _tree("changes", [self.tr("What changed")])
        self.bars = ReviewBars()
        self.bars.review_chosen.connect(self.review_chosen)
        for tree in (self.deadlines, self.pending, self.to_review, self.changes):
            tree.itemClicked.connect(self._on_item_clicked)
            tree.itemActivated.connect(self._on_item_clicked)
        self.edit_dates_button = QPushButton(self.tr("Review &dates…"))
        self.edit_dates_button.setToolTip(
            self.tr("Edit the dates of the review of the selected deadline or pending review"))
        self.edit_dates_button.clicked.connect(self._edit_dates_of_selection)
        bars_scroll = QScrollArea()
        bars_scroll.setWidgetResizable(True)
        bars_scroll.setWidget(self.bars)
        names = [(position_name(k, str(label)), c) for k, label, c in POSITION_COLOURS]
        names += [(level_name(k, str(label)), c) for k, label, c in LEVEL_COLOURS]
        legend = QLabel(" ".join(f"<span style='color:{c}'>■</span> {html.escape(name)}" for name, c in names))
        legend.setWordWrap(True)

        self.summary = QLabel()
        self.summary.setObjectName("dashboard_summary")
        self.summary.setWordWrap(True)   # one long line of counts: a longer language needs two
        deadlines_box = self._box(self.tr("Upcoming deadlines"), self.deadlines, self.edit_dates_button)
        pending_box = self._box(self.tr("Reviews with answers pending"), self.pending)
        review_box = self._box(self.tr("Recommendations to review"), self.to_review, self.summary)
        self.changes_box = self._box(self.tr("What changed"), self.changes)
        bars_box = self._box(self.tr("Recommendations by position (upper bar) and implementation (lower bar)"),
                             bars_scroll, legend)
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
        day = cast(dt.date, self.since_edit.date().toPython())
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
            self.summary.setText(fill(self.tr("The dashboard could not be read: %1"), exc))

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
            what = deadline_what(deadline)
            if deadline.estimated:
                what = fill(self.tr("%1 (estimated)"), what)
            due = QLocale().toString(QDate(deadline.due_on.year, deadline.due_on.month, deadline.due_on.day),
                                     QLocale.FormatType.ShortFormat)
            item = _item([due, what, deadline.subject], deadline.kind, deadline.subject_id)
            if deadline.estimated:
                item.setToolTip(1, self.tr("Derived from the calendar of sessions: Review dates… gives the real one"))
            if deadline.overdue(board.today):
                item.setForeground(1, QColor("#c5221f"))
            self.deadlines.addTopLevelItem(item)
        if not board.deadlines:
            self.deadlines.addTopLevelItem(QTreeWidgetItem(["", self.tr("No deadline ahead")]))
        self.pending.clear()
        for review in board.reviews:
            if review.pending or review.needs_review or review.open_problems:
                self.pending.addTopLevelItem(_item([review.title, QLocale().toString(review.pending),
                                                    QLocale().toString(review.needs_review),
                                                    QLocale().toString(review.open_problems)],
                                                   REVIEW, review.review_id))
        self.to_review.clear()
        for rec in board.to_review:
            self.to_review.addTopLevelItem(_item([rec.title], RECOMMENDATION, rec.recommendation_id))
        flagged, problems = board.needs_review_total, board.open_problems_total
        self.summary.setText(fill(
            self.tr("%1, %2 (Tools ▸ Problems to review).", "how many recommendations flagged, problems open"),
            counted(self.tr("%n recommendation(s) flagged for review", "", flagged), flagged),
            counted(self.tr("%n import problem(s) open", "", problems), problems)))
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
            lines += "<li>" + html.escape(self.tr("… and %n more: see Upcoming deadlines below", "", more)) + "</li>"
        weeks = board.reminder_weeks
        within = counted(self.tr("Within %n week(s):", "", weeks), weeks)
        banner = f"<b>{html.escape(within)}</b><ul style='margin:0'>{lines}</ul>"  # every word translated above
        self.banner_label.setText(banner)
        self.banner.show()

    def _show_changes(self, board: Dashboard) -> None:
        self.changes.clear()
        report = board.changes
        if report is None:
            return
        since = report.since.astimezone()
        moment = QDateTime(QDate(since.year, since.month, since.day), QTime(since.hour, since.minute))
        shown = QLocale().toString(
            moment, self.tr("d MMMM yyyy HH:mm", "date format: a day with the month's name, and the time"))
        self.changes_box.setTitle(fill(self.tr("What changed since %1 (%2)"), shown, report.count))
        kinds = {"recommendation": RECOMMENDATION, "milestone": MILESTONE, "review": REVIEW}
        headings = {"recommendation": self.tr("Recommendation: %1"), "milestone": self.tr("Milestone: %1"),
                    "review": self.tr("Review: %1")}
        for group in report.groups:
            top = _item([fill(headings[group.kind], group.title)], kinds[group.kind], group.subject_id)
            for change in group.changes:
                child = _item([fill(self.tr("%1  %2: %3", "when, who: what changed"), local_time_text(change.at),
                                    change.actor, change.description)],
                              kinds[group.kind], group.subject_id)
                top.addChild(child)
            self.changes.addTopLevelItem(top)
        if not report.groups:
            self.changes.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing changed since then.")]))

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
