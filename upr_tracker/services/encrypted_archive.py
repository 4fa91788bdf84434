"""Exports that leave the laptop encrypted, on request: the file inside a ZIP archive encrypted with
AES-256 (WinZip's AE-2), which 7-Zip, WinZip, macOS's Archive Utility with a helper, and Python open
with the passphrase."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from upr_tracker.errors import UprTrackerError
from upr_tracker.parsing.zip_sizes import check_unpacked_sizes
from upr_tracker.services.atomic_files import atomic_output
from upr_tracker.storage.encryption import Passphrase

ARCHIVE_SUFFIX = ".zip"


def archive_path(out: Path) -> Path:
    """Where the encrypted archive of an export meant for `out` goes: `out` itself if it is named
    .zip, else `out` with .zip added."""
    return out if out.suffix.lower() == ARCHIVE_SUFFIX else out.with_name(out.name + ARCHIVE_SUFFIX)


def unarchived(out: Path) -> Path:
    """The file an archive named `out` holds: `out` without its .zip (`out` itself if it has none)."""
    return out.with_suffix("") if out.suffix.lower() == ARCHIVE_SUFFIX else out


def final_path(out: Path, passphrase: Passphrase | None) -> Path:
    """Where an export meant for `out` ends up: `out`, or with a passphrase, its encrypted archive."""
    return archive_path(out) if passphrase is not None else out


@contextmanager
def export_destination(out: Path, passphrase: Passphrase | None) -> Iterator[Path]:
    """The path to write an export meant for `out` to: `out` itself, or with a passphrase, a scratch
    file put in an encrypted archive when the block ends (see encrypted_export)."""
    if passphrase is None:
        yield out
        return
    with encrypted_export(out, passphrase) as plain:
        yield plain


@contextmanager
def encrypted_export(out: Path, passphrase: Passphrase) -> Iterator[Path]:
    """A path to write the export to; when the block ends, what was written there is put in an
    encrypted archive at archive_path(`out`), and the unencrypted file is deleted (see
    scratch_folder for where it waits meanwhile)."""
    member = unarchived(out).name
    with tempfile.TemporaryDirectory(prefix="upr-tracker-export-", dir=scratch_folder()) as scratch:
        plain = Path(scratch) / member
        try:
            yield plain
        except UprTrackerError as exc:
            if not isinstance(exc.__cause__, OSError):
                raise
            # The user named the archive, not this scratch file: say which file failed, and where.
            raise UprTrackerError(f"{archive_path(out)}: writing failed ({exc.__cause__.strerror} in the temporary "
                                  f"folder {Path(scratch).parent}); nothing was written") from exc
        write_encrypted_archive(plain, archive_path(out), passphrase)


def scratch_folder() -> str | None:
    """Where the unencrypted export waits to be archived: in memory where the system offers a
    folder there (Linux's /dev/shm), so that it never reaches the disk; else the temporary folder."""
    memory = Path("/dev/shm")
    return str(memory) if memory.is_dir() and os.access(memory, os.W_OK | os.X_OK) else None


def write_encrypted_archive(source: Path, target: Path, passphrase: Passphrase) -> None:
    import pyzipper

    with atomic_output(target, "wb") as stream, pyzipper.AESZipFile(
            stream, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(passphrase.encoded())
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.write(source, source.name)


def read_encrypted_archive(path: Path, passphrase: Passphrase) -> tuple[str, bytes]:
    """The name and the bytes of the one file in an encrypted archive (to check one)."""
    import pyzipper

    with pyzipper.AESZipFile(path) as archive:
        check_unpacked_sizes(archive, path.name)
        archive.setpassword(passphrase.encoded())
        [name] = archive.namelist()
        return name, archive.read(name)
