"""Importing documents from the window: in the background, one file after another, asking the
user for the cycle when the document does not say it, then saying what was done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.services.document_import import CycleNeededError, ImportReport, import_document
from upr_tracker.storage.database import Database


def report_text(report: ImportReport) -> str:
    """A plain-text account of an import, for the summary's details."""
    lines = [f"{Path(report.file).name}: {report.kind}" + (f" {report.symbol}" if report.symbol else ""),
             f"{report.state_name}, cycle {report.cycle}" + (f", session {report.session}" if report.session else "")]
    for name, counts in (("Recommendations", report.recommendations), ("Responses", report.responses)):
        lines.append(f"{name}: {counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged")
    lines += [f"Note: {notice}" for notice in report.notices]
    for problem in report.problems:
        where = f"line {problem.line}: " if problem.line else ""
        labels = f"[{', '.join(problem.labels)}] " if problem.labels else ""
        lines.append(f"To review: {where}{labels}{problem.message}")
    return "\n".join(lines)


class DocumentImportFlow(QObject):
    """Runs the imports of a list of files; emits `finished` with the reports of those that went in."""

    finished = Signal(list)

    def __init__(self, parent: QWidget, tasks: TaskRunner, database: Callable[[], Database]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.tasks = tasks
        self.database = database
        self.queue: list[tuple[Path, int | None]] = []
        self.reports: list[ImportReport] = []
        self.errors: list[str] = []

    def start(self, paths: list[Path]) -> None:
        self.queue = [(Path(p), None) for p in paths]
        self.reports, self.errors = [], []
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self._summarise()
            return
        path, cycle = self.queue.pop(0)

        def work(task: Task) -> ImportReport:
            return import_document(self.database(), path, cycle=cycle, progress=task)

        self.tasks.run(
            work, writes=True, label=f"Importing {path.name}…", progress_parent=self.parent_widget,
            on_success=self._imported, on_failure=lambda exc: self._failed(path, exc),
        )

    def _imported(self, report: ImportReport) -> None:
        self.reports.append(report)
        self._next()

    def _failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, CycleNeededError):
            cycle = self.ask_cycle(path, exc)
            if cycle is not None:
                self.queue.insert(0, (path, cycle))
                self._next()
                return
            self.errors.append(f"{path.name}: not imported (no cycle chosen)")
        else:
            self.errors.append(str(exc) if path.name in str(exc) else f"{path.name}: {exc}")
        self._next()

    def ask_cycle(self, path: Path, exc: CycleNeededError) -> int | None:
        """Which cycle the document belongs to; None if the user cancels."""
        choices = [str(c) for c in (exc.candidates or (1, 2, 3, 4))]
        choice, accepted = QInputDialog.getItem(
            self.parent_widget, "Which cycle?",
            f"{path.name} does not say which review it belongs to.\nChoose the cycle:", choices, 0, False,
        )
        return int(choice) if accepted and choice else None

    def _summarise(self) -> None:
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle("Import")
        problems = sum(len(r.problems) for r in self.reports)
        created = sum(r.recommendations.created for r in self.reports)
        text = [f"{len(self.reports)} document{'s' if len(self.reports) != 1 else ''} imported: "
                f"{created} new recommendations."]
        if problems:
            text.append(f"{problems} point{'s' if problems != 1 else ''} to review: the recommendations concerned "
                        "are marked “needs review”.")
        if self.errors:
            text.append("Not imported (nothing was written for these):\n" + "\n".join(self.errors))
        box.setIcon(QMessageBox.Icon.Warning if self.errors else QMessageBox.Icon.Information)
        box.setText("\n\n".join(text))
        box.setDetailedText("\n\n".join(report_text(r) for r in self.reports))
        box.open()
        self.summary_box = box
        self.finished.emit(self.reports)
