"""Reading tabular files: the real UPR Info export (Mac Roman, CR line ends), CSV in the usual
encodings and delimiters, Excel workbooks written here with openpyxl (and with xlwt when it is
installed), and the files that are not tables."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_PDF, UPRINFO_CSV
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.tables import EXTRA_CELLS, Table, decode_table_text, excel_cell_text, read_table
from upr_tracker.parsing.text_input import decode_text

UPRINFO_HEADER = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action",
                  "Issue", "Session"]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def all_rows(table: Table) -> list[tuple[int, dict[str, str]]]:
    return list(table.rows())


# ---- the real export -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_rows() -> list[tuple[int, dict[str, str]]]:
    return all_rows(read_table(UPRINFO_CSV))


def test_real_export_header_and_row_count() -> None:
    table = read_table(UPRINFO_CSV)
    assert table.header == UPRINFO_HEADER
    assert table.source == UPRINFO_CSV.name


def test_real_export_has_8343_rows_numbered_by_line(real_rows) -> None:
    assert len(real_rows) == 8343
    assert [line for line, _ in real_rows] == list(range(2, 8345))   # CR line ends, one record a line
    first = real_rows[0][1]
    assert first["To"] == "Albania" and first["From"] == "Egypt" and first["Session"] == "6"
    assert first["Text"].endswith("children's rights laws")   # stripped: the export has a trailing space


def test_real_export_mac_roman_accents_decode(real_rows) -> None:
    # The file's only non-ASCII bytes: Guaraní (Bolivia), vis-à-vis (Italy), Autorité (Madagascar).
    by_line = dict(real_rows)
    assert "Guaraní indigenous peoples" in by_line[855]["Text"]
    assert "vis-à-vis children" in by_line[4507]["Text"]
    assert "Haute Autorité de la Transition" in by_line[6123]["Text"]
    # This export writes Côte d'Ivoire without its accent.
    assert any(row["To"] == "Cote d'Ivoire" for _, row in real_rows)


def test_real_export_agrees_with_the_csv_module(real_rows) -> None:
    with UPRINFO_CSV.open(encoding="mac_roman", newline="") as file:
        expected = [[cell.strip() for cell in record] for record in csv.reader(file)][1:]
    assert [[row[name] for name in UPRINFO_HEADER] for _, row in real_rows] == expected


# ---- decoding --------------------------------------------------------------------------------

SAMPLE_TEXT = ("To;Text;From\r\nCôte d’Ivoire;Élaborer un « plan » national, été;France\r\n"
               "Türkiye;Abolish the death penalty;Brazil\r\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman", "ascii"])
@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r"])
def test_decoding_agrees_with_decode_text(encoding: str, line_end: str) -> None:
    text = SAMPLE_TEXT.replace("\r\n", line_end)
    if encoding == "ascii":
        text = text.encode("ascii", errors="ignore").decode("ascii")
    data = text.encode(encoding)
    assert decode_table_text(data) == decode_text(data)


def test_decoding_of_the_real_export_agrees_with_decode_text() -> None:
    data = UPRINFO_CSV.read_bytes()
    assert decode_table_text(data) == decode_text(data)


def test_cp1252_and_mac_roman_files_both_read_right(tmp_path: Path) -> None:
    for encoding in ("cp1252", "mac_roman"):
        path = write(tmp_path / f"{encoding}.csv", SAMPLE_TEXT, encoding)
        rows = all_rows(read_table(path))
        assert rows[0][1]["To"] == "Côte d’Ivoire", encoding
        assert rows[0][1]["Text"] == "Élaborer un « plan » national, été", encoding


# ---- CSV shapes ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_utf_encodings_and_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "export.csv", "To,Text,From\nTürkiye,Ratify the Convention,Côte d'Ivoire\n", encoding)
    table = read_table(path)
    assert table.header == ["To", "Text", "From"]   # no BOM glued to the first name
    assert all_rows(table) == [(2, {"To": "Türkiye", "Text": "Ratify the Convention", "From": "Côte d'Ivoire"})]


def test_semicolon_delimited_with_commas_in_the_text(tmp_path: Path) -> None:
    path = write(tmp_path / "export.csv", "To;Text;From\nChile;Adopt, implement and monitor a plan;Peru\n"
                                          "Chile;Ratify the Convention, the Protocol;Spain\n")
    table = read_table(path)
    assert table.header == ["To", "Text", "From"]
    assert [row["Text"] for _, row in table.rows()] == ["Adopt, implement and monitor a plan",
                                                        "Ratify the Convention, the Protocol"]


def test_tab_delimited(tmp_path: Path) -> None:
    path = write(tmp_path / "export.tsv", "To\tText\tFrom\nChile\tAdopt a plan; monitor it\tPeru\n")
    assert all_rows(read_table(path)) == [(2, {"To": "Chile", "Text": "Adopt a plan; monitor it", "From": "Peru"})]


def test_quoted_cells_spanning_lines_keep_the_line_each_record_starts_on(tmp_path: Path) -> None:
    text = ('To,Text,From\n'
            'Chile,"Adopt a plan\nthat covers\nall regions",Peru\n'      # lines 2-4
            '\n'                                                         # line 5, blank
            'Chile,"He said ""no""",Spain\n'                             # line 6
            'Chile,Last,France')                                         # line 7, no final line end
    rows = all_rows(read_table(write(tmp_path / "export.csv", text)))
    assert [line for line, _ in rows] == [2, 6, 7]
    assert rows[0][1]["Text"] == "Adopt a plan\nthat covers\nall regions"
    assert rows[1][1]["Text"] == 'He said "no"'


