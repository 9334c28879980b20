"""``safeguard resources``: listing, JSON, ages and the staleness exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard.resources._cli import main

TODAY = "2026-11-25"  # 102 days after the 2026-08-15 desk verification


def test_lists_every_entry_with_its_age(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("COUNTRY")
    assert "GB      verified  2026-08-15  102  Samaritans" in out
    assert "AU      secondary 2026-08-15  102  Suicide Call Back Service" in out
    assert "https://www.samaritans.org/how-we-can-help/contact-samaritan/" in out
    assert "phone 1-800-273-8255 (not shown)" in out


def test_locale_filters_to_one_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--locale", "en-CA", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "9-8-8" in out and "Kids Help Phone" in out
    assert "Samaritans" not in out and "988 Suicide & Crisis Lifeline" not in out


def test_unknown_locale_says_what_happens_instead(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--locale", "en", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "findahelpline.com" in out
    assert not any(ch.isdigit() for ch in out)


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--locale", "ja-JP", "--today", TODAY]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [entry["id"] for entry in entries] == ["jp-yorisoi", "jp-inochi-no-denwa", "jp-inochi-sos"]
    first = entries[0]
    assert first["age_days"] == 102 and first["verified"] == "2026-08-15"
    assert first["tier"] == "verified" and first["source_url"] == "http://279338.jp/yorisoi/"
    assert {"kind": "phone", "value": "0120-279-338", "tier": "verified", "display": True} in first[
        "channels"
    ]


@pytest.mark.parametrize(("max_age", "code"), [("102", 0), ("101", 1), ("0", 1), ("365", 0)])
def test_exit_code_follows_max_age(max_age: str, code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--max-age-days", max_age, "--today", TODAY]) == code
    err = capsys.readouterr().err
    assert ("stale: GB gb-samaritans verified 2026-08-15" in err) == (code == 1)


def test_a_year_later_everything_is_stale(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--today", "2027-08-16"]) == 1
    assert "366 days > 365" in capsys.readouterr().err


def test_a_bad_extra_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\ncountries:\n  gb: {name: x}\n", encoding="utf-8")
    assert main(["--extra", str(bad), "--today", TODAY]) == 2
    assert "upper-case ISO 3166" in capsys.readouterr().err


def test_an_extra_file_adds_a_service(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "schema: 1\ncountries:\n  GB:\n    name: United Kingdom\n    services:\n"
        "      - id: gb-campus\n        name: Campus line\n        tier: verified\n"
        "        hours: 24/7\n        languages: [English]\n"
        "        source_url: https://example.org/campus\n        verified: 2026-09-01\n"
        "        channels:\n          - {kind: phone, value: '0000'}\n",
        encoding="utf-8",
    )
    assert main(["--extra", str(extra), "--locale", "en-GB", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "Campus line" in out and "Samaritans" in out


def test_bad_arguments_exit_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["--max-age-days", "many"])
    assert info.value.code == 2


@pytest.mark.parametrize(
    ("locale", "footer"),
    [
        ("en-GB", "emergency: 999"),
        ("fr-FR", "emergency: 15 / 112"),
        ("en-US", "emergency: 911 (https://www.skowhegan.org/FAQ.aspx?QID=95, verified 2026-11-25, 0 days)"),
        ("en-IN", "emergency: none stored (the text says: your local emergency number)"),
    ],
)
def test_the_footer_names_the_emergency_numbers(
    locale: str, footer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--locale", locale, "--today", TODAY]) == 0
    assert capsys.readouterr().out.rstrip().endswith(footer)


def test_the_full_listing_ends_with_the_fallback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--today", TODAY]) == 0
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert last == "fallback (unknown country): findahelpline.com, verified 2026-08-15 (102 days)"
