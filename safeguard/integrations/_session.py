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
from typing import TYPE_CHECKING, Any

from safeguard._conversation import Conversation
from safeguard._engine import Engine
from safeguard._errors import SafeguardError
from safeguard._findings import CheckResult, Finding
from safeguard._rules import decide
from safeguard._sentences import _boundaries
from safeguard._verdict import ActionRecord, CheckFailure, Verdict
from safeguard.actions._text import appendix_needed, crisis_texts
from safeguard.checks._base import Check

if TYPE_CHECKING:
    from safeguard._guard import Guard

log = logging.getLogger("safeguard")

# Reply-level findings that the crisis text this session adds (resources and an
# invitation to keep talking) remedies: judged per sentence they would flag every
# sentence of a reply to a person at risk, so they are left out when that text is due.
REMEDIED_BY_CRISIS_TEXT = frozenset({"missing_resource", "abandonment"})

_ENGINES: weakref.WeakKeyDictionary[Guard, dict[bool, tuple[Engine, Engine]]] = weakref.WeakKeyDictionary()


class _Without:
    """A check whose output findings in some categories are dropped (everything else delegated)."""

    def __init__(self, check: Check, categories: frozenset[str]) -> None:
        self._check = check
        self._categories = categories
        self.name = check.name

    def __getattr__(self, attribute: str) -> Any:  # rewrite(), options...: the check's own
        return getattr(self._check, attribute)

    def check_input(self, conversation: Conversation) -> CheckResult:
        return self._check.check_input(conversation)

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        result = self._check.check_output(conversation, reply)
        if not any(f.category in self._categories for f in result.findings):
            return result
        kept = tuple(f for f in result.findings if f.category not in self._categories)
        return CheckResult(findings=kept, self_harm=result.self_harm)


def _sentence_engine(guard: Guard, crisis_text: bool) -> Engine:
    """The guard's engine without ``augment`` rules (the session adds crisis text itself)."""
    cached = _ENGINES.setdefault(guard, {}).get(crisis_text)
    if cached is not None and cached[0] is guard.engine:
        return cached[1]
    base = guard.engine
    rules = [rule for rule in base.policy.rules if rule.action != "augment"]
    checks = base.checks
    if crisis_text:
        checks = tuple(replace(b, check=_Without(b.check, REMEDIED_BY_CRISIS_TEXT)) for b in checks)
    engine = Engine(base.policy.model_copy(update={"rules": rules}), checks, base.directory)
    _ENGINES[guard][crisis_text] = (base, engine)
    return engine


def _confirmed_ends(buffer: str) -> list[int]:
    """Sentence ends that later text cannot move: at least one character follows them."""
    size = len(buffer)
    return [end for end in _boundaries(buffer) if end < size]


# Characters that can end a sentence, or close one (quotes, brackets), in the splitter's
# sense: a delta without any of them, after a buffer not ending in one, adds no new end.
_ENDINGS = frozenset(".!?\u2026\n\"')]\u201d\u2019")


