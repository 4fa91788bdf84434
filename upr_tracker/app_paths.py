"""Where the app keeps its data by default: the user's data folder (platformdirs), which the
environment variable UPR_TRACKER_DATA_DIR overrides (tests, portable installs); the person's
settings (their name), in the user's config folder, which UPR_TRACKER_CONFIG_DIR overrides; and
its log, in the user's log folder, which UPR_TRACKER_LOG_DIR overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "upr-tracker"
DEFAULT_DATABASE_NAME = "upr-tracker.sqlite3"


def data_folder() -> Path:
    override = os.environ.get("UPR_TRACKER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_folder() / DEFAULT_DATABASE_NAME


def config_folder() -> Path:
    override = os.environ.get("UPR_TRACKER_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_folder() -> Path:
    """The user's log folder (platformdirs); UPR_TRACKER_LOG_DIR overrides it (tests, bundles)."""
    override = os.environ.get("UPR_TRACKER_LOG_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
