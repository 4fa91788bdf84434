"""Where the real documents used as fixtures are: the demo ones inside the package's resources,
the others in tests/fixtures/."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "resources" / "demo"
FIXTURES = REPO / "tests" / "fixtures"

KAZAKHSTAN_ADDENDUM_TXT = DEMO / "A_HRC_14_10_Add1_Kazakhstan_2010_positions.txt"
KAZAKHSTAN_WG_REPORT_TXT = DEMO / "A_HRC_14_10_Kazakhstan_WG_report_2010.txt"
KAZAKHSTAN_2014_WG_REPORT_TXT = DEMO / "A_HRC_28_10_Kazakhstan_WG_report_2014.txt"
KAZAKHSTAN_WG_REPORT_PDF = FIXTURES / "A_HRC_14_10_Kazakhstan_WG_report_2010.pdf"
CHINA_MATRIX_DOCX = FIXTURES / "ohchr_matrix_China_cycle2_2013.docx"
UPRINFO_CSV = FIXTURES / "uprinfo_export_sessions_6-9_macroman.csv"
