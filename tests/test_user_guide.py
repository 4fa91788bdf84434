"""The offline user guide: its pages say only what the window has (every "Menu ▸ Item" it quotes
is a real menu item, in English), its pictures and links resolve, Help ▸ User guide (F1) shows it
in a window of its own, and `upr-tracker guide` opens it in a browser or prints its path."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu

from tests.shown_window import shown_window
from upr_tracker.cli.main import main
from upr_tracker.gui import language as window_languages
from upr_tracker.i18n.languages import language
from upr_tracker.services import user_guide
from upr_tracker.services.user_guide import guide_folder, guide_index

MENU_ARROW = "▸"
# Items another part of the app adds to the menus: checked once that part is there.
ADDED_ELSEWHERE = {"Help ▸ Open the log folder": "upr_tracker.diagnostics"}


class GuidePage(HTMLParser):
    """What a test needs of a page: the menu paths it quotes, the text outside them, its links,
    its anchors and its pictures."""

    def __init__(self) -> None:
        super().__init__()
        self.menu_paths: list[str] = []
        self.other_text: list[str] = []
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.images: list[str] = []
        self._in_menu = 0
        self._menu_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self._in_menu:
            self._in_menu += 1
        elif "menu" in (found.get("class") or "").split():
            self._in_menu, self._menu_text = 1, ""
        if tag == "a" and found.get("href"):
            self.links.append(found["href"] or "")
        if tag == "a" and found.get("name"):
            self.anchors.add(found["name"] or "")
        if tag == "img":
            self.images.append(found.get("src") or "")

    def handle_endtag(self, tag: str) -> None:
        if self._in_menu:
            self._in_menu -= 1
            if not self._in_menu:
                self.menu_paths.append(" ".join(self._menu_text.split()))

    def handle_data(self, data: str) -> None:
        if self._in_menu:
            self._menu_text += data
        else:
            self.other_text.append(data)


def guide_pages() -> dict[str, GuidePage]:
    pages = {}
    for path in sorted(guide_folder().glob("*.html")):
        page = GuidePage()
        page.feed(path.read_text(encoding="utf-8"))
        pages[path.name] = page
    return pages


def menu_paths(menu: QMenu, above: tuple[str, ...]) -> set[str]:
    paths = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = (*above, action.text().replace("&", ""))
        paths.add(f" {MENU_ARROW} ".join(path))
        if action.menu() is not None:
            paths |= menu_paths(action.menu(), path)
    return paths


def test_the_guide_is_in_the_package_with_its_first_page() -> None:
    assert guide_index().name == "index.html" and guide_index().is_file()
    assert "<title>UPR Tracker user guide</title>" in guide_index().read_text(encoding="utf-8")


def test_every_menu_path_the_guide_quotes_is_marked_for_checking() -> None:
    """A path written without its mark would escape the test below."""
    for name, page in guide_pages().items():
        assert page.menu_paths, name
        loose = [text.strip() for text in page.other_text if MENU_ARROW in text]
        assert loose == [], f"{name}: menu paths outside <b class=\"menu\">: {loose}"


def test_every_menu_path_in_the_guide_is_in_the_window(qtbot, gui_settings, demo_file: Path) -> None:  # noqa: ANN001
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        real = set()
        for top in window.menuBar().actions():
            real |= menu_paths(top.menu(), (top.text().replace("&", ""),))
    quoted = {path for page in guide_pages().values() for path in page.menu_paths}
    missing = sorted(path for path in quoted - real
                     if not (path in ADDED_ELSEWHERE and importlib.util.find_spec(ADDED_ELSEWHERE[path]) is None))
    assert missing == []
    # The guide covers the year's work: each menu of the window is quoted at least once.
    assert {path.split(f" {MENU_ARROW} ")[0] for path in quoted} == {"File", "Edit", "View", "Tools", "Help"}


def test_the_guides_pictures_are_there_small_and_all_shown() -> None:
    folder = guide_folder()
    shown = {src for page in guide_pages().values() for src in page.images}
    assert shown and all(src.startswith("images/") for src in shown)
    assert sorted(src for src in shown if not (folder / src).is_file()) == []
    on_disk = {f"images/{path.name}" for path in (folder / "images").glob("*.png")}
    assert on_disk == shown, "pictures not shown in the guide, or shown and missing"
    assert sum((folder / src).stat().st_size for src in shown) < 2_000_000
    for src in shown:
        image = QImage(str(folder / src))
        assert not image.isNull() and image.width() <= 1000, src


def test_the_guides_links_lead_somewhere() -> None:
    pages = guide_pages()
    for name, page in pages.items():
        for link in page.links:
            target, _, anchor = link.partition("#")
            if re.match(r"^[a-z]+:", target):
                assert target.startswith(("https://", "http://", "mailto:")), link
                continue
            target_page = pages[target] if target else page
            assert target in ("", *pages), f"{name}: {link}"
            assert not anchor or anchor in target_page.anchors, f"{name}: {link}"


def test_f1_opens_the_guide_once_with_its_title_and_pictures(qtbot, gui_settings, demo_file: Path) -> None:  # noqa: ANN001
    from upr_tracker.storage.database import Database

    with Database.open(demo_file) as database, shown_window(qtbot, database) as window:
        assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
        assert window.guide_action.text().replace("&", "") == "User guide"
        help_items = [a.text().replace("&", "") for a in window.menuBar().actions()[-1].menu().actions()]
        assert help_items[0] == "User guide"
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        qtbot.keyClick(window, QKeySequence(QKeySequence.StandardKey.HelpContents)[0].key())
        qtbot.waitUntil(lambda: window.user_guide is not None and window.user_guide.isVisible(), timeout=5_000)
        guide = window.user_guide
        assert not guide.isModal()
        assert guide.document().metaInformation(QTextDocument.MetaInformation.DocumentTitle) == "UPR Tracker user guide"
        assert "first start" in guide.document().toPlainText().lower()
        assert not guide.language_note.isVisibleTo(guide)   # the window speaks English
        for src in guide_pages()["index.html"].images:
            picture = guide.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
            assert picture is not None and not picture.isNull() and picture.width() > 100, src
        assert window.show_user_guide() is guide   # one window, brought forward again


def test_the_guides_links_stay_inside_and_the_webs_go_to_the_browser(qtbot, monkeypatch) -> None:  # noqa: ANN001
    from upr_tracker.gui.user_guide import UserGuideWindow

    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    opened: list[QUrl] = []
    monkeypatch.setattr(guide, "open_outside", lambda url: opened.append(url) or True)
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    guide.follow(QUrl("#reports"))
    QApplication.processEvents()
    assert guide.browser.source().fragment() == "reports" and bar.value() > 0
    assert guide.back_button.isEnabled()
    guide.follow(QUrl("https://www.upr-info.org/"))
    assert [url.toString() for url in opened] == ["https://www.upr-info.org/"]
    assert guide.browser.source().fragment() == "reports"   # still on the guide
    guide.back_button.click()
    QApplication.processEvents()
    assert guide.browser.source().fragment() == "" and guide.forward_button.isEnabled()
    guide.go_home()
    assert guide.browser.source().toLocalFile() == str(guide_index())


def test_the_find_box_finds_words_of_the_page(qtbot) -> None:  # noqa: ANN001
    from upr_tracker.gui.user_guide import UserGuideWindow

    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    guide.find_box.setText("moratorium")
    assert guide.browser.textCursor().selectedText().lower() == "moratorium"
    first = guide.browser.textCursor().position()
    assert guide.find_next() and guide.browser.textCursor().position() > first
    guide.find_box.setText("no such words anywhere")
    assert guide.find_status.text() == "Not found"


def test_in_another_language_the_guide_window_says_the_guide_is_in_english(qtbot, qapp) -> None:  # noqa: ANN001
    from upr_tracker.gui.user_guide import UserGuideWindow

    try:
        window_languages.install_language(qapp, language("fr"))
        guide = UserGuideWindow()
        qtbot.addWidget(guide)
        assert guide.language_note.isVisibleTo(guide)
        assert guide.language_note.text() not in ("", "This guide is written in English, and names the menus and buttons as they are in English.")
        assert "anglais" in guide.language_note.text()
        window_languages.install_language(qapp, language("ar"))
        arabic = UserGuideWindow()
        qtbot.addWidget(arabic)
        assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft   # the buttons mirror
        assert arabic.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight   # the English text does not
        assert arabic.language_note.text() == "هذا الدليل مكتوب باللغة الإنكليزية، ويذكر القوائم والأزرار بأسمائها في الواجهة الإنكليزية."
    finally:
        window_languages.install_language(qapp, language("en"))


def test_the_command_prints_the_guides_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "--print-path"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed == guide_index() and printed.is_file()


def test_the_command_opens_the_guide_in_the_web_browser(monkeypatch, capsys) -> None:  # noqa: ANN001
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    assert main(["guide"]) == 0
    assert opened == [guide_index().as_uri()]
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    assert main(["guide"]) == 1
    assert guide_index().as_uri() in capsys.readouterr().err


def test_a_guide_inside_a_zip_is_copied_out_whole_for_its_links(tmp_path: Path) -> None:
    """A package imported from a zip has no folder on the disk: the guide is copied out once."""
    archive = tmp_path / "guide.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("guide/__init__.py", "")
        packed.writestr("guide/index.html", "<html><img src='images/a.png'></html>")
        packed.writestr("guide/images/a.png", b"\x89PNG")
    target = tmp_path / "out"
    target.mkdir()
    user_guide._copy_tree(zipfile.Path(archive, "guide/"), target)
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*")) == ["images", "images/a.png", "index.html"]
    assert (target / "images" / "a.png").read_bytes() == b"\x89PNG"
