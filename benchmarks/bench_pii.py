"""PII speed and accuracy, side by side with Presidio's own default pattern analyzer.

Speed: a clean and a PII-dense 50-word message (targets: 0.2 ms and 2 ms), against the
``no_op`` ``AnalyzerEngine`` with Presidio's default English recognizers on the same texts.
Accuracy: span-level precision / recall / F2 per entity on ``../shared/data/presidio_synth.jsonl``
(a predicted span counts when it overlaps a gold span of the same type; types we do not claim
are dropped from the gold).

Run: ``python benchmarks/bench_pii.py [--no-accuracy] [--repeat N]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from safeguard.checks.pii import PATTERN_ENTITIES, PiiCheck

CLEAN = (
    "I have been feeling really tired lately and I do not know what to do about it. Work has "
    "been hard and my sleep is all over the place, so most evenings I just sit on the couch "
    "and scroll for hours. I keep telling myself tomorrow will be different but it never is, "
    "honestly."
)
DENSE = (
    "Hi, I'm John Smith, email john.smith@example.com, phone +1 (415) 555-0132, card "
    "4111 1111 1111 1111, SSN 078-05-1120, IP 192.168.1.20, IBAN GB82WEST12345698765432, "
    "see https://example.com/x today. My friend Maria Garcia lives at 12 Main Street in "
    "Boston and her number is 020 7946 0958."
)
UNCLAIMED = {"ORGANIZATION", "TITLE", "AGE", "ZIP_CODE", "NRP", "US_DRIVER_LICENSE"}
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "presidio_synth.jsonl"

Spans = list[tuple[str, int, int]]


def presidio_default() -> Callable[[str], Spans]:
    """Presidio's own analyzer as documented for offline use: no_op NLP, default recognizers."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "none"}]}
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])

    def analyze(text: str) -> Spans:
        return [(r.entity_type, r.start, r.end) for r in engine.analyze(text, language="en")]

    return analyze


def safeguard_analyzer(cached: bool = True) -> Callable[[str], Spans]:
    """Our check with its default options (``cached=False``: every call analyses the text anew)."""
    check = PiiCheck()

    def analyze(text: str) -> Spans:
        return [(f.category, f.start, f.end) for f in check.find(text, "input", 0)]

    def uncached(text: str) -> Spans:
        return [(f.category, f.start, f.end) for f in check.find_with_candidates(text, "input", 0)[0]]

    return analyze if cached else uncached


def per_call_ms(fn: Callable[[str], Any], text: str, repeat: int) -> float:
    """Median of five runs of ``repeat`` calls, in milliseconds per call."""
    fn(text)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            fn(text)
        runs.append((time.perf_counter() - start) / repeat * 1000)
    return statistics.median(runs)


def speed(repeat: int) -> None:
    start = time.perf_counter()
    ours = safeguard_analyzer(cached=False)  # the text is analysed on every call, as a new message is
    ours(DENSE)
    cold = (time.perf_counter() - start) * 1000
    cached = safeguard_analyzer()
    theirs = presidio_default()
    print(f"words: clean={len(CLEAN.split())} dense={len(DENSE.split())}; safeguard cold start {cold:.0f} ms")
    print("safeguard ms: a text analysed anew each call; cached: the same text again (earlier turns)")
    print(f"{'text':8s} {'safeguard ms':>13s} {'cached ms':>10s} {'presidio ms':>12s}", end="")
    print(f" {'ratio':>7s} {'target ms':>10s}")
    for name, text, target in (("clean", CLEAN, 0.2), ("dense", DENSE, 2.0)):
        a, b = per_call_ms(ours, text, repeat), per_call_ms(theirs, text, repeat)
        c = per_call_ms(cached, text, repeat)
        flag = "ok" if a <= target else "MISSED"
        print(f"{name:8s} {a:13.3f} {c:10.4f} {b:12.3f} {b / a:6.1f}x {target:10.1f} {flag}")


def load_cases() -> list[tuple[str, Spans]]:
    cases = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = [(g["type"], g["start"], g["end"]) for g in row["labels"]["pii"] if g["type"] not in UNCLAIMED]
        cases.append((row["messages"][0]["content"], gold))
    return cases


def _hit(span: tuple[str, int, int], others: Iterable[tuple[str, int, int]]) -> bool:
    return any(t == span[0] and s < span[2] and span[1] < e for t, s, e in others)


def score(
    analyze: Callable[[str], Spans], cases: list[tuple[str, Spans]]
) -> dict[str, tuple[int, int, int, int]]:
    """entity -> (true predictions, all predictions, gold found, all gold)."""
    counts: dict[str, Counter[str]] = {}
    for text, gold in cases:
        predicted = analyze(text)
        for span in predicted:
            c = counts.setdefault(span[0], Counter())
            c["pred"] += 1
            c["tp_pred"] += _hit(span, gold)
        for span in gold:
            c = counts.setdefault(span[0], Counter())
            c["gold"] += 1
            c["tp_gold"] += _hit(span, predicted)
    return {e: (c["tp_pred"], c["pred"], c["tp_gold"], c["gold"]) for e, c in counts.items()}


def prf(tp_pred: int, pred: int, tp_gold: int, gold: int) -> tuple[float, float, float]:
    p = tp_pred / pred if pred else 0.0
    r = tp_gold / gold if gold else 0.0
    f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
    return p, r, f2


def accuracy() -> None:
    if not DATA.exists():
        print(f"accuracy: {DATA} not found, skipped")
        return
    cases = load_cases()
    ours, theirs = score(safeguard_analyzer(), cases), score(presidio_default(), cases)
    print(f"\nspan-level, {len(cases)} cases (overlap, same type); presidio = no_op default recognizers")
    ours_head = f"{'P':>5s} {'R':>5s} {'F2':>5s}"
    print(f"{'entity':15s} {'gold':>5s} | {ours_head} | {'presidio P':>10s} {'R':>5s} {'F2':>5s}")
    for entity in sorted(set(ours) | set(theirs)):
        a, b = ours.get(entity, (0, 0, 0, 0)), theirs.get(entity, (0, 0, 0, 0))
        gold = max(a[3], b[3])
        if not gold:
            continue
        pa, ra, fa = prf(*a)
        pb, rb, fb = prf(*b)
        print(f"{entity:15s} {gold:5d} | {pa:5.3f} {ra:5.3f} {fa:5.3f} | {pb:10.3f} {rb:5.3f} {fb:5.3f}")
    for label, table in (("safeguard", ours), ("presidio", theirs)):
        totals = [sum(table.get(e, (0, 0, 0, 0))[k] for e in PATTERN_ENTITIES) for k in range(4)]
        p, r, f2 = prf(*totals)
        print(f"pattern entities pooled ({label}): P={p:.3f} R={r:.3f} F2={f2:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=500)
    parser.add_argument("--no-accuracy", action="store_true")
    args = parser.parse_args()
    speed(args.repeat)
    if not args.no_accuracy:
        accuracy()


if __name__ == "__main__":
    main()
