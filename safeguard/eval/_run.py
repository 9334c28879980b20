"""Running a predictor (the guard) over labelled files: the only part of ``eval`` with I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from safeguard._errors import AdapterError
from safeguard.eval._cases import Case, Malformed, read_cases
from safeguard.eval._progress import Progress

Predict = Callable[[Mapping[str, Any]], Mapping[str, Any]]
Pair = tuple[Case, Mapping[str, Any]]


def load(paths: Iterable[str | Path], limit: int | None = None) -> tuple[list[Case], list[Malformed]]:
    """Every case of every file (the first ``limit`` of each); ``OSError`` if a file is unreadable."""
    cases: list[Case] = []
    bad: list[Malformed] = []
    for path in paths:
        taken = 0
        for item in read_cases(path):
            if isinstance(item, Malformed):
                bad.append(item)
            elif limit is None or taken < limit:
                cases.append(item)
                taken += 1
    return cases, bad


def predict_all(
    cases: Sequence[Case], predict: Predict, progress: Progress | None = None
) -> tuple[list[Pair], list[Malformed]]:
    """Run ``predict`` on each case; a case the guard cannot read becomes ``Malformed``."""
    pairs: list[Pair] = []
    bad: list[Malformed] = []
    for case in cases:
        try:
            pairs.append((case, predict(case.raw)))
        except AdapterError as exc:
            bad.append(Malformed(case.file, case.line, str(exc)))
        if progress is not None:
            progress.update(case.source)
    if progress is not None:
        progress.close()
    return pairs, bad
