"""Reading UPR documents (Working Group reports, addenda, OHCHR matrices) into plain values.

Like the domain package, parsing knows neither Qt nor the database: it turns text (or a Word
table) into the values of `upr_tracker.parsing.parsed`, and says where it is unsure.
"""
