"""Every text the code hands to Qt's translation is in the catalogues. lupdate reads Python with
its own parser, which skips some calls silently (a number argument that is an expression, keyword
arguments): such a text would stay English in every language. This reads the source with Python's
own parser and checks each call against the English catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.translation_tools import translation_tools

tools = translation_tools()
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def translated_calls(path: Path) -> list[tuple[int, str | None, str]]:
    """(line, context or None for self.tr, text) of each call with a literal text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in TRANSLATING:
            continue
        if name == "tr" and node.args and _literal(node.args[0]) is not None:
            found.append((node.lineno, None, _literal(node.args[0])))
        elif (name != "tr" and len(node.args) >= 2 and _literal(node.args[0]) is not None
              and _literal(node.args[1]) is not None):
            found.append((node.lineno, _literal(node.args[0]), _literal(node.args[1])))
    return found


def test_every_translated_text_of_the_code_is_in_the_catalogues() -> None:
    catalogued = {(m["context"], m["source"]) for m in tools.messages(tools.catalogue("en"))}
    sources = {source for _context, source in catalogued}
    missing = []
    for path in tools.source_files():
        for line, context, text in translated_calls(path):
            known = text in sources if context is None else (context, text) in catalogued
            if not known:
                missing.append(f"{path.relative_to(tools.ROOT)}:{line}: [{context}] {text[:60]!r}")
    assert missing == []


def test_the_reader_sees_what_lupdate_skips(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('translate("Report", "%n page(s)", None, len(pages))\nself.tr("Open")\n'
                      'translate(context, "not literal context")\n')
    assert translated_calls(sample) == [(1, "Report", "%n page(s)"), (2, None, "Open")]


@pytest.mark.parametrize("call", ['translate("C", "%n x(s)", None, n)', 'self.tr("%n y(s)", "", n)'])
def test_messages_that_say_n_get_plural_forms(call: str, tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(f"def f(self, n):\n    {call}\n")
    out = tmp_path / "out.json"
    tools.extract([sample], out)
    import json

    [message] = json.loads(out.read_text(encoding="utf-8"))
    assert message["numerus"] and message["plural_forms"] == tools.PLURAL_FORMS
