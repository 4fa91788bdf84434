"""Fonts shipped for the reports: scripts an operating system may lack (Arabic, Chinese)."""
