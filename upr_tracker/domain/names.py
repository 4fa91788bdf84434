"""Normalisation of names so that spellings of one thing compare equal.

UN documents, UPR Info exports and users spell the same State or theme in many ways
("Côte d'Ivoire" / "Cote d'Ivoire", "Bosnia & Herzegovina", "Death Penalty" / "Death penalty").
Matching on a normalised key is what stops an import from inventing near-duplicates.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the ")


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
