"""The shipped directory: provenance on every entry, and every number verbatim from SAFETY_FACTS."""

from __future__ import annotations

import datetime as dt

import pytest

from safeguard.resources import Service, load_directory
from tests.resources._support import FACTS, VERIFIED_COUNTRIES

# Services SAFETY_FACTS marks [U]; their numbers must not be shipped in any tier.
UNVERIFIED_NUMBERS = {
    "iCall": "9152987821",
    "KIRAN": "18005990019",
    "SAPTEL": "5552598121",
    "こころの健康相談統一ダイヤル": "0570064556",
    "いのちの電話 Navi Dial": "0570783556",
    "ZA WhatsApp of unclear owner": "0871632030",
}
# Emergency numbers SAFETY_FACTS states without a [S]/[U] mark (plus US, CA and IE, added later from
# official pages that each entry names), and the countries with none.
EXPECTED_EMERGENCY = {
    "GB": ["999"],
    "AU": ["000"],
    "NZ": ["111"],
    "DE": ["112"],
    "FR": ["15", "112"],
    "ES": ["112"],
    "MX": ["911"],
    "JP": ["119", "110"],
    "US": ["911"],
    "CA": ["911"],
    "IE": ["112", "999"],
    "IN": [],
    "ZA": [],
    "BR": [],
    "PH": [],
}


def facts_text() -> str:
    if not FACTS.is_file():
        pytest.skip("../shared/domain/SAFETY_FACTS.md is not beside this checkout")
    return FACTS.read_text(encoding="utf-8").replace("**", "")


def every_service() -> list[Service]:
    return load_directory(include_secondary=True).entries()


def test_every_verified_country_has_a_verified_general_service() -> None:
    directory = load_directory()
    for code in VERIFIED_COUNTRIES:
        country = directory.country(code)
        assert country is not None, code
        assert country.general_services(), code
        assert all(service.tier == "verified" for service in country.services), code


@pytest.mark.parametrize("service", every_service(), ids=lambda s: s.id)
def test_every_entry_has_provenance(service: Service) -> None:
    assert service.source_url.startswith(("http://", "https://"))
    assert service.verified == dt.date(2026, 8, 15)
    assert service.tier in ("verified", "secondary")
    assert service.hours and service.languages and service.channels


def test_every_number_in_the_data_is_verbatim_in_safety_facts() -> None:
    facts = facts_text()
    missing = [
        (service.id, text)
        for service in every_service()
        for text in [service.name, *(channel.value for channel in service.channels)]
        if any(ch.isdigit() for ch in text) and text not in facts
    ]
    assert missing == []


def test_every_verified_number_comes_from_a_row_marked_verified() -> None:
    rows = [line for line in facts_text().splitlines() if line.startswith("|") and "[V]" in line]
    unbacked = [
        (service.id, channel.value)
        for service in load_directory().entries()
        for channel in service.channels
        if any(ch.isdigit() for ch in channel.value) and not any(channel.value in row for row in rows)
    ]
    assert unbacked == []


def test_every_source_url_is_cited_in_safety_facts() -> None:
    facts = facts_text()
    assert [s.id for s in every_service() if s.source_url not in facts] == []
    assert load_directory().fallback.source_url in facts


def test_emergency_numbers_are_only_those_the_facts_state() -> None:
    directory = load_directory()
    for code, expected in EXPECTED_EMERGENCY.items():
        country = directory.country(code)
        assert country is not None
        assert [number.number for number in country.emergency] == expected, code


def test_emergency_numbers_appear_in_the_facts_or_carry_their_own_source() -> None:
    notes = [part.split(".")[0] for part in facts_text().split("Emergency: ")[1:]]
    directory = load_directory()
    for code in EXPECTED_EMERGENCY:
        country = directory.country(code)
        assert country is not None
        for number in country.emergency:
            if number.source_url is None:
                assert any(number.number in note for note in notes), (code, number.number)
            else:
                assert number.source_url.startswith("https://"), (code, number.number)
                assert number.verified is not None and number.verified >= dt.date(2026, 8, 15)


def test_unverified_services_are_not_shipped_in_any_tier() -> None:
    from safeguard.resources._digits import digits_only

    shipped = {digits_only(c.value) for s in every_service() for c in s.channels}
    assert [name for name, digits in UNVERIFIED_NUMBERS.items() if digits in shipped] == []


def test_recent_changes_are_respected() -> None:
    directory = load_directory()
    us, ca = directory.country("US"), directory.country("CA")
    assert us is not None and ca is not None
    us_primary = us.general_services()[0]
    assert [c.value for c in us_primary.shown_channels() if c.kind == "phone"] == ["988"]
    assert [c.value for c in ca.general_services()[0].channels if c.kind == "phone"] == ["9-8-8"]
    # 116 123 only where verified (UK, IE, DE), never in FR or ES
    for code in ("FR", "ES"):
        country = directory.country(code)
        assert country is not None
        assert all("116 123" not in c.value for s in country.services for c in s.channels)


def test_secondary_entries_are_hidden_by_default() -> None:
    default = {service.id for service in load_directory().entries()}
    everything = {service.id for service in load_directory(include_secondary=True).entries()}
    assert "au-suicide-call-back" in everything - default
    assert "jp-inochi-sos" in everything - default
    assert all(service.tier == "verified" for service in load_directory().entries())
    channels = [c for s in load_directory().entries() for c in s.channels]
    assert all(channel.tier == "verified" for channel in channels)


def test_shipped_entries_are_not_older_than_a_year() -> None:
    """The CI staleness check: fails on purpose once the desk verification is a year old."""
    today = dt.date.today()
    stale = [s.id for s in every_service() if s.age_days(today) > 365]
    assert stale == [], "re-verify these entries against their providers and bump `verified`"
