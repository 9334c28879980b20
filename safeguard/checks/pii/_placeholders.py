"""The placeholder shape ``<EMAIL_ADDRESS_1>``: made by the vault, never PII itself."""

from __future__ import annotations

import re

# Entity names are upper-case words joined by underscores; the counter is a bounded number.
PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]{0,40}_[0-9]{1,9}>")
MAX_PLACEHOLDER = 53  # len("<" + 41 chars + "_" + 9 digits + ">") + slack


def make(entity: str, number: int) -> str:
    """The placeholder for the ``number``-th distinct value of ``entity``."""
    return f"<{entity}_{number}>"


def mask(text: str) -> str:
    """``text`` with every placeholder blanked to spaces (offsets unchanged)."""
    if "<" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
