"""The desktop entry and AppStream metadata that Linux desktops read (id org.uprtracker.UPRTracker)."""
