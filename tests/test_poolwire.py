"""The parse pool's compact reply form, the Analyzer's reading cache and the watch matcher's fast paths:
each gives exactly what the plain path gives, field by field."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.analysis import Analysis, Analyzer, analysis_config, analyze_document, story_features
from monitor.config import WatchConfig, parse_config
from monitor.models import Entity, MatchContext, Tags
from monitor.parsepool import ParsePool
from monitor.poolwire import Packer, Unpacker
from monitor.watches import MatchInput, WatchSet
from monitor.watchtext import TOKEN, token_stream

ROOT = Path(__file__).resolve().parent.parent
FEEDS = sorted((ROOT / "tests" / "data" / "feeds").glob("*.xml")) + sorted(
    p for p in (ROOT / "seeds" / "feeds").rglob("*") if p.is_file()
)
CONFIG = """
[[feeds]]
name = "wire"
url = "https://wire.example/rss"
tags = ["latam", "wire"]

[[entities]]
name = "Daniel Noboa"
type = "person"
aliases = ["Noboa"]

[regions]
"Andes" = ["Ecuador", "Peru", "Colombia"]

[[watches]]
name = "ecuador-narco"
keywords = ["narco*", "cocaine", "cartel"]
regions = ["Ecuador"]
priority = "flash"

[[watches]]
name = "andes"
regions = ["Andes"]

[[watches]]
name = "people"
entities = ["Daniel Noboa", "Gustavo Petro"]
tags = ["wire"]

