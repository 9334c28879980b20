"""Metric instruments, from the OpenTelemetry API's meter (no-ops until an SDK is set)."""

from __future__ import annotations

from collections.abc import Iterable

from opentelemetry.metrics import Meter, MeterProvider

from safeguard._findings import Finding
from safeguard._verdict import CheckTiming, Verdict
from safeguard.telemetry import _facts
from safeguard.telemetry import _names as n

# Guard latency is sub-millisecond to a few ms; the SDK's default buckets start at 5 ms.
_LATENCY_BUCKETS_MS: tuple[float, ...] = (0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 250)


# The API's placeholders before (and instead of) an SDK. Compared by name: the proxy class is private.
_NO_SDK: frozenset[str] = frozenset({"_ProxyMeterProvider", "NoOpMeterProvider"})


class Instruments:
    """The counters and histogram safeguard records into.

    ``provider`` is the meter provider given explicitly, or ``None`` for the global one,
    which ``live()`` inspects on every call: an app may configure its SDK after the guard
    is built, and the API's proxies then start recording.
    """

    def __init__(self, meter: Meter, provider: MeterProvider | None = None) -> None:
        self._explicit = provider is not None and type(provider).__name__ not in _NO_SDK
        self.calls = meter.create_counter(n.M_CALLS, "{call}", "Logical guarded calls (retries count once).")
        self.checks = meter.create_counter(n.M_CHECKS, "{check}", "Check runs, by check and stage.")
        self.findings = meter.create_counter(n.M_FINDINGS, "{finding}", "Findings, by check and category.")
        self.actions = meter.create_counter(n.M_ACTIONS, "{action}", "Actions taken, by type and check.")
        self.referrals = meter.create_counter(
            n.M_REFERRALS, "{notification}", "Crisis-service referral notifications shown to a person."
        )
        self.blocks = meter.create_counter(n.M_BLOCKS, "{call}", "Calls whose reply was replaced.")
        self.failures = meter.create_counter(n.M_FAILURES, "{failure}", "Check crashes and budget overruns.")
        self.fail_open = meter.create_counter(
            n.M_FAIL_OPEN, "{failure}", "Check crashes the call went on without (fail: open)."
        )
        self.errors = meter.create_counter(n.M_ERRORS, "{error}", "Guarded calls that raised.")
        self.duration = meter.create_histogram(
            n.M_DURATION,
            unit="ms",
            description="Time the guard spent on a call (every stage), in milliseconds.",
            explicit_bucket_boundaries_advisory=list(_LATENCY_BUCKETS_MS),
        )

    def live(self) -> bool:
        """Does an SDK listen? If not, building attribute dicts would be wasted work.

        The API's proxy instruments hold ``_real_instrument = None`` until an SDK is set
        (a private attribute: if a future API drops it, the answer is "yes, live", which
        is only slower, never wrong).
        """
        return self._explicit or getattr(self.calls, "_real_instrument", True) is not None

    def record_checks(self, timings: Iterable[CheckTiming], findings: Iterable[Finding]) -> None:
        """Check runs and their findings for one observed stage."""
        for timing in timings:
            self.checks.add(1, {n.CHECK_NAME: timing.check, n.STAGE: str(timing.stage)})
        for f in findings:
            self.findings.add(1, {n.CHECK_NAME: f.check, n.CATEGORY: f.category, n.STAGE: f.where})

    def record_call(self, verdict: Verdict, policy: str, vendor: str | None, referral: bool) -> None:
        """Once per logical call, from its final verdict."""
        base = {n.POLICY_NAME: policy, n.VENDOR: vendor or "none"}
        level = verdict.self_harm.level.label
        self.calls.add(1, {**base, n.RISK_LEVEL: level})
        self.duration.record(verdict.elapsed_ms, base)
        for action in verdict.actions:
            self.actions.add(1, {n.ACTION_TYPE: action.type, n.CHECK_NAME: action.check})
        if referral:
            self.referrals.add(1, {n.POLICY_NAME: policy, n.RISK_LEVEL: level})
        if _facts.verdict_type(verdict) == "block":
            self.blocks.add(1, base)
        self._record_failures(verdict)

    def _record_failures(self, verdict: Verdict) -> None:
        for f in verdict.failures:
            attrs = {n.CHECK_NAME: f.check, n.FAILURE_KIND: f.kind, n.FAILURE_MODE: f.fail}
            self.failures.add(1, attrs)
            if f.kind == "error" and f.fail == "open":
                self.fail_open.add(1, {n.CHECK_NAME: f.check})

    def record_error(self, exc: BaseException, policy: str, vendor: str | None) -> None:
        """A guarded call that raised (vendor error, ``Blocked``, a fail-closed check)."""
        attrs = {n.POLICY_NAME: policy, n.VENDOR: vendor or "none", n.ERROR_TYPE: type(exc).__name__}
        self.errors.add(1, attrs)
