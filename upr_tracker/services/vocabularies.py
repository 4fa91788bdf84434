"""Vocabularies (themes, SDGs, affected persons): find terms by any of their names, add, rename
and merge them. An unknown name close to an existing term is refused rather than added beside it,
so "Death Penalty" never appears next to "Death penalty"."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from upr_tracker.domain.close_matches import close_matches
from upr_tracker.domain.names import name_key
from upr_tracker.domain.reference import (
    VOCABULARIES,
    VOCABULARIES_SHOWN,
    VOCABULARY_LABELS,
    VOCABULARY_SHORT_LABELS,
    term_display,
)
from upr_tracker.errors import InvalidValueError, NearDuplicateError, NotFoundError
from upr_tracker.services.records import fetch
from upr_tracker.services.values import TermInfo
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Term, TermAlias, recommendation_term


def check_vocabulary(vocabulary: str) -> str:
    if vocabulary not in VOCABULARIES:
        raise InvalidValueError(f"vocabulary: {vocabulary!r} is not one of {', '.join(VOCABULARIES)}")
    return vocabulary


def find_term(session: Session, vocabulary: str, name: str) -> Term | None:
    """The term called `name` (or whose former name or alias it is); codes match SDGs ("5")."""
    key = name_key(name)
    term = session.scalar(select(Term).where(Term.vocabulary == vocabulary, Term.name_key == key))
    if term is None:
        term = session.scalar(
            select(Term).join(TermAlias).where(TermAlias.vocabulary == vocabulary, TermAlias.name_key == key)
        )
    if term is None and name.strip():
        term = session.scalar(select(Term).where(Term.vocabulary == vocabulary, Term.code == name.strip()))
    return term


def _find_displayed(session: Session, vocabulary: str, name: str) -> Term | None:
    """The term written with its code before its name, as shown ("D23 Death penalty")."""
    parts = name.split(maxsplit=1)
    if len(parts) != 2:
        return None
    return session.scalar(select(Term).where(Term.vocabulary == vocabulary, Term.code == parts[0],
                                             Term.name_key == name_key(parts[1])))


def _vocabulary_named(written: str) -> str | None:
    key = name_key(written.replace("_", " "))
    for vocabulary in VOCABULARIES:
        names = (vocabulary.replace("_", " "), VOCABULARY_LABELS[vocabulary], VOCABULARY_SHORT_LABELS[vocabulary])
        if key in {name_key(n) for n in names}:
            return vocabulary
    return None


def qualified_term(vocabulary: str, name: str) -> str:
    """A term with its vocabulary, as a theme filter takes it ("ohchr_themes:Death penalty")."""
    return f"{vocabulary}:{name}"


def resolve_theme_terms(session: Session, wanted: str, *, field: str = "theme") -> list[Term]:
    """The terms a theme filter names. "vocabulary:name" (the vocabulary by its key or label:
    "ohchr_themes:", "OHCHR:", "SDG:") looks in that vocabulary only; a bare name in every one, and
    every term so named counts ("Death penalty" is both a UPR Info issue and an OHCHR theme). A
    term is found by its name, a former name or alias, its code, or its code and name."""
    head, separator, rest = wanted.partition(":")
    only = _vocabulary_named(head) if separator else None
    name = " ".join((rest if only else wanted).split())
    if not name:
        raise InvalidValueError(f"{field}: an empty name is not a term")
    vocabularies = (only,) if only else VOCABULARIES_SHOWN
    found: list[Term] = []
    for vocabulary in vocabularies:
        term = find_term(session, vocabulary, name) or _find_displayed(session, vocabulary, name)
        if term is not None:
            found.append(term)
    if found:
        return found
    close = [f"{VOCABULARY_SHORT_LABELS[v]}: {c}" for v in vocabularies for c in close_terms(session, v, name)]
    where = VOCABULARY_LABELS[only] if only else "any vocabulary"
    hint = f" (close: {'; '.join(close)})" if close else ""
    raise NotFoundError(f"{field}: {name!r} is not a term of {where}{hint}")


def theme_title(terms: list[Term]) -> str:
    """How a report names the theme it is about: the term as shown, with its vocabulary when it
    is not a UPR Info issue ("D23 Death penalty (OHCHR themes)")."""
    shown = []
    for term in terms:
        display = term_display(term.vocabulary, term.name, term.code)
        shown.append(display if term.vocabulary == "themes" else f"{display} ({VOCABULARY_LABELS[term.vocabulary]})")
    return " / ".join(dict.fromkeys(shown))


def close_terms(session: Session, vocabulary: str, name: str) -> list[str]:
    names = list(session.scalars(select(Term.name).where(Term.vocabulary == vocabulary)))
    by_key = {name_key(n): n for n in names}
    return [by_key[k] for k in close_matches(name_key(name), list(by_key), n=3, cutoff=0.85)]


def resolve_term(session: Session, vocabulary: str, name: str, *, create: bool = False, field: str = "term") -> Term:
    """The existing term for `name`; with create, a new one unless it is a near-duplicate."""
    check_vocabulary(vocabulary)
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError(f"{field}: an empty name is not a term")
    term = find_term(session, vocabulary, cleaned)
    if term is not None:
        return term
    close = close_terms(session, vocabulary, cleaned)
    if close:
        raise NearDuplicateError(
            f"{field}: {cleaned!r} is not in {vocabulary} but is close to {', '.join(repr(c) for c in close)}; "
            "use the existing term, or add the new one explicitly if it really is different"
        )
    if not create:
        raise NotFoundError(f"{field}: {cleaned!r} is not a term of {vocabulary}")
    term = Term(vocabulary=vocabulary, name=cleaned, name_key=name_key(cleaned))
    session.add(term)
    session.flush()
    return term


def _term_info(session: Session, term: Term) -> TermInfo:
    usage = session.scalar(select(func.count()).select_from(recommendation_term).where(
        recommendation_term.c.term_id == term.id)) or 0
    return TermInfo(term.id, term.vocabulary, term.name, term.code, tuple(a.name for a in term.aliases), usage)


def list_terms(db: Database, vocabulary: str) -> list[TermInfo]:
    check_vocabulary(vocabulary)
    with db.read() as session:
        usage: dict[uuid.UUID, int] = dict(
            session.execute(
                select(recommendation_term.c.term_id, func.count()).group_by(recommendation_term.c.term_id)
            ).all()
        )
        terms = session.scalars(select(Term).where(Term.vocabulary == vocabulary).order_by(Term.name))
        return [TermInfo(t.id, t.vocabulary, t.name, t.code, tuple(a.name for a in t.aliases), usage.get(t.id, 0))
                for t in terms]


def theme_choices(db: Database) -> list[tuple[str, str, str]]:
    """Every term of every vocabulary for a theme filter, as (vocabulary, term as shown, the
    filter's value "vocabulary:name"), by vocabulary (in VOCABULARIES_SHOWN order), then as shown (SDGs
    by number)."""
    with db.read() as session:
        found = session.execute(select(Term.vocabulary, Term.name, Term.code)).all()
    order = {vocabulary: index for index, vocabulary in enumerate(VOCABULARIES_SHOWN)}

    def key(term: tuple[str, str, str | None]) -> tuple[int, int, str]:
        vocabulary, name, code = term
        number = int(code) if vocabulary == "sdgs" and code and code.isdigit() else 0
        return (order.get(vocabulary, len(order)), number, term_display(vocabulary, name, code).casefold())

    return [(v, term_display(v, name, code), qualified_term(v, name)) for v, name, code in sorted(found, key=key)]


def add_term(db: Database, vocabulary: str, name: str, code: str | None = None, *, force: bool = False) -> TermInfo:
    """Add a term. A name close to an existing term is refused unless `force` (a deliberate choice)."""
    check_vocabulary(vocabulary)
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("term: an empty name is not a term")
    with db.write() as session:
        if find_term(session, vocabulary, cleaned) is not None:
            raise InvalidValueError(f"term: {cleaned!r} already exists in {vocabulary}")
        if force:
            term = Term(vocabulary=vocabulary, name=cleaned, name_key=name_key(cleaned), code=code)
            session.add(term)
            session.flush()
        else:
            term = resolve_term(session, vocabulary, cleaned, create=True)
            term.code = code
        return _term_info(session, term)



def rename_term(db: Database, term_id: uuid.UUID, new_name: str) -> TermInfo:
    """Rename a term; the old name stays as an alias so imports still find it."""
    cleaned = " ".join(new_name.split())
    if not cleaned:
        raise InvalidValueError("term: the new name is empty")
    with db.write() as session:
        term = fetch(session, Term, term_id)
        clash = find_term(session, term.vocabulary, cleaned)
        if clash is not None and clash.id != term.id:
            raise InvalidValueError(f"term: {cleaned!r} is already a term of {term.vocabulary}; merge instead")
        if name_key(cleaned) != term.name_key:
            session.add(TermAlias(term=term, vocabulary=term.vocabulary, name=term.name, name_key=term.name_key))
            for alias in list(term.aliases):
                if alias.name_key == name_key(cleaned):
                    session.delete(alias)
        term.name, term.name_key = cleaned, name_key(cleaned)
        session.flush()
        return _term_info(session, term)


def merge_terms(db: Database, source_id: uuid.UUID, target_id: uuid.UUID) -> TermInfo:
    """Fold `source` into `target`: its recommendations move over, its names become aliases."""
    if source_id == target_id:
        raise InvalidValueError("terms: cannot merge a term into itself")
    with db.write() as session:
        source, target = fetch(session, Term, source_id), fetch(session, Term, target_id)
        if source.vocabulary != target.vocabulary:
            raise InvalidValueError(f"terms: {source.name!r} and {target.name!r} belong to different vocabularies")
        already = select(recommendation_term.c.recommendation_id).where(recommendation_term.c.term_id == target.id)
        session.execute(
            recommendation_term.delete().where(
                recommendation_term.c.term_id == source.id, recommendation_term.c.recommendation_id.in_(already)
            )
        )
        session.execute(
            update(recommendation_term).where(recommendation_term.c.term_id == source.id).values(term_id=target.id)
        )
        names = [(source.name, source.name_key)] + [(a.name, a.name_key) for a in source.aliases]
        session.delete(source)
        session.flush()
        for name, key in names:
            session.add(TermAlias(term=target, vocabulary=target.vocabulary, name=name, name_key=key))
        session.flush()
        session.refresh(target)
        return _term_info(session, target)
