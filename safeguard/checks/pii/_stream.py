"""Streaming: restore placeholders split across deltas; catch PII split across deltas.

Both helpers give exactly what the non-streamed function gives on the whole text, for any
split into deltas (a property test checks it): they only hold back text that a later delta
could still change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from safeguard._findings import REPLY, Finding
from safeguard.checks.pii._check import PiiCheck
from safeguard.checks.pii._placeholders import MAX_PLACEHOLDER
from safeguard.checks.pii._vault import Vault, redact_labels

_PLACEHOLDER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
Redactor = Callable[[str, Sequence[Finding]], str]


def _open_placeholder(tail: str) -> bool:
    """``tail`` (starting at ``<``) could still grow into a placeholder."""
    if len(tail) > MAX_PLACEHOLDER:
        return False
    if len(tail) > 1 and not ("A" <= tail[1] <= "Z"):
        return False
    return all(ch in _PLACEHOLDER_CHARS for ch in tail[1:])


class StreamRestorer:
    """Feeds reply deltas in, gets user-facing text out, placeholders restored."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._pending = ""

    def feed(self, delta: str) -> str:
        """Text that is safe to show now; a possible partial ``<ENTITY_n`` is held back."""
        text = self._pending + delta
        cut = text.rfind("<")
        if cut >= 0 and _open_placeholder(text[cut:]):
            self._pending = text[cut:]
            text = text[:cut]
        else:
            self._pending = ""
        return self._vault.restore(text)

    def flush(self) -> str:
        """Whatever is still held back, restored (the stream ended)."""
        text, self._pending = self._pending, ""
        return self._vault.restore(text)


class StreamScanner:
    """Finds PII in a streamed reply and releases it redacted, holding back a window.

    Each feed re-checks the reply so far (so context words and name cues work across
    deltas) once at least ``window`` new characters arrived, then releases everything up to
    a whitespace at least ``window`` characters before the end that no candidate span
    crosses. Every rule of the analyzer looks at most 64 characters ahead, so text released
    that way can no longer change. ``redactor`` defaults to ``[ENTITY]`` labels.
    """

    def __init__(self, check: PiiCheck, redactor: Redactor = redact_labels, window: int = 160) -> None:
        self._check = check
        self._redactor = redactor
        self._window = window
        self._text = ""
        self._released = 0
        self.findings: list[Finding] = []

    def feed(self, delta: str) -> str:
        """Redacted text that is safe to release now (possibly empty)."""
        self._text += delta
        if len(self._text) - self._released < 2 * self._window:
            return ""
        findings, candidates = self._analyze()
        cut = self._cut(candidates)
        return self._release(cut, findings)

    def flush(self) -> str:
        """The rest of the reply, redacted (the stream ended)."""
        findings, _ = self._analyze()
        return self._release(len(self._text), findings)

    def _analyze(self) -> tuple[list[Finding], list[tuple[int, int]]]:
        return self._check.find_with_candidates(self._text, "output", REPLY)

    def _cut(self, candidates: Sequence[tuple[int, int]]) -> int:
        limit = len(self._text) - self._window
        cut = limit
        while cut > self._released:
            if self._text[cut - 1].isspace() and not any(s < cut < e for s, e in candidates):
                return cut
            cut -= 1
        return self._released

    def _release(self, cut: int, findings: Sequence[Finding]) -> str:
        if cut <= self._released:
            return ""
        start = self._released
        inside = [
            Finding(f.check, f.category, f.where, f.message, f.start - start, f.end - start, f.score)
            for f in findings
            if start <= f.start and f.end <= cut
        ]
        self.findings += [f for f in findings if start <= f.start and f.end <= cut]
        self._released = cut
        return self._redactor(self._text[start:cut], inside)
