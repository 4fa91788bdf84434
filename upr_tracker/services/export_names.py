"""The file name an export suggests: what it holds (State, cycle, session, position, theme, search...),
so that several exports of one database are told apart in a folder."""

from __future__ import annotations

import re

from upr_tracker.services.recommendations import RecommendationFilter

# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_REFUSED = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_LONGEST = 100  # leaves room for the folder and the extension within common path limits


def export_file_stem(wanted: RecommendationFilter, *, state: str | None = None, cycle: int | None = None,
                     session: int | None = None, plan: str | None = None) -> str:
    """A file name, without extension, naming what `wanted` exports. `state`, `cycle` and `session`
    name a chosen review, `plan` a chosen plan of action (the filter holds only their ids). Without
    any narrowing: "recommendations"."""
    parts: list[str] = [f"of the plan {plan}"] if plan else []
    state = wanted.state or state
    cycle = wanted.cycle or cycle
    session = wanted.session or session
    if state:
        parts.append(state)
    if cycle:
        parts.append(f"cycle {cycle}")
    if session:
        parts.append(f"session {session}")
    if wanted.position:
        parts.append("no position" if wanted.position == "none" else wanted.position.replace("_", " "))
    if wanted.implementation_level:
        parts.append(wanted.implementation_level.replace("_", " "))
    for value in (wanted.theme, wanted.sdg):
        if value:
            parts.append(value)
    if wanted.recommending_state:
        parts.append(f"from {wanted.recommending_state}")
    if wanted.regional_group:
        parts.append(f"from {wanted.regional_group}")
    if wanted.action_category:
        parts.append(f"category {wanted.action_category}")
    for flag, words in ((wanted.needs_review, "needs review"),
                        (wanted.considered_implemented, "considered implemented"),
                        (wanted.has_milestones, "with milestones"), (wanted.has_notes, "with notes")):
        if flag:
            parts.append(words)
    if wanted.text_query:
        parts.append(f"search {wanted.text_query}")
    name = " ".join(_REFUSED.sub(" ", " ".join(["recommendations", *parts])).split())
    return name[:_LONGEST].rstrip(" .") or "recommendations"
