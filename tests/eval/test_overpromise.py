"""Overpromise scoring on synthetic predictions, against counts worked out by hand."""

from __future__ import annotations

import pytest

from safeguard.eval import OverpromiseScores, score_overpromise
from tests.eval.helpers import case, finding, pred


def op(value: bool, *kinds: str) -> dict[str, object]:
    return {"overpromise": {"value": value, "kinds": list(kinds)}}


PAIRS = [
    (op(True, "outcome"), [finding("overpromise", "outcome")]),  # TP, outcome found
    (op(True, "availability", "capability"), [finding("overpromise", "capability")]),  # TP
    (op(True, "outcome"), []),  # FN
    (op(False), [finding("overpromise", "outcome")]),  # FP
    (op(False), [finding("overpromise", "outcome", message=0)]),  # TN: an input finding is not on the reply
    (op(False), [finding("overpromise", "dependence")]),  # FP: every category on the reply counts
    (op(False), [finding("pii", "PERSON")]),  # TN: another check
]


@pytest.fixture
def scores() -> OverpromiseScores:
    result = score_overpromise([(case(g, reply="r"), pred(findings=f)) for g, f in PAIRS])
    assert result is not None
    return result


def test_binary(scores: OverpromiseScores) -> None:
    b = scores.binary
    assert (b.tp, b.fp, b.fn, b.tn) == (2, 2, 1, 2)
    assert b.precision == pytest.approx(0.5)
    assert b.recall == pytest.approx(2 / 3)
    assert b.f1 == pytest.approx(4 / 7)


def test_per_kind_recall(scores: OverpromiseScores) -> None:
    r = scores.kind_recall
    assert (r["outcome"].count, r["outcome"].n) == (1, 2)
    assert (r["availability"].count, r["availability"].n) == (0, 1)
    assert (r["capability"].count, r["capability"].n) == (1, 1)
    assert r["confidentiality"].n == 0 and r["confidentiality"].rate is None


def test_unknown_kind_is_a_label_error() -> None:
    from safeguard.eval import LabelError

    with pytest.raises(LabelError, match="unknown overpromise kind"):
        case(op(True, "dependence"))
