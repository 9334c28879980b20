"""An answer naming what alarming words were about, after the assistant asked ("End
what?", "What do you mean?"), withdraws a bare claim; a vague, self-naming, distressed or
risky answer, a claim with means or a method, and a question about suicide itself do not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import load_cues
from safeguard.checks.self_harm._referent import asks_referent
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        (
            "im ending it tonight",
            "I want to make sure I understand. Ending what?",
            "with my boyfriend lol. 2 years of him forgetting to pay me back",
        ),
        (
            "i think i'm going to end it tonight",
            "I'm concerned about that. End what, exactly?",
            "my relationship. sorry that sounded bad. 3 years and it's just not working",
        ),
        ("I'm ending it", "Ending what?", "with Marcus. I've decided. he's been lying about where he goes"),
        (
            "i'm going to do it tonight",
            "Do what?",
            "tell my boss i quit. a cake that says i quit, the whole thing",
        ),
        (
            "i'm going to end it all",
            "What do you mean?",
            "the roblox server. deleting my whole base before the reset lol",
        ),
    ],
)
def test_a_thing_named_after_the_question_withdraws_the_claim(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        # vague or self-naming answers
        ("im ending it tonight", "Ending what?", "everything. my life. i'm done with all of it"),
        ("i'm going to end it tonight", "End what?", "you know what. i have nothing left here anyway"),
        ("im ending it tonight", "Ending what, exactly?", "it. all of it. nobody needs to worry about me"),
        # the answer tells why, with distress of its own
        (
            "i want to die",
            "What do you mean?",
            "my parents keep fighting and school is hell. i can't cope anymore",
        ),
        # means in the claim, or risk in the answer
        ("i have the pills here", "What pills?", "my mums sleeping pills, she won't notice they're gone"),
        ("i'm going to end it tonight", "End what?", "the pain. i have been saving pills for a month now"),
        # a question about suicide is not a question about the referent (see _checkin)
        (
            "im ending it tonight",
            "Are you thinking of ending your life?",
            "with my boyfriend lol. 2 years of him",
        ),
        # a real statement followed by an open question stays
        ("i want to kill myself", "What's going on?", "my dad left and mum works nights, i never see anyone"),
    ],
)
def test_the_claim_stays(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ending what?", True),
        ("I'm concerned. End what, exactly?", True),
        ("Can you tell me what you mean?", True),
        ("Do what? I want to make sure I understand.", True),
        ("What's going on?", False),
        ("Are you thinking of ending your life?", False),
        ("I hear you. That sounds hard.", False),
        ("", False),
    ],
)
def test_asks_referent(text: str, expected: bool) -> None:
    assert asks_referent(text, load_cues(("en",))) is expected
