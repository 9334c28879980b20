"""compare_lexical_probabilities.py BEFORE_ROOT AFTER_ROOT [--cases N]: the word model's
probabilities in two checkouts, case by case.

Each checkout is imported in its own process (its ``safeguard`` from that root) and scores
the same deterministic sample of readable labelled conversations (never a sealed set):
for every head of the shipped model, the probability from the numbered features the
lifter reads (``encode`` + ``row``) and from the feature sets the evidence reads
(``known_features`` + ``Head.logit``). Prints the largest difference between the two
checkouts and how many probabilities differ by more than 1e-12; exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

_CHILD = r"""
import json, math, random, re, sys
from pathlib import Path
root = Path(sys.argv[1]); count = int(sys.argv[2])
sys.path.insert(0, str(root))
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._lexical import known_features, load

data = root / "tests/data/self_harm"
files = sorted((data / "train").glob("*.jsonl"))
files += [data / n for n in ("paraphrases.jsonl", "blind.jsonl", "permissive_sample.jsonl")]
files = [f for f in files if not re.fullmatch(r"blind([2-9]|[1-9]\d+)", f.stem)]  # sealed sets: never read
texts = []
for f in files:
    for line in f.read_text("utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            turns = [m["content"] for m in raw["messages"]
                     if m.get("role") == "user" and isinstance(m.get("content"), str)]
            if turns:
                texts.append(turns)
sample = random.Random(19).sample(texts, min(count, len(texts)))
model = load()
heads = [*model.heads, *([model.distress] if model.distress else [])]

def p(logit):
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))

out = []
for turns in sample:
    keys = [tokenize(normalize(t)).keys for t in turns]
    codes = frozenset().union(*(model.encode(k) for k in keys))
    found = frozenset().union(*(known_features(k, model.vocabulary) for k in keys))
    row = []
    for head in heads:
        weights = model.row(head)
        row.append(p(head.bias + sum(weights[c] for c in codes)))
        row.append(head.probability(found))
    out.append(row)
print(json.dumps(out))
"""


def _scores(root: str, count: int) -> list[list[float]]:
    command = [sys.executable, "-c", _CHILD, root, str(count)]  # this interpreter, the roots given
    done = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    scores: list[list[float]] = json.loads(done.stdout)
    return scores


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args()
    before, after = _scores(args.before, args.cases), _scores(args.after, args.cases)
    pairs = [(a, b) for ra, rb in zip(before, after, strict=True) for a, b in zip(ra, rb, strict=True)]
    worst = max((abs(a - b) for a, b in pairs), default=0.0)
    off = sum(abs(a - b) > 1e-12 for a, b in pairs)
    print(f"{len(before)} cases, {len(pairs)} probabilities (each head, numbered and feature-set paths)")
    print(f"largest difference {worst:.3g}; {off} differ by more than 1e-12")
    return 1 if off else 0


if __name__ == "__main__":
    raise SystemExit(main())
