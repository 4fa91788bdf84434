"""Matching the terms written in imported files to the vocabularies, without inventing
near-duplicates: an exact name, a former name or a code matches; a close spelling matches the
existing term and says so; only a really new term is added, and that is said too."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.names import name_key
from upr_tracker.services.vocabularies import close_terms, find_term
from upr_tracker.storage.models import Term

# OHCHR themes carry a code before their name: "A12 Acceptance of international norms".
_CODED = re.compile(r"^([A-Z]\d{1,2})\s*[-–:.]?\s+(\S.*)$")


class TermMatcher:
    """Terms of one unit of work, cached by what was written."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], Term] = {}
        self.added: dict[str, list[str]] = {}

    def summary(self) -> list[str]:
        """One line per vocabulary that received new terms."""
        lines = []
        for vocabulary, names in self.added.items():
            shown = ", ".join(repr(n) for n in names[:5]) + (", …" if len(names) > 5 else "")
            lines.append(f"{vocabulary}: {len(names)} new term{'s' if len(names) != 1 else ''} added ({shown})")
        return lines

    def match(self, vocabulary: str, written: str, notices: list[str]) -> Term | None:
        cleaned = " ".join(written.split()).strip(" -•;,")
        if not cleaned:
            return None
        cache_key = (vocabulary, name_key(cleaned))
        if cache_key in self._cache:
            return self._cache[cache_key]
        term = self._find(vocabulary, cleaned, notices)
        self._cache[cache_key] = term
        return term

    def _find(self, vocabulary: str, cleaned: str, notices: list[str]) -> Term:
        coded = _CODED.match(cleaned)
        code, name = (coded.group(1), coded.group(2)) if coded else (None, cleaned)
        if code:
            term = self.session.scalar(select(Term).where(Term.vocabulary == vocabulary, Term.code == code))
            if term is not None:
                return term
        term = find_term(self.session, vocabulary, name)
        if term is not None:
            return term
        close = close_terms(self.session, vocabulary, name)
        if close and not code:
            term = find_term(self.session, vocabulary, close[0])
            assert term is not None
            notices.append(f"{vocabulary}: {name!r} was matched to the existing term {term.name!r}")
            return term
        term = Term(vocabulary=vocabulary, name=name, name_key=name_key(name), code=code)
        self.session.add(term)
        self.session.flush()
        self.added.setdefault(vocabulary, []).append(cleaned)
        return term
