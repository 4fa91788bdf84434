"""Every screen in a pseudo-locale (each text accented and 40% longer, as German or Russian run
longer than English): nothing cut, no window wider than a laptop. The same screens in Arabic are
mirrored right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from tests.cut_texts import cut_texts
from tests.shown_window import shown_window
from tests.translation_tools import translation_tools
from upr_tracker.gui import language as window_languages
from upr_tracker.i18n.languages import language

pytestmark = pytest.mark.usefixtures("gui_settings")
tools = translation_tools()


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tools.pseudo_catalogue(tools.catalogue("en"), tmp_path_factory.mktemp("pseudo") / "pseudo.qm")


@pytest.fixture
def pseudo_locale(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    window_languages.install_language(qapp, language("en"), extra=translator)
    try:
        yield
    finally:
        window_languages.install_language(qapp, language("en"))


def settle(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def test_the_pseudo_locale_changes_every_text_it_shows(qtbot, demo_file: Path, pseudo_locale) -> None:
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        titles = [window.menuBar().actions()[i].text() for i in range(len(window.menuBar().actions()))]
        assert titles and all(title.startswith("[") and title.endswith("]") for title in titles)
        assert QCoreApplication.translate("Position", "Noted").startswith("[Ñøtéd")


def settled(qtbot, window) -> None:
    """The window once its readings are in and its layouts done."""
    for _ in range(3):
        window.tasks.wait_for_all()
        QApplication.processEvents()
        qtbot.wait(20)


def select_recommendation(qtbot, window) -> None:
    window.pages.setCurrentIndex(0)
    window.table.selectRow(0)
    settled(qtbot, window)


def select_milestone(qtbot, window) -> None:
    window.pages.setCurrentIndex(window.milestones_page)
    settled(qtbot, window)
    window.milestones_view.table.selectRow(0)
    settled(qtbot, window)


def select_problem(qtbot, window) -> None:
    window.show_problems()
    view = window.problems_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.list.setCurrentIndex(view.model.index(0, 0))
    settled(qtbot, window)
    assert view.current_item() is not None


def with_suggestions(window):
    """The demo's suggestions (computed once if the demo came without them): the first pending one."""
    from upr_tracker.services.suggestions import SuggestionFilter, compute_suggestions, list_suggestions

    if not list_suggestions(window.database, SuggestionFilter(), limit=1):
        compute_suggestions(window.database)
    return list_suggestions(window.database, SuggestionFilter(), limit=1)[0]


def select_suggested_recommendation(qtbot, window) -> None:
    suggestion = with_suggestions(window)
    window.pages.setCurrentIndex(0)
    window.show_recommendation(suggestion.recommendation_id)
    # Read again: the suggestions may have been computed after the panel showed that row.
    window.panel.show_recommendation(suggestion.recommendation_id)
    qtbot.waitUntil(lambda: bool(window.panel.suggestions.chips), timeout=10_000)
    settled(qtbot, window)


def show_suggestions(qtbot, window) -> None:
    with_suggestions(window)
    window.suggestions.show()
    view = window.suggestions.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.table.selectRow(0)
    settled(qtbot, window)


def panel_tab(index: int):
    def show(qtbot, window) -> None:
        select_recommendation(qtbot, window)
        window.panel.setCurrentIndex(index)
    return show


def page(name: str):
    def show(qtbot, window) -> None:
        window.pages.setCurrentIndex(getattr(window, name))
    return show


# Each page of the window, as a person sees it with something chosen.
PAGES = {
    "recommendation": panel_tab(0),
    "implementation": panel_tab(1),
    "linked milestones": panel_tab(2),
    "notes": panel_tab(3),
    "history": panel_tab(4),
    "milestones and plans": select_milestone,
    "problems to review": select_problem,
    "conflicts": page("conflicts_page"),
    "recommendation with suggestions": select_suggested_recommendation,
    "suggestions": show_suggestions,
    "dashboard": lambda qtbot, window: window.dashboard.show(),
}


@pytest.mark.parametrize("screen", list(PAGES))
def test_no_page_of_the_window_cuts_a_text_in_a_longer_language(qtbot, demo_file: Path, pseudo_locale,
                                                               screen: str) -> None:
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        window.resize(1366, 768)
        settle(qtbot, window)
        PAGES[screen](qtbot, window)
        settled(qtbot, window)
        assert window.width() <= 1366
        assert sorted(set(cut_texts(window))) == []


def review_id(window):
    from upr_tracker.services.reviews import list_reviews

    return list_reviews(window.database)[0].id


def demo_addendum() -> Path:
    return Path(__file__).resolve().parents[1] / "resources" / "demo" / "A_HRC_14_10_Add1_Kazakhstan_2010_positions.txt"


def open_terms(qtbot, window):
    from upr_tracker.gui.recommendation_panel import TermsDialog

    # (the panel runs it modal)
    return TermsDialog(["Death penalty", "Detention", "Torture and other CID treatment"], ["Death penalty"], window)


def open_editor(qtbot, window):
    select_recommendation(qtbot, window)
    return window.edit_recommendation()


def open_link_milestone(qtbot, window):
    from upr_tracker.gui.link_milestone_dialog import LinkMilestoneDialog

    # (the window runs it modal) for the first recommendation of the table
    select_recommendation(qtbot, window)
    return LinkMilestoneDialog(window.database, "KAZ", window.selected_recommendation_ids(), window)


def open_edit_milestone(qtbot, window):
    select_milestone(qtbot, window)
    return window.milestones_view.edit_selected()


