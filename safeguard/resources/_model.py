"""Typed, frozen records of the crisis-resource directory (what the YAML files turn into)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Tier = Literal["verified", "secondary"]
ChannelKind = Literal["phone", "text", "chat", "web", "email", "whatsapp"]


@dataclass(frozen=True, slots=True)
class Channel:
    """One way to reach a service: ``value`` is the number or address exactly as published.

    ``display=False`` marks a channel that is recognised in model replies but never printed
    (a legacy number that still routes, or a regional number).
    """

    kind: ChannelKind
    value: str
    tier: Tier = "verified"
    hours: str | None = None
    display: bool = True
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Service:
    """A crisis service of one country, with where its details were checked and when."""

    id: str
    country: str
    name: str
    tier: Tier
    hours: str
    languages: tuple[str, ...]
    source_url: str
    verified: dt.date
    channels: tuple[Channel, ...]
    audience: str | None = None
    region: str | None = None
    note: str | None = None

    def age_days(self, today: dt.date) -> int:
        """Days since the entry was last verified."""
        return (today - self.verified).days

    def shown_channels(self) -> tuple[Channel, ...]:
        """The channels that may be printed to a person."""
        return tuple(channel for channel in self.channels if channel.display)


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    """A national emergency number; ``label`` names the service when the source does (SAMU)."""

    number: str
    tier: Tier = "verified"
    label: str | None = None
    source_url: str | None = None
    verified: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CountryResources:
    """Everything known for one country (ISO 3166 alpha-2 ``code``), priority order kept."""

    code: str
    name: str
    services: tuple[Service, ...]
    emergency: tuple[EmergencyNumber, ...] = ()

    def general_services(self) -> tuple[Service, ...]:
        """Services for anyone (no audience restriction such as youth), in priority order."""
        return tuple(service for service in self.services if service.audience is None)


@dataclass(frozen=True, slots=True)
class Fallback:
    """The international directory used when the country is unknown (SAFETY_FACTS 1.2)."""

    directory: str
    source_url: str
    verified: dt.date
