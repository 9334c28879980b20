"""Opt-in message text for spans (``telemetry.include_text: true``), always PII-redacted.

Text leaves the process only through this module, and only after the PII check has
replaced every entity it finds with a typed placeholder such as ``<EMAIL_ADDRESS>``.
If the PII check cannot run, no text is exported at all: a redaction failure must
never turn into a leak.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from safeguard._verdict import Verdict

log = logging.getLogger("safeguard.telemetry")

_MAX_CHARS = 4000  # span attribute values stay small; the tail of a long text adds little
_lock = threading.Lock()
_checker: list[Any] = []


def _pii_check() -> Any:
    # Built on first use: Presidio is heavy and most deployments never export text.
    with _lock:
        if not _checker:
            from safeguard.checks.pii import PiiCheck

            _checker.append(PiiCheck())
        return _checker[0]


def redact(text: str) -> str | None:
    """``text`` with PII replaced by ``<ENTITY>`` placeholders, or ``None`` if that failed."""
    try:
        findings = _pii_check().find(text, "input", 0)
    except Exception:  # no redaction, no text: never export what could not be checked
        log.warning("safeguard telemetry: PII redaction failed; text not exported")
        return None
    for start, end, category in reversed(_merged(findings)):
        text = text[:start] + f"<{category}>" + text[end:]
    return text[:_MAX_CHARS]


def _merged(findings: list[Any]) -> list[tuple[int, int, str]]:
    # Overlapping entities (a URL holding an e-mail) become one placeholder, so
    # replacing right to left never leaves a fragment of either behind.
    spans: list[tuple[int, int, str]] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if spans and f.start < spans[-1][1]:
            start, end, category = spans[-1]
            spans[-1] = (start, max(end, f.end), category)
        else:
            spans.append((f.start, f.end, f.category))
    return spans


def last_user_text(verdict: Verdict) -> str | None:
    """The newest user message of the verdict's conversation, redacted."""
    convo = verdict.conversation
    if convo is None:
        return None
    turns = convo.user_turns()
    return redact(turns[-1][1].text) if turns else None


def reply_text(verdict: Verdict) -> str | None:
    """The reply the person sees, redacted (``None`` when there is no reply)."""
    return redact(verdict.reply) if verdict.reply is not None else None
