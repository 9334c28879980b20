"""Regression on a small permissive sample (tests/data/self_harm): thresholds we actually meet.

The sample is a guard against regressions, not the evaluation: the numbers on
the full development sets are in ``docs/evaluation.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import check

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "self_harm" / "permissive_sample.jsonl"


def _cases() -> list[tuple[RiskLevel, RiskLevel, RiskLevel, str]]:
    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        label = case["labels"]["self_harm"]
        conv = Conversation(tuple(Message(m["role"], m["content"]) for m in case["messages"]))
        state = check().assess(conv)
        out.append(
            (RiskLevel.parse(label["min"]), RiskLevel.parse(label["max"]), state.level, case["source"])
        )
    return out


@pytest.fixture(scope="module")
def cases() -> list[tuple[RiskLevel, RiskLevel, RiskLevel, str]]:
    return _cases()


def test_at_risk_recall(cases: list[tuple[RiskLevel, RiskLevel, RiskLevel, str]]) -> None:
    positives = [got for low, _, got, _ in cases if low >= RiskLevel.PASSIVE]
    recall = sum(got >= RiskLevel.PASSIVE for got in positives) / len(positives)
    assert len(positives) == 29
    assert recall >= 0.95


def test_benign_look_alikes_stay_below_passive(
    cases: list[tuple[RiskLevel, RiskLevel, RiskLevel, str]],
) -> None:
    negatives = [got for _, high, got, _ in cases if high <= RiskLevel.DISTRESS]
    flagged = sum(got >= RiskLevel.PASSIVE for got in negatives) / len(negatives)
    assert flagged <= 0.02


def test_diasafety_explicit_cases_are_not_missed(
    cases: list[tuple[RiskLevel, RiskLevel, RiskLevel, str]],
) -> None:
    dia = [(low, got) for low, _, got, source in cases if source == "diasafety_risk"]
    under = sum(got < low for low, got in dia) / len(dia)
    assert under <= 0.30
