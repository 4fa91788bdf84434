"""The file name an export suggests says what it holds, and is one every file system accepts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.services.export_names import export_file_stem
from upr_tracker.services.recommendations import RecommendationFilter


def test_without_narrowing_it_is_plain_recommendations() -> None:
    assert export_file_stem(RecommendationFilter()) == "recommendations"


def test_it_names_the_state_cycle_filters_and_search() -> None:
    wanted = RecommendationFilter(state="KAZ", cycle=1, position="noted", theme="Death penalty",
                                  implementation_level="partially_implemented", needs_review=True,
                                  text_query="torture")
    assert export_file_stem(wanted) == (
        "recommendations KAZ cycle 1 noted partially implemented Death penalty needs review search torture")


def test_a_chosen_review_is_named_by_its_state_cycle_and_session() -> None:
    stem = export_file_stem(RecommendationFilter(review_id=None, position="none"), state="FRA", cycle=2, session=15)
    assert stem == "recommendations FRA cycle 2 session 15 no position"


def test_characters_a_file_system_refuses_are_left_out() -> None:
    stem = export_file_stem(RecommendationFilter(text_query='"a phrase" OR a/b OR c:d*'))
    assert stem == "recommendations search a phrase OR a b OR c d"


@given(st.text(), st.text(), st.sampled_from([None, "KAZ", "France"]))
def test_any_search_gives_a_short_name_a_file_system_accepts(query: str, theme: str, state: str | None) -> None:
    stem = export_file_stem(RecommendationFilter(text_query=query or None, theme=theme or None, state=state))
    assert stem.startswith("recommendations")
    assert 0 < len(stem) <= 100
    assert not any(c in stem for c in '\\/:*?"<>|') and all(ord(c) >= 32 and c != "\x7f" for c in stem)
    assert stem == stem.strip() and not stem.endswith(".")
