"""The command line: `upr-tracker` (also `python -m upr_tracker`)."""
