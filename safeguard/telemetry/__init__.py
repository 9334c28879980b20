"""OpenTelemetry for safeguard: spans, metrics and audit events that never carry raw text.

>>> from safeguard.telemetry import OTelObserver, observer_for
>>> guard = Guard(observers=[OTelObserver(policy)])        # doctest: +SKIP

Only ``opentelemetry-api`` is imported here. ``JsonlAuditExporter`` (which needs the
OpenTelemetry SDK) is imported on first use. Names are documented in ``docs/telemetry.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from safeguard.telemetry._ids import SALT_ENV, hash_id, telemetry_key
from safeguard.telemetry._names import AUDIT_EVENT, AUDIT_SCHEMA
from safeguard.telemetry._observer import OTelObserver, observer_for

if TYPE_CHECKING:
    from safeguard.telemetry._jsonl import JsonlAuditExporter


def __getattr__(name: str) -> Any:
    # The exporter subclasses an SDK class; importing it eagerly would make the SDK required.
    if name == "JsonlAuditExporter":
        from safeguard.telemetry._jsonl import JsonlAuditExporter

        return JsonlAuditExporter
    raise AttributeError(f"module 'safeguard.telemetry' has no attribute {name!r}")


__all__ = [
    "AUDIT_EVENT",
    "AUDIT_SCHEMA",
    "SALT_ENV",
    "JsonlAuditExporter",
    "OTelObserver",
    "hash_id",
    "observer_for",
    "telemetry_key",
]
