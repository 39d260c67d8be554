"""feeds.toml: what a valid file becomes, and where each mistake is reported (PATH:LINE:COL)."""

from __future__ import annotations

import textwrap
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import (
    Config,
    EntityConfig,
    FeedConfig,
    Settings,
    check_config,
    default_config_path,
    empty_config,
    load_config,
    parse_config,
)
from monitor.errors import ConfigError, MonitorError, Problem
from monitor.priority import Priority
from monitor.tomlpos import Locator as _Locator  # the property test below checks it against tomllib directly


def problems_in(text: str) -> list[str]:
    """Every problem in dedented TOML, as `monitor check` prints them."""
    with pytest.raises(ConfigError) as info:
        parse_config(textwrap.dedent(text).lstrip("\n"))
    return [str(problem) for problem in info.value.problems]


def load(text: str) -> Config:
    return parse_config(textwrap.dedent(text).lstrip("\n"))


# --- valid files -------------------------------------------------------------------------------


def test_a_full_file_becomes_the_models(full_feeds_toml: Path) -> None:
    config = load_config(full_feeds_toml)

    assert config.path == full_feeds_toml
    assert config.settings == Settings(
        interval=900.0,
        concurrency=8,
        per_host=3,
        timeout=45.0,
        max_bytes=512_000,
        user_agent="monitor/0.1 (+https://example.org/monitor)",
    )
    assert config.feeds == (
        FeedConfig("example-wire", "https://example.org/rss", interval=300.0, tags=("latam",)),
        FeedConfig("quiet-blog", "http://blog.example.net/atom.xml", enabled=False),
    )
    narco, southcom = config.watches
    assert narco.name == "ecuador-narco"
    assert narco.keywords == ("narco*", "cartel", "drug trafficking")
    assert narco.regions == ("Ecuador",)
    assert narco.exclude == ("football",)
    assert narco.query is not None and "NOT" in narco.query
    assert (narco.priority, narco.alert, narco.line) == (Priority.FLASH, "notify", 21)
    assert southcom.entities == ("U.S. Southern Command",)
    assert (southcom.feeds, southcom.tags) == (("example-wire",), ("latam",))
    assert (southcom.priority, southcom.alert, southcom.line) == (Priority.ROUTINE, "bell", 32)
    assert dict(config.regions) == {
        "Southern Andes": ("Peru", "Bolivia", "Chile", "Argentina"),
        "Andes": ("Southern Andes", "Ecuador", "Colombia"),
    }
    assert config.entities == (
        EntityConfig("U.S. Southern Command", "org", ("SOUTHCOM", "Southern Command")),
        EntityConfig("Daniel Noboa", "person"),
    )


def test_a_feed_without_an_interval_polls_at_the_default(full_feeds_toml: Path) -> None:
    config = load_config(full_feeds_toml)
    wire, blog = config.feeds
    assert config.feed_interval(wire) == 300.0
    assert config.feed_interval(blog) == 900.0
    assert config.feed_by_name("quiet-blog") is blog
    assert config.feed_by_name("nope") is None


def test_the_full_sample_checks_clean(full_feeds_toml: Path) -> None:
    assert check_config(full_feeds_toml) == []


def test_an_empty_file_is_an_empty_config() -> None:
    assert parse_config("") == empty_config()
    assert load("# nothing here yet\n\n") == empty_config()
    assert empty_config().settings == Settings()


def test_sizes_and_durations_take_numbers_or_units() -> None:
    settings = load(
        """
        [settings]
        interval = 120
        timeout = 7.5
        max_bytes = "2MiB"
        """
    ).settings
    assert (settings.interval, settings.timeout, settings.max_bytes) == (120.0, 7.5, 2 * 1024 * 1024)
    assert load("[settings]\nmax_bytes = 1000\n").settings.max_bytes == 1000


def test_feeds_and_watches_may_be_inline_tables() -> None:
    config = load(
        """
        feeds = [
          { name = "a", url = "https://a.example/rss" },
          { name = "b", url = "https://b.example/rss", tags = ["x"] },
        ]
        watches = [{ name = "w", keywords = ["cartel"] }]
        """
    )
    assert [feed.name for feed in config.feeds] == ["a", "b"]
    assert config.watches[0].line == 5


def test_a_watch_may_match_on_a_query_alone() -> None:
    assert load('[[watches]]\nname = "q"\nquery = "cartel AND Ecuador"\n').watches[0].query == "cartel AND Ecuador"


def test_load_config_reads_a_file_and_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_bytes('\ufeff[[feeds]]\nname = "a"\nurl = "https://a.example"\n'.encode())
    assert load_config(path).feeds[0].name == "a"


