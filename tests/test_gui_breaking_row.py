"""A row of groups that breaks onto more lines where the window is too narrow: one line when the
groups fit side by side, one group a line when not, never a text cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.cut_texts import cut_texts
from upr_tracker.gui.breaking_row import BreakingRow, group_of


def lines(row: BreakingRow) -> int:
    return len({group.geometry().top() for group in row.groups})


@pytest.mark.parametrize("words", [(3, 5), (12, 30, 8), (40, 2, 2, 25)])
def test_groups_share_a_line_when_they_fit_and_take_one_each_when_not(qtbot, words: tuple[int, ...]) -> None:
    row = BreakingRow(*[group_of(QPushButton("word " * n), QPushButton("more")) for n in words], stretch=0)
    holder = QWidget()
    qtbot.addWidget(holder)
    row.setParent(holder)
    holder.show()
    widest = max(group.minimumSizeHint().width() for group in row.groups)
    assert row.minimumSizeHint().width() == widest

    row.resize(row.one_line_width() + 20, 200)
    QApplication.processEvents()
    assert row.wide and lines(row) == 1
    assert cut_texts(row) == []

    row.resize(widest, 400)
    QApplication.processEvents()
    assert not row.wide and lines(row) == len(words)
    assert cut_texts(row) == []

    row.resize(row.one_line_width(), 200)   # wide again as soon as they fit
    QApplication.processEvents()
    assert row.wide and lines(row) == 1
