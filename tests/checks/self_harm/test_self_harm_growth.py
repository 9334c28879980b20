"""Work grows linearly with a message's length, counted in calls (never timed here; the
times are in ``benchmarks/bench_self_harm.py --hostile``)."""

from __future__ import annotations

import pytest

from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions, _discourse
from tests.checks.self_harm._helpers import conversation

# A reported question with no full stop: one sentence as long as the message.
PHRASE = "my friend asked me how much paracetamol it would take "


def _answer_checks(monkeypatch: pytest.MonkeyPatch, times: int) -> int:
    calls = 0
    real = _discourse._answers_no

    def counted(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_discourse, "_answers_no", counted)
    SelfHarmCheck(SelfHarmOptions(lexical=False)).assess(conversation(PHRASE * times))
    return calls


def test_looking_for_a_no_answer_is_linear_in_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    short, long = _answer_checks(monkeypatch, 100), _answer_checks(monkeypatch, 400)
    assert short > 0, "the reported-question rule was exercised"
    # four times the text: about four times the work (it was sixteen: every question read
    # on to the end of the message)
    assert long <= 4.5 * short
