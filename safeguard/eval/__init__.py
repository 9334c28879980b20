"""Evaluation against labelled cases (``eval/FORMAT.md``): every metric, per source and overall.

The scoring is pure: it takes ``(case, prediction)`` pairs where a prediction is the verdict
JSON of ``safeguard check``, so it can be tested with hand-made predictions and used on any
system that writes that JSON.

>>> from safeguard.eval import load, predict_all, score, render
>>> cases, bad = load(["xstest.jsonl"])                               # doctest: +SKIP
>>> pairs, more_bad = predict_all(cases, lambda raw: check_case(guard, raw))  # doctest: +SKIP
>>> print(render(score(pairs)))                                       # doctest: +SKIP
"""

from safeguard.eval._cases import (
    OVERPROMISE_KINDS,
    Case,
    LabelError,
    Malformed,
    OverpromiseGold,
    SelfHarmGold,
    Span,
    parse_case,
    parse_lines,
    read_cases,
)
from safeguard.eval._metrics import Confusion, Ratio, percentile
from safeguard.eval._misses import Miss, worst_misses
from safeguard.eval._overpromise import OverpromiseScores, score_overpromise
from safeguard.eval._pii import PiiScores, SpanCounts, score_pii
from safeguard.eval._progress import Progress
from safeguard.eval._run import load, predict_all
from safeguard.eval._score import GroupScores, Latency, Report, score, score_group
from safeguard.eval._self_harm import SelfHarmScores, score_self_harm
from safeguard.eval._table import render

__all__ = [
    "OVERPROMISE_KINDS",
    "Case",
    "Confusion",
    "GroupScores",
    "LabelError",
    "Latency",
    "Malformed",
    "Miss",
    "OverpromiseGold",
    "OverpromiseScores",
    "PiiScores",
    "Progress",
    "Ratio",
    "Report",
    "SelfHarmGold",
    "SelfHarmScores",
    "Span",
    "SpanCounts",
    "load",
    "parse_case",
    "parse_lines",
    "percentile",
    "predict_all",
    "read_cases",
    "render",
    "score",
    "score_group",
    "score_overpromise",
    "score_pii",
    "score_self_harm",
    "worst_misses",
]
