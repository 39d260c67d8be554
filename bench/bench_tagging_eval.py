"""How well the tagger reads countries, people and organisations, against hand-labelled items.

The labels (tests/data/tagging_eval/) were written blind; their README fixes the rules and
the canonical organisation names. Each field is scored as a set per item and micro-averaged:
precision = matched / predicted, recall = matched / gold.

    .venv/bin/python bench/bench_tagging_eval.py --split dev [--errors]

Name matching is fair but no looser than that. Names are compared case- and accent-folded.
An organisation the tagger reports is mapped to the set's canonical name through the
README's alias table, plus `TAGGER_NAMES` for the few bodies the bundled list spells another
way. Aliases marked ‡ in the README ("Policía Nacional", "Interior Ministry", "Army") name
a different body in each country, so they are left out of the map: the tagger has to work
out the story's country and report "Ecuadorian National Police" itself. A bare "Policía
Nacional" it reports counts as a false positive, and the gold name as a false negative.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.models import Tags  # noqa: E402
from monitor.tagging import get_tagger  # noqa: E402
from monitor.textfold import fold  # noqa: E402

EVAL = ROOT / "tests" / "data" / "tagging_eval"
FIELDS = ("countries", "people", "orgs")

# The tagger's canonical name -> the set's, where both name the same body in other words. "FARC
# dissidents" is the README's own rule ("FARC dissidents" -> Revolutionary Armed Forces of Colombia).
TAGGER_NAMES: dict[str, str] = {
    "Customs and Border Protection": "U.S. Customs and Border Protection",
    "Immigration and Customs Enforcement": "U.S. Immigration and Customs Enforcement",
    "Cartel de los Soles": "Cartel of the Suns",
    "UN High Commissioner for Refugees": "United Nations High Commissioner for Refugees",
    "UN Human Rights Council": "United Nations Human Rights Council",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "Revolución Ciudadana": "Citizen Revolution Movement",
    "Peruvian Congress": "Congress of Peru",
    "FARC dissidents": "Revolutionary Armed Forces of Colombia",
    # names the tagger used before it read bare bodies in context, kept so old runs compare fairly
    "Mexican National Guard": "National Guard (Mexico)",
    "Fiscalía General del Estado": "Attorney General's Office (Ecuador)",
}


def org_aliases(readme: Path = EVAL / "README.md") -> dict[str, str]:
    """Folded name or alias -> the set's canonical name, from the README table; ‡ aliases left out."""
    table: dict[str, str] = {}
    in_table = False
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            in_table = line.startswith("## Organisations")
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not in_table or not line.startswith("|") or len(cells) != 3 or not cells[1].isdigit():
            continue
        canonical = cells[0]
        table[fold(canonical)] = canonical
        for alias, contextual in re.findall(r"`([^`]+)`(\s*‡)?", cells[2]):
            if not contextual:
                table.setdefault(fold(alias), canonical)
    for ours, theirs in TAGGER_NAMES.items():
        table.setdefault(fold(ours), theirs)
    return table


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], pred: set[str]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ItemResult:
    item: dict[str, Any]
    gold: dict[str, set[str]]
    pred: dict[str, set[str]]


@dataclass
class Report:
    results: list[ItemResult] = field(default_factory=list)

    def score(self, field_name: str, where: str = "", value: str = "") -> Score:
        score = Score()
        for r in self.results:
            if not where or r.item[where] == value:
                score.add(r.gold[field_name], r.pred[field_name])
        return score


def load(split: str) -> list[dict[str, Any]]:
    names = ["dev", "test"] if split == "all" else [split]
    return [json.loads(line) for name in names
            for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def predicted(tags: Tags, aliases: dict[str, str]) -> dict[str, set[str]]:
    orgs = {e.name for e in tags.entities if e.type == "org"}
    return {"countries": set(tags.countries),
            "people": {fold(e.name) for e in tags.entities if e.type == "person"},
            "orgs": {aliases.get(fold(name), fold(name)) for name in orgs}}


def gold_sets(item: dict[str, Any], aliases: dict[str, str]) -> dict[str, set[str]]:
    return {"countries": set(item["countries"]), "people": {fold(p) for p in item["people"]},
            "orgs": {aliases.get(fold(o), o) for o in item["orgs"]}}


def evaluate(items: Iterable[dict[str, Any]]) -> Report:
    tagger, aliases = get_tagger(), org_aliases()
    report = Report()
    for item in items:
        tags = tagger.tag(item["title"], item["text"])
        report.results.append(ItemResult(item, gold_sets(item, aliases), predicted(tags, aliases)))
    return report


def line(label: str, scores: dict[str, Score]) -> str:
    return f"{label:<22}" + "".join(
        f" {name[:9]:>9} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f} |" for name, s in scores.items())


def print_report(report: Report, errors: bool) -> None:
    print(f"{'field':<10} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}   ({len(report.results)} items)")
    for name in FIELDS:
        s = report.score(name)
        print(f"{name:<10} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    for where in ("lang", "style"):
        for value in sorted({r.item[where] for r in report.results}):
            count = sum(r.item[where] == value for r in report.results)
            print(line(f"{where} {value} ({count})", {n: report.score(n, where, value) for n in FIELDS}))
    if errors:
        for r in report.results:
            for name in FIELDS:
                fp, fn = sorted(r.pred[name] - r.gold[name]), sorted(r.gold[name] - r.pred[name])
                if fp or fn:
                    print(f"{r.item['id']} {name}: FP {fp} FN {fn}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives per item")
    args = parser.parse_args()
    print(f"split: {args.split}")
    print_report(evaluate(load(args.split)), args.errors)


if __name__ == "__main__":
    main()
