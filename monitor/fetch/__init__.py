"""Downloading feeds: conditional GET, redirects checked hop by hop, size and time limits.

`Fetcher` is the only way the project talks HTTP to feeds; it returns a
`FetchResult` for every URL and never raises for a feed's own problems.
"""

from monitor.fetch.client import DEFAULT_USER_AGENT, FetchResult, Fetcher
from monitor.fetch.messages import parse_retry_after

__all__ = ["DEFAULT_USER_AGENT", "FetchResult", "Fetcher", "parse_retry_after"]
