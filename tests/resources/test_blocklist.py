"""No stale or replaced crisis number (SAFETY_FACTS 1.4) ships, in data or in rendered text.

The blocklist is written out here on purpose, independently of ``blocklist.yaml``, so that
trimming the data file cannot make this test pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard import PolicyError
from safeguard.resources import load_directory
from safeguard.resources._digits import contains_number, number_tokens
from tests.resources._support import (
    DATA_DIR,
    KNOWN_LOCALES,
    UNKNOWN_LOCALES,
    all_directories,
    rendered_texts,
)

STALE_NUMBERS = {
    "08457 90 90 90": "08457909090",  # old UK Samaritans
    "1850 60 90 90": "1850609090",  # old Samaritans Ireland lo-call
    "141": "141",  # old Brazil CVV
    "01-800-472-7835": "018004727835",  # old SAPTEL Mexico
    "1-833-456-4566": "18334564566",  # Talk Suicide Canada (pre-9-8-8)
    "45645": "45645",  # Talk Suicide Canada text
}
STALE_PHRASES = ("press 3", "pride")


def find_stale(text: str) -> list[str]:
    """Every blocklisted number or phrase in ``text``."""
    hits = [shown for shown, digits in STALE_NUMBERS.items() if contains_number(text, digits)]
    hits += [phrase for phrase in STALE_PHRASES if phrase in text.lower()]
    # "01-800-472-7835" without its 01 prefix is the same stale line
    if contains_number(text, "18004727835"):
        hits.append("1-800-472-7835")
    return hits


@pytest.mark.parametrize(
    "text",
    [
        "call 08457 90 90 90",
        "Samaritans: 1850 60 90 90",
        "CVV: ligue 141",
        "SAPTEL 01-800-472-7835",
        "Talk Suicide Canada 1-833-456-4566",
        "text 45645",
        "then press 3",
        "text PRIDE to 988",
    ],
)
def test_the_detector_itself_catches_each_stale_entry(text: str) -> None:
    assert find_stale(text)


@pytest.mark.parametrize("text", ["call 116 123", "ligue 188", "0800 1410 222", "1988 was a year"])
def test_the_detector_does_not_fire_on_current_numbers(text: str) -> None:
    assert find_stale(text) == []


@pytest.mark.parametrize("name", ["crisis_lines.yaml", "messages.yaml"])
def test_shipped_data_files_hold_no_stale_number(name: str) -> None:
    assert find_stale((DATA_DIR / name).read_text(encoding="utf-8")) == []


def test_no_rendered_text_holds_a_stale_number() -> None:
    hits = [
        (where, find_stale(text))
        for directory in all_directories()
        for where, _, text in rendered_texts(directory, KNOWN_LOCALES + UNKNOWN_LOCALES)
        if find_stale(text)
    ]
    assert hits == []


def test_the_blocklist_data_file_covers_section_1_4() -> None:
    text = (DATA_DIR / "blocklist.yaml").read_text(encoding="utf-8")
    for digits in STALE_NUMBERS.values():
        assert f'"{digits}"' in text
    assert "press 3" in text and "PRIDE" in text


@pytest.mark.parametrize(
    ("value", "reason"),
    [("08457 90 90 90", "08457909090"), ("HELP to 45645", "45645"), ("press 3 after 988", "press 3")],
)
def test_the_loader_rejects_an_extra_file_with_a_stale_entry(tmp_path: Path, value: str, reason: str) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "schema: 1\ncountries:\n  GB:\n    name: United Kingdom\n    services:\n"
        "      - id: gb-old\n        name: Old line\n        tier: verified\n        hours: 24/7\n"
        "        languages: [English]\n        source_url: https://example.org/old\n"
        "        verified: 2026-08-15\n"
        f"        channels:\n          - {{kind: phone, value: '{value}'}}\n",
        encoding="utf-8",
    )
    with pytest.raises(PolicyError) as info:
        load_directory([extra])
    assert reason in str(info.value)
    assert str(extra) in str(info.value)


def test_number_tokens_are_bounded_on_hostile_input() -> None:
    # many single-digit groups: matching stays a small constant per group
    text = "1 " * 20_000
    assert not contains_number(text, "141")
    assert len(number_tokens(text)) == 1
