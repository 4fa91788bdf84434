"""The names of States in the six UN languages, for showing them and for reading documents.

Two sources, in order of trust:

- the UN's own short names where they differ from the usual ones (`resources/state_names_un.json`,
  {iso3: {language: name}}): the short names of UNTERM, the UN terminology database, as the UN's
  list of Member States gives them in each language ("Bolivie (État plurinational de)",
  "Fédération de Russie", "Reino Unido de Gran Bretaña e Irlanda del Norte"). UN documents name
  States so; the table leaves out the names CLDR already spells the same way;
- CLDR's territory names (through Babel) by the State's ISO 3166 alpha-2 code ("iso2" in
  `resources/states.json`), for every other State.

English comes from `resources/states.json` (the UN's English short names) with its other names.
No Qt here: the parsers read documents with these names.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache
from importlib.resources import files

from babel import Locale

from upr_tracker.domain.names import name_key, name_keys
from upr_tracker.domain.reference import shipped_states

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

# The UN's sorted form of a name in French, Spanish or Russian: "Iran (République islamique d')",
# "Venezuela (República Bolivariana de)", "Иран (Исламская Республика)"; said in running text as
# "République islamique d'Iran", "República Bolivariana de Venezuela", "Исламская Республика Иран".
_SORTED_FORM_LANGUAGES = ("en", "fr", "es", "ru")
_SORTED_FORM = re.compile(r"^\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*$")


@cache
def _un_names() -> dict[str, dict[str, str]]:
    text = files("upr_tracker.resources").joinpath("state_names_un.json").read_text(encoding="utf-8")
    names: dict[str, dict[str, str]] = json.loads(text)
    return names


@cache
def _states() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """iso3: (English name, alpha-2 code, other English names)."""
    data = json.loads(files("upr_tracker.resources").joinpath("states.json").read_text(encoding="utf-8"))
    iso2 = {entry["iso3"]: entry.get("iso2") for entry in data}
    return {state.iso3: (state.name, iso2.get(state.iso3), state.other_names) for state in shipped_states()}


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def known_iso3_codes() -> tuple[str, ...]:
    """The codes of every State the reference data holds (members and observers)."""
    return tuple(_states())


def cldr_name(iso3: str, language: str) -> str | None:
    """CLDR's name of the State in a language (None for a code CLDR does not know)."""
    entry = _states().get(iso3.upper())
    if entry is None or not entry[1]:
        return None
    return _locale(language).territories.get(entry[1])


def un_name(iso3: str, language: str) -> str | None:
    """The UN's short name of the State where it differs from CLDR's (English: the reference name)."""
    code = iso3.upper()
    if language == "en":
        entry = _states().get(code)
        return entry[0] if entry else None
    return _un_names().get(code, {}).get(language)


def state_name(iso3: str, language: str) -> str:
    """The State's name in a language: the UN's, else CLDR's, else the English one (else the code)."""
    code = iso3.upper()
    found = un_name(code, language) or (cldr_name(code, language) if language in LANGUAGES else None)
    if found:
        return found
    entry = _states().get(code)
    return entry[0] if entry else code


def spoken_form(name: str) -> str | None:
    """The name as said in running text, from the UN's sorted form: "Iran (République islamique
    d')" gives "République islamique d'Iran"; None when the name is not in sorted form."""
    match = _SORTED_FORM.match(name)
    if match is None:
        return None
    head, qualifier = match.group(1), match.group(2)
    if qualifier.endswith(("'", "’")):
        return f"{qualifier}{head}"
    return f"{qualifier} {head}"


@cache
def state_names(iso3: str) -> tuple[str, ...]:
    """Every spelling known for the State, in every language: the UN's names, CLDR's, the English
    name and other names, and the spoken form of the UN's sorted ones. For matching, not showing."""
    code = iso3.upper()
    entry = _states().get(code)
    if entry is None:
        return ()
    names = [entry[0], *entry[2]]
    for language in LANGUAGES:
        for name in (un_name(code, language), cldr_name(code, language)):
            if name:
                names.append(name)
                spoken = spoken_form(name) if language in _SORTED_FORM_LANGUAGES else None
                if spoken:
                    names.append(spoken)
    return tuple(dict.fromkeys(names))


@cache
def _iso3_by_key() -> Mapping[str, str]:
    """name_key of every spelling: the State's code. A key two States share (none today, but
    CLDR grows) is left out rather than guessed."""
    codes: dict[str, set[str]] = defaultdict(set)
    for code in _states():
        for name in state_names(code):
            for key in name_keys(name):
                codes[key].add(code)
    return {key: next(iter(found)) for key, found in codes.items() if len(found) == 1 and key}


def iso3_of_name(name: str) -> str | None:
    """The code of the State a name means in any of the six languages ("Fédération de Russie",
    "Estados Unidos de América", "Российская Федерация"), or None."""
    index = _iso3_by_key()
    for key in name_keys(name):
        found = index.get(key)
        if found:
            return found
    return index.get(name_key(name))
