"""monitor: a terminal news monitor for watch officers."""

__version__ = "0.1.0"
