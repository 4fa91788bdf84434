"""Export to JSON: everything in scope, so that importing the file into an empty database gives
the same data (reviews and documents, recommendations with their position history, assessments and
links, the responses, milestones with their attachments, notes, import problems). Confidential
notes only on request, and the file says whether it has them. The format is described in the
README ("JSON export")."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path

from upr_tracker import __version__
from upr_tracker.services.activity_log import log_written
from upr_tracker.services.atomic_files import Output, open_output, output_name
from upr_tracker.services.export_records import (
    import_problem_records,
    milestone_ids_in_scope,
    milestone_records,
    note_records,
    recommendation_records,
    response_records,
    review_records,
)
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    SortColumn,
    list_recommendation_keys,
    reviews_in_scope,
)
from upr_tracker.services.states import resolve_state
from upr_tracker.storage.database import Database

FORMAT_NAME = "upr-tracker-export"
# 1: each recommendation carried its full response records (a response covering 70 recommendations
#    was written 70 times). 2: responses are written once, in `responses`, and recommendations list
#    their ids. The import reads both.
FORMAT_VERSION = 2
# One encoder for every record: json.dumps with options would make a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    recommendations: int
    milestones: int
    notes: int
    confidential_notes_included: bool


def export_json(
    db: Database,
    out: Output,
    *,
    state: str | None = None,
    cycle: int | None = None,
    wanted: RecommendationFilter | None = None,
    include_confidential: bool = False,
    progress: ProgressReporter = NO_PROGRESS,
    include_kept_notes: bool = True,
) -> ExportSummary:
    """Write the recommendations that pass the filter (by default all; `state` and `cycle` are
    shortcuts) with everything attached to them, to `out` (a file, written whole or not at all, or a
    binary stream). The milestones are those of the State filtered on, or all of them when no State
    is: whether linked to a recommendation or not, they are the organisation's record of events.
    Notes kept on this laptop are marked `"kept_on_laptop": true`; `include_kept_notes=False` leaves
    them out (an export to share)."""
    wanted = replace(wanted or RecommendationFilter(state=state, cycle=cycle),
                     search_confidential_notes=include_confidential)
    keys = list_recommendation_keys(db, wanted, SortColumn.STATE)
    with db.read() as session:
        state_ids = {resolve_state(session, wanted.state).id} if wanted.state else None
        review_ids = reviews_in_scope(session, wanted)
        scope = set(keys)
        milestone_ids = milestone_ids_in_scope(session, state_ids)
        milestones = milestone_records(session, milestone_ids)
        notes = note_records(session, scope, milestone_ids, review_ids, include_confidential,
                             include_kept=include_kept_notes)
        header = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "scope": {"state": wanted.state, "cycle": wanted.cycle},
            "includes_confidential_notes": include_confidential,
            "reviews": review_records(session, review_ids),
        }
        response_ids: dict[str, None] = {}
        with open_output(out) as stream:
            # Written piece by piece, one record a line: the recommendations and responses never sit
            # in memory all at once.
            stream.write(json.dumps(header, ensure_ascii=False, indent=1)[:-2] + ',\n "recommendations": [\n')
            records = recommendation_records(session, keys, full=True, response_ids=response_ids)
            for index, record in enumerate(records):
                if index % 2000 == 0:
                    progress.check_cancelled()
                    progress.report(index, len(keys), "Writing recommendations")
                stream.write((",\n" if index else "") + _ENCODE(record))
            stream.write('\n],\n "responses": [\n')
            for index, record in enumerate(response_records(session, response_ids)):
                if index % 2000 == 0:
                    progress.check_cancelled()
                    progress.report(index, len(response_ids), "Writing responses")
                stream.write((",\n" if index else "") + _ENCODE(record))
            stream.write('\n],\n "milestones": ')
            stream.write(json.dumps(milestones, ensure_ascii=False, indent=1))
            stream.write(',\n "notes": ')
            stream.write(json.dumps(notes, ensure_ascii=False, indent=1))
            stream.write(',\n "import_problems": ')
            stream.write(json.dumps(import_problem_records(session, review_ids), ensure_ascii=False, indent=1))
            stream.write("\n}\n")
    log_written("JSON export", Path(output_name(out)).name, FORMAT_NAME,
                f"{len(keys)} recommendations, {len(milestones)} milestones, {len(notes)} notes"
                f"{' (confidential ones included)' if include_confidential else ''}")
    return ExportSummary(Path(output_name(out)), len(keys), len(milestones), len(notes), include_confidential)
