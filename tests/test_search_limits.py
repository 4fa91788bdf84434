"""A search of many alternatives or exclusions: the query given to FTS5 stays flat (its parser
overflows on nested operators), means what the user typed, and beyond a limit is refused by name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.search import search
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.fulltext import MAX_SEARCH_TERMS, fts_query

SECRET = "correct horse battery staple"


def fill(db: Database) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    for number in range(1, 6):
        recommendations.add_recommendation(db, review, f"Abolish the death penalty, marker{number}",
                                           label=f"97.{number}")


@pytest.fixture(params=["plain", "encrypted"])
def filled(request: pytest.FixtureRequest, db_path: Path) -> Database:
    passphrase = Passphrase(SECRET) if request.param == "encrypted" else None
    database = Database.open(db_path, actor="tester", passphrase=passphrase)
    fill(database)
    yield database
    database.close()


def alternatives(count: int) -> str:
    """`count` words joined by OR, the last of which alone is in the database."""
    return " OR ".join([f"absent{i}" for i in range(count - 1)] + ["marker3"])


def exclusions(count: int) -> str:
    """One word and `count - 1` exclusions, the last of which alone is in the database."""
    return "death " + " ".join([f"-absent{i}" for i in range(count - 2)] + ["-marker3"])


def labels(db: Database, query: str) -> list[str]:
    return sorted(hit.title.rsplit(" ", 1)[-1] for hit in search(db, query, kinds=["recommendation"]))


@pytest.mark.parametrize("count", [10, 100, 500])
def test_many_alternatives_and_exclusions_search_as_typed(filled: Database, count: int) -> None:
    assert count <= MAX_SEARCH_TERMS
    assert labels(filled, alternatives(count)) == ["97.3"]
    assert labels(filled, exclusions(count)) == ["97.1", "97.2", "97.4", "97.5"]
    wanted = recommendations.RecommendationFilter(text_query=alternatives(count))
    assert len(recommendations.list_recommendation_ids(filled, wanted)) == 1


def test_more_terms_than_allowed_are_refused_saying_how_many(filled: Database) -> None:
    too_many = MAX_SEARCH_TERMS + 1
    for query in (alternatives(too_many), exclusions(too_many)):
        with pytest.raises(InvalidValueError) as raised:
            search(filled, query)
        assert f"{too_many} " in str(raised.value) and f"at most {MAX_SEARCH_TERMS}" in str(raised.value)


def test_the_command_line_searches_many_terms_and_refuses_too_many_in_one_line(db_path: Path, capsys) -> None:
    with Database.open(db_path) as db:
        fill(db)
    assert main(["search", "--db", str(db_path), alternatives(500)]) == 0
    assert "97.3" in capsys.readouterr().out
    assert main(["search", "--db", str(db_path), exclusions(MAX_SEARCH_TERMS + 1)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"at most {MAX_SEARCH_TERMS}" in err and "Traceback" not in err


@pytest.mark.usefixtures("gui_settings")
def test_the_window_s_search_box_takes_many_terms(qtbot, db: Database) -> None:
    from tests.test_gui_main_window import labels_shown, open_window
    fill(db)
    window = open_window(qtbot, db)
    window.search_box.setText(alternatives(500))
    window.run_query()
    qtbot.waitUntil(lambda: labels_shown(window) == ["97.3"], timeout=10_000)
    window.search_box.setText(exclusions(500))
    window.run_query()
    qtbot.waitUntil(lambda: sorted(labels_shown(window)) == ["97.1", "97.2", "97.4", "97.5"], timeout=10_000)


# -- what the query means, whatever its length -----------------------------------------------------

VOCABULARY = [f"v{i}" for i in range(8)]


def expected(documents: list[set[str]], tokens: list[str]) -> set[int]:
    """What the user syntax means: words all match, `OR` joins a word to the one before, `-word`
    excludes."""
    groups: list[list[str]] = []
    negatives: list[str] = []
    pending_or = False
    for token in tokens:
        if token == "OR":
            pending_or = bool(groups)
        elif token.startswith("-"):
            negatives.append(token[1:])
        elif pending_or:
            groups[-1].append(token)
            pending_or = False
        else:
            groups.append([token])
    return {index for index, words in enumerate(documents)
            if all(any(w in words for w in group) for group in groups) and not any(n in words for n in negatives)}


@pytest.fixture(scope="module")
def corpus() -> tuple[sqlite3.Connection, list[set[str]]]:
    import random
    chooser = random.Random(13)
    documents = [set(chooser.sample(VOCABULARY, chooser.randint(1, 5))) for _ in range(200)]
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    connection.executemany("INSERT INTO t (rowid, body) VALUES (?, ?)",
                           [(index, " ".join(sorted(words))) for index, words in enumerate(documents)])
    return connection, documents


tokens = st.lists(st.sampled_from(VOCABULARY + ["OR"] * 4 + [f"-{w}" for w in VOCABULARY]), min_size=1, max_size=400)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tokens)
def test_a_query_of_any_length_means_what_was_typed(corpus, typed: list[str]) -> None:
    connection, documents = corpus
    try:
        query = fts_query(" ".join(typed))
    except InvalidValueError:
        assert not any(t != "OR" and not t.startswith("-") for t in typed)  # nothing to look for
        return
    found = {row[0] for row in connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,))}
    assert found == expected(documents, typed)
