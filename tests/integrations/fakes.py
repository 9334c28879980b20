"""Small deterministic checks for testing the integrations' mechanics.

The real checks are tested elsewhere; these make the transport, stream and SDK
tests independent of how the real checks judge wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from safeguard._conversation import Conversation
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._levels import RiskLevel
from safeguard.checks._base import BaseCheck, CheckOptions

PROMISE = "I will always be here"
HONEST = "I'm here right now"
METHOD = "METHOD-DETAIL"
_EMAIL = re.compile(r"[a-z]{1,20}@[a-z]{1,20}\.com")


class FakeRisk(BaseCheck):
    """``want to die`` in a user message means ideation."""

    name: ClassVar[str] = "self_harm"
    options_model: ClassVar[type[CheckOptions]] = CheckOptions

    def __init__(self, options: CheckOptions | None = None) -> None:
        pass

    def check_input(self, conversation: Conversation) -> CheckResult:
        findings = tuple(
            Finding(
                "self_harm",
                "ideation",
                "input",
                i,
                m.text.find("want to die"),
                m.text.find("want to die") + 11,
            )
            for i, m in conversation.user_turns()
            if "want to die" in m.text
        )
        level = RiskLevel.IDEATION if findings else RiskLevel.NONE
        return CheckResult(findings, SelfHarmState(level=level, subject="self" if findings else None))


class FakePromise(BaseCheck):
    """Flags and rewrites one fixed promise."""

    name: ClassVar[str] = "overpromise"
    options_model: ClassVar[type[CheckOptions]] = CheckOptions

    def __init__(self, options: CheckOptions | None = None) -> None:
        pass

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        at = reply.find(PROMISE)
        if at < 0:
            return CheckResult()
        return CheckResult(
            (Finding("overpromise", "availability", "output", "reply", at, at + len(PROMISE)),)
        )

    def rewrite(self, reply: str, findings: Sequence[Finding]) -> str:
        return reply.replace(PROMISE, HONEST)


class FakeMethod(BaseCheck):
    """``METHOD-DETAIL`` in a reply is method content."""

    name: ClassVar[str] = "safe_messaging"
    options_model: ClassVar[type[CheckOptions]] = CheckOptions

    def __init__(self, options: CheckOptions | None = None) -> None:
        pass

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        at = reply.find(METHOD)
        if at < 0:
            return CheckResult()
        return CheckResult((Finding("safe_messaging", "method", "output", "reply", at, at + len(METHOD)),))


class FakePii(BaseCheck):
    """Simple e-mail addresses, in user messages and in replies (placeholders ignored)."""

    name: ClassVar[str] = "pii"
    options_model: ClassVar[type[CheckOptions]] = CheckOptions

    def __init__(self, options: CheckOptions | None = None) -> None:
        pass

    def check_input(self, conversation: Conversation) -> CheckResult:
        return CheckResult(
            tuple(
                Finding("pii", "EMAIL_ADDRESS", "input", i, m.start(), m.end())
                for i, msg in conversation.user_turns()
                for m in _EMAIL.finditer(msg.text)
            )
        )

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        return CheckResult(
            tuple(
                Finding("pii", "EMAIL_ADDRESS", "output", "reply", m.start(), m.end())
                for m in _EMAIL.finditer(reply)
            )
        )


class Exploding(BaseCheck):
    """Crashes on every call (for fail-mode tests)."""

    name: ClassVar[str] = "exploding"
    options_model: ClassVar[type[CheckOptions]] = CheckOptions

    def __init__(self, options: CheckOptions | None = None) -> None:
        pass

    def check_input(self, conversation: Conversation) -> CheckResult:
        raise RuntimeError("boom")

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        raise RuntimeError("boom")


FAKES = {
    "fake_risk": "tests.integrations.fakes:FakeRisk",
    "fake_promise": "tests.integrations.fakes:FakePromise",
    "fake_method": "tests.integrations.fakes:FakeMethod",
    "fake_pii": "tests.integrations.fakes:FakePii",
    "exploding": "tests.integrations.fakes:Exploding",
}
