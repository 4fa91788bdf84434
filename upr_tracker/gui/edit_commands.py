"""Edits as undoable commands: each does its change through a service, and undoes it through the
service that reverses it. The window keeps them on one QUndoStack (Edit ▸ Undo / Redo).

Each is a single small write, done directly: it takes milliseconds, and doing it at once keeps
the order of edits and undos exactly the user's."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from upr_tracker.errors import EditConflictError, UprTrackerError
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services import (
    assessments,
    edit_conflicts,
    milestones,
    notes,
    recommendation_editing,
    recommendations,
)
from upr_tracker.services.values import AssessmentInfo
from upr_tracker.storage.database import Database

DatabaseGetter = Callable[[], Database]
ShowError = Callable[[BaseException], None]

# A command's text is its name in Edit ▸ Undo / Redo, in the window's language (context "EditCommands").


def _terms_change(label: str, vocabulary: str) -> str:
    templates = {"themes": translate("EditCommands", "Change %1 of themes"),
                 "sdgs": translate("EditCommands", "Change %1 of sdgs"),
                 "affected_persons": translate("EditCommands", "Change %1 of affected persons")}
    if vocabulary in templates:
        return fill(templates[vocabulary], label)
    return fill(translate("EditCommands", "Change %1 of %2"), label, vocabulary.replace("_", " "))


def _labelled(with_label: str, without: str, label: str | None) -> str:
    return fill(with_label, label) if label else without


class _ServiceCommand(QUndoCommand):
    """Runs `apply` on redo and `revert` on undo, then tells the window what changed.

    A step that fails for a reason the user can act on (a full disk, a read-only file, a record
    deleted meanwhile) goes to `failed`, to be shown, and the command leaves the history (Qt drops
    an obsolete command): the history never offers to undo what was not done, nor to redo what
    was not undone."""

    def __init__(self, text: str, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID | None, *, failed: ShowError) -> None:
        super().__init__(text)
        self.database = database
        self.changed = changed
        self.failed = failed
        self.recommendation_id = recommendation_id
        self.done = False

    def apply(self, db: Database) -> None:
        raise NotImplementedError

    def revert(self, db: Database) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._attempt(self.apply):
            self.done = True
            self.changed(self.recommendation_id)

    def undo(self) -> None:
        if self._attempt(self.revert):
            self.done = False
            self.changed(self.recommendation_id)

    def over(self, conflict: EditConflictError) -> _ServiceCommand | None:
        """The same edit, done again over the other person's change that `conflict` names (Keep
        mine); None for an edit that cannot be (see gui.edit_conflict_dialog)."""
        return None

    def _attempt(self, step: Callable[[Database], None]) -> bool:
        try:
            step(self.database())
        except (UprTrackerError, OSError) as exc:
            if isinstance(exc, EditConflictError):
                # The conflict dialog offers to do it again over the other's change (not an undo's).
                exc.command = self if step == self.apply else None  # type: ignore[attr-defined]
            # Said here, not raised: an error leaving redo() or undo() reaches the caller of the
            # stack prefixed by PySide, and the stack would count the step as done.
            self.setObsolete(True)
            self.failed(exc)
            return False
        return True


def push_edit(stack: QUndoStack, command: _ServiceCommand) -> bool:
    """Do the edit and keep it in the history; False when it could not be done (`failed` said why)."""
    stack.push(command)
    return command.done  # (a plain attribute: readable even when Qt has dropped the failed command)


class SetTermsCommand(_ServiceCommand):
    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID, vocabulary: str, before: Sequence[str], after: Sequence[str],
                 label: str, *, failed: ShowError) -> None:
        super().__init__(_terms_change(label, vocabulary), database, changed, recommendation_id, failed=failed)
        self.vocabulary, self.before, self.after = vocabulary, list(before), list(after)

    def apply(self, db: Database) -> None:
        assert self.recommendation_id is not None
        recommendations.set_terms(db, self.recommendation_id, self.vocabulary, self.after)

    def revert(self, db: Database) -> None:
        assert self.recommendation_id is not None
        recommendations.set_terms(db, self.recommendation_id, self.vocabulary, self.before)


class SetActionCategoryCommand(_ServiceCommand):
    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID, before: int | None, after: int | None, label: str, *,
                 failed: ShowError) -> None:
        super().__init__(fill(translate("EditCommands", "Change the action category of %1"), label), database, changed,
                         recommendation_id, failed=failed)
        self.before, self.after = before, after

    def apply(self, db: Database) -> None:
        assert self.recommendation_id is not None
        recommendations.set_action_category(db, self.recommendation_id, self.after)

    def revert(self, db: Database) -> None:
        assert self.recommendation_id is not None
        recommendations.set_action_category(db, self.recommendation_id, self.before)


class AddNoteCommand(_ServiceCommand):
    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID, body: str, confidential: bool, tags: Sequence[str],
                 event_on: dt.date | None = None, shared_with: Sequence[str] = (), kept_on_laptop: bool = False,
                 *, failed: ShowError) -> None:
        super().__init__(translate("EditCommands", "Add a note"), database, changed, recommendation_id, failed=failed)
        self.body, self.confidential, self.tags, self.event_on = body, confidential, list(tags), event_on
        self.shared_with = list(shared_with)
        self.kept_on_laptop = kept_on_laptop
        self.note_id: uuid.UUID | None = None

    def apply(self, db: Database) -> None:
        self.note_id = notes.add_note(db, self.body, recommendation_id=self.recommendation_id,
                                      confidential=self.confidential, tags=self.tags, event_on=self.event_on,
                                      shared_with=self.shared_with, kept_on_laptop=self.kept_on_laptop)

    def revert(self, db: Database) -> None:
        if self.note_id is not None:
            notes.delete_note(db, self.note_id)


# A note's text, confidentiality, tags, event date, who it is shared with and whether it is kept on
# this laptop, as the editor sets them.
NoteValues = tuple[str, bool, Sequence[str], dt.date | None, Sequence[str], bool]


class EditNoteCommand(_ServiceCommand):
    """Editing (or undoing the edit of) a note; `tell` hears what the user must know, as when a
    note made confidential (also by an undo) loses its earlier text from the audit trail."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID | None, note_id: uuid.UUID,
                 before: NoteValues, after: NoteValues, *,
                 failed: ShowError, tell: Callable[[str], None] | None = None, version: int | None = None,
                 overwriting: EditConflictError | None = None) -> None:
        super().__init__(translate("EditCommands", "Edit a note"), database, changed, recommendation_id, failed=failed)
        self.note_id, self.before, self.after = note_id, before, after
        self.tell = tell
        # The note's version this edit starts from (the one shown; then the one each step left).
        self.version = version
        self.overwriting = overwriting

    def _set(self, db: Database, values: NoteValues, version: int | None = None) -> None:
        body, confidential, tags, event_on, shared_with, kept_on_laptop = values
        edited = notes.edit_note(db, self.note_id, body=body, confidential=confidential, tags=list(tags),
                                 event_on=event_on, shared_with=list(shared_with), expected_version=version,
                                 kept_on_laptop=kept_on_laptop and confidential)
        self.version = edited.version
        if self.tell is not None:  # (an undo that un-marks the note clears what its marking said)
            self.tell(notes.made_confidential_notice(edited) or "")

    def apply(self, db: Database) -> None:
        if self.overwriting is not None:
            conflict, self.overwriting = self.overwriting, None
            edit_conflicts.keep_mine(db, conflict, lambda version: self._set(db, self.after, version))
            return
        self._set(db, self.after, self.version)

    def over(self, conflict: EditConflictError) -> EditNoteCommand:
        return EditNoteCommand(self.database, self.changed, self.recommendation_id, self.note_id, self.before,
                               self.after, failed=self.failed, tell=self.tell, overwriting=conflict)

    def revert(self, db: Database) -> None:
        self._set(db, self.before, self.version)


