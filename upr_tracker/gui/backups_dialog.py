"""The Backups dialog: the database's backups (when, what kind, how big) and the folder they are
in; Back up now and Restore; and the automatic backups' settings (per user).

The list is read off the GUI thread. Restoring asks first (WindowBackups.restore), then closes the
dialog: the window shows the restored database.
"""

from __future__ import annotations

from pathlib import Path
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.backup_actions import (
    MAX_EVERY_HOURS,
    MAX_KEEP,
    BackupSchedule,
    WindowBackups,
    kind_text,
    load_schedule,
    save_schedule,
    taken_text,
)
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.storage.backup_restore import BackupInfo, list_backups
from upr_tracker.storage.backups import backup_folder

TAKEN, KIND, SIZE = range(3)
BackupRole = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    if size >= 100_000:
        return fill(translate("BackupsDialog", "%1 MB"), QLocale().toString(size / 1e6, "f", 1))
    return fill(translate("BackupsDialog", "%1 kB"), QLocale().toString(max(size, 1) / 1e3, "f", 0))


class BackupsDialog(QDialog):
    def __init__(self, backups: WindowBackups, for_restore: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.backups = backups
        self.for_restore = for_restore
        self.listed: list[BackupInfo] | None = None  # None until the first reading is in
        self.setWindowTitle(self.tr("Restore from a backup") if for_restore else self.tr("Backups"))
        self.resize(640, 520)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTreeWidget()
        self.table.setObjectName("backup_list")
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.headerItem().setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        header.resizeSection(TAKEN, metrics.horizontalAdvance("2026-12-31 23:59") + 32)
        header.resizeSection(SIZE, metrics.horizontalAdvance(size_text(999_900_000)) + 24)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("Reading the backup folder…"))
        self.empty_label.setObjectName("backups_empty")
        self.empty_label.setWordWrap(True)

        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.back_up_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)

        schedule = load_schedule()
        self.automatic = QCheckBox(self.tr("Back up automatically while UPR Tracker is open, every"))
        self.automatic.setChecked(schedule.automatic)
        self.every = QSpinBox()
        self.every.setRange(1, MAX_EVERY_HOURS)
        self.every.setValue(schedule.every_hours)
        self.every.setSuffix(self.tr(" hours"))
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(schedule.keep)
        every_row = QHBoxLayout()
        every_row.addWidget(self.automatic)
        every_row.addWidget(self.every)
        every_row.addWidget(QLabel(self.tr("(only if something changed)")))
        every_row.addStretch(1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the last")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("scheduled backups.")))
        keep_row.addStretch(1)
        note = QLabel(self.tr("Backups taken with Back up now, and those taken before an upgrade or a restore, "
                              "are never removed automatically."))
        note.setWordWrap(True)
        schedule_box = QGroupBox(self.tr("Automatic backups"))
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.addLayout(every_row)
        schedule_layout.addLayout(keep_row)
        schedule_layout.addWidget(note)
        self.automatic.toggled.connect(self._save_schedule)
        self.every.valueChanged.connect(self._save_schedule)
        self.keep.valueChanged.connect(self._save_schedule)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(schedule_box)
        layout.addWidget(buttons)

        self._enable_schedule()
        backups.backed_up.connect(self.refresh)
        self.refresh()

    @property
    def db_path(self) -> Path:
        return self.backups.window.database.file_path

    def refresh(self) -> None:
        """Read the backup folder again, in the background."""
        path = self.db_path
        heading = self.tr("Backups of %1: choose the one to put back.") if self.for_restore else self.tr("Backups of %1")
        self.heading.setText(fill(heading, path.name))
        self.folder_label.setText(fill(self.tr("Kept in %1"), backup_folder(path)))
        self.backups.window.tasks.run(lambda _task: list_backups(path), on_success=self._fill,
                                      on_failure=self.backups.window.show_error)

    def _fill(self, backups: list[BackupInfo]) -> None:
        chosen = self.selected()
        self.listed = backups
        self.table.clear()
        for backup in backups:
            item = QTreeWidgetItem([taken_text(backup), kind_text(backup.reason), size_text(backup.size)])
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(TAKEN, str(backup.path))
            item.setData(TAKEN, BackupRole, backup)
            self.table.addTopLevelItem(item)
            if chosen is not None and backup.path == chosen.path:
                self.table.setCurrentItem(item)
        if self.for_restore and self.table.currentItem() is None and backups:
            first = self.table.topLevelItem(0)
            if first is not None:
                self.table.setCurrentItem(first)
        self.empty_label.setText(self.tr("No backups yet: Back up now takes the first one.") if not backups else "")
        self.empty_label.setVisible(not backups)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        return item.data(TAKEN, BackupRole) if item is not None and item.isSelected() else None

    def choose(self, backup_path: Path) -> None:
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None and item.data(TAKEN, BackupRole).path == backup_path:
                self.table.setCurrentItem(item)
                return
        raise LookupError(f"{backup_path} is not listed")

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.backups.restoring)
        if self.for_restore and self.restore_button.isEnabled():
            self.restore_button.setDefault(True)

    def back_up_now(self) -> None:
        self.backups.back_up_now()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and self.backups.restore(backup, parent=self):
            self.accept()

    def open_folder(self) -> None:
        folder = backup_folder(self.db_path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder if folder.is_dir() else folder.parent)))

    def _enable_schedule(self) -> None:
        self.every.setEnabled(self.automatic.isChecked())
        self.keep.setEnabled(self.automatic.isChecked())

    def _save_schedule(self) -> None:
        self._enable_schedule()
        save_schedule(BackupSchedule(self.automatic.isChecked(), self.every.value(), self.keep.value()))
