"""Load the crisis-resource directory from YAML and look countries up by locale."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from safeguard._errors import PolicyError
from safeguard.resources._digits import contains_number
from safeguard.resources._files import load_model, read_packaged
from safeguard.resources._locale import parse_locale
from safeguard.resources._model import (
    Channel,
    CountryResources,
    EmergencyNumber,
    Fallback,
    Service,
)
from safeguard.resources._schema import (
    BlocklistFile,
    CountrySpec,
    DirectoryFile,
    ServiceSpec,
)

_DEFAULT_FILE = "crisis_lines.yaml"
_BLOCKLIST_FILE = "blocklist.yaml"


class Directory:
    """Crisis services and emergency numbers by country, as loaded (tiers already filtered)."""

    def __init__(
        self,
        countries: Mapping[str, CountryResources],
        fallback: Fallback,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self._countries = dict(countries)
        self._aliases = dict(aliases or {})
        self.fallback = fallback

    def country(self, code: str) -> CountryResources | None:
        """The resources of an ISO 3166 alpha-2 country code (aliases such as UK allowed)."""
        key = code.strip().upper()
        return self._countries.get(self._aliases.get(key, key))

    def for_locale(self, locale: str | None) -> CountryResources | None:
        """The resources for a BCP-47 locale's region; ``None`` when the region is unknown."""
        country = parse_locale(locale).country
        return self.country(country) if country else None

    def countries(self) -> list[CountryResources]:
        """Every country, in the order of the data files."""
        return list(self._countries.values())

    def entries(self) -> list[Service]:
        """Every service of every country (for listings such as ``safeguard resources``)."""
        return [service for country in self._countries.values() for service in country.services]


def load_directory(extra_files: Sequence[str | Path] = (), include_secondary: bool = False) -> Directory:
    """Load the shipped directory, plus ``extra_files`` in the same YAML shape.

    An extra file adds countries, or adds to a shipped country: a service with the same ``id``
    replaces the shipped one and a non-empty ``emergency`` list replaces the shipped numbers.
    Secondary-tier services, channels and emergency numbers are dropped unless
    ``include_secondary`` is true. Any number from the stale-number blocklist is an error.
    The result without extra files is cached.

    Raises:
        PolicyError: a file is missing, is not valid YAML, has the wrong shape, or contains
            a blocked number or phrase.
    """
    if not extra_files:
        return _load_default(include_secondary)
    return _load(tuple(Path(path) for path in extra_files), include_secondary)


@functools.lru_cache(maxsize=2)
def _load_default(include_secondary: bool) -> Directory:
    return _load((), include_secondary)


def _load(extra_files: tuple[Path, ...], include_secondary: bool) -> Directory:
    base = load_model(DirectoryFile, read_packaged(_DEFAULT_FILE), _DEFAULT_FILE)
    specs = [(_DEFAULT_FILE, base)]
    specs += [(str(path), load_model(DirectoryFile, _read_path(path), str(path))) for path in extra_files]
    errors = [error for label, spec in specs for error in _check_spec(spec, label)]
    if errors:
        raise PolicyError(errors)
    merged = base
    for _, extra in specs[1:]:
        merged = _merge(merged, extra)
    return _build(merged, include_secondary)


def _read_path(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError([f"{path}: cannot read crisis-resource file ({exc.strerror})"]) from None


def _check_spec(spec: DirectoryFile, label: str) -> list[str]:
    errors = [
        f"{label}: countries.{code}: use an upper-case ISO 3166 alpha-2 code"
        for code in spec.countries
        if not (len(code) == 2 and code.isupper())
    ]
    return errors + _blocklist_errors(spec, label, _blocklist())


@functools.lru_cache(maxsize=1)
def _blocklist() -> BlocklistFile:
    return load_model(BlocklistFile, read_packaged(_BLOCKLIST_FILE), _BLOCKLIST_FILE)


def _blocklist_errors(spec: DirectoryFile, label: str, blocklist: BlocklistFile) -> list[str]:
    errors: list[str] = []
    for where, text in _texts(spec):
        errors += [
            f"{label}: {where}: {blocked.digits} is a stale number ({blocked.note})"
            for blocked in blocklist.numbers
            if contains_number(text, blocked.digits)
        ]
        errors += [
            f"{label}: {where}: {phrase.text!r} must not ship ({phrase.note})"
            for phrase in blocklist.phrases
            if phrase.text.lower() in text.lower()
        ]
    return errors


def _texts(spec: DirectoryFile) -> Iterable[tuple[str, str]]:
    """Every string of a directory file that could reach a person, with its key path."""
    for code, country in spec.countries.items():
        for number in country.emergency:
            yield f"countries.{code}.emergency", number.number
        for service in country.services:
            where = f"countries.{code}.services.{service.id}"
            yield f"{where}.name", service.name
            for channel in service.channels:
                yield f"{where}.channels", channel.value


def _merge(base: DirectoryFile, extra: DirectoryFile) -> DirectoryFile:
    countries = dict(base.countries)
    for code, spec in extra.countries.items():
        countries[code] = _merge_country(countries[code], spec) if code in countries else spec
    return base.model_copy(
        update={
            "countries": countries,
            "aliases": {**base.aliases, **extra.aliases},
            "fallback": extra.fallback or base.fallback,
        }
    )


def _merge_country(base: CountrySpec, extra: CountrySpec) -> CountrySpec:
    services = {service.id: service for service in base.services}
    services.update({service.id: service for service in extra.services})
    return CountrySpec(
        name=extra.name,
        emergency=extra.emergency or base.emergency,
        services=list(services.values()),
    )


def _build(spec: DirectoryFile, include_secondary: bool) -> Directory:
    if spec.fallback is None:
        raise PolicyError([f"{_DEFAULT_FILE}: fallback: the international directory is missing"])
    fallback = Fallback(spec.fallback.directory, spec.fallback.source_url, spec.fallback.verified)
    countries = {
        code: _build_country(code, country, include_secondary) for code, country in spec.countries.items()
    }
    return Directory(countries, fallback, spec.aliases)


def _build_country(code: str, spec: CountrySpec, include_secondary: bool) -> CountryResources:
    allowed = {"verified", "secondary"} if include_secondary else {"verified"}
    services = (_build_service(code, service, allowed) for service in spec.services)
    emergency = tuple(
        EmergencyNumber(number.number, number.tier, number.label, number.source_url, number.verified)
        for number in spec.emergency
        if number.tier in allowed
    )
    return CountryResources(
        code=code,
        name=spec.name,
        services=tuple(service for service in services if service is not None),
        emergency=emergency,
    )


def _build_service(code: str, spec: ServiceSpec, allowed: set[str]) -> Service | None:
    if spec.tier not in allowed:
        return None
    channels = tuple(
        Channel(
            kind=channel.kind,
            value=channel.value,
            tier=channel.tier or spec.tier,
            hours=channel.hours,
            display=channel.display,
            note=channel.note,
        )
        for channel in spec.channels
        if (channel.tier or spec.tier) in allowed
    )
    return Service(
        id=spec.id,
        country=code,
        name=spec.name,
        tier=spec.tier,
        hours=spec.hours,
        languages=tuple(spec.languages),
        source_url=spec.source_url,
        verified=spec.verified,
        channels=channels,
        audience=spec.audience,
        region=spec.region,
        note=spec.note,
    )
