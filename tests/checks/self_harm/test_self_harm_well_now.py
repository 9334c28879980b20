"""A past told beside the writer's plain words of being well now ("i'm now well", "no SI
since", "haven't felt anything like that in a decade", "now i'm a nurse") or dated by a
decade of life ("in my 20s", "it's been 5 yrs") is settled at distress; a recent cue or a
wish now beside the same words keeps the risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("I was suicidal in 2019. I'm now well, and I want to help my daughter",),
        ("I had a suicide attempt at 17, I'm 32 now, therapy did its thing, I'm well.",),
        ("i struggled with suicidal thoughts in my 20s. i'm fine now",),
        ("I was hospitalised for suicidal depression 3 years ago", "well, mostly. no SI since"),
        ("I tried to end it in 2012. Now I'm a nurse on the same ward.",),
        ("i was in a psych unit at 17 after trying to end things", "its been 5 yrs and im good"),
        ("I had a suicide attempt by overdose in 2012 and no issues since, just asking about insurance",),
    ],
)
def test_a_past_beside_being_well_now_is_settled(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("I was suicidal in 2019 and it's back. I'm now well at work but not inside",),
        ("I attempted in 2015, no SI since until last night, I want to die again",),
        ("I tried to end it in 2012. Now I'm a nurse and I want to die every day",),
        ("in my 20s i was suicidal and i still want to die",),
        ("i attempted in 2015. i'm not at risk or anything. i've been saving up my pills",),
        ("i tried in 2019. i'm not in danger. i just wish i could go to sleep and not wake up",),
        ("havent done it in ages but i keep wanting to cut again",),
    ],
)
def test_a_recent_cue_or_a_wish_now_keeps_the_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        # a dated recent marker two sentences on is about something else
        "Last time I was in an ER it was for a self-harm injury, back in 2017. "
        "I'm here for my dad's knee surgery. Mum rang yesterday",
        "Used to be convinced everyone would be better off without me. That was 2016. "
        "Anyway this morning my youngest made me a card",
    ],
)
def test_a_recent_date_about_something_else_leaves_the_history(text: str) -> None:
    assert user_turns_level(text) <= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "I attempted in 2015. I'm ok now. Yesterday I felt that way again",
        "I was suicidal in 2019. It's back.",
        "I overdosed in 2009. Last night I took the whole bottle",
        "I was suicidal back in 2019. Yesterday I started planning it",
    ],
)
def test_a_recent_marker_after_the_history_keeps_the_risk(text: str) -> None:
    assert user_turns_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "I haven't cut in two years until last night",
        "i was clean for 400 days until yesterday",
        "i hadnt done it in months until last week",
    ],
)
def test_a_long_stop_that_ended_is_recent_self_harm(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "i haven't cut my hair in years until today",
        "I haven't cut in two years and I'm proud of it",
    ],
)
def test_a_stop_that_did_not_end_is_not_a_relapse(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS
