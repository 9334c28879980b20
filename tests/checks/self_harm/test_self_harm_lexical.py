"""The word model (``_lexical``) and where it may raise the rules' judgement (``_lift``)."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._lexical import (
    Feature,
    Head,
    LexicalModel,
    features,
    known_features,
    load,
    parse,
    stem,
)
from safeguard.checks.self_harm._lift import Lifter
from safeguard.checks.self_harm._state import assess
from tests.checks.self_harm._helpers import conversation

ROOT = Path(__file__).resolve().parents[3]
L = RiskLevel


def toy(weights: dict[Feature, float], threshold: float = 0.5) -> LexicalModel:
    """A one-head model: the writer is at ``passive`` when the weights outweigh the bias."""
    return LexicalModel((Head(L.PASSIVE, -2.0, threshold, weights),), {})


@functools.cache
def default() -> SelfHarmCheck:
    return SelfHarmCheck()


def found(text: str) -> frozenset[str]:
    from safeguard._normalize import normalize
    from safeguard._tokens import tokenize

    return features(tokenize(normalize(text)).keys)


def lift(model: LexicalModel, *turns: str) -> tuple[RiskLevel, list[tuple[int, str]]]:
    """The lifted level and the lexical findings' (message, evidence text)."""
    conv = conversation(*turns)
    check = default()  # its readings carry each message's features and rulings
    judged = Lifter(model, check._read).lift(assess(conv, check._read))
    spans = [
        (t.message, conv.messages[t.message].text[s.start : s.end])
        for t in judged.turns
        for s in t.signals
        if s.kind == "lexical"
    ]
    return judged.level, spans


def test_features_are_words_and_pairs_with_numbers_folded() -> None:
    pairs = {("tok", "<n>"), ("<n>", "pils")}
    stems = {"~tok", "~pil", ("~tok", "<n>"), ("<n>", "~pil")}
    assert found("took 40 pills") == {"tok", "<n>", "pils", *pairs, ("tok", "*pils"), *stems}
    assert found("took 60 pills") == found("took 40 pills")
    assert found("") == frozenset()


def test_stems_are_shared_by_a_word_s_forms() -> None:
    assert stem("hurting") == stem("hurts") == stem("hurt") == "~hurt"
    assert stem("overdosed") == stem("overdoses") == "~overdos"
    assert (stem("is"), stem("dies"), stem(""), stem("<n>")) == ("~is", "~die", "", "<n>")  # 3 letters kept
    assert ("~hurt", "~myself") in found("i kept hurting myself") & found("i hurt myself")
    assert ("hurt", "myself") not in found("i kept hurting myself")


def test_a_stem_can_be_the_evidence() -> None:
    model = toy({("~walk", "~quiet"): 4.0})
    level, spans = lift(model, "work was awful. we kept walking quietly after, anyway")
    assert level == L.PASSIVE
    assert spans == [(0, "we kept walking quietly after")]
    assert lift(model, "we walk quietly")[0] == L.PASSIVE  # another form of both words


def test_a_pair_one_word_apart_is_weighed_and_is_evidence() -> None:
    # "took * pills" across whatever word stands between: the gap a bag of pairs misses
    (skip,) = [f for f in found("grabbed the strip") if isinstance(f, tuple) and f[1].startswith("*")]
    model = toy({skip: 4.0})
    for text in ("work was awful. grabbed the strip from the drawer", "grabbed that strip, anyway"):
        level, spans = lift(model, text)
        assert level == L.PASSIVE
        assert spans
    assert lift(model, "grabbed a new strip of tape")[0] == L.NONE  # two words apart


def test_a_wording_the_rules_miss_is_raised_with_its_clause_as_evidence() -> None:
    model = toy({"strip": 3.0, ("whole", "strip"): 1.0})
    # (not "swallowed the whole strip", which en.imminent.act_shape now reads)
    level, spans = lift(model, "work was awful. i finished the whole strip an hour ago, anyway how are you")
    assert level == L.PASSIVE
    assert spans == [(0, "i finished the whole strip an hour ago")]


def test_below_threshold_nothing_changes() -> None:
    level, spans = lift(toy({"strip": 1.0}), "i bought a strip of stamps")
    assert (level, spans) == (L.NONE, [])


@pytest.mark.parametrize(
    "text",
    [
        "im not suicidal, i just took the whole strip of vitamins",  # negated risk cue
        "my brother wants to die and took the whole strip",  # someone else's risk
        "in my story the hero wants to kill himself with the whole strip",  # fiction
    ],
)
def test_a_model_without_overrule_never_overrules_a_ruling(text: str) -> None:
    level, spans = lift(toy({"strip": 9.0}), text)
    assert level < L.PASSIVE
    assert spans == []


@pytest.mark.parametrize(
    "text",
    [
        "I took a lot of pills for my headache today",  # an act phrase the rules read as ordinary
        "this commute is killing me, the pills are in my bag",  # an idiom
        "years ago i used to take pills to cope, i'm doing well now",  # history and recovery
    ],
)
def test_a_phrase_the_rules_judged_blocks_the_model(text: str) -> None:
    assert default()._read(text).ruled
    level, spans = lift(toy({"pils": 9.0}), text)
    assert (level, spans) == (lift(toy({}), text)[0], [])


def test_a_message_without_judged_phrases_is_open() -> None:
    text = "i put the whole box of pills on the table"
    assert not default()._read(text).ruled
    assert lift(toy({"pils": 9.0}), text)[0] == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i have the pills",  # means at hand, no risk cue beside them
        "tonight seems right for it",  # a time
        "how high is the bridge on 5th street",  # a place
    ],
)
def test_an_ingredient_alone_leaves_the_model_open(text: str) -> None:
    """Means, a time or a place are no risk on their own, so the rules leave such a
    message below ``passive``; the words around them are the model's to weigh."""
    check = default()
    judged = assess(conversation(text), check._read)
    assert judged.level < L.PASSIVE
    assert any(s.kind != "risk" for t in judged.turns for s in t.signals), "the rules saw an ingredient"
    assert lift(toy({"pils": 9.0, "tonight": 9.0, "bridge": 9.0}), text)[0] == L.PASSIVE


def test_a_finality_phrase_alone_leaves_the_model_open() -> None:
    """A farewell or a decision with no risk phrase beside it (plan_ref) is no risk on its
    own: the words around it decide, as for means or a time."""
    text = "sorry for everything i said last night, thank you for everything you do"
    check = default()
    assert [s.kind for t in assess(conversation(text), check._read).turns for s in t.signals] == ["plan_ref"]
    assert not check._read(text).ruled
    assert lift(toy({"everything": 9.0}), text)[0] == L.PASSIVE


def test_the_model_reads_the_words_around_a_finality_phrase_not_the_phrase() -> None:
    """The phrase is the rules' to weigh; its words are blanked from the model's keys."""
    keys = default()._read("i'm sorry for everything i said last night").keys
    assert "" in keys
    assert "everything" not in keys and "last" in keys
    assert lift(toy({"everything": 9.0}), "i'm sorry for everything i said last night")[0] == L.NONE
    assert lift(toy({"last": 9.0}), "i'm sorry for everything i said last night")[0] == L.PASSIVE


def test_the_evidence_of_a_tie_does_not_depend_on_the_hash_seed() -> None:
    model = toy({"calm": 1.0, ("so", "calm"): 1.0, "zest": 1.0})
    assert model.strongest({"calm", ("so", "calm"), "zest"}) == "zest"
    assert model.strongest({"calm", ("so", "calm")}) == ("so", "calm")  # "so calm" > "calm"


def test_blank_keys_are_in_no_feature() -> None:
    assert features(["i", "", "", "went"]) == {"i", "went", "~i", "~went"}