class DeleteNoteCommand(_ServiceCommand):
    """Deleting is undone by adding the note again, with its author, time, text and tags."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID, note: object, *,
                 failed: ShowError) -> None:
        super().__init__(translate("EditCommands", "Delete a note"), database, changed, recommendation_id, failed=failed)
        self.note = note
        self.current_id: uuid.UUID = note.id  # type: ignore[attr-defined]

    def apply(self, db: Database) -> None:
        notes.delete_note(db, self.current_id)

    def revert(self, db: Database) -> None:
        note = self.note
        self.current_id = notes.add_note(db, note.body, recommendation_id=self.recommendation_id,  # type: ignore[attr-defined]
                                         confidential=note.confidential, tags=note.tags,  # type: ignore[attr-defined]
                                         author=note.author, event_on=note.event_on,  # type: ignore[attr-defined]
                                         shared_with=note.shared_with,  # type: ignore[attr-defined]
                                         kept_on_laptop=getattr(note, "kept_on_laptop", False))


class AddAssessmentCommand(_ServiceCommand):
    """Undo deletes the assessment; redo puts the same one back (same id and time of entry)."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 recommendation_id: uuid.UUID, source: str, level: str, source_name: str | None,
                 assessed_on: dt.date | None, evidence: str | None, *,
                 failed: ShowError) -> None:
        super().__init__(translate("EditCommands", "Add an assessment"), database, changed, recommendation_id, failed=failed)
        self.values: dict[str, Any] = {"source": source, "level": level, "source_name": source_name,
                                       "assessed_on": assessed_on,
                       "evidence": evidence}
        self.assessment_id: uuid.UUID | None = None
        self.undone: AssessmentInfo | None = None

    def apply(self, db: Database) -> None:
        if self.undone is not None:
            self.assessment_id = assessments.restore_assessment(db, self.undone)
        else:
            assert self.recommendation_id is not None
            self.assessment_id = assessments.add_assessment(db, self.recommendation_id, **self.values)

    def revert(self, db: Database) -> None:
        if self.assessment_id is not None:
            self.undone = assessments.delete_assessment(db, self.assessment_id)


