"""The app's icon, built from the PNGs shipped in the package (sharp at each size a desktop asks
for) and the SVG (any other size)."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtGui import QIcon, QPixmap

from upr_tracker.desktop_entry import ICON_SIZES


def app_icon() -> QIcon:
    icon = QIcon()
    folder = files("upr_tracker.resources.icons")
    for size in ICON_SIZES:
        pixmap = QPixmap()
        # Read as bytes: a resource need not be a file (a zip, a frozen bundle).
        if pixmap.loadFromData(folder.joinpath(f"upr-tracker-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    with as_file(folder.joinpath("upr-tracker.svg")) as svg:
        icon.addFile(str(svg))
    return icon
