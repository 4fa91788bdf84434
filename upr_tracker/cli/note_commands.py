"""`upr-tracker note add | list | edit | delete`: follow-up notes from the command line, through the
same service functions as the window's notes tab."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from upr_tracker.cli.follow_up_options import day_option, short_id, text_option
from upr_tracker.cli.passphrases import open_to_read, open_to_change
from upr_tracker.domain.event_dates import display_day
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import notes
from upr_tracker.services.follow_up_listing import (
    FollowUpFilter,
    ListedNote,
    list_notes_about,
)
from upr_tracker.services.follow_up_subjects import find_note_id, find_subject
from upr_tracker.services.values import NoteInfo

HIDDEN = "(confidential: give --include-confidential to show its words)"


def add_note_commands(commands: Any, database_argument: Callable[[argparse.ArgumentParser], None],
                      author_argument: Callable[[argparse.ArgumentParser], None]) -> None:
    note = commands.add_parser("note", help="follow-up notes: add, list, edit, delete")
    actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a note about a recommendation (--label), a review (no --label) "
                             "or a milestone (--milestone)")
    database_argument(add)
    _subject_arguments(add)
    add.add_argument("--milestone", metavar="ID", help="a milestone's id (or its first characters), instead "
                     "of --state/--cycle/--label")
    add.add_argument("--recommendation", metavar="ID", help="a recommendation's id (or its first characters, as "
                     "`search --json` gives it), for one without a label")
    _text_arguments(add, required=True)
    add.add_argument("--confidential", action="store_true",
                     help="confidential: its words are kept out of the audit trail, exports and reports unless asked")
    add.add_argument("--keep-on-laptop", action="store_true",
                     help="confidential and kept on this laptop: it never leaves this database in a sync or a "
                     "bundle (implies --confidential; not on a team server's database)")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeat for several)")
    add.add_argument("--date", metavar="DATE", help="the day of what the note records, e.g. 2011-03-12")
    _share_argument(add, [])
    add.add_argument("--json", action="store_true", help="print the note added as JSON")
    author_argument(add)

    listing = actions.add_parser("list", help="list notes (the words of confidential ones hidden unless "
                                 "--include-confidential)")
    database_argument(listing)
    _subject_arguments(listing)
    listing.add_argument("--tag", metavar="TAG", help="only notes with this tag")
    listing.add_argument("--since", metavar="DATE", help="only notes about this day or later (the event's day, "
                         "else the day written)")
    listing.add_argument("--include-confidential", action="store_true", help="show the words of confidential notes")
    listing.add_argument("--json", action="store_true", help="print them as JSON")

    edit = actions.add_parser("edit", help="change a note's text, event date, tags or confidentiality")
    edit.add_argument("note_id", metavar="NOTE_ID", help="the note's id, or its first characters as listed")
    database_argument(edit)
    _text_arguments(edit, required=False)
    dates = edit.add_mutually_exclusive_group()
    dates.add_argument("--date", metavar="DATE", help="the day of what the note records")
    dates.add_argument("--no-date", action="store_true", help="take the event date away")
    tags = edit.add_mutually_exclusive_group()
    tags.add_argument("--tag", action="append", metavar="TAG", help="the note's tags, replacing its tags (repeat)")
    tags.add_argument("--no-tags", action="store_true", help="take every tag away")
    confidential = edit.add_mutually_exclusive_group()
    confidential.add_argument("--confidential", dest="confidential", action="store_const", const=True,
                              help="make it confidential (its earlier words leave the audit trail)")
    confidential.add_argument("--not-confidential", dest="confidential", action="store_const", const=False)
    kept = edit.add_mutually_exclusive_group()
    kept.add_argument("--keep-on-laptop", dest="kept_on_laptop", action="store_const", const=True,
                      help="keep it on this laptop: confidential, and left out of every sync and bundle from now on")
    kept.add_argument("--no-keep-on-laptop", dest="kept_on_laptop", action="store_const", const=False,
                      help="share it with the team again (a confidential note then goes with the next sync)")
    shares = edit.add_mutually_exclusive_group()
    _share_argument(shares, None)
    shares.add_argument("--no-sharing", action="store_true", help="share it with no one any more")
    edit.add_argument("--json", action="store_true", help="print the note as edited, as JSON")
    author_argument(edit)

    delete = actions.add_parser("delete", help="delete a note")
    delete.add_argument("note_id", metavar="NOTE_ID", help="the note's id, or its first characters as listed")
    database_argument(delete)
    delete.add_argument("--json", action="store_true", help="print what was deleted as JSON")
    author_argument(delete)


def _share_argument(parser: Any, default: list[str] | None) -> None:
    parser.add_argument("--share-with", action="append", default=default,
                        metavar="NAME", help="on a team database, who may read the confidential note besides you: a "
                        "user, or a role (viewer, editor, admin); repeat for several (on edit: replaces the list)")


def _subject_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--state", metavar="ISO3", help="the State (code or name)")
    parser.add_argument("--cycle", type=int, metavar="N", help="the cycle of its review (needed when the State "
                        "has several)")
    parser.add_argument("--label", metavar="L", help="the recommendation's label, e.g. 97.12")


def _text_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    text = parser.add_mutually_exclusive_group(required=required)
    text.add_argument("--text", metavar="T", help="the text of the note")
    text.add_argument("--text-file", metavar="FILE", help="the text of the note from a UTF-8 file (- for standard "
                      "input), so that a confidential text is not on the command line")


def run_note(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    return {"add": _add, "list": _list, "edit": _edit, "delete": _delete}[args.note_action](args, print_json)


def _note_json(note: NoteInfo, about: str | None = None, *, words: bool = True) -> dict[str, Any]:
    shown = words or not note.confidential
    return {
        "id": str(note.id), "about": about, "author": note.author, "written_at": note.written_at.isoformat(),
        "event_on": note.event_on.isoformat() if note.event_on else None, "confidential": note.confidential,
        "text": note.body if shown else None, "tags": list(note.tags) if shown else None,
        "recommendation_id": str(note.recommendation_id) if note.recommendation_id else None,
        "review_id": str(note.review_id) if note.review_id else None,
        "milestone_id": str(note.milestone_id) if note.milestone_id else None,
        "shared_with": list(note.shared_with), "kept_on_laptop": note.kept_on_laptop,
    }


def _add(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    event_on = day_option(args.date, "--date")
    body = text_option(args.text, args.text_file) or ""
    if not body.strip():
        raise InvalidValueError("--text: the note is empty")
    notes.check_note_length(body, "--text")
    with open_to_change(args) as db:
        subject = find_subject(db, state=args.state, cycle=args.cycle, label=args.label, milestone=args.milestone,
                               recommendation=args.recommendation)
        note_id = notes.add_note(db, body, recommendation_id=subject.recommendation_id, review_id=subject.review_id,
                                 milestone_id=subject.milestone_id, confidential=args.confidential, tags=args.tag,
                                 event_on=event_on, shared_with=args.share_with or (),
                                 kept_on_laptop=args.keep_on_laptop)
        added = next(n for n in notes.list_notes(db, recommendation_id=subject.recommendation_id,
                                                 review_id=subject.review_id, milestone_id=subject.milestone_id)
                     if n.id == note_id)
    if args.json:
        print_json(_note_json(added, subject.description, words=False))
    else:
        flag = " (confidential, kept on this laptop)" if added.kept_on_laptop else (
            " (confidential)" if added.confidential else "")
        print(f"Added note {short_id(note_id)}{flag} about {subject.description}, by {added.author}.")
    return 0


def _list(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    wanted = FollowUpFilter(state=args.state, cycle=args.cycle, label=args.label, tag=args.tag,
                            since=day_option(args.since, "--since"), include_confidential=args.include_confidential)
    with open_to_read(args) as db:
        listed = list_notes_about(db, wanted)
    if args.json:
        print_json({"count": len(listed), "notes": [_note_json(item.note, item.about, words=args.include_confidential)
                                                    for item in listed]})
        return 0
    for item in listed:
        print(_note_lines(item, args.include_confidential))
    print(f"{len(listed)} note{'s' if len(listed) != 1 else ''}.")
    return 0


def _note_lines(item: ListedNote, include_confidential: bool) -> str:
    note = item.note
    written = f"{note.written_at.astimezone():%Y-%m-%d %H:%M}"
    when = f"event {display_day(note.event_on)}, written {written}" if note.event_on else f"written {written}"
    hidden = note.confidential and not include_confidential
    flag = " [confidential, kept on this laptop]" if note.kept_on_laptop else (
        " [confidential]" if note.confidential else "")
    tags = f" [{', '.join(note.tags)}]" if note.tags and not hidden else ""
    body = HIDDEN if hidden else "\n    ".join(note.body.splitlines())
    return f"{short_id(note.id)}  {item.about} · {when} by {note.author}{flag}{tags}\n    {body}"


def _edit(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    changes: dict[str, Any] = {}
    body = text_option(args.text, args.text_file)
    if body is not None:
        if not body.strip():
            raise InvalidValueError("--text: the note is empty")
        notes.check_note_length(body, "--text")
        changes["body"] = body
    if args.date is not None or args.no_date:
        changes["event_on"] = day_option(args.date, "--date")
    if args.tag is not None or args.no_tags:
        changes["tags"] = args.tag or []
    if args.confidential is not None:
        changes["confidential"] = args.confidential
    if args.share_with is not None or args.no_sharing:
        changes["shared_with"] = args.share_with or []
    if args.kept_on_laptop is not None:
        changes["kept_on_laptop"] = args.kept_on_laptop
    if not changes:
        raise InvalidValueError("note edit: nothing to change (give --text, --text-file, --date, --no-date, --tag, "
                                "--no-tags, --confidential, --not-confidential, --keep-on-laptop, --no-keep-on-laptop, "
                                "--share-with or --no-sharing)")
    with open_to_change(args) as db:
        note_id = find_note_id(db, args.note_id)
        edited = notes.edit_note(db, note_id, **changes)
    notice = notes.made_confidential_notice(edited)
    if args.json:
        print_json(_note_json(edited, words=False) | {"notice": notice})
    else:
        print(f"Edited note {short_id(note_id)}.")
        if notice:
            print(notice)
    return 0


def _delete(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    with open_to_change(args) as db:
        note_id = find_note_id(db, args.note_id)
        notes.delete_note(db, note_id)
    if args.json:
        print_json({"deleted": str(note_id)})
    else:
        print(f"Deleted note {short_id(note_id)}.")
    return 0
