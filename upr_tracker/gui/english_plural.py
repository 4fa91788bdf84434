"""English plurals said right before any catalogue holds them."""

from __future__ import annotations


def english_plural(text: str, n: int) -> str:
    """A `%n` message no installed catalogue holds yet (newer than the catalogues, or no English
    catalogue installed) comes back from Qt as its source, "1 record(s)": said then as English
    says it. A translated text has no "(s)" and is returned as it is."""
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text
