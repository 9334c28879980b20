"""How far the ``passive`` threshold pick moves when only the trainer's folds are re-drawn.

    python tools/threshold_spread.py [--per-pick N] [SALT ...]   (default: "" s1 s2 s3)

``train_lexical.py`` picks each head's threshold on out-of-fold probabilities, five folds
by a hash of the case id (averaged over the draws of the folds ``DRAWS`` names: one). Here the
same cases, trainer and limits are used, and only the draws change: each salt is another
equally good draw of the folds, and each pick averages ``--per-pick`` consecutive salts
(1: one draw a pick, as the trainer's ``DRAWS`` has it). For each pick it prints the
threshold, the share of the conversations the rules leave open that the lift recovers,
the worst group's shrunk rate and what held the threshold up (``pick_threshold``).
Counts only; no text is printed. About six minutes a salt on one core.

The spread is the pick's own noise: a retraining whose threshold moves by less than it has
not shown that its data or rules made the difference.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# a sibling script, not a package: importable once its folder is on the path
from train_lexical import (
    DEFAULT_FILES,
    DROPOUT,
    L2,
    _labelled,
    load_cases,
    out_of_fold,
    pick_threshold,
)

from safeguard._levels import RiskLevel


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("salts", nargs="*", default=["", "s1", "s2", "s3"])
    parser.add_argument("--per-pick", type=int, default=1, help="draws averaged in each pick")
    parser.add_argument("--max-fp", type=float, default=0.01)
    parser.add_argument("--max-group-fp", type=float, default=0.06)
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    args = parser.parse_args()
    kept, y = _labelled(load_cases(DEFAULT_FILES), RiskLevel.PASSIVE)
    n = args.per_pick
    for draws in (args.salts[i : i + n] for i in range(0, len(args.salts), n)):
        probs, _ = out_of_fold(kept, y, L2, args.min_df, DROPOUT, draws=draws, jobs=args.jobs)
        threshold, stats, bound = pick_threshold(kept, y, probs, args, RiskLevel.PASSIVE)
        print(
            f"draws {draws}: threshold {threshold}, recovered {stats.get('recovered')},",
            f"worst group {stats.get('worst_group_fp')}; held up by: {bound}",
            flush=True,
        )


if __name__ == "__main__":
    main()
