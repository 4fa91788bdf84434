"""The reports' page and colours, shared by the three formats so that they look alike: A4 pages,
dark blue headings, grey rules, a light fill on table headers and every other row, an amber box for
the cover's notices, and red for what is confidential."""

from __future__ import annotations

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
TOP_MM, RIGHT_MM, BOTTOM_MM, LEFT_MM = 24, 20, 22, 20     # the header and footer live in the margins
TEXT_WIDTH_PT = (PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM) * 72 / 25.4

INK = "#222222"
ACCENT = "#1F3A5F"          # headings, the cover's title and band
MUTED = "#5A5F66"           # dates, running headers and footers, source lines
RULE = "#C5CCD4"            # between table rows, under the running header
RULE_DARK = "#7D8896"       # around a table's header row
HEADER_FILL = "#DCE3EC"
ZEBRA_FILL = "#F4F6F9"
NOTICE_FILL = "#FFF6E3"
NOTICE_BORDER = "#C98A1B"
CONFIDENTIAL = "#9B1C1C"

BAR = "#3E6A9A"             # a chart's bars, unless the report gives them a colour
AXIS = "#9AA3AD"
