"""Where the config and the database live when the user does not say."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "monitor"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP)) / "monitor.sqlite3"
