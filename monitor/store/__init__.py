"""The SQLite store: tables, engines and migrations, writes, and the queries the TUI and exports share."""

from monitor.store.db import SCHEMA_VERSION, Database

__all__ = ["SCHEMA_VERSION", "Database"]
