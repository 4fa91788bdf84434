"""Regenerate resources/notices/: THIRD_PARTY_NOTICES.md, which names every library the app runs
with (the dependencies in pyproject.toml and theirs, read from the installed distributions'
metadata) with its licence and the licence files it ships, and the full texts those licences ask to
accompany the app (LGPL-3.0 for Qt/PySide6 and psycopg, GPL-3.0, SQLCipher's BSD-style notice,
the fonts' OFL and Apache-2.0).

    python tools/third_party_notices.py

Check the table by hand after a dependency changes: a distribution's metadata may be vague
("BSD"), and its licence files are what counts.
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
NOTICES = REPO / "resources" / "notices"
SYSTEM_LICENCES = Path("/usr/share/common-licenses")
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)

# Full texts shipped beside the notices: (file name, where it comes from).
TEXTS = {
    "LGPL-3.0.txt": SYSTEM_LICENCES / "LGPL-3",
    "GPL-3.0.txt": REPO / "LICENSE",
    "Apache-2.0.txt": SYSTEM_LICENCES / "Apache-2.0",
    "SQLCipher-LICENSE.txt": REPO / "tools" / "notices" / "SQLCipher-LICENSE.txt",
    "LICENSE-NotoNaskhArabic.txt": REPO / "resources" / "fonts" / "LICENSE-NotoNaskhArabic.txt",
    "LICENSE-DroidSansFallback.txt": REPO / "resources" / "fonts" / "LICENSE-DroidSansFallback.txt",
}

# What the metadata does not say, checked by hand against each project's licence files.
NOTES = {
    "pyside6-essentials": "Qt for Python and the Qt libraries it ships, used under the LGPL-3.0 (full text: "
                          "LGPL-3.0.txt, with GPL-3.0.txt). The Qt libraries are shipped as separate shared "
                          "libraries that can be replaced by other builds of the same version.",
    "shiboken6": "Used under the LGPL-3.0 (LGPL-3.0.txt).",
    "psycopg": "LGPL-3.0 (LGPL-3.0.txt); its binary package bundles libpq (PostgreSQL licence) and OpenSSL.",
    "psycopg-binary": "LGPL-3.0 (LGPL-3.0.txt); bundles libpq (PostgreSQL licence) and OpenSSL (Apache-2.0).",
    "sqlcipher3-wheels": "The Python module is under the zlib licence (below); the SQLCipher library built "
                         "into it is Zetetic LLC's, under a BSD-style licence (SQLCipher-LICENSE.txt), and "
                         "links OpenSSL (Apache-2.0, Apache-2.0.txt).",
    "xlrd": "BSD-3-Clause (its LICENSE file).",
    "scipy": "BSD-3-Clause, with the licences of the libraries it bundles (its LICENSE.txt).",
    "pycryptodomex": "BSD-2-Clause, with parts in the public domain (its LICENSE.rst).",
}


def runtime_distributions() -> list[Distribution]:
    """The distributions the app's dependencies need, with the extras pyproject.toml asks for."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pending = [Requirement(text) for text in project["dependencies"]]
    seen: dict[str, Distribution] = {}
    while pending:
        requirement = pending.pop()
        key = canonicalize_name(requirement.name)
        if key in seen:
            continue
        try:
            found = distribution(requirement.name)
        except PackageNotFoundError:
            print(f"{requirement.name}: not installed; install the app's dependencies first", file=sys.stderr)
            raise SystemExit(1) from None
        seen[key] = found
        for text in found.requires or []:
            needed = Requirement(text)
            environments = [{"extra": extra} for extra in requirement.extras] or [{"extra": ""}]
            if needed.marker is None or any(needed.marker.evaluate(env) for env in environments):
                pending.append(needed)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(found: Distribution) -> str:
    metadata = found.metadata
    expression = metadata.get("License-Expression")
    if expression:
        return expression
    short = (metadata.get("License") or "").strip()
    if short and "\n" not in short and len(short) < 80:
        return short
    classifiers = [c.split(" :: ")[-1] for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see its licence files"


def licence_files(found: Distribution) -> list[tuple[str, str]]:
    """The licence files of the distribution's metadata folder (not those inside the package)."""
    texts = []
    for path in found.files or []:
        if ".dist-info" in str(path) and LICENCE_FILE.search(str(path)):
            try:
                texts.append((path.name, found.locate_file(path).read_text(encoding="utf-8", errors="replace")))
            except OSError:
                continue
    return texts


def notices(distributions: list[Distribution]) -> str:
    lines = [
        "# Third-party notices",
        "",
        "UPR Tracker is free software under the GNU General Public License, version 3 or later "
        "(GPL-3.0-or-later; the full text is the LICENSE file, also GPL-3.0.txt here). It runs with the "
        "libraries and fonts below, each under its own licence. A bundle of the app (the folder, the "
        "installer) also holds the Python interpreter, under the Python Software Foundation License.",
        "",
        "Full texts in this folder: LGPL-3.0.txt (Qt, PySide6, psycopg), GPL-3.0.txt, Apache-2.0.txt, "
        "SQLCipher-LICENSE.txt, LICENSE-NotoNaskhArabic.txt (SIL Open Font License 1.1), "
        "LICENSE-DroidSansFallback.txt (Apache-2.0).",
        "",
        "| Library | Version | Licence |",
        "|---|---|---|",
    ]
    for found in distributions:
        lines.append(f"| {found.metadata['Name']} | {found.version} | {licence_of(found)} |")
    lines += ["| Noto Naskh Arabic (font) | | OFL-1.1 |", "| Droid Sans Fallback (font) | | Apache-2.0 |",
              "| SQLCipher (in sqlcipher3-wheels) | | BSD-3-Clause (Zetetic LLC) |", ""]
    for found in distributions:
        name = found.metadata["Name"]
        lines += [f"## {name} {found.version}", "", f"Licence: {licence_of(found)}."]
        note = NOTES.get(canonicalize_name(name))
        if note:
            lines += ["", note]
        for file_name, text in licence_files(found):
            lines += ["", f"### {file_name}", "", "```", text.rstrip().replace("```", "'''"), "```"]
        lines.append("")
    # The texts the dialog and a reader of this one file need, besides the files beside it.
    for name in ("SQLCipher-LICENSE.txt", "LGPL-3.0.txt", "LICENSE-NotoNaskhArabic.txt", "LICENSE-DroidSansFallback.txt"):
        text = TEXTS[name].read_text(encoding="utf-8")
        lines += [f"## {name}", "", "```", text.rstrip().replace("```", "'''"), "```", ""]
    return "\n".join(lines)


def main() -> int:
    NOTICES.mkdir(parents=True, exist_ok=True)
    for name, source in TEXTS.items():
        if not source.is_file():
            print(f"{source}: missing (on Debian/Ubuntu, /usr/share/common-licenses comes with base-files)",
                  file=sys.stderr)
            return 1
        shutil.copyfile(source, NOTICES / name)
    distributions = runtime_distributions()
    (NOTICES / "THIRD_PARTY_NOTICES.md").write_text(notices(distributions), encoding="utf-8")
    print(f"{NOTICES / 'THIRD_PARTY_NOTICES.md'}: {len(distributions)} libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
