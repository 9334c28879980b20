"""``OutputSession``: guard a reply sentence by sentence, streamed or whole.

Streamed and non-streamed replies go through the same session (the whole reply
is one big delta), so what the user sees is the same text either way, by
construction. The session

- releases a sentence once its end is certain (followed by a character), so at
  most one sentence is held back;
- releases the crisis preamble first, before any model text, when the risk is
  already known from the user's messages;
- checks each sentence with the policy's output checks and actions except
  ``augment`` (crisis text is added once, at the start and the end, not per
  sentence): overpromises are rewritten, leaked PII redacted;
- on a ``block`` (method content), releases the supportive safe reply instead of
  that sentence and drops everything after it. What was released before was
  checked and safe; nothing unsafe is ever released;
- restores the vault's PII placeholders in what it releases;
- on ``close()``, releases the tail and the crisis appendix, and records one
  merged output verdict (observers and escalation hooks see it once).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from safeguard._conversation import Conversation
from safeguard._engine import Engine
from safeguard._errors import SafeguardError
from safeguard._findings import Finding
from safeguard._rules import decide
from safeguard._sentences import _boundaries
from safeguard._verdict import ActionRecord, CheckFailure, Verdict

if TYPE_CHECKING:
    from safeguard._guard import Guard

log = logging.getLogger("safeguard")

_ENGINES: weakref.WeakKeyDictionary[Guard, tuple[Engine, Engine]] = weakref.WeakKeyDictionary()


def _sentence_engine(guard: Guard) -> Engine:
    """The guard's engine without ``augment`` rules (the session adds crisis text itself)."""
    cached = _ENGINES.get(guard)
    if cached is not None and cached[0] is guard.engine:
        return cached[1]
    base = guard.engine
    rules = [rule for rule in base.policy.rules if rule.action != "augment"]
    engine = Engine(base.policy.model_copy(update={"rules": rules}), base.checks, base.directory)
    _ENGINES[guard] = (base, engine)
    return engine


def _confirmed_ends(buffer: str) -> list[int]:
    """Sentence ends that later text cannot move: at least one character follows them."""
    size = len(buffer)
    return [end for end in _boundaries(buffer) if end < size]


