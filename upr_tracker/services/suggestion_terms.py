"""Which term a suggestion names, and whether a recommendation's value is a person's (or a
document's) or came from an accepted suggestion of that recommendation.

A suggestion keeps the name its term had when it was made. Terms are renamed and merged since
(the former names stay as aliases), so a suggestion's value is resolved to its term through the
vocabulary's names, aliases and codes, as services.vocabularies.find_term does, and shown by the
term's current name (an SDG by its code). The lookup is read once per call.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Exists, SQLColumnExpression, case, exists, false, not_, select
from sqlalchemy.orm import Session, aliased

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.names import name_key
from upr_tracker.storage.models import Suggestion, Term, TermAlias, recommendation_term

ACTION_CATEGORY, THEME, SDG = "action_category", "theme", "sdg"
ACCEPTED = "accepted"
# The vocabulary each kind of term comes from.
VOCABULARY_OF = {THEME: "themes", SDG: "sdgs"}
# How each kind is called in messages ("the suggested theme ...") and, capitalised, in the history.
KIND_WORDS = {ACTION_CATEGORY: "action category", THEME: "theme", SDG: "SDG"}
KIND_TITLES = {kind: words[0].upper() + words[1:] for kind, words in KIND_WORDS.items()}


@dataclass(frozen=True)
class TermRef:
    id: uuid.UUID
    name: str
    code: str | None


@dataclass
class TermLookup:
    """The terms of the suggested vocabularies by name key, former name or alias key, and code."""

    names: dict[str, dict[str, TermRef]] = field(default_factory=dict)    # vocabulary -> name key -> term
    aliases: dict[str, dict[str, TermRef]] = field(default_factory=dict)  # vocabulary -> alias key -> term
    codes: dict[str, dict[str, TermRef]] = field(default_factory=dict)    # vocabulary -> code -> term

    @classmethod
    def read(cls, session: Session) -> TermLookup:
        lookup = cls({v: {} for v in VOCABULARY_OF.values()}, {v: {} for v in VOCABULARY_OF.values()},
                     {v: {} for v in VOCABULARY_OF.values()})
        by_id: dict[uuid.UUID, TermRef] = {}
        for term_id, vocabulary, name, key, code in session.execute(
                select(Term.id, Term.vocabulary, Term.name, Term.name_key, Term.code)
                .where(Term.vocabulary.in_(list(VOCABULARY_OF.values())))):
            ref = by_id[term_id] = TermRef(term_id, name, code)
            lookup.names[vocabulary][key] = ref
            if code:
                lookup.codes[vocabulary][code.strip()] = ref
        for term_id, vocabulary, key in session.execute(
                select(TermAlias.term_id, TermAlias.vocabulary, TermAlias.name_key)
                .where(TermAlias.vocabulary.in_(list(VOCABULARY_OF.values())))):
            if term_id in by_id:
                lookup.aliases[vocabulary][key] = by_id[term_id]
        return lookup

    def term(self, kind: str, value: str) -> TermRef | None:
        """The term a theme or SDG suggestion names (None: no term of the vocabulary has that
        name, former name or code)."""
        vocabulary = VOCABULARY_OF.get(kind)
        if vocabulary is None:
            return None
        key = name_key(value)
        return (self.names[vocabulary].get(key) or self.aliases[vocabulary].get(key)
                or self.codes[vocabulary].get(value.strip()))

    def current(self, kind: str, value: str) -> str:
        """The value as shown now: a theme's current name, an SDG's code; the value itself when
        it names no term (or is an action category)."""
        term = self.term(kind, value)
        if term is None:
            return value
        return (term.code or term.name) if kind == SDG else term.name

    def accepted_term_names(self, session: Session, kind: str) -> dict[str, uuid.UUID]:
        """{value as stored: term id} for the accepted suggestions of this kind (for the SQL form
        of the rule: the few distinct values, resolved here)."""
        values = session.scalars(select(Suggestion.value).distinct().where(Suggestion.kind == kind,
                                                                          Suggestion.status == ACCEPTED))
        found = {value: self.term(kind, value) for value in values}
        return {value: term.id for value, term in found.items() if term is not None}


def category_value(value: str) -> int | None:
    """A suggested action category as a number, None when it is not one of 1-5."""
    text = str(value).strip()
    return int(text) if text.isdigit() and int(text) in ACTION_CATEGORIES else None


def persons_terms(kind: str, term_ids: Iterable[uuid.UUID], accepted_values: Iterable[str],
                  lookup: TermLookup) -> set[uuid.UUID]:
    """The recommendation's terms of this kind that a person or a document gave: those that no
    accepted suggestion of the recommendation names (by any name the term has had)."""
    from_suggestions = {term.id for term in (lookup.term(kind, v) for v in accepted_values) if term is not None}
    return {term_id for term_id in term_ids if term_id not in from_suggestions}


def persons_value(kind: str, *, action_category: int | None, term_ids: Iterable[uuid.UUID],
                  accepted_values: Iterable[str], lookup: TermLookup) -> bool:
    """Whether a person or a document set a value of this kind on the recommendation (a value
    that came from one of its accepted suggestions does not count)."""
    if kind == ACTION_CATEGORY:
        return action_category is not None and str(action_category) not in {str(v).strip() for v in accepted_values}
    return bool(persons_terms(kind, term_ids, accepted_values, lookup))


def person_term_exists(recommendation_id: SQLColumnExpression[uuid.UUID], kind: str, named: dict[str, uuid.UUID]
                       ) -> Exists:
    """SQL form of persons_value for a term kind: the recommendation has a term of the kind's
    vocabulary that no accepted suggestion of it names. `named`: accepted_term_names(kind)."""
    accepted = aliased(Suggestion)
    if named:
        names_the_term = case(named, value=accepted.value, else_=None) == recommendation_term.c.term_id
        by_suggestion: ColumnElement[bool] = exists(select(1).where(
            # (correlated to the link's own column: the enclosing query's table is one level up)
            accepted.recommendation_id == recommendation_term.c.recommendation_id, accepted.kind == kind,
            accepted.status == ACCEPTED, names_the_term))
    else:
        by_suggestion = false()
    return exists(
        select(1).select_from(recommendation_term.join(Term, Term.id == recommendation_term.c.term_id))
        .where(recommendation_term.c.recommendation_id == recommendation_id, Term.vocabulary == VOCABULARY_OF[kind],
               not_(by_suggestion)))
