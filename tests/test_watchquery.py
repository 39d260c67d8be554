"""The watch query language: what a query means, where its errors point, and canonical rendering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.errors import WatchError
from monitor.textfold import fold
from monitor.watchquery import FIELDS, MAX_DEPTH, And, Not, Or, QueryError, QueryNode, Term, parse_query, render_query


def t(text: str, field: str | None = None, prefix: bool = False) -> Term:
    return Term(text, field, prefix)


# --- meaning -------------------------------------------------------------------------


def test_a_bare_word_is_a_term_searching_title_and_text() -> None:
    assert parse_query("cartel") == t("cartel")


def test_a_trailing_star_makes_a_prefix() -> None:
    assert parse_query("narco*") == t("narco", prefix=True)


def test_quotes_make_a_phrase_and_keep_a_trailing_star_as_prefix() -> None:
    assert parse_query('"drug trafficking"') == t("drug trafficking")
    assert parse_query('"drug traffick*"') == t("drug traffick", prefix=True)


def test_fields_take_bare_or_quoted_values() -> None:
    assert parse_query("region:Ecuador") == t("Ecuador", "region")
    assert parse_query('region:"Latin America"') == t("Latin America", "region")
    assert parse_query("title:narco*") == t("narco", "title", prefix=True)
    assert parse_query("TITLE:x") == t("x", "title")


def test_every_documented_field_is_accepted() -> None:
    for name in ("title", "text", "region", "country", "entity", "feed", "tag"):
        assert parse_query(f"{name}:x") == t("x", name)


def test_adjacent_terms_are_anded() -> None:
    assert parse_query("narco cartel") == parse_query("narco AND cartel") == And((t("narco"), t("cartel")))


def test_not_binds_tighter_than_and_which_binds_tighter_than_or() -> None:
    assert parse_query("a OR NOT b AND c") == Or((t("a"), And((Not(t("b")), t("c")))))


def test_parentheses_override_precedence() -> None:
    assert parse_query("(a OR b) c") == And((Or((t("a"), t("b"))), t("c")))
    assert parse_query("NOT (a OR b)") == Not(Or((t("a"), t("b"))))


def test_redundant_parentheses_disappear() -> None:
    assert parse_query("((cartel))") == t("cartel")


def test_chains_of_one_operator_are_flat() -> None:
    assert parse_query("a OR b OR c") == Or((t("a"), t("b"), t("c")))


def test_quoted_operator_words_are_searched_for() -> None:
    assert parse_query('"OR"') == t("OR")
    assert parse_query('"or" cartel') == And((t("or"), t("cartel")))


def test_a_backslash_escapes_inside_quotes() -> None:
    assert parse_query(r'"say \"hi\" \\ now"') == t('say "hi" \\ now')


def test_digits_with_colons_are_words_not_fields() -> None:
    assert parse_query("10:30") == t("10:30")


# --- errors point at the offending token -------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message", "position"),
    [
        ("", "empty query", 0),
        ("   ", "empty query", 0),
        ("(narco OR cartel", "expected ')'", 16),
        ("(narco OR cartel AND", "expected a term after 'AND'", 20),
        ("narco)", "unexpected ')'", 5),
        ("regoin:Ecuador", "unknown field 'regoin' (did you mean 'region'?)", 0),
        ("narco AND ", "expected a term after 'AND'", 10),
        ("OR narco", "expected a term before 'OR'", 0),
        ("narco AND OR cartel", "expected a term before 'OR'", 10),
        ("NOT", "expected a term after 'NOT'", 3),
        ("()", "empty parentheses", 0),
        ('x "narco', "unterminated quote", 2),
        ("nar*co", "'*' is only allowed at the end of a term", 3),
        ("*", "'*' needs letters before it", 0),
        ("region:Ecu*", "'*' only works on words, not on region:", 10),
        ("title: narco", "expected a value after 'title:'", 6),
        ("a -- b", "term '--' has no letters or digits", 2),
    ],
)
def test_errors_carry_a_message_and_the_position_of_the_offending_token(
    query: str, message: str, position: int
) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert caught.value.message == message
    assert caught.value.position == position
    assert str(caught.value) == f"{message} at {position}"


def test_query_errors_are_watch_errors() -> None:
    with pytest.raises(WatchError):
        parse_query("(")


def test_lower_case_operators_are_refused_with_a_hint_rather_than_searched() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("narco or cartel")
    assert caught.value.position == 6
    assert "write OR" in caught.value.message


def test_a_leading_minus_is_refused_with_a_hint_to_use_not() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("narco -football")
    assert caught.value.position == 6
    assert "NOT football" in caught.value.message


def test_an_unknown_field_with_no_near_name_lists_the_fields() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("http://example.org")
    assert "fields are title, text" in caught.value.message


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("(" * (MAX_DEPTH + 10) + "a" + ")" * (MAX_DEPTH + 10))
    assert caught.value.position == MAX_DEPTH
    with pytest.raises(QueryError):
        parse_query("NOT " * 1000 + "a")


def test_terms_remember_where_they_started_without_it_affecting_equality() -> None:
    node = parse_query('narco region:"Latin America"')
    assert isinstance(node, And)
    assert [c.position for c in node.children if isinstance(c, Term)] == [0, 6]
    assert node == And((t("narco"), t("Latin America", "region")))


# --- rendering -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("narco cartel", "narco AND cartel"),
        ("a OR (b c)", "a OR b AND c"),
        ("(a OR b) c", "(a OR b) AND c"),
        ("NOT(a OR b)", "NOT (a OR b)"),
        ("NOT NOT a", "NOT NOT a"),
        ('region:"Latin America" narco*', 'region:"Latin America" AND narco*'),
        ('"drug traffick*"', '"drug traffick*"'),
        ('"OR"', '"OR"'),
        ("(a b) c", "(a AND b) AND c"),
    ],
)
def test_render_gives_the_canonical_text(query: str, canonical: str) -> None:
    assert render_query(parse_query(query)) == canonical


# --- properties ----------------------------------------------------------------------

_TEXT_FIELDS = (None, "title", "text")
_chars = st.characters(blacklist_characters="*", blacklist_categories=("Cs",))
_values = st.text(_chars, min_size=1, max_size=10).filter(lambda s: any(ch.isalnum() for ch in fold(s)))
_terms = st.builds(
    lambda text, field, prefix: Term(text, field, prefix and field in _TEXT_FIELDS),
    _values,
    st.sampled_from((None, *FIELDS)),
    st.booleans(),
)
_nodes: st.SearchStrategy[QueryNode] = st.recursive(
    _terms,
    lambda children: st.one_of(
        st.builds(Not, children),
        st.builds(And, st.lists(children, min_size=2, max_size=4).map(tuple)),
        st.builds(Or, st.lists(children, min_size=2, max_size=4).map(tuple)),
    ),
    max_leaves=12,
)
_pieces = st.sampled_from(
    ["narco", "cartel", "é", "x*", " ", " ", "(", ")", '"', "\\", "*", ":", "-", "AND", "OR", "NOT", "and",
     "title:", "region:", "regoin:", "entity:", "feed:", "tag:", "Latin America", "10"]
)
_query_like = st.lists(_pieces, max_size=16).map("".join)


@given(_nodes)
def test_rendering_any_tree_parses_back_to_the_same_tree(node: QueryNode) -> None:
    assert parse_query(render_query(node)) == node


@given(st.one_of(st.text(), _query_like))
def test_parsing_any_text_either_succeeds_and_round_trips_or_raises_a_positioned_watch_error(text: str) -> None:
    try:
        node = parse_query(text)
    except QueryError as error:
        assert 0 <= error.position <= len(text)
    else:
        assert parse_query(render_query(node)) == node
