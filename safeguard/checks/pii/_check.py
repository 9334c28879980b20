"""The PII check: Presidio pattern recognizers plus model-free PERSON / LOCATION."""

from __future__ import annotations

import dataclasses
import functools
import threading
from typing import ClassVar, Literal

from safeguard._conversation import Conversation
from safeguard._findings import REPLY, CheckResult, Finding, Where
from safeguard.checks._base import BaseCheck
from safeguard.checks.pii._analyzer import PiiAnalyzer
from safeguard.checks.pii._options import PiiOptions
from safeguard.checks.pii._placeholders import mask


class PiiCheck(BaseCheck):
    """Finds PII in user messages (before the vendor sees them) and in the model's reply.

    Nothing heavy happens in the constructor: the data files load on the first check and
    Presidio only when a text passes a recognizer's pre-filter. Placeholders such as
    ``<PERSON_1>`` (made by :class:`Vault`) are never reported.
    """

    name: ClassVar[str] = "pii"
    options_model: ClassVar[type[PiiOptions]] = PiiOptions

    def __init__(self, options: PiiOptions | None = None) -> None:
        self.options = options or PiiOptions()
        self._analyzer: PiiAnalyzer | None = None
        self._lock = threading.Lock()
        # Every call re-reads the whole conversation; earlier turns are the same
        # text each time, so their findings come from this cache (thread-safe).
        self._cached = functools.lru_cache(maxsize=4096)(self._find_uncached)

    def check_input(self, conversation: Conversation) -> CheckResult:
        """Findings on every user message, located in that message's original text."""
        findings: list[Finding] = []
        for index, message in conversation.user_turns():
            findings += self.find(message.text, "input", index)
        return CheckResult(findings=tuple(findings))

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        """PII the model put in its reply (``where="output"``, ``message="reply"``)."""
        return CheckResult(findings=tuple(self.find(reply, "output", REPLY)))

    def find(self, text: str, where: Where, message: int | Literal["reply"]) -> list[Finding]:
        """Findings in one text; ``message`` is the index to report (or ``"reply"``)."""
        found = self._cached(text)
        return [dataclasses.replace(f, where=where, message=message) for f in found]

    def _find_uncached(self, text: str) -> tuple[Finding, ...]:
        return tuple(self.find_with_candidates(text, "input", 0)[0])

    def find_with_candidates(
        self, text: str, where: Where, message: int | Literal["reply"]
    ) -> tuple[list[Finding], list[tuple[int, int]]]:
        """Findings, plus the ``(start, end)`` of every candidate span (kept or not)."""
        spans, candidates = self.analyzer.analyze_with_candidates(mask(text))
        findings = [
            Finding(
                check=self.name,
                category=s.entity,
                where=where,
                message=message,
                start=s.start,
                end=s.end,
                score=s.score,
                detail={"rule": s.rule} if s.rule else {},
            )
            for s in spans
        ]
        return findings, [(c.start, c.end) for c in candidates]

    @property
    def analyzer(self) -> PiiAnalyzer:
        """The analyzer for these options, built on first use."""
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    self._analyzer = PiiAnalyzer(self.options)
        return self._analyzer
