"""Counted messages (`tr("%n term(s)", "", n)`) as English reads them when no catalogue gave the
message's plural forms: Qt puts the number in, and the source's "(s)" is dropped for one and
becomes "s" otherwise. A catalogue's forms ("1 term", "2 terms") have no "(s)" and are kept."""

from __future__ import annotations


def counted(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")