# --- where problems are reported ---------------------------------------------------------------


def test_unknown_keys_point_at_the_key_and_suggest_the_near_one() -> None:
    assert problems_in(
        """
        [settings]
        intervall = "5m"

        [[feeds]]
        name = "a"
        url = "https://a.example"
          intervall = "5m"
        colour = "red"
        """
    ) == [
        "feeds.toml:2:1: unknown key 'intervall' in [settings] (did you mean 'interval'?)",
        "feeds.toml:7:3: unknown key 'intervall' in [[feeds]] (did you mean 'interval'?)",
        "feeds.toml:8:1: unknown key 'colour' in [[feeds]]",
    ]


def test_unknown_top_level_tables_point_at_their_name() -> None:
    assert problems_in("[feed]\nname = 'a'\n") == [
        "feeds.toml:1:2: unknown key 'feed' at top level (did you mean 'feeds'?)",
    ]


def test_bad_values_point_at_the_value() -> None:
    assert problems_in(
        """
        [settings]
        interval = "10 minutes"
        concurrency = 0
        per_host = true
        timeout = "-3s"
        max_bytes = "lots"
        user_agent = 3
        """
    ) == [
        "feeds.toml:2:12: interval: unknown unit 'minutes' in duration '10 minutes' (units: w, d, h, m, s)",
        "feeds.toml:3:15: concurrency must be at least 1, got 0",
        "feeds.toml:4:12: per_host must be an integer, not a boolean",
        "feeds.toml:5:11: timeout: duration must be positive, got '-3s'",
        "feeds.toml:6:13: max_bytes must be a number of bytes or a size like \"8MB\" or \"512KB\", got 'lots'",
        "feeds.toml:7:14: user_agent must be a string, not an integer",
    ]


def test_feed_problems() -> None:
    assert problems_in(
        """
        [[feeds]]
        name = "a"
        url = "ftp://a.example/rss"
        interval = "0s"
        tags = "latam"
        enabled = "yes"

        [[feeds]]
        url = "https:///nohost"
        tags = ["ok", 7, ""]
        """
    ) == [
        "feeds.toml:3:7: url must be an http or https URL with a host, got 'ftp://a.example/rss'",
        "feeds.toml:4:12: interval: duration must be positive, got '0s'",
        'feeds.toml:5:8: tags must be a list of strings (write ["latam"])',
        "feeds.toml:6:11: enabled must be true or false, not a string",
        "feeds.toml:8:1: missing required key 'name' in [[feeds]]",
        "feeds.toml:9:7: url must be an http or https URL with a host, got 'https:///nohost'",
        "feeds.toml:10:15: tags must be a list of strings (item 2 is an integer)",
        "feeds.toml:10:18: tags item 3 must not be empty",
    ]


def test_duplicate_feeds_are_reported_at_the_second_naming_the_first() -> None:
    assert problems_in(
        """
        [[feeds]]
        name = "wire"
        url = "https://Example.ORG/rss/"

        [[feeds]]
        name = "wire"
        url = "https://other.example/rss"

        [[feeds]]
        name = "copy"
        url = "HTTPS://example.org/rss"
        """
    ) == [
        "feeds.toml:6:8: duplicate feed name 'wire': already used at line 1",
        "feeds.toml:11:7: duplicate url: already used by feed 'wire' at line 1",
    ]


def test_urls_differing_in_path_case_or_query_are_different_feeds() -> None:
    config = load(
        """
        [[feeds]]
        name = "a"
        url = "https://example.org/RSS"
        [[feeds]]
        name = "b"
        url = "https://example.org/rss"
        [[feeds]]
        name = "c"
        url = "https://example.org/rss?lang=es"
        """
    )
    assert len(config.feeds) == 3


def test_watch_problems() -> None:
    assert problems_in(
        """
        [[feeds]]
        name = "wire"
        url = "https://wire.example"

        [[watches]]
        name = "w"
        keywords = ["cartel"]
        priority = "urgent"
        alert = "beep"
        feeds = ["wires"]

        [[watches]]
        name = "w"
        exclude = ["football"]
        """
    ) == [
        "feeds.toml:8:12: unknown priority 'urgent' (choose one of flash, immediate, priority, routine)",
        "feeds.toml:9:9: alert must be one of bell, notify, none, got 'beep'",
        "feeds.toml:10:10: unknown feed 'wires' (did you mean 'wire'?)",
        "feeds.toml:12:1: watch 'w' matches nothing: give at least one of keywords, regions, entities or query",
        "feeds.toml:13:8: duplicate watch name 'w': already used at line 5",
    ]


