"""Encrypting a database, changing its passphrase or decrypting it, together with its backups, as one
operation that no kill can leave half done.

Each file is first copied under the new key into a hidden file beside it (`.NAME.<hex>.rekey`),
checked and flushed; the originals are untouched. A journal beside the database
(`.NAME.encryption-change`), written before the first copy, names every copy. Once all the copies
are made, the journal is marked "replacing" (the turning point) and the copies take their files'
places one by one; then the journal is removed.

Killed anywhere, the next open (or any command) finishes the operation before anything else, with
no passphrase needed: before the turning point the copies are deleted and every file stays under
the old key; after it, the copies still waiting are put in place and every file ends under the new
key. So a plain copy of an encrypted database never outlives the operation, and the database and
its backups never stay under two keys.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from upr_tracker.errors import DatabaseInUseError, UprTrackerError
from upr_tracker.storage.backups import backup_folder, partial_backups
from upr_tracker.storage.encryption import (Passphrase, WrongPassphraseError, database_errors, flush_folder,
                                            is_plain_sqlite, make_rekeyed_copy, opens_with)
from upr_tracker.storage.writer_lock import WriterLock

JOURNAL_VERSION = 1
COPYING = "copying"      # copies being made: an interruption is undone
REPLACING = "replacing"  # every copy made: an interruption is completed
ENCRYPT, DECRYPT, CHANGE = "encrypt", "decrypt", "change-passphrase"
_DOING = {ENCRYPT: "encryption", DECRYPT: "decryption", CHANGE: "change of passphrase"}


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.encryption-change")


def journal_part(db_path: Path) -> Path:
    return journal_path(db_path).with_name(journal_path(db_path).name + ".part")


@dataclass(frozen=True)
class KeyChange:
    """What a completed change did: the backups re-keyed with the database, and those left as they
    were, with why (only ever backups under a key other than the database's: none is left plain
    beside an encrypted database)."""

    database_changed: bool
    backups_changed: list[Path]
    backups_left: list[tuple[Path, str]]


@dataclass(frozen=True)
class FinishedChange:
    """An interrupted change found at the next open, and what was done with it."""

    operation: str
    completed: bool        # True: carried through; False: undone
    files: int             # files put in place (completed) or copies removed (undone)

    def message(self, db_path: Path) -> str:
        doing = _DOING.get(self.operation, "change of encryption")
        if self.completed:
            now = {ENCRYPT: "are all encrypted", DECRYPT: "are none of them encrypted any more",
                   CHANGE: "all open with the new passphrase only"}.get(self.operation, "are all under the new key")
            return (f"The {doing} of {db_path.name} was interrupted; it has now been completed: the database and "
                    f"its backups {now}.")
        before = {ENCRYPT: "are none of them encrypted", DECRYPT: "are all still encrypted",
                  CHANGE: "all open with the old passphrase, as before"}.get(self.operation,
                                                                             "are all under the old key")
        return (f"The {doing} of {db_path.name} was interrupted before it was done; it has been undone: the "
                f"database and its backups {before}.")


@dataclass
class _Journal:
    db_path: Path
    operation: str
    state: str
    pairs: list[tuple[Path, Path]] = field(default_factory=list)  # (file, its re-keyed copy)

    def write(self) -> None:
        folder = self.db_path.parent
        record = {"version": JOURNAL_VERSION, "operation": self.operation, "state": self.state,
                  "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                  "files": [{"file": os.path.relpath(target, folder), "copy": os.path.relpath(copy, folder)}
                            for target, copy in self.pairs]}
        final = journal_path(self.db_path)
        part = journal_part(self.db_path)
        descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(record, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(part, final)
        flush_folder(folder)

    @classmethod
    def read(cls, db_path: Path) -> _Journal | None:
        path = journal_path(db_path)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            folder = db_path.parent
            pairs = [(folder / item["file"], folder / item["copy"]) for item in record["files"]]
            return cls(db_path, str(record["operation"]), str(record["state"]), pairs)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            # Written whole (a part file renamed) or not at all: a journal that cannot be read is not ours
            # to guess at; the user is told, nothing is touched.
            raise UprTrackerError(f"{path} cannot be read ({exc}): an encryption change of {db_path.name} was "
                                  "interrupted and cannot be finished automatically") from exc

    def remove(self) -> None:
        journal_path(self.db_path).unlink(missing_ok=True)
        flush_folder(self.db_path.parent)


def change_key(db_path: Path, current: Passphrase | None, new: Passphrase | None) -> KeyChange:
    """Put the database at `db_path` and its backups under `new` (None: plain), as one operation.
    `current` opens the database (None: it is plain). The caller holds the writer lock and has no
    connection open on the file. Raises with everything as it was, or returns with everything
    changed; backups that a key other than `current` encrypts are left as they are (named in the
    result): they cannot be read to be re-keyed, and they are not readable either."""
    if journal_path(db_path).exists():  # one left pending (a copy that could not be put in place)
        finish_interrupted_change(db_path, lock_held=True)
        if not opens_with(db_path, current):
            if not opens_with(db_path, new):
                raise UprTrackerError(f"an earlier change of {db_path.name}'s encryption was completed first, to "
                                      "another passphrase; open the database again with it. Nothing else was changed.")
            current = new  # the pending change was this one
    operation = ENCRYPT if current is None else DECRYPT if new is None else CHANGE
    files: list[tuple[Path, Passphrase | None]] = []
    if current != new:
        files.append((db_path, current))
    listed = _backups(db_path)
    files += [(backup, None if is_plain_sqlite(backup) else current) for backup in listed
              if _needs_change(backup, current, new)]
    if not files:
        return KeyChange(False, [], [])
    # The database last: if a backup cannot be put in place, the database is still under the key
    # the open window uses, and the next open completes the change.
    files.sort(key=lambda item: item[0] == db_path)
    journal = _Journal(db_path, operation, COPYING,
                       [(path, path.with_name(f".{path.name}.{uuid.uuid4().hex}.rekey")) for path, _key in files])
    keys = dict(files)
    left: list[tuple[Path, str]] = []
    journal.write()
    try:
        planned = {path for path, _key in files if path != db_path}
        relisted = set(_backups(db_path))
        appeared = relisted - set(listed)
        if not planned <= relisted or any(_needs_change(backup, current, new) for backup in appeared):
            # A backup was being taken meanwhile (from the command line): it would be missed.
            raise UprTrackerError(f"a backup of {db_path.name} was being taken at the same time; nothing was "
                                  "changed. Try again.")
        for partial in partial_backups(db_path):  # cut short, under the old key; any still being written fails
            partial.unlink(missing_ok=True)
        for target, copy in journal.pairs:
            try:
                make_rekeyed_copy(target, copy, keys[target], new)
            except WrongPassphraseError as exc:
                if target == db_path:
                    raise
                if is_plain_sqlite(target):  # a plain backup that cannot be read stays readable: nothing may change
                    raise UprTrackerError(f"the backup {target} cannot be read ({exc}), so it cannot be encrypted; "
                                          "nothing was changed. A backup that cannot be read cannot be restored "
                                          "either: delete it (or move it off this computer), then try again.") from exc
                left.append((target, ("the passphrase given does not open it (it is under another one, or "
                                     "damaged); it stays as it was")))
                _remove_copy(copy)
            except (OSError,) + database_errors() as exc:
                raise UprTrackerError(f"{target}: {exc}; nothing was changed") from exc
        journal.pairs = [(target, copy) for target, copy in journal.pairs if target not in dict(left)]
        for folder in {copy.parent for _target, copy in journal.pairs}:
            flush_folder(folder)  # every copy durable before the mark that promises them
        journal.state = REPLACING
        journal.write()
    except BaseException:
        _undo(journal)
        raise
    try:
        _complete(journal)
    except OSError as exc:
        # (Windows: another program has a backup open.) The journal stays: the next open finishes it.
        raise UprTrackerError(f"{exc.filename or db_path}: could not be replaced by its re-keyed copy "
                              f"({exc.strerror}). The change is recorded and is completed when {db_path.name} is "
                              "next opened: close the program that has the file open, then open it again.") from exc
    backups = [target for target, _copy in journal.pairs if target != db_path]
    return KeyChange(current != new, backups, left)


def finish_interrupted_change(db_path: Path, *, lock_held: bool = False) -> FinishedChange | None:
    """Before anything else reads or writes the database at `db_path`: finish an encryption change
    a kill interrupted (see the module's description), and remove copies an older version left.
    Needs no passphrase. Returns what was done (None: there was nothing to do). `lock_held`: the
    caller holds the database's writer lock already."""
    db_path = Path(db_path).expanduser().resolve()
    if not (journal_path(db_path).exists() or journal_part(db_path).exists() or _leftover_copies(db_path)):
        return None
    lock = None if lock_held else WriterLock(db_path)
    if lock is not None:
        try:
            lock.acquire()
        except DatabaseInUseError:
            raise DatabaseInUseError(f"the encryption of {db_path.name} is being changed by another copy of UPR "
                                     "Tracker; try again when it has finished.") from None
    try:
        journal = _Journal.read(db_path)
        finished = None
        if journal is not None:
            if journal.state == REPLACING:
                finished = FinishedChange(journal.operation, True, _complete(journal))
            else:
                finished = FinishedChange(journal.operation, False, _undo(journal))
        for leftover in _leftover_copies(db_path):  # from a version that kept no journal
            leftover.unlink(missing_ok=True)
        journal_part(db_path).unlink(missing_ok=True)  # a journal cut short while first written
        return finished
    finally:
        if lock is not None:
            lock.release()


def _complete(journal: _Journal) -> int:
    """Put every copy still waiting in its file's place; the database's old WAL (emptied before the
    copy was made) goes with it."""
    placed = 0
    for target, copy in journal.pairs:
        if copy.exists():
            os.replace(copy, target)
            placed += 1
        with suppress(FileNotFoundError):
            Path(f"{copy}-journal").unlink()
        if target == journal.db_path:
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
    for folder in {target.parent for target, _copy in journal.pairs}:
        flush_folder(folder)
    journal.remove()
    return placed


def _undo(journal: _Journal) -> int:
    removed = 0
    for _target, copy in journal.pairs:
        removed += _remove_copy(copy)
    for folder in {target.parent for target, _copy in journal.pairs}:
        flush_folder(folder)
    journal.remove()
    return removed


def _remove_copy(copy: Path) -> int:
    existed = copy.exists()
    copy.unlink(missing_ok=True)
    Path(f"{copy}-journal").unlink(missing_ok=True)  # SQLite's own journal of the copy being written
    return int(existed)


def _backups(db_path: Path) -> list[Path]:
    from upr_tracker.storage.backup_restore import list_backups  # (backup_restore opens databases: no cycle)

    return [backup.path for backup in list_backups(db_path)]


def _needs_change(backup: Path, current: Passphrase | None, new: Passphrase | None) -> bool:
    plain = is_plain_sqlite(backup)
    if new is None:
        return not plain
    if not plain and current is None:
        # An encrypted backup beside a plain database (an older version's decryption cut short): the
        # change cannot read it without a key, and it needs none if it already opens with the new one.
        return not opens_with(backup, new)
    return plain or new != current


def _leftover_copies(db_path: Path) -> list[Path]:
    found = []
    for folder in (db_path.parent, backup_folder(db_path)):
        if folder.is_dir():
            found += [path for path in folder.glob(".*.rekey") if _copy_of_ours(path, db_path)]
            found += [path for path in folder.glob(".*.rekey-journal") if _copy_of_ours(path, db_path)]
    return found


def _copy_of_ours(path: Path, db_path: Path) -> bool:
    """A re-keyed copy of the database or of one of its backups (not of another database in the
    same folder, whose name may begin as this one's: `a.sqlite3` and `a.sqlite3.old`)."""
    if path.parent == db_path.parent:
        return re.fullmatch(rf"\.{re.escape(db_path.name)}{_COPY_SUFFIX}", path.name) is not None
    return re.fullmatch(rf"\.{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-.+\.sqlite3{_COPY_SUFFIX}",
                        path.name) is not None


_COPY_SUFFIX = r"\.[0-9a-f]{32}\.rekey(-journal)?"
