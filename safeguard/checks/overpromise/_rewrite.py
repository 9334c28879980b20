"""Rewriting: each flagged sentence becomes honest, warm wording; nothing else changes.

Replacement variants live in YAML per group (a pattern's ``group``, else its kind). The
variant is chosen by a hash of the sentence, the group and a seed, so the output is
reproducible. Leading quote/bullet marks and the sentence's closing punctuation are kept
(a closing "?" becomes "."), so the surrounding text reads on and the sentence splitter
finds the same boundaries as before. Every variant is checked when it is loaded: one
sentence, no digits, and no finding of its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safeguard._errors import PolicyError
from safeguard._findings import Finding
from safeguard._sentences import split_sentences
from safeguard.checks.overpromise._data import read_yaml
from safeguard.checks.overpromise._llm import LLMRewriter, try_llm

DEFAULT_REPLACEMENTS = "replacements.yaml"
_LEAD = frozenset("\"'\u201c\u2018(*_-\u2022># \t")
_TRAIL = frozenset(".!?\u2026\"'\u201d\u2019)*_")
# When one sentence holds several kinds, the most important honest correction wins.
_PRIORITY = ("human", "clinician", "confidentiality", "dependence", "availability")


class _ReplacementFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    groups: dict[str, list[str]] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Replacements:
    """Validated variants per group."""

    groups: Mapping[str, tuple[str, ...]]

    def variants(self, group: str, kind: str) -> tuple[str, ...]:
        """Variants for ``group``, falling back to the kind's own group."""
        return self.groups.get(group) or self.groups[kind]


def _problems(label: str, group: str, variant: str, passes: Callable[[str], bool]) -> list[str]:
    where = f"{label}: groups.{group}: {variant!r}"
    if any(c.isdigit() for c in variant):
        return [f"{where}: contains a digit (replacements must not introduce numbers)"]
    if len(split_sentences(variant)) != 1 or "\n" in variant:
        return [f"{where}: must be exactly one sentence"]
    if not passes(variant):
        return [f"{where}: is itself flagged by the overpromise check"]
    return []


def load_replacements(path: str | None, passes: Callable[[str], bool]) -> Replacements:
    """Read and validate a replacements file (the built-in one when ``path`` is None)."""
    label, raw = read_yaml(path, DEFAULT_REPLACEMENTS)
    try:
        data = _ReplacementFile.model_validate(raw or {})
    except ValidationError as exc:
        raise PolicyError([f"{label}: {'.'.join(map(str, e['loc']))}: {e['msg']}"
                           for e in exc.errors()]) from exc
    errors = [p for g, vs in data.groups.items() for v in vs for p in _problems(label, g, v, passes)]
    errors += [f"{label}: groups.{g}: needs at least one variant" for g, vs in data.groups.items()
               if not vs]
    missing = [k for k in ("availability", "outcome", "capability", "confidentiality",
                           "dependence") if k not in data.groups]
    errors += [f"{label}: groups: missing the group for kind {k!r}" for k in missing]
    if errors:
        raise PolicyError(errors)
    return Replacements({g: tuple(v.strip() for v in vs) for g, vs in data.groups.items()})


def choose(variants: Sequence[str], sentence: str, group: str, seed: int) -> str:
    """A deterministic pick: the same sentence, group and seed give the same variant."""
    digest = hashlib.blake2b(f"{seed}\x00{group}\x00{sentence}".encode(), digest_size=8)
    return variants[int.from_bytes(digest.digest(), "big") % len(variants)]


def _frame(sentence: str) -> tuple[str, str]:
    """Leading marks (quotes, bullets) and closing punctuation to keep around new wording."""
    lead = 0
    while lead < len(sentence) and sentence[lead] in _LEAD:
        lead += 1
    trail = len(sentence)
    while trail > lead and sentence[trail - 1] in _TRAIL:
        trail -= 1
    return sentence[:lead], sentence[trail:].replace("?", ".")


def _fit(body: str, lead: str, closing: str) -> str:
    """Put wording into the original sentence's frame."""
    core = body.rstrip(".!?")
    if not closing:
        return lead + core
    return lead + core + closing if closing[0] in ".!\u2026" else lead + core + "." + closing


def _pick(findings: Sequence[Finding]) -> Finding:
    def rank(f: Finding) -> int:
        group = str(f.detail.get("group", f.category))
        for i, name in enumerate(_PRIORITY):
            if name in (group, f.category):
                return i
        return len(_PRIORITY)

    return min(findings, key=rank)


def _spans(reply: str, findings: Sequence[Finding]) -> list[tuple[int, int, Finding]]:
    """Non-overlapping in-bounds spans of overpromise findings on the reply, in order."""
    by_span: dict[tuple[int, int], list[Finding]] = {}
    for f in findings:
        if f.check == "overpromise" and f.where == "output" and 0 <= f.start < f.end <= len(reply):
            by_span.setdefault((f.start, f.end), []).append(f)
    chosen: list[tuple[int, int, Finding]] = []
    for (start, end), group in sorted(by_span.items()):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, _pick(group)))
    return chosen


def rewrite_reply(
    reply: str, findings: Sequence[Finding], replacements: Replacements, seed: int,
    llm: LLMRewriter | None, passes: Callable[[str], bool],
) -> str:
    """The reply with every flagged sentence replaced; all other text byte-identical."""
    pieces: list[str] = []
    cursor = 0
    for start, end, finding in _spans(reply, findings):
        sentence = reply[start:end]
        group = str(finding.detail.get("group", finding.category))
        body = try_llm(llm, sentence, finding.category, passes) if llm is not None else None
        if body is None:
            variants = replacements.variants(group, finding.category)
            body = choose(variants, sentence, group, seed)
        lead, closing = _frame(sentence)
        pieces += [reply[cursor:start], _fit(body, lead, closing)]
        cursor = end
    pieces.append(reply[cursor:])
    return "".join(pieces)
