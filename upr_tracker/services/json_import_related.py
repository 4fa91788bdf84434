"""The JSON import's "related" links: each recommendation's links to recommendations of other cycles
(recommended again), named by State, cycle and label, with their status (suggested or confirmed).

A link the file has and this database lacks is added with the file's status. A suggestion here that
the file has confirmed (or rejected) takes the person's decision; a decision taken here is never
undone by a file that still holds the suggestion.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from upr_tracker.services.json_import_reading import RelatedIn
from upr_tracker.storage.models import Recommendation, RecommendationLink, Review, State, table_of

if TYPE_CHECKING:
    from upr_tracker.services.json_import_writing import ExportWriter

# Which status wins when the same pair comes twice (a record on each side of the link).
_RANK = {"suggested": 0, "rejected": 1, "confirmed": 2}

Place = tuple[str, int, str]  # State ISO3, cycle, label


def write_related_links(writer: ExportWriter) -> None:
    records = [r for r in writer.export.recommendations if r.related]
    if not records:
        return
    in_file: dict[Place, uuid.UUID] = {
        (r.state.upper(), r.cycle, r.label): writer.recommendations[r.id]
        for r in writer.export.recommendations if r.state and r.cycle and r.label}
    outside = _recommendations_here(writer, {
        (e.state.upper(), e.cycle, e.label) for r in records for e in r.related} - set(in_file))
    wanted: dict[tuple[uuid.UUID, uuid.UUID], RelatedIn] = {}
    for record in records:
        own = writer.recommendations[record.id]
        for entry in record.related:
            place = (entry.state.upper(), entry.cycle, entry.label)
            other = in_file.get(place) or outside.get(place)
            if other is None:
                writer.report.left_out("links", f"{entry.where}: {entry.state} has no recommendation {entry.label} "
                                                f"of cycle {entry.cycle} in the file or here; the link is left out")
                continue
            if other == own or record.cycle is None:
                continue
            if entry.cycle == record.cycle:
                writer.report.left_out("links", f"{entry.where}: {entry.label} is of the same cycle "
                                                f"({entry.cycle}) as the recommendation; the link is left out")
                continue
            pair = (other, own) if entry.cycle < record.cycle else (own, other)
            if pair not in wanted or _RANK[entry.status] > _RANK[wanted[pair].status]:
                wanted[pair] = entry
    here = _links_here(writer, {earlier for earlier, _later in wanted})
    for pair, entry in wanted.items():
        if pair in writer.links:
            continue  # added just now from later_recommendation_ids (confirmed)
        if pair in here:
            link = here[pair]
            if link.status == "suggested" and entry.status != "suggested":
                link.status = entry.status
                link.decided_by = writer.actor
                link.decided_at = writer.now
                writer.report.count("links", "updated")
            elif pair not in writer.links_here:
                writer.report.count("links", "unchanged")
            continue
        writer.links.add(pair)
        writer._queue(table_of(RecommendationLink), {
            "id": uuid.uuid4(), "earlier_id": pair[0], "later_id": pair[1], "kind": entry.kind,
            "comment": None, "status": entry.status, "score": entry.score,
            "decided_by": None if entry.status == "suggested" else writer.actor,
            "decided_at": None if entry.status == "suggested" else writer.now,
            "created_at": writer.now, "updated_at": writer.now}, "links")


def _recommendations_here(writer: ExportWriter, places: set[Place]) -> dict[Place, uuid.UUID]:
    """This database's recommendations at these places (those the file names but does not hold)."""
    found: dict[Place, uuid.UUID] = {}
    for iso3, cycle in {(state, cycle) for state, cycle, _label in places}:
        labels = [label for state, c, label in places if (state, c) == (iso3, cycle)]
        for rec_id, label in writer.session.execute(
                select(Recommendation.id, Recommendation.label)
                .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
                .where(State.iso3 == iso3, Review.cycle == cycle, Recommendation.label.in_(labels))):
            if label is not None:   # (the query asks for these labels)
                found.setdefault((iso3, cycle, label), rec_id)
    return found


def _links_here(writer: ExportWriter, earlier_ids: set[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], RecommendationLink]:
    ids = list(earlier_ids)
    found: dict[tuple[uuid.UUID, uuid.UUID], RecommendationLink] = {}
    for start in range(0, len(ids), 500):
        for link in writer.session.scalars(
                select(RecommendationLink).where(RecommendationLink.earlier_id.in_(ids[start:start + 500]))):
            found[(link.earlier_id, link.later_id)] = link
    return found