def test_region_and_entity_problems() -> None:
    assert problems_in(
        """
        [regions]
        "Southern Andes" = "Peru"
        Empty = []
        Loop = ["Other"]
        Other = ["loop", 5]

        [[entities]]
        name = "SOUTHCOM"
        type = "organisation"

        [[entities]]
        name = "southcom"
        aliases = "Southern Command"
        """
    ) == [
        'feeds.toml:2:20: region \'Southern Andes\' must be a list of strings (write ["Peru"])',
        "feeds.toml:3:9: region 'Empty' has no members",
        "feeds.toml:5:18: region 'Other' must be a list of strings (item 2 is an integer)",
        "feeds.toml:9:8: type must be one of org, person, place, got 'organisation'",
        "feeds.toml:12:8: duplicate entity name 'southcom': already used at line 7",
        'feeds.toml:13:11: aliases must be a list of strings (write ["Southern Command"])',
    ]


def test_a_region_that_contains_itself_is_reported() -> None:
    assert problems_in('[regions]\nA = ["B"]\nB = ["Peru", "a"]\n') == [
        "feeds.toml:2:1: region 'A' contains itself (through 'B')",
        "feeds.toml:3:1: region 'B' contains itself (through 'A')",
    ]


def test_sections_of_the_wrong_shape() -> None:
    assert problems_in(
        """
        settings = 5
        watches = ["w"]

        [feeds]
        name = "a"
        """
    ) == [
        "feeds.toml:1:12: settings must be a table: write [settings]",
        "feeds.toml:2:12: each of watches must be a table, not a string",
        "feeds.toml:4:1: feeds must be an array of tables: write [[feeds]]",
    ]


def test_every_problem_is_reported_at_once_in_line_order() -> None:
    found = problems_in(
        """
        [[watches]]
        name = "w"
        keywords = [1]

        [settings]
        concurrency = -1

        [[feeds]]
        nam = "x"
        """
    )
    assert found == [
        "feeds.toml:3:13: keywords must be a list of strings (item 1 is an integer)",
        "feeds.toml:6:15: concurrency must be at least 1, got -1",
        "feeds.toml:8:1: missing required key 'name' in [[feeds]]",
        "feeds.toml:8:1: missing required key 'url' in [[feeds]]",
        "feeds.toml:9:1: unknown key 'nam' in [[feeds]] (did you mean 'name'?)",
    ]


# --- the locator is not fooled -----------------------------------------------------------------


def test_multi_line_strings_and_arrays_do_not_shift_locations() -> None:
    assert problems_in(
        '''
        [[watches]]
        name = "w"
        query = """
        priority = "not a key"
        [[feeds]]
        """
        keywords = [
          "cartel",   # a comment with [brackets] and key = value
          'narco*',
          42,
        ]
        exclude = [
          """multi
        alert = "line"
        """, 'x',
        ]
        alert = 'loud'
        '''
    ) == [
        "feeds.toml:10:3: keywords must be a list of strings (item 3 is an integer)",
        "feeds.toml:17:9: alert must be one of bell, notify, none, got 'loud'",
    ]


def test_quoted_dotted_and_inline_keys_are_located() -> None:
    assert problems_in(
        """
        "settings".intervall = "5m"
        settings . timeout = "soon"
        feeds = [
          { name = "a", url = "https://a.example", "intervall" = "5m" },
          { name = "b", url = "https://b.example", interval = "x" },
        ]
        """
    ) == [
        "feeds.toml:1:12: unknown key 'intervall' in [settings] (did you mean 'interval'?)",
        "feeds.toml:2:22: timeout: invalid duration 'soon' (use seconds or a duration like \"90s\", \"10m\", \"1h30m\", \"2d\", \"1w\")",
        "feeds.toml:4:44: unknown key 'intervall' in [[feeds]] (did you mean 'interval'?)",
        "feeds.toml:5:55: interval: invalid duration 'x' (use seconds or a duration like \"90s\", \"10m\", \"1h30m\", \"2d\", \"1w\")",
    ]


def test_escaped_quotes_and_literal_strings_do_not_end_strings_early() -> None:
    text = "\n".join(
        [
            "[[feeds]]",
            r'name = "say \"hi\" [[watches]] x = 1"',
            r"url = 'C:\path\ = ['",
            r"""tags = ['''it's'''', "a \"\"\" b", 3]""",
        ]
    )
    assert problems_in(text) == [
        "feeds.toml:3:7: url must be an http or https URL with a host, got 'C:\\\\path\\\\ = ['",
        "feeds.toml:4:36: tags must be a list of strings (item 3 is an integer)",
    ]


