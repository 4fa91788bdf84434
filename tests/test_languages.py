"""The six UN languages: the catalogues are complete and compiled, found in the package, chosen in
the settings (window and command line), and installed with the locale and the layout direction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from tests.translation_tools import translation_tools
from upr_tracker.cli.main import main
from upr_tracker.gui import language as window_languages
from upr_tracker.gui.language_menu import LanguageMenu
from upr_tracker.i18n.catalogs import Words, fill, load_catalogue
from upr_tracker.i18n.display import level_label, position_label
from upr_tracker.i18n.languages import LANGUAGE_CODES, UnknownLanguage, language, supported_or_english
from upr_tracker.services.user_settings import save_language, saved_language

tools = translation_tools()


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_message_of_a_catalogue_is_translated_with_its_placeholders(code: str) -> None:
    assert tools.problems(tools.catalogue(code)) == []


def test_the_catalogues_hold_every_message_the_source_has(tmp_path: Path) -> None:
    """Nobody added a tr() without refreshing the catalogues (tools/translations.py refresh)."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(tools.catalogue("fr"), fresh)
    kept = tools._finished_plurals(fresh)
    tools._lupdate(tools.source_files(), fresh)
    tools._plurals_where_n(fresh, "fr", kept)
    key = lambda m: (m["context"], m["source"])  # noqa: E731
    assert {key(m) for m in tools.messages(fresh)} == {key(m) for m in tools.messages(tools.catalogue("fr"))}
    assert all(m["finished"] for m in tools.messages(fresh))


def test_the_shipped_compiled_catalogues_are_those_of_the_sources(tmp_path: Path) -> None:
    compiled = tools.compile_catalogues(out=tmp_path)
    for path in compiled:
        assert path.read_bytes() == (tools.CATALOGUES / path.name).read_bytes(), \
            f"{path.name} is out of date: python tools/translations.py compile"


def test_a_message_in_each_language() -> None:
    wanted = {"ar": "مؤيَّدة", "zh": "支持", "en": "Supported", "fr": "Appuyée", "ru": "Поддержана", "es": "Apoyada"}
    assert {code: position_label("supported", Words(code)) for code in LANGUAGE_CODES} == wanted


def test_plural_forms_follow_each_language() -> None:
    # Russian has three forms: 1, 2-4, 5-20 (and 21 is like 1).
    russian = Words("ru")
    forms = [russian.translate("TableCounts", "%n recommendation(s)", None, n) for n in (1, 3, 5, 21)]
    assert len({forms[0].split()[-1], forms[1].split()[-1], forms[2].split()[-1]}) == 3
    assert forms[3].split()[-1] == forms[0].split()[-1]
    english = Words("en")
    assert english.translate("TableCounts", "%n recommendation(s)", None, 1) == "1 recommendation"
    assert english.translate("TableCounts", "%n recommendation(s)", None, 2) == "2 recommendations"


def test_fill_puts_values_in_one_pass_with_the_locale_s_numbers() -> None:
    QLocale.setDefault(QLocale("en"))
    assert fill("%1 of %2 done (%3)", 1200, 5, "a %2 b") == "1,200 of 5 done (a %2 b)"
    assert fill("%2 then %1", "a") == "%2 then a"
    assert Words("fr").fill("%1 sur %2", 1200, 3).replace("\u202f", " ").replace("\xa0", " ") == "1 200 sur 3"


def test_languages_are_named_by_code_or_locale() -> None:
    assert language("fr_CH").code == "fr" and language("zh-Hans-CN").code == "zh"
    assert supported_or_english("de_DE").code == "en" and supported_or_english(None).code == "en"
    assert language("ar").right_to_left and not language("fr").right_to_left
    with pytest.raises(UnknownLanguage, match="six"):
        language("de")


def test_the_catalogues_are_found_in_the_package() -> None:
    for code in LANGUAGE_CODES:
        assert not load_catalogue(code).isEmpty()


