"""The milestones as a table: how each kind looks (colour, icon), their order by date (a plan's
items under it), and the table model with its named roles, for the list and the timeline."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
)

from upr_tracker.domain.milestones import DatePrecision, MilestoneKind, PartialDate
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.display import plain_tooltip
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.gui.milestone_dialog import (
    kind_label,
)
from upr_tracker.services.values import MilestoneInfo


# --- how kinds look ------------------------------------------------------------------------------
# Colours from the Tableau 10 palette (distinguishable, also in print); every dot gets a darker rim.
KIND_COLOURS: dict[str, str] = {
    MilestoneKind.LAW.value: "#4E79A7",
    MilestoneKind.POLICY.value: "#76B7B2",
    MilestoneKind.PLAN.value: "#F28E2B",
    MilestoneKind.PLAN_ITEM.value: "#FFBE7D",
    MilestoneKind.INSTITUTION.value: "#59A14F",
    MilestoneKind.RATIFICATION.value: "#B07AA1",
    MilestoneKind.MORATORIUM.value: "#EDC948",
    MilestoneKind.VISIT.value: "#FF9DA7",
    MilestoneKind.COURT_DECISION.value: "#9C755F",
    MilestoneKind.SETBACK.value: "#E15759",
    MilestoneKind.OTHER.value: "#BAB0AC",
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS[MilestoneKind.OTHER.value]))


_ICONS: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """A small dot in the kind's colour (for lists and combos)."""
    if kind not in _ICONS:
        pixmap = QPixmap(QSize(24, 24))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = kind_colour(kind)
        painter.setPen(QPen(colour.darker(140), 2))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(4, 4, 16, 16))
        painter.end()
        _ICONS[kind] = QIcon(pixmap)
    return _ICONS[kind]


# --- dates --------------------------------------------------------------------------------------
def partial_date(milestone: MilestoneInfo) -> PartialDate | None:
    return PartialDate.parse(milestone.date) if milestone.date else None


def date_span(when: PartialDate) -> tuple[dt.date, dt.date]:
    """The first day the date can mean, and the day after the last."""
    start = when.start
    if when.precision is DatePrecision.YEAR:
        return start, dt.date(start.year + 1, 1, 1)
    if when.precision is DatePrecision.MONTH:
        return start, dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, start + dt.timedelta(days=1)


PRECISION_TEXT = {
    DatePrecision.DAY: QT_TRANSLATE_NOOP("MilestoneTableModel", "known to the day"),
    DatePrecision.MONTH: QT_TRANSLATE_NOOP("MilestoneTableModel", "known to the month"),
    DatePrecision.YEAR: QT_TRANSLATE_NOOP("MilestoneTableModel", "known to the year"),
}


def precision_text(precision: DatePrecision) -> str:
    """How precisely a date is known, in the window's language."""
    return translate("MilestoneTableModel", PRECISION_TEXT[precision])  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)


def undated_text() -> str:
    return translate("MilestoneTableModel", "Undated")


