"""Importing documents from the window: in the background, one file after another, asking the
user for the kind, the State or the cycle when the document does not say it, then saying what was
done."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.import_entries import kind_name
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
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
    state: Any = choices.get("state")   # (a State's code and a cycle number, as the dialog's lists hold them)
    cycle: Any = choices.get("cycle")
    return import_document(database, path, kind=str(choices.get("kind", "auto")), state=state, cycle=cycle,
                           progress=task)


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


def _notes(notices: Sequence[str]) -> list[str]:
    return [fill(translate("DocumentImportFlow", "Note: %1"), notice) for notice in notices]


def report_text(report: AnyReport) -> str:
    """A plain-text account of an import, for the summary's details (the importers' own messages
    as they say them)."""
    name = Path(report.file).name
    if isinstance(report, DatasetImportReport):
        made = report.recommendations
        lines = [fill(translate("DocumentImportFlow", "%1: %2, %3 rows"), name, report.format, report.rows_read),
                 fill(translate("DocumentImportFlow", "Recommendations: %1 created, %2 updated, %3 unchanged"),
                      made.created, made.updated, made.unchanged)]
        lines += [fill(translate("DocumentImportFlow", "Skipped: %1 rows (%2)"), count, reason)
                  for reason, count in report.skipped.items()]
        lines += [fill(translate("DocumentImportFlow", "Bad row skipped: %1"), problem) for problem in report.bad_rows]
        return "\n".join(lines + _notes(report.notices))
    if isinstance(report, JsonImportReport):
        lines = [fill(translate("DocumentImportFlow", "%1: UPR Tracker export"), name)]
        lines += [fill(translate("DocumentImportFlow", "%1: %2 created, %3 unchanged"), kind, c.created, c.unchanged)
                  for kind, c in report.counts.items()]
        lines += [fill(translate("DocumentImportFlow", "Problem: %1"), problem) for problem in report.problems]
        return "\n".join(lines + _notes(report.notices))
    if report.symbol:
        lines = [fill(translate("DocumentImportFlow", "%1: %2 %3"), name, report.kind, report.symbol)]
    else:
        lines = [fill(translate("DocumentImportFlow", "%1: %2"), name, report.kind)]
    if report.session:
        lines.append(fill(translate("DocumentImportFlow", "%1, cycle %2, session %3"), report.state_name, report.cycle,
                          report.session))
    else:
        lines.append(fill(translate("DocumentImportFlow", "%1, cycle %2"), report.state_name, report.cycle))
    for template, counts in ((translate("DocumentImportFlow", "Recommendations: %1 created, %2 updated, %3 unchanged"),
                              report.recommendations),
                             (translate("DocumentImportFlow", "Responses: %1 created, %2 updated, %3 unchanged"),
                              report.responses)):
        lines.append(fill(template, counts.created, counts.updated, counts.unchanged))
    lines += _notes(report.notices)
    for problem in report.problems:
        text = problem.message
        if problem.labels:
            text = fill(translate("DocumentImportFlow", "[%1] %2", "the recommendations concerned, then the problem"),
                        ", ".join(problem.labels), text)
        if problem.line:
            text = fill(translate("DocumentImportFlow", "line %1: %2"), problem.line, text)
        lines.append(fill(translate("DocumentImportFlow", "To review: %1"), text))
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
            work, writes=True, label=fill(self.tr("Importing %1…"), path.name), progress_parent=self.parent_widget,
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
            self.errors.append(fill({"kind": self.tr("%1: not imported (no kind chosen)"),
                                     "state": self.tr("%1: not imported (no state chosen)"),
                                     "cycle": self.tr("%1: not imported (no cycle chosen)")}[exc.option], path.name))
        else:
            self.errors.append(str(exc) if path.name in str(exc)
                               else fill(self.tr("%1: %2", "a file's name: what went wrong"), path.name, str(exc)))
        self._next()

    def ask_choice(self, path: Path, exc: ChoiceNeededError) -> object | None:
        """The kind, State or cycle the document belongs to (its likeliest first); None if the
        user cancels."""
        if exc.option == "cycle":
            values: list[object] = list(exc.candidates or (1, 2, 3, 4))
            texts = [str(value) for value in values]
        elif exc.option == "kind":
            values = list(exc.candidates or ("wg-report", "addendum"))
            texts = [kind_name(str(value)) for value in values]
        else:
            values = list(exc.candidates)
            texts = [str(value) for value in values]
            if not values:
                return None   # no guess to offer: the import dialog lets the user choose any State
        guess = exc.guesses.get(exc.option)
        first = values.index(guess) if guess in values else 0
        if exc.option == "cycle":
            question = fill(self.tr("%1 does not say which review it belongs to.\nChoose the cycle:"), path.name)
        else:
            said = re.sub(r"; give --\w+(?: [\w-]+)?$", "", str(exc))   # the command line's advice
            question = fill(self.tr("%1.\nChoose the kind of document:") if exc.option == "kind"
                            else self.tr("%1.\nChoose the State:"), said)
        title = {"kind": self.tr("Which kind?"), "state": self.tr("Which state?"),
                 "cycle": self.tr("Which cycle?")}[exc.option]
        choice, accepted = QInputDialog.getItem(self.parent_widget, title, question, texts, first, False)
        return values[texts.index(choice)] if accepted and choice in texts else None

    def _summarise(self) -> None:
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(self.tr("Import"))
        problems = sum(points_to_review(r) for r in self.reports)
        created = sum(new_recommendations(r) for r in self.reports)
        documents = len(self.reports)
        text = [fill(counted(self.tr("%n document(s) imported: %1 new recommendations.", "", documents), documents),
                     created)]
        if problems:
            text.append(counted(self.tr("%n point(s) to review: the recommendations concerned are marked "
                                        "“needs review”.", "", problems), problems))
        suggested = sum(getattr(r, "recommended_again", 0) for r in self.reports)
        if suggested:
            text.append(counted(self.tr("%n recommendation(s) of a later cycle seem to repeat one of the cycle before: "
                                        "choose Suggested, to decide in the Again (recommended again) filter, and "
                                        "accept or reject each in the recommendation's panel.", "", suggested),
                                suggested))
        if self.errors:
            text.append(fill(self.tr("Not imported (nothing was written for these):\n%1"), "\n".join(self.errors)))
        box.setIcon(QMessageBox.Icon.Warning if self.errors else QMessageBox.Icon.Information)
        box.setText("\n\n".join(text))
        box.setDetailedText("\n\n".join(report_text(r) for r in self.reports))
        box.open()
        self.summary_box = box
        self.finished.emit(self.reports)