def test_the_window_s_language_is_the_setting_over_the_system_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(window_languages.LANGUAGE_VARIABLE, raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert window_languages.window_language().code == "es"
    save_language("ru")
    assert window_languages.window_language().code == "ru"
    monkeypatch.setenv(window_languages.LANGUAGE_VARIABLE, "zh")
    assert window_languages.window_language().code == "zh"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    monkeypatch.delenv(window_languages.LANGUAGE_VARIABLE)
    save_language("system")
    assert window_languages.window_language().code == "en"


def test_installing_arabic_mirrors_the_layout_and_sets_the_locale(qapp) -> None:  # noqa: ANN001
    try:
        window_languages.install_language(qapp, language("ar"))
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().language() == QLocale.Language.Arabic
        assert QCoreApplication.translate("Position", "Noted") == "أُحيط بها علماً"
        window_languages.install_language(qapp, language("fr"))
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QCoreApplication.translate("Position", "Noted") == "Notée"
        assert len(window_languages.installed_translators()) >= 1
    finally:
        window_languages.install_language(qapp, language("en"))
    assert QCoreApplication.translate("Position", "Noted") == "Noted"
    assert level_label("fully_implemented") == "Fully implemented"


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(qtbot, gui_settings) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window)
    assert menu.system_action.isChecked()
    menu.language_actions["fr"].trigger()
    assert saved_language() == "fr" and menu.language_actions["fr"].isChecked()
    assert "Français" in menu.last_box.text() and "next start" in menu.last_box.text()
    menu.last_box.close()
    menu.system_action.trigger()
    assert saved_language() is None


def test_the_command_line_shows_and_chooses_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["language"]) == 0
    assert capsys.readouterr().out.startswith("system")
    assert main(["language", "ar"]) == 0
    assert "العربية" in capsys.readouterr().out and saved_language() == "ar"
    assert main(["language"]) == 0
    assert capsys.readouterr().out.startswith("ar (العربية)")
    with pytest.raises(SystemExit):
        main(["language", "de"])


def test_dates_are_written_as_each_language_writes_them() -> None:
    import datetime as dt

    from upr_tracker.domain.milestones import DatePrecision, PartialDate
    from upr_tracker.i18n.dates import day_label, moment_label, partial_date_label

    day = dt.date(2010, 3, 23)
    assert [day_label(day, QLocale(code)) for code in ("en", "fr", "es", "ru", "zh")] == [
        "23 March 2010", "23 mars 2010", "23 de marzo de 2010", "23 марта 2010 г.", "2010年3月23日"]
    month = PartialDate(day, DatePrecision.MONTH)
    # Russian names a month standing alone in the nominative, a day's month in the genitive.
    assert [partial_date_label(month, QLocale(code)) for code in ("en", "ru", "zh")] == [
        "March 2010", "март 2010 г.", "2010年3月"]
    assert partial_date_label(PartialDate(day, DatePrecision.YEAR), QLocale("en")) == "2010"
    assert "مارس" in day_label(day, QLocale("ar"))
    assert moment_label(dt.datetime(2010, 3, 23, 14, 5), QLocale("en")) == "2010-03-23 14:05"
    assert moment_label(dt.datetime(2010, 3, 23, 14, 5), QLocale("fr")) == "23/03/2010 14:05"


def test_a_latin_value_in_an_arabic_sentence_keeps_its_own_direction() -> None:
    arabic = Words("ar")
    sentence = arabic.fill("الوثيقة %1", "A/HRC/14/10")
    assert sentence == "الوثيقة \u2068A/HRC/14/10\u2069"
    assert Words("fr").fill("le document %1", "A/HRC/14/10") == "le document A/HRC/14/10"
    try:
        QLocale.setDefault(QLocale("ar"))
        assert fill("الوثيقة %1", "A/HRC/14/10").count("\u2068") == 1
        assert fill("الوثيقة %1", "الإضافة") == "الوثيقة الإضافة"
    finally:
        QLocale.setDefault(QLocale("en"))


def test_a_state_is_named_in_the_window_s_language_while_stored_by_code(qapp) -> None:  # noqa: ANN001
    from upr_tracker.gui.display import state_text

    assert state_text("RUS", "Russian Federation") == "Russian Federation"
    try:
        window_languages.install_language(qapp, language("fr"))
        assert state_text("RUS", "Russian Federation") == "Fédération de Russie"
        assert state_text("KAZ", "Kazakhstan") == "Kazakhstan"
        window_languages.install_language(qapp, language("zh"))
        assert state_text("KAZ", "Kazakhstan") == "哈萨克斯坦"
        assert state_text("XYZ", "A State we added") == "A State we added"
    finally:
        window_languages.install_language(qapp, language("en"))


def test_recommending_states_are_named_in_the_window_s_language(qapp) -> None:  # noqa: ANN001
    from upr_tracker.gui.display import states_text

    names = ["United States of America", "Brazil", "A State we added"]
    assert states_text(names) == "United States of America, Brazil, A State we added"
    try:
        window_languages.install_language(qapp, language("es"))
        assert states_text(names) == "Estados Unidos de América, Brasil, A State we added"
    finally:
        window_languages.install_language(qapp, language("en"))
