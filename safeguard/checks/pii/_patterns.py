"""Presidio ``PatternRecognizer``s built from ``recognizers.yaml``, with shape validation."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

# Shapes a phone pattern also matches but that are something else: ISO / US / EU dates,
# an SSN, a dotted IPv4 address. Anchored, no nested quantifiers.
_NOT_PHONE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{3}-\d{2}-\d{4}"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$"
)


def _valid_phone(text: str) -> bool | None:
    digits = sum(ch.isdigit() for ch in text)
    if not 7 <= digits <= 15 or _NOT_PHONE.match(text.strip("()+ ")):
        return False
    return None


def _valid_ip(text: str) -> bool | None:
    if not any(ch.isdigit() for ch in text):
        return False  # "::" and "dead:beef::" are valid but never someone's address
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return None


def _valid_url(text: str) -> bool | None:
    # A bare "a.b" with a one-letter label is far more often a typo than a domain.
    host = text.split("://", 1)[-1].split("/", 1)[0]
    return False if len(host) < 4 else None


def _valid_card(text: str) -> bool | None:
    digits = [int(ch) for ch in text if ch.isdigit()]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if position % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return None if total % 10 == 0 else False


_VALIDATORS: Mapping[str, Callable[[str], bool | None]] = {
    "PHONE_NUMBER": _valid_phone,
    "URL": _valid_url,
    "IP_ADDRESS": _valid_ip,
    "CREDIT_CARD": _valid_card,
}


def build_pattern_recognizer(
    entity: str, patterns: Sequence[Mapping[str, Any]], context: Sequence[str]
) -> Any:
    """A Presidio ``PatternRecognizer`` for ``entity`` from YAML pattern entries."""
    from presidio_analyzer import Pattern, PatternRecognizer

    validator = _VALIDATORS.get(entity)

    class _Recognizer(PatternRecognizer):
        def validate_result(self, pattern_text: str) -> bool | None:
            return validator(pattern_text) if validator else None

    built = [Pattern(p["name"], p["regex"], float(p["score"])) for p in patterns]
    return _Recognizer(
        supported_entity=entity,
        patterns=built,
        context=list(context),
        name=f"safeguard_{entity.lower()}",
    )
