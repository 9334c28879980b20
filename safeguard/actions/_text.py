"""The text-changing actions: redact, rewrite, block and augment."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from safeguard._conversation import Conversation
from safeguard._findings import Finding, SelfHarmState
from safeguard._levels import RiskLevel
from safeguard.checks._base import Rewriter
from safeguard.resources import (
    Directory,
    crisis_appendix,
    crisis_preamble,
    crisis_reminder,
    mentions_resource,
    safe_reply,
)

if TYPE_CHECKING:  # avoids an import cycle with _apply
    from safeguard.actions._apply import ActionContext


def _spans(findings: tuple[Finding, ...]) -> list[Finding]:
    """Reply findings, non-overlapping, right to left (so earlier offsets stay valid)."""
    kept: list[Finding] = []
    for f in sorted((f for f in findings if f.message == "reply"), key=lambda f: (f.start, -f.end)):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.start, reverse=True)


def redact(ctx: ActionContext, reply: str) -> str:
    """Replace PII the model leaked with a typed marker such as ``[EMAIL_ADDRESS]``.

    Earlier actions may have changed the text, so the checks that reported the
    PII look again at the reply as it now stands and only those categories go.
    """
    wanted = {(f.check, f.category) for f in ctx.findings if f.message == "reply"}
    current: list[Finding] = []
    for name in {check for check, _ in wanted}:
        check = ctx.checks.get(name)
        if check is not None:
            found = check.check_output(ctx.conversation, reply).findings
            current += [f for f in found if (name, f.category) in wanted]
    for f in _spans(tuple(current)):
        reply = reply[: f.start] + f"[{f.category}]" + reply[f.end :]
    return reply


def rewrite(ctx: ActionContext, reply: str) -> str:
    """Let each check that found something rewrite its own spans (the rest stays byte-identical)."""
    by_check: dict[str, list[Finding]] = defaultdict(list)
    for f in ctx.findings:
        if f.message == "reply":
            by_check[f.check].append(f)
    for name, findings in by_check.items():
        check = ctx.checks.get(name)
        if isinstance(check, Rewriter):
            reply = check.rewrite(reply, findings)
    return reply


def block(ctx: ActionContext, reply: str) -> str:
    """Replace the reply with a supportive one that keeps the person talking (never a bare refusal)."""
    level = max(ctx.state.level, RiskLevel.PASSIVE)
    return safe_reply(level, ctx.locale, ctx.state.subject, ctx.directory)


def augment(ctx: ActionContext, reply: str) -> str:
    """Add verified crisis resources for the person's locale, placed by risk level."""
    if ctx.blocked:
        return reply  # the safe reply already carries the resources
    preamble, appendix = crisis_texts(ctx.state, ctx.conversation, ctx.directory, ctx.findings)
    if appendix and appendix_needed(ctx.state, reply, ctx.locale, ctx.directory):
        reply = f"{reply.rstrip()}\n\n{appendix}"
    if preamble:
        reply = f"{preamble}\n\n{reply.lstrip()}"
    return reply


def crisis_texts(
    state: SelfHarmState,
    conversation: Conversation,
    directory: Directory,
    findings: Sequence[Finding] = (),
) -> tuple[str | None, str | None]:
    """The ``(preamble, appendix)`` for this risk state; streaming adapters use it too."""
    state = _for_response(state, findings)
    level, locale, subject = state.level, conversation.locale, state.subject
    preamble = crisis_preamble(level, locale, subject, directory)
    appendix = crisis_appendix(level, locale, subject, directory)
    if _already_shown(conversation, locale, directory):
        # the person saw the lines earlier in this conversation: remind, don't repeat
        appendix = crisis_reminder(level, locale, subject, directory) or appendix
    return preamble, appendix


def _for_response(state: SelfHarmState, findings: Sequence[Finding]) -> SelfHarmState:
    """The level to respond to: for a worried helper, the risk of the person they describe.

    The verdict's level is the writer's own risk (FORMAT.md); "my friend wants to die"
    is `distress` for the writer, but the helper still needs guidance and the lines.
    """
    if state.subject != "other":
        return state
    others = [
        RiskLevel.parse(f.category)
        for f in findings
        if f.detail.get("subject") == "other" and f.category in _LEVEL_NAMES
    ]
    return replace(state, level=max(others)) if others and max(others) > state.level else state


_LEVEL_NAMES = frozenset(level.label for level in RiskLevel)


def appendix_needed(state: SelfHarmState, reply: str, locale: str | None, directory: Directory) -> bool:
    """The omission check: does ``reply`` still need the appendix?

    At ``passive`` a reply that already gives a verified local line needs none. From
    ``ideation`` up the appendix is the invitation to keep talking, which is never
    dropped (never abandon a person at risk).
    """
    return not (state.level == RiskLevel.PASSIVE and mentions_resource(reply, locale, directory))


def _already_shown(conversation: Conversation, locale: str | None, directory: Directory) -> bool:
    """Did an earlier assistant turn of this conversation already give a verified line?"""
    return any(
        mentions_resource(message.text, locale, directory)
        for message in conversation.messages
        if message.role == "assistant"
    )
