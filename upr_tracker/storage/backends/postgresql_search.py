"""Full-text search on PostgreSQL: a tsvector per document (GIN index), and pg_trgm for Chinese and
Japanese text.

The index is made by migration 0013 and kept in step by triggers: `search_document` holds each
recommendation's, response's, milestone's and note's title and body, their words (`words`, through
the `upr_search` configuration: case and accents folded, no stemming, as SQLite's unicode61; Arabic
folded by upr_search_words as storage.search_folding folds it, migration 0018) and,
for text with Chinese or Japanese characters, the text itself (`cjk_text`), where a term of those
scripts is found as a substring: they are written without spaces, so a word is inside a longer run.

What the user typed is parsed once (storage.search_syntax) and handed to the database as three
arrays (the terms, which are prefixes, the group of each); `upr_search_query` (migration 0013) makes
each term a tsquery (its words in a row, `:*` on the last for a prefix) and joins them flat:
`(a | b) & c & !(x | y)`. The terms are bound parameters: nothing typed can be an SQL or tsquery
syntax error.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnClause,
    ColumnElement,
    Integer,
    String,
    Text,
    Uuid,
    and_,
    any_,
    bindparam,
    column,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from upr_tracker.storage.backends.base import FulltextMatch, own_snippets
from upr_tracker.storage.search_folding import positive_terms
from upr_tracker.storage.search_syntax import (
    MATCH_END,
    MATCH_START,
    SearchTerm,
    parse_search,
)

search_document = table(
    "search_document",
    column("id", Integer),
    column("kind", String),
    column("ref_id", Uuid),
    column("title", Text),
    column("body", Text),
    column("words", TSVECTOR),
    column("cjk_text", Text),
)
_response_link = table("response_recommendation", column("response_id", Uuid), column("recommendation_id", Uuid))
_milestone_link = table("milestone_recommendation", column("milestone_id", Uuid), column("recommendation_id", Uuid))
_note = table("note", column("id", Uuid), column("recommendation_id", Uuid), column("confidential", Boolean))

_CONFIG: ColumnClause[Any] = literal_column("'upr_search'::regconfig")

# The scripts written without spaces between words (the same ranges as migration 0013's).
_CJK = re.compile("[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31f0-\u31ff\u3400-\u4dbf"
                  "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]")
# The words of a term, for substring matching: what is not a letter or digit separates them.
_WORD = re.compile(r"[^\W_]+")

# Snippets: as long as SQLite's (12 words of a title, 24 of a body), in up to two fragments.
_TITLE_OPTIONS = (f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=12, MinWords=4, MaxFragments=1,"
                  " FragmentDelimiter=\" … \"")
_BODY_OPTIONS = (f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=14, MinWords=6, MaxFragments=2,"
                 " FragmentDelimiter=\" … \"")


def _is_cjk(term: SearchTerm) -> bool:
    return bool(_CJK.search(term.text))


def _term_query(term: SearchTerm) -> ColumnElement[Any]:
    return func.upr_search_term(bindparam(None, term.text, type_=Text), term.prefix, type_=TSQUERY)


def _query_of(terms: list[SearchTerm], groups: list[int]) -> ColumnElement[Any]:
    """One tsquery of these terms (`groups`: the group of each, -1 for an exclusion), built by
    upr_search_query (migration 0013) from three array parameters, flat however many they are."""
    return func.upr_search_query(
        bindparam(None, [t.text for t in terms], type_=ARRAY(Text)),
        bindparam(None, [t.prefix for t in terms], type_=ARRAY(Boolean)),
        bindparam(None, groups, type_=ARRAY(Integer)),
        type_=TSQUERY,
    )


def _cjk_pattern(term: SearchTerm) -> str | None:
    """An ILIKE pattern of the term's words in order (they are letters and digits: nothing to escape)."""
    words = _WORD.findall(term.text)
    return "%" + "%".join(words) + "%" if words else None


def _cjk_match(term: SearchTerm, source: Any) -> ColumnElement[bool]:
    pattern = _cjk_pattern(term)
    if pattern is None:
        return false()
    matched: ColumnElement[bool] = source.c.cjk_text.ilike(bindparam(None, pattern, type_=Text))
    return matched


@dataclass
class _Match:
    """What a search asks of a document: `query` (a tsquery, None when every term is Chinese or
    Japanese) and `condition` (the whole WHERE clause)."""

    query: ColumnElement[Any] | None
    condition: ColumnElement[bool]


def _match(user_text: str, source: Any = search_document) -> _Match:
    """`source`: search_document, or a selection of its rows with their `words` and `cjk_text`."""
    parsed = parse_search(user_text)
    words = source.c.words
    plain: list[SearchTerm] = []
    groups: list[int] = []
    conditions: list[ColumnElement[bool]] = []
    for group in parsed.groups:
        cjk = [t for t in group if _is_cjk(t)]
        if not cjk:
            plain += group
            groups += [len(set(groups))] * len(group)
            continue
        # A group with a Chinese or Japanese term is a condition of its own: a tsquery cannot say
        # "this word, or that substring".
        alternatives = [_cjk_match(t, source) for t in cjk]
        others = [t for t in group if not _is_cjk(t)]
        if others:
            alternatives.insert(0, words.op("@@", return_type=Boolean)(_query_of(others, [0] * len(others))))
        conditions.append(or_(*alternatives).self_group())
    excluded = [t for t in parsed.negatives if not _is_cjk(t)]
    plain += excluded
    groups += [-1] * len(excluded)
    for term in parsed.negatives:
        if _is_cjk(term):
            conditions.append(not_(func.coalesce(_cjk_match(term, source), False)))
    query = _query_of(plain, groups) if plain else None
    if query is not None:
        conditions.insert(0, words.op("@@", return_type=Boolean)(query))
    return _Match(query, and_(*conditions))


