"""Links open only as http(s), as one argument, never through a shell."""

import pytest

from monitor.links import browser_command, open_link, safe_url


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "https://", "ftp://x.org/a",
     "https://evil.example/\x1b[2J", "https://a.example/ b", None, ""],
)
def test_anything_but_a_plain_http_link_is_refused(url):
    assert safe_url(url) is None
    calls = []
    assert open_link(url, runner=calls.append, environ={"BROWSER": "firefox"}) is not None
    assert calls == []


def test_a_link_is_passed_as_one_argument_even_with_shell_characters():
    calls = []
    url = "https://news.example/a?x=1&y=$(rm%20-rf%20~);`id`|whoami"
    assert open_link(url, runner=calls.append, environ={"BROWSER": "firefox --new-tab"}) is None
    assert calls == [["firefox", "--new-tab", url]]


def test_browser_placeholder_is_filled_in():
    assert browser_command("https://a.example/", {"BROWSER": "lynx -dump %s"}) == ["lynx", "-dump", "https://a.example/"]


def test_no_browser_is_reported_with_the_link(monkeypatch):
    monkeypatch.setattr("monitor.links.shutil.which", lambda name: None)
    calls = []
    problem = open_link("https://a.example/", runner=calls.append, environ={})
    assert calls == []
    assert problem is not None and "https://a.example/" in problem and "$BROWSER" in problem
