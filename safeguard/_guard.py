"""``Guard``: the public object apps hold. Loads a policy, checks conversations, wraps clients."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from contextvars import ContextVar
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

from safeguard import _builtin
from safeguard._context import RequestContext, current
from safeguard._conversation import Conversation
from safeguard._convert import from_messages
from safeguard._engine import Engine, Refine
from safeguard._errors import CheckError, SafeguardError
from safeguard._policy import Policy
from safeguard._policy_load import load_policy
from safeguard._second_opinion import SecondOpinion, SecondOpinionSettings, awaited_check
from safeguard._verdict import CheckFailure, Verdict

log = logging.getLogger("safeguard")

T = TypeVar("T")
EscalateHook = Callable[[Verdict], None]


class Observer(Protocol):
    """Sees every verdict after the fact (telemetry, audit). Never changes a decision.

    An observer may also have ``scope(vendor=..., model=...)`` returning a context
    manager: adapters enter it around the whole guarded call (vendor request
    included), so a tracing observer can make the vendor SDK's spans its children.
    """

    def __call__(self, verdict: Verdict, stage: str) -> None: ...


ScopeFactory = Callable[..., AbstractContextManager[object]]

# Guards (by a per-instance serial, never reused unlike id()) whose call scope is
# open in this context: an inner scope, such as Guard.check inside an adapter's
# scope, then belongs to the outer logical call.
_open_scopes: ContextVar[frozenset[int]] = ContextVar("safeguard_open_scopes", default=frozenset())
_serials = itertools.count()


def _close_scope_mark(serial: int) -> None:
    # Remove only our own mark. A scope may be closed late and elsewhere (a stream an
    # app dropped, closed by the garbage collector in the middle of another call), so
    # resetting the variable to its old value could wipe out scopes opened since.
    opened = _open_scopes.get()
    if serial in opened:
        _open_scopes.set(opened - {serial})


@contextmanager
def _safe_scope(factory: ScopeFactory, vendor: str, model: str | None) -> Iterator[None]:
    """An observer's scope whose own failures are logged, never raised into the host call."""
    try:
        manager = factory(vendor=vendor, model=model)
        manager.__enter__()
    except Exception:  # telemetry must never break the guarded call
        log.exception("safeguard observer scope failed to open")
        yield
        return
    try:
        yield
    except BaseException as exc:
        _close_quietly(manager, exc)
        raise
    _close_quietly(manager, None)


def _close_quietly(manager: AbstractContextManager[object], exc: BaseException | None) -> None:
    try:
        # the observer sees the error but may not swallow it: the caller re-raises
        manager.__exit__(type(exc) if exc else None, exc, exc.__traceback__ if exc else None)
    except Exception:
        log.exception("safeguard observer scope failed to close")


