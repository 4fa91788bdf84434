"""The domain's words marked for translation: every value the domain labels and every term of the
shipped vocabularies is listed (the list cannot drift from the domain), each under the context
display.py asks for, and display.py returns the catalogue's word once a catalogue is installed."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTranslator

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.implementation import (
    BANDING_RULE,
    AssessmentSource,
    ImplementationLevel,
    combine,
)
from upr_tracker.domain.milestones import MilestoneKind
from upr_tracker.domain.positions import Position, position_wording
from upr_tracker.domain.reference import (
    REGIONAL_GROUPS,
    VOCABULARY_LABELS,
    VOCABULARY_SHORT_LABELS,
    shipped_terms,
    vocabulary_heading,
)
from upr_tracker.domain.review_calendar import DATE_NAMES, DATE_WORDS
from upr_tracker.i18n import catalogs, display
from upr_tracker.i18n import domain_words as dw
from tests.small_catalogue import compiled_catalogue, ts_text

WORDS = Path(dw.__file__)


def listed(context: str) -> set[str]:
    return set(dw.DOMAIN_WORDS[context])


def test_every_label_of_the_domain_is_listed() -> None:
    assert listed(dw.POSITION) == {p.label for p in Position}
    assert listed(dw.LEVEL) == {level.label for level in ImplementationLevel}
    assert listed(dw.ASSESSMENT_SOURCE) == {s.label for s in AssessmentSource}
    assert listed(dw.MILESTONE_KIND) == {k.label for k in MilestoneKind}
    assert listed(dw.DOCUMENT_KIND) == {k.label for k in DocumentKind}
    assert listed(dw.ACTION_CATEGORY) == set(ACTION_CATEGORIES.values())
    assert listed(dw.VOCABULARY_NAME) == set(VOCABULARY_LABELS.values()) | {vocabulary_heading("themes")}
    assert listed(dw.VOCABULARY_SHORT_NAME) == set(VOCABULARY_SHORT_LABELS.values())
    assert listed(dw.REVIEW_DATE) == set(DATE_WORDS.values())
    assert listed(dw.REGIONAL_GROUP) == set(REGIONAL_GROUPS)
    # The words CombinedAssessment.figure() builds its sentence from.
    assert {BANDING_RULE} | {level.label.split()[0].lower() for level in ImplementationLevel} <= \
        listed(dw.COMBINED_ASSESSMENT)


@pytest.mark.parametrize("vocabulary", ["themes", "sdgs", "affected_persons"])
def test_every_term_of_the_shipped_vocabularies_is_listed(vocabulary: str) -> None:
    shipped = [term.name for term in shipped_terms() if term.vocabulary == vocabulary]
    assert shipped, f"resources/vocabularies.json has no {vocabulary}"
    assert sorted(dw.DOMAIN_WORDS[f"Vocabulary:{vocabulary}"]) == sorted(shipped)


def test_the_vocabularies_counted() -> None:
    assert (len(dw.DOMAIN_WORDS[dw.THEMES]), len(dw.DOMAIN_WORDS[dw.SDGS]),
            len(dw.DOMAIN_WORDS[dw.AFFECTED_PERSONS])) == (54, 17, 37)


def test_each_word_is_marked_under_the_context_it_is_listed_in() -> None:
    """lupdate takes the context from QT_TRANSLATE_NOOP's first argument, display.py from the key of
    DOMAIN_WORDS: a word marked under another context would never be found."""
    tree = ast.parse(WORDS.read_text(encoding="utf-8"))
    table = next(node.value for node in tree.body
                 if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "DOMAIN_WORDS")
    assert isinstance(table, ast.Dict)
    for key, value in zip(table.keys, table.values, strict=True):
        context = getattr(dw, key.id)
        for call in value.elts:
            assert isinstance(call, ast.Call) and call.func.id == "QT_TRANSLATE_NOOP"
            marked, text = (ast.literal_eval(argument) for argument in call.args)
            assert marked == context, f"{text!r} is marked under {marked!r} but listed under {context!r}"


def test_lupdate_finds_every_listed_word(tmp_path: Path) -> None:
    """What Qt's lupdate reads from the module is what display.py asks for: no word is lost to a
    form of call it does not recognise."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "words.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="fr" sourcelanguage="en">\n</TS>\n', encoding="utf-8")
    subprocess.run([lupdate, "-locations", "none", str(WORDS), "-ts", str(ts)], check=True, capture_output=True)
    found = {(context.findtext("name"), message.findtext("source"))
             for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}
    assert found == {(context, text) for context, texts in dw.DOMAIN_WORDS.items() for text in texts}


