"""Save a screenshot of each main screen, so anyone can look at the app without running it.

    python tools/screenshots.py --out DIR [--db PATH] [--language ar|zh|en|fr|ru|es]

Without --db it builds the demo database. With --language the window speaks that language (Arabic
mirrored right to left); the default is English. It works on a copy (the given file is never changed),
with the user's settings left alone, offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from upr_tracker.gui.app import make_application  # noqa: E402
from upr_tracker.gui.language import install_language  # noqa: E402
from upr_tracker.gui.main_window import MainWindow  # noqa: E402
from upr_tracker.i18n.languages import LANGUAGE_CODES, language  # noqa: E402
from upr_tracker.services import assessments, notes  # noqa: E402
from upr_tracker.services.demo import build_demo_database  # noqa: E402
from upr_tracker.services.milestones import list_milestones  # noqa: E402
from upr_tracker.services.recommended_again import decide_suggestion, link_by_hand, suggestion_rows  # noqa: E402
from upr_tracker.services.recommendations import list_recommendation_ids, recommendation_rows  # noqa: E402
from upr_tracker.storage.backups import copy_database  # noqa: E402
from upr_tracker.storage.database import Database  # noqa: E402


def settle(app: QApplication, seconds: float = 1.0, until: Callable[[], bool] | None = None) -> None:
    """Let background work finish and the window paint."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or (until is not None and not until() and time.monotonic() < deadline + 10):
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, path: Path, saved: list[Path]) -> None:
    widget.grab().save(str(path))
    saved.append(path)


