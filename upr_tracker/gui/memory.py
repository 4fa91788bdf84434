"""Keeping Python's garbage collector from pausing the window."""

from __future__ import annotations

import gc

_frozen = False


def freeze_long_lived_objects() -> None:
    """Take what exists now (modules, the ORM's mappings, Qt's wrappers: some 150,000 objects) out
    of the collector's sight. A full collection examines every object it tracks; with these it took
    60–100 ms, a visible stall while scrolling. Done once, after the window's first load; what is
    made later is collected as usual."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
