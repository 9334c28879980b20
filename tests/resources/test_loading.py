"""Loading: caching, extra files merged over the shipped data, and precise errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import safeguard.resources as resources
from safeguard import PolicyError, RiskLevel
from safeguard.resources import crisis_appendix, load_directory
from safeguard.resources._files import load_model
from safeguard.resources._messages import _problems, messages
from safeguard.resources._schema import MessagesFile

EXTRA = """\
schema: 1
countries:
  GB:
    name: United Kingdom
    emergency:
      - {number: "112", tier: verified}
    services:
      - id: gb-samaritans
        name: Samaritans (campus)
        tier: verified
        hours: 24/7
        languages: [English]
        source_url: https://example.org/samaritans
        verified: 2026-09-01
        channels:
          - {kind: phone, value: 116 123}
  KR:
    name: South Korea
    services:
      - id: kr-109
        name: Example line
        tier: verified
        hours: 24/7
        languages: [Korean]
        source_url: https://example.org/kr
        verified: 2026-09-01
        channels:
          - {kind: phone, value: "109"}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_public_api_is_sorted_and_complete() -> None:
    assert resources.__all__ == sorted(resources.__all__)
    for name in (
        "load_directory",
        "crisis_preamble",
        "crisis_appendix",
        "safe_reply",
        "mentions_resource",
        "Directory",
        "Service",
        "Channel",
        "CountryResources",
    ):
        assert name in resources.__all__


def test_the_default_directory_is_cached() -> None:
    assert load_directory() is load_directory()
    assert load_directory() is not load_directory(include_secondary=True)


def test_an_extra_file_replaces_by_id_and_adds_countries(tmp_path: Path) -> None:
    directory = load_directory([write(tmp_path, EXTRA)])
    gb = directory.country("GB")
    assert gb is not None
    assert [s.name for s in gb.services][:2] == ["Samaritans (campus)", "Shout 85258"]
    assert [n.number for n in gb.emergency] == ["112"]
    kr = directory.for_locale("ko-KR")
    assert kr is not None and kr.services[0].name == "Example line"
    assert "109" in (crisis_appendix(RiskLevel.PASSIVE, "ko-KR", None, directory) or "")
    # the shipped directory is untouched
    shipped = load_directory().country("GB")
    assert shipped is not None and shipped.services[0].name == "Samaritans"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("schema: 1\ncountries: [\n", "not valid YAML"),
        ("schema: 1\nunknown: 2\n", "unknown: Extra inputs are not permitted"),
        ("countries: {}\n", "schema: Field required"),
        (EXTRA.replace("tier: verified\n        hours", "tier: maybe\n        hours", 1), "tier"),
        (EXTRA.replace("https://example.org/kr", "example.org/kr"), "source_url"),
        (EXTRA.replace('"112"', '"1-1-2"'), "emergency.0.number"),
    ],
)
def test_bad_extra_files_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_directory([path])
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_a_missing_extra_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_directory([tmp_path / "nope.yaml"])


def test_shipped_templates_are_consistent() -> None:
    assert list(_problems(messages())) == []
    assert set(messages().languages) == {"en", "es", "pt", "fr", "de"}


def _broken(sentence: str) -> MessagesFile:
    data = messages().model_dump(by_alias=True)
    data["languages"]["de"]["sentences"]["invite"] = sentence
    return load_model(MessagesFile, yaml.safe_dump(data), "test")


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Ruf 112 an.", "must not contain digits"),
        ("Ruf {number} an.", "unknown placeholder {number}"),
        ("Ruf {lines an.", "bad template"),
    ],
)
def test_template_problems_are_found(sentence: str, problem: str) -> None:
    problems = list(_problems(_broken(sentence)))
    assert any("languages.de.sentences.invite" in p and problem in p for p in problems)


def test_a_missing_sentence_is_found() -> None:
    data = messages().model_dump(by_alias=True)
    del data["languages"]["fr"]["sentences"]["emergency_now_generic"]
    file = load_model(MessagesFile, yaml.safe_dump(data), "test")
    assert "languages.fr.sentences.emergency_now_generic: missing" in list(_problems(file))