@pytest.mark.parametrize(
    "text",
    [
        "sorry for everything i said last night, thank you for everything",
        "we set a date for the move, I won't be needing the storage unit after that",
        "This is the last message I'll send tonight, going to bed. Thanks for everything!",
        "i won't be needing my winter coat after we move to florida",
        "I've set a date for the wedding! June 12th",
        "in my novel the heroine has set a date and written letters to her kids",
        "for my creative writing class: the main character gives away his things and says "
        "he won't be needing them",
    ],
)
def test_the_shipped_model_leaves_everyday_goodbyes_and_dates(text: str) -> None:
    assert default().assess(conversation(text)).level < L.PASSIVE


def test_rules_risk_is_kept_as_is() -> None:
    level, spans = lift(toy({"want": 9.0}), "i want to die")
    assert level >= L.PASSIVE
    assert spans == []


def test_words_split_over_turns_add_up_within_the_window() -> None:
    model = toy({"blue": 1.2, "garage": 1.2})
    level, spans = lift(model, "the blue one", "ok", "parked by the garage")
    assert level == L.PASSIVE
    assert spans and spans[0][0] in (0, 2)


def test_words_far_apart_do_not_pile_up() -> None:
    model = toy({"blue": 1.2, "garage": 1.2})
    turns = ["the blue one", "ok", "lunch", "ok", "tea", "ok", "news", "ok", "its in the garage"]
    assert lift(model, *turns)[0] == L.NONE


def test_heads_are_monotone() -> None:
    model = LexicalModel(
        (Head(L.PASSIVE, 0.0, 0.9, {}), Head(L.IDEATION, 5.0, 0.5, {})),
        {},
    )
    assert model.level(frozenset()) == L.NONE  # the higher head never counts alone


def test_bad_model_files_are_refused() -> None:
    with pytest.raises(ValueError, match="heads"):
        parse({"features": [], "heads": []})
    with pytest.raises(ValueError, match="bad head"):
        parse({"features": ["a"], "heads": [{"level": "passive", "bias": 0}]})
    with pytest.raises(ValueError, match="bad head"):
        parse({"features": ["a"], "heads": [{"level": "nope", "bias": 0, "threshold": 0.5, "weights": [1]}]})
    with pytest.raises(ValueError, match="2 weights for 1 features"):
        parse(
            {
                "features": ["a"],
                "heads": [{"level": "passive", "bias": 0, "threshold": 0.5, "weights": [1, 2]}],
            }
        )
    model = parse(
        {
            "features": ["a", "a b"],
            "heads": [{"level": "passive", "bias": 0, "threshold": 0.5, "weights": [0, 2]}],
        }
    )
    assert dict(model.heads[0].weights) == {("a", "b"): 2.0}


def test_a_bad_model_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "model.json"
    broken.write_text('{"heads": [', "utf-8")
    with pytest.raises(ValueError, match=re.escape(f"{broken}: not a usable lexical model file")):
        SelfHarmCheck(SelfHarmOptions(lexical_model_file=str(broken)))
    with pytest.raises(ValueError, match=re.escape("missing.json")):
        SelfHarmCheck(SelfHarmOptions(lexical_model_file=str(tmp_path / "missing.json")))
    broken.write_text("[1, 2]", "utf-8")
    with pytest.raises(ValueError, match="top level must be an object"):
        load(broken)


def test_shipped_model_matches_its_training_files() -> None:
    """The weights were trained on exactly the files in the repo: retrain after editing them
    (``python tools/train_lexical.py``)."""
    model = load()
    assert [h.level for h in model.heads] == [L.PASSIVE, L.IDEATION, L.INTENT, L.IMMINENT]
    assert model.trained_on, "the model says what it was trained on"
    for name, digest in model.trained_on.items():
        assert not re.search(r"blind([2-9]|[1-9]\d+)\b", name), "measurement sets are never trained on"
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, name


def test_shipped_thresholds_are_probabilities() -> None:
    raw = json.loads((ROOT / "safeguard" / "data" / "self_harm" / "lexical.json").read_text("utf-8"))
    for head in raw["heads"]:
        assert 0.5 <= head["threshold"] < 1.0


