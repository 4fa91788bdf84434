"""The encoding row of the import dialog: for a text or CSV file, the encoding it was read in and
how sure that is, a choice of another, and a warning with a line of the file when it is a guess."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from upr_tracker.gui.import_dialog_widgets import banner, plain_label
from upr_tracker.gui.import_entries import EntryStatus, ImportEntry
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.parsing.text_encoding import (
    ENCODING_TITLES,
    EncodingUsed,
    encoding_title,
)

# The files whose encoding is read from their bytes (not PDF, Word, Excel or JSON).
TEXT_SUFFIXES = (".txt", ".csv", ".tsv")
DETECT = QT_TRANSLATE_NOOP("EncodingRow", "Detect automatically")


def applies_to(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES


def entry_encoding(entry: ImportEntry) -> EncodingUsed | None:
    """The encoding the entry's file was last read in, from its preview, its header or what was detected."""
    for source in (entry.report, entry.columns, entry.detected):
        encoding = getattr(source, "encoding", None)
        if isinstance(encoding, EncodingUsed):
            return encoding
    return None


class EncodingRow(QWidget):
    """Shows an entry's encoding; emits `chosen` with a codec name, or None to detect it again."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encoding_row")
        self.used_label = plain_label()
        self.used_label.setObjectName("encoding_label")
        self.combo = QComboBox()
        self.combo.setObjectName("encoding_combo")
        self.combo.addItem(self.tr(DETECT), None)
        for codec, title in ENCODING_TITLES.items():
            self.combo.addItem(title, codec)
        self.combo.setToolTip(self.tr("If the preview's text looks wrong (odd letters or symbols inside words), "
                                      "choose the encoding the file was saved in: the preview follows."))
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.warning = banner("encoding_banner", "#fff4d6", "#e0b84a")

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Encoding:")))
        line.addWidget(self.used_label, 1)
        line.addWidget(QLabel(self.tr("Read as:")))
        line.addWidget(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.warning)

    def show_entry(self, entry: ImportEntry) -> None:
        """Show what the entry's file was read in; hidden for files that are not text."""
        visible = applies_to(entry.path)
        self.setVisible(visible)
        if not visible:
            return
        self._select(entry.options.encoding)
        self.combo.setEnabled(entry.status not in (EntryStatus.IMPORTING, EntryStatus.IMPORTED, EntryStatus.READING))
        used = entry_encoding(entry)
        if used is not None:   # how sure it is, as the reading says it
            self.used_label.setText(fill(self.tr("%1, %2", "an encoding, how sure its reading is"), used.title,
                                         used.how()))
        elif entry.status is EntryStatus.READING:
            self.used_label.setText(self.tr("reading…"))
        elif entry.options.encoding:
            self.used_label.setText(fill(self.tr("%1, given"), encoding_title(entry.options.encoding)))
        else:
            self.used_label.setText(self.tr("not known (the file could not be read)"))
        self._show_warning(used)

    def _select(self, codec: str | None) -> None:
        index = self.combo.findData(codec)
        if index < 0 and codec:   # a name given elsewhere (the command line's list is longer)
            self.combo.addItem(encoding_title(codec), codec)
            index = self.combo.count() - 1
        self.combo.blockSignals(True)
        try:
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)

    def _show_warning(self, used: EncodingUsed | None) -> None:
        if used is None or not used.uncertain:
            self.warning.hide()
            return
        others = self.tr(" or ", "between two encodings").join(encoding_title(codec) for codec in used.alternatives)
        if others:
            text = fill(self.tr("The encoding of this file is a guess: it was read as %1, but it may be %2."),
                        used.title, others)
        else:
            text = fill(self.tr("The encoding of this file is a guess: it was read as %1."), used.title)
        if used.sample:
            text += "\n" + fill(self.tr("A line as read: “%1”"), used.sample)
        text += "\n" + self.tr("If letters look wrong, choose the encoding under “Read as”; the preview follows.")
        self.warning.setText(text)
        self.warning.show()

    def _on_index_changed(self, _index: int) -> None:
        self.chosen.emit(self.combo.currentData())
