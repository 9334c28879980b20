"""English at-risk wording the rules had missed (rec18c): suicide in texting slang ("wanna
off myself", thinking "abt unaliving", "sh'd"), suicide or death told as appealing or a
sensible option, dead rather than face something told by the coffin or the box, life with
an off switch or a quit button, hoping not to make it to a near day or that the heart gives
out, and the world better without people like the writer. Must-flag rows beside
must-not-flag rows with the same words in their everyday sense."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "honestly kinda wanna off myself after that match",
        "should i just off myself at this point",
        "i keep thinking abt unaliving",
        "got home from school and sh'd again",
        "suicide seems like the only real option now that she's gone",
        "suicide sounds so peaceful lately",
    ],
)
def test_slang_and_appeal_of_suicide_read_ideation(text: str) -> None:
    assert user_turns_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "death is looking like a reasonable option tbh",
        "i'd sooner be six feet under than go back to that office",
        "rather be sent home in a coffin than tell my parents i failed",
        "wish existence came with an off switch",
        "i wish life had a quit button",
        "lowkey hoping i dont make it to thursday",
        "if my heart packs in before the tribunal, so be it",
        "maybe the world is better off without people like me",
    ],
)
def test_wishes_told_by_these_wordings_read_passive(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i'm about to off myself from this group chat, it's all memes",
        "brushed the flour off myself and kept baking",
        "i'd rather live in a box than pay that rent",
        "i'd rather be in the ground floor flat than upstairs",
        "i wish my phone had an off switch for notifications",
        "i wish life had a pause button so i could sleep in",
        "i hope i don't make it to the next round of layoffs",
        "i hope my heart doesn't give out on this hike",
        "the team is better off without players like him",
        "dying seems like a weird choice for the plot",
        "suicide squad looks really good",
    ],
)
def test_the_same_words_in_their_everyday_sense_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
