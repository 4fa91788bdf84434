"""The demo database: Kazakhstan's first two reviews (2010 and 2014), built by importing the shipped
UN documents (A/HRC/14/10 and its addendum, A/HRC/28/10), adding the milestones the 2010 addendum
itself names, suggesting which 2014 recommendations repeat 2010 ones, and suggesting action
categories, themes and SDGs for the recommendations the documents left without (all left for a
person to confirm: no value is set)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from sqlalchemy import func, select

from upr_tracker.errors import UprTrackerError
from upr_tracker.private_files import make_private_folder
from upr_tracker.services.document_import import ImportReport, import_document
from upr_tracker.services.milestones import add_milestone
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.services.recommended_again import suggest_recommended_again
from upr_tracker.services.suggestions import compute_suggestions
from upr_tracker.storage.models import Document, Recommendation, Response
from upr_tracker.storage.server_address import ServerAddress, database_target

DEMO_DOCUMENTS = (
    "A_HRC_14_10_Kazakhstan_WG_report_2010.txt",
    "A_HRC_14_10_Add1_Kazakhstan_2010_positions.txt",
    # The second review, whose positions are in the report itself (paragraphs 124 to 126).
    "A_HRC_28_10_Kazakhstan_WG_report_2014.txt",
)
ADDENDUM = "A/HRC/14/10/Add.1"


@dataclass(frozen=True)
class DemoMilestone:
    kind: str
    title: str
    date: str
    description: str
    # The milestone concerns the recommendations whose response in the addendum names it.
    named_as: str
    plan_item_of: str | None = None


# Each as the addendum states it (quoted in the description).
DEMO_MILESTONES = (
    DemoMilestone("moratorium", "De facto moratorium on executions", "2003-12",
                  "“Since December 2003, there has been an open-ended de facto moratorium on executions.”",
                  "moratorium on executions"),
    DemoMilestone("law", "Constitution of 2007: the death penalty limited to fewer offences", "2007",
                  "“The 2007 Constitution limits significantly the types of offence for which the death penalty "
                  "may be imposed.”", "2007 Constitution"),
    DemoMilestone("law", "Act on Special Social Services", "2008-12-29",
                  "“Assistance is provided to victims under the Act on Special Social Services, which was adopted "
                  "on 29 December 2008.”", "Special Social Services"),
    DemoMilestone("plan", "National Plan of Action on Human Rights 2009–2012", "2009",
                  "The plan of action the addendum refers to in its answers on the death penalty, freedom of "
                  "assembly and freedom of expression.", "National Plan"),
    DemoMilestone("plan_item", "Drafting of a new law on peaceful assemblies", "2009",
                  "“The National Plan of Action on Human Rights for 2009–2012 provides for the drafting of a new "
                  "law on the organization and holding of peaceful assemblies in Kazakhstan.”",
                  "peaceful assemblies", plan_item_of="National Plan of Action on Human Rights 2009–2012"),
    DemoMilestone("plan_item", "Phased abolition of the death penalty", "2009",
                  "“The issue is included in the National Plan of Action on Human Rights for 2009–2012.”",
                  "phased abolition", plan_item_of="National Plan of Action on Human Rights 2009–2012"),
    DemoMilestone("law", "Law of 10 July 2009 on information and communication networks", "2009-07-10",
                  "“The law adopted on 10 July 2009 provides for amendments in respect of information and "
                  "communication networks in general.”", "10 July 2009"),
    DemoMilestone("policy", "Standing invitation to all special procedures", "2009-07",
                  "“In July 2009, Kazakhstan addressed a standing invitation to all Human Rights Council special "
                  "procedures mandate holders.”", "standing invitation"),
    DemoMilestone("law", "Refugees Act", "2009-12-04",
                  "“On 4 December 2009, Kazakhstan adopted the Refugees Act, which prohibits the return or "
                  "expulsion of asylum-seekers or refugees to countries where their lives or freedom are "
                  "threatened.”", "Refugees Act"),
)


@dataclass(frozen=True)
class DemoSummary:
    path: Path | ServerAddress
    imports: tuple[ImportReport, ...]
    milestones: int
    suggestions: int  # recommendations suggested as recommended again
    suggested_values: int = 0  # pending suggestions of action categories, themes and SDGs


def _squashed(text: str) -> str:
    return " ".join(text.split()).casefold()


def _recommendations_naming(db: Database, phrase: str) -> list[uuid.UUID]:
    """The recommendations whose response in the 2010 addendum mentions `phrase` (the milestones
    are those the addendum names, not the 2014 report's)."""
    wanted = _squashed(phrase)
    with db.read() as session:
        found: list[uuid.UUID] = []
        for response in session.scalars(
            select(Response).join(Document, Document.id == Response.source_document_id)
            .where(Response.response_text.is_not(None), Document.symbol == ADDENDUM)
        ):
            if wanted in _squashed(response.response_text or ""):
                found += [r.id for r in response.recommendations if r.id not in found]
        return found


def add_demo_milestones(db: Database) -> int:
    plans: dict[str, uuid.UUID] = {}
    for milestone in DEMO_MILESTONES:
        milestone_id = add_milestone(
            db, "KAZ", milestone.kind, milestone.title,
            date=milestone.date, description=milestone.description, source_citation=ADDENDUM,
            plan_id=plans.get(milestone.plan_item_of) if milestone.plan_item_of else None,
            recommendation_ids=_recommendations_naming(db, milestone.named_as),
        )
        if milestone.kind == "plan":
            plans[milestone.title] = milestone_id
    return len(DEMO_MILESTONES)


def build_demo_database(path: Path | str | ServerAddress, *, progress: ProgressReporter = NO_PROGRESS,
                        actor: str | None = None, passphrase: Passphrase | None = None,
                        password: str | None = None) -> DemoSummary:
    """Build the demo database at `path` (encrypted with `passphrase`, if given), which must not
    hold data yet. Built beside it and moved into place at the end, so an interrupted build leaves
    nothing half-made. On a team server (a PostgreSQL address), the database must be empty (`password`:
    the user's, when it was asked for)."""
    target = database_target(path) if isinstance(path, str) else path
    if isinstance(target, ServerAddress):
        return _build_on_server(target, progress, actor, password)
    path = Path(target).expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        raise UprTrackerError(f"{path} already exists: the demo is built only into a new file")
    make_private_folder(path.parent)
    scratch = path.with_name(f".{path.name}.building")
    for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        with Database.open(scratch, actor=actor, passphrase=passphrase) as db:
            reports, milestones, suggestions, suggested_values = _fill_demo(db, progress)
        os.replace(scratch, path)
    finally:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
    return DemoSummary(path, tuple(reports), milestones, suggestions, suggested_values)


def _build_on_server(address: ServerAddress, progress: ProgressReporter, actor: str | None,
                     password: str | None) -> DemoSummary:
    with Database.open(address, actor=actor, create=True, password=password) as db:
        with db.read() as session:
            if session.scalar(select(func.count()).select_from(Recommendation)):
                raise UprTrackerError(f"{address.name} already holds recommendations: the demo is built only "
                                      "into an empty database")
        reports, milestones, suggestions, suggested_values = _fill_demo(db, progress)
    return DemoSummary(address, tuple(reports), milestones, suggestions, suggested_values)


def _fill_demo(db: Database, progress: ProgressReporter) -> tuple[list[ImportReport], int, int, int]:
    reports = []
    for name in DEMO_DOCUMENTS:
        with as_file(files("upr_tracker.resources.demo").joinpath(name)) as document:
            reports.append(import_document(db, document, progress=progress))
    milestones = add_demo_milestones(db)
    # The import of the 2014 report suggested them; asked again in case it is imported first.
    suggestions = sum(r.recommended_again for r in reports) + suggest_recommended_again(db, "KAZ").created
    # Pending only (no accept_above): the demo shows what the app suggests, and no value is set
    # that a person did not decide.
    def cancelled() -> bool:
        progress.check_cancelled()   # (raises when the user asked to stop)
        return False

    suggesting = compute_suggestions(
        db, state_iso3="KAZ",
        progress=lambda done, total: progress.report(done, total, "Suggesting action categories, themes and SDGs"),
        cancelled=cancelled)
    return reports, milestones, suggestions, suggesting.suggested
