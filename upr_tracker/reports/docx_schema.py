"""The order the WordprocessingML schema imposes on the children of a run's, a paragraph's, a
table's and a section's properties: Word refuses a document whose elements come in another order."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

RUN_PROPERTIES_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
                        "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
                        "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
                        "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
                        "specVanish", "oMath")
PARAGRAPH_PROPERTIES_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                              "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
                              "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                              "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing",
                              "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                              "cnfStyle", "rPr", "sectPr", "pPrChange")
TABLE_PROPERTIES_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                          "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                          "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")
SECTION_PROPERTIES_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
                            "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
                            "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
                            "printerSettings", "sectPrChange")


def child_in_order(parent: etree._Element, name: str, order: tuple[str, ...]) -> etree._Element:
    """`parent`'s child `w:name`, made and put in the schema's order if missing."""
    found = parent.find(qn(f"w:{name}"))
    if found is not None:
        return found
    child = OxmlElement(f"w:{name}")
    _insert(parent, child, order)
    return child


def put_in_order(parent: etree._Element, child: etree._Element, order: tuple[str, ...]) -> None:
    """Put `child` into `parent` in the schema's order, replacing one of the same name."""
    for existing in parent.findall(qn(f"w:{etree.QName(child).localname}")):
        parent.remove(existing)
    _insert(parent, child, order)


def _insert(parent: etree._Element, child: etree._Element, order: tuple[str, ...]) -> None:
    name = etree.QName(child).localname
    later = set(order[order.index(name) + 1:])
    for index, sibling in enumerate(parent):
        if etree.QName(sibling).localname in later:
            parent.insert(index, child)
            return
    parent.append(child)