def natural_key(text: str | None) -> tuple:
    """Item numbers in their natural order ("2" before "10"), the unnumbered after."""
    if not text:
        return (1,)
    return (0, *((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", text) if part))


def date_key(milestone: MilestoneInfo) -> tuple:
    return (milestone.date is None, milestone.date or "")


# --- the list model -----------------------------------------------------------------------------
MilestoneIdRole = Qt.ItemDataRole.UserRole + 1
DateTextRole = Qt.ItemDataRole.UserRole + 2  # the date as written, to its precision: "December 2003"
DateIsoRole = Qt.ItemDataRole.UserRole + 3  # "2003-12"
PrecisionRole = Qt.ItemDataRole.UserRole + 4  # "day", "month", "year", or None when undated
KindRole = Qt.ItemDataRole.UserRole + 5  # MilestoneKind value
KindLabelRole = Qt.ItemDataRole.UserRole + 6
TitleRole = Qt.ItemDataRole.UserRole + 7
SourceRole = Qt.ItemDataRole.UserRole + 8
LinkedCountRole = Qt.ItemDataRole.UserRole + 9  # how many recommendations the milestone is linked to
DepthRole = Qt.ItemDataRole.UserRole + 10  # 1 for a plan's item listed under its plan, else 0
MilestoneRole = Qt.ItemDataRole.UserRole + 11  # the MilestoneInfo itself
AttachmentNameRole = Qt.ItemDataRole.UserRole + 12

ROLE_NAMES = {
    MilestoneIdRole: b"milestoneId",
    DateTextRole: b"dateText",
    DateIsoRole: b"dateIso",
    PrecisionRole: b"precision",
    KindRole: b"kind",
    KindLabelRole: b"kindLabel",
    TitleRole: b"title",
    SourceRole: b"source",
    LinkedCountRole: b"linkedCount",
    DepthRole: b"depth",
    MilestoneRole: b"milestone",
    AttachmentNameRole: b"attachmentName",
}

COLUMN_DATE, COLUMN_KIND, COLUMN_TITLE, COLUMN_SOURCE, COLUMN_LINKED = range(5)
# Marked for translation here, translated where shown (headerData).
HEADERS = (QT_TRANSLATE_NOOP("MilestoneTableModel", "Date"), QT_TRANSLATE_NOOP("MilestoneTableModel", "Kind"),
           QT_TRANSLATE_NOOP("MilestoneTableModel", "Milestone"), QT_TRANSLATE_NOOP("MilestoneTableModel", "Source"),
           QT_TRANSLATE_NOOP("MilestoneTableModel", "Linked"))
HEADER_TIPS = (QT_TRANSLATE_NOOP("MilestoneTableModel", "When it happened, as precisely as known"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "What kind of event it is"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "What happened"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "Where the evidence is"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "How many recommendations it concerns"))


@dataclass(frozen=True)
class MilestoneRow:
    milestone: MilestoneInfo
    depth: int


def ordered_rows(milestones: list[MilestoneInfo]) -> list[MilestoneRow]:
    """Date order (undated last), each plan's items right under their plan when the plan is listed."""
    listed = {m.id for m in milestones}
    items: dict[uuid.UUID, list[MilestoneInfo]] = {}
    top: list[MilestoneInfo] = []
    for m in milestones:
        if m.plan_id is not None and m.plan_id in listed:
            items.setdefault(m.plan_id, []).append(m)
        else:
            top.append(m)
    rows: list[MilestoneRow] = []
    for m in sorted(top, key=lambda m: (*date_key(m), m.title.casefold())):
        rows.append(MilestoneRow(m, 0))
        for item in sorted(items.get(m.id, []), key=lambda i: (natural_key(i.item_number), *date_key(i),
                                                               i.title.casefold())):
            rows.append(MilestoneRow(item, 1))
    return rows


class MilestoneTableModel(QAbstractTableModel):
    """The milestones shown, in date order; a plan's items follow it, indented."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MilestoneRow] = []
        self._attachments: dict[uuid.UUID, str] = {}

    def set_milestones(self, milestones: list[MilestoneInfo], attachments: dict[uuid.UUID, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = ordered_rows(milestones)
        self._attachments = dict(attachments or {})
        self.endResetModel()

    def milestones(self) -> list[MilestoneInfo]:
        return [r.milestone for r in self._rows]

    def milestone_at(self, row: int) -> MilestoneInfo | None:
        return self._rows[row].milestone if 0 <= row < len(self._rows) else None

    def row_of(self, milestone_id: uuid.UUID | None) -> int:
        for row, r in enumerate(self._rows):
            if r.milestone.id == milestone_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({role: QByteArray(name) for role, name in ROLE_NAMES.items()})
        return names

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(HEADER_TIPS[section])  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COLUMN_LINKED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(HEADERS):
            return None
        row = self._rows[index.row()]
        m = row.milestone
        column = index.column()
        if role == MilestoneIdRole:
            return m.id
        if role == DateTextRole:
            return m.when_display or undated_text()
        if role == DateIsoRole:
            return m.date
        if role == PrecisionRole:
            when = partial_date(m)
            return when.precision.value if when else None
        if role == KindRole:
            return m.kind
        if role == KindLabelRole:
            return kind_label(m.kind)
        if role == TitleRole:
            return m.title
        if role == SourceRole:
            return self._source(m)
        if role == LinkedCountRole:
            return len(m.recommendation_ids)
        if role == DepthRole:
            return row.depth
        if role == MilestoneRole:
            return m
        if role == AttachmentNameRole:
            return self._attachments.get(m.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_DATE:
                return m.when_display or undated_text()
            if column == COLUMN_KIND:
                return kind_label(m.kind)
            if column == COLUMN_TITLE:
                if row.depth:
                    number = f"{m.item_number}  " if m.item_number else ""
                    return f"      ↳  {number}{m.title}"
                return m.title
            if column == COLUMN_SOURCE:
                return self._source(m)
            return QLocale().toString(len(m.recommendation_ids))
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_KIND:
            return kind_icon(m.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_DATE:
                when = partial_date(m)
                if when is None:
                    return self.tr("No date recorded")
                return fill(self.tr("%1, %2", "a date, how precisely it is known"), m.date_display,
                            precision_text(when.precision))
            if column == COLUMN_TITLE:
                attachment = self._attachments.get(m.id)
                return plain_tooltip(fill(self.tr("%1\nAttached: %2"), m.title, attachment) if attachment else m.title)
            if column == COLUMN_SOURCE:
                return plain_tooltip("\n".join(t for t in (m.source_citation, m.source_url) if t))
            if column == COLUMN_LINKED:
                labels = ", ".join(label for label in m.recommendation_labels if label)
                count = len(m.recommendation_ids)
                if labels:
                    return plain_tooltip(fill(counted(self.tr("Linked to %n recommendation(s): %1", "", count), count),
                                              labels))
                return plain_tooltip(counted(self.tr("Linked to %n recommendation(s)", "", count), count))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COLUMN_DATE and m.date is None:
                return QBrush(QColor("#80868b"))
            if column == COLUMN_LINKED and not m.recommendation_ids:
                return QBrush(QColor("#80868b"))
            return None
        if role == Qt.ItemDataRole.FontRole and column == COLUMN_TITLE and m.kind == MilestoneKind.PLAN.value:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COLUMN_LINKED:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _source(m: MilestoneInfo) -> str:
        if m.source_citation:
            return m.source_citation
        if m.source_url:
            return QUrl(m.source_url).host() or m.source_url
        return ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

