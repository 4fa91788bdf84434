"""A catalogue made in a test from a few translated messages, compiled with Qt's lrelease and
installed while the test runs: it proves that the contexts the code translates under are those Qt
looks its texts up in at run time."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

# (context, source, translation): one text, or the forms of a plural in Qt's order.
Message = tuple[str, str, "str | list[str]"]


def ts_text(messages: Iterable[Message], language: str = "fr") -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, translated in messages:
        if isinstance(translated, list):
            forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translated)
            entry = f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation></message>'
        else:
            entry = f"<message><source>{escape(source)}</source><translation>{escape(translated)}</translation></message>"
        contexts.setdefault(context, []).append(entry)
    body = "".join(f"<context><name>{escape(name)}</name>{''.join(entries)}</context>" for name, entries in contexts.items())
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}" sourcelanguage="en">{body}</TS>\n')


def compiled_catalogue(text: str, folder: Path, name: str = "small_fr") -> Path:
    """A `.ts` text compiled to `folder/name.qm`."""
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease (installed with PySide6) is not on PATH")
    source, compiled = folder / f"{name}.ts", folder / f"{name}.qm"
    source.write_text(text, encoding="utf-8")
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    return compiled


@contextmanager
def installed_catalogue(compiled: Path) -> Iterator[QTranslator]:
    """The catalogue installed in the application while the block runs."""
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
