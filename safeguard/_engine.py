"""The engine: pure, I/O-free ``check_input`` / ``check_output`` returning one ``Verdict``.

Sync and async entry points, the CLI and every adapter share this code. The
engine knows nothing of vendors and nothing of telemetry: it records per-check
timings in the verdict, and observers turn them into spans afterwards.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from safeguard._conversation import Conversation
from safeguard._errors import CheckError, PolicyError
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._levels import RiskLevel
from safeguard._policy import FailMode, Policy
from safeguard._registry import resolve
from safeguard._rules import Decision, decide
from safeguard._second_opinion import Consulted
from safeguard._verdict import ActionRecord, CheckFailure, CheckTiming, Verdict
from safeguard.actions import ActionContext, apply_actions
from safeguard.checks._base import Check
from safeguard.resources import Directory, load_directory, safe_reply

Refine = Callable[[Conversation, SelfHarmState], "Consulted | None"]


@dataclass(frozen=True, slots=True)
class BoundCheck:
    """A check instance with the policy's settings for it."""

    name: str
    type: str
    check: Check
    fail: FailMode
    budget_ms: float


def build_checks(policy: Policy) -> list[BoundCheck]:
    """Instantiate every enabled check of a (validated) policy.

    Raises :class:`PolicyError` when a check cannot load a data file its options name
    (extra phrase files, a word-model file): the message names the check and the file.
    """
    bound = []
    for entry in policy.checks:
        if not entry.enabled:
            continue
        spec = resolve(entry.type)
        try:
            check = spec.build(spec.options_model.model_validate(entry.options))
        except (OSError, ValueError) as exc:  # a data file named in the options
            raise PolicyError([f"checks: {entry.name}: options: cannot load its data — {exc}"]) from exc
        bound.append(BoundCheck(entry.name, entry.type, check, entry.fail, entry.budget_ms))
    return bound


@dataclass(frozen=True, slots=True)
class _Run:
    findings: tuple[Finding, ...]
    states: tuple[SelfHarmState, ...]
    failures: tuple[CheckFailure, ...]
    timings: tuple[CheckTiming, ...]

    def consulted(self, consulted: Consulted) -> _Run:
        """This run with a second opinion's timing and fail-open failure added."""
        failure = (consulted.failure,) if consulted.failure is not None else ()
        return replace(
            self, failures=self.failures + failure, timings=(*self.timings, consulted.timing)
        )


_DECISIONS_KEPT = 256
_Decided = tuple[tuple[Finding, ...], SelfHarmState, tuple[Decision, ...]]


def _rename(findings: tuple[Finding, ...], name: str) -> tuple[Finding, ...]:
    # A policy may run two checks of one type under different ids; rules match on the id.
    if all(f.check == name for f in findings):
        return findings
    return tuple(
        Finding(name, f.category, f.where, f.message, f.start, f.end, f.score, f.detail) for f in findings
    )


def _run_one(
    bound: BoundCheck, stage: str, call: Callable[[], CheckResult]
) -> tuple[CheckResult, CheckFailure | None, CheckTiming]:
    start = time.perf_counter_ns()
    failure: CheckFailure | None = None
    try:
        result = call()
    except Exception as exc:  # a check must never take the host down unless it fails closed
        if bound.fail == "closed":
            raise CheckError(bound.name, type(exc).__name__) from exc
        failure = CheckFailure(bound.name, "error", type(exc).__name__, bound.fail)
        result = CheckResult()
    end = time.perf_counter_ns()
    if failure is None and (end - start) / 1e6 > bound.budget_ms:
        # The result is kept: a late safety finding is worth more than none. The
        # overrun is reported so operators can see and fix it.
        failure = CheckFailure(bound.name, "budget", f"{(end - start) / 1e6:.2f} ms", bound.fail)
    timing = CheckTiming(bound.name, stage, start, end, len(result.findings))
    return result, failure, timing


def _state(states: Sequence[SelfHarmState], findings: Sequence[Finding]) -> SelfHarmState:
    if states:
        return max(states, key=lambda s: (s.level, s.method_seeking))
    levels = [RiskLevel.parse(f.category) for f in findings if f.check == "self_harm"]
    return SelfHarmState(level=max(levels)) if levels else SelfHarmState()


