"""A counted message read before any catalogue is installed. Its English source says "file(s)";
Qt shows the source as written when no catalogue translates it, so the English word is chosen
here for the number. With a catalogue (the English one included) the text comes translated, with
no "(s)" left, and is returned unchanged."""

from __future__ import annotations


def counted(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text
