"""The app's identity on a desktop: icon, desktop entry, AppStream metadata, the window's own
entry point, the licence and the third-party notices."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from importlib.metadata import EntryPoint
from importlib.resources import files
from pathlib import Path

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parent.parent
APP_ID = "org.uprtracker.UPRTracker"
DESKTOP = REPO / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = REPO / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_icon_ships_in_every_format() -> None:
    icons = files("upr_tracker.resources.icons")
    for name in ("upr-tracker.svg", "upr-tracker.ico", "upr-tracker.icns",
                 *(f"upr-tracker-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512))):
        assert icons.joinpath(name).is_file(), name
    assert icons.joinpath("upr-tracker.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert icons.joinpath("upr-tracker.icns").read_bytes()[:4] == b"icns"


def test_the_application_has_its_icon_and_desktop_name(qapp) -> None:
    from upr_tracker.gui.app import make_application
    from upr_tracker.gui.app_icon import app_icon

    app = make_application()
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull()
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    assert app_icon().pixmap(48, 48).width() == 48


def test_the_desktop_entry_starts_the_window() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entry["Exec"].split()[0] == "upr-tracker-window"
    assert entry["Icon"] == APP_ID and entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert f"{APP_ID}.desktop" in METAINFO.read_text(encoding="utf-8")


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install "
                    f"{'desktop-file-utils' if name == 'desktop-file-validate' else 'appstream'})")
    return found


def test_the_desktop_entry_is_valid() -> None:
    checked = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout + checked.stderr


def test_the_appstream_metadata_is_valid() -> None:
    checked = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_window_entry_point_resolves() -> None:
    from upr_tracker.cli.main import main_window

    value = PYPROJECT["project"]["gui-scripts"]["upr-tracker-window"]
    assert EntryPoint("upr-tracker-window", value, "gui_scripts").load() is main_window
    assert PYPROJECT["project"]["scripts"]["upr-tracker"] == "upr_tracker.cli.main:main"


@pytest.mark.usefixtures("gui_settings")
def test_the_window_entry_point_opens_the_window_on_the_database(
        qtbot, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from upr_tracker.cli.main import main_window
    from upr_tracker.services.user_settings import save_author_name

    save_author_name("Tester")
    copy = tmp_path / "opened.sqlite3"
    shutil.copy(demo_file, copy)
    shown: list[str] = []

    def exec_once_shown() -> int:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "main_window" and widget.isVisible():
                shown.append(str(widget.database.target))
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once_shown))
    assert main_window([str(copy)]) == 0
    assert shown == [str(copy)]
    shown.clear()
    assert main_window(["--db", str(copy)]) == 0
    assert shown == [str(copy)]


def test_the_window_entry_point_prints_its_version(capsys: pytest.CaptureFixture[str]) -> None:
    from upr_tracker import __version__
    from upr_tracker.cli.main import main_window

    with pytest.raises(SystemExit) as stopped:
        main_window(["--version"])
    assert stopped.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit) as stopped:
        main_window(["--help"])
    assert stopped.value.code == 0 and "--db" in capsys.readouterr().out


@pytest.mark.usefixtures("gui_settings")
def test_the_window_closes_by_itself_when_asked(qtbot, demo_file: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_tracker.gui.app import run_gui
    from upr_tracker.services.user_settings import save_author_name

    save_author_name("Tester")
    copy = tmp_path / "opened.sqlite3"
    shutil.copy(demo_file, copy)
    monkeypatch.setenv("UPR_TRACKER_QUIT_AFTER_MS", "300")
    assert run_gui(copy) == 0


def test_the_licence_is_the_gpl_3() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the full text, not a summary
    assert PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    assert "LICENSE" in PYPROJECT["project"]["license-files"]


def test_the_notices_name_every_dependency_and_the_texts_they_need() -> None:
    notices = files("upr_tracker.resources").joinpath("notices")
    text = notices.joinpath("THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8").lower()
    for dependency in PYPROJECT["project"]["dependencies"]:
        assert f"| {Requirement(dependency).name.lower()} |" in text.replace("_", "-"), dependency
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices.joinpath("LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "ZETETIC LLC" in notices.joinpath("SQLCipher-LICENSE.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in notices.joinpath("LICENSE-NotoNaskhArabic.txt").read_text(encoding="utf-8").upper()
    assert "Apache License" in notices.joinpath("Apache-2.0.txt").read_text(encoding="utf-8")


def test_desktop_entry_command_adds_and_removes_the_menu_entry(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from upr_tracker.cli.main import main

    data_home = tmp_path / "share"
    assert main(["desktop-entry", "--data-home", str(data_home)]) == 0
    installed = data_home / "applications" / f"{APP_ID}.desktop"
    entry = installed.read_text(encoding="utf-8")
    assert "Exec=" in entry and "upr-tracker-window" in entry and "%f" in entry
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").read_bytes()[:4] == b"\x89PNG"
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
    assert "Added UPR Tracker" in capsys.readouterr().out

    assert main(["desktop-entry", "--remove", "--data-home", str(data_home)]) == 0
    assert not installed.exists() and not list(data_home.rglob(f"{APP_ID}*"))
    assert "Removed 11 files" in capsys.readouterr().out


def test_desktop_entry_of_a_program_in_a_folder_with_spaces() -> None:
    from upr_tracker.desktop_entry import desktop_entry_text

    entry = desktop_entry_text('"/opt/UPR Tracker/upr-tracker"')
    assert 'Exec="/opt/UPR Tracker/upr-tracker"\n' in entry
    assert "MimeType=" not in entry and "TryExec=" not in entry


def test_a_percent_sign_in_the_program_s_path_is_not_a_field_code() -> None:
    from upr_tracker.desktop_entry import _quoted

    assert _quoted("/opt/upr-100%/upr-tracker-window") == "/opt/upr-100%%/upr-tracker-window"
    assert _quoted("/opt/UPR 100%/upr-tracker") == '"/opt/UPR 100%%/upr-tracker"'
