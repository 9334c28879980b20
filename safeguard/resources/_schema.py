"""Pydantic models of the YAML files under ``safeguard/data/resources`` (validation only).

The public records are the frozen dataclasses of ``_model``; these models exist so that a
hand-edited or user-supplied file fails with a precise message instead of a KeyError.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from safeguard.resources._model import ChannelKind, Tier


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChannelSpec(_Strict):
    kind: ChannelKind
    value: str = Field(min_length=1)
    tier: Tier | None = None
    hours: str | None = None
    display: bool = True
    note: str | None = None


class ServiceSpec(_Strict):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    tier: Tier
    hours: str = Field(min_length=1)
    languages: list[str] = Field(min_length=1)
    source_url: str = Field(pattern=r"^https?://")
    verified: dt.date
    channels: list[ChannelSpec] = Field(min_length=1)
    audience: str | None = None
    region: str | None = None
    note: str | None = None


class EmergencySpec(_Strict):
    number: str = Field(pattern=r"^[0-9]{2,4}$")
    tier: Tier
    label: str | None = None
    # Numbers taken from SAFETY_FACTS.md carry its row's provenance; numbers added
    # from other sources must name their own source and verification date.
    source_url: str | None = Field(default=None, pattern=r"^https?://")
    verified: dt.date | None = None


class CountrySpec(_Strict):
    name: str = Field(min_length=1)
    emergency: list[EmergencySpec] = Field(default_factory=list)
    services: list[ServiceSpec] = Field(default_factory=list)


class FallbackSpec(_Strict):
    directory: str = Field(min_length=1)
    source_url: str = Field(pattern=r"^https?://")
    verified: dt.date


class DirectoryFile(_Strict):
    """``crisis_lines.yaml`` and any extra file a policy adds (same shape; fallback optional)."""

    schema_: int = Field(alias="schema")
    fallback: FallbackSpec | None = None
    aliases: dict[str, str] = Field(default_factory=dict)
    countries: dict[str, CountrySpec] = Field(default_factory=dict)


class BlockedNumber(_Strict):
    digits: str = Field(pattern=r"^[0-9]+$")
    note: str


class BlockedPhrase(_Strict):
    text: str = Field(min_length=1)
    note: str


class BlocklistFile(_Strict):
    """``blocklist.yaml``: stale numbers and instructions that must never ship (section 1.4)."""

    numbers: list[BlockedNumber]
    phrases: list[BlockedPhrase]


class LanguageSpec(_Strict):
    or_: str = Field(alias="or")
    separator: str
    service: str
    emergency_label: str
    channels: dict[str, str]
    sentences: dict[str, str]


class RecipeSet(_Strict):
    unknown_emergency: str
    preamble: dict[str, list[str]]
    appendix: dict[str, list[str]]
    reminder: dict[str, list[str]] = Field(default_factory=dict)
    safe_reply: dict[str, list[str]]


class Settings(_Strict):
    max_services: int = Field(ge=1, le=5)
    fallback_language: str


class MessagesFile(_Strict):
    """``messages.yaml``: sentence templates per language and which ones make up each text."""

    settings: Settings
    recipes: dict[str, RecipeSet]
    languages: dict[str, LanguageSpec]