class Guard:
    """Checks conversations against a policy and applies its actions.

    >>> guard = Guard()                                  # the shipped default policy
    >>> guard = Guard.from_yaml("policies/companion.yaml")
    >>> verdict = guard.check([{"role": "user", "content": "hi"}], reply="Hello!")
    >>> verdict.to_dict()["self_harm"]["level"]
    'none'
    """

    def __init__(
        self,
        policy: Policy | str | Path | None = None,
        *,
        on_escalate: EscalateHook | None = None,
        observers: Sequence[Observer] = (),
        second_opinion: SecondOpinion | None = None,
        llm_rewriter: Callable[[str, str], str] | None = None,
    ) -> None:
        if policy is None:
            policy = _builtin.policy_path()
        if not isinstance(policy, Policy):
            policy = load_policy(policy)
        self.policy = policy
        self.engine = Engine.from_policy(policy)
        self._serial = next(_serials)
        self._escalate_hooks: list[EscalateHook] = [on_escalate] if on_escalate else []
        self._observers: list[Observer] = list(observers)
        self._vaults: Any = None
        self._add_default_telemetry()
        self.second_opinion = second_opinion if second_opinion is not None else _policy_judge(policy)
        self._set_llm_rewriter(llm_rewriter)

    @classmethod
    def from_yaml(cls, path: str | Path, **kwargs: Any) -> Guard:
        """Load a policy file; raises ``PolicyError`` naming file, line and key on any problem."""
        return cls(load_policy(path), **kwargs)

    def _set_llm_rewriter(self, rewriter: Callable[[str, str], str] | None) -> None:
        # The overpromise check re-checks what the app's LLM wrote and falls back
        # to the shipped wording when it fails; off unless the app passes one.
        self.llm_rewriter = rewriter
        for bound in self.engine.checks:
            if bound.type == "overpromise":
                bound.check.llm_rewriter = rewriter  # type: ignore[attr-defined]

    def _refine(self) -> Refine | None:
        hook = self.second_opinion
        if hook is None:
            return None
        settings = hook if isinstance(hook, SecondOpinionSettings) else SecondOpinionSettings(hook)
        return settings.consult

    def _add_default_telemetry(self) -> None:
        # OpenTelemetry through the global providers (a no-op costing a few µs
        # until the app configures an SDK), unless the caller brought its own.
        from safeguard.telemetry import OTelObserver, observer_for

        self._default_observer: Observer | None = None
        if any(isinstance(o, OTelObserver) for o in self._observers):
            return
        self._default_observer = observer_for(self.policy)
        if self._default_observer is not None:
            self._observers.append(self._default_observer)

    # -- hooks -------------------------------------------------------------
    def on_escalate(self, hook: EscalateHook) -> EscalateHook:
        """Register a callback for ``escalate`` actions (usable as a decorator)."""
        self._escalate_hooks.append(hook)
        return hook

    def add_observer(self, observer: Observer) -> None:
        """Register an observer that sees every verdict (telemetry, audit logs)."""
        self._observers.append(observer)

    @contextmanager
    def call_scope(self, vendor: str, model: str | None = None) -> Iterator[None]:
        """Context manager adapters put around one logical guarded call (retries included).

        Re-entrant: a scope opened inside another scope of the same guard adds nothing.
        """
        opened = _open_scopes.get()
        if self._serial in opened:
            yield
            return
        _open_scopes.set(opened | {self._serial})
        with ExitStack() as stack:
            stack.callback(_close_scope_mark, self._serial)
            for observer in self._observers:
                scope: ScopeFactory | None = getattr(observer, "scope", None)
                if scope is not None:
                    stack.enter_context(_safe_scope(scope, vendor, model))
            yield

    @property
    def vaults(self) -> Any:
        """Per-conversation PII vaults (``safeguard.checks.pii.VaultStore``), created on first use."""
        if self._vaults is None:
            from safeguard.checks.pii import VaultStore

            self._vaults = VaultStore()
        return self._vaults

    # -- conversation building ----------------------------------------------
    def context(self, explicit: RequestContext | None = None) -> RequestContext:
        """Explicit values, then ``safeguard.context(...)``, then the policy's default locale."""
        policy_default = RequestContext(locale=self.policy.default_locale)
        return (explicit or RequestContext()).over(current()).over(policy_default)

    def conversation(
        self,
        messages: Sequence[Mapping[str, Any]],
        locale: str | None = None,
        conversation_id: str | None = None,
    ) -> Conversation:
        """Turn chat-shaped messages into a ``Conversation`` with the resolved context."""
        ctx = self.context(RequestContext(locale=locale, conversation_id=conversation_id))
        return from_messages(
            messages, locale=ctx.locale, conversation_id=ctx.conversation_id, age_band=ctx.age_band
        )

    # -- checking ----------------------------------------------------------
    def check(
        self,
        messages: Sequence[Mapping[str, Any]],
        reply: str | None = None,
        locale: str | None = None,
        conversation_id: str | None = None,
    ) -> Verdict:
        """Check messages (and a reply) and return the verdict; the same result as the CLI."""
        convo = self.conversation(messages, locale, conversation_id)
        with self.call_scope(vendor="python"):
            prior = self.check_input(convo)
            return prior if reply is None else self.check_output(convo, reply, prior)

    async def acheck(
        self,
        messages: Sequence[Mapping[str, Any]],
        reply: str | None = None,
        locale: str | None = None,
        conversation_id: str | None = None,
    ) -> Verdict:
        """``check`` for async code. The engine is pure and ~1 ms, so it runs inline;
        with a second opinion (a network wait) it runs in a worker thread instead."""
        run = partial(self.check, messages, reply, locale, conversation_id)
        return await awaited_check(run, self.second_opinion is not None)

    def check_input(self, conversation: Conversation) -> Verdict:
        """The input side, for adapters: run checks, observe, never crash unless told to."""
        refine = self._refine()
        verdict = self._safely(lambda: self.engine.check_input(conversation, refine), conversation, None)
        self.record(verdict, "input")
        return verdict

    def check_output(self, conversation: Conversation, reply: str, prior: Verdict | None = None) -> Verdict:
        """The output side, for adapters: the reply the user should see is ``verdict.reply``."""
        verdict = self._safely(
            lambda: self.engine.check_output(conversation, reply, prior), conversation, reply
        )
        self.record(verdict, "output")
        return verdict

    def _safely(self, run: Callable[[], Verdict], conversation: Conversation, reply: str | None) -> Verdict:
        try:
            return run()
        except CheckError:
            raise
        except SafeguardError:
            raise
        except Exception as exc:
            if self.policy.fail == "closed":
                raise
            # fail open: the call goes on unchanged, and the failure is reported
            log.warning("safeguard failed open: %s", type(exc).__name__)
            failure = CheckFailure("guard", "error", type(exc).__name__, "open")
            return Verdict(
                reply=reply, conversation=conversation, failures=(failure,), policy=self.policy.name
            )

    def record(self, verdict: Verdict, stage: str) -> None:
        """Show a verdict to the observers (and, for ``output``, the escalation hooks).

        ``check_input``/``check_output`` call this themselves; adapters that build
        the final output verdict in steps (streaming) call it once per reply.
        """
        if stage == "output" and "escalate" in verdict.action_types():
            for hook in self._escalate_hooks:
                self._call_hook(hook, verdict)
        for observer in self._observers:
            try:
                observer(verdict, stage)
            except Exception:  # telemetry must never change or break a decision
                log.exception("safeguard observer failed")

    def _call_hook(self, hook: EscalateHook, verdict: Verdict) -> None:
        try:
            hook(verdict)
        except Exception:  # an app's escalation hook must not break the reply to the person
            log.exception("safeguard escalate hook failed")

    # -- wrapping ----------------------------------------------------------
    def wrap(self, client: T) -> T:
        """Return ``client`` guarded: the same API, the same return types."""
        from safeguard.integrations import wrap

        wrapped: T = wrap(self, client)
        return wrapped

    def with_policy(self, policy: Policy) -> Guard:
        """A new guard with another policy and the same hooks and observers."""
        # the new guard makes its own default telemetry observer for its own policy
        observers = [o for o in self._observers if o is not self._default_observer]
        return Guard(policy, observers=observers, on_escalate=None)._with_hooks(self._escalate_hooks)

    def _with_hooks(self, hooks: Sequence[EscalateHook]) -> Guard:
        self._escalate_hooks = list(hooks)
        return self


__all__ = ["EscalateHook", "Guard", "Observer"]


def _policy_judge(policy: Policy) -> SecondOpinionSettings | None:
    """The judge the policy's ``second_opinion:`` section configures, if any."""
    if policy.second_opinion is None:
        return None
    from safeguard._judge_policy import judge_settings

    return judge_settings(policy.second_opinion)
