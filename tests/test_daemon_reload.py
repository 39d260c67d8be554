"""`monitor fetch` as a daemon follows edits of feeds.toml and survives broken ones."""

from __future__ import annotations

import asyncio
import signal
import sys

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>{0}</title>'
    "<item><title>{0} item</title><link>https://{0}.example/1</link><guid>{0}-1</guid></item></channel></rss>"
)


async def read_until(stream: asyncio.StreamReader, needle: str, timeout: float = 20.0) -> str:
    seen = []
    async with asyncio.timeout(timeout):
        while True:
            line = (await stream.readline()).decode()
            if not line:
                raise AssertionError(f"stream ended before {needle!r}; saw {seen}")
            seen.append(line)
            if needle in line:
                return line


async def test_the_daemon_applies_a_good_edit_and_keeps_running_through_a_bad_one(tmp_path, feed_server):
    feed_server.add("/a.rss", RSS.format("alpha"))
    feed_server.add("/b.rss", RSS.format("bravo"))
    config = tmp_path / "feeds.toml"
    feed_a = f'[settings]\ninterval = "1h"\n\n[[feeds]]\nname = "alpha"\nurl = "{feed_server.url("/a.rss")}"\n'
    config.write_text(feed_a, encoding="utf-8")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "monitor", "--config", str(config), "--db", str(tmp_path / "m.sqlite3"), "fetch",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await read_until(proc.stdout, "1 feeds: 1 ok")

        config.write_text(feed_a + f'\n[[feeds]]\nname = "bravo"\nurl = "{feed_server.url("/b.rss")}"\n', encoding="utf-8")
        assert "1 feed added" in await read_until(proc.stdout, "config reloaded")
        await read_until(proc.stdout, "1 new items")  # the new feed is fetched at once

        config.write_text(feed_a + '\n[[watches]]\nname = "w"\npriority = "urgent"\nkeywords = ["x"]\n', encoding="utf-8")
        problem = await read_until(proc.stderr, "still running on the last good config")
        assert problem.startswith(f"{config}:10:12:")
        assert proc.returncode is None
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(20):
            code = await proc.wait()
    assert code == 0
