"""The installed wheel carries its migrations and resources and works away from the source tree."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_resources_are_found_through_importlib() -> None:
    migrations = files("upr_tracker.migrations")
    assert migrations.joinpath("env.py").is_file()
    assert any(p.name.startswith("0001_") for p in migrations.joinpath("versions").iterdir())
    resources = files("upr_tracker.resources")
    assert resources.joinpath("states.json").is_file()
    assert resources.joinpath("vocabularies.json").is_file()
    assert resources.joinpath("demo", "A_HRC_14_10_Add1_Kazakhstan_2010_positions.txt").is_file()
    assert resources.joinpath("demo", "A_HRC_28_10_Kazakhstan_WG_report_2014.txt").is_file()


@pytest.mark.slow
def test_every_package_of_the_source_tree_is_in_the_wheel() -> None:
    """pyproject.toml names the packages one by one (migrations/ and resources/ are mapped into the
    package): a new folder with an __init__.py left out of that list would install an app that
    cannot import it. (The slow test below builds the wheel; this one says which name is missing.)"""
    import tomllib

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = set()
    for top, name in (("upr_tracker", "upr_tracker"), ("migrations", "upr_tracker.migrations"),
                      ("resources", "upr_tracker.resources")):
        for init in (REPO / top).rglob("__init__.py"):
            if "__pycache__" in init.parts or init.parent.is_symlink():
                continue
            relative = init.parent.relative_to(REPO / top).parts
            if top == "upr_tracker" and relative[:1] in (("migrations",), ("resources",)):
                continue  # (the links a checkout may have to the folders above)
            found.add(".".join((name, *relative)))
    assert found - listed == set(), "packages missing from pyproject.toml's [tool.setuptools] packages"
    assert listed - found == set(), "packages listed in pyproject.toml that do not exist"


def test_wheel_installs_and_opens_a_database_outside_the_source_tree(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir), str(REPO)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    [wheel] = list(wheel_dir.glob("upr_tracker-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("upr_tracker/migrations/env.py", "upr_tracker/migrations/script.py.mako",
                     "upr_tracker/resources/states.json", "upr_tracker/resources/vocabularies.json",
                     "upr_tracker/resources/demo/A_HRC_14_10_Kazakhstan_WG_report_2010.txt",
                     "upr_tracker/resources/demo/A_HRC_28_10_Kazakhstan_WG_report_2014.txt",
                     "upr_tracker/resources/state_names_un.json",
                     "upr_tracker/resources/fonts/NotoNaskhArabic-Regular.ttf",
                     "upr_tracker/resources/fonts/DroidSansFallbackFull.ttf",
                     "upr_tracker/resources/fonts/LICENSE-NotoNaskhArabic.txt",
                     "upr_tracker/resources/models/suggestions.npz",
                     "upr_tracker/resources/models/suggestions.json",
                     "upr_tracker/resources/models/issue_sdgs.json",
                     "upr_tracker/suggestions/suggester.py",
                     *(f"upr_tracker/resources/translations/upr_tracker_{code}.{kind}"
                       for code in ("ar", "zh", "en", "fr", "ru", "es") for kind in ("qm", "ts"))):
        assert required in names, required
    assert any(n.startswith("upr_tracker/migrations/versions/0001_") for n in names)
    # The user guide and every one of its pictures.
    guide_images = sorted((REPO / "resources" / "guide" / "images").glob("*.png"))
    assert guide_images
    for required in ("upr_tracker/resources/guide/index.html",
                     *(f"upr_tracker/resources/guide/images/{image.name}" for image in guide_images)):
        assert required in names, required
    _check_licence_icons_and_entry_points(zipfile.ZipFile(wheel), names)

    # A virtual environment that sees the dependencies but not the source tree: those of the
    # interpreter running the tests, named in a .pth file. (`venv --system-site-packages` would see
    # only the base interpreter's, not those of a virtual environment the tests run in.) The
    # directories are added as they are: their own .pth files, among them the editable install of
    # the source tree, are not run.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    helper_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                 check=True, capture_output=True, text=True).stdout.strip()
    running_sites = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(helper_site) / "running_interpreter_packages.pth").write_text("\n".join(running_sites) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
                   check=True, capture_output=True)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    script = (
        "import upr_tracker, pathlib, sys\n"
        "assert 'site-packages' in upr_tracker.__file__, upr_tracker.__file__\n"
        "assert upr_tracker.__file__.startswith(sys.prefix), (upr_tracker.__file__, sys.prefix)\n"
        "from upr_tracker.storage.database import Database\n"
        "with Database.open(pathlib.Path(sys.argv[1])) as db:\n"
        "    print(db.path.exists())\n"
        "from upr_tracker.i18n.catalogs import Words\n"
        "from upr_tracker.i18n.display import position_label\n"
        "print(position_label('noted', Words('fr')))\n"
        "from upr_tracker.suggestions import load_suggester\n"
        "print(load_suggester().suggest_one('Abolish the death penalty').action_category.value)\n"
    )
    result = subprocess.run([str(python), "-I", "-c", script, str(tmp_path / "installed.sqlite3")],
                            capture_output=True, text=True, cwd=tmp_path, env=environment)
    assert result.returncode == 0, result.stderr
    # The catalogues and the suggestion model are found in the installed package.
    assert result.stdout.split() == ["True", "Notée", "5"]
    check = subprocess.run([str(venv / "bin" / "upr-tracker"), "check", "--db", str(tmp_path / "installed.sqlite3")],
                           capture_output=True, text=True, cwd=tmp_path, env=environment)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith("OK")
    guide = subprocess.run([str(venv / "bin" / "upr-tracker"), "guide", "--print-path"],
                           capture_output=True, text=True, cwd=tmp_path, env=environment)
    assert guide.returncode == 0, guide.stderr
    index = Path(guide.stdout.strip())
    assert "site-packages" in str(index) and index.is_file() and (index.parent / "images" / "dashboard.png").is_file()


def _check_licence_icons_and_entry_points(wheel: zipfile.ZipFile, names: set[str]) -> None:
    """The licence and notices (PEP 639), the icon, the desktop files and the window's entry point."""
    [dist_info] = {n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")}
    licences = f"{dist_info}/licenses/"
    assert "GNU GENERAL PUBLIC LICENSE" in wheel.read(f"{licences}LICENSE").decode("utf-8")
    for notice in ("THIRD_PARTY_NOTICES.md", "LGPL-3.0.txt", "SQLCipher-LICENSE.txt", "GPL-3.0.txt"):
        assert f"{licences}resources/notices/{notice}" in names, notice
        assert f"upr_tracker/resources/notices/{notice}" in names, notice
    for icon in ("upr-tracker.svg", "upr-tracker.ico", "upr-tracker.icns",
                 *(f"upr-tracker-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512))):
        assert f"upr_tracker/resources/icons/{icon}" in names, icon
    for desktop in ("org.uprtracker.UPRTracker.desktop", "org.uprtracker.UPRTracker.metainfo.xml"):
        assert f"upr_tracker/resources/desktop/{desktop}" in names, desktop
    metadata = wheel.read(f"{dist_info}/METADATA").decode("utf-8")
    assert "License-Expression: GPL-3.0-or-later" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode("utf-8")
    assert "[gui_scripts]\nupr-tracker-window = upr_tracker.cli.main:main_window" in entry_points
    assert "[console_scripts]\nupr-tracker = upr_tracker.cli.main:main" in entry_points
