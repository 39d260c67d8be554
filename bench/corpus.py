"""A deterministic synthetic feed corpus, and a loopback server for it in its own process.

The ingest benchmark needs a few hundred realistic feeds (wire-style titles
naming places, organisations and people; HTML summaries of a few sentences;
some stories carried by several outlets) that are the same on every run and
every machine, so the numbers it prints compare like with like. The server runs
in a separate process so that serving the corpus does not compete for our
interpreter's GIL with the fetcher being measured (or with newsboat's run).

    python bench/corpus.py serve DIR     # prints the port, serves until stdin closes
"""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

DATA = Path(__file__).resolve().parent.parent / "monitor" / "tagging" / "data"
ORGS = [
    "U.S. Southern Command", "SOUTHCOM", "the DEA", "the Coast Guard", "Ecuador's armed forces", "Los Choneros",
    "Los Lobos", "the Sinaloa cartel", "the Gulf Clan", "the ELN", "Interpol", "the OAS", "the United Nations",
    "the Pentagon", "the National Police", "the IMF", "the World Bank", "Europol", "the Red Cross", "Petroecuador",
]
FIRST = ["Daniel", "Gustavo", "Dina", "Marco", "Alvin", "Maria", "Luisa", "Carlos", "Ana", "Jorge", "Elena", "Pedro",
         "Sofia", "Diego", "Lucia", "Andres", "Camila", "Felipe", "Valeria", "Ricardo", "Isabel", "Tomas"]
LAST = ["Noboa", "Petro", "Boluarte", "Rubio", "Holsey", "Morales", "Vargas", "Castro", "Herrera", "Rojas", "Mendoza",
        "Guerrero", "Salazar", "Paredes", "Cordero", "Villacis", "Andrade", "Zambrano", "Ortega", "Benitez"]
# Everyday news vocabulary: enough words that two unrelated items share few of them, as real ones do.
WORDS = ["accord", "address", "agency", "agreement", "aid", "aircraft", "airport", "alliance", "allegation", "ambassador", "analysis", "anniversary", "appeal", "army", "arrest", "assembly", "attack", "audit", "authority", "ballot", "bank", "barrier", "battle", "bill", "blockade", "border", "bridge", "briefing", "budget", "cabinet", "camp", "campaign", "candidate", "capital", "cargo", "case", "ceasefire", "census", "charge", "checkpoint", "citizen", "civilian", "claim", "coalition", "coast", "command", "commission", "committee", "community", "company", "compensation", "conflict", "congress", "construction", "contract", "convoy", "corruption", "council", "court", "crackdown", "crime", "crisis", "crop", "currency", "curfew", "customs", "damage", "data", "deal", "debate", "debt", "decree", "defence", "deficit", "delegation", "demand", "deployment", "deputy", "detention", "diplomat", "director", "disaster", "discovery", "dispute", "district", "drought", "economy", "election", "embassy", "emergency", "energy", "envoy", "evacuation", "evidence", "exchange", "exercise", "export", "extradition", "factory", "farm", "finance", "fine", "fishing", "flight", "flood", "force", "forecast", "fraud", "fuel", "fund", "funeral", "governor", "grain", "guard", "harbour", "harvest", "health", "hearing", "highway", "hospital", "hostage", "housing", "import", "incident", "income", "industry", "inflation", "inquiry", "inspection", "intelligence", "interest", "investment", "investor", "island", "judge", "jury", "labour", "land", "law", "lawmaker", "lawsuit", "leader", "legislation", "loan", "logistics", "majority", "market", "mayor", "measure", "merger", "migrant", "militia", "mine", "minister", "mission", "motion", "murder", "negotiation", "network", "officer", "offshore", "oil", "operation", "opposition", "order", "outbreak", "parliament", "party", "passenger", "patrol", "payment", "peace", "pension", "permit", "pipeline", "plan", "police", "policy", "poll", "port", "president", "price", "prison", "program", "prosecutor", "protest", "province", "purchase", "raid", "railway", "rally", "rate", "reform", "refinery", "refugee", "region", "report", "rescue", "reserve", "resignation", "revenue", "riot", "road", "route", "ruling", "salary", "sanction", "satellite", "school", "seizure", "senate", "sentence", "settlement", "shipment", "shortage", "soldier", "strike", "subsidy", "suspect", "tariff", "tax", "teacher", "territory", "testimony", "threat", "tourism", "trade", "traffic", "trial", "troops", "truce", "tunnel", "union", "university", "vaccine", "verdict", "vessel", "veto", "violence", "visit", "vote", "wage", "warehouse", "warning", "water", "weapon", "witness", "worker", "announced", "approved", "arrested", "blocked", "called", "charged", "claimed", "closed", "confirmed", "criticised", "declared", "delayed", "denied", "deployed", "detained", "discussed", "dismissed", "doubled", "expanded", "expected", "extended", "faced", "failed", "filed", "halted", "imposed", "increased", "launched", "lifted", "opened", "ordered", "postponed", "proposed", "raised", "reached", "recovered", "reduced", "rejected", "released", "reported", "requested", "resumed", "revealed", "rose", "seized", "signed", "suspended", "threatened", "warned", "withdrew", "annual", "armed", "central", "coastal", "criminal", "domestic", "eastern", "economic", "federal", "foreign", "illegal", "internal", "joint", "local", "major", "maritime", "military", "national", "northern", "official", "political", "private", "public", "regional", "rural", "senior", "southern", "urban", "western"]
FILLER = (
    "officials said on condition of anonymity", "according to a statement released late on Tuesday",
    "the ministry said in a brief communiqué", "analysts cautioned that the figures could not be verified",
    "local media reported, citing police sources", "the operation had been planned for several months",
    "residents described hearing gunfire throughout the night", "no injuries were reported",
    "the government did not respond to a request for comment", "the announcement came after weeks of talks",
)
T0 = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