def test_nested_arrays_of_tables_keep_their_own_indices() -> None:
    found = problems_in(
        """
        [[feeds]]
        name = "a"
        url = "https://a.example"
        [[feeds.extra]]
        x = 1
        [[feeds]]
        name = "b"
        url = "https://b.example"
        enabled = 1
        """
    )
    assert found == [
        "feeds.toml:4:9: unknown key 'extra' in [[feeds]]",
        "feeds.toml:9:11: enabled must be true or false, not an integer",
    ]


def test_windows_line_endings_and_tabs_locate_the_same() -> None:
    text = '[settings]\r\n\tconcurrency = 0 # none\r\n[[feeds]]\r\nname = "a"\r\nurl = "https://a.example"\r\nx = 1\r\n'
    assert problems_in(text) == [
        "feeds.toml:2:16: concurrency must be at least 1, got 0",
        "feeds.toml:6:1: unknown key 'x' in [[feeds]]",
    ]


_TEXT = st.text(max_size=12, alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]))
_SCALARS = st.one_of(st.integers(), st.booleans(), _TEXT, st.floats(allow_nan=False, allow_infinity=False))
_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT.filter(bool), inner, max_size=3), max_leaves=8
)
_DOCS = st.dictionaries(
    _TEXT.filter(bool),
    _VALUES | st.lists(st.dictionaries(_TEXT.filter(bool), _VALUES, max_size=3), min_size=1, max_size=3),
    max_size=5,
)


def _leaves(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], object]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, path + (key,))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in _leaves(item, path + (index,))]
    return [(path, value)]


@settings(max_examples=40, deadline=None)
@given(_DOCS)
def test_the_locator_finds_every_value_in_any_document(doc: dict[str, object]) -> None:
    tomlkit = pytest.importorskip("tomlkit")
    text = tomlkit.dumps(doc)
    lines = text.split("\n")
    located = _Locator(text)
    for path, value in _leaves(tomllib.loads(text)):
        line, col = located.values[path]
        first = lines[line - 1][col - 1]
        if isinstance(value, bool):
            assert first in "tf"
        elif isinstance(value, str):
            assert first in "\"'"
        else:
            assert first in "0123456789+-in"


# --- syntax errors and files -------------------------------------------------------------------


def test_syntax_errors_carry_tomllibs_line_and_column() -> None:
    assert problems_in('[[feeds]]\nname = "a" url = "b"\n') == [
        "feeds.toml:2:12: invalid TOML: Expected newline or end of document after a statement",
    ]


def test_syntax_errors_at_the_end_point_just_past_the_last_text() -> None:
    assert problems_in('[[feeds]]\ntags = ["a",\n  "b"\n\n') == [
        'feeds.toml:3:6: invalid TOML: Unclosed array (at end of file)',
    ]


def test_declaring_a_table_twice_is_a_syntax_error_at_the_second() -> None:
    assert problems_in('[[feeds]]\nname = "a"\n[feeds]\n') == [
        "feeds.toml:3:7: invalid TOML: Cannot declare ('feeds',) twice",
    ]


def test_a_missing_file_is_a_problem_at_1_1(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.problems == [Problem(str(path), 1, 1, "config file not found")]
    assert check_config(path) == info.value.problems
    assert isinstance(info.value, MonitorError)


def test_a_directory_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    [problem] = check_config(tmp_path)
    assert (problem.line, problem.col) == (1, 1)
    assert problem.message.startswith("cannot read config file")


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_bytes('[[feeds]]\nname = "Bogotá '.encode() + b'caf\xe9"\n')
    assert [str(p) for p in check_config(path)] == [f"{path}:2:19: file is not valid UTF-8"]


def test_problems_name_the_file_they_are_in(write_feeds_toml: Callable[[str], Path]) -> None:
    path = write_feeds_toml(
        """
        [settings]
        concurrency = "many"
        """
    )
    assert [str(p) for p in check_config(path)] == [f"{path}:2:15: concurrency must be an integer, not a string"]


def test_the_config_error_message_lists_every_problem() -> None:
    with pytest.raises(ConfigError, match=r"(?s)feeds.toml:1:1: unknown key 'a'.*feeds.toml:2:1: unknown key 'b'"):
        parse_config("a = 1\nb = 2\n")


def test_default_path_prefers_a_local_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    fallback = default_config_path()
    assert fallback.name == "feeds.toml" and fallback.is_absolute()
    (tmp_path / "feeds.toml").write_text("")
    assert default_config_path() == Path("feeds.toml")
