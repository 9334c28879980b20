"""Risk levels for self-harm, ordered from no risk to imminent danger."""

from __future__ import annotations

import enum


class RiskLevel(enum.IntEnum):
    """Conversation-level self-harm risk of the person writing the user messages.

    The order follows the Columbia screener's items and crisis-line triage
    (see ``docs/checks.md``); comparisons such as ``level >= RiskLevel.PASSIVE``
    are the intended way to ask "is this person at risk?".
    """

    NONE = 0
    DISTRESS = 1
    PASSIVE = 2
    IDEATION = 3
    INTENT = 4
    IMMINENT = 5

    @property
    def label(self) -> str:
        """The lower-case name used in JSON and YAML (``"passive"``)."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int | RiskLevel) -> RiskLevel:
        """Turn ``"ideation"``, ``3`` or a ``RiskLevel`` into a ``RiskLevel``."""
        if isinstance(value, RiskLevel):
            return value
        if isinstance(value, int):
            return cls(value)
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(level.label for level in cls)
            raise ValueError(f"unknown risk level {value!r}; use one of {names}") from None
