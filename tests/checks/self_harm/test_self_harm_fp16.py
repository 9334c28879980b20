"""False alarms of the rules read at the top rungs (fp16), each table beside the nearby
wording that must still raise the writer's level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# ------------------------------------------------------- "when i'm gone" with a keepsake
# Estate and keepsake planning told with "when i'm gone": a binder, recipes, a bequest to a
# museum, a note for the sitter. Only these narrow reasons explain "gone", in its message.
GONE_KEEPSAKE = [
    "I'm putting together a when I'm gone binder for my son with the bank details",
    "I'm 82 and I'd like my old camera collection to go to the museum after I'm gone",
    "making a little book of my recipes for the grandkids to have after I'm gone",
    "who should be the executor of my estate for when I'm gone? my eldest or a solicitor?",
    "writing a note for the cat sitter for when i'm gone next week",
]


@pytest.mark.parametrize("text", GONE_KEEPSAKE)
def test_when_im_gone_with_a_keepsake_is_no_plan(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


GONE_STILL_RISK = [
    # a general reason (a trip, a move, insurance) does not explain "gone"
    "i put my insurance papers together for when i'm gone",
    "help me write a letter to my wife for after i'm gone. i want her to move on",
    "packing for my final trip so nobody has loose ends after i'm gone",
    "off to a festival on friday. after i'm gone they'll manage",
    # a keepsake beside a wish, means or a time keeps the plan
    "the recipes are in a binder. i just want to die, when i'm gone they'll be fine",
    "my bank details are in the binder for after i'm gone. i've got the pills saved up",
    "sorted the recipes scrapbook for the kids. when i'm gone tonight they will have it",
    "the binder is ready for when i'm gone. i can't do this anymore",
]


@pytest.mark.parametrize("text", GONE_STILL_RISK)
def test_when_im_gone_without_its_own_reason_stays_a_plan(text: str) -> None:
    assert rules_level(text) >= L.INTENT
