"""Small widgets of the import dialog: number cards, banners, plain labels, table set-up, and the
line that says what an addendum answered of what awaited an answer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
)

from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.document_import import AwaitedAnswers

# --- small widgets --------------------------------------------------------------------------------


class StatCard(QFrame):
    """A number over its caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("stat_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.number = QLabel("—")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = QLabel(caption)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, value: int | None, caption: str | None = None) -> None:
        self.number.setText("—" if value is None else QLocale().toString(value))
        if caption is not None:
            self.caption.setText(caption)


def banner(object_name: str, background: str, border: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"QLabel#{object_name} {{ background: {background}; border: 1px solid {border}; "
                        "border-radius: 4px; padding: 8px; color: #222; }")
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
    label.hide()
    return label


# (background, border): amber while recommendations stay unanswered, green when all got an answer
_UNANSWERED_COLOURS = ("#fff4d6", "#e0b84d")
_ALL_ANSWERED_COLOURS = ("#e6f4ea", "#7fbf8f")


def awaited_banner() -> QLabel:
    """Where the preview says how many of the recommendations awaiting an answer the addendum answers."""
    return banner("preview_awaited", *_UNANSWERED_COLOURS)


def show_awaited(label: QLabel, awaited: AwaitedAnswers | None) -> None:
    """ "Answered 2 of 97 recommendations awaiting an answer; 95 flagged for review", or hidden."""
    if awaited is None:
        label.hide()
        return
    background, border = _UNANSWERED_COLOURS if awaited.unanswered else _ALL_ANSWERED_COLOURS
    label.setStyleSheet(f"QLabel#preview_awaited {{ background: {background}; border: 1px solid {border}; "
                        "border-radius: 4px; padding: 8px; color: #222; }")
    summary = awaited.summary()   # the service's account, as it words it
    text = fill(translate("ImportDialogWidgets", "%1."), summary[:1].upper() + summary[1:])
    if awaited.unanswered:
        text = fill(translate("ImportDialogWidgets", "%1. Each one left unanswered stays as it was, marked as needing "
                                                     "review, and is listed under Problems to review."),
                    summary[:1].upper() + summary[1:])
    label.setText(text)
    label.show()


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def configure_table(view: QTableView, widths: Sequence[int], stretch: int) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


