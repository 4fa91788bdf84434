"""The files of the import dialog: what each one is to be read as, what its preview said, the list
that shows them, and the dry run and the import that run for each off the GUI thread."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from upr_tracker.gui.display import plain_tooltip
from upr_tracker.gui.tasks import Task
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.dataset_import import DatasetImportReport, import_dataset
from upr_tracker.services.document_import import (
    ImportReport,
    import_document,
)
from upr_tracker.services.import_review import (
    DetectedDocument,
    TableColumns,
    preview_dataset,
    preview_document,
)
from upr_tracker.services.json_import import JsonImportReport, import_json_export
from upr_tracker.storage.database import Database

AnyReport = ImportReport | DatasetImportReport | JsonImportReport

DOCUMENT_SUFFIXES = (".txt", ".pdf", ".docx")
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls")
EXPORT_SUFFIXES = (".json",)
# The words below are English here and shown through `words` (context "ImportEntries").
CONTEXT = "ImportEntries"


def words(english: str) -> str:
    """One of this module's marked words, in the window's language."""
    return translate(CONTEXT, english)


def file_filter() -> str:
    """The file chooser's filters, each description in the window's language."""
    return ";;".join((
        translate("ImportEntries", "Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls "
                                   "*.json)"),
        translate("ImportEntries", "UN documents (*.txt *.pdf *.docx)"),
        translate("ImportEntries", "Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)"),
        translate("ImportEntries", "UPR Tracker exports (*.json)"),
        translate("ImportEntries", "All files (*)"),
    ))


KIND_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("ImportEntries", "Detect from the document")),
    ("wg-report", QT_TRANSLATE_NOOP("ImportEntries", "Working Group report")),
    ("addendum", QT_TRANSLATE_NOOP("ImportEntries", "Addendum (the State's positions)")),
    ("matrix", QT_TRANSLATE_NOOP("ImportEntries", "OHCHR matrix")),
)
KIND_NAMES = {"wg-report": QT_TRANSLATE_NOOP("ImportEntries", "Working Group report"),
              "addendum": QT_TRANSLATE_NOOP("ImportEntries", "Addendum (the State's positions)"),
              "matrix": QT_TRANSLATE_NOOP("ImportEntries", "OHCHR matrix")}
DATASET_NAMES = {"uprinfo": QT_TRANSLATE_NOOP("ImportEntries", "UPR Info database export"),
                 "uhri": QT_TRANSLATE_NOOP("ImportEntries", "UHRI export"),
                 "mapped": QT_TRANSLATE_NOOP("ImportEntries", "Table with mapped columns"),
                 "upr-tracker": QT_TRANSLATE_NOOP("ImportEntries", "UPR Tracker table export")}


def kind_name(kind: str) -> str:
    """A document kind's name in the window's language (an unknown kind as it is)."""
    return words(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def dataset_name(name: str) -> str:
    return words(DATASET_NAMES[name]) if name in DATASET_NAMES else name


FIELD_TITLES = {
    "text": QT_TRANSLATE_NOOP("ImportEntries", "Recommendation text"),
    "state_under_review": QT_TRANSLATE_NOOP("ImportEntries", "State under review"),
    "session": QT_TRANSLATE_NOOP("ImportEntries", "Working Group session"),
    "cycle": QT_TRANSLATE_NOOP("ImportEntries", "Cycle"),
    "label": QT_TRANSLATE_NOOP("ImportEntries", "Label (e.g. 97.12)"),
    "recommending_states": QT_TRANSLATE_NOOP("ImportEntries", "Recommending States"),
    "position": QT_TRANSLATE_NOOP("ImportEntries", "Position"),
    "action_category": QT_TRANSLATE_NOOP("ImportEntries", "Action category"),
    "themes": QT_TRANSLATE_NOOP("ImportEntries", "Themes (UPR Info issues)"),
    "sdgs": QT_TRANSLATE_NOOP("ImportEntries", "SDGs"),
    "affected_persons": QT_TRANSLATE_NOOP("ImportEntries", "Affected persons"),
    "ohchr_themes": QT_TRANSLATE_NOOP("ImportEntries", "OHCHR themes"),
    "document_symbol": QT_TRANSLATE_NOOP("ImportEntries", "Document symbol"),
    "published_on": QT_TRANSLATE_NOOP("ImportEntries", "Publication date"),
    "annotation_id": QT_TRANSLATE_NOOP("ImportEntries", "OHCHR annotation id"),
}
# Other names a column of each field often has, to preselect the mapping.
FIELD_GUESSES = {
    "text": ("text", "recommendation", "recommendations", "recommendation text", "recommendation wording"),
    "state_under_review": ("state", "state under review", "country", "country concerned", "sur", "to"),
    "session": ("session", "upr session", "wg session"),
    "cycle": ("cycle", "upr cycle", "round"),
    "label": ("label", "number", "no", "rec no", "recommendation number", "paragraph"),
    "recommending_states": ("recommending states", "recommending state", "from", "recommended by"),
    "position": ("position", "response", "answer", "status"),
    "action_category": ("action", "action category"),
    "themes": ("themes", "theme", "issue", "issues"),
    "sdgs": ("sdgs", "sdg"),
    "affected_persons": ("affected persons", "groups"),
    "document_symbol": ("document symbol", "symbol", "document"),
    "published_on": ("date", "publication date", "published"),
}
NOT_MAPPED = QT_TRANSLATE_NOOP("ImportEntries", "(not imported)")

EntryRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
SubtitleRole = Qt.ItemDataRole.UserRole + 4
WarningRole = Qt.ItemDataRole.UserRole + 5


class EntryStatus(enum.StrEnum):
    READING = "reading"
    READY = "ready"
    NEEDS_KIND = "needs_kind"
    NEEDS_STATE = "needs_state"
    NEEDS_CYCLE = "needs_cycle"
    NEEDS_MAPPING = "needs_mapping"
    CANCELLED = "cancelled"
    FAILED = "failed"
    IMPORTING = "importing"
    IMPORTED = "imported"


STATUS_TEXT = {
    EntryStatus.READING: QT_TRANSLATE_NOOP("ImportEntries", "Reading…"),
    EntryStatus.READY: QT_TRANSLATE_NOOP("ImportEntries", "Ready to import"),
    EntryStatus.NEEDS_KIND: QT_TRANSLATE_NOOP("ImportEntries", "Choose the kind"),
    EntryStatus.NEEDS_STATE: QT_TRANSLATE_NOOP("ImportEntries", "Choose the State"),
    EntryStatus.NEEDS_CYCLE: QT_TRANSLATE_NOOP("ImportEntries", "Choose the cycle"),
    EntryStatus.NEEDS_MAPPING: QT_TRANSLATE_NOOP("ImportEntries", "Say which column holds what"),
    EntryStatus.CANCELLED: QT_TRANSLATE_NOOP("ImportEntries", "Preview cancelled"),
    EntryStatus.FAILED: QT_TRANSLATE_NOOP("ImportEntries", "Cannot be imported"),
    EntryStatus.IMPORTING: QT_TRANSLATE_NOOP("ImportEntries", "Importing…"),
    EntryStatus.IMPORTED: QT_TRANSLATE_NOOP("ImportEntries", "Imported"),
}


def status_text(status: EntryStatus) -> str:
    return words(STATUS_TEXT[status])


# What the user must choose (a ChoiceNeededError's option), and the status that asks for it.
CHOICE_STATUSES = {"kind": EntryStatus.NEEDS_KIND, "state": EntryStatus.NEEDS_STATE, "cycle": EntryStatus.NEEDS_CYCLE}


def file_family(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix in EXPORT_SUFFIXES:
        return "export"
    return "document"


@dataclass(frozen=True)
class ImportOptions:
    """What a file is to be read as: handed to the worker, which never reads the live entry."""

    path: Path
    family: str
    kind: str = "auto"
    state: str | None = None
    cycle: int | None = None
    mapping: dict[str, str] | None = None
    skip_bad_rows: bool = False
    encoding: str | None = None   # a text or CSV file's encoding, as chosen (None: detected)


@dataclass(eq=False)
class ImportEntry:
    """One file of the dialog, its options and what its preview said."""

    options: ImportOptions
    status: EntryStatus = EntryStatus.READING
    report: AnyReport | None = None
    error: str | None = None
    columns: TableColumns | None = None
    detected: DetectedDocument | None = None
    # The best guesses of what the document leaves unsaid ({"kind": …, "state": ISO3, "cycle": …}),
    # preselected under "Read it as" while the entry waits for a choice.
    guesses: dict[str, object] = field(default_factory=dict)
    generation: int = 0

    @property
    def path(self) -> Path:
        return self.options.path

    @property
    def ready(self) -> bool:
        return self.status is EntryStatus.READY

    @property
    def encoding_guessed(self) -> bool:
        """The file is ready but its encoding was a guess: the list shows it, for a look before importing."""
        encoding = getattr(self.report, "encoding", None)
        return self.status is EntryStatus.READY and encoding is not None and encoding.uncertain

    def subtitle(self) -> str:
        if self.encoding_guessed:
            return fill(translate("ImportEntries", "%1 · encoding guessed"), self._subtitle())
        return self._subtitle()

    def _subtitle(self) -> str:
        report = self.report
        if self.status is EntryStatus.READY and isinstance(report, ImportReport):
            return fill(translate("ImportEntries", "%1 · %2, cycle %3"), kind_name(report.kind), report.state_name,
                        report.cycle)
        if self.status is EntryStatus.READY and isinstance(report, DatasetImportReport):
            return fill(translate("ImportEntries", "%1 · %2 rows"), dataset_name(report.format), report.rows_read)
        if self.status is EntryStatus.READY and isinstance(report, JsonImportReport):
            return translate("ImportEntries", "UPR Tracker export")
        return status_text(self.status)


# --- models ------------------------------------------------------------------------------------


class ImportFileListModel(QAbstractListModel):
    """The files of the dialog; the entries are the dialog's, the model only shows them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ImportEntry] = []

    @property
    def entries(self) -> list[ImportEntry]:
        return list(self._entries)

    def add(self, entry: ImportEntry) -> QModelIndex:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()
        return self.index(row, 0)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()

    def entry_changed(self, entry: ImportEntry) -> None:
        if entry in self._entries:
            index = self.index(self._entries.index(entry), 0)
            self.dataChanged.emit(index, index)

    def row_of(self, entry: ImportEntry) -> int:
        return self._entries.index(entry) if entry in self._entries else -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({EntryRole: QByteArray(b"entry"), PathRole: QByteArray(b"path"), StatusRole: QByteArray(b"status"),
                      SubtitleRole: QByteArray(b"subtitle"), WarningRole: QByteArray(b"warning")})
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{entry.path}\n{entry.error or entry.subtitle()}")
        if role == SubtitleRole:
            return entry.subtitle()
        if role == WarningRole:
            return entry.status in (*CHOICE_STATUSES.values(), EntryStatus.NEEDS_MAPPING, EntryStatus.FAILED,
                                    EntryStatus.CANCELLED) or entry.encoding_guessed
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(STATUS_COLOURS[entry.status])
        if role == EntryRole:
            return entry
        if role == PathRole:
            return str(entry.path)
        if role == StatusRole:
            return entry.status.value
        return None


