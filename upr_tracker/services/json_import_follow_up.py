"""Writing the follow-up records of a JSON export: milestones (plans before their items), notes
and the points imports left to review, each mapped to the same thing here or added.

The methods are those of json_import_writing.ExportWriter, which holds the state they share (what
the exported ids stand for here, the rows waiting to be written).
"""

from __future__ import annotations

import datetime as dt

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from upr_tracker.domain.milestones import MilestoneKind
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import json_import_lookups as lookups
from upr_tracker.services import json_import_notes
from upr_tracker.services.json_import_reading import ExportIn, MilestoneIn, NoteIn, ProblemIn
from upr_tracker.services.notes import mark_confidential
from upr_tracker.storage.audit import CONFIDENTIAL_BODY, CONFIDENTIAL_TAGS
from upr_tracker.storage.models import (
    Attachment,
    ImportProblem,
    Milestone,
    Note,
    NoteTag,
    Review,
    State,
    import_problem_recommendation,
    milestone_recommendation,
    table_of,
)

if TYPE_CHECKING:
    from upr_tracker.services.json_import import JsonImportReport


class FollowUpWriting:
    """Milestones, notes and points to review of the file (see the module's description)."""

    if TYPE_CHECKING:
        # The shared state and steps, held and defined by json_import_writing.ExportWriter.
        session: Session
        export: ExportIn
        report: JsonImportReport
        name: str
        now: dt.datetime
        milestones: dict[uuid.UUID, uuid.UUID]
        milestone_kinds: dict[uuid.UUID, str]
        milestone_links: dict[uuid.UUID, set[uuid.UUID]]
        known_milestones: dict[uuid.UUID, Any]
        milestones_here: dict[lookups.MilestoneKey, uuid.UUID]
        known_reviews: dict[uuid.UUID, Any]
        known_problems: dict[uuid.UUID, Any]
        problems_here: dict[lookups.ProblemKey, uuid.UUID]
        problem_links: dict[uuid.UUID, set[uuid.UUID]]
        added: set[uuid.UUID]
        added_by_kind: dict[str, set[uuid.UUID]]
        touched: set[uuid.UUID]

        def _queue(self, table: Table, row: dict[str, Any], kind: str | None = None,
                   audited: dict[str, Any] | None = None, *, counted: bool = True) -> None: ...
        def _existing(self, table: Table, ids: Iterable[uuid.UUID], *columns: Any) -> dict[uuid.UUID, Any]: ...
        def _recorded(self, recorded: dict[str, dt.datetime]) -> dict[str, dt.datetime]: ...
        def _document_id(self, exported: uuid.UUID, where: str) -> uuid.UUID: ...
        def _recommendation_id(self, exported: uuid.UUID) -> uuid.UUID | None: ...
        def _milestone_id(self, exported: uuid.UUID) -> uuid.UUID | None: ...
        def _review_id(self, exported: uuid.UUID) -> uuid.UUID | None: ...
        def _state_object(self, name: str, where: str) -> State: ...
        def _add_links(self, table: Table, owner: str, owner_id: uuid.UUID, linked: set[uuid.UUID],
                       more: list[uuid.UUID]) -> None: ...

    def _milestones(self, records: list[MilestoneIn]) -> None:
        """Plans before their items, whatever the order of the file."""
        notes = [n.subject_id for n in self.export.notes if n.subject == "milestone_id"]
        self.known_milestones = self._existing(
            table_of(Milestone), [*(m.id for m in records), *(m.plan_id for m in records if m.plan_id), *notes],
            Milestone.kind, Milestone.state_id)
        # Milestones added by this import are not in the database yet: those found are all from before.
        self.milestones_here = lookups.milestones_by_key(
            self.session, {self._state_object(m.state, f"{m.where}.state").id for m in records})
        self.milestone_links = lookups.linked(
            self.session, milestone_recommendation.c.milestone_id, milestone_recommendation.c.recommendation_id,
            [*(m.id for m in records if m.id in self.known_milestones), *self.milestones_here.values()])
        in_file = {m.id for m in records}
        pending = records
        while pending:
            waiting = [m for m in pending if m.plan_id in in_file and m.plan_id not in self.milestones
                       and m.plan_id != m.id]
            ready = [m for m in pending if m not in waiting]
            if not ready:
                raise InvalidValueError(f"{waiting[0].where}.plan_id: the plans of these milestones refer to "
                                        "one another in a loop")
            for milestone in ready:
                self._milestone(milestone)
            pending = waiting

    def _milestone(self, record: MilestoneIn) -> None:
        state = self._state_object(record.state, f"{record.where}.state")
        plan_id = None
        if record.plan_id is not None:
            plan_id = self._milestone_id(record.plan_id) if record.plan_id != record.id else None
            kind = self.milestone_kinds.get(plan_id) if plan_id else None
            if plan_id and kind is None and plan_id in self.known_milestones:
                kind = self.known_milestones[plan_id][0]
            if kind != MilestoneKind.PLAN.value:
                raise InvalidValueError(f"{record.where}.plan_id: {record.plan_id} is not a plan of action in the "
                                        "file or in this database")
        when = record.date
        taken = record.id in self.known_milestones and self._another_milestone(record, state.id)
        local = (self.milestones.get(record.id) if record.id in self.milestones  # the file holds it twice
                 else record.id if record.id in self.known_milestones and not taken
                 # The same event recorded here already (both laptops built the demo, or wrote down the same law).
                 else self.milestones_here.get((state.id, record.kind.value, record.title, plan_id,
                                                when.start if when else None,
                                                when.precision.value if when else "day")))
        if local is not None:
            self.milestones[record.id] = local
            self.milestone_kinds.setdefault(local, record.kind.value)  # the same event: the same kind
            self._cover_by_milestone(local, self._known_recommendations(record.recommendation_ids))
            return
        attachment_id = None
        if record.attachment is not None:
            data = record.attachment.data
            attachment_id = uuid.uuid4()
            self._queue(table_of(Attachment), {
                "id": attachment_id, "file_name": record.attachment.file_name,
                "media_type": record.attachment.media_type, "sha256": hashlib.sha256(data).hexdigest(),
                "data": data, "created_at": self.now, "updated_at": self.now}, "attachments",
                {"file_name": record.attachment.file_name, "size": len(data)}, counted=False)
        linked = self._known_recommendations(record.recommendation_ids)
        local_id = uuid.uuid4() if taken else record.id
        row = {
            "id": local_id, "state_id": state.id, "plan_id": plan_id, "kind": record.kind.value,
            "title": record.title, "description": record.description,
            "occurred_on": when.start if when else None, "date_precision": when.precision.value if when else "day",
            "ends_on": record.ends.start if record.ends else None,
            "ends_precision": record.ends.precision.value if record.ends else None, "due_on": record.due_on,
            "item_number": record.item_number, "source_citation": record.source_citation,
            "source_url": record.source_url, "attachment_id": attachment_id, **self._recorded(record.recorded),
        }
        self._queue(table_of(Milestone), row, "milestones", row | {"recommendations": sorted(map(str, linked))})
        for rec_id in linked:
            self._queue(milestone_recommendation, {"milestone_id": local_id, "recommendation_id": rec_id})
        self.milestones[record.id] = local_id
        self.milestone_kinds[local_id] = record.kind.value
        self.milestone_links[local_id] = set(linked)
        self.touched.update(linked)

    def _another_milestone(self, record: MilestoneIn, state_id: uuid.UUID) -> bool:
        """Whether this database's milestone of the record's id is another event (another State or
        kind): the file's is then kept apart from it, and the problem said."""
        kind, state_here = self.known_milestones[record.id]
        if kind == record.kind.value and state_here == state_id:
            return False
        self.report.problems.append(
            f"{record.where} (milestone {record.id}, {record.title!r}): this database has another milestone "
            "(of another State or kind) under this id; the file's is kept apart from it (added under a new id, "
            "or matched to the same event here)")
        return True

    def _cover_by_milestone(self, milestone_id: uuid.UUID, recommendation_ids: list[uuid.UUID]) -> None:
        """A milestone found here is linked to the recommendations of the file it is not linked to yet."""
        if milestone_id not in self.milestone_links:  # found as the same event under another id
            self.milestone_links |= lookups.linked(self.session, milestone_recommendation.c.milestone_id,
                                                   milestone_recommendation.c.recommendation_id, [milestone_id])
        linked = self.milestone_links[milestone_id]
        more = [i for i in recommendation_ids if i not in linked]
        self._add_links(milestone_recommendation, "milestone", milestone_id, linked, more)
        self.report.count("milestones", "updated" if more else "unchanged")

    def _known_recommendations(self, exported: list[uuid.UUID]) -> list[uuid.UUID]:
        """The local ids of those recommendations this database has (a filtered export names others)."""
        return list(dict.fromkeys(i for i in map(self._recommendation_id, exported) if i is not None))

    def _notes(self, records: Sequence[NoteIn]) -> None:
        existing = json_import_notes.notes_by_id(self.session, (n.id for n in records))
        self.known_reviews = self._existing(table_of(Review), (n.subject_id for n in records if n.subject == "review_id"))
        subjects: dict[str, set[uuid.UUID]] = defaultdict(set)
        for record in records:
            if record.id not in existing:
                subject_id = self._note_subject(record)
                if subject_id is not None:
                    subjects[record.subject].add(subject_id)
        # Notes added by this import are not in the database yet: those found are all from before.
        self.notes_here = json_import_notes.notes_by_key(self.session, subjects)
        for record in records:
            self._note(record, existing)

    def _note_subject(self, record: NoteIn) -> uuid.UUID | None:
        resolve = {"recommendation_id": self._recommendation_id, "milestone_id": self._milestone_id,
                   "review_id": self._review_id}[record.subject]
        return resolve(record.subject_id)

    def _note(self, record: NoteIn, existing: dict[uuid.UUID, json_import_notes.NoteHere]) -> None:
        if record.id in self.added_by_kind["notes"]:
            self.report.count("notes", "unchanged")  # the file holds it twice
            return
        subject_id = self._note_subject(record)
        if record.id in existing:
            self._note_here(record, existing[record.id], subject_id)
            return
        if subject_id is None:
            what = record.subject.removesuffix("_id")
            raise InvalidValueError(f"{record.where}.{record.subject}: no {what} with id {record.subject_id} in the "
                                    "file or in this database")
        same = self.notes_here.get(json_import_notes.key_of(record.subject, subject_id, record.author, record.body,
                                                            record.written_at))
        if same is not None:
            self.report.count("notes", "unchanged")
            self.report.notices.append(f"{record.where} (note {record.id}) is note {same} of this database under "
                                       "another id (the same subject, author, day and text): not added again")
            return
        row = {"id": record.id, "author": record.author, "written_at": record.written_at,
               "event_on": record.event_on, "body": record.body,
               "confidential": record.confidential, "recommendation_id": None, "milestone_id": None,
               "review_id": None, record.subject: subject_id, **self._recorded(record.recorded)}
        # A confidential note's text and tags stay out of the audit trail, which outlives the note.
        audited = row | ({"body": CONFIDENTIAL_BODY, "tags": CONFIDENTIAL_TAGS} if record.confidential
                         else {"tags": record.tags})
        self._queue(table_of(Note), row, "notes", audited)
        for tag in record.tags:
            self._queue(table_of(NoteTag), {"note_id": record.id, "tag": tag})
        if record.subject == "recommendation_id":
            self.touched.add(subject_id)

    def _note_here(self, record: NoteIn, here: json_import_notes.NoteHere, subject_id: uuid.UUID | None) -> None:
        """The note of this id here: the same note (perhaps edited since, on one side), or another."""
        differing = json_import_notes.identity_differences(record, here, subject_id)
        if differing:
            self.report.left_out("notes", f"{record.where} (note {record.id}): this database has another note under "
                                          f"this id ({', '.join(differing)} differ); it is kept, the file's is left out")
            return
        if json_import_notes.edited(record, here):
            self.report.notices.append(f"{record.where} (note {record.id}): its text differs from this database's "
                                       "(edited since, here or there); this database's is kept")
        if record.confidential and not here.confidential:
            self._made_confidential(record)
            return
        self.report.count("notes", "unchanged")

    def _made_confidential(self, record: NoteIn) -> None:
        """A note held here that the file says is confidential becomes so (the stricter wins; a
        note confidential here stays so whatever the file says)."""
        note = self.session.get(Note, record.id)
        assert note is not None
        scrubbed = mark_confidential(self.session, note)
        self.report.notes_made_confidential += 1
        self.report.count("notes", "updated")
        self.report.notices.append(
            f"{record.where}: the note is confidential in {self.name}, so it was made confidential here too; its "
            f"earlier text was removed from the audit trail ({scrubbed} {'entry' if scrubbed == 1 else 'entries'}) and "
            "the search index")

    def _problems(self, records: Sequence[ProblemIn]) -> None:
        self.known_problems = self._existing(table_of(ImportProblem), (p.id for p in records))
        documents = {self._document_id(p.document_id, f"{p.where}.document_id") for p in records
                     if p.id not in self.known_problems}
        # Documents this import adds have no problems here yet.
        self.problems_here = lookups.problems_by_key(self.session, documents - self.added)
        self.problem_links = lookups.linked(
            self.session, import_problem_recommendation.c.import_problem_id,
            import_problem_recommendation.c.recommendation_id, [*self.known_problems, *self.problems_here.values()])
        for record in records:
            self._problem(record)

    def _problem(self, record: ProblemIn) -> None:
        if record.id in self.added_by_kind["import_problems"]:
            self.report.count("import_problems", "unchanged")  # the file holds it twice
            return
        linked = self._known_recommendations(record.recommendation_ids)
        local = record.id if record.id in self.known_problems else None
        if local is None:
            document_id = self._document_id(record.document_id, f"{record.where}.document_id")
            local = self.problems_here.get((document_id, record.kind, record.labels, record.line, record.message))
        if local is not None:
            # The problem found here is about the recommendations of the file it does not name yet.
            links = self.problem_links[local]
            more = [i for i in linked if i not in links]
            self._add_links(import_problem_recommendation, "import_problem", local, links, more)
            self.report.count("import_problems", "updated" if more else "unchanged")
            return
        # Problems are listed in the order they were found (the file's): each a microsecond after the
        # one before, so that the same order comes back whatever their ids.
        found_at = self.now + dt.timedelta(microseconds=len(self.added_by_kind["import_problems"]))
        row = {"id": record.id, "document_id": document_id, "kind": record.kind, "labels": record.labels,
               "line": record.line, "excerpt": record.excerpt, "message": record.message,
               "resolved": record.resolved, "resolution": record.resolution,
               "created_at": found_at, "updated_at": found_at}
        self._queue(table_of(ImportProblem), row, "import_problems", row | {"recommendations": sorted(map(str, linked))})
        for rec_id in linked:
            self._queue(import_problem_recommendation, {"import_problem_id": record.id, "recommendation_id": rec_id})
        self.touched.update(linked)

