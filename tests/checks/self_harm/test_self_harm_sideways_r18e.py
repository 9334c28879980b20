"""rec18e: the wish and the act said sideways (a polite wish, British and texting slang,
biting, wanting to start cutting, a relapse counter read where it stands), beside the
everyday wordings that share their words."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("honestly i'd quite like to be dead some nights", L.PASSIVE),
        ("with the payout i'm worth more dead than alive to them", L.PASSIVE),
        ("been wanting to end it all for a while now tbh", L.IDEATION),
        ("if i had any bottle i would have done myself in by now", L.IDEATION),
        ("keep thinking i should just finish myself off", L.IDEATION),
        ("been thinking abt unaliving lately", L.IDEATION),
        ("i keep biting my forearm when it all gets too much", L.IDEATION),
        ("bit myself hard enough that it bruised", L.IDEATION),
        ("i think i wanna start cutting, my friend says it helps", L.IDEATION),
        ("told you about the cutting. 40 days and now i'm back at day 0", L.IDEATION),
    ],
)
def test_sideways_risk_is_read(text: str, level: L) -> None:
    assert rules_level(text) >= level


@pytest.mark.parametrize(
    "text",
    [
        "let's end it here for now and pick it up tomorrow",
        "ok i'll end it for now, thanks for the chat",
        "this old print is worth more than my car",
        "i've done myself in at the gym, can barely walk",
        "i finished off the cake myself",
        "my puppy keeps biting my arm when we play",
        "i want to start cutting carbs after christmas",
        "we need to start cutting back on takeaways",
        "i want to start cutting my own hair to save money",
        "vaping streak broke, back at day 1",
    ],
)
def test_everyday_wording_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "honestly i'm just done being a person. all of it",
        "i'm done existing",
        "i pray every night for god to call me home early",
        "i ask god to take my soul when i sleep",
        "if he's up there he can take me already",
        "wouldn't mind if the good lord took me in my sleep",
        "i can't picture still being around at 30",
        "i'm not going to be around in 3 years anyway so why bother",
        "thinking about not sticking around much longer",
    ],
)
def test_wish_said_sideways_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "done being a person for today, bed time",
        "i'm done being a person tonight, social battery at zero",
        "done peopling for the week",
        "mum called me home for dinner",
        "dad took me home after practice",
        "i won't be around for the meeting tomorrow",
        "i won't be around in 2 weeks, i'm on holiday",
        "i can't imagine being around him for the whole holiday",
        "i can't see myself being around people all day",
    ],
)
def test_everyday_absence_and_tiredness_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
