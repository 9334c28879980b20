"""The text-changing actions: redact, rewrite, block and augment."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from safeguard._findings import Finding
from safeguard._levels import RiskLevel
from safeguard.checks._base import Rewriter
from safeguard.resources import crisis_appendix, crisis_preamble, mentions_resource, safe_reply

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
    level, locale, subject = ctx.state.level, ctx.locale, ctx.state.subject
    preamble = crisis_preamble(level, locale, subject, ctx.directory)
    appendix = crisis_appendix(level, locale, subject, ctx.directory)
    # Omission check: at `passive` a reply that already gives a verified local line
    # needs no appendix. From `ideation` up the appendix is the invitation to keep
    # talking, which is never dropped (never abandon a person at risk).
    covered = level == RiskLevel.PASSIVE and mentions_resource(reply, locale, ctx.directory)
    if appendix and not covered:
        reply = f"{reply.rstrip()}\n\n{appendix}"
    if preamble:
        reply = f"{preamble}\n\n{reply.lstrip()}"
    return reply
