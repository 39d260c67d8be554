"""Check a URL before it goes into feeds.toml: is it a feed, and if it is a web page, which feed does it offer?

The commonest mistake when adding a feed is pasting the site's address rather
than the feed's. Checking at add time turns that into the fix (the page's
`<link rel="alternate">` feed) instead of a feed that fails on every poll, and
catches dead or non-feed URLs while the person adding them is still there.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from monitor.configmodels import Config
from monitor.configwrite import NewFeed, suggest_name
from monitor.errors import FeedParseError, FetchError
from monitor.feedguard import find_feed_links, html_page_message, looks_like_html
from monitor.fetch import Fetcher, FetchResult
from monitor.models import ParsedFeed
from monitor.parse import parse_feed

__all__ = ["DiscoveredFeed", "check_feed_url", "prepare_feed"]


@dataclass(frozen=True, slots=True)
class DiscoveredFeed:
    """A URL that answered with a feed: where it is, its title, and what else the page offered.

    `url` is the feed to configure: the one asked for, its permanent new address
    after a 301/308, or the first feed an HTML page linked to (`page` is then the
    page, and `alternatives` the page's other feed links).
    """

    url: str
    title: str | None
    items: int = 0
    page: str | None = None
    alternatives: tuple[str, ...] = ()


async def check_feed_url(url: str, fetcher: Fetcher | None = None) -> DiscoveredFeed:
    """Fetch and parse `url`; for an HTML page, the first linked feed that works. Raises FeedError otherwise."""
    if fetcher is None:
        async with Fetcher() as own:
            return await check_feed_url(url, own)
    result = await _get(fetcher, url)
    try:
        parsed = await asyncio.to_thread(parse_feed, result.content or b"", result.final_url, result.content_type)
        return _found(result, parsed)
    except FeedParseError:
        content = result.content or b""
        if not looks_like_html(content, result.content_type):
            raise
        links = find_feed_links(content, result.final_url)
        if not links:
            raise FeedParseError(url, html_page_message(content, url)) from None
    errors: list[str] = []
    for link in links:
        try:
            linked = await _get(fetcher, link)
            parsed = await asyncio.to_thread(parse_feed, linked.content or b"", linked.final_url, linked.content_type)
        except (FetchError, FeedParseError) as exc:
            errors.append(f"{link}: {exc.message}")
            continue
        found = _found(linked, parsed)
        others = tuple(other for other in links if other != link)
        return DiscoveredFeed(found.url, found.title, found.items, page=url, alternatives=others)
    raise FeedParseError(url, "this is an HTML page whose feed links all failed: " + "; ".join(errors))


async def _get(fetcher: Fetcher, url: str) -> FetchResult:
    result = await fetcher.fetch(url)
    if result.error is not None or result.content is None:
        raise FetchError(url, result.error or f"no content (HTTP {result.status})")
    return result


def _found(result: FetchResult, parsed: ParsedFeed) -> DiscoveredFeed:
    return DiscoveredFeed(result.permanent_redirect or result.url, parsed.title, len(parsed.items))


async def prepare_feed(
    url: str,
    config: Config,
    *,
    name: str | None = None,
    tags: tuple[str, ...] = (),
    interval: str | None = None,
    check: bool = True,
    fetcher: Fetcher | None = None,
) -> tuple[NewFeed, DiscoveredFeed | None]:
    """The entry to write for "add this URL": checked (unless `check` is False) and named.

    The name, when not given, comes from the feed's title (else the host), made
    unique among `config`'s feeds. Shared by `monitor feeds add` and the TUI's
    add-feed dialog so both check and name feeds the same way.
    """
    found: DiscoveredFeed | None = None
    if check:
        if fetcher is None:
            settings = config.settings
            fetcher = Fetcher(timeout=settings.timeout, max_bytes=settings.max_bytes, user_agent=settings.user_agent)
            async with fetcher:
                found = await check_feed_url(url.strip(), fetcher)
        else:
            found = await check_feed_url(url.strip(), fetcher)
    feed_url = found.url if found else url.strip()
    taken = {f.name for f in config.feeds}
    chosen = name or suggest_name(found.title if found else None, feed_url, taken)
    return NewFeed(chosen, feed_url, tags, interval), found
