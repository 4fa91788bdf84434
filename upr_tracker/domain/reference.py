"""The reference data shipped with the app: UN member and observer States, and the vocabularies
(UPR Info issues, SDGs, OHCHR affected persons). Read from the package's resources."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

# Raise when resources/states.json or vocabularies.json gain entries, so that existing databases
# receive them (and only them: terms a user renamed or merged are not brought back).
REFERENCE_DATA_VERSION = 1

# "themes" are UPR Info's 54 issues; "ohchr_themes" the coded themes of the OHCHR matrices and the
# Universal Human Rights Index ("A12 Acceptance of international norms"), filled by imports.
VOCABULARIES = ("themes", "sdgs", "affected_persons", "ohchr_themes")
VOCABULARY_LABELS = {"themes": "Themes", "sdgs": "Sustainable Development Goals",
                     "affected_persons": "Affected persons", "ohchr_themes": "OHCHR themes"}
# The order in which the vocabularies are shown: the themes (UPR Info's, then OHCHR's) before
# the SDGs and the affected persons.
VOCABULARIES_SHOWN = ("themes", "ohchr_themes", "sdgs", "affected_persons")
# How the window, the reports and the filters name a vocabulary before one of its terms.
VOCABULARY_SHORT_LABELS = {"themes": "UPR Info", "ohchr_themes": "OHCHR", "sdgs": "SDG",
                           "affected_persons": "Affected persons"}
REGIONAL_GROUPS = ("Africa", "Asia-Pacific", "EEG", "GRULAC", "WEOG")


def vocabulary_heading(vocabulary: str) -> str:
    """A vocabulary's name where it stands beside the others (the filter, the panel, the reports):
    "themes" alone would not say whose."""
    return "UPR Info issues" if vocabulary == "themes" else VOCABULARY_LABELS.get(vocabulary, vocabulary)


def term_display(vocabulary: str, name: str, code: str | None) -> str:
    """A term as shown: OHCHR themes with their code ("D23 Death penalty"), SDGs with their number
    ("5 Gender equality"), which is how the documents print them."""
    if code and vocabulary in ("ohchr_themes", "sdgs") and not name.startswith(code):
        return f"{code} {name}"
    return name


@dataclass(frozen=True)
class StateEntry:
    iso3: str
    name: str
    other_names: tuple[str, ...]
    regional_group: str | None
    status: str


@dataclass(frozen=True)
class TermEntry:
    vocabulary: str
    name: str
    code: str | None


def _resource_json(name: str) -> Any:
    return json.loads(files("upr_tracker.resources").joinpath(name).read_text(encoding="utf-8"))


@cache
def shipped_states() -> tuple[StateEntry, ...]:
    return tuple(
        StateEntry(s["iso3"], s["name"], tuple(s["other_names"]), s["regional_group"], s["status"])
        for s in _resource_json("states.json")
    )


@cache
def shipped_terms() -> tuple[TermEntry, ...]:
    data = _resource_json("vocabularies.json")
    return tuple(
        TermEntry(vocabulary, entry["name"], entry.get("code"))
        for vocabulary in VOCABULARIES
        for entry in data.get(vocabulary, [])
    )


def regional_group_of(wording: str) -> str | None:
    """UPR Info writes "Asia" for the Asia-Pacific Group; other sources write the group in full."""
    cleaned = wording.strip()
    aliases = {"asia": "Asia-Pacific", "asia pacific": "Asia-Pacific", "asia-pacific": "Asia-Pacific",
               "africa": "Africa", "eeg": "EEG", "grulac": "GRULAC", "weog": "WEOG"}
    return aliases.get(cleaned.lower())
