"""PDFs whose words are set apart only by moving the next word, in a font whose space is wider
than the gap: pypdf runs such words together, as it does on some real UN reports."""

from __future__ import annotations

# Each glyph 0.5 em wide, the space 1 em: the 0.3 em gap between words is less than a space.
_WIDTHS = b" ".join(b"1000" if code == 32 else b"500" for code in range(32, 256))


def _line_operator(line: str) -> bytes:
    words = [word.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
             for word in line.split()]
    return b"[" + b" -300 ".join(b"(" + word + b")" for word in words) + b"] TJ T*"


def glued_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of these pages of lines (9 pt, one line under the other), no space glyph drawn."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_number = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
                   b"/FirstChar 32 /LastChar 255 /Widths [" + _WIDTHS + b"] >>")
    kids = []
    for lines in pages:
        content = b"BT /F1 9 Tf 11 TL 30 800 Td " + b" ".join(_line_operator(line) for line in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_number = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                       b">> >> /Contents %d 0 R >>" % (font_number, content_number))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    return pdf_of_objects(objects)


def pdf_of_objects(objects: list[bytes]) -> bytes:
    """A PDF file of these numbered objects (1: the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
