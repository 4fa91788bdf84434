"""Guessing the State a document is about when it does not say it plainly: the States whose
names are close to what it wrote, else the States it names most often. Offered to the user to
choose from, never taken silently."""

from __future__ import annotations


from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.close_matches import close_matches
from upr_tracker.errors import NotFoundError
from upr_tracker.parsing.wg_report_identity import likeliest_state_names
from upr_tracker.services.states import resolve_state
from upr_tracker.storage.models import State, StateName


def guessed_states(session: Session, written: str | None, text: str | None) -> list[str]:
    """ISO3 codes of the likeliest States, best first."""
    found: list[str] = []
    if written:
        names = {name: iso3 for name, iso3 in session.execute(select(StateName.name, State.iso3).join(State))}
        names.update({name: iso3 for name, iso3 in session.execute(select(State.name, State.iso3))})
        found += [names[name] for name in close_matches(written, list(names), n=3, cutoff=0.75)]
    for name in likeliest_state_names(text or ""):
        try:
            found.append(resolve_state(session, name).iso3)
        except NotFoundError:
            continue
    return list(dict.fromkeys(found))