def test_off_switch_and_margin() -> None:
    text = "tonight i will finally be free of all of it. i already said bye to my sister"
    off = SelfHarmCheck(SelfHarmOptions(lexical=False)).assess(conversation(text)).level
    strict = SelfHarmCheck(SelfHarmOptions(lexical_margin=0.3)).assess(conversation(text)).level
    default = SelfHarmCheck().assess(conversation(text)).level
    assert off <= default
    assert strict <= default


def test_training_reproduces_the_shipped_model(tmp_path: Path) -> None:
    """``tools/train_lexical.py`` on the files in the repo gives the shipped weights and
    thresholds (to rounding: floating-point sums may differ in the last bits elsewhere)."""
    pytest.importorskip("numpy")
    import subprocess
    import sys

    out = tmp_path / "lexical.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_lexical.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    shipped = json.loads((ROOT / "safeguard" / "data" / "self_harm" / "lexical.json").read_text("utf-8"))
    fresh = json.loads(out.read_text("utf-8"))
    assert fresh["trained_on"] == shipped["trained_on"]
    for new, old in zip(fresh["heads"], shipped["heads"], strict=True):
        assert new["level"] == old["level"]
        # a threshold is a point of a grid (0.01, 0.001 above 0.9); a last-bit difference in
        # exp() on another CPU may move one case across it
        assert abs(new["threshold"] - old["threshold"]) <= 0.02
        assert ("overrule" in new) == ("overrule" in old)
        assert abs(new.get("overrule", 0.0) - old.get("overrule", 0.0)) <= 0.02
        assert abs(new["bias"] - old["bias"]) < 1e-3
        now = dict(zip(fresh["features"], new["weights"], strict=True))
        then = dict(zip(shipped["features"], old["weights"], strict=True))
        assert max(abs(now.get(k, 0.0) - then.get(k, 0.0)) for k in now.keys() | then.keys()) < 1e-3


def test_a_policy_naming_a_bad_model_file_fails_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``safeguard validate`` loads the files a check's options name, and says which."""
    from safeguard.cli import main

    policy = tmp_path / "policy.yaml"
    policy.write_text(
        'name: bad\nversion: "1"\nchecks:\n  - type: self_harm\n    options:\n'
        f"      lexical_model_file: {tmp_path / 'nope.json'}\n",
        "utf-8",
    )
    assert main(["validate", str(policy)]) == 1
    said = capsys.readouterr().err
    assert f"{policy}: checks: self_harm: options: cannot load its data" in said
    assert "nope.json" in said


def test_the_shipped_model_is_loaded_once_per_process() -> None:
    first, second = SelfHarmCheck(), SelfHarmCheck(SelfHarmOptions(lexical_margin=0.1))
    assert first._lifter is not None and second._lifter is not None
    assert first._lifter.model is second._lifter.model is load()


def test_leave_one_set_out_scores_each_written_set_with_a_model_that_never_saw_it() -> None:
    """``tools/loso_lexical.py``: each written set's cases get probabilities from a model
    trained on the other files only; files that are not written sets are never scored."""
    import argparse
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from loso_lexical import held_out
    from train_lexical import Case

    def case(i: int, group: str, words: set[str], at_risk: bool) -> Case:
        level = L.PASSIVE if at_risk else L.NONE
        return Case(f"c{i}", frozenset(words), level, level, L.NONE, True, group)

    cases = [
        *(case(i, "written_1/a", {"strip", "gone"}, True) for i in range(6)),
        *(case(10 + i, "written_1/b", {"lunch", "gone"}, False) for i in range(6)),
        *(case(20 + i, "written_2/a", {"strip", "tonight"}, True) for i in range(6)),
        *(case(30 + i, "written_2/b", {"lunch", "tonight"}, False) for i in range(6)),
        *(case(40 + i, "neutral/x", {"lunch"}, False) for i in range(6)),
    ]
    y = np.array([1.0 if c.low >= L.PASSIVE else 0.0 for c in cases])
    args = argparse.Namespace(l2=1e-3, min_df=2, dropout=0.0)
    import loso_lexical

    trained_on: list[int] = []
    real_fit = loso_lexical.fit

    def counted_fit(x: Any, labels: Any, l2: float, **options: Any) -> Any:
        trained_on.append(x.shape[0])
        return real_fit(x, labels, l2, **options)

    loso_lexical.fit = counted_fit  # type: ignore[assignment]
    try:
        probs = held_out(cases, y, ["written_1", "written_2"], args)
    finally:
        loso_lexical.fit = real_fit  # type: ignore[assignment]
    assert trained_on == [18, 18], "each model is trained without the 12 cases of its set"
    assert np.isnan(probs[-6:]).all(), "a file that is not a written set is only trained on"
    # "gone" and "tonight" are each seen in one set only: held out, only "strip" can carry
    assert (probs[:6] > probs[6:12]).all() and (probs[12:18] > probs[18:24]).all()


