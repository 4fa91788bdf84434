"""The import screens, the problems' dialogs and Edit ▸ Undo speak the language of the catalogue
installed: a catalogue made here (a few messages in French, compiled by Qt's lrelease) is found
under the context names the code uses, plurals included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from upr_tracker.gui.column_mapping_panel import ColumnMappingPanel
from upr_tracker.gui.document_import_flow import DocumentImportFlow
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.import_encoding_row import EncodingRow
from upr_tracker.gui.import_entries import kind_name
from upr_tracker.gui.undo_actions import UndoActions
from tests.small_catalogue import compiled_catalogue, installed_catalogue, ts_text

# (context, source, French): one string, or the forms of a plural (French: 0-1, then 2 and more)
FRENCH = [
    ("ColumnMappingPanel", "Columns of this table", "Colonnes de ce tableau"),
    ("ColumnMappingPanel", "Save mapping as…", "Enregistrer la correspondance sous…"),
    ("EncodingRow", "Detect automatically", "Détecter automatiquement"),
    ("ImportEntries", "Working Group report", "Rapport du Groupe de travail"),
    ("UndoActions", "&Undo", "&Annuler"),
    ("DocumentImportFlow", "Import", "Importer"),
    ("DocumentImportFlow", "%n document(s) imported: %1 new recommendations.",
     ["%n document importé : %1 nouvelles recommandations.", "%n documents importés : %1 nouvelles recommandations."]),
]


@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[None]:  # noqa: ANN001
    with installed_catalogue(compiled_catalogue(ts_text(FRENCH, "fr_FR"), tmp_path)):
        yield


def test_the_column_mapping_panel_and_the_encoding_row_speak_french(french: None, qtbot) -> None:  # noqa: ANN001
    panel = ColumnMappingPanel()
    qtbot.addWidget(panel)
    assert panel.title() == "Colonnes de ce tableau"
    assert panel.save_button.text() == "Enregistrer la correspondance sous…"
    row = EncodingRow()
    qtbot.addWidget(row)
    assert row.combo.itemText(0) == "Détecter automatiquement"
    assert kind_name("wg-report") == "Rapport du Groupe de travail"


def test_undo_and_the_import_summary_speak_french_plurals_included(french: None, qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = UndoActions(QUndoStack(parent), parent, lambda _message: None)
    assert actions.undo.text() == "&Annuler"
    flow = DocumentImportFlow(parent, tasks=None, database=lambda: None)  # type: ignore[arg-type]
    flow._summarise()   # nothing imported: zero takes French's first form
    assert flow.summary_box.windowTitle() == "Importer"
    assert flow.summary_box.text() == "0 document importé : 0 nouvelles recommandations."
    flow.summary_box.close()


def test_without_a_catalogue_the_english_source_is_shown(qtbot) -> None:  # noqa: ANN001
    panel = ColumnMappingPanel()
    qtbot.addWidget(panel)
    assert panel.title() == "Columns of this table"
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = DocumentImportFlow(parent, tasks=None, database=lambda: None)  # type: ignore[arg-type]
    flow._summarise()
    assert flow.summary_box.text() == "0 documents imported: 0 new recommendations."
    flow.summary_box.close()


@given(st.integers(min_value=0, max_value=10**6))
def test_an_untranslated_count_says_its_english_word_for_the_number(n: int) -> None:
    text = counted(f"Import {n} file(s)", n)
    assert text == (f"Import {n} file" if n == 1 else f"Import {n} files")
    assert counted("Import 2 fichiers", 2) == "Import 2 fichiers"   # a translation is left as it is