class Engine:
    """Runs a policy's checks and rules. Stateless and thread-safe once built."""

    def __init__(self, policy: Policy, checks: Sequence[BoundCheck], directory: Directory) -> None:
        self.policy = policy
        self.checks = tuple(checks)
        self.directory = directory
        self._by_name: dict[str, Check] = {b.name: b.check for b in self.checks}
        # decisions on an input verdict's findings and state alone (see _decided)
        self._decisions: dict[tuple[int, int], _Decided] = {}
        self._decisions_lock = threading.Lock()

    @classmethod
    def from_policy(cls, policy: Policy) -> Engine:
        """Build the checks and load the crisis directory a policy asks for."""
        crisis = policy.crisis
        directory = load_directory(crisis.resources_files, include_secondary=crisis.include_secondary)
        return cls(policy, build_checks(policy), directory)

    def _run(self, stage: str, calls: Sequence[tuple[BoundCheck, Callable[[], CheckResult]]]) -> _Run:
        findings: list[Finding] = []
        states: list[SelfHarmState] = []
        failures: list[CheckFailure] = []
        timings: list[CheckTiming] = []
        for bound, call in calls:
            result, failure, timing = _run_one(bound, stage, call)
            findings.extend(_rename(result.findings, bound.name))
            if result.self_harm is not None:
                states.append(result.self_harm)
            if failure is not None:
                failures.append(failure)
            timings.append(timing)
        return _Run(tuple(findings), tuple(states), tuple(failures), tuple(timings))

    def check_input(self, conversation: Conversation, refine: Refine | None = None) -> Verdict:
        """Check the user side of a conversation before the vendor sees it.

        ``refine`` may adjust the judged risk state (the Guard's optional second
        opinion) before the policy's rules are applied to it.
        """
        start = time.perf_counter()
        run = self._run("input", [(b, _bind_input(b.check, conversation)) for b in self.checks])
        state = _state(run.states, run.findings)
        consulted = refine(conversation, state) if refine is not None else None
        if consulted is not None:
            state = consulted.state
            run = run.consulted(consulted)
        decisions = decide(self.policy.rules, run.findings, state)
        blocked = any(d.rule.action == "block" and d.findings for d in decisions)
        reply = (
            safe_reply(
                max(state.level, RiskLevel.PASSIVE), conversation.locale, state.subject, self.directory
            )
            if blocked
            else None
        )
        return Verdict(
            findings=run.findings,
            actions=_records(decisions),
            self_harm=state,
            reply=reply,
            conversation=conversation,
            failures=run.failures,
            blocked=blocked,
            elapsed_ms=(time.perf_counter() - start) * 1000,
            policy=self.policy.name,
            timings=run.timings,
        )

    def check_output(self, conversation: Conversation, reply: str, prior: Verdict | None = None) -> Verdict:
        """Check the model's reply, given the input verdict, and apply the policy's actions."""
        start = time.perf_counter()
        prior = prior if prior is not None else self.check_input(conversation)
        calls = [(b, _bind_output(b.check, conversation, reply, prior.self_harm)) for b in self.checks]
        run = self._run("output", calls)
        state = prior.self_harm
        if run.findings:
            findings = prior.findings + run.findings
            decisions: Sequence[Decision] = decide(self.policy.rules, findings, state)
        else:  # most replies and most streamed sentences: the rules see the input's findings only
            findings = prior.findings
            decisions = self._decided(prior)
        if prior.blocked and prior.reply:
            final: str = prior.reply
        elif decisions:
            base = ActionContext(state, conversation, conversation.locale, self._by_name, self.directory)
            final = apply_actions(reply, decisions, base)
        else:
            final = reply
        return Verdict(
            findings=findings,
            actions=_records(decisions),
            self_harm=state,
            reply=final,
            conversation=prior.conversation,
            failures=prior.failures + run.failures,
            blocked=prior.blocked,
            elapsed_ms=prior.elapsed_ms + (time.perf_counter() - start) * 1000,
            policy=self.policy.name,
            timings=prior.timings + run.timings,
        )

    def _decided(self, prior: Verdict) -> tuple[Decision, ...]:
        """``decide`` on an input verdict alone, computed once per verdict.

        A stream checks its reply sentence by sentence against one input verdict; for
        every sentence without findings the decisions are the same. ``decide`` reads
        only the rules, the findings and the risk state, so the last 256 (findings,
        state) pairs are kept, by identity and held by reference (an id is never
        confused with a new object's); the verdict and its conversation are not kept.
        """
        findings, state = prior.findings, prior.self_harm
        key = (id(findings), id(state))
        hit = self._decisions.get(key)
        if hit is not None and hit[0] is findings and hit[1] is state:
            return hit[2]
        decisions = tuple(decide(self.policy.rules, findings, state))
        with self._decisions_lock:
            if len(self._decisions) >= _DECISIONS_KEPT:
                del self._decisions[next(iter(self._decisions))]
            self._decisions[key] = (findings, state, decisions)
        return decisions

    def check(
        self, conversation: Conversation, reply: str | None = None, refine: Refine | None = None
    ) -> Verdict:
        """Both sides: the input, then the reply when there is one."""
        prior = self.check_input(conversation, refine)
        return prior if reply is None else self.check_output(conversation, reply, prior)


def _bind_input(check: Check, conversation: Conversation) -> Callable[[], CheckResult]:
    return lambda: check.check_input(conversation)


def _bind_output(
    check: Check, conversation: Conversation, reply: str, state: SelfHarmState
) -> Callable[[], CheckResult]:
    # Checks that judge a reply against the person's risk (safe messaging) take the
    # state the input side already judged instead of judging it again.
    if getattr(check, "uses_risk_state", False):
        return lambda: check.check_output(conversation, reply, state=state)  # type: ignore[call-arg]
    return lambda: check.check_output(conversation, reply)


def _records(decisions: Sequence[Decision]) -> tuple[ActionRecord, ...]:
    seen: set[tuple[str, str]] = set()
    records = []
    for d in decisions:
        key = (d.rule.action, d.rule.when.check)
        if key not in seen:
            seen.add(key)
            records.append(ActionRecord(d.rule.action, d.rule.when.check, d.rule.id))
    return tuple(records)
