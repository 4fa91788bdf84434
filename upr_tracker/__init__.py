"""UPR Tracker: follow up the recommendations of the UN Universal Periodic Review, offline."""

__version__ = "0.1.0"
