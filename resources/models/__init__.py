"""The suggestion model shipped with the app (see upr_tracker.suggestions)."""
