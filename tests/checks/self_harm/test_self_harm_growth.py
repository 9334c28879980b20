"""Work grows linearly with a message's length, counted in calls (never timed here; the
times are in ``benchmarks/bench_self_harm.py --hostile``)."""

from __future__ import annotations

import pytest

from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions, _again, _discourse, _sentences
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


# A survived attempt and a plan, thousands of times: every signal asks whether a recent
# marker or a repeat lies inside a recovery phrase. Compared hit by hit that grew with the
# square of the length (×2,000: 95 ms, ×8,000 about 1.5 s); the spans are now indexed once.
SURVIVOR = "i survived an attempt in 2015 now i have a plan, last night i did it again "


def _span_indexes(monkeypatch: pytest.MonkeyPatch, times: int) -> int:
    calls = 0

    def counted(module: object) -> None:
        real = module.reach  # type: ignore[attr-defined]

        def wrapper(*args: object) -> list[int]:
            nonlocal calls
            calls += 1
            return real(*args)  # type: ignore[no-any-return]

        monkeypatch.setattr(module, "reach", wrapper)

    counted(_sentences)
    counted(_again)
    SelfHarmCheck(SelfHarmOptions(lexical=False)).assess(conversation(SURVIVOR * times))
    return calls


def test_recovery_spans_are_indexed_once_per_message(monkeypatch: pytest.MonkeyPatch) -> None:
    short, long = _span_indexes(monkeypatch, 50), _span_indexes(monkeypatch, 200)
    assert short > 0, "the recovery index was used"
    # one index per message and question kind, however many signals ask
    assert long == short
