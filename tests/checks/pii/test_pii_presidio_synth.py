"""Span-level accuracy on Presidio's synthetic set: a shipped sample, and the full shared file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from safeguard.checks.pii import PiiCheck

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "tests" / "data" / "pii" / "presidio_synth_sample.jsonl"
FULL = REPO / ".." / "shared" / "data" / "presidio_synth.jsonl"
UNCLAIMED = {"ORGANIZATION", "TITLE", "AGE", "ZIP_CODE", "NRP", "US_DRIVER_LICENSE"}
PATTERN = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS", "IBAN_CODE", "URL"}
Span = tuple[str, int, int]


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(t == span[0] and s < span[2] and span[1] < e for t, s, e in others)


def f2_scores(path: Path) -> dict[str, float]:
    """F2 per entity, plus ``"PATTERN"`` pooled over the pattern entities."""
    check, counts = PiiCheck(), Counter[tuple[str, str]]()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["messages"][0]["content"]
        gold = [(g["type"], g["start"], g["end"]) for g in row["labels"]["pii"] if g["type"] not in UNCLAIMED]
        predicted = [(f.category, f.start, f.end) for f in check.find(text, "input", 0)]
        for spans, other, key in ((predicted, gold, "p"), (gold, predicted, "r")):
            for span in spans:
                names = [span[0], "PATTERN"] if span[0] in PATTERN else [span[0]]
                for name in names:
                    counts[name, key + "_all"] += 1
                    counts[name, key + "_hit"] += _overlaps(span, other)
    scores = {}
    for name in {n for n, _ in counts}:
        p = counts[name, "p_hit"] / counts[name, "p_all"] if counts[name, "p_all"] else 0.0
        r = counts[name, "r_hit"] / counts[name, "r_all"] if counts[name, "r_all"] else 0.0
        scores[name] = 5 * p * r / (4 * p + r) if p + r else 0.0
    return scores


def test_sample_meets_the_targets() -> None:
    scores = f2_scores(SAMPLE)
    assert scores["PATTERN"] >= 0.90
    assert scores["PERSON"] >= 0.60


def test_full_shared_set_meets_the_targets() -> None:
    if not FULL.exists():
        pytest.skip("../shared/data is not beside this checkout")
    scores = f2_scores(FULL)
    assert scores["PATTERN"] >= 0.90
    for entity in PATTERN:
        assert scores[entity] >= 0.90, entity
    assert scores["PERSON"] >= 0.60
