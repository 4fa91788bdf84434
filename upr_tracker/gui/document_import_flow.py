"""Importing documents from the window: in the background, one file after another, asking the
user for the kind, the State or the cycle when the document does not say it, then saying what was
done."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.services.dataset_import import DatasetImportReport, import_dataset
from upr_tracker.services.document_import import (
    ImportReport,
    import_document,
)
from upr_tracker.services.document_reading import ChoiceNeededError
from upr_tracker.services.json_import import JsonImportReport, import_json_export
from upr_tracker.storage.database import Database

AnyReport = ImportReport | DatasetImportReport | JsonImportReport
DATASET_SUFFIXES = (".csv", ".xlsx", ".xls")


def import_any(database: Database, path: Path, choices: Mapping[str, object], task: Task) -> AnyReport:
    """The right importer for the file: a UPR Tracker export, a dataset, or a UN document (read as
    the user chose: {"kind": …, "state": …, "cycle": …})."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return import_json_export(database, path, progress=task)
    if suffix in DATASET_SUFFIXES:
        return import_dataset(database, path, progress=task)
    return import_document(database, path, kind=str(choices.get("kind", "auto")), state=choices.get("state"),
                           cycle=choices.get("cycle"), progress=task)


def new_recommendations(report: AnyReport) -> int:
    if isinstance(report, JsonImportReport):
        counts = report.counts.get("recommendations")
        return counts.created if counts else 0
    return report.recommendations.created


def points_to_review(report: AnyReport) -> int:
    if isinstance(report, ImportReport):
        return len(report.problems)
    if isinstance(report, DatasetImportReport):
        return len(report.bad_rows)
    return len(report.problems)


def report_text(report: AnyReport) -> str:
    """A plain-text account of an import, for the summary's details."""
    if isinstance(report, DatasetImportReport):
        lines = [f"{Path(report.file).name}: {report.format}, {report.rows_read:,} rows",
                 f"Recommendations: {report.recommendations.created:,} created, {report.recommendations.updated:,} "
                 f"updated, {report.recommendations.unchanged:,} unchanged"]
        lines += [f"Skipped: {count:,} rows ({reason})" for reason, count in report.skipped.items()]
        lines += [f"Bad row skipped: {problem}" for problem in report.bad_rows]
        return "\n".join(lines + [f"Note: {notice}" for notice in report.notices])
    if isinstance(report, JsonImportReport):
        lines = [f"{Path(report.file).name}: UPR Tracker export"]
        lines += [f"{kind}: {c.created:,} created, {c.unchanged:,} unchanged" for kind, c in report.counts.items()]
        lines += [f"Problem: {problem}" for problem in report.problems]
        return "\n".join(lines + [f"Note: {notice}" for notice in report.notices])
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
        self.queue: list[tuple[Path, dict[str, object]]] = []
        self.reports: list[AnyReport] = []
        self.errors: list[str] = []

    def start(self, paths: list[Path]) -> None:
        self.queue = [(Path(p), {}) for p in paths]
        self.reports, self.errors = [], []
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self._summarise()
            return
        path, choices = self.queue.pop(0)

        def work(task: Task) -> AnyReport:
            return import_any(self.database(), path, choices, task)

        self.tasks.run(
            work, writes=True, label=f"Importing {path.name}…", progress_parent=self.parent_widget,
            on_success=self._imported, on_failure=lambda exc: self._failed(path, choices, exc),
        )

    def _imported(self, report: AnyReport) -> None:
        self.reports.append(report)
        self._next()

    def _failed(self, path: Path, choices: dict[str, object], exc: BaseException) -> None:
        if isinstance(exc, ChoiceNeededError) and exc.option in ("kind", "state", "cycle") \
                and exc.option not in choices:
            chosen = self.ask_choice(path, exc)
            if chosen is not None:
                self.queue.insert(0, (path, choices | {exc.option: chosen}))
                self._next()
                return
            self.errors.append(f"{path.name}: not imported (no {exc.option} chosen)")
        else:
            self.errors.append(str(exc) if path.name in str(exc) else f"{path.name}: {exc}")
        self._next()

    def ask_choice(self, path: Path, exc: ChoiceNeededError) -> object | None:
        """The kind, State or cycle the document belongs to (its likeliest first); None if the
        user cancels."""
        if exc.option == "cycle":
            values: list[object] = list(exc.candidates or (1, 2, 3, 4))
            texts = [str(value) for value in values]
        elif exc.option == "kind":
            values = list(exc.candidates or ("wg-report", "addendum"))
            texts = [{"wg-report": "Working Group report", "addendum": "Addendum (the State's positions)"}
                     .get(str(value), str(value)) for value in values]
        else:
            values = list(exc.candidates)
            texts = [str(value) for value in values]
            if not values:
                return None   # no guess to offer: the import dialog lets the user choose any State
        guess = exc.guesses.get(exc.option)
        first = values.index(guess) if guess in values else 0
        if exc.option == "cycle":
            question = f"{path.name} does not say which review it belongs to.\nChoose the cycle:"
        else:
            said = re.sub(r"; give --\w+(?: [\w-]+)?$", "", str(exc))   # the command line's advice
            question = f"{said}.\nChoose the {'kind of document' if exc.option == 'kind' else 'State'}:"
        choice, accepted = QInputDialog.getItem(self.parent_widget, f"Which {exc.option}?", question, texts, first,
                                                False)
        return values[texts.index(choice)] if accepted and choice in texts else None

    def _summarise(self) -> None:
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle("Import")
        problems = sum(points_to_review(r) for r in self.reports)
        created = sum(new_recommendations(r) for r in self.reports)
        text = [f"{len(self.reports)} document{'s' if len(self.reports) != 1 else ''} imported: "
                f"{created} new recommendations."]
        if problems:
            text.append(f"{problems} point{'s' if problems != 1 else ''} to review: the recommendations concerned "
                        "are marked “needs review”.")
        suggested = sum(getattr(r, "recommended_again", 0) for r in self.reports)
        if suggested:
            text.append(f"{suggested} recommendation{'s' if suggested != 1 else ''} of a later cycle "
                        f"{'seem' if suggested != 1 else 'seems'} to repeat one of the cycle before: "
                        "choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in "
                        "the recommendation's panel.")
        if self.errors:
            text.append("Not imported (nothing was written for these):\n" + "\n".join(self.errors))
        box.setIcon(QMessageBox.Icon.Warning if self.errors else QMessageBox.Icon.Information)
        box.setText("\n\n".join(text))
        box.setDetailedText("\n\n".join(report_text(r) for r in self.reports))
        box.open()
        self.summary_box = box
        self.finished.emit(self.reports)
