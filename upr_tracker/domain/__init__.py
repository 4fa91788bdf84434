"""Domain rules of the UPR: vocabularies, positions, implementation levels, document parsing.

Nothing in this package imports Qt or the database layer.
"""