def test_short_rows_are_padded_and_extra_cells_are_kept_aside(tmp_path: Path) -> None:
    text = "To,Text,From\nChile,Adopt a plan\nChile,Adopt a law, now,Peru\nChile,Ratify,Peru,,\n"
    rows = dict(read_table(write(tmp_path / "export.csv", text)).rows())
    assert rows[2] == {"To": "Chile", "Text": "Adopt a plan", "From": ""}
    assert rows[3] == {"To": "Chile", "Text": "Adopt a law", "From": "now", EXTRA_CELLS: "Peru"}
    assert rows[4] == {"To": "Chile", "Text": "Ratify", "From": "Peru"}   # empty extra cells do not count


def test_blank_rows_are_skipped_and_leading_blank_lines_move_the_header(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "export.csv", "\n\n To , Text \n,\nChile,Adopt\n"))
    assert table.header == ["To", "Text"]
    assert all_rows(table) == [(5, {"To": "Chile", "Text": "Adopt"})]


def test_header_only_file_has_no_rows(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "export.csv", "To,Text,From\n"))
    assert table.header == ["To", "Text", "From"] and all_rows(table) == []


def test_rows_can_be_read_twice(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "export.csv", "To,Text\nChile,Adopt\n"))
    assert all_rows(table) == all_rows(table)


def test_a_blank_column_name_gets_a_placeholder(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "export.csv", "To,,Text,,\nChile,x,Adopt,,\n"))
    assert table.header == ["To", "Column 2", "Text"]


def test_rows_stream_without_building_a_list(tmp_path: Path) -> None:
    # 100,000 rows as dicts would take tens of MB; streaming holds the file's bytes and text, and one row.
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["To", "Text", "From", "Session"])
        writer.writerows(["Chile", f"Adopt measure number {index}", "Peru", "7"] for index in range(100_000))
    size = path.stat().st_size
    table = read_table(path)
    tracemalloc.start()
    try:
        count = sum(1 for _ in table.rows())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < 4 * size, f"peak {peak:,} bytes for a file of {size:,}"


# ---- files that are not (good) tables -------------------------------------------------------


def error_of(path: Path) -> str:
    with pytest.raises(InvalidValueError) as caught:
        read_table(path)
    return str(caught.value)


def test_empty_file(tmp_path: Path) -> None:
    assert error_of(write(tmp_path / "empty.csv", "")) == "empty.csv is empty"
    assert "blank.csv is empty" in error_of(write(tmp_path / "blank.csv", "\n \r\n,,\n"))


def test_first_row_of_data_is_not_a_header(tmp_path: Path) -> None:
    text = ("Albania,EEG,Accelerate its efforts towards the adoption of anti-discrimination and children's rights "
            "laws and policies in all fields,Egypt\n")
    message = error_of(write(tmp_path / "noheader.csv", text))
    assert "noheader.csv has no header row" in message and "line 1" in message
    assert "no header row" in error_of(write(tmp_path / "numbers.csv", "Chile,7,4\nPeru,8,5\n"))


