"""Build the self-contained UPR Tracker folder (PyInstaller onedir) from tools/bundle/upr-tracker.spec.

    python tools/build_bundle.py --out DIR [--work DIR]

DIR/upr-tracker/ then holds the `upr-tracker` program (upr-tracker.exe on Windows; on macOS also
DIR/UPR Tracker.app), which takes the same commands as the installed one; with no command it opens
the window. The last line printed is the program's absolute path. Needs `pip install pyinstaller`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "tools" / "bundle" / "upr-tracker.spec"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the folder the bundle is written to")
    parser.add_argument("--work", type=Path, help="PyInstaller's working folder (default: a temporary one); "
                        "kept between builds, it makes the next build faster")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    environment = dict(os.environ)
    # This source tree first, ahead of any other copy of the package installed in the environment.
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    environment["UPR_TRACKER_SOURCE"] = str(REPO)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="upr-tracker-bundle-") as temporary:
        work = (args.work or Path(temporary)).resolve()
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                   "--distpath", str(out), "--workpath", str(work), str(SPEC)]
        finished = subprocess.run(command, cwd=REPO, env=environment)
    if finished.returncode != 0:
        print(f"build_bundle: PyInstaller failed (exit code {finished.returncode})", file=sys.stderr)
        return finished.returncode
    folder = out / "upr-tracker"
    program = folder / ("upr-tracker.exe" if sys.platform == "win32" else "upr-tracker")
    if not program.is_file():
        print(f"build_bundle: {program} was not made", file=sys.stderr)
        return 1
    print(f"Built in {time.monotonic() - started:.0f} s; the folder holds {folder_size(folder) / 1e6:.0f} MB")
    print(program)
    return 0


if __name__ == "__main__":
    sys.exit(main())
