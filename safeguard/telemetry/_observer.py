"""``OTelObserver``: turns verdicts into spans, metrics and audit events.

The guard calls the observer after every stage (``input``, ``output``); adapters
wrap each logical call, vendor request and retries included, in
``guard.call_scope(...)``, which enters ``observer.scope(...)``. Inside a scope
the guard span is the *current* span, so the vendor SDK's own spans nest under
it, and the call is counted once however many stages or retries it has. A verdict
observed outside any scope is treated as a call of its own.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass, field

from opentelemetry import _logs, context, metrics, trace
from opentelemetry.trace import Span, Status, StatusCode

from safeguard._errors import Blocked
from safeguard._findings import Finding
from safeguard._policy import Policy, TelemetrySettings
from safeguard._verdict import CheckTiming, Verdict
from safeguard.telemetry import _audit, _facts, _ids, _spans, _text
from safeguard.telemetry import _names as n
from safeguard.telemetry._metrics import Instruments

log = logging.getLogger("safeguard.telemetry")


def _version() -> str:
    from safeguard import __version__

    return __version__


@dataclass
class _Call:
    """One logical guarded call while it is in flight (never shared between tasks)."""

    vendor: str | None
    model: str | None
    span: Span
    metered: bool
    recording: bool = False
    observed: list[tuple[Verdict, str]] = field(default_factory=list)
    seen: set[tuple[str, str, int]] = field(default_factory=set)
    owner: object = None

    def __post_init__(self) -> None:
        self.recording = self.span.is_recording()

    @property
    def stages(self) -> list[str]:
        """The stages observed so far, in order."""
        return [stage for _, stage in self.observed]

    @property
    def verdict(self) -> Verdict | None:
        """The latest verdict: the call's final decision once the call ends."""
        return self.observed[-1][0] if self.observed else None

    def referral(self) -> bool:
        """Was a crisis referral shown in any stage of this call (counted once)?"""
        return any(_facts.is_referral(verdict, stage) for verdict, stage in self.observed)


_current: ContextVar[_Call | None] = ContextVar("safeguard_telemetry_call", default=None)


