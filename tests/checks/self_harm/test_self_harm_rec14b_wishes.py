"""Passive wishes, ideation and self-injury in wordings the rules had missed (rec14b): the
survivor's wish to have died then, death from outside welcomed or hoped for, not being there
as better for others, a future without the writer, "what's the point of me", thoughts of
suicide on the writer's mind, self-injury told by its tool, its hiding or as punishment, and
method thoughts pictured. Each kind has its everyday look-alikes, which stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        # the survivor's wish
        "every anniversary i think i should have died in that flood too",
        "i wish i'd died on the ward with the others",
        "honestly it should've been me instead of my cousin",
        "i wish it had been me instead of her in that hospital bed",
        "sick of being the one who lived",
        "why did i survive when my whole unit didn't",
        "it would have been kinder if they'd just killed me back then",
        # death from outside welcomed or hoped for
        "i keep wishing god would just take me in my sleep",
        "the good lord can come and collect me any time",
        "if a lorry hit me tomorrow that would be fine",
        "lol if a van took me out tomorrow i'd say thanks",
        "if i got hit by a train i wouldn't even be upset",
        "i want some illness i don't recover from",
        "i'd be relieved if i got a terminal diagnosis",
        "kinda hoping i get in an accident on the motorway",
        "part of me hopes i catch something deadly",
        "i don't care anymore if a car hits me crossing the road",
        "i'd happily not wake up on monday",
        "i wish i just hadn't woken up today",
        # not being there, for others or as peace
        "they'd all be better off if i wasn't around",
        "it'd be easier for everyone if i'm just not here anymore",
        "if i had never been born my parents would be happier",
        "my family would live more peacefully without me",
        "the only calm place my head goes is not being alive",
        # a future without the writer
        "i can't picture being alive at 25",
        "i don't see a version of my life that i want to be in",
        # the point of me
        "seriously what is the point of me",
        "wats even the point anymore",
        # thoughts of being dead, not of acting
        "i get thoughts of being dead most days, not of doing anything",
    ],
)
def test_missed_passive_wishes_are_passive(text: str) -> None:
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        # thoughts on the writer's mind
        "suicide has been on my mind since the exam results",
        "killing myself is on my mind most days",
        "suicidal thoughts since the breakup, every single day",
        "the hanging thoughts are back again",
        "having the sh thoughts again but i'm holding on",
        "my mind keeps drifting to dying",
        "some days i'd rather just end it",
        # self-injury told by its tool, its hiding or as punishment
        "i burned myself with a lighter on purpose last week",
        "i scratched a word into my skin with a pin",
        "is there a way to cut so it doesn't scar",
        "i keep having to hide burns on the inside of my arm",
        "i pick at my old scars so they never heal",
        "i dig my nails into my palms until the skin breaks",
        "i carved the date into my arm again",
        "i do it to punish myself when i fail",
        # method thoughts pictured
        "i keep thinking about jumping from the roof of my halls",
        "i can't stop picturing stepping in front of the tram",
        "i think about driving into a wall on the way to work",
        "sometimes i imagine crashing my car on purpose",
    ],
)
def test_missed_ideation_and_self_injury_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "my grandad always says 'i should have died in the war' and then laughs",
        "it should have been me who got the promotion",
        "i wish i'd been the one who got the tickets",
        "tired of being the one who made it out of my home town",
        "hope someone hits me up about the flat",
        "if i got hit by a car i'd be so mad",
        "i hope i get the flu so i can skip the exam",
        "i hope i don't catch something nasty on the plane",
        "i hope the scan finds nothing",
        "the issue is not being here on time",
        "it'd be easier if i wasn't there for the meeting",
        "what's the point of this meeting",
        "what's the point of continuing this conversation",
        "i can't see myself making it to the end of term",
        "i don't see a version of this deal i want",
        "i'd rather end it with him than keep arguing",
        "thinking about driving into the city tomorrow",
        "thinking about jumping out of a plane for charity",
        "do u ever think about jumping in front of a bus",
        "i burned myself on the iron by accident",
        "how do i cut my hair so it doesn't show the bald patch",
        "how do i hide the scratches on my phone screen",
        "i don't punish myself for mistakes anymore",
        "i keep punishing myself over every little slip",
        "my mind keeps going to the exam",
        "the scar on my knee never healed properly",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