def test_duplicate_column_names(tmp_path: Path) -> None:
    message = error_of(write(tmp_path / "dup.csv", "To,Text,From,text\nChile,a,Peru,b\n"))
    assert message.startswith("dup.csv: the column name 'text' appears twice")
    assert "columns 2 and 4" in message


def test_pdf_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    shutil.copy(KAZAKHSTAN_WG_REPORT_PDF, path)
    assert error_of(path) == "export.csv is a PDF file, not a table (CSV or Excel)"


def test_word_document_renamed_csv(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "document.docx"
    docx.Document().save(str(path))
    assert "cannot read .docx files" in error_of(path)
    renamed = tmp_path / "export.csv"
    shutil.copy(path, renamed)
    assert error_of(renamed) == "export.csv is a Word document, not a table (CSV or Excel)"


def test_binary_data_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(bytes(range(256)) * 64)
    assert "is not a text file" in error_of(path)


def test_web_page_saved_as_xls(tmp_path: Path) -> None:
    # Web "Export to Excel" buttons often send an HTML table named .xls.
    path = write(tmp_path / "export.xls", "<html><body><table><tr><td>To</td></tr></table></body></html>")
    assert "is a web page or XML file" in error_of(path)


def test_missing_file_and_unknown_extension(tmp_path: Path) -> None:
    assert "no such file" in error_of(tmp_path / "missing.csv")
    assert "cannot read .json files" in error_of(write(tmp_path / "data.json", "{}"))


def test_unclosed_quote_names_the_line(tmp_path: Path) -> None:
    text = 'To,Text\nChile,Adopt\nChile,"Adopt ' + "x" * 200_000 + "\n"
    message = error_of_rows(write(tmp_path / "export.csv", text))
    assert "line 3" in message and "quotation mark" in message


def error_of_rows(path: Path) -> str:
    with pytest.raises(InvalidValueError) as caught:
        all_rows(read_table(path))
    return str(caught.value)


# ---- Excel -----------------------------------------------------------------------------------


def test_excel_cell_text() -> None:
    assert excel_cell_text(None) == ""
    assert excel_cell_text(4.0) == "4"
    assert excel_cell_text(4) == "4"
    assert excel_cell_text(2.5) == "2.5"
    assert excel_cell_text(True) == "TRUE"
    assert excel_cell_text(dt.datetime(2010, 3, 23)) == "2010-03-23"
    assert excel_cell_text(dt.datetime(2010, 3, 23, 10, 30)) == "2010-03-23T10:30:00"
    assert excel_cell_text(dt.date(2010, 3, 23)) == "2010-03-23"
    assert excel_cell_text("  Chile \n") == "Chile"


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_cells_become_strings(tmp_path: Path) -> None:
    rows = [
        ["To", "Text", "Action", "Score", "Published", "Serial", "Checked"],
        ["Kazakhstan", "To sign and ratify\nthe Optional Protocol", 5, 2.5, dt.datetime(2010, 3, 23), 40260, True],
        [None, None, None, None, None, None, None],
        ["Kazakhstan", "To implement the National Action Plan", 4.0, None, dt.date(2010, 3, 23), "40260", False],
    ]
    table = read_table(make_xlsx(tmp_path / "export.xlsx", {"Sheet": rows}))
    assert table.header == rows[0] and table.sheet == "Sheet"
    assert all_rows(table) == [
        (2, {"To": "Kazakhstan", "Text": "To sign and ratify\nthe Optional Protocol", "Action": "5", "Score": "2.5",
             "Published": "2010-03-23", "Serial": "40260", "Checked": "TRUE"}),
        (4, {"To": "Kazakhstan", "Text": "To implement the National Action Plan", "Action": "4", "Score": "",
             "Published": "2010-03-23", "Serial": "40260", "Checked": "FALSE"}),
    ]


def test_xlsx_rows_keep_spreadsheet_row_numbers_across_gaps(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"] = "To", "Text"     # the header on row 3, starting in column B
    sheet["B7"], sheet["C7"] = "Chile", "Adopt"
    sheet["E7"] = "a note beside the table"    # no column name: left out
    workbook.save(tmp_path / "gaps.xlsx")
    table = read_table(tmp_path / "gaps.xlsx")
    assert table.header == ["Column 1", "To", "Text"]
    assert all_rows(table) == [(7, {"Column 1": "", "To": "Chile", "Text": "Adopt"})]


def test_xlsx_sheet_named_like_the_data_is_chosen(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "book.xlsx", {"Read me": [["About", "this file"]],
                                             "UPR recommendations": [["To", "Text"], ["Chile", "Adopt"]]})
    table = read_table(path)
    assert table.sheet == "UPR recommendations" and table.header == ["To", "Text"]
    path = make_xlsx(tmp_path / "plain.xlsx", {"Sheet1": [["To", "Text"]], "Sheet2": [["Other"]]})
    assert read_table(path).header == ["To", "Text"]


def test_empty_workbook_and_duplicate_columns(tmp_path: Path) -> None:
    assert "empty.xlsx is empty" in error_of(make_xlsx(tmp_path / "empty.xlsx", {"Sheet": []}))
    message = error_of(make_xlsx(tmp_path / "dup.xlsx", {"Sheet": [["To", "Text", "TO "]]}))
    assert "dup.xlsx: the column name 'TO' appears twice" in message


def test_damaged_xlsx(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", {"Sheet": [["To", "Text"], ["Chile", "Adopt"]]})
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:2000])
    assert "cut.xlsx is a damaged ZIP or Excel file" in error_of(cut)
    fake = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("xl/workbook.xml", "not xml at all")
    assert "fake.xlsx is not a readable Excel (.xlsx) workbook" in error_of(fake)


def test_content_decides_not_the_extension(tmp_path: Path) -> None:
    workbook = make_xlsx(tmp_path / "book.xlsx", {"Sheet": [["To", "Text"], ["Chile", "Adopt"]]})
    misnamed = tmp_path / "book.xls"
    shutil.copy(workbook, misnamed)
    assert all_rows(read_table(misnamed)) == [(2, {"To": "Chile", "Text": "Adopt"})]
    text_as_xls = write(tmp_path / "export.xls", "To\tText\nChile\tAdopt\n")
    assert all_rows(read_table(text_as_xls)) == [(2, {"To": "Chile", "Text": "Adopt"})]


def test_damaged_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    message = error_of(path)
    assert message.startswith("export.xls is not a readable Excel 97-2003 (.xls) workbook")
    assert "save it as .xlsx" in message


def test_xls_written_with_xlwt(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt writes the .xls test file; it is not a dependency")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Data")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for column, name in enumerate(["To", "Text", "Action", "Published", "Serial"]):
        sheet.write(0, column, name)
    sheet.write(1, 0, "Côte d'Ivoire")
    sheet.write(1, 1, "Ratify the Convention")
    sheet.write(1, 2, 5)
    sheet.write(1, 3, dt.date(2010, 3, 23), date_style)
    sheet.write(1, 4, 40260)
    sheet.write(3, 0, "Chile")
    sheet.write(3, 1, "Adopt")
    sheet.write(3, 2, 2.5)
    book.save(str(tmp_path / "export.xls"))
    table = read_table(tmp_path / "export.xls")
    assert table.header == ["To", "Text", "Action", "Published", "Serial"] and table.sheet == "Data"
    assert all_rows(table) == [
        (2, {"To": "Côte d'Ivoire", "Text": "Ratify the Convention", "Action": "5", "Published": "2010-03-23",
             "Serial": "40260"}),
        (4, {"To": "Chile", "Text": "Adopt", "Action": "2.5", "Published": "", "Serial": ""}),
    ]


# ---- tables built in memory ------------------------------------------------------------------


def test_table_from_rows() -> None:
    table = Table.from_rows(["To", "Text"], [["Chile", "Adopt"], ["", ""], ["Peru"]], source="pasted")
    assert all_rows(table) == [(2, {"To": "Chile", "Text": "Adopt"}), (4, {"To": "Peru", "Text": ""})]
    with pytest.raises(InvalidValueError, match="pasted: the column name 'To' appears twice"):
        Table.from_rows(["To", "To"], [], source="pasted")
