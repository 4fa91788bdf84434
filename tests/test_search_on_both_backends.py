"""The same search syntax finds the same records on SQLite (FTS5) and PostgreSQL (tsvector): one table
of queries with what each must find, run on both backends; snippets marked; the limit on terms;
whatever is typed, never an error but InvalidValueError."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from upr_tracker.errors import InvalidValueError
from upr_tracker.services import milestones, notes, recommendations, reviews
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
)
from upr_tracker.services.search import count_hits, search
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import MAX_SEARCH_TERMS, where_found

TEXTS = {
    "1": "Évaluation indépendante de la détention provisoire",
    "2": "Conduct an evaluation of the death penalty moratorium",
    "3": "Отменить смертной казни во всех случаях",
    "4": "Abolish the death-penalty and ratify the Second Optional Protocol",
    "5": "إلغاء عقوبة الإعدام والتصديق على البروتوكول",
    "6": "考虑废除死刑并批准第二任择议定书",
    "7": "Strengthen the National Human Rights Commission (A/HRC/14/10, para. 97.3)",
    "8": "Ratification of the Rome Statute; penalties for torture",
    "9": "يُوصِي بإنشاءِ مؤسسةٍ وطنيةٍ لحقوقِ الإنسانِ",  # with its vowel marks
    "10": "日本語の人権教育を強化すること",
}


@pytest.fixture
def texts(db: Database) -> dict[str, uuid.UUID]:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    ids = {label: recommendations.add_recommendation(db, review, body, label=label) for label, body in TEXTS.items()}
    notes.add_note(db, "Rencontre avec le MÉDIATEUR au sujet de la détention", recommendation_id=ids["8"])
    milestones.add_milestone(db, "KAZ", "moratorium", "Мораторий на смертную казнь", date="2003-12",
                             recommendation_ids=[ids["3"]])
    return ids


def labels(db: Database, query: str) -> set[str]:
    found = {hit.id for hit in search(db, query, kinds=["recommendation"])}
    return {label for label, rec in _ids(db).items() if rec in found}


def _ids(db: Database) -> dict[str, uuid.UUID]:
    rows = recommendations.recommendation_rows(db, list_recommendation_ids(db))
    return {row.label: row.id for row in rows}


# query: the labels of the recommendations it finds, on either backend
QUERIES = {
    "evaluation": {"1", "2"},
    "Évaluation": {"1", "2"},
    "ÉVALUATION": {"1", "2"},
    "DETENTION provisoire": {"1"},
    '"death penalty"': {"2", "4"},
    '"penalty death"': set(),
    "penalt*": {"2", "4", "8"},
    '"death pen*"': set(),  # a star inside quotes is no prefix
    "ratif*": {"4", "8"},
    "moratorium OR protocol": {"2", "4"},
    "death -moratorium": {"4"},
    "death -moratorium -protocol": set(),
    "смертной казни": {"3"},
    '"смертной казни"': {"3"},
    "СМЕРТНОЙ": {"3"},
    "الإعدام": {"5"},
    "عقوبة OR torture": {"5", "8"},
    "A/HRC/14/10": {"7"},
    "hrc": {"7"},
    "97.3": {"7"},
    "death-penalty": {"2", "4"},  # a phrase of two words, as "death penalty"
    "rome's": set(),
    "_": set(),
    "death _": set(),
    "death OR _": {"2", "4"},
    'AND NEAR( "unbalanced': set(),
    "death:* & !rome | (x": set(),
    # Chinese and Japanese: a word inside a run of characters, whatever its length
    "死刑": {"6"},
    "死": {"6"},
    "书": {"6"},  # the last character of a run
    "废除死刑": {"6"},
    '"废除死刑"': {"6"},
    "死刑 OR torture": {"6", "8"},
    "death -死刑": {"2", "4"},
    "死刑 -议定书": set(),
    "死刑制": set(),
    "死刑 death": set(),
    "死刑*": {"6"},
    "人権": {"10"},
    "の": {"10"},
    "人権教育 OR 死刑": {"6", "10"},
    "教育する": set(),
    # Arabic: with or without the marks, whatever the form of alef, ى/ي and ة/ه
    "مؤسسة": {"9"},
    "مُؤَسَّسَةٍ": {"9"},
    "الانسان": {"9"},
    "الإنسانِ": {"9"},
    "يوصى": {"9"},
    "عقوبه": {"5"},
    "علي": {"5"},
    "الاعدام": {"5"},
    "اَلْإِعْدَامُ": {"5"},
    '"عُقُوبَة الإعدام"': {"5"},
    '"الإعدام عقوبة"': set(),
    "وطني*": {"9"},
    "مؤسسة -لحقوق": set(),
    "إلغاء OR مؤسسة": {"5", "9"},
    "ـمؤسسة": {"9"},  # a tatweel
    "وص": set(),  # not a word of يُوصِي, whose marks are inside it
}


def test_each_query_finds_the_same_recommendations_on_both_backends(texts, db: Database) -> None:
    found = {query: labels(db, query) for query in QUERIES}
    assert found == QUERIES
    filtered = {query: {label for label, rec in texts.items()
                        if rec in list_recommendation_ids(db, RecommendationFilter(text_query=query))}
                for query in QUERIES}
    assert filtered == QUERIES


def test_words_of_notes_and_milestones_find_their_recommendations(texts, db: Database) -> None:
    assert {h.kind for h in search(db, "mediateur")} == {"note"}
    assert {h.kind for h in search(db, "мораторий")} == {"milestone"}
    found = list_recommendation_ids(db, RecommendationFilter(text_query="мораторий OR médiateur"))
    assert set(found) == {texts["3"], texts["8"]}
    assert where_found_by_label(db, texts, "мораторий OR médiateur OR détention") == {
        "1": {"recommendation"}, "3": {"milestone"}, "8": {"note"}}


def where_found_by_label(db: Database, texts: dict[str, uuid.UUID], query: str) -> dict[str, set[str]]:
    with db.read() as session:
        found = where_found(session, query, list(texts.values()))
    return {label: found[rec] for label, rec in texts.items() if rec in found}


def test_a_chinese_word_is_found_inside_a_longer_sentence(texts, db: Database) -> None:
    assert labels(db, "死刑") == {"6"}
    assert labels(db, "废除死刑") == {"6"}
    assert labels(db, "死刑 OR torture") == {"6", "8"}
    assert labels(db, "死") == {"6"}  # one character: no trigram, found all the same
    assert labels(db, "death -死刑") == {"2", "4"}
    assert labels(db, "死刑 -议定书") == set()
    assert labels(db, "死刑制") == set()
    [hit] = search(db, "死刑")
    assert [s.text for s in hit.snippet if s.match] == ["死刑"]
    assert where_found_by_label(db, texts, "死刑") == {"6": {"recommendation"}}


def test_the_chinese_substring_match_goes_through_the_trigram_index(texts, db: Database) -> None:
    if db.path is not None:
        pytest.skip("the trigram index is PostgreSQL's")
    with db.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(row[0] for row in session.execute(text(
            "EXPLAIN SELECT id FROM search_document WHERE cjk_text ILIKE '%废除死刑%'")))
    assert "ix_search_document_cjk_text" in plan


def test_snippets_mark_the_words_found_whatever_their_case_and_accents(texts, db: Database) -> None:
    [hit] = search(db, "detention provisoire", kinds=["recommendation"])
    assert [s.text for s in hit.snippet if s.match] == ["détention", "provisoire"]
    [hit] = search(db, "смертной")
    assert [s.text.lower() for s in hit.snippet if s.match] == ["смертной"]
    hits = search(db, "evaluation")
    assert {s.text for hit in hits for s in hit.snippet if s.match} == {"Évaluation", "evaluation"}
    assert {hit.snippet_text for hit in hits} <= set(TEXTS.values())


def test_snippets_of_arabic_chinese_and_japanese_show_the_original_text_marked(texts, db: Database) -> None:
    [hit] = search(db, "مؤسسة الانسان")
    assert hit.snippet_text == TEXTS["9"]
    assert [s.text for s in hit.snippet if s.match] == ["مؤسسةٍ", "الإنسانِ"]
    [hit] = search(db, "عقوبه OR xyz")
    assert [s.text for s in hit.snippet if s.match] == ["عقوبة"]
    [hit] = search(db, '"人権教育"')
    assert hit.snippet_text == TEXTS["10"]
    assert [s.text for s in hit.snippet if s.match] == ["人権教育"]


def test_counts_and_limits_agree(texts, db: Database) -> None:
    assert count_hits(db, "death OR détention") == 4  # three recommendations and the note
    assert len(search(db, "death OR détention", limit=2)) == 2


def many(count: int) -> str:
    return " OR ".join([f"absent{i}" for i in range(count - 1)] + ["moratorium"])


def test_five_hundred_terms_are_searched_and_one_more_is_refused(texts, db: Database) -> None:
    assert labels(db, many(MAX_SEARCH_TERMS)) == {"2"}
    assert labels(db, "death " + " ".join(f"-absent{i}" for i in range(MAX_SEARCH_TERMS - 2)) + " -moratorium") == {"4"}
    assert len(list_recommendation_ids(db, RecommendationFilter(text_query=many(MAX_SEARCH_TERMS)))) == 1
    with pytest.raises(InvalidValueError, match=f"at most {MAX_SEARCH_TERMS}"):
        search(db, many(MAX_SEARCH_TERMS + 1))


ALPHABET = st.sampled_from(list("aeé Ж死刑のأىةَـ\"'*-:&|!()<>\\%_.,;/@") + ["OR", " OR ", "death", "\x00", "\n"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_whatever_is_typed_is_searched_or_refused_by_name(texts, db: Database, typed: str) -> None:
    try:
        search(db, typed)
        count_hits(db, typed)
        found = list_recommendation_ids(db, RecommendationFilter(text_query=typed))
        with db.read() as session:
            where_found(session, typed, list(texts.values()))
    except InvalidValueError:
        return
    assert len(found) <= len(TEXTS)
