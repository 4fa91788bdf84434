"""tools/translations.py loaded for the tests (the developers' script is not part of the package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def translation_tools():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("translation_tools", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
