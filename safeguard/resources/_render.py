"""Turn services and emergency numbers into one line of text in a given language."""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.resources._model import Channel, EmergencyNumber, Service
from safeguard.resources._schema import LanguageSpec


def render_services(services: Sequence[Service], lang: LanguageSpec) -> str:
    """``"Samaritans (call 116 123, email jo@samaritans.org, 24/7) or Shout 85258 (...)"``."""
    return join_or([render_service(service, lang) for service in services], lang)


def render_service(service: Service, lang: LanguageSpec) -> str:
    """One service: its name, then each displayed channel, then its hours."""
    parts = _channel_parts(service.shown_channels(), lang)
    details = lang.separator.join([*parts, service.hours])
    return lang.service.format(name=service.name, details=details)


def render_emergency(numbers: Sequence[EmergencyNumber], lang: LanguageSpec) -> str:
    """``"15 (SAMU) or 112"``."""
    rendered = [
        lang.emergency_label.format(number=number.number, label=number.label)
        if number.label
        else number.number
        for number in numbers
    ]
    return join_or(rendered, lang)


def join_or(items: Sequence[str], lang: LanguageSpec) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{lang.separator.join(items[:-1])} {lang.or_} {items[-1]}"


def _channel_parts(channels: Sequence[Channel], lang: LanguageSpec) -> list[str]:
    """Channels grouped by kind and hours, with "call or text X" when both use one number."""
    visible = _drop_web_when_chat(channels)
    groups: dict[tuple[str, str | None], list[str]] = {}
    for channel in visible:
        groups.setdefault((channel.kind, channel.hours), []).append(channel.value)
    merged = _merge_phone_text(groups)
    return [_group_text(kind, hours, values, lang) for (kind, hours), values in merged.items()]


def _drop_web_when_chat(channels: Sequence[Channel]) -> list[Channel]:
    # A chat address already is the website; printing both adds length, not help.
    has_chat = any(channel.kind == "chat" for channel in channels)
    return [channel for channel in channels if not (has_chat and channel.kind == "web")]


def _merge_phone_text(
    groups: dict[tuple[str, str | None], list[str]],
) -> dict[tuple[str, str | None], list[str]]:
    phone, text = groups.get(("phone", None)), groups.get(("text", None))
    if phone is None or phone != text:
        return groups
    merged: dict[tuple[str, str | None], list[str]] = {}
    for key, values in groups.items():
        if key == ("phone", None):
            merged[("phone_text", None)] = values
        elif key != ("text", None):
            merged[key] = values
    return merged


def _group_text(kind: str, hours: str | None, values: list[str], lang: LanguageSpec) -> str:
    text = lang.channels[kind].format(value=f" {lang.or_} ".join(values))
    return f"{text} ({hours})" if hours else text
