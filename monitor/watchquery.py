"""The boolean `query` of a watch: parse it to a small tree and render it back.

The parser is hand-written so every error can point at the character that caused
it: a watch officer editing feeds.toml needs "expected ')' at 14", not a stack
trace. The tree is plain frozen dataclasses so that a query can be compared,
hashed and rendered canonically (`parse_query(render_query(q)) == q`).

The language, in order of binding (tightest first):

- a term: `word`, `prefix*`, `"a quoted phrase"`, or `field:value` with
  `field` one of FIELDS (`region:"Latin America"`); bare terms search the title
  and the summary, as `text:` does; `*` works only on title/text terms;
- `NOT x`;
- `x AND y`, or just `x y` (adjacent terms are ANDed);
- `x OR y`; parentheses group.

Operators are upper-case only, like Lucene and most search boxes. A lower-case
`and`/`or`/`not` written bare is an error rather than a searched word, because
an officer who writes `narco or cartel` means OR and would otherwise get a watch
that silently never fires; quote it (`"or"`) to search for the word. A leading
`-` is refused for the same reason (`-football` would search for "football").
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Union

from monitor.errors import WatchError
from monitor.textfold import fold

FIELDS: tuple[str, ...] = ("title", "text", "region", "country", "entity", "feed", "tag")
TEXT_FIELDS: frozenset[str | None] = frozenset({None, "title", "text"})  # where words and `*` apply
OPERATORS: frozenset[str] = frozenset({"AND", "OR", "NOT"})
MAX_DEPTH = 64  # parentheses and NOTs nested deeper than this are refused, not a RecursionError

_STOP = "()\""  # with whitespace, ends a bare word
_FIELD_PREFIX = re.compile(r"([A-Za-z_]+):")
_SAFE_BARE = re.compile(r"[^\W_][\w.'&/+#@-]*\Z")  # words that render without quotes


class QueryError(WatchError):
    """A query that cannot be parsed; `position` is the 0-based offset of the offending token."""

    def __init__(self, message: str, position: int) -> None:
        self.message = message
        self.position = position
        super().__init__(f"{message} at {position}")


@dataclass(frozen=True, slots=True)
class Term:
    """One searched value; `text` is as written (without quotes and without the trailing `*`).

    `position` is where the term started in the parsed query, kept for error
    messages at compile time; it takes no part in equality.
    """

    text: str
    field: str | None = None
    prefix: bool = False
    position: int = dataclass_field(default=-1, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Not:
    child: "QueryNode"


@dataclass(frozen=True, slots=True)
class And:
    children: tuple["QueryNode", ...]  # two or more


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple["QueryNode", ...]  # two or more


QueryNode = Union[Term, Not, And, Or]


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "AND", "OR", "NOT" or "TERM"
    position: int
    term: Term | None = None


def parse_query(text: str) -> QueryNode:
    """Parse a query; raises QueryError (a WatchError) with `.position` on any bad input."""
    tokens = _lex(text)
    if not tokens:
        raise QueryError("empty query", 0)
    parser = _Parser(tokens, len(text))
    node = parser.or_expr(0)
    extra = parser.peek()
    if extra is not None:  # only a stray ')' can stop the top-level OR early
        raise QueryError("unexpected ')'", extra.position)
    return node


def render_query(node: QueryNode) -> str:
    """Canonical text: explicit AND/OR, parentheses only where the tree needs them."""
    if isinstance(node, Term):
        return _render_term(node)
    if isinstance(node, Not):
        return "NOT " + _wrap(node.child, simple=(Term, Not))
    if isinstance(node, And):
        return " AND ".join(_wrap(c, simple=(Term, Not)) for c in node.children)
    return " OR ".join(_wrap(c, simple=(Term, Not, And)) for c in node.children)


def _wrap(node: QueryNode, simple: tuple[type, ...]) -> str:
    text = render_query(node)
    return text if isinstance(node, simple) else f"({text})"


def _render_term(term: Term) -> str:
    star = "*" if term.prefix else ""
    head = f"{term.field}:" if term.field else ""
    if _SAFE_BARE.match(term.text) and fold(term.text) not in _OPERATOR_WORDS:
        return f"{head}{term.text}{star}"
    escaped = term.text.replace("\\", "\\\\").replace('"', '\\"')
    return f'{head}"{escaped}{star}"'


_OPERATOR_WORDS = frozenset(op.lower() for op in OPERATORS)


# --- lexing -----------------------------------------------------------------


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, i))
            i += 1
        elif ch == '"':
            value, end = _read_quoted(text, i)
            tokens.append(_Token("TERM", i, _make_term(value, None, i, quoted=True)))
            i = end
        else:
            token, i = _lex_word(text, i)
            tokens.append(token)
    return tokens


def _lex_word(text: str, start: int) -> tuple[_Token, int]:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] not in _STOP:
        end += 1
    word = text[start:end]
    if word in OPERATORS:
        return _Token(word, start), end
    prefix = _FIELD_PREFIX.match(word)
    if prefix is None:
        return _Token("TERM", start, _make_term(word, None, start, quoted=False)), end
    name = prefix.group(1).lower()
    if name not in FIELDS:
        raise QueryError(_unknown_field(prefix.group(1)), start)
    value_at = start + prefix.end()
    if value_at < end:
        term = _make_term(text[value_at:end], name, value_at, quoted=False, term_at=start)
        return _Token("TERM", start, term), end
    if end < len(text) and text[end] == '"':
        value, after = _read_quoted(text, end)
        return _Token("TERM", start, _make_term(value, name, end, quoted=True, term_at=start)), after
    raise QueryError(f"expected a value after '{name}:'", end)


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """Read `"..."` from `start`; a backslash takes the next character literally."""
    out: list[str] = []
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        elif ch == '"':
            return "".join(out), i + 1
        else:
            out.append(ch)
            i += 1
    raise QueryError("unterminated quote", start)


def _make_term(raw: str, name: str | None, at: int, *, quoted: bool, term_at: int | None = None) -> Term:
    """Check one value and build its Term; `at` is where the value starts, for error positions."""
    prefix = raw.endswith("*")
    core = raw[:-1] if prefix else raw
    star = core.find("*")
    if star >= 0:
        raise QueryError("'*' is only allowed at the end of a term", at if quoted else at + star)
    if not any(ch.isalnum() for ch in fold(core)):
        if prefix and not core.strip():
            raise QueryError("'*' needs letters before it", at)
        raise QueryError(f"term {raw!r} has no letters or digits", at)
    if prefix and name not in TEXT_FIELDS:
        raise QueryError(f"'*' only works on words, not on {name}:", at + len(raw) - (0 if quoted else 1))
    if not quoted and name is None:
        if fold(raw) in _OPERATOR_WORDS:
            raise QueryError(
                f"operators are upper-case: write {raw.upper()}, or quote \"{raw}\" to search for the word", at
            )
        if raw.startswith("-") and len(raw) > 1:
            raise QueryError(f"write NOT {raw[1:]} to exclude a term (or quote \"{raw}\")", at)
    return Term(core, name, prefix, position=at if term_at is None else term_at)


def _unknown_field(name: str) -> str:
    close = difflib.get_close_matches(name.lower(), FIELDS, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"fields are {', '.join(FIELDS)}; quote a term to search for it"
    return f"unknown field '{name}' ({hint})"


# --- parsing ----------------------------------------------------------------


class _Parser:
    """Recursive descent over the tokens: or_expr > and_expr > not_expr > primary."""

    def __init__(self, tokens: list[_Token], length: int) -> None:
        self.tokens = tokens
        self.length = length
        self.i = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def or_expr(self, depth: int) -> QueryNode:
        children = [self.and_expr(depth)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            children.append(self.and_expr(depth))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self, depth: int) -> QueryNode:
        children = [self.not_expr(depth)]
        while (token := self.peek()) is not None and token.kind in ("AND", "NOT", "TERM", "("):
            if token.kind == "AND":
                self.take()
            children.append(self.not_expr(depth))
        return children[0] if len(children) == 1 else And(tuple(children))

    def not_expr(self, depth: int) -> QueryNode:
        token = self.peek()
        if token is not None and token.kind == "NOT":
            self.take()
            self._check_depth(depth + 1, token.position)
            return Not(self.not_expr(depth + 1))
        return self.primary(depth)

    def primary(self, depth: int) -> QueryNode:
        token = self.peek()
        if token is None:
            before = self.tokens[self.i - 1].kind if self.i else ""
            raise QueryError(f"expected a term after '{before}'", self.length)
        if token.kind == "TERM":
            self.take()
            assert token.term is not None
            return token.term
        if token.kind == "(":
            self.take()
            self._check_depth(depth + 1, token.position)
            after = self.peek()
            if after is not None and after.kind == ")":
                raise QueryError("empty parentheses", token.position)
            node = self.or_expr(depth + 1)
            close = self.peek()
            if close is None or close.kind != ")":
                raise QueryError("expected ')'", self.length if close is None else close.position)
            self.take()
            return node
        if token.kind == ")":
            raise QueryError("unexpected ')'", token.position)
        raise QueryError(f"expected a term before '{token.kind}'", token.position)

    @staticmethod
    def _check_depth(depth: int, position: int) -> None:
        if depth > MAX_DEPTH:
            raise QueryError(f"query nested more than {MAX_DEPTH} deep", position)
