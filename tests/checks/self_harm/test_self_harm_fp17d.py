"""Attempts told as history (fp17d): the age or the span named beside the event ("a
suicide attempt at 19", "2 years back i attempted"), each table beside wording that must
still read as risk now."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# ------------------------------------------------------ an attempt dated by age or span
DATED_ATTEMPT = [
    "i survived an attempt at 16. these days i run a bakery with my wife",
    "had a suicide attempt at 22, i'm 35 and fully well. do i declare it on the form?",
    "5 years back i attempted suicide after uni. now i'm married and happy",
    "two decades back i attempted suicide. i'm a nurse now",
    "my overdose at age 15 is in my medical notes, the insurer has seen them all",
]


@pytest.mark.parametrize("text", DATED_ATTEMPT)
def test_an_attempt_dated_by_age_or_span_is_history(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


DATED_ATTEMPT_STILL_RISK = [
    # a recent marker or a plan beside the dated attempt keeps it now
    "i survived an attempt at 16 and last night i tried again",
    "5 years back i attempted suicide and i'm going to try again this weekend",
    "had a suicide attempt at 22. i'm planning another one on friday",
    "i attempted at 17. i want to die again, every day",
    # no date: the attempt is the writer's risk
    "i survived an attempt and i still want to die",
]


@pytest.mark.parametrize("text", DATED_ATTEMPT_STILL_RISK)
def test_an_attempt_with_a_recent_marker_stays_risk(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
