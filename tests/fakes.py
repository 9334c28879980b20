"""Small fake checks for engine and CLI tests (registered per test through ``fake_registry``)."""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._conversation import Conversation
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._levels import RiskLevel
from safeguard.checks._base import BaseCheck, CheckOptions


class KeywordOptions(CheckOptions):
    """Options of the fake risk check."""

    word: str = "hopeless"
    level: str = "passive"


class FakeRisk(BaseCheck):
    """Flags a keyword in user messages at a fixed level."""

    name = "fake_risk"
    options_model = KeywordOptions

    def __init__(self, options: KeywordOptions) -> None:
        self.options = options

    def check_input(self, conversation: Conversation) -> CheckResult:
        found = []
        for index, message in conversation.user_turns():
            at = message.text.find(self.options.word)
            if at >= 0:
                end = at + len(self.options.word)
                found.append(Finding("fake_risk", self.options.level, "input", index, at, end, 0.9))
        level = RiskLevel.parse(self.options.level) if found else RiskLevel.NONE
        return CheckResult(tuple(found), SelfHarmState(level=level, subject="self" if found else None))


class FakePromise(BaseCheck):
    """Flags "always" in replies and rewrites it to "right now"."""

    name = "fake_promise"
    options_model = CheckOptions

    def __init__(self, options: CheckOptions) -> None:
        del options

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        at = reply.find("always")
        if at < 0:
            return CheckResult()
        return CheckResult((Finding("fake_promise", "availability", "output", "reply", at, at + 6),))

    def rewrite(self, reply: str, findings: Sequence[Finding]) -> str:
        for f in sorted(findings, key=lambda f: f.start, reverse=True):
            reply = reply[: f.start] + "right now" + reply[f.end :]
        return reply


class Crashing(BaseCheck):
    """Raises on every call."""

    name = "crashing"
    options_model = CheckOptions

    def __init__(self, options: CheckOptions) -> None:
        del options

    def check_input(self, conversation: Conversation) -> CheckResult:
        raise RuntimeError("boom: secret user text must not leak")


FAKES = {
    "fake_risk": "tests.fakes:FakeRisk",
    "fake_promise": "tests.fakes:FakePromise",
    "crashing": "tests.fakes:Crashing",
}
