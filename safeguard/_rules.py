"""Turn findings and the risk state into actions, as the policy's rules say."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from safeguard._findings import Finding, SelfHarmState
from safeguard._policy import Rule


@dataclass(frozen=True, slots=True)
class Decision:
    """A rule that fired, with the findings that made it fire."""

    rule: Rule
    findings: tuple[Finding, ...]


def _relevant(rule: Rule, findings: Sequence[Finding]) -> tuple[Finding, ...]:
    when = rule.when
    return tuple(
        f
        for f in findings
        if f.check == when.check
        and (when.where is None or f.where == when.where)
        and (when.categories is None or f.category in when.categories)
    )


def _fires(rule: Rule, matched: tuple[Finding, ...], state: SelfHarmState) -> bool:
    when = rule.when
    if when.min_level is None and when.max_level is None:
        return bool(matched)
    # Level rules follow the conversation-level state, not single findings: the
    # risk of the whole conversation decides, even on a turn with no new cue.
    low, high = when.level_range()
    return low <= state.level <= high


def decide(rules: Sequence[Rule], findings: Sequence[Finding], state: SelfHarmState) -> list[Decision]:
    """Every rule that fires, in policy order."""
    decisions = []
    for rule in rules:
        matched = _relevant(rule, findings)
        if _fires(rule, matched, state):
            decisions.append(Decision(rule=rule, findings=matched))
    return decisions
