"""`language`: the language the window speaks, shown or chosen (reports take `--language`)."""

from __future__ import annotations

import argparse

from upr_tracker.i18n.languages import LANGUAGE_CODES, LANGUAGES, language
from upr_tracker.services.user_settings import save_language, saved_language


def add_language_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "language", help="show or choose the language of the window (one of the UN's six, or the system's)",
        description="Without an argument, prints the language chosen for the window. The choice applies at the "
        "next start of the window. Reports take their own --language.")
    parser.add_argument("choice", nargs="?", choices=[*LANGUAGE_CODES, "system"],
                        help="ar, zh, en, fr, ru or es; 'system' follows the system's language")


def run_language(args: argparse.Namespace) -> int:
    if args.choice is None:
        saved = saved_language()
        print(f"{language(saved).code} ({language(saved).native_name})" if saved
              else "system (the system's language when it is one of the six, else English)")
        print("available: " + ", ".join(f"{known.code} ({known.native_name})" for known in LANGUAGES))
        return 0
    chosen = save_language(args.choice)
    print(f"The window will speak {language(chosen).native_name} from its next start." if chosen
          else "The window will follow the system's language from its next start.")
    return 0
