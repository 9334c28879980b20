"""Apply decided actions to a reply, in a fixed order that keeps each step meaningful.

Order: ``rewrite`` (overpromises, on the offsets the checks reported) → ``redact``
(leaked PII, found again in the text as it now stands, so no offset is stale) →
``block`` (replace unsafe content with a supportive reply) → ``augment`` (crisis
resources).
``escalate`` and ``allow`` never change text; the Guard calls escalation hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from safeguard._conversation import Conversation
from safeguard._findings import Finding, SelfHarmState
from safeguard._rules import Decision
from safeguard.actions import _text
from safeguard.checks._base import Check
from safeguard.resources import Directory

ORDER: tuple[str, ...] = ("rewrite", "redact", "block", "augment", "escalate", "allow")


@dataclass(frozen=True, slots=True)
class ActionContext:
    """Everything an action may read. Actions return new text; they mutate nothing."""

    state: SelfHarmState
    conversation: Conversation
    locale: str | None
    checks: Mapping[str, Check]
    directory: Directory
    findings: tuple[Finding, ...] = field(default=())
    blocked: bool = False


Action = Callable[[ActionContext, str], str]

_ACTIONS: dict[str, Action] = {
    "redact": _text.redact,
    "rewrite": _text.rewrite,
    "block": _text.block,
    "augment": _text.augment,
}


def apply_actions(reply: str, decisions: Sequence[Decision], base: ActionContext) -> str:
    """Run every decided action on ``reply`` in ``ORDER`` and return the text the user sees."""
    blocked = False
    for name in ORDER:
        chosen = [d for d in decisions if d.rule.action == name]
        action = _ACTIONS.get(name)
        if not chosen or action is None:
            continue
        findings = tuple(f for d in chosen for f in d.findings if f.where == "output" or name == "augment")
        ctx = ActionContext(
            state=base.state,
            conversation=base.conversation,
            locale=base.locale,
            checks=base.checks,
            directory=base.directory,
            findings=findings,
            blocked=blocked,
        )
        reply = action(ctx, reply)
        blocked = blocked or name == "block"
    return reply
