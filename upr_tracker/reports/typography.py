"""The reports' typeface and the conversion of point sizes for the devices they are painted on.

Reports quote documents in any language, so the family is one with a wide coverage of scripts,
followed by the fonts the package ships for the scripts an operating system may lack: Noto Naskh
Arabic and Droid Sans Fallback (Chinese). An Arabic report puts its Arabic font first (the
general family may have Arabic letters of its own, less well drawn); a report in another
language still shows a Chinese or Arabic name through them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QImage, QPaintDevice

# In order of preference: complete Latin, Greek and Cyrillic, and common on the systems NGOs use.
_PREFERRED_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "Liberation Sans", "Helvetica Neue")


@cache
def report_font_family() -> str:
    installed = set(QFontDatabase.families())
    for family in _PREFERRED_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


# The fonts shipped in upr_tracker/resources/fonts, and the family each provides.
SHIPPED_FONTS = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "DroidSansFallbackFull.ttf")
ARABIC_FAMILY = "Noto Naskh Arabic"
CHINESE_FAMILY = "Droid Sans Fallback"


@cache
def register_shipped_fonts() -> tuple[str, ...]:
    """Make the shipped fonts known to Qt (once; a QGuiApplication must exist). The families
    found, so that a missing file is noticed rather than painted as boxes."""
    families: list[str] = []
    for name in SHIPPED_FONTS:
        data = files("upr_tracker.resources").joinpath("fonts", name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return tuple(families)


def language_families(code: str) -> list[str]:
    """The families of a report in language `code`, in order of preference."""
    register_shipped_fonts()
    general = report_font_family()
    if code == "ar":
        return [ARABIC_FAMILY, general, CHINESE_FAMILY]
    if code == "zh":
        # Latin letters and digits from the general family, the ideographs from the fallback.
        return [general, CHINESE_FAMILY, ARABIC_FAMILY]
    return [general, ARABIC_FAMILY, CHINESE_FAMILY]


# The language of the report being laid out or painted on this thread (reports are made in a
# worker thread while the window may preview another).
_current = threading.local()


@contextmanager
def report_language(code: str) -> Iterator[None]:
    """Fonts of the reports' text for language `code` while the block runs."""
    previous = getattr(_current, "families", None)
    _current.families = language_families(code)
    try:
        yield
    finally:
        _current.families = previous


def report_font(size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The report's font at `size_pt` points."""
    font = QFont()
    families = getattr(_current, "families", None)
    if families:
        font.setFamilies(families)
    else:
        font.setFamily(report_font_family())
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    # Unhinted outlines: the same widths on the layout's device, the PDF and a preview image,
    # so that what was measured is what is painted.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No ligatures: a PDF's "ﬁ" glyph is extracted as one character, and searching it for
    # "confidential" would then find nothing.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def font_for_units(size: float, device: QPaintDevice, *, bold: bool = False) -> QFont:
    """A font `size` units tall for a painter whose unit is a point (scaled by its transform)
    on `device`: Qt turns point sizes into the device's pixels before the transform applies."""
    return report_font(size * 72.0 / device.logicalDpiY(), bold=bold)


# Qt lays documents out in pixels of its reference 96 dpi: at that resolution it takes margins
# and line heights as given, where on other devices it scales them (and not everything alike).
LAYOUT_DPI = 96
LAYOUT_UNITS_PER_POINT = LAYOUT_DPI / 72


def _device_of_dpi(dpi: int) -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@cache
def layout_device() -> QImage:
    """The paint device the report's text document is laid out for: LAYOUT_DPI, whatever screen
    there is, so that a preview paginates exactly as the PDF."""
    return _device_of_dpi(LAYOUT_DPI)


@cache
def points_device() -> QImage:
    """A 72 dpi paint device: text measured on it has its sizes in points."""
    return _device_of_dpi(72)


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """The width in points of `text` in the report's font."""
    return QFontMetricsF(report_font(size_pt, bold=bold), points_device()).horizontalAdvance(text)


def elided(text: str, size_pt: float, room_pt: float, *, bold: bool = False,
           mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> str:
    """`text` shortened with an ellipsis to fit `room_pt` points."""
    metrics = QFontMetricsF(report_font(size_pt, bold=bold), points_device())
    return metrics.elidedText(text, mode, max(room_pt, 0.0))


def word_measure(size_pt: float) -> Callable[[str, bool], float]:
    """Widths in points of texts in the report's font at `size_pt`, regular or bold (the
    metrics are made once, for measuring many words)."""
    regular = QFontMetricsF(report_font(size_pt), points_device())
    bold = QFontMetricsF(report_font(size_pt, bold=True), points_device())
    return lambda text, is_bold: (bold if is_bold else regular).horizontalAdvance(text)
