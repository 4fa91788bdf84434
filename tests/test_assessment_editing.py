"""Assessments are edited, deleted and put back through the services (audited), and the combined
level is given with the mean it comes from, the same in the window, the reports and the JSON."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from upr_tracker.domain.implementation import (
    BANDS,
    ImplementationLevel,
    band,
    combine,
    combined_level,
)
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.reports.compose import ReportRequest, ReportTemplate, build_report
from upr_tracker.reports.document import Paragraph
from upr_tracker.services import assessments, recommendations, reviews
from upr_tracker.services.export_json import export_json
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry

NOT, PARTLY, FULLY = (ImplementationLevel.NOT_IMPLEMENTED, ImplementationLevel.PARTIALLY_IMPLEMENTED,
                      ImplementationLevel.FULLY_IMPLEMENTED)


@given(st.lists(st.sampled_from([NOT, PARTLY, FULLY]), min_size=1, max_size=12))
def test_the_combined_level_is_the_band_of_the_mean_it_shows(levels: list[ImplementationLevel]) -> None:
    combined = combine(levels)
    assert combined is not None
    assert combined.mean == pytest.approx(sum(level.score for level in levels) / len(levels), abs=1e-4)
    assert combined.level is band(combined.mean) is combined_level(levels)
    assert combined.lowest.score <= combined.mean <= combined.highest.score
    assert combined.sources_differ == (len(set(levels)) > 1)
    text = combined.describe()
    assert text.startswith(f"{combined.level.label}: mean {combined.mean_text} of 1 from {len(levels)} source")
    assert "fully ≥ 0.66, partially ≥ 0.33" in text


def test_the_bands_are_explicit_and_ordered() -> None:
    assert [lowest for lowest, _level in BANDS] == sorted((lowest for lowest, _level in BANDS), reverse=True)
    assert band(0.75) is FULLY and band(0.66) is FULLY and band(0.5) is PARTLY and band(0.33) is PARTLY
    assert band(0.25) is NOT and band(0) is NOT
    assert combine([FULLY, PARTLY]).describe().startswith(  # type: ignore[union-attr]
        "Fully implemented: mean 0.75 of 1 from 2 sources (partially to fully; ")
    assert combine([]) is None


@pytest.fixture
def recommendation(db: Database) -> uuid.UUID:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    return recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.1")


def _level(db: Database, recommendation_id: uuid.UUID) -> str | None:
    return recommendation_detail(db, recommendation_id).row.implementation_level


def test_edit_changes_only_what_is_given_and_is_audited(db: Database, recommendation: uuid.UUID) -> None:
    state = assessments.add_assessment(db, recommendation, "state", "fully", assessed_on=dt.date(2023, 1, 5),
                                       evidence="Law adopted")
    ngo = assessments.add_assessment(db, recommendation, "ngo", "partially", source_name=" KIBHR ")
    assert _level(db, recommendation) == "fully_implemented"  # mean 0.75
    edited = assessments.edit_assessment(db, state, level="partially")
    assert (edited.level, edited.assessed_on, edited.evidence) == ("partially_implemented", dt.date(2023, 1, 5),
                                                                   "Law adopted")
    assert _level(db, recommendation) == "partially_implemented"
    cleared = assessments.edit_assessment(db, state, assessed_on=None, evidence="  ", source_name="Ministry")
    assert (cleared.assessed_on, cleared.evidence, cleared.source_name) == (None, None, "Ministry")
    with db.read() as session:
        changes = session.scalars(select(AuditEntry).where(AuditEntry.record_id == str(state),
                                                           AuditEntry.action == "update")).all()
    assert [json.loads(c.after).get("level") for c in changes if "level" in json.loads(c.after)][0] == \
        "partially_implemented"
    assert recommendation_detail(db, recommendation).assessments[-1].source_name in ("KIBHR", "Ministry")
    with pytest.raises(InvalidValueError, match="level: unknown implementation level 'mostly'"):
        assessments.edit_assessment(db, ngo, level="mostly")
    with pytest.raises(NotFoundError):
        assessments.edit_assessment(db, uuid.uuid4(), level="fully")


def test_delete_and_restore_give_back_the_same_assessment(db: Database, recommendation: uuid.UUID) -> None:
    first = assessments.add_assessment(db, recommendation, "ngo", "not", assessed_on=dt.date(2022, 1, 1))
    assessments.add_assessment(db, recommendation, "ngo", "fully", assessed_on=dt.date(2022, 1, 1))
    assert _level(db, recommendation) == "fully_implemented"  # the same day: the later entry counts
    before = recommendation_detail(db, recommendation).assessments
    deleted = assessments.delete_assessment(db, first)
    assert [a.id for a in recommendation_detail(db, recommendation).assessments] == [
        a.id for a in before if a.id != first]
    assessments.restore_assessment(db, deleted)
    assert recommendation_detail(db, recommendation).assessments == before
    assert _level(db, recommendation) == "fully_implemented"  # order of entry kept: still the later one
    with pytest.raises(InvalidValueError, match="exists already"):
        assessments.restore_assessment(db, deleted)
    with db.read() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.record_id == str(first))
                                                     .order_by(AuditEntry.at))]
    assert actions == ["create", "delete", "create"]


def test_reports_and_the_json_export_give_the_same_figure(db: Database, recommendation: uuid.UUID,
                                                          tmp_path: Path) -> None:
    assessments.add_assessment(db, recommendation, "ngo", "fully implemented")
    assessments.add_assessment(db, recommendation, "un_body", "partially implemented")
    figure = assessments.combined_assessment(recommendation_detail(db, recommendation).assessments)
    assert figure is not None and figure.mean == 0.75
    report = build_report(db, ReportRequest(ReportTemplate.MID_TERM, state="KAZ", cycle=1))
    texts = [b.text for b in report.blocks if isinstance(b, Paragraph)]
    assert "Combined level: Fully implemented." in texts
    assert any(t.startswith("Mean 0.75 of 1 from 2 sources (partially to fully; UPR Info scoring") for t in texts)
    out = tmp_path / "export.json"
    export_json(db, out)
    [record] = json.loads(out.read_text(encoding="utf-8"))["recommendations"]
    assert (record["implementation_level"], record["implementation_mean"]) == ("fully_implemented", 0.75)