def problem_dialog(name: str):
    def open_it(qtbot, window):
        from upr_tracker.gui import problem_dialogs

        select_problem(qtbot, window)
        return getattr(problem_dialogs, name)(window.problems_view.current_item(), window)
    return open_it


def plain(module: str, name: str, *args, **kwargs):
    """A dialog built directly, with the window as its parent."""
    def open_it(qtbot, window):
        import importlib

        return getattr(importlib.import_module(f"upr_tracker.gui.{module}"), name)(
            *[arg(window) if callable(arg) else arg for arg in args], parent=window, **kwargs)
    return open_it


# The dialogs, each opened as the window opens it (None: the dialog opened is found among the
# windows shown).
DIALOGS = {
    "report": lambda qtbot, window: window.show_report_dialog(),
    "import": lambda qtbot, window: window.show_import_dialog([demo_addendum()]),
    "new milestone": lambda qtbot, window: window.milestones_view.new_milestone(),
    "edit milestone": open_edit_milestone,
    "link milestone": open_link_milestone,
    "new review": lambda qtbot, window: window.new_review(),
    "review dates": lambda qtbot, window: window.dashboard.edit_review_dates(review_id(window)),
    "vocabularies": lambda qtbot, window: window.show_vocabularies(),
    "backups": lambda qtbot, window: window.backups.show_dialog(),
    "copy database": lambda qtbot, window: __import__("upr_tracker.gui.copy_dialog",
                                                      fromlist=["x"]).show_copy_dialog(window),
    "send changes": lambda qtbot, window: __import__("upr_tracker.gui.bundle_dialogs",
                                                     fromlist=["x"]).show_send_dialog(window),
    "receive changes": lambda qtbot, window: __import__("upr_tracker.gui.bundle_dialogs",
                                                        fromlist=["x"]).show_receive_dialog(window),
    "team database": plain("team_database_dialog", "TeamDatabaseDialog"),
    "passphrase": lambda qtbot, window: __import__("upr_tracker.gui.passphrase_dialog", fromlist=["x"]).PassphraseDialog(
        window, "Encrypt", "Encrypt it", new=True),
    "assessment": lambda qtbot, window: __import__("upr_tracker.gui.assessments_page", fromlist=["x"]).AssessmentDialog(
        window),
    "new recommendation": lambda qtbot, window: window.new_recommendation(),
    "edit recommendation": open_editor,
    "terms": open_terms,
    "correct position": problem_dialog("CorrectPositionDialog"),
    "split text": problem_dialog("SplitTextDialog"),
    "resolve with a note": problem_dialog("ResolveNoteDialog"),
    "about": lambda qtbot, window: window.show_about(),
    "third-party notices": lambda qtbot, window: (window.show_about(), window.about_box.show_notices(),
                                                  window.about_box.notices_dialog)[-1],
}


def shown_dialogs(window) -> set:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and w is not window}


@pytest.mark.parametrize("screen", list(DIALOGS))
def test_no_dialog_cuts_a_text_in_a_longer_language(qtbot, demo_file: Path, pseudo_locale,
                                                     screen: str) -> None:
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        window.resize(1366, 768)
        settle(qtbot, window)
        before = shown_dialogs(window)
        dialog = DIALOGS[screen](qtbot, window)
        settled(qtbot, window)
        if not isinstance(dialog, QDialog):
            opened = shown_dialogs(window) - before
            assert len(opened) == 1, f"{screen}: {opened}"
            dialog = opened.pop()
        try:
            dialog.show()
            qtbot.waitExposed(dialog)
            settled(qtbot, window)
            shown = [dialog.windowTitle()] + [w.text() for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind)
                     if w.isVisibleTo(dialog)]
            assert any(text.startswith("[") for text in shown), shown   # the pseudo-locale speaks in it
            assert sorted(set(cut_texts(dialog))) == []
        finally:
            dialog.reject()
            settled(qtbot, window)


def test_the_window_mirrors_in_arabic(qtbot, demo_file: Path, qapp: QApplication) -> None:
    from upr_tracker.storage.database import Database

    try:
        window_languages.install_language(qapp, language("ar"))
        with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            # The menu bar starts on the right: the first menu sits right of the last one.
            bar = window.menuBar()
            first, last = bar.actionGeometry(bar.actions()[0]), bar.actionGeometry(bar.actions()[-1])
            assert first.x() > last.x()
    finally:
        window_languages.install_language(qapp, language("en"))


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_a_lists_coloured_dot_leads_its_text_in_either_direction(qtbot, direction: Qt.LayoutDirection) -> None:
    from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView

    from upr_tracker.gui.import_entries import TwoLineDelegate

    model = QStandardItemModel()
    item = QStandardItem("Repair to check")
    item.setData(QColor("#ff0000"), Qt.ItemDataRole.DecorationRole)
    model.appendRow(item)
    view = QListView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.setModel(model)
    view.setItemDelegate(TwoLineDelegate(view))
    view.resize(400, 120)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    red = [x for x in range(image.width()) for y in range(40)
           if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80]
    assert red
    if direction == Qt.LayoutDirection.RightToLeft:
        assert min(red) > image.width() * 3 // 4
    else:
        assert max(red) < image.width() // 4


def test_the_user_guide_window_cuts_no_text_in_a_longer_language(qtbot, demo_file: Path, pseudo_locale) -> None:
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        guide = window.show_user_guide()
        guide.language_note.show()   # (shown in a language other than the guide's)
        guide.find_box.setText("no such words anywhere")   # "Not found" shown
        qtbot.waitExposed(guide)
        settled(qtbot, window)
        assert guide.windowTitle().startswith("[")
        assert guide.width() <= 1366
        assert sorted(set(cut_texts(guide))) == []
