"""``JsonlAuditExporter``: audit records as JSON lines, the file ``safeguard report`` reads.

This module needs the OpenTelemetry SDK (the ``otel`` extra); the rest of the
telemetry package needs only the API. Each line is one ``safeguard.decision``
record: ``{"time": ..., "event": "safeguard.decision", "trace_id": ..., "span_id":
..., <the record body>}`` (see ``docs/telemetry.md``). Other log records are skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from opentelemetry.sdk._logs import ReadableLogRecord
from opentelemetry.sdk._logs.export import LogRecordExporter, LogRecordExportResult

from safeguard.telemetry._names import AUDIT_EVENT


def audit_line(record: ReadableLogRecord) -> str:
    """One JSON line for an audit record (with a trailing newline)."""
    log = record.log_record
    stamp = log.timestamp or log.observed_timestamp or 0
    head: dict[str, Any] = {
        "time": dt.datetime.fromtimestamp(stamp / 1e9, tz=dt.UTC).isoformat(timespec="milliseconds"),
        "event": AUDIT_EVENT,
        "trace_id": f"{log.trace_id:032x}" if log.trace_id else None,
        "span_id": f"{log.span_id:016x}" if log.span_id else None,
    }
    body = log.body if isinstance(log.body, dict) else {"body": log.body}
    return json.dumps({**head, **body}, ensure_ascii=False, separators=(",", ":")) + "\n"


class JsonlAuditExporter(LogRecordExporter):
    """Appends every ``safeguard.decision`` record to ``path``, one JSON object per line.

    >>> from opentelemetry.sdk._logs import LoggerProvider
    >>> from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
    >>> provider = LoggerProvider()                              # doctest: +SKIP
    >>> provider.add_log_record_processor(
    ...     SimpleLogRecordProcessor(JsonlAuditExporter("audit.jsonl")))  # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._closed = False

    def export(self, batch: Sequence[ReadableLogRecord]) -> LogRecordExportResult:
        """Append the batch's audit records; other records are ignored."""
        if self._closed:
            return LogRecordExportResult.FAILURE
        lines = [audit_line(r) for r in batch if r.log_record.event_name == AUDIT_EVENT]
        if lines:
            with self._lock, self.path.open("a", encoding="utf-8") as fh:
                fh.write("".join(lines))
        return LogRecordExportResult.SUCCESS

    def shutdown(self) -> None:
        """Refuse further exports (the file is opened per batch, so nothing to close)."""
        self._closed = True

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        """Nothing is buffered here."""
        return True
