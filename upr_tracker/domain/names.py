"""Normalisation of names so that spellings of one thing compare equal.

UN documents, UPR Info exports and users spell the same State or theme in many ways
("Côte d'Ivoire" / "Cote d'Ivoire", "Bosnia & Herzegovina", "Death Penalty" / "Death penalty").
Matching on a normalised key is what stops an import from inventing near-duplicates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")

_NON_ALNUM = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the ")
# The UN's sorted form of a name: "Iran (Islamic Republic of)", "Macedonia (the former Yugoslav Republic of)".
_INVERTED = re.compile(r"^\s*([^()]+?)\s*\(\s*([^()]+?\bof(?:\s+the)?)\s*\)\s*$", re.IGNORECASE)


def name_key(name: str) -> str:
    """Return the comparison key of a name: no accents, case folded, punctuation folded to spaces.

    A leading "the" is dropped ("The former Yugoslav Republic of Macedonia"), "&" reads as "and".
    """
    if name.isascii():  # most texts: nothing to decompose (and imports call this for every row)
        folded = name.lower().replace("&", " and ")
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = without_marks.casefold().replace("&", " and ")
    spaced = _NON_ALNUM.sub(" ", folded).strip()
    return _LEADING_THE.sub("", spaced)


def name_keys(name: str) -> tuple[str, ...]:
    """The keys a name may be stored under: its own, then, for the UN's sorted form
    ("Macedonia (the former Yugoslav Republic of)"), that of the name as said
    ("the former Yugoslav Republic of Macedonia")."""
    key = name_key(name)
    inverted = _INVERTED.match(name)
    if inverted is None:
        return (key,)
    spoken = name_key(f"{inverted.group(2)} {inverted.group(1)}")
    return (key,) if spoken == key else (key, spoken)


def lookup_name(index: Mapping[str, T], name: str) -> T | None:
    """The value an index keyed by name_key holds for any of a name's keys."""
    for key in name_keys(name):
        found = index.get(key)
        if found is not None:
            return found
    return None
