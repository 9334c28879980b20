"""Another person's act told with its time: long past ("my cousin took an overdose two
years ago", "... last year", "in 2019") or a routine dose ("like she always does") is not
an emergency now. The helper gets no emergency-now text for it and no helper steps for a
person at risk now; an act of someone else told without a past time, or with a recent one,
stays their emergency (see _others_time)."""

from __future__ import annotations

import pytest

from safeguard import Guard
from safeguard._conversation import Conversation, Message
from safeguard._findings import CheckResult
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules

L = RiskLevel
GUARD = Guard()


def _result(text: str) -> CheckResult:
    return rules().check_input(Conversation((Message("user", text),)))


def _other_levels(result: CheckResult) -> list[RiskLevel]:
    return [L.parse(f.category) for f in result.findings if f.detail.get("subject") == "other"]


def _reply(text: str) -> str:
    verdict = GUARD.check([{"role": "user", "content": text}], reply="I'm here.", locale="en-US")
    return verdict.reply or ""


PAST_OR_ROUTINE = [
    "my sister took all her pills last year",
    "my dad took an overdose two years ago and i still miss him",
    "my brother swallowed a whole bottle of pills in 2016. he survived",
    "my aunt took all her tablets last summer, she's doing ok now",
    "my grandma took all her tablets at once this morning like she always does",
    "my granddad took all his morning meds at once as usual",
    "my stepdad took all his evening tablets at once as prescribed",
]


@pytest.mark.parametrize("text", PAST_OR_ROUTINE)
def test_a_past_or_routine_act_of_someone_else_is_not_an_emergency(text: str) -> None:
    result = _result(text)
    assert all(level <= L.DISTRESS for level in _other_levels(result)), result.findings
    assert result.self_harm is not None and result.self_harm.level <= L.DISTRESS
    reply = _reply(text)
    assert "danger right now" not in reply and "call 911 now" not in reply.lower()
    assert "ask them directly" not in reply


EMERGENCY_STILL = [
    "my sister took all her pills",
    "my friend just took all her pills",
    "my mum took all her pills, not as prescribed",
    "my sister took an overdose in 2019 and last night she took all her pills again",
    "my grandma took all her tablets at once this morning and now she won't wake up",
]


@pytest.mark.parametrize("text", EMERGENCY_STILL)
def test_someone_elses_act_now_stays_their_emergency(text: str) -> None:
    result = _result(text)
    assert L.IMMINENT in _other_levels(result), result.findings
    assert "danger right now" in _reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "i took all my pills last year",
        "i took all my pills like i always do",
        "i took all my tablets at once this morning",
    ],
)
def test_the_writers_own_act_keeps_its_rules(text: str) -> None:
    # _others_time reads only acts already read as someone else's
    result = _result(text)
    assert result.self_harm is not None and result.self_harm.level >= L.PASSIVE
