"""PII span scoring (overlap, same type, same message) against counts worked out by hand."""

from __future__ import annotations

import pytest

from safeguard.eval import Span, score_pii
from tests.eval.helpers import Pair, case, finding, pred


def gold(*spans: tuple[int | str, int, int, str]) -> dict[str, object]:
    return {"pii": [{"message": m, "start": s, "end": e, "type": t} for m, s, e, t in spans]}


PAIRS = [
    (
        gold((0, 0, 5, "PERSON"), (0, 10, 20, "EMAIL_ADDRESS")),
        [
            finding("pii", "PERSON", 0, 2, 4),  # inside the gold span: right
            finding("pii", "EMAIL_ADDRESS", 0, 20, 25),  # touches the end only: wrong (end is exclusive)
            finding("pii", "PERSON", 1, 0, 5),  # another message: wrong
        ],
    ),
    (
        gold((0, 0, 30, "LOCATION")),
        [
            finding("pii", "LOCATION", 0, 0, 10),  # two pieces of one address: both right
            finding("pii", "LOCATION", 0, 15, 30),
            finding("pii", "PERSON", 0, 0, 5),  # overlaps, but another type: wrong
        ],
    ),
    (gold(), [finding("pii", "PHONE_NUMBER", 0, 0, 10)]),  # labelled "no PII": wrong
    (gold(("reply", 0, 4, "PERSON")), [finding("pii", "PERSON", "reply", 1, 3)]),  # on the reply: right
]


def pairs() -> list[Pair]:
    return [(case(g, reply="Anna here"), pred(findings=f)) for g, f in PAIRS]


def test_per_type_counts() -> None:
    result = score_pii(pairs())
    assert result is not None
    t = result.per_type
    assert (t["PERSON"].predicted, t["PERSON"].predicted_right, t["PERSON"].gold, t["PERSON"].gold_found) == (
        4,
        2,
        2,
        2,
    )
    assert t["PERSON"].precision == pytest.approx(0.5)
    assert t["PERSON"].recall == pytest.approx(1.0)
    assert t["PERSON"].f2 == pytest.approx(2.5 / 3)
    assert (t["EMAIL_ADDRESS"].precision, t["EMAIL_ADDRESS"].recall, t["EMAIL_ADDRESS"].f2) == (0.0, 0.0, 0.0)
    assert (t["LOCATION"].precision, t["LOCATION"].recall) == (1.0, 1.0)
    assert t["PHONE_NUMBER"].precision == 0.0 and t["PHONE_NUMBER"].recall is None
    assert result.types == ("EMAIL_ADDRESS", "LOCATION", "PERSON", "PHONE_NUMBER")


def test_micro_average() -> None:
    result = score_pii(pairs())
    assert result is not None
    o = result.overall
    assert (o.predicted, o.predicted_right, o.gold, o.gold_found) == (8, 4, 4, 3)
    assert o.f2 == pytest.approx(1.875 / 2.75)


def test_restricting_types() -> None:
    result = score_pii(pairs(), types={"PERSON", "LOCATION"})
    assert result is not None
    assert result.types == ("LOCATION", "PERSON")
    o = result.overall
    assert (o.predicted, o.predicted_right, o.gold, o.gold_found) == (6, 4, 3, 3)
    assert o.f2 == pytest.approx(10 / 11)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Span(0, 0, 5, "X"), Span(0, 4, 9, "X"), True),
        (Span(0, 0, 5, "X"), Span(0, 5, 9, "X"), False),
        (Span(0, 0, 5, "X"), Span(1, 0, 5, "X"), False),
        (Span(0, 0, 5, "X"), Span(0, 0, 5, "Y"), False),
        (Span("reply", 3, 4, "X"), Span("reply", 0, 10, "X"), True),
    ],
)
def test_overlap(a: Span, b: Span, expected: bool) -> None:
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected
