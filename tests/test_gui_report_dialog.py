"""The report dialog: from the window's menu, set to what the window shows; a preview of the pages;
saving in each format in the background; errors said plainly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pypdf import PdfReader

from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.report_dialog import ReportDialog, file_name
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.reports.compose import SECTIONS, ReportTemplate
from upr_tracker.reports.document import ReportFormat
from upr_tracker.services import notes
from upr_tracker.services.demo import build_demo_database
from upr_tracker.services.organisation import organisation_name
from upr_tracker.services.recommendations import RecommendationFilter, count_by_position, list_recommendation_ids
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")
TIMEOUT = 30_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo_database(path)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    with Database.open(copy) as db:
        yield db



def open_dialog(qtbot, db: Database, tasks: TaskRunner, **scope) -> ReportDialog:
    dialog = ReportDialog(lambda: db, tasks, **scope)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=TIMEOUT)
    return dialog


def choose(dialog: ReportDialog, template: ReportTemplate) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(template))


def test_the_dialog_starts_on_the_review_it_is_given_and_lists_the_sections(qtbot, demo: Database, tasks) -> None:
    dialog = open_dialog(qtbot, demo, tasks, state="KAZ", cycle=1)
    assert dialog.state.currentData() == "KAZ"
    assert dialog.cycle.currentData() == 1
    for template in ReportTemplate:
        choose(dialog, template)
        assert list(dialog.section_boxes) == [key for key, _label in SECTIONS[template]]
    choose(dialog, ReportTemplate.COUNTRY_BRIEF)
    request = dialog.request()
    # In the loop the thematic brief left the cycle at "any", and the mid-term report after it took the
    # State's latest review: the demo's 2014 one.
    assert (request.template, request.state, request.cycle) == (ReportTemplate.COUNTRY_BRIEF, "KAZ", 2)
    assert request.sections == frozenset(key for key, _label in SECTIONS[ReportTemplate.COUNTRY_BRIEF])
    assert not dialog.theme.isEnabled()  # a country brief has no theme
    choose(dialog, ReportTemplate.THEMATIC)
    assert dialog.theme.isEnabled() and dialog.search.isEnabled()


def test_preview_shows_the_pages_of_the_report(qtbot, demo: Database, tasks) -> None:
    dialog = open_dialog(qtbot, demo, tasks, state="KAZ", cycle=1)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_images != [], timeout=TIMEOUT)
    pages = [w for w in dialog.pages.findChildren(QLabel) if w.objectName().startswith("report_page_")]
    assert len(pages) == len(dialog.preview_images) >= 2  # the cover and the content
    assert dialog.preview_images[0].width() > 0
    assert dialog.message.text() == f"{len(pages)} pages."


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_saving_builds_the_report_in_the_background_and_writes_it(qtbot, demo: Database, tasks, tmp_path: Path, monkeypatch,
                                                     fmt: ReportFormat) -> None:
    dialog = open_dialog(qtbot, demo, tasks, state="KAZ", cycle=1)
    dialog.format_buttons[fmt].setChecked(True)
    dialog.organisation.setText("Kazakhstan Bureau for Human Rights")
    target = tmp_path / "brief"  # no extension: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_button.click()
    path = Path(saved.args[0])
    assert path == target.with_name(f"brief.{fmt.value}")
    counts = count_by_position(demo, RecommendationFilter(state="KAZ", cycle=1))
    total = len(list_recommendation_ids(demo, RecommendationFilter(state="KAZ", cycle=1)))
    if fmt is ReportFormat.PDF:
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    elif fmt is ReportFormat.DOCX:
        document = Document(str(path))
        text = "\n".join([p.text for p in document.paragraphs]
                         + [c.text for t in document.tables for r in t.rows for c in r.cells])
    else:
        text = path.read_text(encoding="utf-8")
    assert "Kazakhstan" in text and "Kazakhstan Bureau for Human Rights" in text
    assert str(total) in text and str(counts["supported"]) in text
    assert organisation_name(demo) == "Kazakhstan Bureau for Human Rights"  # remembered for the next one
    assert dialog.message.text().startswith(f"Saved to {path}")


def test_confidential_notes_only_when_asked_and_the_dialog_says_so(qtbot, demo: Database, tasks, tmp_path: Path) -> None:
    recommendation = list_recommendation_ids(demo, RecommendationFilter(state="KAZ", cycle=1))[0]
    notes.add_note(demo, "Источник в министерстве: проект закона отложен", recommendation_id=recommendation,
                   confidential=True)
    dialog = open_dialog(qtbot, demo, tasks, state="KAZ", cycle=1)
    dialog.format_buttons[ReportFormat.HTML].setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save(tmp_path / "open.html")
    assert "проект закона" not in (tmp_path / "open.html").read_text(encoding="utf-8")
    dialog.confidential.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save(tmp_path / "closed.html")
    assert "проект закона" in (tmp_path / "closed.html").read_text(encoding="utf-8")
    assert "confidential notes" in dialog.message.text()


def test_suggested_themes_are_used_unless_the_box_is_unticked(qtbot, demo: Database, tasks, tmp_path: Path) -> None:
    legend = "Themes marked † are suggested by UPR Tracker where a person has not confirmed them."
    dialog = open_dialog(qtbot, demo, tasks, state="KAZ", cycle=1)
    dialog.format_buttons[ReportFormat.HTML].setChecked(True)
    assert dialog.suggestions.isChecked() and dialog.request().include_suggestions
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save(tmp_path / "suggested.html")
    assert legend in (tmp_path / "suggested.html").read_text(encoding="utf-8")
    dialog.suggestions.setChecked(False)
    assert not dialog.request().include_suggestions
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save(tmp_path / "confirmed.html")
    page = (tmp_path / "confirmed.html").read_text(encoding="utf-8")
    assert legend not in page and "†" not in page


def test_a_report_without_its_review_says_what_is_missing(qtbot, demo: Database, tasks, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, demo, tasks)
    dialog.state.setCurrentIndex(0)  # any State: a country brief needs one
    boxes: list[QMessageBox] = []
    monkeypatch_box = dialog._show_error

    def keep(exc: BaseException) -> None:
        monkeypatch_box(exc)
        boxes.extend(b for b in dialog.findChildren(QMessageBox) if b not in boxes)

    dialog._show_error = keep
    dialog.save(tmp_path / "nothing.pdf")
    qtbot.waitUntil(lambda: bool(boxes), timeout=TIMEOUT)
    assert "state" in boxes[0].text().lower()
    assert not (tmp_path / "nothing.pdf").exists()
    assert dialog.save_button.isEnabled()


def test_the_window_opens_the_dialog_on_the_review_chosen(qtbot, demo: Database) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.database_total > 0, timeout=TIMEOUT)
    review = next(iter(window.reviews.values()))
    window.scope = type(window.scope)(review_id=review.id)
    window.show_report_dialog()
    dialog = window.report_dialog
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=TIMEOUT)
    assert (dialog.state.currentData(), dialog.cycle.currentData()) == (review.state_iso3, review.cycle)
    dialog.close()


def test_file_names_from_titles_have_no_forbidden_characters() -> None:
    assert file_name('Country brief: Kazakhstan / cycle 1 "draft"?') == "Country brief Kazakhstan cycle 1 draft"
    assert file_name(":::") == "report"


def test_the_report_s_text_documents_are_made_on_the_gui_thread_only(qtbot, demo: Database, tasks, tmp_path: Path,
                                                                     monkeypatch) -> None:
    """A Qt text document made on a worker's thread can deadlock with the GUI thread (see
    report_dialog.qt_text_work): the preview and the saving lay the report out here."""
    import threading

    from upr_tracker.reports import text_document

    made_on: list[str] = []
    original = text_document._new_document

    def recording(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        made_on.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(text_document, "_new_document", recording)
    dialog = open_dialog(qtbot, demo, tasks, state="KAZ", cycle=1)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_images != [], timeout=TIMEOUT)
    dialog.format_buttons[ReportFormat.PDF].setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save(tmp_path / "brief.pdf")
    assert made_on and set(made_on) == {threading.main_thread().name}
