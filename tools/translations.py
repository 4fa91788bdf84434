#!/usr/bin/env python3
"""The translation catalogues, for developers.

    python tools/translations.py refresh    # pyside6-lupdate: every tr()/translate() of the package into the .ts files
    python tools/translations.py compile    # pyside6-lrelease: the .ts files into the .qm files the package ships
    python tools/translations.py check      # unfinished messages and placeholders that do not match
    python tools/translations.py pseudo --out PSEUDO.qm   # accented and 40% longer, to look for cut texts
    python tools/translations.py extract FILE.py… --out MESSAGES.json   # the messages of some modules, to translate
    python tools/translations.py fill MESSAGES.json…                   # translations written back into the .ts files

The `.ts` files (Qt Linguist sources) under resources/translations/ are the reference; translators
may open them in Qt Linguist. The `.qm` files are compiled from them and shipped in the package.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "upr_tracker"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# The language each catalogue is for, as Qt Linguist names it (it decides the plural forms).
QT_LANGUAGE = {"ar": "ar", "zh": "zh_CN", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
PLACEHOLDER = re.compile(r"%(?:\d|n|Ln)")
# How many plural forms each language has, in Qt Linguist's order.
PLURAL_FORMS = {"ar": 6, "zh": 1, "en": 2, "fr": 2, "ru": 3, "es": 2}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} was not found: install PySide6 (pip install -e '.[test]')")
    return found


def source_files() -> list[Path]:
    """The package's modules, without the migrations and resources (links in a checkout)."""
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if not {"migrations", "resources", "__pycache__"} & set(path.relative_to(PACKAGE).parts))


def catalogue(code: str) -> Path:
    return CATALOGUES / f"upr_tracker_{code}.ts"


def refresh(files: list[Path] | None = None) -> None:
    files = files or source_files()
    for code in LANGUAGES:
        path = catalogue(code)
        if not path.exists():
            path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                            f'<TS version="2.1" language="{QT_LANGUAGE[code]}" sourcelanguage="en">\n</TS>\n',
                            encoding="utf-8")
        kept = _finished_plurals(path)
        _lupdate(files, path)
        _plurals_where_n(path, code, kept)
    _english_as_written(catalogue("en"))


def _finished_plurals(ts: Path) -> dict[tuple[str | None, str | None], list[str]]:
    """The translated plural forms of a catalogue, before lupdate marks those it read without
    plural forms as changed."""
    return {(m["context"], m["source"]): m["translation"] for m in messages(ts)
            if m["numerus"] and m["finished"] and all(m["translation"])}


def _plurals_where_n(ts: Path, code: str, kept: dict | None = None) -> None:
    """lupdate gives plural forms to `self.tr(text, "", n)` but not to `translate(context, text, None, n)`
    with a variable n (outside a QObject, as in the reports): every message that says %n gets them,
    with the forms it had been given (`kept`)."""
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            forms = (kept or {}).get((context.findtext("name"), message.findtext("source")))
            if forms is None:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            message.set("numerus", "yes")
            translation.attrib.pop("type", None)
            changed = True
    for message in tree.getroot().iter("message"):
        if message.get("numerus") == "yes" or "%n" not in (message.findtext("source") or ""):
            continue
        translation = message.find("translation")
        text = translation.text or ""
        translation.text = None
        for _form in range(PLURAL_FORMS[code]):
            ET.SubElement(translation, "numerusform").text = text
        message.set("numerus", "yes")
        translation.set("type", "unfinished")
        changed = True
    if changed:
        _write(tree, ts)


def _english_as_written(ts: Path) -> None:
    """The English catalogue says each message as the source does; only its plural forms differ
    ("1 recommendation", "2 recommendations")."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            translation.attrib.pop("type")
    _write(tree, ts)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, "    ")
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(tree.getroot(), encoding="unicode"))
        handle.write("\n")


def _lupdate(files: list[Path], ts: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in files))
    try:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", f"@{listing.name}", "-ts", str(ts)],
                       check=True, stdout=subprocess.DEVNULL)
    finally:
        Path(listing.name).unlink()


def compile_catalogues(folder: Path = CATALOGUES, out: Path | None = None) -> list[Path]:
    written = []
    for code in LANGUAGES:
        source = folder / f"upr_tracker_{code}.ts"
        target = (out or folder) / f"upr_tracker_{code}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def messages(ts: Path) -> list[dict]:
    """Every message of a catalogue: context, source, whether it has plural forms, its translation(s)
    and whether it is finished."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append({
                "context": name,
                "source": message.findtext("source"),
                "comment": message.findtext("comment"),
                "numerus": message.get("numerus") == "yes",
                "translation": forms if message.get("numerus") == "yes" else (translation.text or ""),
                "forms": len(forms),
                "finished": translation.get("type") not in ("unfinished", "vanished", "obsolete"),
            })
    return found


