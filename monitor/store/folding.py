"""Finding the story a new item belongs to, inside the writer's transaction.

The cost must not grow with the store: candidates come from the `story_band`
index (one range read per LSH band, bounded by the time window), and only the
members of the few best candidate stories, inside the window, are loaded and
compared (`monitor.stories.best_match`). Band keys older than `RETENTION` are
deleted as the writer goes, so the index holds days, not years.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import Connection, delete, func, insert, select

from monitor.minhash import MinHasher
from monitor.store.stories import move_alone_item
from monitor.store.tables import ItemEntityRow, ItemRow, StoryBandRow, StorySplitRow
from monitor.store.timeconv import from_db, to_db, utcnow
from monitor.stories import WINDOW, Profile, best_match, make_profile, shingle_words

BANDS, ROWS = 32, 2  # P(candidate) 0.95 at Jaccard 0.3, 0.27 at 0.1 (minhash.collision_probability)
HASHER = MinHasher.create(BANDS, ROWS)
RETENTION = timedelta(days=7)  # band keys kept this long: the window, plus room for late-published items
BUCKET_ROWS = 32  # entries read per band (see band_hits)
CANDIDATE_STORIES = 5  # the stories sharing the most bands; a rewrite's story is almost always among them
MEMBERS_COMPARED = 8  # the newest members in the window; a busy story's oldest add nothing new

ITEM = ItemRow.__table__
ENTITY = ItemEntityRow.__table__
BAND = StoryBandRow.__table__
SPLIT = StorySplitRow.__table__


def epoch(moment: datetime) -> int:
    value = to_db(moment)
    assert value is not None
    return int(value.timestamp())


@lru_cache(maxsize=256)
def _keys(words: frozenset[str]) -> tuple[int, ...]:
    """Band keys of a word set, computed once per new item (the search and the index both need them)."""
    return tuple(HASHER.keys_for(words))


def index_item(conn: Connection, item_id: int, profile: Profile) -> None:
    """Store the item's band keys; a revised item adds its new keys (old ones age out with the rest)."""
    keys = _keys(shingle_words(profile))
    if keys:
        ts = epoch(profile.ts)
        conn.execute(
            insert(BAND).prefix_with("OR IGNORE"), [{"band_hash": k, "ts": ts, "item_id": item_id} for k in keys]
        )


def prune(conn: Connection, now: datetime) -> None:
    conn.execute(delete(BAND).where(BAND.c.ts < epoch(now - RETENTION)))


def find_story(conn: Connection, profile: Profile, *, item_id: int | None = None) -> int | None:
    """The story this item tells, or None for a new one; `item_id` (re-folding a stored item) skips its
    current story and every story a user split it out of."""
    keys = _keys(shingle_words(profile))
    if not keys:
        return None
    hits = band_hits(conn, keys, profile.ts)
    if item_id is not None:
        hits.pop(item_id, None)
    if not hits:
        return None
    per_story: dict[int, int] = defaultdict(int)
    found = list(hits)
    for start in range(0, len(found), 500):
        chunk = found[start : start + 500]
        for member, story_id in conn.execute(select(ITEM.c.id, ITEM.c.story_id).where(ITEM.c.id.in_(chunk))):
            per_story[story_id] += hits[member]
    if item_id is not None:
        for story_id in conn.execute(
            select(SPLIT.c.story_id).where(SPLIT.c.item_id == item_id)
            .union(select(ITEM.c.story_id).where(ITEM.c.id == item_id))
        ).scalars():
            per_story.pop(story_id, None)
    candidates = sorted(per_story, key=lambda s: (-per_story[s], -s))[:CANDIDATE_STORIES]
    members = member_profiles(conn, candidates, profile.ts - WINDOW, profile.ts + WINDOW, exclude=item_id)
    best: tuple[float, int] | None = None
    for story_id in candidates:
        verdict = best_match(profile, members.get(story_id, ()))
        if verdict.same and (best is None or verdict.similarity > best[0]):
            best = (verdict.similarity, story_id)
    return best[1] if best else None


# One range read per band, newest first, at most BUCKET_ROWS each. Written once as SQL: building the
# 32-part union with SQLAlchemy on every fold cost 70x what SQLite takes to run it.
_BAND_HITS = " UNION ALL ".join(
    [f"SELECT * FROM (SELECT item_id FROM story_band WHERE band_hash = ? AND ts BETWEEN ? AND ?"
     f" ORDER BY ts DESC LIMIT {BUCKET_ROWS})"] * BANDS
)


