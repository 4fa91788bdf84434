"""The training script: on a small slice of UPR Info's export it measures, chooses the thresholds on
a validation session, and writes model files the app can load."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.sample_paths import REPO, UPRINFO_CSV
from tools.train_suggestions import read_export
from upr_tracker.suggestions.model_files import ISSUE_SDGS_FILE, load_model, read_issue_sdgs
from upr_tracker.suggestions.suggester import Suggester
from upr_tracker.suggestions.training import Sample, deduplicated, spread_slice, train


@pytest.mark.slow
def test_the_script_trains_on_a_slice_and_writes_loadable_files(tmp_path: Path) -> None:
    out = tmp_path / "model"
    result = subprocess.run([sys.executable, str(REPO / "tools" / "train_suggestions.py"), "--csv", str(UPRINFO_CSV),
                             "--out", str(out), "--limit", "600", "--version", "test-1"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "rules" in result.stdout and "micro-F1" in result.stdout
    model = load_model(out)
    assert model.version == "test-1"
    metadata = json.loads((out / "suggestions.json").read_text(encoding="utf-8"))
    assert metadata["trained_on"]["texts"] <= 600 and metadata["trained_on"]["sessions"] == [6, 7, 8, 9]
    metrics = metadata["metrics"]
    assert metrics["test_session"] == 9 and metrics["validation_session"] == 8
    assert 0 < metrics["action_category"]["model"]["agreement"] <= 1
    assert set(metrics["action_category"]["rules"]["per_category"]) == {"1", "2", "3", "4", "5"}
    assert 0 < metrics["themes"]["micro_f1"] <= 1
    assert 0 < metadata["thresholds"]["action_category"] < 1 and 0 < metadata["thresholds"]["themes"] < 1
    assert (out / "suggestions_metrics.txt").read_text(encoding="utf-8").count("\n") > 10
    suggester = Suggester(model, read_issue_sdgs((out / ISSUE_SDGS_FILE).read_text(encoding="utf-8")))
    scored = suggester.probabilities([c["text"] for c in metadata["checks"]])
    for row, check in enumerate(metadata["checks"]):
        np.testing.assert_allclose(scored.category[row], check["categories"], atol=1e-4)
        np.testing.assert_allclose(scored.issue[row], check["issues"], atol=1e-4)


def _samples() -> list[Sample]:
    """Texts built for the case: three sessions, each with the same kinds of requests."""
    openings = [("Ratify the Convention against Torture", "5", ("International instruments", "Torture and other CID treatment")),
                ("Continue its efforts to reduce poverty", "2", ("Poverty",)),
                ("Consider ratifying the Convention on the Rights of Persons with Disabilities", "3",
                 ("International instruments", "Disabilities")),
                ("Ensure that girls have equal access to education", "4", ("Right to education", "Women's rights")),
                ("Share its best practices on education", "1", ("Right to education",))]
    samples = []
    for session in (1, 2, 3):
        for state in ("Alpha", "Beta", "Gamma", "Delta"):
            for text, category, issues in openings:
                samples.append(Sample(f"{text} in {state} (session {session})", state, session, category, issues))
    return samples


def test_training_holds_out_the_test_session_and_validates_on_another() -> None:
    result = train(_samples(), test_session=3, version="case-1")
    assert result.metrics["test_session"] == 3 and result.metrics["validation_session"] == 2
    assert result.metrics["action_category"]["texts"] == 20
    assert result.fitted.model.metadata["trained_on"]["sessions"] == [1, 2, 3]
    suggester = Suggester(result.fitted.model, {})
    assert suggester.suggest_one("Ratify the Convention against Torture").action_category.value == "5"


def test_the_test_session_must_exist() -> None:
    with pytest.raises(ValueError, match="test session 7"):
        train(_samples(), test_session=7)


def test_duplicates_per_recommending_state_count_once_and_slices_keep_every_session() -> None:
    rows = [Sample("Abolish  the death penalty", "Alpha", 6, "5", ("Death penalty",)),
            Sample("Abolish the death penalty", "Alpha", 6, "5", ("Death penalty",)),
            Sample("Abolish the death penalty", "Beta", 6, "5", ("Death penalty",))]
    assert len(deduplicated(rows)) == 2
    many = [Sample(f"text {i}", "Alpha", 6 + i // 100, "4", ()) for i in range(400)]
    assert {s.session for s in spread_slice(many, 40)} == {6, 7, 8, 9}
    assert len(spread_slice(many, 40)) == 40 and spread_slice(many, None) == many


HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r"


def test_the_export_is_read_in_its_encoding_and_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes((HEADER + 'Côte d\u2019Ivoire,Africa,,"Ratify the Convention, without reservations",France,WEOG,,'
                      'Accepted,5,"International instruments, Women\'s rights",9\r').encode("mac_roman"))
    [sample] = read_export(path)
    assert sample == Sample("Ratify the Convention, without reservations", "Côte d\u2019Ivoire", 9, "5",
                            ("International instruments", "Women's rights"))


@pytest.mark.parametrize(("row", "message"), [
    ("Chad,Africa,,Abolish the death penalty,France,WEOG,,Accepted,5,Death penalty,nine", "line 3, field Session"),
    ("Chad,Africa,,Abolish the death penalty,France,WEOG,,Accepted,7,Death penalty,9", "line 3, field Action"),
])
def test_bad_rows_are_named_by_file_line_and_field(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    good = "Chad,Africa,,Ratify the CAT,France,WEOG,,Accepted,5,Torture and other CID treatment,9"
    path.write_text(HEADER + good + "\r" + row + "\r", encoding="utf-8")
    with pytest.raises(SystemExit, match=f"bad.csv: {message}"):
        read_export(path)


def test_an_export_without_the_needed_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Name,Text\nA,B\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="other.csv: missing column.*Action"):
        read_export(path)
