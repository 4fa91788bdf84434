"""When a document does not say its kind, its State or its cycle, the import asks for it (naming
the option to give, with its best guesses), and reads it once told; it never guesses silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.services.document_import import (
    CycleNeededError,
    StateNeededError,
    import_document,
)
from upr_tracker.services.document_reading import ChoiceNeededError, KindNeededError
from upr_tracker.storage.database import Database

SECTION = """II. Conclusions and/or recommendations
90. The following recommendations enjoy the support of Nepal:
90.1. Ratify the Convention against Torture (France);
90.2. Adopt a law against domestic violence (Chile).
91. All conclusions and/or recommendations contained in the present report reflect the position…
"""
NO_STATE = ("Report of the Working Group on the Universal Periodic Review*\n\n"
            "1. The Working Group held its tenth session from 24 January to 4 February 2011. Nepal, Nepal and "
            "again Nepal are named here, France once.\n" + SECTION)
NO_TITLE = ("1. The Working Group held its tenth session from 24 January to 4 February 2011. "
            "The review of Nepal was held at the 1st meeting on 24 January 2011.\n" + SECTION)
NO_CYCLE = ("Report of the Working Group on the Universal Periodic Review*\nNepal\n\n" + SECTION)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_report_that_names_no_state_asks_for_it_with_guesses(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", NO_STATE)
    with pytest.raises(StateNeededError, match=r"does not say which State was reviewed; give --state ISO3") as caught:
        import_document(db, path, dry_run=True)
    assert isinstance(caught.value, ChoiceNeededError) and caught.value.option == "state"
    assert caught.value.candidates[:2] == ("NPL", "FRA")
    assert caught.value.guesses == {"kind": "wg-report", "state": "NPL"}
    report = import_document(db, path, state="NPL")
    assert (report.state_iso3, report.cycle, report.recommendations.created) == ("NPL", 1, 2)


def test_a_state_no_one_knows_asks_for_it(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", NO_STATE.replace("Review*\n", "Review*\nNepali Republik\n"))
    with pytest.raises(StateNeededError, match=r"no State called 'Nepali Republik'.*give --state ISO3") as caught:
        import_document(db, path, dry_run=True)
    assert caught.value.guesses["state"] == "NPL"


def test_a_report_without_its_title_asks_for_the_kind(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", NO_TITLE)
    with pytest.raises(KindNeededError, match="reads like a Working Group report.*give --kind wg-report") as caught:
        import_document(db, path, dry_run=True)
    assert (caught.value.option, caught.value.guesses) == ("kind", {"kind": "wg-report"})
    report = import_document(db, path, kind="wg-report")
    assert (report.state_name, report.cycle, report.recommendations.created) == ("Nepal", 1, 2)


def test_a_report_without_its_cycle_asks_for_it_with_the_state_known(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", NO_CYCLE)
    with pytest.raises(CycleNeededError, match="give --cycle") as caught:
        import_document(db, path, dry_run=True)
    assert caught.value.option == "cycle" and caught.value.guesses == {"kind": "wg-report", "state": "NPL"}


@pytest.mark.parametrize(("text", "option"), [(NO_STATE, "--state ISO3"), (NO_TITLE, "--kind wg-report"),
                                              (NO_CYCLE, "--cycle")])
def test_the_command_line_names_the_option_to_give(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   text: str, option: str) -> None:
    path = write(tmp_path, "report.txt", text)
    code = main(["import", str(path), "--db", str(db_path), "--dry-run"])
    err = capsys.readouterr().err
    assert code != 0 and option in err and "report.txt" in err and "Traceback" not in err


def test_a_glued_pdf_report_imports(db: Database, tmp_path: Path) -> None:
    from tests.glued_pdf import glued_pdf
    from tests.test_pdf_text import IRAN_PAGES

    path = tmp_path / "A_HRC_14_12.pdf"
    path.write_bytes(glued_pdf(IRAN_PAGES))
    report = import_document(db, path)
    assert (report.state_iso3, report.cycle, report.session, report.symbol) == ("IRN", 1, 7, "A/HRC/14/12")
    assert report.recommendations.created == 3 and report.problems == []


def test_a_footnote_of_a_recommendation_is_kept_as_a_note_that_asks_for_review(db: Database, tmp_path: Path) -> None:
    from upr_tracker.services.import_review import list_problems
    from upr_tracker.services.recommendations import (
        RecommendationFilter,
        list_recommendation_ids,
        recommendation_rows,
    )

    text = NO_CYCLE.replace("(France);", "(France);2 2 The recommendation as read during the interactive dialogue: "
                                         "“Ratify all the conventions” (France).")
    report = import_document(db, write(tmp_path, "report.txt", text), cycle=1)
    assert [(p.kind.value, p.labels) for p in report.problems] == [("note", ("90.1",))]
    [stored] = list_problems(db)
    assert stored.title == "Note" and "Ratify all the conventions" in stored.message
    flagged = recommendation_rows(db, list_recommendation_ids(db, RecommendationFilter(needs_review=True)))
    assert [(r.label, r.text) for r in flagged] == [("90.1", "Ratify the Convention against Torture")]
