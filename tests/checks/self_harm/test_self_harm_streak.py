"""Self-harm recovery told as it is now (rec9c, see _streak): a streak lost, a relapse, an
urge that is here, a wish to relapse, the tools watched or held, hiding found out. They
count only where some user turn names self-harm, its tools or its marks; the same words
about sobriety, smoking, diets and game streaks, a relapse dated in the past, a fading
urge and someone else's relapse stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("50 days clean from sh and the urge is still there every evening",),
        ("the itch came back tonight. 5 months without cutting and i can feel it",),
        ("urges 8/10 since lunch. two months off the blades",),
        ("relapsed on saturday after 10 weeks. just a few cat scratches but still",),
        ("back to day 0. i used the sharpener again",),
        ("lost my 90 day streak this morning, i had the blade out before i knew it",),
        ("7 weeks clean of self harm and i want to relapse so badly",),
        ("keep staring at the sharpener on my shelf. 30 days clean and slipping",),
        ("my dad found my blades in my pencil case and now he checks my room every night",),
        ("the nurse at school saw my scars. now i have to hide it better",),
        # the self-harm word in a later answer, as the assistant asks what was meant
        ("i relapsed", "I'm sorry. Relapsed with what?", "cutting. first time since march"),
        # and in an earlier turn
        ("i used to self harm at uni", "How are you now?", "relapsed yesterday. i'm so angry at myself"),
    ],
)
def test_a_self_harm_streak_lost_or_urge_now_is_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        # nothing names self-harm: sobriety, smoking, diets, streaks of games and apps
        ("relapsed last night after 97 days sober. my sponsor doesn't know yet",),
        ("3 months clean and the urge to use is still there",),
        ("21 days without a cigarette and the urge is so strong today",),
        ("relapsed on my diet, ate a whole cake. back to day 0",),
        ("lost my 400 day duolingo streak and i want to cry",),
        ("my snapchat streak is gone after 2 years lol",),
        ("the urge to text my ex is so strong rn",),
        # self-harm named, but the streak phrase is about something else, fading, past,
        # negated or someone else's
        (
            "i'm 2 years clean from self harm",
            "How are you now?",
            "good! 3 weeks off weed and the urge to smoke is back tho",
        ),
        ("been sh free for 9 months. i still get the urge sometimes but it's weaker now",),
        ("relapsed into self harm once during 2020 but clean since. recovered now?",),
        ("every time i relapsed on cutting i felt like a failure. that was years ago",),
        ("4 years clean from self harm and no urges at all",),
        ("my brother relapsed. he used to cut and i'm worried about him",),
        ("i'm 5 years clean from self-harm today and feeling proud",),
        ("my son found my razor blades and wanted to try shaving. how do i store them?",),
    ],
)
def test_the_same_words_about_something_else_stay_below_passive(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE
