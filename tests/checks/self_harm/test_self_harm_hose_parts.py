"""A hose on the car told by where it goes, with no verb of fitting ("hose on the exhaust",
"hose in the window", "ran a hose through the back window") is the method set up
(en.imminent.set_up_parts, imminent); a garden hose through a house's window, in a window
box, or a hose on the exhaust thought about last night is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "out past the farm. hose on the exhaust. just finishing this beer",
        "hose in the window, van running. don't ring anyone",
        "sat in the ute, hose run through the back window",
        "i've ran the hose through the car window. it's quiet",
        "the hose from the exhaust is in the back. tired",
    ],
)
def test_a_hose_on_the_car_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "ran the hose through the kitchen window to fill the paddling pool",
        "the hose is in the window box, can you water the tomatoes",
        "the hose on the pressure washer split again",
        "my uncle was found with a hose on the exhaust in 1998",
        "thought about running a hose from the exhaust last night. didn't",
    ],
)
def test_a_hose_off_the_car_or_thought_about_is_not_imminent(text: str) -> None:
    assert user_turns_level(text) < L.IMMINENT
