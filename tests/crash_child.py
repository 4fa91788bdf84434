"""A process to be killed: runs an import or an edit on a database, saying where it is.

It loads the application once, then for each request read from stdin (one JSON object a line)
forks a worker that does the work while printing markers on stdout: loading Python and the
application again for each of the many kills would take most of the test's time.

Requests: {"work": "import", "db": PATH, "file": PATH} or {"work": "note"|"assessment"|"position"|
"confidential", "db": PATH, "recommendation": ID} ("confidential" rewrites the recommendation's
ordinary note and marks it confidential), or a command that changes or copies the whole file:
{"work": "encrypt"|"change-passphrase"|"decrypt"|"backup"|"restore", "db": PATH, "old": FILE, "new":
FILE} (the passphrase files; "old" absent for a plain database, "new" for decrypting), with
    "mark": N          print "statement N" before the N-th SQL statement (or "commit": at the commit)
    "step": N          for the whole-file commands, print "step N" before the N-th call that makes a
                       file durable or moves one (os.fsync, os.replace, os.unlink)
    "stop": true       ... and wait there to be killed ("stopped N", "stopped at commit")
    "linger": true     once done, wait to be killed ("lingering") instead of exiting
    "count": true      once done, print "summary JSON": the number of the statement that began the
                       write transaction (`write_began`) and of its last (`committed_at`), when each
                       of them started and when the commit did (`starts`, `commit_began`: seconds
                       since the transaction began), how long the commit took (`commit_seconds`); for
                       the whole-file commands, the number of steps (`steps`) and the run's length
                       (`seconds`)

A worker prints "pid PID" first, "working" as it begins, "commit" when it asks SQLite to commit its write transaction,
"committed" when that returned, "finished RC" when the database is closed; then this process
prints "exit PID signal 9" or "exit PID code N" once the worker has ended.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
import uuid

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from upr_tracker.cli import commands  # noqa: F401  (loaded before forking, not by each worker)
from upr_tracker.cli.main import main
from upr_tracker.services import assessments, notes, responses
from upr_tracker.storage.database import Database

NOTE_BODY = "Meeting with the Ombudsman on the moratorium"
ASSESSMENT_EVIDENCE = "The Ombudsman's annual report"
CONFIDENTIAL_REWRITE = "Rewritten as a confidential note"

_plan: dict = {}
_seen: dict = {"statements": 0, "write_began": None, "committed_at": None, "starts": [], "steps": 0}
WHOLE_FILE_WORK = ("encrypt", "change-passphrase", "decrypt", "backup", "restore")


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _before_statement(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
    now = time.perf_counter()
    _seen["statements"] += 1
    number = _seen["statements"]
    if statement.startswith("BEGIN IMMEDIATE") and _seen["write_began"] is None:
        _seen["write_began"] = number
        _seen["began_at"] = now
    if _seen["write_began"] is not None and _seen["committed_at"] is None:
        _seen["starts"].append(now - _seen["began_at"])
    if number == _plan.get("mark"):
        say(f"statement {number}")
        if _plan.get("stop"):
            _wait_to_be_killed(f"stopped {number}")


def _before_commit(_conn) -> None:
    if _seen["write_began"] is not None and _seen["committed_at"] is None:
        _seen["committed_at"] = _seen["statements"]
        _seen["commit_began"] = time.perf_counter() - _seen["began_at"]
        say("commit")
        if _plan.get("mark") == "commit":
            _wait_to_be_killed("stopped at commit")


def _after_commit(_session) -> None:
    if "commit_began" in _seen:
        _seen["commit_seconds"] = time.perf_counter() - _seen["began_at"] - _seen["commit_began"]
    say("committed")


def install_markers() -> None:
    event.listen(Engine, "before_cursor_execute", _before_statement)
    event.listen(Engine, "commit", _before_commit)
    event.listen(Session, "after_commit", _after_commit)


def _wait_to_be_killed(marker: str) -> None:
    say(marker)
    time.sleep(120)  # (a test that failed before killing leaves no process behind for long)
    os._exit(3)


def _counted(name: str, call):  # noqa: ANN001, ANN202
    def step(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        _seen["steps"] += 1
        if _seen["steps"] == _plan.get("step"):
            say(f"step {_seen['steps']}")
            if _plan.get("stop"):
                _wait_to_be_killed(f"stopped step {_seen['steps']}")
        return call(*args, **kwargs)
    step.__name__ = name
    return step


def count_file_steps() -> None:
    for name in ("fsync", "replace", "unlink"):
        setattr(os, name, _counted(name, getattr(os, name)))


def whole_file_command(request: dict) -> list[str]:
    work, db = request["work"], request["db"]
    old = ["--passphrase-file", request["old"]] if request.get("old") else []
    if work == "encrypt":
        return ["encrypt", "--db", db, "--passphrase-file", request["new"]]
    if work == "change-passphrase":
        return ["change-passphrase", "--db", db, *old, "--new-passphrase-file", request["new"]]
    if work == "decrypt":
        return ["decrypt", "--db", db, *old]
    if work == "backup":
        return ["backup", "--db", db, *old]
    return ["restore", "--db", db, "--latest", *old]


def work(request: dict) -> int:
    if request["work"] == "import":
        return main(["import", "--db", request["db"], request["file"]])
    if request["work"] in WHOLE_FILE_WORK:
        if request.get("tmpdir"):  # where the test looks for files left in the clear
            os.environ["TMPDIR"] = request["tmpdir"]
            import tempfile
            tempfile.tempdir = None
        count_file_steps()
        began = time.perf_counter()
        code = main(whole_file_command(request))
        _seen["seconds"] = time.perf_counter() - began
        return code
    recommendation = uuid.UUID(request["recommendation"])
    with Database.open_exclusively(request["db"], create=False, actor="crash-test") as db:
        if request["work"] == "note":
            notes.add_note(db, NOTE_BODY, recommendation_id=recommendation, tags=["meeting", "ombudsman"])
        elif request["work"] == "assessment":
            assessments.add_assessment(db, recommendation, "ngo", "partially_implemented", source_name="KIBHR",
                                       evidence=ASSESSMENT_EVIDENCE)
        elif request["work"] == "position":
            responses.record_response(db, [recommendation], "noted", response_text="Noted after review")
        elif request["work"] == "confidential":
            [note] = [n for n in notes.list_notes(db, recommendation_id=recommendation) if not n.confidential]
            notes.edit_note(db, note.id, body=CONFIDENTIAL_REWRITE, confidential=True)
        else:
            raise ValueError(request["work"])
    return 0


def worker(request: dict) -> None:
    say(f"pid {os.getpid()}")
    say("working")
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (for the worker's life) the command's own report would mix with the markers
    _plan.update(request)
    code = 1
    try:
        code = work(request)
    except BaseException:  # noqa: BLE001  (said on stderr; the test sees the exit code)
        traceback.print_exc()
    say(f"finished {code}")
    if request.get("count"):
        say("summary " + json.dumps(_seen))
    if request.get("linger"):
        _wait_to_be_killed("lingering")
    os._exit(code)


def serve() -> None:
    say("ready")
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            worker(request)
        _pid, status = os.waitpid(pid, 0)
        ended = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"code {os.WEXITSTATUS(status)}"
        say(f"exit {pid} {ended}")


if __name__ == "__main__":
    install_markers()
    serve()
