"""Every screen in a pseudo-locale (each text accented and 40% longer, as German or Russian run
longer than English): nothing cut, no window wider than a laptop. The same screens in Arabic are
mirrored right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

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
def pseudo_locale(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:  # noqa: ANN001
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    window_languages.install_language(qapp, language("en"), extra=translator)
    try:
        yield
    finally:
        window_languages.install_language(qapp, language("en"))


def settle(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def test_the_pseudo_locale_changes_every_text_it_shows(qtbot, demo_file: Path, pseudo_locale) -> None:  # noqa: ANN001
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        titles = [window.menuBar().actions()[i].text() for i in range(len(window.menuBar().actions()))]
        assert titles and all(title.startswith("[") and title.endswith("]") for title in titles)
        assert QCoreApplication.translate("Position", "Noted").startswith("[Ñøtéd")


def test_the_main_window_cuts_no_text_in_a_longer_language(qtbot, demo_file: Path, pseudo_locale) -> None:  # noqa: ANN001
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        window.resize(1366, 768)
        settle(qtbot, window)
        cut = []
        for index in range(window.pages.count()):
            window.pages.setCurrentIndex(index)
            QApplication.processEvents()
            cut += cut_texts(window)
        assert sorted(set(cut)) == []


def test_the_window_mirrors_in_arabic(qtbot, demo_file: Path, qapp: QApplication) -> None:  # noqa: ANN001
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
