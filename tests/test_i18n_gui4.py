"""The milestones' screens and the vocabularies manager look their texts up under the contexts Qt
finds at run time: with a French catalogue installed (made here, two or three messages per
screen), a screen built afterwards shows the French; what the catalogue lacks stays English. The
timeline reads from the right in a right-to-left language."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt

from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.milestone_timeline import MilestoneTimeline
from upr_tracker.gui.term_table_model import CODE, NAME, USAGE, TermTableModel
from upr_tracker.gui.vocabularies_dialog import MergeTermsDialog
from upr_tracker.services.values import MilestoneInfo, TermInfo
from tests.small_catalogue import compiled_catalogue, installed_catalogue

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>TermTableModel</name>
 <message><source>Name</source><translation>Nom</translation></message>
 <message numerus="yes"><source>%n recommendation(s) tagged “%1”</source>
  <translation><numerusform>%n recommandation étiquetée « %1 »</numerusform>
   <numerusform>%n recommandations étiquetées « %1 »</numerusform></translation></message>
</context>
<context><name>MergeTermsDialog</name>
 <message numerus="yes"><source>Merge %n term(s)</source>
  <translation><numerusform>Fusionner %n terme</numerusform><numerusform>Fusionner %n termes</numerusform></translation>
 </message>
 <message><source>&amp;Merge</source><translation>&amp;Fusionner</translation></message>
</context>
<context><name>MilestoneTimeline</name>
 <message numerus="yes"><source>Linked to %n recommendation(s)</source>
  <translation><numerusform>Liée à %n recommandation</numerusform><numerusform>Liée à %n recommandations</numerusform>
  </translation></message>
</context>
<context><name>MilestoneKind</name>
 <message><source>Law</source><translation>Loi</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(qapp, tmp_path: Path):
    with installed_catalogue(compiled_catalogue(FRENCH, tmp_path)) as translator:
        yield translator


def term(name: str, usage: int, code: str | None = None) -> TermInfo:
    return TermInfo(uuid.uuid4(), "themes", name, code, (), usage)


def milestone(title: str, date: str, links: int = 0) -> MilestoneInfo:
    return MilestoneInfo(uuid.uuid4(), "KAZ", None, "law", title, None, date, date, None, None, None,
                         tuple(uuid.uuid4() for _ in range(links)), ())


def test_the_term_table_speaks_the_installed_language(french) -> None:
    model = TermTableModel()
    model.set_terms([term("Death penalty", 3), term("Torture", 1)])
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Nom"
    assert model.headerData(CODE, Qt.Orientation.Horizontal) == "Code"   # not in the catalogue: English
    tips = {model.index(row, NAME).data(): model.index(row, USAGE).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())}
    assert tips == {"Death penalty": "3 recommandations étiquetées « Death penalty »",
                    "Torture": "1 recommandation étiquetée « Torture »"}


def test_the_merge_dialog_speaks_the_installed_language(qtbot, french) -> None:
    dialog = MergeTermsDialog([term("Death penalty", 3), term("Death Penalty", 1)])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Fusionner 2 termes"
    assert dialog.ok_button.text() == "&Fusionner"
    assert "A merge cannot be undone." in dialog.summary_label.text()   # not in the catalogue: English


def test_the_timeline_tooltip_speaks_the_installed_language(qtbot, french) -> None:
    timeline = MilestoneTimeline()
    qtbot.addWidget(timeline)
    text = html.unescape(timeline.tooltip_text(milestone("Refugees Act", "2009-12-04", links=2)))
    assert "Loi · 2009-12-04" in text and "Liée à 2 recommandations" in text


def test_without_a_catalogue_the_english_source_is_shown(qtbot) -> None:
    model = TermTableModel()
    model.set_terms([term("Torture", 1)])
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.index(0, USAGE).data(Qt.ItemDataRole.ToolTipRole) == "1 recommendation tagged “Torture”"
    dialog = MergeTermsDialog([term("A", 0), term("B", 2), term("C", 1)])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Merge 3 terms"


@given(st.integers(min_value=0, max_value=10**6))
def test_a_counted_message_reads_as_english_without_a_catalogue(n: int) -> None:
    text = counted(QCoreApplication.translate("Anything", "%n term(s) merged", None, n), n)
    assert text == (f"{n} term merged" if n == 1 else f"{n} terms merged")


def test_the_timeline_runs_from_the_right_in_a_right_to_left_language(qtbot) -> None:
    early, late = milestone("Moratorium", "2003-12"), milestone("Refugees Act", "2009-12-04")
    timeline = MilestoneTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(800, timeline.height())
    timeline.set_milestones([early, late])
    assert timeline.dot_of(early.id).x() < timeline.dot_of(late.id).x()
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    timeline.set_milestones([early, late])
    right_to_left = timeline.dot_of(early.id).x(), timeline.dot_of(late.id).x()
    assert right_to_left[0] > right_to_left[1]
    # Mirrored, not moved: each dot is as far from the right as it was from the left.
    timeline.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    timeline.set_milestones([early, late])
    left, right = timeline._plot_left_right()
    assert abs((right - right_to_left[0]) - (timeline.dot_of(early.id).x() - left)) < 0.5
    timeline.grab()   # draws without error both ways
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    timeline.grab()


def test_a_deadline_reads_in_whole_sentences() -> None:
    from upr_tracker.gui.dashboard import deadline_text
    from upr_tracker.services.dashboard import Deadline

    today = dt.date(2025, 3, 1)
    deadline = Deadline(dt.date(2025, 3, 5), "Mid-term report", "Kazakhstan: cycle 3", "review", uuid.uuid4(), True)
    assert deadline_text(deadline, today) == "Mid-term report (estimated): Kazakhstan: cycle 3, 5 March 2025 (in 4 days)"


def test_the_review_bars_fill_from_the_right_in_a_right_to_left_language(qtbot) -> None:
    from upr_tracker.gui.dashboard import POSITION_COLOURS, ReviewBars
    from upr_tracker.services.dashboard import ReviewCounts

    colours = {key: colour for key, _label, colour in POSITION_COLOURS}
    bars = ReviewBars()
    qtbot.addWidget(bars)
    bars.resize(400, 200)
    bars.set_reviews([ReviewCounts(uuid.uuid4(), "Kazakhstan: cycle 2", 10, {"supported": 6, "noted": 4}, {"none": 10},
                                   0, 0)])
    y = bars.fontMetrics().height() + 8   # inside the upper bar

    def ends() -> tuple[str, str]:
        image = bars.grab().toImage()
        return image.pixelColor(6, y).name(), image.pixelColor(392, y).name()

    assert ends() == (colours["supported"], colours["noted"])
    bars.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert ends() == (colours["noted"], colours["supported"])