def problems(ts: Path) -> list[str]:
    """What is wrong in a catalogue: unfinished or empty messages, placeholders that differ."""
    found = []
    for message in messages(ts):
        where = f"{ts.name}: [{message['context']}] {message['source']!r}"
        if not message["context"]:
            # lupdate loses a class's name in some layouts (a def under `if TYPE_CHECKING:` in its
            # body): Qt would never find the message under the class it is looked up in.
            found.append(f"{where}: no context")
        texts = message["translation"] if message["numerus"] else [message["translation"]]
        if not message["finished"] or not all(text.strip() for text in texts):
            found.append(f"{where}: not translated")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(message["source"])) - {"%n", "%Ln"})
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n", "%Ln"}) != wanted:
                found.append(f"{where}: placeholders {wanted} but {text!r}")
        if message["numerus"] and len(texts) > 1 and not any("%n" in t or "%Ln" in t for t in texts):
            found.append(f"{where}: no form says %n")
    return found


_ACCENTED = str.maketrans("aceinouyACEINOUY", "åçéîñøüýÅÇÉÎÑØÜÝ")
_KEPT = re.compile(r"(%\d|%L?n|<[^>]+>|&[a-z]+;|&(?=\w))")


_DATE_FORMAT = re.compile(r"[dMyHhmsAap' .,:/\-年月日]+")


def pseudo_text(text: str) -> str:
    """A pseudo-translation: every letter accented and the text 40% longer, placeholders, tags and
    mnemonics kept, so that a screen shows where a longer language would be cut or overflow. A
    date format ("d MMMM yyyy") stays a format."""
    if _DATE_FORMAT.fullmatch(text) and any(c in text for c in "dMy"):
        return text
    pieces = _KEPT.split(text)
    out = "".join(piece if _KEPT.fullmatch(piece) else piece.translate(_ACCENTED) for piece in pieces)
    visible = len(re.sub(_KEPT, "", text))
    return f"[{out}{'~' * max(1, round(visible * 0.4) - 2)}]"


def pseudo_catalogue(source: Path, out: Path) -> Path:
    """A compiled pseudo-locale catalogue (`.qm`) from the English one."""
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        text = pseudo_text(message.findtext("source") or "")
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    ts = out.with_suffix(".ts")
    _write(tree, ts)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    return out


def extract(files: list[Path], out: Path) -> None:
    """The messages of some modules as JSON to translate: for each language, the number of plural
    forms it needs; fill in "translations" ({"fr": "…" or ["…", "…"], …}) and give the file to `fill`."""
    entries: dict[tuple[str, str], dict] = {}
    with tempfile.TemporaryDirectory() as folder:
        for code in LANGUAGES:
            ts = Path(folder) / f"{code}.ts"
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{QT_LANGUAGE[code]}" sourcelanguage="en">\n</TS>\n',
                          encoding="utf-8")
            _lupdate(files, ts)
            _plurals_where_n(ts, code)
            for message in messages(ts):
                entry = entries.setdefault((message["context"], message["source"]), {
                    "context": message["context"], "source": message["source"], "numerus": message["numerus"],
                    "plural_forms": {}, "translations": {}})
                if message["numerus"]:
                    entry["plural_forms"][code] = message["forms"]
    for entry in entries.values():
        if not entry["numerus"]:
            del entry["plural_forms"]
    out.write_text(json.dumps(list(entries.values()), ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(entries)} messages written to {out}")


def fill(fragments: list[Path]) -> None:
    wanted: dict[tuple[str, str], dict] = {}
    for fragment in fragments:
        for entry in json.loads(fragment.read_text(encoding="utf-8")):
            wanted[(entry["context"], entry["source"])] = entry.get("translations") or {}
    for code in LANGUAGES:
        path = catalogue(code)
        tree = ET.parse(path)
        changed = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                given = wanted.get((name, message.findtext("source")), {}).get(code)
                if not given:
                    continue
                translation = message.find("translation")
                if message.get("numerus") == "yes":
                    # One text for every number ("Рекомендаций: %n") serves each plural form.
                    forms = given if isinstance(given, list) else [given] * PLURAL_FORMS[code]
                    for child in list(translation):
                        translation.remove(child)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = given if isinstance(given, str) else given[0]
                translation.attrib.pop("type", None)
                changed += 1
        _write(tree, path)
        print(f"{path.name}: {changed} messages filled")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("refresh")
    commands.add_parser("compile")
    commands.add_parser("check")
    pseudo = commands.add_parser("pseudo", help="a pseudo-locale catalogue (accented, 40%% longer): run the window "
                                 "with it through UPR_TRACKER_PSEUDO=FILE.qm to see what a longer language cuts")
    pseudo.add_argument("--out", type=Path, required=True)
    extracting = commands.add_parser("extract")
    extracting.add_argument("files", nargs="+", type=Path)
    extracting.add_argument("--out", type=Path, required=True)
    filling = commands.add_parser("fill")
    filling.add_argument("fragments", nargs="+", type=Path)
    args = parser.parse_args()
    if args.command == "refresh":
        refresh()
    elif args.command == "compile":
        for path in compile_catalogues():
            print(path.relative_to(ROOT))
    elif args.command == "check":
        found = [problem for code in LANGUAGES for problem in problems(catalogue(code))]
        print("\n".join(found) or "every catalogue is complete")
        return 1 if found else 0
    elif args.command == "pseudo":
        print(pseudo_catalogue(catalogue("en"), args.out))
    elif args.command == "extract":
        extract(args.files, args.out)
    elif args.command == "fill":
        fill(args.fragments)
    return 0


if __name__ == "__main__":
    sys.exit(main())
