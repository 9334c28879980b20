"""How far the ``passive`` threshold pick moves when only the trainer's folds are re-drawn.

    python tools/threshold_spread.py [SALT ...]      (default: "" s1 s2 s3)

``train_lexical.py`` picks each head's threshold on out-of-fold probabilities, five folds
by a hash of the case id. Here the same cases, trainer and limits are used, and only the
fold hash is salted: each salt is another equally good draw of the folds. The salt ""
gives the shipped folds. For each salt it prints the threshold, the share of the
conversations the rules leave open that the lift recovers, the worst group's shrunk rate
and what held the threshold up (``pick_threshold``). Counts only; no text is printed.
About six minutes a salt on two cores.

The spread is the pick's own noise: a retraining whose threshold moves by less than it has
not shown that its data or rules made the difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# a sibling script, not a package: importable once its folder is on the path
import train_lexical
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
    parser.add_argument("--max-fp", type=float, default=0.01)
    parser.add_argument("--max-group-fp", type=float, default=0.06)
    parser.add_argument("--min-df", type=int, default=3)
    args = parser.parse_args()
    kept, y = _labelled(load_cases(DEFAULT_FILES), RiskLevel.PASSIVE)
    try:
        for salt in args.salts:
            train_lexical.FOLD_SALT = salt
            probs, _ = out_of_fold(kept, y, L2, args.min_df, DROPOUT)
            threshold, stats, bound = pick_threshold(kept, y, probs, args, RiskLevel.PASSIVE)
            print(
                f"salt {salt!r}: threshold {threshold}, recovered {stats.get('recovered')},",
                f"worst group {stats.get('worst_group_fp')}; held up by: {bound}",
                flush=True,
            )
    finally:
        train_lexical.FOLD_SALT = ""


if __name__ == "__main__":
    main()