def band_hits(conn: Connection, keys: Sequence[int], ts: datetime) -> dict[int, int]:
    """item id -> bands shared, over the items within the window of `ts`.

    Each band reads at most its `BUCKET_ROWS` entries nearest the top of the window: a band that
    common words made crowded says little, and this bound keeps a lookup the same few index reads
    however many items the store or the window holds.
    """
    lo, hi = epoch(ts - WINDOW), epoch(ts + WINDOW)
    assert len(keys) == BANDS
    hits: dict[int, int] = defaultdict(int)
    for (member,) in conn.exec_driver_sql(_BAND_HITS, tuple(v for key in keys for v in (key, lo, hi))):
        hits[member] += 1
    return dict(hits)


def refold_alone(conn: Connection, item_id: int, story_id: int, profile: Profile) -> int:
    """Let an item alone in its story join another now that we know more of it (a revised stub headline,
    the full text behind an aggregator's teaser); returns the story that holds it afterwards."""
    if conn.execute(select(func.count()).where(ITEM.c.story_id == story_id)).scalar_one() != 1:
        return story_id
    target = find_story(conn, profile, item_id=item_id)
    if target is None:
        return story_id
    move_alone_item(conn, item_id, story_id, target)
    return target


def member_profiles(
    conn: Connection, story_ids: Iterable[int], lo: datetime, hi: datetime, *, exclude: int | None = None
) -> dict[int, list[Profile]]:
    """Profiles of the stories' members whose time falls in [lo, hi], newest first, at most MEMBERS_COMPARED each."""
    rows = conn.execute(
        select(ITEM.c.id, ITEM.c.story_id, ITEM.c.title, ITEM.c.summary, ITEM.c.ts, ITEM.c.countries)
        .where(ITEM.c.story_id.in_(list(story_ids)), ITEM.c.ts.between(to_db(lo), to_db(hi)))
        .order_by(ITEM.c.ts.desc(), ITEM.c.id.desc())
    ).all()
    per_story: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
    for row in rows:
        if row.id != exclude and len(per_story[row.story_id]) < MEMBERS_COMPARED:
            per_story[row.story_id].append(row)
    ids = [r.id for chosen in per_story.values() for r in chosen]
    names: dict[int, list[str]] = defaultdict(list)
    places: dict[int, list[str]] = defaultdict(list)
    if ids:
        for item, kind, name in conn.execute(
            select(ENTITY.c.item_id, ENTITY.c.type, ENTITY.c.name).where(ENTITY.c.item_id.in_(ids))
        ):
            (places if kind == "place" else names)[item].append(name)
    return {
        story_id: [
            make_profile(
                r.title, r.summary, from_db(r.ts),  # type: ignore[arg-type]
                names=names[r.id], places=places[r.id], countries=r.countries.split(),
            )
            for r in chosen
        ]
        for story_id, chosen in per_story.items()
    }


def stored_profile(conn: Connection, item_id: int) -> Profile | None:
    """A stored item's profile, from its row and its tags (for indexing items stored before folding)."""
    row = conn.execute(
        select(ITEM.c.title, ITEM.c.summary, ITEM.c.ts, ITEM.c.countries).where(ITEM.c.id == item_id)
    ).first()
    if row is None:
        return None
    names: list[str] = []
    places: list[str] = []
    for kind, name in conn.execute(select(ENTITY.c.type, ENTITY.c.name).where(ENTITY.c.item_id == item_id)):
        (places if kind == "place" else names).append(name)
    return make_profile(
        row.title, row.summary, from_db(row.ts),  # type: ignore[arg-type]
        names=names, places=places, countries=row.countries.split(),
    )


def index_recent_items(conn: Connection, now: datetime | None = None) -> int:
    """Band keys for items stored before stories folded (the v1 -> v2 migration): only those still in retention."""
    since = to_db((now or utcnow()) - RETENTION)
    ids = [r[0] for r in conn.execute(select(ITEM.c.id).where(ITEM.c.ts >= since))]
    for item_id in ids:
        profile = stored_profile(conn, item_id)
        if profile is not None:
            index_item(conn, item_id, profile)
    return len(ids)
