"""``safeguard resources``: list crisis-resource entries with their age, fail when stale.

Exit status: 0 when every listed entry was verified within ``--max-age-days``; 1 when some
entry is older (each is named on standard error); 2 when the data cannot be loaded or the
arguments are invalid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from safeguard._errors import PolicyError
from safeguard.resources._directory import Directory, load_directory
from safeguard.resources._model import EmergencyNumber, Service

_DEFAULT_MAX_AGE_DAYS = 365


def main(argv: list[str] | None = None) -> int:
    """Run ``safeguard resources [--locale X] [--json] [--max-age-days N]``."""
    args = _parser().parse_args(argv)
    try:
        directory = load_directory(args.extra or (), include_secondary=True)
    except PolicyError as exc:
        print(f"safeguard resources: {exc}", file=sys.stderr)
        return 2
    services = _selected(directory, args.locale)
    if services is None:
        print(_unknown_locale_note(args.locale, directory))
        return 0
    today = args.today or dt.date.today()
    _print(services, today, as_json=args.json)
    if not args.json:
        print(_footer(directory, args.locale, today))
    return _report_stale(services, today, args.max_age_days)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safeguard resources",
        description="List the crisis-resource entries (verified and secondary) with their age.",
    )
    parser.add_argument("--locale", help="only the country of this BCP-47 locale (en-GB)")
    parser.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    parser.add_argument(
        "--max-age-days",
        type=int,
        default=_DEFAULT_MAX_AGE_DAYS,
        metavar="N",
        help="exit 1 when an entry was verified more than N days ago (365)",
    )
    parser.add_argument(
        "--extra",
        action="append",
        metavar="FILE",
        help="an extra crisis-resource YAML file (repeatable)",
    )
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date ages are counted to (default: today)",
    )
    return parser


def _selected(directory: Directory, locale: str | None) -> list[Service] | None:
    if locale is None:
        return directory.entries()
    country = directory.for_locale(locale)
    return list(country.services) if country else None


def _unknown_locale_note(locale: str | None, directory: Directory) -> str:
    return (
        f"no crisis resources for locale {locale!r}: the text falls back to emergency "
        f"guidance, {directory.fallback.directory} and asking the person's country"
    )


def _footer(directory: Directory, locale: str | None, today: dt.date) -> str:
    """The emergency numbers of the selected country, or the international fallback."""
    country = directory.for_locale(locale) if locale else None
    if country is None:
        fallback = directory.fallback
        age = (today - fallback.verified).days
        return f"fallback (unknown country): {fallback.directory}, verified {fallback.verified} ({age} days)"
    numbers = " / ".join(_emergency(n, today) for n in country.emergency)
    return f"emergency: {numbers or 'none stored (the text says: your local emergency number)'}"


def _emergency(number: EmergencyNumber, today: dt.date) -> str:
    # numbers from SAFETY_FACTS carry its row's provenance; added ones name their own page
    if number.source_url is None or number.verified is None:
        return number.number
    age = (today - number.verified).days
    return f"{number.number} ({number.source_url}, verified {number.verified}, {age} days)"


def _print(services: Sequence[Service], today: dt.date, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([_as_dict(service, today) for service in services], ensure_ascii=False, indent=2))
        return
    print(f"{'COUNTRY':<7} {'TIER':<9} {'VERIFIED':<10} {'AGE':>4}  SERVICE / CHANNELS / SOURCE")
    for service in services:
        print(
            f"{service.country:<7} {service.tier:<9} {service.verified.isoformat():<10} "
            f"{service.age_days(today):>4}  {service.name}"
        )
        print(f"{'':<35}{_channels_text(service)}")
        print(f"{'':<35}{service.source_url}")


def _channels_text(service: Service) -> str:
    return "; ".join(
        f"{channel.kind} {channel.value}" + ("" if channel.display else " (not shown)")
        for channel in service.channels
    )


def _as_dict(service: Service, today: dt.date) -> dict[str, object]:
    return {
        "id": service.id,
        "country": service.country,
        "name": service.name,
        "tier": service.tier,
        "hours": service.hours,
        "languages": list(service.languages),
        "channels": [
            {"kind": c.kind, "value": c.value, "tier": c.tier, "display": c.display} for c in service.channels
        ],
        "source_url": service.source_url,
        "verified": service.verified.isoformat(),
        "age_days": service.age_days(today),
    }


def _report_stale(services: Sequence[Service], today: dt.date, max_age_days: int) -> int:
    stale = [service for service in services if service.age_days(today) > max_age_days]
    for service in stale:
        print(
            f"stale: {service.country} {service.id} verified {service.verified.isoformat()} "
            f"({service.age_days(today)} days > {max_age_days}); re-check {service.source_url}",
            file=sys.stderr,
        )
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
