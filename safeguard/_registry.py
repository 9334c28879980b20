"""The explicit registry of check types: built-ins by name, third-party ones by entry point.

Plugins are found only through the ``safeguard.checks`` entry-point group, never by
walking subclasses or executing files from the working directory.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from typing import Any, cast

from safeguard.checks._base import Check, CheckOptions

ENTRY_POINT_GROUP = "safeguard.checks"

# type name -> "module:attribute"; imported only when a policy uses the type.
BUILTIN_CHECKS: dict[str, str] = {
    "self_harm": "safeguard.checks.self_harm:SelfHarmCheck",
    "safe_messaging": "safeguard.checks.safe_messaging:SafeMessagingCheck",
    "overpromise": "safeguard.checks.overpromise:OverpromiseCheck",
    "pii": "safeguard.checks.pii:PiiCheck",
}


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """How to build one check type: its class and its options model."""

    type_name: str
    cls: type[Any]
    options_model: type[CheckOptions]

    def build(self, options: CheckOptions) -> Check:
        """Instantiate the check with validated options."""
        return cast(Check, self.cls(options))


def _plugin_targets() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}


def check_types() -> list[str]:
    """Every known check type name, built-ins first."""
    plugins = sorted(set(_plugin_targets()) - set(BUILTIN_CHECKS))
    return [*BUILTIN_CHECKS, *plugins]


@cache
def resolve(type_name: str) -> CheckSpec:
    """Import and describe a check type. Raises ``KeyError`` for an unknown name."""
    target = BUILTIN_CHECKS.get(type_name) or _plugin_targets().get(type_name)
    if target is None:
        raise KeyError(type_name)
    module_name, _, attribute = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attribute)
    options_model = getattr(cls, "options_model", CheckOptions)
    return CheckSpec(type_name=type_name, cls=cls, options_model=options_model)