def matching_records(user_text: str, kind: str) -> Any:
    """A subquery of the ids of the records of `kind` whose text matches."""
    d = search_document
    return select(d.c.ref_id).where(d.c.kind == kind, _match(user_text).condition).scalar_subquery()


def matching_recommendations(user_text: str, with_confidential: bool = True) -> Any:
    """A subquery of the ids of the recommendations whose text matches, or the text of a response,
    milestone or note attached to them (confidential notes only `with_confidential`). The match
    runs once (a CTE), then the links of the documents found are followed by their keys."""
    d = search_document
    found = select(d.c.kind, d.c.ref_id).where(_match(user_text).condition).cte("found", nesting=True)
    confidential_allowed = true() if with_confidential else not_(_note.c.confidential)
    branches = union_all(
        select(found.c.ref_id.label("rec_id")).where(found.c.kind == "recommendation"),
        select(_response_link.c.recommendation_id).join_from(
            found, _response_link, _response_link.c.response_id == found.c.ref_id).where(found.c.kind == "response"),
        select(_milestone_link.c.recommendation_id).join_from(
            found, _milestone_link, _milestone_link.c.milestone_id == found.c.ref_id
        ).where(found.c.kind == "milestone"),
        select(_note.c.recommendation_id).join_from(found, _note, _note.c.id == found.c.ref_id).where(
            found.c.kind == "note", _note.c.recommendation_id.is_not(None), confidential_allowed),
    ).subquery("matched")
    return select(branches.c.rec_id).scalar_subquery()


def where_found(session: Session, user_text: str, recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    """For these recommendations (a page of the table), where the search finds each: among
    "recommendation", "response", "milestone", "note". Matches only the page's own documents."""
    if not recommendation_ids or not user_text.strip():
        return {}
    d = search_document
    # One array parameter (a list of 200 parameters, four times over, costs more to plan than to run)
    ids = any_(bindparam("page_ids", list(set(recommendation_ids)), type_=ARRAY(Uuid)))
    text_columns = (d.c.words, d.c.cjk_text)
    page = union_all(
        select(*text_columns, d.c.ref_id.label("rec_id"), literal("recommendation").label("found_in")).where(
            d.c.kind == "recommendation", d.c.ref_id == ids),
        select(*text_columns, _response_link.c.recommendation_id, literal("response")).join_from(
            _response_link, d, and_(d.c.kind == "response", d.c.ref_id == _response_link.c.response_id)
        ).where(_response_link.c.recommendation_id == ids),
        select(*text_columns, _milestone_link.c.recommendation_id, literal("milestone")).join_from(
            _milestone_link, d, and_(d.c.kind == "milestone", d.c.ref_id == _milestone_link.c.milestone_id)
        ).where(_milestone_link.c.recommendation_id == ids),
        select(*text_columns, _note.c.recommendation_id, literal("note")).join_from(
            _note, d, and_(d.c.kind == "note", d.c.ref_id == _note.c.id)
        ).where(_note.c.recommendation_id == ids),
    ).cte("page").prefix_with("MATERIALIZED")
    # MATERIALIZED: the page's few documents first, then the match on each; left to itself the
    # planner runs the match over the whole index and joins thousands of documents to the page.
    query = select(page.c.rec_id, page.c.found_in).where(_match(user_text, page).condition).distinct()
    found: dict[uuid.UUID, set[str]] = {}
    for rec_id, kind in session.execute(query):
        found.setdefault(rec_id, set()).add(kind)
    return found


def find_matches(session: Session, user_text: str, kinds: Sequence[str], limit: int) -> list[FulltextMatch]:
    """The best matches, ranked by ts_rank, with snippets of the title and the body (ts_headline,
    computed for the page of results only)."""
    d = search_document
    match = _match(user_text)
    query = match.query if match.query is not None else literal_column("''::tsquery")
    rank = func.ts_rank(d.c.words, query) if match.query is not None else literal(0)
    best = (select(d.c.id, rank.label("rank")).where(d.c.kind.in_(list(kinds)), match.condition)
            .order_by(rank.desc(), d.c.id).limit(limit).subquery("best"))
    rows = session.execute(
        select(d.c.kind, d.c.ref_id,
               func.ts_headline(_CONFIG, d.c.title, query, bindparam("title_options", _TITLE_OPTIONS, type_=Text)),
               func.ts_headline(_CONFIG, d.c.body, query, bindparam("body_options", _BODY_OPTIONS, type_=Text)),
               d.c.title, d.c.body)
        .join_from(best, d, d.c.id == best.c.id).order_by(best.c.rank.desc(), best.c.id)
    )
    # Chinese, Japanese and Arabic text: ts_headline knows neither substrings nor the folding of
    # Arabic marks, so those snippets are cut from the original text as on SQLite.
    terms = positive_terms(parse_search(user_text).groups)
    return [own_snippets(kind, ref_id, title_snippet, body_snippet, title, body, terms)
            for kind, ref_id, title_snippet, body_snippet, title, body in rows]


def count_matches(session: Session, user_text: str, kinds: Sequence[str]) -> int:
    """How many records match, however many find_matches was asked for."""
    d = search_document
    query = select(func.count()).select_from(d).where(d.c.kind.in_(list(kinds)), _match(user_text).condition)
    return int(session.execute(query).scalar_one())
