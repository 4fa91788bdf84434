"""Search in every script, on both engines: every word of texts made in Latin with accents, Cyrillic,
Arabic with and without marks, Chinese and Japanese is found in every text that has it, in any of
its forms, and a word in no text finds nothing (recall 1.0, no false hit: the figures are printed).
The folding of the index and of a query agree; databases made before it are folded when upgraded,
on both engines and encrypted."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given
from hypothesis import strategies as st

from tests.script_texts import SCRIPTS, script_texts
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
)
from upr_tracker.services.search import count_hits, search
from upr_tracker.storage import schema_upgrade
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.engine import create_sqlite_engine
from upr_tracker.storage.search_folding import (
    ARABIC_DROPPED,
    ARABIC_FROM,
    ARABIC_TO,
    fold_arabic,
    indexed_form,
    marked_snippet,
)
from upr_tracker.storage.search_syntax import (
    MATCH_END,
    MATCH_START,
    SearchTerm,
    split_snippet,
)


def found(db: Database, query: str) -> set[uuid.UUID]:
    return set(list_recommendation_ids(db, RecommendationFilter(text_query=query)))


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_word_is_found_in_every_text_that_has_it_and_nowhere_else(db: Database, script: str) -> None:
    made = script_texts(script)
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    ids = [recommendations.add_recommendation(db, review, text, label=str(i)) for i, text in enumerate(made.texts)]
    expected_hits = found_hits = false_hits = 0
    wrong: dict[str, tuple[set[int], set[int]]] = {}
    for query, expected in made.queries.items():
        hits = {ids.index(rec) for rec in found(db, query)}
        expected_hits += len(expected)
        found_hits += len(hits & expected)
        false_hits += len(hits - expected)
        if hits != expected:
            wrong[query] = (expected, hits)
    recall = found_hits / expected_hits
    print(f"{script}: {len(made.queries)} queries over {len(made.texts)} texts, recall {recall:.3f},"
          f" {false_hits} false hits")
    assert wrong == {}
    assert recall == 1.0 and false_hits == 0
    assert sum(1 for expected in made.queries.values() if not expected) >= 5  # words held back (some are inside others in Japanese)


def test_the_migration_folds_arabic_as_the_package_does() -> None:
    import importlib.util

    from importlib.resources import as_file, files

    # The migrations ship inside the package: found where an installed app finds them.
    with as_file(files("upr_tracker.migrations").joinpath("versions", "0018_search_in_every_script.py")) as path:
        spec = importlib.util.spec_from_file_location("migration_0018", path)
        assert spec is not None and spec.loader is not None
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
    assert (migration.ARABIC_DROPPED, migration.ARABIC_FROM, migration.ARABIC_TO) == (
        ARABIC_DROPPED, ARABIC_FROM, ARABIC_TO)


ARABIC = st.text(st.sampled_from([*"ابتةىأإآٱيهـ", *ARABIC_DROPPED[:8], " "]), max_size=30)


@given(ARABIC)
def test_folding_arabic_is_idempotent_and_drops_every_mark(text: str) -> None:
    folded = fold_arabic(text)
    assert fold_arabic(folded) == folded
    assert not set(folded) & set(ARABIC_DROPPED + ARABIC_FROM)


@given(st.text(st.sampled_from([*"abcé Жж.,-"]), max_size=40))
def test_text_without_arabic_chinese_or_japanese_costs_the_index_nothing(text: str) -> None:
    assert indexed_form(text, text) is None


def test_a_chinese_run_is_indexed_as_its_pairs_then_its_last_character() -> None:
    assert indexed_form("死刑", "关于废除死刑。UPR审议").split() == [
        "死刑", "刑", "关于", "于废", "废除", "除死", "死刑", "刑", "。UPR", "审议", "议"]


def _at_0017_with_texts(db: Database) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    recommendations.add_recommendation(db, review, "考虑废除死刑并批准第二任择议定书", label="1")
    recommendations.add_recommendation(db, review, "إلغاءُ عُقوبةِ الإعدامِ", label="2")
    recommendations.add_recommendation(db, review, "Abolish the death penalty", label="3")
    with db.engine.begin() as connection:
        command.downgrade(schema_upgrade.alembic_config(connection), "0017")


def _found_after_the_upgrade(db: Database) -> None:
    assert {h.snippet_text for h in search(db, "死刑")} == {"考虑废除死刑并批准第二任择议定书"}
    assert {h.snippet_text for h in search(db, "عقوبه الاعدام")} == {"إلغاءُ عُقوبةِ الإعدامِ"}
    assert {h.snippet_text for h in search(db, "death")} == {"Abolish the death penalty"}
    review = reviews.list_reviews(db)[0].id
    recommendations.add_recommendation(db, review, "日本語の人権教育", label="4")  # the triggers fold too
    assert {h.snippet_text for h in search(db, "人権")} == {"日本語の人権教育"}


def test_an_index_made_before_folding_is_folded_at_the_upgrade(db_target, tmp_path: Path) -> None:
    with Database.open(db_target, create=True, actor="tester") as db:
        _at_0017_with_texts(db)
        assert count_hits(db, "عقوبه الاعدام") == 0  # the index was not folded before 0018
    with Database.open(db_target, create=False, actor="tester") as db:
        assert db.last_migration_backup is not None
        _found_after_the_upgrade(db)


def test_an_encrypted_database_is_folded_at_the_upgrade(tmp_path: Path) -> None:
    key = Passphrase("correct horse battery staple")
    path = tmp_path / "encrypted.sqlite3"
    engine = create_sqlite_engine(path, key)
    schema_upgrade.upgrade_to_head(engine, None)
    engine.dispose()
    with Database.open(path, create=False, passphrase=key, actor="tester") as db:
        _at_0017_with_texts(db)
    with Database.open(path, create=False, passphrase=key, actor="tester") as db:
        assert db.last_migration_backup is not None
        _found_after_the_upgrade(db)


MIXED = st.text(st.sampled_from([*"abé Жж死刑のテأإةىَُـ،。 .-"]), max_size=80)


@given(MIXED, st.lists(st.text(st.sampled_from([*"aé死のأةَ "]), min_size=1, max_size=4), max_size=3),
       st.sampled_from([4, 12, 24]))
def test_a_snippet_cut_here_is_a_piece_of_the_original_text_with_only_found_words_marked(
        text: str, words: list[str], length: int) -> None:
    terms = [SearchTerm(w) for w in words]
    snippet = marked_snippet(text, terms, length)
    plain = snippet.replace(MATCH_START, "").replace(MATCH_END, "")
    assert plain.strip("…") in text
    assert snippet.count(MATCH_START) == snippet.count(MATCH_END)
    assert all(piece.strip() for piece, is_match in split_snippet(snippet) if is_match)