STATUS_COLOURS = {
    EntryStatus.READING: "#9a9a9a",
    EntryStatus.READY: "#2e8b57",
    EntryStatus.NEEDS_KIND: "#d08a00",
    EntryStatus.NEEDS_STATE: "#d08a00",
    EntryStatus.NEEDS_CYCLE: "#d08a00",
    EntryStatus.NEEDS_MAPPING: "#d08a00",
    EntryStatus.CANCELLED: "#9a9a9a",
    EntryStatus.FAILED: "#c0392b",
    EntryStatus.IMPORTING: "#3a7bd5",
    EntryStatus.IMPORTED: "#3a7bd5",
}


class TwoLineDelegate(QStyledItemDelegate):
    """A list item as a title over a grey subtitle (SubtitleRole), after a coloured dot (the
    DecorationRole colour); the subtitle turns dark orange when WarningRole is true."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        title = option.text
        option.text = ""
        option.icon = QIcon()
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect.adjusted(8, 6, -8, -6)
        height = option.fontMetrics.height()
        dot = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(dot, QColor):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            size = max(8, height // 2)
            # The dot leads the text: at the right in a right-to-left language.
            if option.direction == Qt.LayoutDirection.RightToLeft:
                painter.drawEllipse(rect.right() + 1 - size, rect.top() + (height - size) // 2 + 1, size, size)
                rect.setRight(rect.right() - size - 8)
            else:
                painter.drawEllipse(rect.left(), rect.top() + (height - size) // 2 + 1, size, size)
                rect.setLeft(rect.left() + size + 8)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), height), Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.setFont(option.font)
        subtitle = str(index.data(SubtitleRole) or "")
        if selected:
            color = option.palette.color(QPalette.ColorRole.HighlightedText)
        elif index.data(WarningRole):
            color = QColor("#a04000")
        else:
            color = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        painter.drawText(QRect(rect.left(), rect.top() + height + 2, rect.width(), height),
                         Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


# --- the work, off the GUI thread -----------------------------------------------------------------


def run_preview(database: Database, options: ImportOptions, task: Task) -> AnyReport:
    """The dry run of one file."""
    if options.family == "table":
        return preview_dataset(database, options.path, mapping=options.mapping, progress=task,
                               encoding=options.encoding)
    if options.family == "export":
        return import_json_export(database, options.path, dry_run=True, progress=task)
    return preview_document(database, options.path, kind=options.kind, state=options.state, cycle=options.cycle,
                            progress=task, encoding=options.encoding)


def run_import(database: Database, options: ImportOptions, task: Task) -> AnyReport:
    """The real import of one file, with the options its preview was made with."""
    if options.family == "table":
        return import_dataset(database, options.path, mapping=options.mapping, skip_bad_rows=options.skip_bad_rows,
                              progress=task, encoding=options.encoding)
    if options.family == "export":
        return import_json_export(database, options.path, progress=task)
    return import_document(database, options.path, kind=options.kind, state=options.state, cycle=options.cycle,
                           progress=task, encoding=options.encoding)


