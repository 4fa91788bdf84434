"""The folder each file chooser opens in: the last one used for that kind of file (imports,
exports, reports, attachments, databases), kept in QSettings, else the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

IMPORT = "import"
EXPORT = "export"
REPORT = "report"
ATTACHMENT = "attachment"
DATABASE = "database"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def last_folder(kind: str, fallback: Path | None = None) -> Path:
    """The folder last used for `kind`, if it still exists; else `fallback` or the home folder."""
    remembered = QSettings().value(_key(kind))
    if remembered:
        folder = Path(str(remembered))
        if folder.is_dir():
            return folder
    if fallback is not None and fallback.is_dir():
        return fallback
    return Path.home()


def remember_folder(kind: str, chosen: Path | str) -> None:
    """Remember the folder of a chosen file (or the folder itself) for the next chooser of `kind`."""
    path = Path(chosen)
    QSettings().setValue(_key(kind), str(path if path.is_dir() else path.parent))