_KEYS = st.lists(st.sampled_from(["i", "want", "to", "die", "40", "pills", "7", "now", "ok"]), max_size=12)


_KNOWN = st.sets(st.sampled_from(["die", "<n>", ("want", "to"), ("<n>", "pills"), ("pills", "now"), "ok"]))


@given(_KEYS, _KNOWN)
def test_known_features_are_the_features_the_model_weighs(keys: list[str], known: set[Feature]) -> None:
    assert known_features(keys, frozenset(known)) == features(keys) & known


def test_dropout_training_is_deterministic_and_regularises() -> None:
    """``fit(..., dropout=p)``: the same data give the same weights (a fixed seed); the
    weights keep their signs and shrink (a feature is not trusted to carry a case alone)."""
    pytest.importorskip("numpy")
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import Sparse, fit

    # 40 at-risk cases with features 0 and 1 together, 40 must-not-flag with 1 alone,
    # 40 at-risk with 0 alone, 40 must-not-flag with 2
    rows, cols = [], []
    for i in range(40):
        rows += [i, i]
        cols += [0, 1]
    for i in range(40, 80):
        rows.append(i)
        cols.append(1)
    for i in range(80, 120):
        rows.append(i)
        cols.append(0)
    for i in range(120, 160):
        rows.append(i)
        cols.append(2)
    x = Sparse(np.array(rows), np.array(cols), (160, 3))
    y = np.array([1.0] * 40 + [0.0] * 40 + [1.0] * 40 + [0.0] * 40)
    first, bias = fit(x, y, 1e-4, steps=300, dropout=0.5)
    again, bias_again = fit(x, y, 1e-4, steps=300, dropout=0.5)
    assert np.array_equal(first, again) and bias == bias_again
    plain, _ = fit(x, y, 1e-4, steps=300)
    assert first[0] > 0 > first[2] and plain[0] > 0 > plain[2]
    # dropout keeps the weights smaller: no feature is trusted to carry a case alone
    assert np.abs(first).max() < np.abs(plain).max()


def test_the_group_rule_shrinks_a_small_group_s_rate_towards_the_pooled_one() -> None:
    """``pick_threshold``: a group's false-alarm rate is shrunk by ``SHRINK`` pseudo-cases
    towards the rate over all must-not-flag cases, so one case of a small group does not
    set the threshold; a group flagged far above its budget still does."""
    pytest.importorskip("numpy")
    import argparse
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import SHRINK, Case, pick_threshold

    def case(i: int, group: str, high: L) -> Case:
        return Case(f"c{i}", frozenset(), high, high, L.NONE, True, group)

    def threshold(flagged_in_small: int) -> float:
        # 40 look-alikes ("small") and 400 ordinary-distress cases ("big"), none at risk;
        # the small group's first cases score 0.95, everything else 0.5
        cases = [case(i, "set/small", L.NONE) for i in range(40)]
        cases += [case(100 + i, "set/big", L.DISTRESS) for i in range(400)]
        probs = np.full(len(cases), 0.5)
        probs[:flagged_in_small] = 0.95
        y = np.zeros(len(cases))
        args = argparse.Namespace(max_fp=0.01, max_group_fp=0.06)
        return pick_threshold(cases, y, probs, args, L.PASSIVE)[0]

    assert SHRINK == 20
    # 3 of 40 (7.5 %, raw) -> (3 + 20 * 3/440) / 60 = 5.2 %: within 6 %, so the threshold
    # is the first grid step above the 0.5s (the raw rule needed one above the 0.95s)
    assert threshold(3) == 0.51
    # 4 of 40 -> (4 + 20 * 4/440) / 60 = 7.0 %: over; the threshold must clear the 0.95s
    assert threshold(4) > 0.95


