"""Regenerate the app's icons from resources/icons/upr-tracker.svg: PNGs of every size desktops ask
for (drawn by Qt's SVG renderer), a Windows .ico and a macOS .icns (written by Pillow, a tool of the
build, not of the app: `pip install -e '.[images]'`).

    python tools/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from upr_tracker.desktop_entry import ICON_SIZES as SIZES  # noqa: E402 (the sizes the app ships and installs)

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    from PIL import Image

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, painters)
    renderer = QSvgRenderer(str(ICONS / "upr-tracker.svg"))
    if not renderer.isValid():
        print(f"{ICONS / 'upr-tracker.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        path = ICONS / f"upr-tracker-{size}.png"
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"{path}: could not be written", file=sys.stderr)
            return 1
    largest = Image.open(ICONS / "upr-tracker-512.png")
    largest.save(ICONS / "upr-tracker.ico", sizes=[(s, s) for s in ICO_SIZES])
    # Pillow builds each of the .icns's sizes from the pictures appended (drawn at that size,
    # sharper than scaled down).
    largest.save(ICONS / "upr-tracker.icns",
                 append_images=[Image.open(ICONS / f"upr-tracker-{s}.png") for s in ICNS_SIZES if s != 512])
    for path in sorted(ICONS.iterdir()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
