"""What tagging costs: loading the gazetteer once, then each ~1 KB item.

Load time is measured in a fresh interpreter (the cache would hide it otherwise).
Per-item cost is printed next to the cost of merely folding the same text, measured
in the same run, so the ratio means something on any machine; nothing asserts times.

    .venv/bin/python bench/bench_tagging.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.textfold import fold  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
EXTRA = [
    "Las Fuerzas Armadas ecuatorianas desplegaron tropas en Guayaquil contra Los Choneros y Los Lobos.",
    "Lt. Col. Chad Morris said U.S. Southern Command aircraft flew from Manta over the eastern Pacific.",
    "Police in Puno, Peru, seized two tons of cocaine bound for Bolivia, officials in Lima said.",
    "O Primeiro Comando da Capital atua no Paraguai e na Bolívia, disse a Polícia Federal em São Paulo.",
    "Colombia's ELN and FARC dissidents fought in Nariño and Cauca; the OAS and the UN called for talks.",
]

LOAD = """
import time
t = time.perf_counter()
from monitor.tagging import get_tagger
get_tagger().tag("warm", "up")
print(time.perf_counter() - t)
"""


def items() -> list[tuple[str, str]]:
    """~1 KB slices of the seed articles plus a few dense multilingual paragraphs."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.exists() else []
    out = []
    for text in texts:
        for i in range(0, len(text), 1000):
            chunk = text[i : i + 1000]
            out.append((chunk.split("\n", 1)[0][:100], chunk))
    out += [(s[:60], " ".join(EXTRA)) for s in EXTRA]
    return out


def per_item_us(func: object, batch: list[tuple[str, str]], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for title, text in batch:
            func(title, text)  # type: ignore[operator]
    return (time.perf_counter() - start) / (rounds * len(batch)) * 1e6


def main() -> None:
    load = float(subprocess.run([sys.executable, "-c", LOAD], cwd=ROOT, capture_output=True, text=True,
                                check=True).stdout)
    from monitor.tagging import get_tagger

    tagger = get_tagger()
    batch = items()
    size = sum(len(t) + len(x) for t, x in batch) / len(batch)
    per_item_us(tagger.tag, batch, 3)  # warm caches
    tag_us = per_item_us(tagger.tag, batch, 50)
    fold_us = per_item_us(lambda title, text: fold(title + text), batch, 50)
    print(f"load (fresh process, first tag included): {load * 1000:.0f} ms")
    print(f"items: {len(batch)}, mean size {size:.0f} chars")
    print(f"tag:  {tag_us:.0f} us/item")
    print(f"fold: {fold_us:.0f} us/item  (tag costs {tag_us / fold_us:.1f}x a plain fold)")


if __name__ == "__main__":
    main()