class OTelObserver:
    """A guard observer exporting OpenTelemetry spans, metrics and audit log records.

    Only the OpenTelemetry *API* is used: with no SDK configured every instrument is a
    no-op and a call costs a few microseconds. Pass providers explicitly (tests, or an
    app with several pipelines) or let the global ones be used.

    >>> from safeguard import Guard
    >>> guard = Guard(observers=[OTelObserver()])      # doctest: +SKIP
    """

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        settings: TelemetrySettings | None = None,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
        logger_provider: _logs.LoggerProvider | None = None,
        salt: str | bytes | None = None,
    ) -> None:
        self.settings = settings or (policy.telemetry if policy is not None else TelemetrySettings())
        self._policy = _facts.PolicyId(policy.name, policy.version) if policy is not None else None
        version = _version()
        self._tracer = trace.get_tracer(n.INSTRUMENTATION_NAME, version, tracer_provider)
        self._logger = _logs.get_logger(n.INSTRUMENTATION_NAME, version, logger_provider)
        meter = metrics.get_meter(n.INSTRUMENTATION_NAME, version, meter_provider)
        self._instruments = Instruments(meter, meter_provider)
        self._key = _ids.telemetry_key(salt)

    # -- the Observer protocol ---------------------------------------------------
    def __call__(self, verdict: Verdict, stage: str) -> None:
        """Record one stage's verdict (called by the guard, never by apps)."""
        call = _current.get()
        # the open call must be this observer's own: another guard's scope (say, a
        # stream an app never closed) must not swallow this guard's verdicts
        if call is not None and call.owner is self:
            self._observe(call, verdict, stage)
            return
        start = min((t.start_ns for t in verdict.timings), default=None)
        start_ns = _spans.epoch_ns(start) if start is not None else None
        span = _spans.start_guard_span(self._tracer, start_ns=start_ns)
        alone = _Call(vendor=None, model=None, span=span, metered=self._instruments.live())
        self._observe(alone, verdict, stage)
        self._finish(alone, None)

    def scope(self, vendor: str, model: str | None = None) -> AbstractContextManager[None]:
        """Wrap one logical call: the guard span is current inside, and ends on exit."""
        return _Scope(self, vendor, model)

    # -- internals ----------------------------------------------------------------
    def _observe(self, call: _Call, verdict: Verdict, stage: str) -> None:
        call.observed.append((verdict, stage))
        if not (call.recording or call.metered):
            return  # nothing listens (yet): the API-only fast path
        findings = _fresh_findings(call, verdict, stage)
        timings = self._fresh_timings(call, verdict.timings)
        if call.recording:
            _spans.check_spans(self._tracer, call.span, timings, verdict.findings, verdict.failures)
        if call.metered:
            self._instruments.record_checks(timings, findings)

    @staticmethod
    def _fresh_timings(call: _Call, timings: tuple[CheckTiming, ...]) -> list[CheckTiming]:
        # An output verdict repeats the input's timings; each check run is reported once.
        fresh = []
        for t in timings:
            key = (t.check, str(t.stage), t.start_ns)
            if key not in call.seen:
                call.seen.add(key)
                fresh.append(t)
        return fresh

    def _finish(self, call: _Call, error: BaseException | None) -> None:
        try:
            self._record(call, error)
        finally:
            call.span.end()

    def _record(self, call: _Call, error: BaseException | None) -> None:
        policy = self._policy_of(call.verdict)
        if error is not None:
            self._record_error(call, error, policy.name)
        verdict = call.verdict
        logged = self._logger.enabled(event_name=n.AUDIT_EVENT)
        if verdict is None or not (call.recording or call.metered or logged):
            return
        info = _audit.CallInfo(
            policy=policy,
            vendor=call.vendor,
            model=call.model,
            stages=_audit.stages_of(call.stages),
            conversation=self._conversation_id(verdict),
            referral=call.referral(),
        )
        if call.recording:
            self._annotate(call.span, verdict, info)
        if call.metered:
            self._instruments.record_call(verdict, policy.name, call.vendor, info.referral)
        if logged:
            _audit.emit_decision(self._logger, verdict, info, trace.set_span_in_context(call.span))

    def _record_error(self, call: _Call, error: BaseException, policy: str) -> None:
        if isinstance(error, Blocked):
            return  # a block is a decision, reported through the verdict
        if call.metered:
            self._instruments.record_error(error, policy, call.vendor)
        if call.recording:
            # The type only: a vendor's error message may quote what the person wrote.
            call.span.set_attribute(n.ERROR_TYPE, type(error).__name__)
            call.span.set_status(Status(StatusCode.ERROR, type(error).__name__))

    def _annotate(self, span: Span, verdict: Verdict, info: _audit.CallInfo) -> None:
        span.set_attributes(_spans.call_attributes(verdict, info.stages, info.policy))
        span.set_attribute(n.REFERRAL, info.referral)
        if info.conversation:
            span.set_attribute(n.GENAI_CONVERSATION_ID, info.conversation)
        if self.settings.include_text:
            for name, text in ((n.OI_INPUT_VALUE, _text.last_user_text(verdict)),
                               (n.OI_OUTPUT_VALUE, _text.reply_text(verdict))):
                if text is not None:
                    span.set_attribute(name, text)

    def _policy_of(self, verdict: Verdict | None) -> _facts.PolicyId:
        name = verdict.policy if verdict is not None else ""
        if self._policy is not None and name in ("", self._policy.name):
            return self._policy
        # Another policy's verdict (Guard.with_policy shares observers): its name, version unknown.
        return _facts.PolicyId(name)

    def _conversation_id(self, verdict: Verdict) -> str | None:
        raw = verdict.conversation.conversation_id if verdict.conversation is not None else None
        if not raw:
            return None
        return _ids.hash_id(raw, self._key) if self.settings.hash_conversation_ids else raw


def _fresh_findings(call: _Call, verdict: Verdict, stage: str) -> tuple[Finding, ...] | list[Finding]:
    # The output verdict carries the input findings too; count those only if the
    # input stage was not observed in this call.
    if stage == "output" and "input" in call.stages:
        return [f for f in verdict.findings if f.where == "output"]
    return verdict.findings


class _Scope:
    """``OTelObserver.scope``: a plain class, cheaper than a generator context manager."""

    __slots__ = ("_attached", "_call", "_observer", "_token")

    def __init__(self, observer: OTelObserver, vendor: str, model: str | None) -> None:
        self._observer = observer
        span = _spans.start_guard_span(observer._tracer, vendor, model)
        self._call = _Call(
            vendor=vendor, model=model, span=span, metered=observer._instruments.live(), owner=observer
        )

    def __enter__(self) -> None:
        self._token = _current.set(self._call)
        span = self._call.span
        # With no SDK the span is the API's invalid placeholder: making it current would
        # change nothing but cost a context switch. A real (even unsampled) span is attached.
        valid = span.get_span_context().is_valid
        self._attached = context.attach(trace.set_span_in_context(span)) if valid else None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        # A scope can be closed late (a dropped stream, closed by the garbage collector
        # in the middle of another call): then it must not undo what is current now.
        if self._attached is not None and trace.get_current_span() is self._call.span:
            context.detach(self._attached)
        if _current.get() is self._call:
            try:
                _current.reset(self._token)
            except ValueError:  # opened in another context (a stream read elsewhere)
                _current.set(None)
        self._observer._finish(self._call, error)


def observer_for(policy: Policy) -> OTelObserver | None:
    """The observer a policy asks for, or ``None`` when ``telemetry.enabled`` is false."""
    return OTelObserver(policy) if policy.telemetry.enabled else None
