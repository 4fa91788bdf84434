"""A Word report's language: the document's languages and fonts for each script, and for a
right-to-left language (Arabic) paragraphs, runs, tables and the section from right to left.

Word picks a run's font by script: `w:ascii`/`w:hAnsi` for Latin, `w:eastAsia` for Chinese,
`w:cs` ("complex script") for Arabic; `w:lang` tells it the language of each (spelling,
hyphenation, digits), and `w:bidi`/`w:rtl`/`w:bidiVisual` the direction."""

from __future__ import annotations

import re

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from upr_tracker.reports.docx_schema import (PARAGRAPH_PROPERTIES_ORDER as _PARAGRAPH_PROPERTIES_ORDER,
                                             RUN_PROPERTIES_ORDER as _RUN_PROPERTIES_ORDER,
                                             SECTION_PROPERTIES_ORDER as _SECTION_PROPERTIES_ORDER,
                                             TABLE_PROPERTIES_ORDER as _TABLE_PROPERTIES_ORDER, child_in_order as _child)
from upr_tracker.reports.typography import ARABIC_FAMILY, CHINESE_FAMILY

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# The language tags Word uses for the six languages.
_TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "es": "es-ES"}

def _properties(element: etree._Element, name: str) -> etree._Element:
    """The element's properties (`w:pPr`, `w:rPr`, `w:tblPr`), made first among its children."""
    found = element.find(qn(f"w:{name}"))
    if found is None:
        found = OxmlElement(f"w:{name}")
        element.insert(0, found)
    return found


def set_language(document: WordDocument, code: str, right_to_left: bool) -> None:
    """Mark the whole document as written in `code`, with the fonts of its script."""
    _set_defaults(document, code)
    if not right_to_left:
        return
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            parts.append(part._element)
        sect_pr = section._sectPr
        _child(sect_pr, "bidi", _SECTION_PROPERTIES_ORDER)
    for part in parts:
        for paragraph in part.iter(qn("w:p")):
            _child(_properties(paragraph, "pPr"), "bidi", _PARAGRAPH_PROPERTIES_ORDER)
        for run in part.iter(qn("w:r")):
            # Right-to-left runs are the Arabic ones: Word sets an "rtl" run in the complex
            # script's font, which a run of Latin letters (a quoted English text) should not get.
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if _ARABIC.search(text):
                run_properties = _properties(run, "rPr")
                _child(run_properties, "rtl", _RUN_PROPERTIES_ORDER)
                _complex_script_like_latin(run_properties)
        for table in part.iter(qn("w:tbl")):
            # The first column on the right.
            _child(_properties(table, "tblPr"), "bidiVisual", _TABLE_PROPERTIES_ORDER)
    for paragraph_style in document.styles:
        element = paragraph_style.element
        if element.get(qn("w:type")) == "paragraph":
            _child(_properties(element, "pPr"), "bidi", _PARAGRAPH_PROPERTIES_ORDER)
        run_properties = element.find(qn("w:rPr"))
        if run_properties is not None:
            _complex_script_like_latin(run_properties)


def _complex_script_like_latin(run_properties: etree._Element) -> None:
    """Word sizes and weights right-to-left text by the complex script's properties (`szCs`,
    `bCs`, `iCs`): the same as the run's own."""
    for latin, complex_script in (("sz", "szCs"), ("b", "bCs"), ("i", "iCs")):
        value = run_properties.find(qn(f"w:{latin}"))
        if value is not None and run_properties.find(qn(f"w:{complex_script}")) is None:
            copy = _child(run_properties, complex_script, _RUN_PROPERTIES_ORDER)
            for key, attribute in value.attrib.items():
                copy.set(key, attribute)


def _set_defaults(document: WordDocument, code: str) -> None:
    """The document's default run properties: the language of each script and the fonts of the
    scripts the general font lacks."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    run_properties = _properties(run_defaults, "rPr")
    fonts = _child(run_properties, "rFonts", _RUN_PROPERTIES_ORDER)
    for theme in ("eastAsiaTheme", "cstheme"):  # a theme's font would win over the one named
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    fonts.set(qn("w:eastAsia"), CHINESE_FAMILY)
    fonts.set(qn("w:cs"), ARABIC_FAMILY)
    language = _child(run_properties, "lang", _RUN_PROPERTIES_ORDER)
    tag = _TAGS.get(code, _TAGS["en"])
    # Latin text in an Arabic or Chinese report is English data (a State's name, a quotation).
    language.set(qn("w:val"), tag if code not in ("ar", "zh") else _TAGS["en"])
    language.set(qn("w:eastAsia"), _TAGS["zh"])
    language.set(qn("w:bidi"), _TAGS["ar"])
    # Each style that names its own fonts names those of the other scripts too.
    for element in styles.iter(qn("w:rFonts")):
        if element is fonts:
            continue
        for theme in ("eastAsiaTheme", "cstheme"):
            element.attrib.pop(qn(f"w:{theme}"), None)
        element.set(qn("w:eastAsia"), CHINESE_FAMILY)
        element.set(qn("w:cs"), ARABIC_FAMILY)
