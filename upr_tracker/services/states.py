"""States: finding one by code or by any of the names documents use."""

from __future__ import annotations


from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.close_matches import close_matches
from upr_tracker.domain.names import name_keys
from upr_tracker.errors import NotFoundError
from upr_tracker.i18n.state_names import iso3_of_name
from upr_tracker.services.values import StateInfo
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import State, StateName


def state_info(state: State) -> StateInfo:
    return StateInfo(state.id, state.iso3, state.name, state.regional_group, state.status)


def resolve_state(session: Session, name_or_code: str, *, field: str = "state") -> State:
    """The State with this ISO 3166 alpha-3 code or this name (any spelling the database knows, or
    its name in any of the six UN languages)."""
    wanted = name_or_code.strip()
    if len(wanted) == 3 and wanted.isalpha():
        state = session.scalar(select(State).where(State.iso3 == wanted.upper()))
        if state is not None:
            return state
    for key in name_keys(wanted):
        state = session.scalar(select(State).join(StateName).where(StateName.name_key == key))
        if state is not None:
            return state
    # A name in another of the UN's languages ("Fédération de Russie", "Российская Федерация").
    code = iso3_of_name(wanted)
    if code is not None:
        state = session.scalar(select(State).where(State.iso3 == code))
        if state is not None:
            return state
    known = list(session.scalars(select(StateName.name)))
    close = close_matches(wanted, known, n=3, cutoff=0.75)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise NotFoundError(f"{field}: no State called {wanted!r}{hint}")


def find_state(db: Database, name_or_code: str) -> StateInfo:
    with db.read() as session:
        return state_info(resolve_state(session, name_or_code))


def list_states(db: Database) -> list[StateInfo]:
    with db.read() as session:
        return [state_info(s) for s in session.scalars(select(State).order_by(State.name))]
