"""Make the user guide's pictures (resources/guide/images/*.png) from the demo database.

    python tools/guide_images.py [--out resources/guide/images]

It runs tools/screenshots.py (offscreen, on a copy of the demo, in English) into a temporary
folder, then keeps the screens the guide shows, each scaled to at most 900 pixels wide and saved
as a 256-colour PNG, so that the pictures together stay small in the package (under 2 MB). Needs
Pillow (`pip install -e '.[images]'`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "resources" / "guide" / "images"
WIDTH = 900
# The screens of tools/screenshots.py the guide shows (each referenced from index.html).
SCREENS = (
    "dashboard.png",
    "main-window.png",
    "import-preview.png",
    "problems-to-review.png",
    "recommendation.png",
    "recommendation-notes.png",
    "recommendation-implementation.png",
    "milestones.png",
    "plans.png",
    "suggestions.png",
    "report-preview.png",
    "recommended-again.png",
    "conflicts.png",
    "backups.png",
)


def shrink(source: Path, target: Path) -> None:
    with Image.open(source) as image:
        picture = image.convert("RGB")
        if picture.width > WIDTH:
            height = round(picture.height * WIDTH / picture.width)
            picture = picture.resize((WIDTH, height), Image.Resampling.LANCZOS)
        # 256 colours are plenty for a window's flat colours and text, at a third of the size.
        picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            target, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the guide's PNG files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, str(HERE / "screenshots.py"), "--out", scratch, "--language", "en"],
                       check=True)
        missing = [name for name in SCREENS if not (Path(scratch) / name).is_file()]
        if missing:
            print(f"tools/screenshots.py made no {', '.join(missing)}", file=sys.stderr)
            return 1
        total = 0
        for name in SCREENS:
            shrink(Path(scratch) / name, args.out / name)
            total += (args.out / name).stat().st_size
            print(args.out / name)
    print(f"{len(SCREENS)} pictures, {total / 1024:.0f} KB in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
