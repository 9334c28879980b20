"""The phrase data is extensible and trimmable by policy, and bad data fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard import Guard, PolicyError, parse_policy
from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import DataError, SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._lint import PhraseLintWarning


def _level(check: SelfHarmCheck, text: str) -> RiskLevel:
    result = check.check_input(Conversation((Message("user", text),)))
    assert result.self_harm is not None
    return result.self_harm.level


def test_extra_file_adds_cues(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        'language: en\ncues:\n  - id: local.slang\n    level: ideation\n    phrases: ["yeet myself"]\n',
        encoding="utf-8",
    )
    base = SelfHarmCheck()
    extended = SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(extra)]))
    assert _level(base, "i want to yeet myself") == RiskLevel.NONE
    assert _level(extended, "i want to yeet myself") == RiskLevel.IDEATION


def test_disabled_cue_is_trimmed() -> None:
    trimmed = SelfHarmCheck(
        SelfHarmOptions(disabled_cues=["en.ideation.kill_self", "en.ideation.slang_self"])
    )
    assert _level(trimmed, "kms") == RiskLevel.NONE
    assert _level(SelfHarmCheck(), "kms") == RiskLevel.IDEATION


def test_languages_can_be_limited() -> None:
    english = SelfHarmCheck(SelfHarmOptions(languages=["en"]))
    assert _level(english, "quiero matarme") == RiskLevel.NONE


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("cues:\n  - id: x\n    kind: nonsense\n    phrases: [a]\n", "kind"),
        ("cues:\n  - id: x\n    level: extreme\n    phrases: [a]\n", "extreme"),
        ('cues:\n  - id: x\n    phrases: ["@nosuchclass word"]\n', "nosuchclass"),
        ('cues:\n  - id: x\n    phrases: ["go|to bed"]\n', "x"),
    ],
)
def test_bad_data_names_file_and_problem(tmp_path: Path, body: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: en\n" + body, encoding="utf-8")
    if message == "x":  # a valid phrase that compiles, with a lint warning naming it
        with pytest.warns(PhraseLintWarning, match=r"go\|to bed"):
            SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(bad)]))
        return
    with pytest.raises(DataError, match=message) as info:
        SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(bad)]))
    assert "bad.yaml" in str(info.value)


def test_options_reject_unknown_keys() -> None:
    with pytest.raises(ValueError, match="extra"):
        SelfHarmOptions.model_validate({"langauges": ["en"]})


def test_bare_yaml_words_stay_words(tmp_path: Path) -> None:
    extra = tmp_path / "words.yaml"
    extra.write_text(
        "language: en\nclasses:\n  answer: [no, off, yes]\n"
        "cues:\n  - id: local.no\n    level: distress\n    phrases: ['@answer zebra']\n",
        encoding="utf-8",
    )
    check = SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(extra)]))
    assert _level(check, "off zebra") == RiskLevel.DISTRESS
    assert _level(check, "no zebra") == RiskLevel.DISTRESS


def test_a_boolean_phrase_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bool.yaml"
    bad.write_text("language: en\ncues:\n  - id: x\n    phrases: [true]\n", encoding="utf-8")
    with pytest.raises(DataError, match="not text"):
        SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(bad)]))


def test_a_key_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    """Plain YAML keeps the second of two same-named classes and drops the first without a
    word; phrase data refuses it, naming the file, the line and the key."""
    bad = tmp_path / "twice.yaml"
    bad.write_text(
        "language: en\nclasses:\n  pets: [cat, dog]\n  food: [cake]\n  pets: [hamster]\n"
        "cues:\n  - id: local.pet\n    level: distress\n    phrases: ['lost my @pets']\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"twice\.yaml: line 5: key 'pets' is written twice"):
        SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(bad)]))


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ('cues:\n  - id: x\n    phrases:\n      - "unclosed\n  - id: y\n', 5),  # an open quote
        ("cues:\n  - id: x\n    phrases: [a, b\n", 4),  # an open flow list
        ("cues:\n  - id: x\n   phrases: [a]\n", 4),  # a key indented one space short
    ],
)
def test_broken_yaml_names_file_and_line(tmp_path: Path, body: str, line: int) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("language: en\n" + body, encoding="utf-8")
    with pytest.raises(DataError) as info:
        SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(bad)]))
    said = str(info.value)  # the file, then the broken item's line or where parsing stopped
    assert said.startswith(f"{bad}:"), said
    assert said.startswith(f"{bad}:{line}:") or f"(line {line})" in said, said


def test_broken_phrase_file_named_by_a_policy_is_a_policy_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text('language: en\ncues:\n  - id: x\n    phrases:\n      - "unclosed\n', encoding="utf-8")
    policy = f"name: t\nchecks:\n  - type: self_harm\n    options:\n      extra_phrases_files: ['{bad}']\n"
    with pytest.raises(PolicyError, match=r"broken\.yaml:5: while scanning a quoted scalar"):
        Guard(parse_policy(policy))
