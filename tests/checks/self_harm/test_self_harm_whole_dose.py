"""An overdose told in two pieces, a medicine taken and then its whole supply opening the
next clause ("took the insulin. all of it"), is the act done (imminent); either piece
alone, a dose of the day, a carrying, a list of things tried, someone else's dose, a
negated or asked taking and a story are not (see _whole_dose)."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules, user_turns_level

L = RiskLevel
_CUE = "imminent.dose_taken"


def _dose_cues(text: str) -> list[str]:
    result = rules().check_input(Conversation((Message("user", text),)))
    return [str(f.detail.get("cue")) for f in result.findings if str(f.detail.get("cue", "")).endswith(_CUE)]


@pytest.mark.parametrize(
    "text",
    [
        "took the oxycodone. all of it. sorry",
        "i've swallowed my antidepressants, all of them",
        "took my sleepers, every last one. just want to sleep",
        "took them an hour ago. the whole packet. don't call anyone",
        "I've taken the tramadol, the entire box, and I'm lying down",
        "took my sister's adderall, all of it, heart's racing",
    ],
)
def test_a_dose_then_its_whole_supply_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT
    assert _dose_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "took my tablets this morning, all of them, like the pharmacist said",  # a dose of the day
        "took my vitamins. all of them, the fish oil too",
        "took the pills back to the pharmacy. all of them were expired",  # carried
        "took them to the vet. all of them had fleas",
        "tried therapy, took my meds, exercise, all of it, and nothing helps",  # a list
        "my nan took her tablets, all of them, then went to bed",  # someone else's
        "i haven't taken the pills. all of them are still in the box",  # negated
        "did you take the meds? all of them?",  # asked
        "in my novel she took the morphine. all of it",  # a story
        "took my pills. the whole bottle of wine is for the party",  # "of" a drink
        "honestly i'm over it. all of it",  # no dose
    ],
)
def test_a_dose_without_its_whole_supply_next_is_not_imminent(text: str) -> None:
    assert not _dose_cues(text)
    assert user_turns_level(text) < L.IMMINENT
