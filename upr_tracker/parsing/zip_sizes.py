"""The sizes a ZIP-based file (a Word .docx, an Excel .xlsx, an encrypted archive) unpacks to,
checked before any of it is read.

Such a file lists in its ZIP directory what each part unpacks to; a file of a few hundred
kilobytes may declare gigabytes (zeros compress a thousandfold), and python-docx reads every part
into memory, openpyxl the shared strings. Python's zipfile never unpacks more than a part declares
(it stops there, and a part that runs longer fails its checksum), so the declared sizes bound what
reading can use: a file whose parts declare more than the limits is refused unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from upr_tracker.errors import InvalidValueError

MB = 1024 * 1024
# A Working Group report or an OHCHR matrix is a few megabytes of XML, a workbook of the whole UHRI
# index about a hundred: these limits leave room and keep the memory used under a few gigabytes.
MAX_PART_BYTES = 256 * MB
MAX_TOTAL_BYTES = 1024 * MB
# A part read a little at a time (a worksheet, which openpyxl parses as it goes) costs time, not
# memory: the app's own export of 200,000 recommendations has a sheet of some hundreds of megabytes.
MAX_STREAMED_PART_BYTES = 4096 * MB


def check_unpacked_sizes(archive: Any, source: str, *, streamed: Callable[[str], bool] = lambda _name: False) -> None:
    """Raise InvalidValueError naming `source`, the part and the limit when a part of `archive`
    (an open zipfile.ZipFile, or one of its kind) declares more than MAX_PART_BYTES, or all of
    them more than MAX_TOTAL_BYTES. Parts `streamed` says are read as a stream have a limit of
    their own, MAX_STREAMED_PART_BYTES, and do not count in the total."""
    total = 0
    for info in archive.infolist():
        limit = MAX_STREAMED_PART_BYTES if streamed(info.filename) else MAX_PART_BYTES
        if info.file_size > limit:
            raise InvalidValueError(
                f"{source}: its part {info.filename} unpacks to {_size(info.file_size)}, over the limit of "
                f"{_size(limit)} a part may have; the file is refused unread (it is damaged, or made "
                "to fill the memory)")
        if limit == MAX_STREAMED_PART_BYTES:
            continue
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise InvalidValueError(
                f"{source}: its parts unpack to more than {_size(total)} in all (counted up to "
                f"{info.filename}), over the limit of {_size(MAX_TOTAL_BYTES)} in all; the file is refused "
                "unread (it is damaged, or made to fill the memory)")


def _size(count: int) -> str:
    return f"{count / MB:,.0f} MB" if count >= MB else f"{count:,} bytes"
