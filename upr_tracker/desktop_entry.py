"""The app in a Linux desktop's menus for a pip-installed copy (or a bundle folder): the desktop
entry, the icons and the AppStream metadata copied into the user's data folder
(~/.local/share, or $XDG_DATA_HOME), the freedesktop.org places desktops look in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

APP_ID = "org.uprtracker.UPRTracker"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def user_data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def window_command() -> str:
    """What the menu runs: the bundle's own program, else the installed upr-tracker-window."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its program opens the window with no command
        return _quoted(sys.executable)
    beside = Path(sys.executable).parent / "upr-tracker-window"
    found = shutil.which("upr-tracker-window") or (str(beside) if beside.is_file() else None)
    return f"{_quoted(found)} %f" if found else "upr-tracker-window %f"


def _quoted(path: str) -> str:
    # The desktop entry's Exec key quotes arguments with double quotes (and escapes these characters);
    # a literal % is written %% (a single one starts a field code such as %f).
    path = path.replace("%", "%%")
    if any(c in path for c in ' \t"\'\\><~|&;$*?#()`'):
        return '"' + path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$") + '"'
    return path


def installed_paths(data_home: Path) -> list[Path]:
    icons = data_home / "icons" / "hicolor"
    return [data_home / "applications" / f"{APP_ID}.desktop",
            data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
            icons / "scalable" / "apps" / f"{APP_ID}.svg",
            *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES)]


def desktop_entry_text(command: str) -> str:
    text = files("upr_tracker.resources.desktop").joinpath(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command}"
        elif line.startswith("TryExec=") or (line.startswith("MimeType=") and "%f" not in command):
            continue  # (a program given by its full path needs no TryExec; no file argument, no file types)
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop_entry(data_home: Path | None = None, command: str | None = None) -> list[Path]:
    """Copy the entry, icons and metadata; returns the files written."""
    home = data_home or user_data_home()
    desktop, metainfo, svg, *pngs = installed_paths(home)
    icons = files("upr_tracker.resources.icons")
    written = []
    for target, data in [
        (desktop, desktop_entry_text(command or window_command()).encode("utf-8")),
        (metainfo, files("upr_tracker.resources.desktop").joinpath(f"{APP_ID}.metainfo.xml").read_bytes()),
        (svg, icons.joinpath("upr-tracker.svg").read_bytes()),
        *((png, icons.joinpath(f"upr-tracker-{size}.png").read_bytes()) for png, size in zip(pngs, ICON_SIZES)),
    ]:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    _refresh_caches(home)
    return written


def remove_desktop_entry(data_home: Path | None = None) -> list[Path]:
    home = data_home or user_data_home()
    removed = [path for path in installed_paths(home) if path.is_file()]
    for path in removed:
        path.unlink()
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Menus and icon themes that keep caches see the change at once (the tools are optional)."""
    for command in (["update-desktop-database", str(home / "applications")],
                    ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, capture_output=True, check=False)
