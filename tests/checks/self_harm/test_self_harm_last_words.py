"""A last note's words are not explained by a trip, and a keepsake explains only "when i'm gone".

A message about a trip or an event clears its goodbyes and preparations ("got my affairs in
order for the big trip"), and a keepsake or bequest clears "when i'm gone" ("a 'when i'm gone'
binder"). Neither may clear what only a last note says beside them: an apology for
everything, "don't cry for me", letters to the family, "won't be here next year".
"""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions

_RULES = SelfHarmCheck(SelfHarmOptions(lexical=False))


def _level(*turns: str) -> RiskLevel:
    return _RULES.assess(Conversation(tuple(Message("user", t) for t in turns))).level


@pytest.mark.parametrize(
    "text",
    [
        "this is goodbye, off on a trip. i love you mum and dad, i'm sorry for everything",
        "goodbye everyone, the holiday was my last good thing. i won't be here next year",
        "saying goodbye before the trip. please don't cry for me",
        "writing goodbye letters to my family for when i'm gone. the binder has my passwords",
        "letters to my kids are in the drawer for when i'm gone, next to the heirloom box. goodbye",
    ],
)
def test_last_note_words_keep_the_farewell(text: str) -> None:
    assert _level(text) >= RiskLevel.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "got my affairs in order for the big trip",
        "saying goodbye to everyone before my trip to peru, see you in june",
        "sorry for everything last night, see you at the wedding",
        "help me plan my memoir for when i'm gone, the grandkids keep asking",
        "making a 'when i'm gone' binder with the passwords and the insurance",
        "moving to leeds next week, this is goodbye to the team",
    ],
)
def test_everyday_goodbyes_stay_clear(text: str) -> None:
    assert _level(text) < RiskLevel.PASSIVE