def test_the_threshold_pick_names_the_limit_that_held_it_up() -> None:
    """``pick_threshold`` says which limit the grid step below its threshold broke: the
    group named with its flagged count, or the ordinary-distress rate (a retraining whose
    threshold moved then says why without a second run)."""
    pytest.importorskip("numpy")
    import argparse
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import Case, pick_threshold

    def case(i: int, group: str, high: L) -> Case:
        return Case(f"c{i}", frozenset(), high, high, L.NONE, True, group)

    cases = [case(i, "set/small", L.NONE) for i in range(40)]
    cases += [case(100 + i, "set/big", L.DISTRESS) for i in range(400)]
    y = np.zeros(len(cases))
    args = argparse.Namespace(max_fp=0.01, max_group_fp=0.06)
    # eight of the small group at 0.95: the group's limit holds the threshold above them
    probs = np.full(len(cases), 0.5)
    probs[:8] = 0.95
    threshold, _, bound = pick_threshold(cases, y, probs, args, L.PASSIVE)
    assert threshold == 0.951
    assert bound.startswith("set/small 8/40 flagged") and bound.endswith("at 0.95")
    # ten ordinary-distress cases at 0.95 (2.5 % of 400): the ordinary limit holds it
    probs = np.full(len(cases), 0.5)
    probs[40:50] = 0.95
    threshold, _, bound = pick_threshold(cases, y, probs, args, L.PASSIVE)
    assert threshold == 0.951
    assert bound.startswith("ordinary distress 0.025 > 0.01") and "set/small" not in bound
    # nothing above the grid's first step: nothing held it up
    _, _, bound = pick_threshold(cases, y, np.full(len(cases), 0.1), args, L.PASSIVE)
    assert bound == "nothing: the grid's first step"


