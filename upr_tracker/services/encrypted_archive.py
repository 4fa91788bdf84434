"""Exports that leave the laptop encrypted, on request: the file inside a ZIP archive encrypted with
AES-256 (WinZip's AE-2), which 7-Zip, WinZip, macOS's Archive Utility with a helper, and Python open
with the passphrase."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO, cast

from upr_tracker.parsing.zip_sizes import check_unpacked_sizes
from upr_tracker.services.atomic_files import Output, atomic_output
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
def export_destination(out: Path, passphrase: Passphrase | None) -> Iterator[Output]:
    """Where to write an export meant for `out`: `out` itself, or with a passphrase, a stream into
    the encrypted archive at archive_path(`out`) (see encrypted_member)."""
    if passphrase is None:
        yield out
        return
    with encrypted_member(out, passphrase) as member:
        yield member


@contextmanager
def encrypted_member(out: Path, passphrase: Passphrase) -> Iterator[BinaryIO]:
    """A binary stream whose bytes are compressed and encrypted on their way into the one file of
    an archive at archive_path(`out`), the archive written whole or not at all. No unencrypted copy
    is ever written anywhere: memory holds only the compressor's and the writers' buffers."""
    import pyzipper

    target = archive_path(out)
    with atomic_output(target, "wb") as stream:
        sink = _SinkAfterFailure(stream)
        archive = pyzipper.AESZipFile(sink, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
        try:
            archive.setpassword(passphrase.encoded())
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            member = archive.zipinfo_cls(unarchived(out).name, date_time=time.localtime()[:6])
            member.compress_type = pyzipper.ZIP_DEFLATED
            # The size is not known in advance: ZIP64 sizes allow a member past 2 GiB.
            with archive.open(member, "w", force_zip64=True) as written:
                # (a binary stream that only writes: all a caller does with it)
                yield cast(BinaryIO, _NamedStream(written, str(target)))
        finally:
            archive.close()


class _SinkAfterFailure(io.RawIOBase):
    """The archive's file, which takes nothing more once a write to it has failed (a full disk):
    the archive can then be closed without a second failure, and the part-file is thrown away."""

    def __init__(self, inner: IO[bytes]) -> None:
        super().__init__()
        self._inner = inner
        self._failed = False

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self._failed:
            return len(data)
        try:
            return self._inner.write(data)
        except OSError:
            self._failed = True
            raise

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return offset if self._failed else self._inner.seek(offset, whence)

    def tell(self) -> int:
        return self._inner.tell()

    def flush(self) -> None:
        if not self._failed:
            self._inner.flush()


class _NamedStream(io.BufferedIOBase):
    """A write-only stream passing its bytes on, named after the file they end in (for messages)."""

    def __init__(self, inner: IO[bytes], name: str) -> None:
        super().__init__()
        self._inner = inner
        self.name = name

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        return self._inner.write(data)


def read_encrypted_archive(path: Path, passphrase: Passphrase) -> tuple[str, bytes]:
    """The name and the bytes of the one file in an encrypted archive (to check one)."""
    import pyzipper

    with pyzipper.AESZipFile(path) as archive:
        check_unpacked_sizes(archive, path.name)
        archive.setpassword(passphrase.encoded())
        [name] = archive.namelist()
        return name, archive.read(name)