class OutputSession:
    """Feed the model's reply in deltas; get back the text the user may see now.

    >>> session = OutputSession(guard, conversation, prior)   # doctest: +SKIP
    >>> session.feed("I will always be ") + session.feed("here. Tell me more")  # doctest: +SKIP
    >>> session.close()                                        # doctest: +SKIP
    """

    def __init__(
        self,
        guard: Guard,
        conversation: Conversation,
        prior: Verdict,
        restore: Callable[[str], str] | None = None,
    ) -> None:
        self._guard = guard
        self._engine = _sentence_engine(guard)
        self._conversation = conversation
        self._prior = prior
        self._restore = restore
        self._buffer = ""
        self._offset = 0  # where the buffer starts in the model's reply
        self._released: list[str] = []
        self._findings: list[Finding] = []
        self._actions: dict[tuple[str, str], ActionRecord] = {}
        self._failures: list[CheckFailure] = []
        self._started = False
        self._strip_next = False
        self._blocked = False
        self._closed = False
        self._elapsed_ms = 0.0
        self._preamble, self._appendix = self._crisis_texts()

    # -- public --------------------------------------------------------------------
    @property
    def blocked(self) -> bool:
        """A sentence was blocked: the safe reply was released and the rest is dropped."""
        return self._blocked

    @property
    def closed(self) -> bool:
        """``close()`` was called."""
        return self._closed

    @property
    def text(self) -> str:
        """Everything released so far."""
        return "".join(self._released)

    def feed(self, delta: str) -> str:
        """Add model text; return what may be released now (possibly ``""``)."""
        mark = len(self._released)
        if not self._started:
            self._start()
        if self._blocked:
            return "".join(self._released[mark:])
        self._buffer += delta
        cut = 0
        for end in _confirmed_ends(self._buffer) if delta else ():
            if self._blocked:
                break
            self._sentence(self._buffer[cut:end])
            cut = end
        if cut:
            self._buffer = self._buffer[cut:]
        return "".join(self._released[mark:])

    def close(self) -> str:
        """The model is done: release the held-back tail and the crisis appendix."""
        if self._closed:
            return ""
        mark = len(self._released)
        if not self._started:
            self._start()
        if self._buffer and not self._blocked:
            self._sentence(self._buffer)
        self._buffer = ""
        if self._appendix and not self._blocked and not self._mentions(self.text):
            self._released.append(f"\n\n{self._appendix}")
        self._closed = True
        self._record()
        return "".join(self._released[mark:])

    # -- steps ------------------------------------------------------------------------
    def _start(self) -> None:
        self._started = True
        if self._preamble:
            self._strip_next = True
            self._released.append(f"{self._preamble}\n\n")

    def _sentence(self, raw: str) -> None:
        """Check one sentence (with the whitespace before it) and release what the user sees."""
        start = self._offset
        self._offset += len(raw)
        text = self._checked(raw, start)
        if self._restore is not None:
            text = self._restore(text)
        if self._strip_next:
            text = text.lstrip()
            self._strip_next = not text
        self._released.append(text)

    def _checked(self, raw: str, start: int) -> str:
        try:
            verdict = self._engine.check_output(self._conversation, raw, self._prior)
        except SafeguardError:
            raise
        except Exception as exc:  # the policy's fail mode decides, as in Guard.check_output
            if self._guard.policy.fail == "closed":
                raise
            log.warning("safeguard output check failed open: %s", type(exc).__name__)
            self._failures.append(CheckFailure("guard", "error", type(exc).__name__, "open"))
            return raw
        self._merge(verdict, start)
        self._elapsed_ms += verdict.elapsed_ms - self._prior.elapsed_ms
        if "block" not in verdict.action_types():
            return verdict.reply or ""
        self._blocked = True
        safe = verdict.reply or ""
        return f"\n\n{safe}" if self.text.strip() else safe

    def _merge(self, verdict: Verdict, start: int) -> None:
        prior_count = len(self._prior.findings)
        for finding in verdict.findings[prior_count:]:
            self._findings.append(replace(finding, start=finding.start + start, end=finding.end + start))
        for record in verdict.actions:
            self._actions.setdefault((record.type, record.check), record)
        self._failures.extend(verdict.failures[len(self._prior.failures) :])

    # -- crisis text -----------------------------------------------------------------------
    def _crisis_texts(self) -> tuple[str | None, str | None]:
        prior = self._prior
        decisions = decide(self._guard.policy.rules, prior.findings, prior.self_harm)
        for d in decisions:
            self._actions.setdefault(
                (d.rule.action, d.rule.when.check), ActionRecord(d.rule.action, d.rule.when.check, d.rule.id)
            )
        if not any(d.rule.action == "augment" for d in decisions):
            return None, None
        from safeguard.resources import crisis_appendix, crisis_preamble

        state, locale, directory = prior.self_harm, self._conversation.locale, self._engine.directory
        return (
            crisis_preamble(state.level, locale, state.subject, directory),
            crisis_appendix(state.level, locale, state.subject, directory),
        )

    def _mentions(self, text: str) -> bool:
        from safeguard.resources import mentions_resource

        return mentions_resource(text, self._conversation.locale, self._engine.directory)

    # -- the record ---------------------------------------------------------------------------
    def verdict(self) -> Verdict:
        """One output verdict for the whole reply (findings in whole-reply offsets)."""
        prior = self._prior
        return Verdict(
            findings=prior.findings + tuple(self._findings),
            actions=tuple(self._actions.values()),
            self_harm=prior.self_harm,
            reply=self.text,
            conversation=prior.conversation,
            failures=prior.failures + tuple(self._failures),
            blocked=prior.blocked,
            elapsed_ms=prior.elapsed_ms + self._elapsed_ms,
            policy=prior.policy,
        )

    def _record(self) -> None:
        # Guard has no public "record a verdict" entry point; _after is the one place that
        # runs observers and escalation hooks with the same error handling everywhere.
        self._guard._after(self.verdict(), "output")
