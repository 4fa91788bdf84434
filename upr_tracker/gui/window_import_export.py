"""The window's ways in and out: File ▸ Import (a file chooser, the import dialog, files dropped
on the window) and File ▸ Export of what the table shows. Both run in the background, through the
window's TaskRunner."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from upr_tracker.gui.import_dialog import ImportDialog
from upr_tracker.gui.last_folders import EXPORT, IMPORT, last_folder, remember_folder
from upr_tracker.gui.passphrase_dialog import Cancelled, ask_export_encryption
from upr_tracker.gui.tasks import Task
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.encrypted_archive import export_destination, final_path
from upr_tracker.services.export_json import export_json
from upr_tracker.services.export_names import export_file_stem
from upr_tracker.services.export_tables import export_table
from upr_tracker.storage.encryption import Passphrase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from upr_tracker.gui.document_import_flow import DocumentImportFlow
    from upr_tracker.gui.problems_view import ProblemsView
    from upr_tracker.gui.tasks import TaskRunner
    from upr_tracker.services.recommendations import RecommendationFilter
    from upr_tracker.services.values import MilestoneInfo, ReviewSummary
    from upr_tracker.storage.database import Database

    _Base = QMainWindow
else:
    _Base = object


class WindowImportExport(_Base):
    """Mixed into the main window (before QMainWindow): uses its database, tasks, table filter and
    status bar. Its texts name their context ("WindowImportExport"): a mixin's own tr() would not
    find its plurals."""

    if TYPE_CHECKING:
        database: Database
        tasks: TaskRunner
        import_flow: DocumentImportFlow
        import_dialog: ImportDialog
        problems_view: ProblemsView
        last_export_message: str
        reviews: dict[uuid.UUID, ReviewSummary]
        plans: dict[uuid.UUID, MilestoneInfo]

        def load(self) -> None: ...
        def current_filter(self) -> RecommendationFilter: ...
        def show_error(self, exc: BaseException) -> None: ...

    def choose_documents(self) -> None:
        filters = ";;".join((
            translate("WindowImportExport", "Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)"),
            translate("WindowImportExport", "UN documents (*.txt *.pdf *.docx)"),
            translate("WindowImportExport", "Datasets (*.csv *.xlsx *.xls)"),
            translate("WindowImportExport", "UPR Tracker exports (*.json)"),
            translate("WindowImportExport", "All files (*)"),
        ))
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("WindowImportExport", "Import documents and datasets"), str(last_folder(IMPORT)), filters)
        if paths:
            remember_folder(IMPORT, paths[0])
            self.import_files([Path(p) for p in paths])

    def show_import_dialog(self, paths: list[Path] | None = None) -> ImportDialog:
        """The import dialog: what each file is, a preview, then the import, in the background."""
        dialog = ImportDialog(lambda: self.database, self.tasks, paths, self)
        dialog.imported.connect(self._imported_from_dialog)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def _imported_from_dialog(self, reports: list) -> None:
        self.load()
        self.problems_view.reload()
        if any(getattr(r, "problems", None) for r in reports):
            self.statusBar().showMessage(
                translate("WindowImportExport", "Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3)."),
                10_000)

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.show_import_dialog(paths)

    def import_files(self, paths: list[Path]) -> None:
        """Import documents, datasets or exports in the background."""
        self.import_flow.start(paths)

    def suggested_export_name(self) -> str:
        """The export's file name, naming what the table shows (the chosen State or review, the
        filters, the search)."""
        wanted = self.current_filter()
        review = self.reviews.get(wanted.review_id) if wanted.review_id else None
        plan = self.plans.get(wanted.plan_id) if wanted.plan_id else None
        title = plan.title if plan else None
        if review is None:
            return f"{export_file_stem(wanted, plan=title)}.xlsx"
        return (f"{export_file_stem(wanted, state=review.state_iso3, cycle=review.cycle, session=review.session, plan=title)}"
                ".xlsx")

    def choose_export(self) -> None:
        filters = ";;".join((
            translate("WindowImportExport", "Excel workbook (*.xlsx)"),
            translate("WindowImportExport", "CSV table (*.csv)"),
            translate("WindowImportExport", "JSON, everything, for another UPR Tracker (*.json)"),
        ))
        path, _chosen = QFileDialog.getSaveFileName(
            self, translate("WindowImportExport", "Export the recommendations shown"),
            str(last_folder(EXPORT) / self.suggested_export_name()), filters)
        if not path:
            return
        remember_folder(EXPORT, path)
        try:
            archive_passphrase = ask_export_encryption(self, self.database.is_encrypted)
        except Cancelled:
            return
        self.export_to(Path(path), archive_passphrase=archive_passphrase)

    def export_to(self, path: Path, include_confidential: bool = False,
                  archive_passphrase: Passphrase | None = None) -> None:
        """Export what the table shows, in the background; the format follows the file's extension.
        With `archive_passphrase`, the export goes into an encrypted archive, `path`.zip."""
        wanted = self.current_filter()
        fmt = path.suffix.lower().lstrip(".") or "xlsx"
        shown = final_path(path, archive_passphrase).name

        def work(task: Task) -> int:
            with export_destination(path, archive_passphrase) as target:
                if fmt == "json":
                    summary = export_json(self.database, target, wanted=wanted,
                                          include_confidential=include_confidential, progress=task)
                    count = summary.recommendations
                else:
                    count = export_table(self.database, target, fmt, wanted, progress=task).rows
            return count

        def said(count: int) -> str:   # worded on the GUI thread, in the window's language
            if archive_passphrase:
                return fill(translate("WindowImportExport", "%1 recommendations exported to %2. It is encrypted."),
                            count, shown)
            return fill(translate("WindowImportExport", "%1 recommendations exported to %2."), count, shown)

        self.tasks.run(work, label=fill(translate("WindowImportExport", "Exporting to %1…"), path.name),
                       progress_parent=self, on_success=lambda count: self._exported(said(count)),
                       on_failure=self.show_error)

    def _exported(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        self.last_export_message = message
