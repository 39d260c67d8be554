"""Feed text becomes plain, terminal-safe text; markup-looking text stays data."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.textclean import (
    _parsed_markup_text,
    _simple_markup_text,
    clean_text,
    html_to_text,
)


def test_terminal_escape_sequences_are_removed_whole() -> None:
    assert clean_text("\x1b[31mred\x1b[0m alert") == "red alert"
    assert clean_text("before\x9b2Jafter") == "beforeafter"
    assert clean_text("title\x1b]0;pwned\x07 here") == "title here"
    assert clean_text("ding\x07 dong") == "ding dong"


def test_control_characters_go_and_whitespace_collapses() -> None:
    assert clean_text("  a\x00b\x7fc\x85 \t\n d  ") == "abc d"
    assert clean_text("line one\r\nline two") == "line one line two"
    assert clean_text(None) == ""


def test_bidi_overrides_and_zero_width_characters_cannot_spoof_a_line() -> None:
    assert clean_text("invoice\u202egpj.exe") == "invoicegpj.exe"
    assert clean_text("SOUTH\u200bCOM\ufeff \u2066x\u2069") == "SOUTHCOM x"


def test_lone_surrogates_are_dropped() -> None:
    assert clean_text("a\ud800b") == "ab"


def test_newlines_can_be_kept_for_detail_views() -> None:
    assert clean_text("one  two\n\n\nthree \x1b[1m", keep_newlines=True) == "one two\nthree"


def test_markup_looking_text_is_kept_literally() -> None:
    assert clean_text("[bold]x[/] and [link=https://evil]y[/link]") == "[bold]x[/] and [link=https://evil]y[/link]"
    assert html_to_text("[bold]x[/]") == "[bold]x[/]"


def test_html_becomes_text_with_block_breaks_and_entities() -> None:
    html = "<div><p>Hello &amp; <b>world</b></p><p>second&nbsp;para<br/>line</p></div>"
    assert html_to_text(html) == "Hello & world second para line"
    assert html_to_text("<p>a</p><p>b</p>", keep_newlines=True) == "a\nb"


def test_scripts_and_styles_are_dropped() -> None:
    assert html_to_text("<style>p{color:red}</style>text<script>alert('x')</script> end") == "text end"


def test_entities_in_plain_text_are_unescaped() -> None:
    assert html_to_text("AT&amp;T &#8220;quoted&#8221; &eacute;") == "AT&T \u201cquoted\u201d \u00e9"


def test_text_comparisons_and_broken_html_survive() -> None:
    assert html_to_text("if a < b and c > d") == "if a < b and c > d"
    assert html_to_text("<p>unclosed <b>bold <i>mess") == "unclosed bold mess"
    assert isinstance(html_to_text("<<<>>><!-- --><![CDATA[x]]></></p <a href='"), str)


def test_an_escape_hidden_in_html_is_still_removed() -> None:
    assert html_to_text("<p>\x1b[2Jcleared</p>") == "cleared"


@given(st.text())
def test_output_never_holds_a_control_character(s: str) -> None:
    for out in (clean_text(s), html_to_text(s)):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in out)
        assert out == out.strip()


_MARKUP = st.sampled_from(
    ["<", ">", "/", "=", '"', "'", " ", "\n", "\t", "\xa0", "\x0b", "p", "P", "br", "div", "a", "li", "h1", "x1", "script",
     "style", "title", "href", "class", "data-x", "x", "&amp;", "&", ";", "&#8217;", "&eacute", "é", "<!--", "-->", "<!",
     "<p>", "</p>", "</P >", "<br/>", "<hr />", '<a href="u">', "<a href='x>y'>", "</a>", "<img src=x/>", "<b>", "</ li>"]
)  # fmt: skip


@given(st.lists(_MARKUP, max_size=30).map("".join))
def test_simple_markup_is_read_as_html_parser_reads_it(s: str) -> None:
    simple = _simple_markup_text(s)
    assert simple is None or simple == _parsed_markup_text(s)


def test_ordinary_feed_html_takes_the_shortcut() -> None:
    html = '<p class="lead">Hello &amp; <a href="https://x.example/?a=1&amp;b=2">world</a></p>\n<p>second<br/>line</p>'
    assert _simple_markup_text(html) == "\nHello & world\n\n\nsecond\nline\n"
    assert _simple_markup_text("<script>x</script>") is None and _simple_markup_text("a <!-- c --> b") is None
