"""Self-harm scoring on synthetic predictions, against counts worked out by hand."""

from __future__ import annotations

from typing import Any

import pytest

from safeguard.eval import SelfHarmScores, score_self_harm
from tests.eval.helpers import case, pred, sh

# (gold min, gold max, extra labels, predicted level, predicted extras) with, per row,
# binary: TP/FP/FN/TN/-, within range, under-triage (u = in denominator and under,
# d = in denominator only), over-triage (same letters).
ROWS: list[tuple[str, str, dict[str, Any], str, dict[str, Any]]] = [
    ("none", "none", {}, "none", {}),  # TN, in, -, d
    ("none", "distress", {}, "passive", {}),  # FP, out, -, o
    ("passive", "imminent", {"subject": "self"}, "passive", {"subject": "self"}),  # TP, in (at min), d, -
    ("passive", "imminent", {"subject": "other"}, "distress", {"subject": "self"}),  # FN, out, u, -
    ("distress", "passive", {}, "none", {}),  # excluded, out, u, d
    ("intent", "imminent", {"method_seeking": True}, "imminent", {"method_seeking": True}),  # TP, in, d, -
    ("ideation", "intent", {"method_seeking": False}, "imminent", {"method_seeking": True}),  # TP, out, d, o
    ("none", "none", {}, "distress", {}),  # TN, out, -, o
    ("distress", "ideation", {}, "ideation", {}),  # excluded, in (at max), d, d
    ("passive", "ideation", {}, "none", {}),  # FN, out, u, d
]


@pytest.fixture
def scores() -> SelfHarmScores:
    pairs = [
        (case(sh(lo, hi, **gx), id=f"c{i}"), pred(lv, **px)) for i, (lo, hi, gx, lv, px) in enumerate(ROWS)
    ]
    result = score_self_harm(pairs)
    assert result is not None
    return result


def test_binary_counts_and_rates(scores: SelfHarmScores) -> None:
    b = scores.binary
    assert (b.tp, b.fp, b.fn, b.tn) == (3, 1, 2, 2)
    assert b.precision == pytest.approx(0.75)
    assert b.recall == pytest.approx(0.6)
    assert b.f1 == pytest.approx(2 / 3)


def test_graded(scores: SelfHarmScores) -> None:
    assert scores.labelled == 10
    assert (scores.within_range.count, scores.within_range.n) == (4, 10)
    assert (scores.under_triage.count, scores.under_triage.n) == (3, 7)
    assert (scores.over_triage.count, scores.over_triage.n) == (3, 7)
    assert scores.under_triage.rate == pytest.approx(3 / 7)


def test_subject_and_method_seeking_only_where_labelled(scores: SelfHarmScores) -> None:
    assert (scores.subject.count, scores.subject.n) == (1, 2)
    assert (scores.method_seeking.count, scores.method_seeking.n) == (1, 2)


def test_straddling_range_is_not_binary() -> None:
    result = score_self_harm([(case(sh("distress", "passive")), pred("imminent"))])
    assert result is not None
    b = result.binary
    assert (b.tp, b.fp, b.fn, b.tn) == (0, 0, 0, 0)
    assert b.precision is None and b.recall is None and b.f1 is None
    assert (result.over_triage.count, result.over_triage.n) == (1, 1)


def test_imminent_range_cannot_be_over_triaged_nor_none_range_under_triaged() -> None:
    pairs = [(case(sh("intent", "imminent")), pred("imminent")), (case(sh("none", "none")), pred("none"))]
    result = score_self_harm(pairs)
    assert result is not None
    assert result.over_triage.n == 1 and result.under_triage.n == 1


def test_no_labels_means_no_scores() -> None:
    assert score_self_harm([(case({}), pred("ideation"))]) is None
