"""Recommendation labels such as `97.12` or `115.16`, and their natural order."""

from __future__ import annotations

import re

_PARTS = re.compile(r"\d+|\D+")


def label_sort_key(label: str | None) -> str:
    """A string that sorts labels naturally (`95.2` before `95.10`), usable in SQL ORDER BY.

    Numbers are zero-padded to six digits; unlabelled recommendations sort last.
    """
    if not label:
        return "~"
    return "".join(part.zfill(6) if part.isdigit() else part for part in _PARTS.findall(label.strip()))
