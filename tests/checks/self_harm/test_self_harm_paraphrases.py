"""Recall on wordings no rule was written from: the paraphrase challenge set (issue #4).

``tests/data/self_harm/paraphrases.jsonl`` holds 513 conversations written for this project
(project licence; no data-set text): 358 first-person risks across the C-SSRS ladder, each
rung in many shapes (rambling, lowercase and typos, slang, euphemism, hedged, questions,
British/Australian usage, risk split across turns), and 155 hard negatives (idioms, games,
jokes, third person, fiction, information, past-and-recovered, negated, everyday distress).
The set was written and committed before any rule was changed for it; the floors below are
the measurement after that work (``meta.category`` groups the cases), rounded down to two
decimals for the recall floors and exact counts for the false alarms. They are not to be
lowered: a change that loses recall here lost it on new phrasings.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import check

SET = Path(__file__).resolve().parents[2] / "data" / "self_harm" / "paraphrases.jsonl"

# ≥passive recall of the gold positives per rung (share of the category's cases).
RECALL_FLOOR = {
    "passive": 0.92,
    "ideation": 0.91,
    "ideation_method": 0.81,
    "intent": 0.94,
    "plan": 0.63,
    "imminent": 0.77,
    "multiturn": 0.88,
}
# Hard negatives flagged ≥passive: at most this many cases per group.
FLAGGED_CEILING = {
    "neg_idiom": 1,
    "neg_gaming": 0,
    "neg_joke": 0,
    "neg_negated": 0,
    "neg_info": 0,
    "neg_distress": 0,
    "neg_fiction": 0,
    "neg_past": 1,
    "neg_third_person": 3,
    "neg_misc": 2,
}


class Tally:
    """Counts of one category: cases, flagged ≥passive, inside the gold range, below it."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, level: RiskLevel, low: RiskLevel, high: RiskLevel) -> None:
        self.counts["n"] += 1
        self.counts["flagged"] += level >= RiskLevel.PASSIVE
        self.counts["in_range"] += low <= level <= high
        self.counts["under"] += level < low

    def share(self, key: str) -> float:
        return self.counts[key] / self.counts["n"]


def _cases() -> list[dict[str, Any]]:
    with SET.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _conversation(case: dict[str, Any]) -> Conversation:
    return Conversation(tuple(Message(m["role"], m["content"]) for m in case["messages"]))


@functools.cache
def tallies() -> dict[str, Tally]:
    """Every case judged once by the default check, tallied per category and overall."""
    out: dict[str, Tally] = {}
    for case in _cases():
        label = case["labels"]["self_harm"]
        low, high = RiskLevel.parse(label["min"]), RiskLevel.parse(label["max"])
        level = check().assess(_conversation(case)).level
        group = "positive" if low >= RiskLevel.PASSIVE else "negative"
        for key in (case["meta"]["category"], group):
            out.setdefault(key, Tally()).add(level, low, high)
    return out


def test_set_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 450
    assert len({c["id"] for c in cases}) == len(cases)
    assert {c["source"] for c in cases} == {"safeguard_paraphrases"}
    categories = {c["meta"]["category"] for c in cases}
    assert categories == set(RECALL_FLOOR) | set(FLAGGED_CEILING)
    for case in cases:
        label = case["labels"]["self_harm"]
        assert RiskLevel.parse(label["min"]) <= RiskLevel.parse(label["max"]), case["id"]
        assert case["messages"][-1]["role"] == "user", case["id"]


@pytest.mark.parametrize("category", sorted(RECALL_FLOOR))
def test_recall_per_rung(category: str) -> None:
    tally = tallies()[category]
    assert tally.share("flagged") >= RECALL_FLOOR[category], (category, dict(tally.counts))


@pytest.mark.parametrize("category", sorted(FLAGGED_CEILING))
def test_hard_negatives_stay_below_passive(category: str) -> None:
    tally = tallies()[category]
    assert tally.counts["flagged"] <= FLAGGED_CEILING[category], (category, dict(tally.counts))


def test_overall_grading() -> None:
    positive, negative = tallies()["positive"], tallies()["negative"]
    assert positive.share("flagged") >= 0.86, dict(positive.counts)
    assert positive.share("in_range") >= 0.82, dict(positive.counts)
    assert positive.share("under") <= 0.17, dict(positive.counts)
    assert negative.counts["flagged"] <= 7, dict(negative.counts)
    assert negative.share("in_range") >= 0.93, dict(negative.counts)
