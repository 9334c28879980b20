"""What a check is: a name, an options model, and input/output hooks returning a ``CheckResult``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from safeguard._conversation import Conversation
from safeguard._findings import CheckResult, Finding


class CheckOptions(BaseModel):
    """Base of every check's options model: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@runtime_checkable
class Check(Protocol):
    """A check the engine can run.

    ``check_input`` sees the conversation (user text before the vendor call);
    ``check_output`` sees the conversation plus the model's reply. Both are
    pure: no I/O, no mutation of their arguments.
    """

    name: str

    def check_input(self, conversation: Conversation) -> CheckResult: ...

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult: ...


@runtime_checkable
class Rewriter(Protocol):
    """A check that knows how to rewrite the spans it found (used by the ``rewrite`` action)."""

    def rewrite(self, reply: str, findings: Sequence[Finding]) -> str: ...


class BaseCheck:
    """Convenience base: override what you need; the rest finds nothing."""

    name: ClassVar[str] = "base"

    def check_input(self, conversation: Conversation) -> CheckResult:
        """Find nothing in the input."""
        return CheckResult()

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        """Find nothing in the reply."""
        return CheckResult()


CheckFunction = Callable[[Conversation, "str | None"], Sequence[Finding]]


class FunctionCheck(BaseCheck):
    """Adapts a plain ``fn(conversation, reply) -> list[Finding]`` into a ``Check``.

    ``reply`` is ``None`` on the input side.
    """

    def __init__(self, name: str, fn: CheckFunction) -> None:
        self.name = name  # type: ignore[misc]
        self._fn = fn

    def check_input(self, conversation: Conversation) -> CheckResult:
        """Call the function with ``reply=None``."""
        return CheckResult(findings=tuple(self._fn(conversation, None)))

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        """Call the function with the reply."""
        return CheckResult(findings=tuple(self._fn(conversation, reply)))
