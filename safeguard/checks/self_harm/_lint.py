"""Lint phrase data for the ``a|b c`` pitfall and for phrases that can never match.

In the phrase syntax ``a|b`` is a choice of single words, so ``i don't|do not
deserve`` means {don't, do} then "not": "i don't not deserve" or "i do not
deserve", never "i don't deserve". Such a phrase compiles and silently misses
what its author meant. The lint flags the shapes this mistake leaves behind:

- ``contraction``: a contraction beside a word of its own expansion
  (``don't|do not``, ``i'm|i am``);
- ``neighbour``: a choice that repeats the word before or after it
  (``was born|were born``), or the same word twice in one choice;
- ``mirror``: the same word on both sides of a choice (``this way|like this``);
- ``function``: an article, preposition or negation offered as an alternative to
  content words (``help|an ambulance``, ``die|not exist``);
- ``compound``: a choice member that swallows its neighbour (``no one|nobody``);
- ``adjacent``: two choices in a row that share a word (``tous mes|tous les``);
- ``unmatchable``: the words, normalised as one text, are not the phrase's steps
  (spaced single letters are joined in user text, so ``k i l l`` never matches).

It runs over the shipped files in the tests and is meant for users' own
``extra_phrases_files`` too: every issue names the file, the cue and the phrase.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from safeguard._normalize import phrase_keys
from safeguard.checks.self_harm._data import _read

_TABLES = "data/self_harm/lint.yaml"


@functools.cache
def _tables() -> tuple[Mapping[str, tuple[str, ...]], frozenset[str]]:
    """Contractions -> expansions, and the function words (from ``lint.yaml``)."""
    _, data = _read(_TABLES)
    contractions = {str(k): tuple(map(str, v)) for k, v in data["contractions"].items()}
    return contractions, frozenset(map(str, data["function_words"]))


class PhraseLintWarning(UserWarning):
    """A user's phrase file has a suspicious phrase (``warnings.simplefilter("error",
    PhraseLintWarning)`` turns it into a load error)."""


@dataclass(frozen=True, slots=True)
class LintIssue:
    """One suspicious phrase: where it is and why."""

    source: str
    cue: str
    phrase: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: cue {self.cue}: {self.phrase!r}: {self.reason}"


@dataclass(frozen=True, slots=True)
class _Step:
    """A written step: a literal's keys, or a choice's member keys (``None`` for classes)."""

    text: str
    keys: tuple[str, ...]
    choice: bool
    members: tuple[str, ...] = ()


def _steps(phrase: str) -> list[_Step]:
    steps: list[_Step] = []
    for word in phrase.split():
        word = word[:-1] if word.endswith("?") and len(word) > 1 else word
        if word in ("*", "#num") or (word.startswith("@") and "|" not in word):
            steps.append(_Step(word, (), choice=False))
        elif "|" in word:
            members = [m for m in word.split("|") if not m.startswith("@")]
            keys = tuple(k for m in members for k in phrase_keys(m))
            steps.append(_Step(word, keys, choice=True, members=tuple(m.lower() for m in members)))
        else:
            steps.extend(_Step(word, (key,), choice=False) for key in phrase_keys(word))
    return steps


def lint_phrase(phrase: str) -> list[str]:
    """Reasons ``phrase`` looks like the ``a|b c`` pitfall or can never match (empty if fine)."""
    steps = _steps(phrase)
    reasons: list[str] = []
    for i, step in enumerate(steps):
        if step.choice:
            before = steps[i - 1] if i > 0 else None
            after = steps[i + 1] if i + 1 < len(steps) else None
            reasons.extend(_choice_reasons(step, before, after))
    reasons.extend(_unmatchable(phrase, steps))
    return list(dict.fromkeys(reasons))


def _literal(step: _Step | None) -> str | None:
    return step.keys[0] if step is not None and not step.choice and step.keys else None


def _choice_reasons(step: _Step, before: _Step | None, after: _Step | None) -> Iterator[str]:
    members = step.keys
    yield from _contraction(step, before, after)
    if len(set(step.members)) < len(step.members):
        yield f"neighbour: {step.text!r} offers the same word twice"
    prev, nxt = _literal(before), _literal(after)
    for near in (prev, nxt):
        if near is not None and near in members:
            yield f"neighbour: {step.text!r} repeats the word next to it ({near!r})"
    if prev is not None and prev == nxt:
        yield f"mirror: {prev!r} on both sides of {step.text!r}: a multi-word alternative?"
    last = members[-1] if members else ""
    function_words = _tables()[1]
    needs_next = after is not None and after.text != "*"
    if last in function_words and needs_next and not set(members) <= function_words:
        yield f"function: {last!r} ends {step.text!r} and needs the next word: a multi-word alternative?"
    if prev is not None and len(prev) > 1 and any(m != prev and m.startswith(prev) for m in members):
        yield f"compound: a member of {step.text!r} swallows the word before it ({prev!r})"
    if after is not None and after.choice and set(members) & set(after.keys):
        yield f"adjacent: {step.text!r} and {after.text!r} in a row share a word"


def _contraction(step: _Step, before: _Step | None, after: _Step | None) -> Iterator[str]:
    """``don't|do not`` (the head beside the contraction, the tail next) or ``i am|i'm``."""
    members = set(step.keys)
    prev = _literal(before)
    tail_words = set(after.keys) if after is not None else set()
    for member in sorted(members):
        expansion = _tables()[0].get(member)
        if not expansion:
            continue
        head, tail = expansion[0], set(expansion[1:])
        if (head in members and tail & tail_words) or (prev == head and tail & members):
            yield (
                f"contraction: {step.text!r} offers {member!r} beside its expansion "
                "(a choice is one word: write the expansion as its own phrase)"
            )


def _unmatchable(phrase: str, steps: list[_Step]) -> Iterator[str]:
    """The phrase's literal run, normalised as one text, must give the same keys as its
    steps (user text is normalised as a whole: spaced letters are joined, for one)."""
    sample = [s.keys[0] if s.keys else "" for s in steps if s.text not in ("*",)]
    if any(not word for word in sample):
        runs = " ".join(word or "\n" for word in sample).split("\n")
    else:
        runs = [" ".join(sample)]
    for run in runs:
        words = run.split()
        if words and phrase_keys(" ".join(words)) != words:
            yield f"unmatchable: {run.strip()!r} normalises to {' '.join(phrase_keys(run))!r} in text"


def lint_data(source: str, data: Mapping[str, Any]) -> list[LintIssue]:
    """Every issue in one parsed data file (``source`` names it in the issues)."""
    issues: list[LintIssue] = []
    for raw in data.get("cues") or []:
        cue = str(raw.get("id", "?"))
        for phrase in raw.get("phrases") or []:
            issues.extend(LintIssue(source, cue, str(phrase), r) for r in lint_phrase(str(phrase)))
    return issues


def lint_files(sources: Iterable[str]) -> list[LintIssue]:
    """Every issue in data files given as package resources (``data/...``) or paths."""
    return [issue for source in sources for issue in lint_data(*_read(source))]


def warn_about(sources: Iterable[str]) -> None:
    """Warn (``PhraseLintWarning``) once per issue in ``sources``: file, cue, phrase and reason."""
    for issue in lint_files(sources):
        warnings.warn(str(issue), PhraseLintWarning, stacklevel=3)
