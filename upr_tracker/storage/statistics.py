"""What the query planner knows of the tables' contents."""

from __future__ import annotations

from sqlalchemy.orm import Session

from upr_tracker.storage.backends import backend_of


def refresh_planner_statistics(session: Session) -> None:
    """Count the rows of the tables the big table and the search go through again: run after each
    import, when the numbers change most (each backend knows which tables and how)."""
    backend_of(session).refresh_planner_statistics(session)
