"""The window on a real X server (Xvfb), through Qt's xcb platform plugin, as on a Linux desktop.

The other GUI tests draw offscreen, which needs fewer system libraries: this one fails when the
xcb plugin cannot load (a missing libxcb-*), which offscreen never shows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = r"""
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from upr_tracker.gui.app import make_application
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.storage.database import Database

app = make_application()
database = Database.open(Path(sys.argv[1]), actor="tester")
window = MainWindow(database)
window.resize(900, 600)
window.show()
assert QTest.qWaitForWindowExposed(window, 10_000), "the window was never shown"
QTest.qWait(300)
# What the X server shows, not what Qt painted for itself.
shot = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
colours = {shot.pixel(x, y) for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7)}
same_size = (shot.width(), shot.height()) == (window.width(), window.height())
print(QGuiApplication.platformName(), same_size, shot.height(), len(colours))
window.close()
database.close()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is the Linux desktop's platform")
@pytest.mark.skipif(shutil.which("xvfb-run") is None,
                    reason="xvfb-run is not installed (apt-get install xvfb xauth; .ci/run installs it)")
def test_the_window_opens_on_a_real_x_server(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb", UPR_TRACKER_DATA_DIR=str(tmp_path / "data"),
                       XDG_CONFIG_HOME=str(tmp_path / "config"), QT_DEBUG_PLUGINS="0")
    result = subprocess.run(
        ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1920x1080x24",
         sys.executable, "-c", CHILD, str(tmp_path / "window.sqlite3")],
        capture_output=True, text=True, env=environment, timeout=120, cwd=Path(__file__).resolve().parent.parent,
    )
    # A missing system library shows here: "Could not load the Qt platform plugin "xcb"".
    assert result.returncode == 0, result.stderr[-3000:]
    platform, same_size, height, colours = result.stdout.split()[-4:]
    assert platform == "xcb"
    assert same_size == "True" and int(height) == 600  # the X server shows the whole window
    assert int(colours) > 3  # menus, table, panel: not a blank or black window
