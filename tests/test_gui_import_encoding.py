"""The encoding row of the import dialog: the encoding a text or CSV file was read in and how sure,
a warning with a line of the file when it is a guess, and another encoding chosen and previewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.encoding_samples import RECOMMENDATIONS, UPRINFO_HEADER
from tests.sample_paths import CHINA_MATRIX_DOCX, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.gui.import_dialog import ImportDialog
from upr_tracker.gui.import_encoding_row import DETECT
from upr_tracker.gui.import_entries import EntryStatus, WarningRole
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    count_recommendations,
)
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")
TIMEOUT = 20_000



def open_dialog(qtbot, db: Database, tasks: TaskRunner, paths: list[Path]) -> ImportDialog:
    dialog = ImportDialog(lambda: db, tasks, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state_combo.count() > 1, timeout=TIMEOUT)
    return dialog


def wait_ready(qtbot, dialog: ImportDialog, path: Path, *statuses: EntryStatus):
    wanted = statuses or (EntryStatus.READY,)

    def entry():
        return next(e for e in dialog.entries if e.path == path)

    qtbot.waitUntil(lambda: entry().status in wanted and not dialog.busy, timeout=TIMEOUT)
    return entry()


def uprinfo_export(path: Path, texts: list[str], encoding: str) -> Path:
    lines = [",".join(UPRINFO_HEADER)]
    lines += [f'Kazakhstan,Asia,,"{text}",France,WEOG,,Accepted,5,Justice,7' for text in texts]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def choose(qtbot, dialog: ImportDialog, codec: str) -> None:
    combo = dialog.encoding_row.combo
    combo.setCurrentIndex(combo.findData(codec))


def test_a_detected_encoding_is_shown_without_a_warning(qtbot, db: Database, tasks: TaskRunner,
                                                        tmp_path: Path) -> None:
    export = uprinfo_export(tmp_path / "kaz.csv", [text for text, _ in RECOMMENDATIONS["ru"]], "koi8-r")
    dialog = open_dialog(qtbot, db, tasks, [export])
    entry = wait_ready(qtbot, dialog, export)
    row = dialog.encoding_row
    assert row.isVisible()
    assert row.used_label.text() == "KOI8-R (Russian), detected"
    assert row.combo.currentText() == DETECT and row.combo.isEnabled()
    assert not row.warning.isVisible()
    assert entry.report.encoding.codec == "koi8-r"


def test_a_guess_warns_and_another_encoding_is_previewed_then_imported(qtbot, db: Database, tasks: TaskRunner,
                                                                       tmp_path: Path) -> None:
    export = uprinfo_export(tmp_path / "short.csv", ["Přijmout zákon o rovném zacházení"], "cp1250")
    dialog = open_dialog(qtbot, db, tasks, [export])
    entry = wait_ready(qtbot, dialog, export)
    row = dialog.encoding_row
    assert entry.report.encoding.uncertain
    assert entry.subtitle() == "UPR Info database export · 1 rows · encoding guessed"
    index = dialog.model.index(dialog.model.row_of(entry), 0)
    assert index.data(WarningRole) is True
    assert row.used_label.text().endswith(", guessed")
    assert row.warning.isVisible()
    warning = row.warning.text()
    assert "is a guess" in warning and "Přijmout zákon" in warning and "Read as" in warning

    choose(qtbot, dialog, "cp1252")   # the wrong one: the preview follows it
    entry = wait_ready(qtbot, dialog, export)
    assert entry.options.encoding == "cp1252"
    assert entry.report.encoding.codec == "cp1252" and entry.report.encoding.given
    assert row.used_label.text() == "Windows-1252 (Western European), given"
    assert not row.warning.isVisible()
    assert "encoding guessed" not in entry.subtitle()

    choose(qtbot, dialog, "cp1250")
    entry = wait_ready(qtbot, dialog, export)
    assert entry.report.encoding.codec == "cp1250"
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_all()
    assert count_recommendations(db, RecommendationFilter(text_query="Přijmout")) == 1

    assert entry.status is EntryStatus.IMPORTED
    assert not row.combo.isEnabled()   # an imported file is not read again
    dialog.grab().save(str(tmp_path / "encoding_row.png"))


def test_detect_again_after_a_choice(qtbot, db: Database, tasks: TaskRunner, tmp_path: Path) -> None:
    export = uprinfo_export(tmp_path / "kaz.csv", [text for text, _ in RECOMMENDATIONS["ru"]], "cp1251")
    dialog = open_dialog(qtbot, db, tasks, [export])
    wait_ready(qtbot, dialog, export)
    choose(qtbot, dialog, "koi8-r")
    wait_ready(qtbot, dialog, export)
    dialog.encoding_row.combo.setCurrentIndex(0)
    entry = wait_ready(qtbot, dialog, export)
    assert entry.options.encoding is None
    assert dialog.encoding_row.used_label.text() == "Windows-1251 (Cyrillic), detected"


def test_a_text_document_shows_its_encoding_and_a_word_file_none(qtbot, db: Database, tasks: TaskRunner,
                                                                 tmp_path: Path) -> None:
    report = tmp_path / "A_HRC_14_10.txt"
    report.write_bytes(KAZAKHSTAN_WG_REPORT_TXT.read_text("utf-8").encode("cp1252"))
    dialog = open_dialog(qtbot, db, tasks, [report, CHINA_MATRIX_DOCX])
    wait_ready(qtbot, dialog, report)
    dialog.select_entry(next(e for e in dialog.entries if e.path == report))
    assert dialog.encoding_row.isVisible()
    assert dialog.encoding_row.used_label.text() == "Windows-1252 (Western European), detected"
    wait_ready(qtbot, dialog, CHINA_MATRIX_DOCX)
    dialog.select_entry(next(e for e in dialog.entries if e.path == CHINA_MATRIX_DOCX))
    assert not dialog.encoding_row.isVisible()


def test_a_file_that_fails_in_its_guessed_encoding_can_be_read_in_another(qtbot, db: Database, tasks: TaskRunner,
                                                                          tmp_path: Path) -> None:
    # Read as UTF-16 the report is no document at all; the user can still choose its encoding.
    report = tmp_path / "A_HRC_14_10.txt"
    report.write_bytes(KAZAKHSTAN_WG_REPORT_TXT.read_text("utf-8").encode("cp1252"))
    dialog = open_dialog(qtbot, db, tasks, [report])
    wait_ready(qtbot, dialog, report)
    choose(qtbot, dialog, "utf-16")
    entry = wait_ready(qtbot, dialog, report, EntryStatus.FAILED)
    if dialog.last_error_box is not None:
        dialog.last_error_box.close()
    assert dialog.encoding_row.combo.isEnabled()
    assert dialog.encoding_row.used_label.text() == "UTF-16, given"
    choose(qtbot, dialog, "cp1252")
    entry = wait_ready(qtbot, dialog, report)
    assert entry.report.recommendations.created == 128
