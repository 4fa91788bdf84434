"""`guide`: the user guide, opened in the system's web browser, or its path printed."""

from __future__ import annotations

import argparse
import sys
import webbrowser

from upr_tracker.services.user_guide import guide_index


def add_guide_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "guide", help="open the user guide (offline, in English) in the web browser",
        description="Opens the user guide that comes with UPR Tracker in the system's web browser; it needs no "
        "network. In the window: Help > User guide (F1).")
    parser.add_argument("--print-path", action="store_true",
                        help="print the path of the guide's first page instead of opening it")


def run_guide(args: argparse.Namespace) -> int:
    index = guide_index()
    if not index.is_file():
        print(f"The user guide is missing from this installation (looked for {index}).", file=sys.stderr)
        return 1
    if args.print_path:
        print(index)
        return 0
    url = index.as_uri()
    if not webbrowser.open(url):
        print(f"No web browser could be started. Open this file in one: {url}", file=sys.stderr)
        return 1
    print(f"Opened the user guide in the web browser: {url}")
    return 0