def test_a_case_more_leaves_the_other_entries_dropout_draws_alone() -> None:
    """``fit(..., dropout=p)`` draws each entry's dropout from its case's id and its
    feature's name, not from one stream over the matrix: one case more (here first, so
    every row moves) moves the weights by what it teaches only, where draws keyed by
    position (as one stream was) redraw all the noise too. With one stream a retraining
    after any rule change was a new lottery ticket (session 22's passive threshold 0.939 ->
    0.963)."""
    pytest.importorskip("numpy")
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import Case, Sparse, _matrix, fit

    cases, labels = _two_kinds_of_wording(2000, 60, said=5, noise=1)
    vocab = {f"w{i}": i for i in range(60)}
    none = RiskLevel.NONE
    extra = Case("new", frozenset({"w1", "w2"}), none, none, none, True, "g")
    x, y = _matrix(cases, vocab), np.array(labels)
    x_more, y_more = _matrix([extra, *cases], vocab), np.array([1.0, *labels])

    def fitted(m: Sparse, labels: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
        return fit(m, labels, 1e-4, steps=150, dropout=0.5)[0]

    def by_position(m: Sparse) -> Sparse:
        return Sparse(m.rows, m.cols, m.shape)

    keyed = np.abs(fitted(x_more, y_more) - fitted(x, y)).max()
    positional = np.abs(fitted(by_position(x_more), y_more) - fitted(by_position(x), y)).max()
    assert keyed < positional / 3, (keyed, positional)


def test_averaged_iterates_differ_less_between_two_draws_of_the_dropout() -> None:
    """With dropout the weights are the mean of the last third of the iterates: two draws of
    the noise (here the entries keyed by name, then by position) give weights far closer to
    each other than their last iterates are, so what a retraining measures is its data, not
    its draw."""
    pytest.importorskip("numpy")
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import Sparse, _matrix, fit

    cases, labels = _two_kinds_of_wording(3000, 200, said=8, noise=3)
    x, y = _matrix(cases, {f"w{i}": i for i in range(200)}), np.array(labels)
    other = Sparse(x.rows, x.cols, x.shape)  # the same entries, drawn by position

    def spread(averaged: bool) -> float:
        one, _ = fit(x, y, 3e-5, dropout=0.5, averaged=averaged)
        two, _ = fit(other, y, 3e-5, dropout=0.5, averaged=averaged)
        return float(np.abs(one - two).mean())

    assert spread(True) < spread(False) / 1.5


def _two_kinds_of_wording(n: int, size: int, said: int, noise: int) -> tuple[list[Any], list[float]]:
    """``n`` training cases for ``tools/train_lexical.py``, alternately at risk (``said`` words
    from the first half of a ``size``-word vocabulary ``w0``, ``w1``, ...) and not (from the
    second half), each with ``noise`` words from anywhere; and their 0/1 labels."""
    import numpy as np
    from train_lexical import Case

    rng = np.random.default_rng(7)
    half, none = size // 2, RiskLevel.NONE
    cases, labels = [], []
    for i in range(n):
        risky = i % 2 == 0
        found = {f"w{j}" for j in rng.choice(half, said) + (0 if risky else half)}
        found |= {f"w{int(rng.integers(size))}" for _ in range(noise)}
        cases.append(Case(f"c{i}", frozenset(found), none, none, none, True, "g"))
        labels.append(1.0 if risky else 0.0)
    return cases, labels


def test_out_of_fold_probabilities_are_averaged_over_fold_draws_in_any_number_of_processes() -> None:
    """``out_of_fold(..., draws=...)``: each case's probability is the mean of its
    probabilities under each draw of the folds (a draw re-assigns cases to folds, so the
    draws differ), and running the fits in forked processes gives the same figures."""
    pytest.importorskip("numpy")
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import out_of_fold

    cases, labels = _two_kinds_of_wording(60, 40, said=3, noise=2)
    y = np.array(labels)
    assert [c.fold("a") for c in cases] != [c.fold("b") for c in cases]
    first, _ = out_of_fold(cases, y, 1e-2, 1, draws=("a",))
    second, _ = out_of_fold(cases, y, 1e-2, 1, draws=("b",))
    assert np.abs(first - second).max() > 1e-3, "another draw trains each case's model on other cases"
    both, unruled = out_of_fold(cases, y, 1e-2, 1, draws=("a", "b"))
    assert np.allclose(both, (first + second) / 2)
    forked, forked_unruled = out_of_fold(cases, y, 1e-2, 1, draws=("a", "b"), jobs=2)
    assert np.array_equal(forked, both) and np.array_equal(forked_unruled, unruled)
    assert ((both > 0) & (both < 1)).all()


def test_out_of_fold_runs_its_fits_in_turn_where_processes_cannot_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a platform without ``fork`` (Windows) ``--jobs`` > 1 does not fail: the fits run in
    the parent process, with the figures one process gives."""
    pytest.importorskip("numpy")
    import multiprocessing
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT / "tools"))
    from train_lexical import out_of_fold

    cases, labels = _two_kinds_of_wording(40, 30, said=3, noise=2)
    y = np.array(labels)
    alone, _ = out_of_fold(cases, y, 1e-2, 1, draws=("a",))
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: pytest.fail(f"asked for {method}"))
    spawned_only, _ = out_of_fold(cases, y, 1e-2, 1, draws=("a",), jobs=2)
    assert np.array_equal(spawned_only, alone)