class _Names:
    """Places from the tagger's own gazetteer (so tagging finds them), organisations and people."""

    def __init__(self) -> None:
        cities = json.loads((DATA / "cities.json").read_text(encoding="utf-8"))
        self.places = [row[1] for row in cities[:3000]]
        self.people = [f"{f} {l}" for f in FIRST for l in LAST]


def _tail(count: int = 4000) -> list[str]:
    """Rare words (made of syllables, fixed seed): real text's long tail is what keeps two
    unrelated items apart, so without it every item would look a little like every other."""
    rng = random.Random(7)
    onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "br", "cr", "pl", "st", "tr"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 4))))
    return sorted(words)


TAIL = _tail()


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) if rng.random() < 0.7 else rng.choice(TAIL) for _ in range(n))


def _sentence(rng: random.Random, names: _Names) -> str:
    subject = rng.choice(ORGS + names.people[:60])
    return (
        f"{subject[0].upper()}{subject[1:]} {_words(rng, rng.randint(3, 7))} in {rng.choice(names.places)} "
        f"{_words(rng, rng.randint(2, 5))}, {rng.choice(FILLER)}; {rng.randint(2, 900)} {_words(rng, 2)}."
    )


def _item(rng: random.Random, names: _Names, outlet: int, n: int) -> dict[str, str]:
    title = (
        f"{rng.choice(names.places)}: {rng.choice(ORGS + names.people)} {_words(rng, rng.randint(3, 6))} "
        f"{rng.randint(2, 90)} {_words(rng, 2)}"
    )
    paragraphs = []
    for _ in range(2):
        sentences = " ".join(_sentence(rng, names) for _ in range(rng.randint(1, 3)))
        paragraphs.append(f"<p>{sentences}</p>")
    link = f"https://outlet{outlet}.example/news/{n:06d}-{rng.randrange(16**8):08x}"
    paragraphs.append(f'<p>Read more at <a href="{link}">outlet {outlet}</a>.</p>')
    when = T0 - timedelta(minutes=rng.randint(0, 7 * 24 * 60))
    return {"title": title, "summary": "".join(paragraphs), "link": link, "guid": link, "date": when.isoformat(),
            "rfc822": format_datetime(when, usegmt=True), "author": rng.choice(names.people)}


def _rss(outlet: int, items: list[dict[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{escape(i['title'])}</title><link>{i['link']}</link>"
        f"<guid isPermaLink=\"true\">{i['guid']}</guid><pubDate>{i['rfc822']}</pubDate>"
        f"<dc:creator>{escape(i['author'])}</dc:creator><category>Security</category>"
        f"<description>{escape(i['summary'])}</description></item>\n"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Outlet {outlet}</title><link>https://outlet{outlet}.example/</link>"
        f"<description>News from outlet {outlet}</description><language>en</language>\n{entries}</channel></rss>\n"
    )


def _atom(outlet: int, items: list[dict[str, str]]) -> str:
    entries = "".join(
        f"<entry><title>{escape(i['title'])}</title><link rel=\"alternate\" href=\"{i['link']}\"/>"
        f"<id>{i['guid']}</id><updated>{i['date']}</updated><published>{i['date']}</published>"
        f"<author><name>{escape(i['author'])}</name></author>"
        f"<summary type=\"html\">{escape(i['summary'])}</summary></entry>\n"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Outlet {outlet}</title><id>https://outlet{outlet}.example/</id>"
        f'<link rel="alternate" href="https://outlet{outlet}.example/"/><updated>{T0.isoformat()}</updated>\n'
        f"{entries}</feed>\n"
    )


def generate(directory: Path, *, feeds: int = 200, items: int = 50, seed: int = 20261121) -> list[Path]:
    """Write `feeds` documents of `items` entries each (every fourth one Atom); ~5% of stories are wire copies."""
    rng = random.Random(seed)
    names = _Names()
    directory.mkdir(parents=True, exist_ok=True)
    wire: list[dict[str, str]] = []
    paths = []
    for outlet in range(feeds):
        entries = []
        for n in range(items):
            if wire and rng.random() < 0.05:
                copy = dict(rng.choice(wire))
                copy["guid"] = f"{copy['guid']}#outlet{outlet}"  # same story, this outlet's own id
                entries.append(copy)
            else:
                entries.append(_item(rng, names, outlet, n))
                if rng.random() < 0.1:
                    wire.append(entries[-1])
        text = _atom(outlet, entries) if outlet % 4 == 3 else _rss(outlet, entries)
        path = directory / f"feed{outlet:03d}.xml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# --- the server --------------------------------------------------------------------------------------


def _handler_class(files: dict[str, tuple[bytes, str, str]]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            found = files.get(self.path)
            if found is None:
                self._send(404, b"", {})
                return
            body, etag, modified = found
            validators = {"ETag": etag, "Last-Modified": modified}
            if self.headers.get("If-None-Match") == etag or (
                self.headers.get("If-None-Match") is None and self.headers.get("If-Modified-Since") == modified
            ):
                self._send(304, b"", validators)
            else:
                self._send(200, body, {"Content-Type": "application/xml; charset=utf-8", **validators})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def _serve(directory: Path) -> None:
    modified = format_datetime(T0, usegmt=True)
    files = {}
    for path in sorted(directory.glob("*.xml")):
        body = path.read_bytes()
        files["/" + path.name] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"', modified)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(files))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # the parent closing our stdin (or dying) ends the server
    server.shutdown()


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory`'s feeds from a child process; yields the base URL (`http://127.0.0.1:PORT`)."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "serve", str(directory)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__" and sys.argv[1:2] == ["serve"]:
    _serve(Path(sys.argv[2]))
