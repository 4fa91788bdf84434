"""The service layer: every operation the GUI, the command line and the tests perform.

Each function takes an open `Database`, runs one unit of work, and returns plain values
(`upr_tracker.services.values`), never live ORM objects.
"""
