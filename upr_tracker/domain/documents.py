"""UN document kinds and what a document symbol says about them."""

from __future__ import annotations

import enum
import re


class DocumentKind(enum.StrEnum):
    NATIONAL_REPORT = "national_report"
    COMPILATION = "compilation"
    STAKEHOLDER_SUMMARY = "stakeholder_summary"
    WORKING_GROUP_REPORT = "working_group_report"
    ADDENDUM = "addendum"
    # A database's record of the review (UPR Info, the UHRI, an NGO's spreadsheet): a secondary source.
    DATABASE_EXPORT = "database_export"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


_WG6 = re.compile(r"^A/HRC/WG\.6/(\d+)/([A-Z]{3})/([123])$", re.IGNORECASE)
_WG_REPORT = re.compile(r"^A/HRC/(\d+)/(\d+)$", re.IGNORECASE)
_ADDENDUM = re.compile(r"^A/HRC/(\d+)/(\d+)/Add\.\s*1$", re.IGNORECASE)


def normalise_symbol(symbol: str) -> str:
    """`A/HRC/14/10/ Add.1` and `a/hrc/14/10/add.1` are one symbol: `A/HRC/14/10/Add.1`."""
    compact = re.sub(r"\s+", "", symbol.strip()).upper()
    return compact.replace("/ADD.", "/Add.").replace("/CORR.", "/Corr.")


def kind_of_symbol(symbol: str) -> DocumentKind:
    """Guess a document's kind from its UN symbol (`A/HRC/WG.6/7/KAZ/1` is a national report)."""
    compact = normalise_symbol(symbol)
    wg6 = _WG6.match(compact)
    if wg6:
        return {
            "1": DocumentKind.NATIONAL_REPORT,
            "2": DocumentKind.COMPILATION,
            "3": DocumentKind.STAKEHOLDER_SUMMARY,
        }[wg6.group(3)]
    if _ADDENDUM.match(compact):
        return DocumentKind.ADDENDUM
    if _WG_REPORT.match(compact):
        return DocumentKind.WORKING_GROUP_REPORT
    return DocumentKind.OTHER