def test_without_a_catalogue_the_words_are_the_domains() -> None:
    assert display.position_label("noted") == "Noted"
    assert display.position_wording("supported", True) == position_wording("supported", True)
    assert display.position_wording(None) == "—"
    assert display.vocabulary_heading("themes") == "UPR Info issues"
    assert display.vocabulary_name("sdgs") == "Sustainable Development Goals"
    assert display.vocabulary_short_name("sdgs") == "SDG"
    assert display.term_shown("sdgs", "Gender equality", "5") == "5 Gender equality"
    assert [display.review_date_label(name) for name in DATE_NAMES] == [DATE_WORDS[name] for name in DATE_NAMES]
    assert display.review_date_label("mid_term_on", sentence_start=True) == "Mid-term report"
    assert display.regional_group_label("GRULAC") == "GRULAC"


@given(st.lists(st.sampled_from(list(ImplementationLevel)), min_size=1, max_size=len(AssessmentSource)))
def test_the_combined_assessment_reads_as_the_domain_writes_it(levels: list[ImplementationLevel]) -> None:
    combined = combine(levels)
    assert display.combined_description(combined) == combined.describe()
    assert display.combined_figure(combined) == combined.figure()


@given(st.text(min_size=1, max_size=40))
def test_a_term_a_user_added_is_shown_as_typed(name: str) -> None:
    assert display.term_label("themes", name) == name


FRENCH = {
    (dw.POSITION, "Noted"): "Notée",
    (dw.POSITION, "Supported"): "Appuyée",
    (dw.POSITION_WORDING, "%1 (considered implemented)"): "%1 (considérée comme déjà mise en œuvre)",
    (dw.SDGS, "No poverty"): "Pas de pauvreté",
    (dw.THEMES, "Death penalty"): "Peine de mort",
    (dw.VOCABULARY_NAME, "UPR Info issues"): "Thèmes d'UPR Info",
    (dw.REVIEW_DATE, "mid-term report"): "rapport à mi-parcours",
    (dw.LEVEL, "Fully implemented"): "Pleinement mise en œuvre",
    (dw.COMBINED_ASSESSMENT, "%1: %2"): "%1 : %2",
    (dw.COMBINED_ASSESSMENT, "mean %1 of 1 from 1 source (%2)"): "moyenne %1 sur 1, une seule source (%2)",
    (dw.COMBINED_ASSESSMENT, BANDING_RULE): "barème d'UPR Info",
}


@pytest.fixture
def french_catalogue(tmp_path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(compiled_catalogue(
        ts_text((context, source, text) for (context, source), text in FRENCH.items()), tmp_path)))
    return translator


def test_display_gives_the_installed_catalogues_word(french_catalogue: QTranslator) -> None:
    assert QCoreApplication.installTranslator(french_catalogue)
    try:
        assert display.position_label("noted") == "Notée"
        assert display.position_label(Position.SUPPORTED) == "Appuyée"
        assert display.position_wording("supported", True) == "Appuyée (considérée comme déjà mise en œuvre)"
        assert display.term_label("sdgs", "No poverty") == "Pas de pauvreté"
        assert display.term_shown("sdgs", "No poverty", "1") == "1 Pas de pauvreté"
        assert display.term_label("themes", "Death penalty") == "Peine de mort"
        assert display.vocabulary_heading("themes") == "Thèmes d'UPR Info"
        assert display.review_date_label("mid_term_on", sentence_start=True) == "Rapport à mi-parcours"
        # A word the catalogue lacks stays English; a user's own term as typed.
        assert display.position_label("pending") == "Pending"
        assert display.term_label("themes", "Land grabbing in the north") == "Land grabbing in the north"
        assert display.combined_description(combine([ImplementationLevel.FULLY_IMPLEMENTED])) == \
            "Pleinement mise en œuvre : moyenne 1 sur 1, une seule source (barème d'UPR Info)"
    finally:
        QCoreApplication.removeTranslator(french_catalogue)
    assert display.position_label("noted") == "Noted"


def test_a_reports_words_give_its_languages_word(french_catalogue: QTranslator,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A report in French while the window speaks English: the words come from the report's catalogue."""
    monkeypatch.setattr(catalogs, "load_catalogue", lambda code: french_catalogue)
    words = catalogs.Words("fr")
    assert display.position_label("noted", words) == "Notée"
    assert display.position_wording("supported", True, words=words) == \
        "Appuyée (considérée comme déjà mise en œuvre)"
    assert display.term_label("sdgs", "No poverty", words) == "Pas de pauvreté"
    assert display.position_label("noted") == "Noted"
