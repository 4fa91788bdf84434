"""A write-only openpyxl workbook whose sheet never touches the disk.

openpyxl streams a write-only sheet's rows into a file in the system's temporary folder, which a
killed process leaves behind, readable. Here the rows go into memory instead, compressed as they
come (several times smaller), and are written into the workbook when it is saved.
"""

from __future__ import annotations

import io
import zlib
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

_CHUNK = 1 << 16


class CompressedBuffer:
    """A write-only file in memory that keeps what is written deflated."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(1)
        self._data = io.BytesIO()
        self._finished = False

    def write(self, data: bytes) -> int:
        self._data.write(self._compressor.compress(data))
        return len(data)

    def flush(self) -> None:
        """Nothing to do: lxml flushes the files it writes to."""

    def chunks(self) -> Any:
        """What was written, inflated again a piece at a time."""
        if not self._finished:
            self._data.write(self._compressor.flush())
            self._finished = True
        inflater = zlib.decompressobj()
        view = self._data.getbuffer()
        try:
            for start in range(0, len(view), _CHUNK):
                yield inflater.decompress(view[start:start + _CHUNK])
            yield inflater.flush()
        finally:
            view.release()


def keep_sheet_in_memory(sheet: Any) -> None:
    """Make the write-only `sheet` write its rows to memory. Call it once its columns and panes are
    set, before its first row."""
    from openpyxl.worksheet._writer import WorksheetWriter

    class MemorySheetWriter(WorksheetWriter):  # type: ignore[misc]  # (openpyxl has no type information)
        def cleanup(self) -> None:  # no temporary file to remove
            self.out = CompressedBuffer()

    sheet._writer = MemorySheetWriter(sheet, out=CompressedBuffer())
    sheet._writer.write_top()


class _Archive(ZipFile):
    """The workbook's zip archive, which takes a sheet kept in memory where openpyxl gives a file."""

    def write(self, filename: Any, arcname: Any = None, compress_type: Any = None,
              compresslevel: Any = None) -> None:
        if not isinstance(filename, CompressedBuffer):
            super().write(filename, arcname, compress_type, compresslevel)
            return
        with self.open(arcname, "w", force_zip64=True) as member:
            for piece in filename.chunks():
                member.write(piece)


def save_workbook_to(workbook: Any, stream: Any) -> None:
    """Save `workbook` (its sheets kept in memory by keep_sheet_in_memory) into the binary `stream`."""
    import datetime as dt

    from openpyxl.writer.excel import ExcelWriter

    archive = _Archive(stream, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    ExcelWriter(workbook, archive).save()
