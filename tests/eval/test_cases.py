"""Reading labelled cases: malformed lines are reported with their line number and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard._levels import RiskLevel
from safeguard.eval import Case, LabelError, Malformed, parse_case, parse_lines, read_cases

TINY = Path(__file__).parent / "data" / "tiny.jsonl"


def test_tiny_fixture_lines() -> None:
    items = list(read_cases(TINY))
    bad = [i for i in items if isinstance(i, Malformed)]
    good = [i for i in items if isinstance(i, Case)]
    assert [m.line for m in bad] == [3, 5, 8]  # line 4 is blank and simply skipped
    assert "not JSON" in bad[0].error
    assert "unknown risk level" in bad[1].error
    assert "messages" in bad[2].error
    assert [c.id for c in good] == ["t-1", "t-2", "t-5", "t-6", "t-8"]
    assert good[0].line == 1 and good[-1].line == 9


def test_labels_are_parsed() -> None:
    first = next(i for i in read_cases(TINY) if isinstance(i, Case))
    assert first.self_harm is not None
    assert (first.self_harm.low, first.self_harm.high) == (RiskLevel.IDEATION, RiskLevel.INTENT)
    assert first.self_harm.subject == "self" and first.self_harm.method_seeking is None
    assert first.overpromise is None and first.pii is None  # absent means unknown, not "none"


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ({"self_harm": {"min": "intent", "max": "passive"}}, "above"),
        ({"self_harm": {"min": "none"}}, "max"),
        ({"self_harm": {"min": "none", "max": "none", "subject": "me"}}, "subject"),
        ({"self_harm": {"min": "none", "max": "none", "method_seeking": "yes"}}, "method_seeking"),
        ({"overpromise": {"value": "yes"}}, "boolean"),
        ({"pii": [{"message": 0, "start": 5, "end": 5, "type": "PERSON"}]}, "offsets"),
        ({"pii": [{"message": "x", "start": 0, "end": 5, "type": "PERSON"}]}, "message"),
        ({"pii": {"message": 0}}, "list"),
        ([1], "object"),
    ],
)
def test_bad_labels(labels: object, message: str) -> None:
    with pytest.raises(LabelError, match=message):
        parse_case({"messages": [], "labels": labels})


def test_defaults_for_id_and_source() -> None:
    (item,) = parse_lines(['{"messages": []}'], "dir/xstest.jsonl")
    assert isinstance(item, Case)
    assert (item.id, item.source) == ("xstest:1", "xstest")
