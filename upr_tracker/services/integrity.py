"""`check`: is this database file sound, and at which schema revision?"""

from __future__ import annotations

from pathlib import Path

from upr_tracker.private_files import readable_by_others
from upr_tracker.services.values import CheckFinding, CheckReport
from upr_tracker.storage.backup_restore import backups_out_of_step
from upr_tracker.storage.backups import backup_folder
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.integrity import inspect_database


def check_database(path: Path | str, passphrase: Passphrase | None = None) -> CheckReport:
    """Inspect the file read-only (no upgrade, no write) and report what is wrong, if anything."""
    result = inspect_database(Path(path), passphrase)
    findings = [CheckFinding("error", m) for m in result.errors] + [CheckFinding("warning", m) for m in result.warnings]
    findings += _backup_findings(Path(path).expanduser().resolve(), passphrase)
    findings += [CheckFinding("warning", m) for m in exposure_warnings(Path(path).expanduser().resolve())]
    return CheckReport(
        path=str(Path(path).expanduser().resolve()),
        schema_revision=result.schema_revision,
        head_revision=result.head_revision,
        integrity=result.integrity,
        counts=result.counts,
        findings=tuple(findings),
        read_only_reason=result.read_only_reason,
    )


def _backup_findings(path: Path, passphrase: Passphrase | None) -> list[CheckFinding]:
    findings = []
    for backup in backups_out_of_step(path, passphrase):
        if backup.readable:
            findings.append(CheckFinding("error", f"the backup {backup.path.name} can be read by anyone who has the "
                                         f"file: {backup.why}. To encrypt it: upr-tracker change-passphrase --db "
                                         f"{path}, giving the same passphrase as the new one"))
        else:
            findings.append(CheckFinding("warning", f"the backup {backup.path.name} will not restore with the "
                                         f"database's key: {backup.why}"))
    return findings


def exposure_warnings(path: Path) -> list[str]:
    """What other accounts of this computer could read: the database, its WAL, its backups (files
    made by an earlier version, or shared by hand; the app makes new ones private)."""
    warnings = []
    for file in (path, Path(f"{path}-wal")):
        if file.is_file() and readable_by_others(file):
            warnings.append(f"{file} can be read by other users of this computer (mode "
                            f"{file.stat().st_mode & 0o777:o}); to keep it to yourself: chmod 600 '{file}'")
    folder = backup_folder(path)
    exposed = [backup for backup in folder.glob("*.sqlite3") if readable_by_others(backup)] if folder.is_dir() else []
    if exposed:
        warnings.append(f"{len(exposed)} backup{'s' if len(exposed) != 1 else ''} in {folder} can be read by other "
                        f"users of this computer; to keep them to yourself: chmod 700 '{folder}' and chmod 600 "
                        "the files in it")
    return warnings
