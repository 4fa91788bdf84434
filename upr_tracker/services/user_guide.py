"""Where the offline user guide is: `resources/guide/` inside the package (index.html, its pages
and images/*.png), found through importlib.resources so that it is found in a wheel, a zip or a
bundle as well as in a checkout.

The guide's pages link to each other and to their images by relative paths, so they must be read
from a real folder: when the package is not unpacked on the disk (a zip import), the guide is
copied once into a private temporary folder, removed when the process ends.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

GUIDE_PACKAGE = "upr_tracker.resources.guide"
INDEX_PAGE = "index.html"

_extracted: list[Path] = []


def guide_folder() -> Path:
    """The folder holding the guide's pages and images, on the disk."""
    root = files(GUIDE_PACKAGE)
    if isinstance(root, Path):
        return root
    if not _extracted:
        # mkdtemp makes a folder readable by this user alone.
        target = Path(tempfile.mkdtemp(prefix="upr-tracker-guide-"))
        _copy_tree(root, target)
        atexit.register(shutil.rmtree, target, True)
        _extracted.append(target)
    return _extracted[0]


def guide_index() -> Path:
    """The guide's first page (its table of contents)."""
    return guide_folder() / INDEX_PAGE


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.name == "__pycache__" or entry.name.endswith(".py"):
            continue
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
