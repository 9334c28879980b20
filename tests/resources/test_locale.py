"""Locale tags to country and language (no guessing a country from a bare language)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard.resources import Locale, load_directory, parse_locale


@pytest.mark.parametrize(
    ("tag", "language", "country"),
    [
        ("en-GB", "en", "GB"),
        ("en_GB", "en", "GB"),
        ("es-MX", "es", "MX"),
        ("pt-BR", "pt", "BR"),
        ("fr-CA", "fr", "CA"),
        ("EN-us", "en", "US"),
        ("zh-Hant-TW", "zh", "TW"),
        ("en_US.UTF-8", "en", "US"),
        ("de_DE@euro", "de", "DE"),
        ("fil-PH", "fil", "PH"),
        ("en", "en", None),
        ("es", "es", None),
        ("es-419", "es", None),
        ("xx-ZZ", "xx", "ZZ"),
        ("", None, None),
        (None, None, None),
        ("12-GB", None, None),
        ("english", None, None),
        ("-GB", None, None),
    ],
)
def test_parse_locale(tag: str | None, language: str | None, country: str | None) -> None:
    assert parse_locale(tag) == Locale(language=language, country=country)


@pytest.mark.parametrize(
    ("tag", "country"),
    [
        ("en-US", "US"),
        ("es-US", "US"),
        ("en-CA", "CA"),
        ("fr-CA", "CA"),
        ("en-GB", "GB"),
        ("en-UK", "GB"),
        ("en-IE", "IE"),
        ("en-AU", "AU"),
        ("en-NZ", "NZ"),
        ("hi-IN", "IN"),
        ("de-DE", "DE"),
        ("fr-FR", "FR"),
        ("es-ES", "ES"),
        ("pt-BR", "BR"),
        ("es-MX", "MX"),
        ("ja-JP", "JP"),
        ("en-ZA", "ZA"),
        ("en-PH", "PH"),
    ],
)
def test_for_locale_finds_the_country(tag: str, country: str) -> None:
    found = load_directory().for_locale(tag)
    assert found is not None and found.code == country


@pytest.mark.parametrize("tag", [None, "", "en", "es", "pt", "xx-ZZ", "es-419", "de-CH", "C"])
def test_for_locale_never_guesses(tag: str | None) -> None:
    assert load_directory().for_locale(tag) is None


@given(st.text(max_size=40))
def test_parse_locale_never_raises(tag: str) -> None:
    parsed = parse_locale(tag)
    assert parsed.country is None or (len(parsed.country) == 2 and parsed.country.isupper())