[[watches]]
name = "query"
query = '(country:EC OR region:Guayaquil OR entity:"Los Lobos" OR feed:wire OR tag:latam) AND NOT "sports"'
"""


def plain(value: Any, *, across: bool = False) -> Any:
    """Every field, `features` (compare=False) included, with the exact types along the way.

    `across` processes, the numbers a count word carries are compared sorted: they come from a set, whose
    order follows the process's string hashes (PYTHONHASHSEED), in a worker as in the writer.
    """
    if dataclasses.is_dataclass(value):
        fields = {f.name: plain(getattr(value, f.name), across=across) for f in dataclasses.fields(value)}
        if across and "counts" in fields:
            fields["counts"] = sorted((word, sorted(values)) for word, values in getattr(value, "counts"))
        return (type(value).__name__, *fields.values())
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, *(plain(v, across=across) for v in value))
    return (type(value).__name__, value)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(analysis_config(parse_config(CONFIG)))


def analyses(analyzer: Analyzer) -> list[Analysis]:
    found = []
    for path in FEEDS:
        try:
            found.append(analyze_document(path.read_bytes(), "https://wire.example/rss", None, analyzer,
                                          MatchContext("wire", ("latam", "wire")), {}))  # fmt: skip
        except Exception:  # noqa: BLE001 (the hostile samples are not feeds)
            continue
    assert sum(len(a.prepared) for a in found) > 20
    return found


def round_trip(packer: Packer, unpacker: Unpacker, analysis: Analysis) -> Analysis:
    return unpacker.unpack(pickle.loads(pickle.dumps(packer.pack(analysis), protocol=pickle.HIGHEST_PROTOCOL)))


def test_a_packed_analysis_unpacks_to_the_same_fields(analyzer: Analyzer) -> None:
    packer, unpacker = Packer(), Unpacker()
    for analysis in analyses(analyzer):
        assert plain(round_trip(packer, unpacker, analysis)) == plain(analysis)


def test_values_sent_once_are_sent_by_number_after_that(analyzer: Analyzer) -> None:
    analysis = max(analyses(analyzer), key=lambda a: len(a.prepared))
    packer, unpacker = Packer(), Unpacker()
    first, again = packer.pack(analysis), packer.pack(analysis)
    assert first[7] and not again[7]  # the second time, every tag and hit is a number
    for packed in (first, again):
        assert plain(unpacker.unpack(pickle.loads(pickle.dumps(packed)))) == plain(analysis)


def test_a_full_table_starts_afresh_on_both_sides(analyzer: Analyzer) -> None:
    packer, unpacker = Packer(limit=5), Unpacker()
    resets = 0
    for analysis in analyses(analyzer) * 2:
        packed = packer.pack(analysis)
        resets += packed[6]
        assert plain(unpacker.unpack(packed)) == plain(analysis)
    assert resets > 0


def test_a_reply_that_fails_to_pack_leaves_no_trace_in_the_table(analyzer: Analyzer,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = max(analyses(analyzer), key=lambda a: len(a.prepared))
    packer, unpacker = Packer(), Unpacker()
    real = Packer._features
    calls = [0]

    def failing(self: Packer, features: Any) -> Any:
        calls[0] += 1
        if calls[0] == 3:
            raise MemoryError
        return real(self, features)

    monkeypatch.setattr(Packer, "_features", failing)
    with pytest.raises(MemoryError):
        packer.pack(analysis)  # never sent: the unpacker never sees it
    monkeypatch.setattr(Packer, "_features", real)
    assert plain(unpacker.unpack(packer.pack(analysis))) == plain(analysis)


def test_a_reset_whose_reply_failed_to_pack_is_said_by_the_next_reply(analyzer: Analyzer,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The table is cleared when full; if that reply is never sent, the unpacker must still hear of it."""
    documents = [a for a in analyses(analyzer) if a.prepared]
    packer, unpacker = Packer(limit=10), Unpacker()
    while len(packer._refs) < packer.limit:  # fill the table, in step on both sides
        for analysis in documents:
            unpacker.unpack(packer.pack(analysis))
    real = Packer._features

    def failing(self: Packer, features: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(Packer, "_features", failing)
    with pytest.raises(MemoryError):
        packer.pack(documents[0])  # cleared the table, then failed: nothing reached the unpacker
    monkeypatch.setattr(Packer, "_features", real)
    packed = packer.pack(documents[-1])
    assert packed[6]  # the reset travels with the next reply
    assert plain(unpacker.unpack(packed)) == plain(documents[-1])


def test_words_that_hold_the_separator_travel_as_they_are(analyzer: Analyzer) -> None:
    analysis = next(a for a in analyses(analyzer) if a.prepared and a.prepared[0].features)
    item = analysis.prepared[0]
    assert item.features is not None
    odd = dataclasses.replace(item.features, words=("a\x1fb", "", "c"), core=(), band_keys=(1 << 70, -1))
    changed = dataclasses.replace(analysis, prepared=(dataclasses.replace(item, features=odd),))
    assert plain(round_trip(Packer(), Unpacker(), changed)) == plain(changed)


async def test_the_pool_answers_what_analysing_in_process_gives(analyzer: Analyzer) -> None:
    config = parse_config(CONFIG)
    documents = [p.read_bytes() for p in FEEDS] * 2
    context = MatchContext("wire", ("latam", "wire"))
    pool = ParsePool(config, workers=2)
    try:
        for document in documents:
            try:
                expected = analyze_document(document, "https://wire.example/rss", None, analyzer, context, {})
            except Exception:  # noqa: BLE001
                continue
            got = await pool.analyze(document, "https://wire.example/rss", None, context, {})
            assert plain(got, across=True) == plain(expected, across=True)
    finally:
        pool.close()


def test_the_analyzer_reuses_a_text_s_reading_without_changing_it(analyzer: Analyzer) -> None:
    title, text = "Cocaine seized in Guayaquil", "Ecuador's navy seized two tonnes of cocaine off Guayaquil."
    fresh = analyzer.tagger.tag(title, text)
    first = analyzer.read(title, text)
    assert first == (fresh, story_features(title, text, fresh))
    assert plain(analyzer.read(title, text)[1]) == plain(first[1])
    assert analyzer.read(title, text) is first


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_the_ascii_token_stream_is_the_regex_s(text: str) -> None:
    assert token_stream(text) == " " + " ".join(TOKEN.findall(text)) + " "


@given(st.text(max_size=40))
def test_the_token_stream_of_any_text_is_the_regex_s(text: str) -> None:
    assert token_stream(text) == " " + " ".join(TOKEN.findall(text)) + " "


class _EveryKey(WatchSet):
    """The matcher as it was: every fact of the item made a key, whether any watch asks about it or not."""

    def match(self, item: MatchInput) -> tuple[Any, ...]:
        from monitor.textfold import fold_cached
        from monitor.watches import _Item

        facts = _Item(self._scan(item.title), self._scan(item.text))
        keys = facts.keys
        keys.update(("p", pid) for pid in facts.title.first_end)
        keys.update(("p", pid) for pid in facts.text.first_end)
        keys.update(("a", area) for area in item.tags.areas)
        keys.update(("c", code.upper()) for code in item.tags.countries)
        for entity in item.tags.entities:
            keys.add(("e", fold_cached(entity.name)))
            keys.add(("e", fold_cached(entity.text)))
        keys.add(("f", fold_cached(item.feed)))
        keys.update(("t", fold_cached(tag)) for tag in item.feed_tags)
        candidates = set(self._always)
        for key in keys:
            candidates.update(self._by_key.get(key, ()))
        hits = []
        for index in sorted(candidates):
            watch = self._watches[index]
            terms = self._fire(watch, facts)
            if terms is not None:
                hits.append((watch, terms))
        hits.sort(key=lambda pair: (-pair[0].priority, pair[0].index))
        from monitor.models import WatchHit

        return tuple(WatchHit(w.name, w.priority, terms) for w, terms in hits)


def test_matching_only_the_facts_watches_ask_about_fires_the_same(analyzer: Analyzer) -> None:
    config = parse_config(CONFIG)
    watches = list(config.watches) + [
        WatchConfig("scoped", keywords=("police",), feeds=("wire",)),
        WatchConfig("codes", regions=("EC", "CO", "Latin America")),
        WatchConfig("nothing-asked", query='NOT "zzz"'),
    ]
    area_key = analyzer.tagger.area_key
    fast, slow = WatchSet.compile(watches, area_key=area_key), _EveryKey.compile(watches, area_key=area_key)
    checked = 0
    for analysis in analyses(analyzer):
        for prepared in analysis.prepared:
            data = prepared.data
            for feed, feed_tags in (("wire", ("latam", "wire")), ("other", ()), ("Wire", ("LatAm",))):
                it = MatchInput(data.title, data.summary, prepared.tags, feed, feed_tags)
                assert fast.match(it) == slow.match(it)
                checked += 1
    extra = MatchInput("Noboa in Quito", "Cocaine and cartel news", Tags(
        countries=("EC",), entities=(Entity("person", "Daniel Noboa", "Noboa"),), areas=frozenset({"ecuador"})),
        "wire", ("wire",))  # fmt: skip
    assert fast.match(extra) == slow.match(extra) and fast.match(extra)
    assert checked > 60
