"""Every text the window shows goes through Qt's translation: a literal (or an f-string) handed
straight to a widget's text, title, tooltip, menu, message box or status bar is a string no
catalogue can translate. The scan reads the GUI's source, as lupdate does."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parent.parent / "upr_tracker" / "gui"

# Methods and constructors whose text argument the user reads.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "showMessage", "addMenu",
    "addAction", "addTab", "insertTab", "setTabText", "addItem", "addItems", "insertItem", "addButton",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel",
    "setSpecialValueText", "setSuffix", "setPrefix", "setButtonText", "setCancelButtonText", "addRow",
    "setItemText", "setPlainText", "setHtml", "setTextFormat_", "information", "warning", "critical",
    "question", "about", "getText", "getItem", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "setNameFilter", "setNameFilters", "setFormat", "setDisplayFormat_",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QMessageBox", "QProgressDialog", "QCommandLinkButton", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "QStandardItem",
}

# Receivers of calls that write to the log (their warning() is not a message box's).
LOGGERS = {"log", "logger", "logging"}


def _visible_literal(node: ast.expr) -> bool:
    """A string a person would read: it holds a letter and is not a bare key, path pattern or format."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
                   for part in node.values)
    if isinstance(node, ast.BinOp):
        return _visible_literal(node.left) or _visible_literal(node.right)
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value.strip()
    return any(c.isalpha() for c in text) and not text.startswith(("*.", "<!--")) and text not in {"UPR Tracker"}


def untranslated_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name not in TEXT_METHODS and name not in TEXT_CLASSES:
            continue
        if isinstance(function, ast.Attribute) and getattr(function.value, "id", "") in LOGGERS:
            continue  # log.warning(…): for the log, not the user (never translated)
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            items = argument.elts if isinstance(argument, (ast.List, ast.Tuple)) else [argument]
            for item in items:
                if _visible_literal(item):
                    found.append(f"{path.name}:{item.lineno}: {name}({ast.unparse(item)[:60]})")
    return found


@pytest.mark.parametrize("module", sorted(p.name for p in GUI.glob("*.py")))
def test_the_window_hands_no_untranslated_text_to_a_widget(module: str) -> None:
    assert untranslated_texts(GUI / module) == []


def test_the_scan_finds_an_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, n):\n"
        "    self.title.setText('Recommendations')\n"
        "    QPushButton(self.tr('Import'))\n"
        "    box.setWindowTitle(f'{n} recommendations')\n"
        "    menu.addAction(translate('MainWindow', 'Open…'))\n"
        "    dialog.setNameFilter('*.pdf')\n")
    assert untranslated_texts(sample) == [
        "sample.py:2: setText('Recommendations')",
        "sample.py:4: setWindowTitle(f'{n} recommendations')",
    ]


def test_the_scan_leaves_log_messages(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, exc):\n"
        "    log.warning('the sync failed: %s', exc)\n"
        "    QMessageBox.warning(self, 'Sync', 'The sync failed.')\n")
    assert untranslated_texts(sample) == [
        "sample.py:3: warning('Sync')",
        "sample.py:3: warning('The sync failed.')",
    ]
