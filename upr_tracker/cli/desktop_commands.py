"""`upr-tracker desktop-entry`: put the app in the menus of a Linux desktop (or take it out)."""

from __future__ import annotations

import argparse
from pathlib import Path

from upr_tracker.desktop_entry import install_desktop_entry, remove_desktop_entry, user_data_home


def add_desktop_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "desktop-entry", help="add UPR Tracker to the menus of a Linux desktop (its entry and icon), or --remove it",
        description="Copies the desktop entry, the icons and the AppStream metadata into the user's data folder "
        f"({user_data_home()}), so that the desktop's menu and search show UPR Tracker and open the window.")
    parser.add_argument("--remove", action="store_true", help="remove what an earlier desktop-entry added")
    parser.add_argument("--data-home", type=Path, metavar="FOLDER",
                        help="where to write instead of the user's data folder (e.g. /usr/local/share for everyone)")


def run_desktop_entry(args: argparse.Namespace) -> int:
    if args.remove:
        removed = remove_desktop_entry(args.data_home)
        print(f"Removed {len(removed)} files." if removed else "There was no desktop entry to remove.")
        return 0
    written = install_desktop_entry(args.data_home)
    print(f"Added UPR Tracker to the desktop's menus: {written[0]} and {len(written) - 1} more files "
          "(icons, metadata). A desktop already running may show it after logging out and in again.")
    return 0
