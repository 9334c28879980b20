"""fp18b: recovery told by the distance of years ("haven't done it in over ten years",
"haven't for six years"), the thoughts named gone ("those thoughts haven't been back",
"none since"), an anniversary kept ("celebrating 5 years since ..."), a habit grown out of,
or a role grown into ("i'm a peer support specialist now") settles a past told beside it
below passive, as the other recovery phrases do. Only where every risk the writer told is
past: a wish, an urge or an act now, or a return ("has come back", "again"), keeps it."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        (
            "i used to cut as a teenager. i'm 31, haven't done it in over twelve years. "
            "tips for a beach holiday?",
        ),
        ("i self harmed through sixth form. haven't for eight years. my niece asked about my arms",),
        ("i used to self harm at uni. i haven't cut in 9 years and i'm training to be a teacher",),
        (
            "the doctor asked if i'd ever thought about suicide. "
            "i said yes, at school years ago, none since. is it on my file?",
        ),
        (
            "i used to think about killing myself when i was drinking. "
            "those thoughts haven't come back in years",
        ),
        ("i'm celebrating 3 years since the night i was going to end it. we're having a picnic",),
        ("i made a lot of kms jokes as a teen. grew out of it. now my students do it",),
        (
            "eight years ago i was the one thinking about ending my life. "
            "i'm a crisis line volunteer now. how do i start my talk?",
        ),
        (
            "i had suicidal thoughts when i was homeless. "
            "i'm a housing advocate now. any good reports to cite?",
        ),
    ],
)
def test_recovery_told_by_distance_settles_the_past(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        # the same distance beside a return or a wish now
        (
            ("i used to cut as a teenager. haven't done it in over ten years. did it again last night",),
            L.PASSIVE,
        ),
        (("i used to self harm. haven't for six years. i want to do it again tonight",), L.PASSIVE),
        (
            ("i used to think about killing myself. none since. until this week, now i want to die",),
            L.PASSIVE,
        ),
        (("i'm celebrating 3 years since i was going to end it. i want to die today",), L.PASSIVE),
        (("i'm a nurse now. i want to kill myself",), L.PASSIVE),
        # a belief the return has broken is no recovery
        (
            (
                "the razor is back since my wife died. "
                "i cut my arms last night. i thought i'd grown out of it",
            ),
            L.PASSIVE,
        ),
        # months are no distance: a streak told beside an urge now
        (("i used to cut. haven't in 6 months but i want to so badly right now",), L.PASSIVE),
    ],
)
def test_recovery_by_distance_yields_to_risk_now(turns: tuple[str, ...], least: L) -> None:
    assert rules_level(*turns) >= least


@pytest.mark.parametrize(
    "text",
    [
        "i self harmed all through college. 6 yrs clean now and training for a triathlon",
        "i used to cut when i was drinking. sober from both for five years now",
        "after the crash i spent months wishing i'd died with him. that was a long time ago. "
        "any tips for the memorial walk?",
        "i wanted to die when i was inside. that was 12 years ago. how do i explain the gap on my cv",
        "the nurse asked if i'd ever had thoughts of suicide. i said yes, as a teen. not for years now",
        "i tried to end it after the divorce in 2012. got remarried last spring, life is full",
        "i used to hope i wouldn't wake up when we were in the hostel. we're housed now",
    ],
)
def test_the_past_told_at_its_distance_settles(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i used to cut. that was a long time ago. i did it again last night",
        "i used to want to die. that was years ago. i want to die again now",
        "i was clean from cutting for 3 years but i cut again tonight",
        "6 yrs clean and i relapsed tonight. i want to die",
        "i used to hope i wouldn't wake up. we're housed now but i still hope it every night",
    ],
)
def test_a_return_beside_the_distance_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