def assessment_values(info: AssessmentInfo) -> dict[str, object]:
    """The editable values of an assessment, as edit_assessment takes them."""
    return {"source": info.source, "level": info.level, "source_name": info.source_name,
            "assessed_on": info.assessed_on, "evidence": info.evidence}


class EditAssessmentCommand(_ServiceCommand):
    """Undo sets every value back as it was before the edit."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 before: AssessmentInfo, after: dict[str, object], *, failed: ShowError) -> None:
        super().__init__(translate("EditCommands", "Edit an assessment"), database, changed, before.recommendation_id, failed=failed)
        self.assessment_id = before.id
        self.before, self.after = assessment_values(before), dict(after)
        self.version: int | None = before.version  # the one shown; then the one each step left

    def _set(self, db: Database, values: dict[str, object]) -> None:
        edited = assessments.edit_assessment(db, self.assessment_id, **values,  # type: ignore[arg-type]
                                             expected_version=self.version)
        self.version = edited.version

    def apply(self, db: Database) -> None:
        self._set(db, self.after)

    def revert(self, db: Database) -> None:
        self._set(db, self.before)


class DeleteAssessmentCommand(_ServiceCommand):
    """Undo puts the assessment back as it was: the same id, values and time of entry."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 assessment: AssessmentInfo, *, failed: ShowError) -> None:
        super().__init__(translate("EditCommands", "Delete an assessment"), database, changed, assessment.recommendation_id, failed=failed)
        self.assessment = assessment

    def apply(self, db: Database) -> None:
        self.assessment = assessments.delete_assessment(db, self.assessment.id)

    def revert(self, db: Database) -> None:
        assessments.restore_assessment(db, self.assessment)


class LinkMilestoneCommand(_ServiceCommand):
    """Links recommendations to a milestone; undo unlinks only those it linked. `already_linked`:
    the links were just made elsewhere (the link dialog makes them itself), so the first redo only
    records them, and undo still removes them."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 milestone_id: uuid.UUID, recommendation_ids: Sequence[uuid.UUID], title: str, *,
                 failed: ShowError, already_linked: Sequence[uuid.UUID] | None = None) -> None:
        super().__init__(fill(translate("EditCommands", "Link %1 recommendations to “%2”"), len(recommendation_ids),
                              title), database, changed, None, failed=failed)
        self.milestone_id, self.recommendation_ids = milestone_id, list(recommendation_ids)
        self.added: list[uuid.UUID] = list(already_linked or [])
        self._skip_first = already_linked is not None

    def apply(self, db: Database) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        already = {i for m in milestones.list_milestones(db) if m.id == self.milestone_id for i in m.recommendation_ids}
        self.added = [r for r in self.recommendation_ids if r not in already]
        milestones.link_milestone(db, self.milestone_id, self.added)

    def revert(self, db: Database) -> None:
        milestones.unlink_milestone(db, self.milestone_id, self.added)


class AddRecommendationCommand(_ServiceCommand):
    """A recommendation entered by hand (with its position, if given); undone by deleting it."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 review_id: uuid.UUID, values: dict[str, Any], *, failed: ShowError) -> None:
        super().__init__(_labelled(translate("EditCommands", "Add recommendation %1"),
                                   translate("EditCommands", "Add recommendation"), values.get("label")),
                         database, changed, None, failed=failed)
        self.review_id, self.values = review_id, dict(values)

    def apply(self, db: Database) -> None:
        self.recommendation_id = recommendation_editing.add_recommendation_by_hand(db, self.review_id, **self.values)

    def revert(self, db: Database) -> None:
        if self.recommendation_id is not None:
            recommendations.delete_recommendation(db, self.recommendation_id)


class EditRecommendationCommand(_ServiceCommand):
    """Changes the fields given in `after` (and records a new position); undone by setting them back
    and withdrawing the response the edit recorded. `tell` hears what the edit must say (a position
    that did not become the current one)."""

    def __init__(self, database: DatabaseGetter, changed: Callable[[uuid.UUID | None], None],
                 before: recommendation_editing.EditableRecommendation, after: dict[str, Any],
                 position: recommendation_editing.PositionGiven | None, *, failed: ShowError,
                 tell: Callable[[str], None] | None = None, overwriting: EditConflictError | None = None) -> None:
        super().__init__(_labelled(translate("EditCommands", "Edit recommendation %1"),
                                   translate("EditCommands", "Edit recommendation"), before.label),
                         database, changed, before.id, failed=failed)
        self.before, self.after, self.position, self.tell = before, dict(after), position, tell
        self.response_id: uuid.UUID | None = None
        self.version: int | None = before.version  # the one the editor showed; then the one each step left
        self.overwriting = overwriting

    def _edit(self, db: Database, version: int | None) -> recommendation_editing.RecommendationEdit:
        assert self.recommendation_id is not None
        return recommendation_editing.edit_recommendation(db, self.recommendation_id, **self.after,
                                                          position=self.position, expected_version=version)

    def apply(self, db: Database) -> None:
        if self.overwriting is not None:
            conflict, self.overwriting = self.overwriting, None
            edit = edit_conflicts.keep_mine(db, conflict, lambda version: self._edit(db, version))
        else:
            edit = self._edit(db, self.version)
        self.response_id, self.version = edit.response_id, edit.version
        if self.tell is not None:
            self.tell(edit.notice or "")

    def over(self, conflict: EditConflictError) -> EditRecommendationCommand:
        return EditRecommendationCommand(self.database, self.changed, self.before, self.after, self.position,
                                         failed=self.failed, tell=self.tell, overwriting=conflict)

    def revert(self, db: Database) -> None:
        assert self.recommendation_id is not None
        fields = {"label": self.before.label, "text": self.before.text,
                  "recommending_states": self.before.recommending_states,
                  "action_category": self.before.action_category, "themes": self.before.themes}
        back: dict[str, Any] = {name: fields[name] for name in self.after if fields.get(name) is not None or name == "action_category"}
        edit = recommendation_editing.edit_recommendation(db, self.recommendation_id, **back,
                                                          withdraw=self.response_id, expected_version=self.version)
        self.response_id, self.version = None, edit.version
