"""Loading the shipped reference data (States, vocabularies) into a database, once per version."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.names import name_key
from upr_tracker.domain.reference import REFERENCE_DATA_VERSION, shipped_states, shipped_terms
from upr_tracker.storage.models import Setting, State, StateName, Term, TermAlias

SETTING_KEY = "reference_data_version"
# Who the audit trail says loaded the shipped data (every database has the same: sync leaves it).
REFERENCE_DATA_ACTOR = "UPR Tracker (shipped reference data)"


def reference_data_is_current(session: Session) -> bool:
    """Whether the database already has this version's States and vocabularies (a read only, so
    that opening a database for a search never waits for the write lock)."""
    setting = session.get(Setting, SETTING_KEY)
    return setting is not None and json.loads(setting.value) >= REFERENCE_DATA_VERSION


def load_reference_data(session: Session) -> bool:
    """Add the shipped States and terms the database lacks; return whether anything was loaded.

    Runs only when the shipped data is newer than what the database last received, so a term the
    user renamed or merged (its old name kept as an alias) is not added again.
    """
    setting = session.get(Setting, SETTING_KEY)
    if setting is not None and json.loads(setting.value) >= REFERENCE_DATA_VERSION:
        return False
    session.info["actor"] = REFERENCE_DATA_ACTOR
    known_iso3 = set(session.scalars(select(State.iso3)))
    known_state_keys = set(session.scalars(select(StateName.name_key)))
    for entry in shipped_states():
        if entry.iso3 in known_iso3:
            continue
        state = State(iso3=entry.iso3, name=entry.name, regional_group=entry.regional_group, status=entry.status)
        for name in (entry.name, *entry.other_names):
            key = name_key(name)
            if key not in known_state_keys:
                state.other_names.append(StateName(name=name, name_key=key))
                known_state_keys.add(key)
        session.add(state)
    known_terms = {(v, k) for v, k in session.execute(select(Term.vocabulary, Term.name_key))}
    known_terms |= {(v, k) for v, k in session.execute(select(TermAlias.vocabulary, TermAlias.name_key))}
    for term in shipped_terms():
        key = name_key(term.name)
        if (term.vocabulary, key) not in known_terms:
            session.add(Term(vocabulary=term.vocabulary, name=term.name, name_key=key, code=term.code))
            known_terms.add((term.vocabulary, key))
    if setting is None:
        session.add(Setting(key=SETTING_KEY, value=json.dumps(REFERENCE_DATA_VERSION)))
    else:
        setting.value = json.dumps(REFERENCE_DATA_VERSION)
    return True
