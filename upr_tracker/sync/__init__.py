"""Keeping several databases of one team in step: laptops (SQLite files) with each other and with
the team server (PostgreSQL), directly or by bundle files.

Each database is a replica with its own id and a hybrid logical clock. Local changes are found by a
scan that compares every record with the digests kept at the last scan, and stamped field by field
(clock, origin, author). Exchanges carry records' current values with their stamps; the receiver
merges field by field: a change the other side made after seeing ours wins; two changes made
without seeing each other are a conflict when their values differ, kept for a person to decide.
"""
