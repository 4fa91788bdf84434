"""Matching the terms written in imported files to the vocabularies, without inventing
near-duplicates: an exact name, a former name or a code matches; a close spelling matches the
existing term and says so; only a really new term is added, and that is said too."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.close_matches import close_matches
from upr_tracker.domain.names import name_key
from upr_tracker.services.vocabularies import find_term
from upr_tracker.storage.models import Term

# OHCHR themes carry a code before their name: "A12 Acceptance of international norms".
_CODED = re.compile(r"^([A-Z]\d{1,2})\s*[-–:.]?\s+(\S.*)$")
# SDGs are written "5", "SDG 5", "Goal 5 - Gender equality", "5. Gender equality".
_SDG_NUMBER = re.compile(r"^(?:sdg|goal)?\s*(\d{1,2})\b", re.IGNORECASE)
# The SDGs are a fixed list of 17: an unknown one is reported, never added.
FIXED_VOCABULARIES = {"sdgs"}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def stem_key(name: str) -> str:
    """The name's key with each word in the singular ("Minorities" and "Minority" compare equal)."""
    return " ".join(_singular(word) for word in name_key(name).split())


class TermMatcher:
    """Terms of one unit of work, cached by what was written."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], Term | None] = {}
        self.added: dict[str, list[str]] = {}
        # Terms this unit of work added are matched by their exact name only: were they candidates
        # for close matches, "women" would match or not depending on what came before it.
        self._added_ids: set[object] = set()

    def summary(self) -> list[str]:
        """One line per vocabulary that received new terms, naming every one."""
        lines = []
        for vocabulary, names in self.added.items():
            shown = ", ".join(repr(n) for n in names)
            lines.append(f"{vocabulary}: {len(names)} new term{'s' if len(names) != 1 else ''} added: {shown}")
        return lines

    def match(self, vocabulary: str, written: str, notices: list[str]) -> Term | None:
        """The term for what was written; None (with a notice) for an unknown term of a fixed vocabulary."""
        cleaned = " ".join(written.split()).strip(" -•;,")
        if not cleaned:
            return None
        cache_key = (vocabulary, name_key(cleaned))
        if cache_key in self._cache:
            return self._cache[cache_key]
        term = self._find(vocabulary, cleaned, notices)
        self._cache[cache_key] = term
        return term

    def _find(self, vocabulary: str, cleaned: str, notices: list[str]) -> Term | None:
        if vocabulary == "sdgs":
            number = _SDG_NUMBER.match(cleaned)
            if number:
                term = self.session.scalar(select(Term).where(Term.vocabulary == "sdgs",
                                                              Term.code == str(int(number.group(1)))))
                if term is not None:
                    return term
        coded = _CODED.match(cleaned)
        code, name = (coded.group(1), coded.group(2)) if coded else (None, cleaned)
        if code:
            term = self.session.scalar(select(Term).where(Term.vocabulary == vocabulary, Term.code == code))
            if term is not None:
                return term
        term = find_term(self.session, vocabulary, name)
        if term is not None:
            return term
        similar = None if code else self._similar(vocabulary, name)
        if similar is not None:
            notices.append(f"{vocabulary}: {name!r} was matched to the existing term {similar.name!r}")
            return similar
        if vocabulary in FIXED_VOCABULARIES:
            notices.append(f"{vocabulary}: {cleaned!r} is not one of the 17 Sustainable Development Goals; left out")
            return None
        term = Term(vocabulary=vocabulary, name=name, name_key=name_key(name), code=code)
        self.session.add(term)
        self.session.flush()
        self._added_ids.add(term.id)
        self.added.setdefault(vocabulary, []).append(cleaned)
        return term

    def _similar(self, vocabulary: str, name: str) -> Term | None:
        """A term stored before this import spelt nearly the same, in the singular or plural, or
        of which the name is the first words ("Torture" for "Torture and other CID treatment");
        only when just one is."""
        terms = [t for t in self.session.scalars(select(Term).where(Term.vocabulary == vocabulary))
                 if t.id not in self._added_ids]
        by_key = {t.name_key: t for t in terms}
        close = close_matches(name_key(name), list(by_key), n=3, cutoff=0.85)
        if close:
            return by_key[close[0]]
        wanted = stem_key(name)
        same = [t for t in terms if stem_key(t.name) == wanted]
        if len(same) == 1:
            return same[0]
        starting = [t for t in terms if (stem_key(t.name) + " ").startswith(wanted + " ")]
        return starting[0] if len(starting) == 1 else None