def add_follow_up(db: Database) -> None:
    """A note and two assessments on the death-penalty recommendation, so the panel shows them."""
    rows = {r.label: r for r in recommendation_rows(db, list_recommendation_ids(db))}
    target = rows.get("97.17")
    if target is None:
        return
    notes.add_note(db, "Meeting with the Ombudsman's office: the draft law on abolition is not on the 2011 "
                   "legislative agenda.", recommendation_id=target.id, tags=["meeting"], author="A. Researcher")
    notes.add_note(db, "Встреча с депутатом: мораторий сохраняется.", recommendation_id=target.id,
                   confidential=True, author="A. Researcher")
    assessments.add_assessment(db, target.id, "state", "fully_implemented", source_name="Mid-term report",
                               assessed_on=dt.date(2012, 3, 1), evidence="Moratorium in force")
    assessments.add_assessment(db, target.id, "ngo", "partially_implemented", source_name="NGO coalition",
                               assessed_on=dt.date(2012, 4, 1), evidence="Moratorium, but no abolition")
    # Recommended again: 97.17 (2010) made again as 125.42 (2014), linked by a person, and the best
    # suggestion of the demo accepted, so the panel shows a chain across the cycles.
    again = rows.get("125.42")
    if again is not None:
        link_by_hand(db, target.id, again.id, comment="The same call to abolish, shortened")
    suggested = suggestion_rows(db, "KAZ")
    if suggested:
        decide_suggestion(db, suggested[0][0], accept=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--db", type=Path, help="database to show (a copy is used; the file is not changed)")
    parser.add_argument("--language", default="en", choices=LANGUAGE_CODES, help="the window's language")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["UPR_TRACKER_DATA_DIR"] = scratch
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        # The pictures show the file's name and folder (title bar, backups): plain ones, not a
        # temporary folder's.
        shown = Path(scratch) / "Documents"
        shown.mkdir()
        copy = shown / "our-upr.sqlite3"
        if args.db:
            copy_database(args.db, copy)
        else:
            build_demo_database(copy)
        app = make_application()
        install_language(app, language(args.language))
        database = Database.open(copy, actor="A. Researcher")
        add_follow_up(database)
        window = MainWindow(database)
        window.resize(1400, 860)
        window.show()
        settle(app, 1.5, lambda: window.recommendations.rowCount() > 0)
        save(window, args.out / "dashboard.png", saved)  # the first screen when a database opens
        window.pages.setCurrentIndex(0)
        settle(app, 0.5)
        save(window, args.out / "main-window.png", saved)

        rows = [window.recommendations.index(r, 1).data() for r in range(window.recommendations.rowCount())]
        if "97.17" in rows:
            window.table.selectRow(rows.index("97.17"))
            window.table.scrollTo(window.recommendations.index(rows.index("97.17"), 0))
        settle(app, 1.0)
        save(window, args.out / "recommendation.png", saved)
        save(window.panel, args.out / "recommended-again.png", saved)  # the chain across cycles
        window.panel.setCurrentIndex(1)
        settle(app, 0.3)
        save(window.panel, args.out / "recommendation-implementation.png", saved)
        window.panel.setCurrentIndex(window.panel.notes_index)
        settle(app, 0.3)
        save(window.panel, args.out / "recommendation-notes.png", saved)
        window.panel.setCurrentIndex(0)

        window.search_box.setText("death penalty")
        settle(app, 1.0)
        save(window, args.out / "search.png", saved)
        window.search_box.clear()
        settle(app, 0.5)

        window.pages.setCurrentIndex(window.milestones_page)
        settle(app, 1.0)
        save(window, args.out / "milestones.png", saved)
        plans = list_milestones(database, kind="plan")
        if plans:
            window.milestones_view.show_plan(plans[0].id)
            settle(app, 1.0)
            save(window, args.out / "plans.png", saved)
        window.pages.setCurrentIndex(0)

        window.show_vocabularies()
        dialog = window.vocabularies_dialog
        dialog.resize(900, 560)
        settle(app, 1.0)
        save(dialog, args.out / "vocabularies.png", saved)
        dialog.close()

        for extra in extra_screens():
            extra(app, window, args.out, saved)
        window.close()
        database.close()
    for path in saved:
        print(path)
    return 0


def extra_screens() -> list[Callable[[QApplication, MainWindow, Path, list[Path]], None]]:
    """Screens that exist only when their module is installed (kept apart so the list grows simply)."""
    screens = []
    if hasattr(MainWindow, "show_problems"):
        def problems(app: QApplication, window: MainWindow, out: Path, saved: list[Path]) -> None:
            window.show_problems()
            settle(app, 1.0)
            save(window, out / "problems-to-review.png", saved)
        screens.append(problems)
    if hasattr(MainWindow, "show_import_dialog"):
        def importing(app: QApplication, window: MainWindow, out: Path, saved: list[Path]) -> None:
            from importlib.resources import files

            # A copy in a folder of plain name: the picture shows the file's folder.
            shown_folder = Path(tempfile.gettempdir()) / "UPR documents"
            shown_folder.mkdir(exist_ok=True)
            name = "A_HRC_14_10_Kazakhstan_WG_report_2010.txt"
            report = shown_folder / name
            report.write_bytes(files("upr_tracker.resources.demo").joinpath(name).read_bytes())
            dialog = window.show_import_dialog([report])
            settle(app, 2.0)
            save(dialog, out / "import-preview.png", saved)
            dialog.close()
        screens.append(importing)
    if hasattr(MainWindow, "show_report_dialog"):
        def reporting(app: QApplication, window: MainWindow, out: Path, saved: list[Path]) -> None:
            window.sidebar.setCurrentIndex(window.navigator.index(0, 0))
            window.show_report_dialog()
            dialog = window.report_dialog
            settle(app, 1.0, until=lambda: dialog.choices is not None)
            dialog.preview()
            settle(app, 1.0, until=lambda: bool(dialog.preview_images))
            settle(app, 0.5)
            save(dialog, out / "report-preview.png", saved)
            dialog.close()
        screens.append(reporting)

    def backups(app: QApplication, window: MainWindow, out: Path, saved: list[Path]) -> None:
        from upr_tracker.storage.backup_restore import MANUAL, SCHEDULED, take_backup
        from upr_tracker.storage.backups import backup_database

        path = window.database.path
        backup_database(path, "before-upgrade-to-0007")
        for kind in (SCHEDULED, SCHEDULED, MANUAL, SCHEDULED):
            take_backup(path, kind)
        dialog = window.backups.show_dialog()
        settle(app, 1.0, until=lambda: dialog.listed is not None)
        save(dialog, out / "backups.png", saved)
        dialog.close()
    screens.append(backups)

    def suggestions(app: QApplication, window: MainWindow, out: Path, saved: list[Path]) -> None:
        """The suggested categories, issues and SDGs: in a recommendation's panel, then their screen."""
        from upr_tracker.services.suggestions import (
            SuggestionFilter,
            compute_suggestions,
            count_suggestions,
            list_suggestions,
        )

        if count_suggestions(window.database, SuggestionFilter()) == 0:
            compute_suggestions(window.database)
        window.pages.setCurrentIndex(0)
        settle(app, 1.0, until=lambda: window.recommendations.rowCount() > 0)
        first = list_suggestions(window.database, SuggestionFilter(), limit=1)
        if first:
            window.show_recommendation(first[0].recommendation_id)
            window.panel.show_recommendation(first[0].recommendation_id)   # (also when its row was selected)
            settle(app, 3.0, until=lambda: bool(window.panel.suggestions.chips))
            settle(app, 0.5)
            save(window, out / "recommendation-suggestions.png", saved)
        window.suggestions.show()
        settle(app, 1.5, until=lambda: window.suggestions.view.model.rowCount() > 0)
        window.suggestions.view.table.selectRow(0)
        settle(app, 0.5)
        save(window, out / "suggestions.png", saved)
    screens.append(suggestions)

    def conflicts(app: QApplication, window: MainWindow, out: Path, saved: list[Path]) -> None:
        """Two laptops edited one recommendation's text differently: the Conflicts screen."""
        from sqlalchemy import select

        from upr_tracker.storage.models import Recommendation
        from upr_tracker.sync.exchange import apply_changes, collect_changes
        from upr_tracker.sync.replica import knowledge_of

        here = window.database
        with Database.open(Path(here.path).with_name("colleague.sqlite3"), actor="B. Colleague") as other:
            apply_changes(other, collect_changes(here, None))
            for db, words in ((here, "within one year"), (other, "by the end of the cycle")):
                with db.write() as session:
                    rec = session.scalars(select(Recommendation).where(Recommendation.label == "97.17")).one()
                    rec.text = f"{rec.text.rstrip('.')}, {words}."
            apply_changes(here, collect_changes(other, knowledge_of(here)))
        window.show_conflicts()
        settle(app, 1.5, until=lambda: window.conflicts_view.list.model().rowCount() > 0)
        window.conflicts_view.list.setCurrentIndex(window.conflicts_view.list.model().index(0, 0))
        settle(app, 1.0)
        save(window, out / "conflicts.png", saved)
    screens.append(conflicts)
    return screens


if __name__ == "__main__":
    raise SystemExit(main())
