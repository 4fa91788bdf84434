"""Save a screenshot of each main screen, so anyone can look at the app without running it.

    python tools/screenshots.py --out DIR [--db PATH]

Without --db it uses a copy of the default database. Runs offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from upr_tracker.app_paths import default_database_path  # noqa: E402
from upr_tracker.gui.app import make_application  # noqa: E402
from upr_tracker.gui.main_window import MainWindow  # noqa: E402
from upr_tracker.storage.backups import copy_database  # noqa: E402
from upr_tracker.storage.database import Database  # noqa: E402


def settle(app: QApplication, seconds: float = 1.5) -> None:
    """Let background loading finish and the window paint."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--db", type=Path, help="database to show (a copy is used; the file is not changed)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    source = args.db or default_database_path()
    with tempfile.TemporaryDirectory() as scratch:
        # No data or settings of the user's are read or touched: the window shows its defaults.
        os.environ["UPR_TRACKER_DATA_DIR"] = scratch
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        copy = Path(scratch) / "screenshots.sqlite3"
        if source.exists():
            copy_database(source, copy)
        app = make_application()
        database = Database.open(copy)
        window = MainWindow(database)
        window.resize(1360, 820)
        window.show()
        settle(app)
        saved = [args.out / "main-window.png"]
        window.grab().save(str(saved[0]))
        window.close()
        database.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
