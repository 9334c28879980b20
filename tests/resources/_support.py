"""Shared helpers for the crisis-resource tests: locales, rendered texts, digit groups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from safeguard import RiskLevel
from safeguard.resources import (
    CountryResources,
    Directory,
    crisis_appendix,
    crisis_preamble,
    load_directory,
    safe_reply,
)
from safeguard.resources._digits import number_tokens

REPO = Path(__file__).resolve().parents[2]
FACTS = REPO / ".." / "shared" / "domain" / "SAFETY_FACTS.md"
DATA_DIR = REPO / "safeguard" / "data" / "resources"

# The countries whose primary line SAFETY_FACTS.md marks [V].
VERIFIED_COUNTRIES = (
    "US",
    "CA",
    "GB",
    "IE",
    "AU",
    "NZ",
    "IN",
    "DE",
    "FR",
    "ES",
    "BR",
    "MX",
    "JP",
    "ZA",
    "PH",
)
KNOWN_LOCALES = (
    "en-US",
    "es-US",
    "en-CA",
    "fr-CA",
    "en-GB",
    "en-IE",
    "en-AU",
    "en-NZ",
    "en-IN",
    "hi-IN",
    "de-DE",
    "fr-FR",
    "es-ES",
    "pt-BR",
    "es-MX",
    "ja-JP",
    "en-ZA",
    "en-PH",
    "fil-PH",
    "en_GB",
    "en-uk",
    "zh-Hant-US",
)
UNKNOWN_LOCALES = (None, "", "en", "es", "pt", "fr", "de", "xx-ZZ", "es-419", "ja", "en-CH", "C", "-", "1234")
SUBJECTS = (None, "self", "other")
RENDERERS = (crisis_preamble, crisis_appendix, safe_reply)


def rendered_texts(
    directory: Directory, locales: tuple[str | None, ...]
) -> Iterator[tuple[str, str | None, str]]:
    """(description, locale, text) for every renderer, level, subject and locale given."""
    for locale in locales:
        for level in RiskLevel:
            for subject in SUBJECTS:
                for render in RENDERERS:
                    text = render(level, locale, subject, directory)
                    if text:
                        yield f"{render.__name__}({level.label}, {locale!r}, {subject})", locale, text


def digit_groups(text: str) -> set[str]:
    """Every run of ASCII digits in ``text``."""
    return {group for token in number_tokens(text) for group in token}


def country_digit_groups(country: CountryResources | None) -> set[str]:
    """The digit runs a text for ``country`` may contain: only what its data holds."""
    if country is None:
        return set()
    strings = [number.number for number in country.emergency]
    for service in country.services:
        strings += [service.name, service.hours]
        strings += [channel.value for channel in service.channels]
        strings += [channel.hours for channel in service.channels if channel.hours]
    return {group for text in strings for group in digit_groups(text)}


def all_directories() -> tuple[Directory, ...]:
    """The default directory and the one with secondary entries opted in."""
    return load_directory(), load_directory(include_secondary=True)