def _may_end(text: str) -> bool:
    return not _ENDINGS.isdisjoint(text)


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
        self._engine = _sentence_engine(guard, bool(self._preamble or self._appendix))

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
        quiet = _ENDINGS.isdisjoint(delta) and (not self._buffer or self._buffer[-1] not in _ENDINGS)
        if quiet and self._started and not self._blocked:
            self._buffer += delta  # no sentence can end here: held back, nothing to release
            return ""
        mark = len(self._released)
        if not self._started:
            self._start()
        if self._blocked or not delta:
            return "".join(self._released[mark:])
        could_end = _may_end(self._buffer[-1:] + delta)
        self._buffer += delta
        ends = _confirmed_ends(self._buffer) if could_end else []
        if ends:
            self._batch(self._buffer[: ends[-1]], ends)
            self._buffer = self._buffer[ends[-1] :]
        return "".join(self._released[mark:])

    def close(self) -> str:
        """The model is done: release the held-back tail and the crisis appendix."""
        if self._closed:
            return ""
        mark = len(self._released)
        if not self._started:
            self._start()
        if self._buffer and not self._blocked:
            self._batch(self._buffer, None)
        self._buffer = ""
        if self._appendix and not self._blocked and self._appendix_needed(self.text):
            self._released.append(f"\n\n{self._appendix}")
        self._closed = True
        self._record()
        return "".join(self._released[mark:])

    def complete(self, reply: str) -> str:
        """The whole reply at once (``feed`` then ``close``, in one batch)."""
        mark = len(self._released)
        if not self._started:
            self._start()
        self._buffer += reply
        self.close()
        return "".join(self._released[mark:])

    # -- steps ------------------------------------------------------------------------
    def _start(self) -> None:
        self._started = True
        if self._preamble:
            self._strip_next = True
            self._released.append(f"{self._preamble}\n\n")

    def _batch(self, raw: str, ends: list[int] | None) -> None:
        """Check whole sentences ``raw`` (ending at ``ends``): one engine call when they are clean.

        ``ends=None`` is the tail at ``close()``: its sentence ends are found only when
        the batch needs redoing (a clean reply is never split into sentences).

        Streaming checks one sentence at a time, so that is the meaning every path
        must share. A batch the checks leave untouched (no finding, same text) is
        released as it is: what passes in context passes alone (the property tests
        hold this for the real checks). Anything found, a failed check or a block
        redoes the batch one sentence at a time, exactly as a stream would see it
        (not only the sentences with findings: a check may report a repeated
        problem once per text, so a quiet sentence in context proves nothing).
        """
        # One sentence is checked once, whole; several are checked whole first.
        verdict = self._check(raw)
        if verdict is not None and self._clean(verdict, raw):
            self._apply(raw, verdict)
            return
        if ends is None:
            ends = [*_confirmed_ends(raw), len(raw)]
        if len(ends) == 1:
            self._apply(raw, verdict)  # what a one-sentence redo would decide
            return
        if verdict is None:
            self._failures.pop()  # each sentence records its own failure below
        self._one_by_one(raw, ends)

    def _one_by_one(self, raw: str, ends: list[int]) -> None:
        cut = 0
        for end in ends:
            if self._blocked:
                return
            self._apply(raw[cut:end], self._check(raw[cut:end]))
            cut = end

    def _clean(self, verdict: Verdict, raw: str) -> bool:
        return verdict.reply == raw and len(verdict.findings) == len(self._prior.findings)

    def _check(self, raw: str) -> Verdict | None:
        """The engine's verdict on ``raw``; ``None`` when it failed open."""
        try:
            return self._engine.check_output(self._conversation, raw, self._prior)
        except SafeguardError:
            raise
        except Exception as exc:  # the policy's fail mode decides, as in Guard.check_output
            if self._guard.policy.fail == "closed":
                raise
            log.warning("safeguard output check failed open: %s", type(exc).__name__)
            self._failures.append(CheckFailure("guard", "error", type(exc).__name__, "open"))
            return None

    def _apply(self, raw: str, verdict: Verdict | None) -> None:
        """Release what the user sees for ``raw`` given its verdict."""
        start = self._offset
        self._offset += len(raw)
        text = raw if verdict is None else self._judged(verdict, start)
        if self._restore is not None:
            text = self._restore(text)
        if self._strip_next:
            text = text.lstrip()
            self._strip_next = not text
        self._released.append(text)

    def _judged(self, verdict: Verdict, start: int) -> str:
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
        # the same composition as the engine's `augment` action, so streamed == whole
        return crisis_texts(prior.self_harm, self._conversation, self._guard.engine.directory, prior.findings)

    def _appendix_needed(self, text: str) -> bool:
        directory = self._guard.engine.directory
        return appendix_needed(self._prior.self_harm, text, self._conversation.locale, directory)

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
        self._guard.record(self.verdict(), "output")
