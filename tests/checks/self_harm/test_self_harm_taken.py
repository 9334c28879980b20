"""A death hoped for from outside (a god asked to take the writer, the writer's own heart
hoped to give out, a roof hoped to fall in), not being said as a need, and being worth more
as an insurance payout are passive; the same words about a trip, someone else's prayer, a
lateness or a car insurance bill stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather the Lord just took me. I don't want to pray for healing anymore",
        "O God take me. This is my prayer every night",
        "I ask God to take me every night",
        "some nights I just hope my heart quits in my sleep",
        "every time I purge I hope my heart just gives out",
        "I lie there and wish the ceiling would fall in",
        "I wouldn't mind if the Lord took me in my sleep tonight",
        "wouldn't mind if the Almighty called time on me",
        "I catch myself hoping I won't be too long behind her",
        "what i need is to not exist for a bit",
        "I think it is better I am not existing",
        "would be easier if i just stopped existing",
        "sometimes i picture just not existing and it's so peaceful",
        "i'd rather just not be a person",
        "he'd be better provided for by the insurance than by me",
        "my insurance money will do more for them than me alive",
        "better i go from this world and they get the compensation",
    ],
)
def test_death_from_outside_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "I hope the lord takes me to new places this year",
        "my grandma prayed that god would take her",
        "she prays god will take me back to church",
        "I want to not be late tomorrow",
        "I need to not be so hard on myself",
        "my car insurance is higher than my rent",
        "the insurance pays out more than the car was worth",
        "my heart stops every time he texts me",
        "I hope the roof holds through the storm",
        "better i go to the shop before it closes",
        "in the novel she prays every night that god takes her",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
