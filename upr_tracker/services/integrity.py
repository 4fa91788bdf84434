"""`check`: is this database file sound, and at which schema revision?"""

from __future__ import annotations

from pathlib import Path

from upr_tracker.services.values import CheckFinding, CheckReport
from upr_tracker.storage.backup_restore import backups_out_of_step
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.integrity import inspect_database


def check_database(path: Path | str, passphrase: Passphrase | None = None) -> CheckReport:
    """Inspect the file read-only (no upgrade, no write) and report what is wrong, if anything."""
    result = inspect_database(Path(path), passphrase)
    findings = [CheckFinding("error", m) for m in result.errors] + [CheckFinding("warning", m) for m in result.warnings]
    findings += _backup_findings(Path(path).expanduser().resolve(), passphrase)
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
