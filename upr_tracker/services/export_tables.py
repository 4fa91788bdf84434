"""Export the recommendations as a table (CSV or XLSX), for spreadsheets colleagues edit.

One row per recommendation, lists joined with "; ". The columns are those `upr-tracker import`
reads back. Text from documents never turns into a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.tables import needs_formula_guard
from upr_tracker.services.activity_log import log_written
from upr_tracker.services.atomic_files import Output, open_output, output_name
from upr_tracker.services.export_records import recommendation_records
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendations import RecommendationFilter, SortColumn, list_recommendation_keys
from upr_tracker.storage.database import Database

COLUMNS = (
    "state", "cycle", "session", "label", "text", "recommending_states", "position", "considered_implemented",
    "needs_review", "review_reason", "response_text", "position_source", "themes", "sdgs", "affected_persons",
    "ohchr_themes", "action_category", "implementation_level", "last_activity_at", "source", "id",
    # Which values came from suggestions a person accepted ("theme Death penalty (suggested, accepted by A)").
    "accepted_suggestions",
)
# The columns every version of the table export wrote: how an import recognises the app's own file.
RECOGNISED_COLUMNS = COLUMNS[:COLUMNS.index("id") + 1]
LIST_SEPARATOR = "; "
TABLE_FORMATS = ("csv", "xlsx")
_WIDTHS = {"text": 80, "response_text": 60, "review_reason": 40, "recommending_states": 30, "themes": 30,
           "position_source": 28, "source": 24, "id": 38, "last_activity_at": 26,
           "accepted_suggestions": 40}


@dataclass(frozen=True)
class TableExportSummary:
    path: Path
    format: str
    rows: int


def flat_row(record: dict[str, Any]) -> list[Any]:
    """A record's cells in COLUMNS order: lists joined, booleans as yes/no."""
    cells = []
    for column in COLUMNS:
        value = record.get(column)
        if isinstance(value, list):
            value = LIST_SEPARATOR.join(value)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        cells.append(value)
    return cells


def csv_safe(value: Any) -> Any:
    """A text that a spreadsheet would read as a formula is quoted with an apostrophe, which
    spreadsheets hide and `upr-tracker import` removes (parsing.tables.unguarded)."""
    if isinstance(value, str) and needs_formula_guard(value):
        return "'" + value
    return value


def export_table(
    db: Database,
    out: Output,
    fmt: str,
    wanted: RecommendationFilter = RecommendationFilter(),
    *,
    include_confidential: bool = False,
    progress: ProgressReporter = NO_PROGRESS,
) -> TableExportSummary:
    """Write the recommendations that pass the filter to `out` as CSV or XLSX (a file, written whole
    or not at all, or a binary stream).
    (`include_confidential` is accepted for symmetry: tables carry no notes.)"""
    if fmt not in TABLE_FORMATS:
        raise InvalidValueError(f"format: {fmt!r} is not one of {', '.join(TABLE_FORMATS)}")
    wanted = replace(wanted, search_confidential_notes=include_confidential)
    keys = list_recommendation_keys(db, wanted, SortColumn.STATE)
    with db.read() as session:
        records = recommendation_records(session, keys, full=False)

        def rows() -> Any:
            for index, record in enumerate(records):
                if index % 2000 == 0:
                    progress.check_cancelled()
                    progress.report(index, len(keys), "Writing recommendations")
                yield flat_row(record)

        if fmt == "csv":
            with open_output(out) as stream:
                stream.write("\ufeff")  # so that Excel reads the file as UTF-8
                writer = csv.writer(stream, lineterminator="\r\n")
                writer.writerow(COLUMNS)
                for row in rows():
                    writer.writerow([csv_safe(cell) for cell in row])
        else:
            _write_xlsx(out, rows())
    log_written("table export", Path(output_name(out)).name, fmt, f"{len(keys)} recommendations")
    return TableExportSummary(Path(output_name(out)), fmt, len(keys))


def _write_xlsx(out: Output, rows: Any) -> None:
    # Imported here: openpyxl takes a fifth of a second to load, which the window's start need not pay.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from upr_tracker.services.xlsx_memory_sheet import keep_sheet_in_memory, save_workbook_to

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Recommendations")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS.get(column, 14)
    # Not in openpyxl's temporary file, which a killed process would leave readable.
    keep_sheet_in_memory(sheet)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_text_cell(sheet, cell) for cell in row])
    content = io.BytesIO()
    save_workbook_to(workbook, content)  # in memory: a zip archive cut short would complain when collected
    with open_output(out, "wb") as stream:
        stream.write(content.getbuffer())


def _text_cell(sheet: Any, value: Any) -> Any:
    """openpyxl writes a string starting with "=" as a formula: such texts go in as plain strings."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
