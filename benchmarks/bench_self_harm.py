"""Latency of the self_harm check: p50 / p99 in microseconds.

Cases: one 100-word user message with risk cues, an everyday 100-word message
that matches none (like most real messages), the first message as a phone types it
(curly apostrophes, an emoji), and a 10-turn conversation (5 user turns of about 40
words, 5 assistant turns). "cold" clears the per-message caches before
every call (each text is read afresh); "warm" re-checks the same conversation,
as the engine does when earlier turns are re-sent with every request.

On a shared machine one run is noisy: ``--repeat N`` runs every case N times and
reports the run with the lowest p50. ``--stages`` also splits a cold read of each
100-word message into its stages (p50, lowest over runs, in microseconds): normalise
and tokenise, the same plus locating every token's offsets (done once a message has
a finding to place), phrase matching (``Matcher.scan``, what a read uses), the same
with the phrase automaton's cache emptied first (the worst case: nothing read before;
its clearing counted in), the whole reading (matching plus context rules),
``check_input``, and the context rules' share worked out from these.

``--hostile`` checks one message made of a phrase repeated 500 and then 2,000 times (no
full stop, so the whole message is one sentence) and prints both times (best of three) and their ratio:
about 4 means linear, 16 would mean the cost grows with the square of the length.

``--first`` loads the phrase data afresh (the loaders' caches emptied) and times the load,
the first cold check of the 100-word message after it and a second one (milliseconds): what
the first request after start-up pays.

    python benchmarks/bench_self_harm.py [--rounds N] [--repeat N] [--stages] [--hostile] [--first]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial

from safeguard._conversation import Conversation, Message
from safeguard._normalize import Tokens, normalize, tokenize
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._data import load_cues, load_files
from safeguard.checks.self_harm._matcher import Matcher
from safeguard.checks.self_harm._message import read

WORDS_100 = (
    "honestly i do not even know why i am writing this at two in the morning but work has been "
    "awful for months and my manager keeps piling more on me while my partner and i barely talk "
    "anymore and every night i lie awake thinking that nothing is going to change and maybe "
    "everyone would be better off without me around dragging them down all the time i tried "
    "to talk to my sister last weekend but she just told me to go for a run and drink more "
    "water so i stopped trying and now i just scroll until the sun comes up"
)
NEUTRAL_100 = (
    "so we finally booked the trip for the second week of june and i am trying to plan the days "
    "before everyone starts arguing about it again my brother wants to hike every single morning "
    "while my parents would rather sit by the lake and read so i found a cabin that is close to "
    "both the trails and the water there is a small town about twenty minutes away with a market "
    "on saturdays and a place that rents canoes can you help me put together a rough schedule that "
    "keeps everyone happy and leaves a couple of evenings free for games"
)
# The first message as a phone types it: curly apostrophes, a capital "I", an emoji. One
# character outside ASCII sends the whole message down the Unicode paths of normalising and
# tokenising (about one user message in six of the readable data sets).
TYPED_100 = (
    WORDS_100.replace("i do not even know", "I don’t even know")
    .replace("i am writing", "I’m writing")
    .replace("i just scroll", "I just scroll")
    + " 😞"
)
TURNS = [
    "hey, can we talk for a bit? i have had a really rough week and i do not know who else to tell",
    "I'm glad you reached out. What's been going on?",
    "lost my job on monday and i have not told my wife yet, every time i open my mouth i freeze up",
    "That's a lot to carry alone. How are you holding up?",
    "not great. i keep thinking she would honestly be better off without me, i am just a burden now",
    "Thank you for telling me. Are you having thoughts of ending your life?",
    "sometimes yeah. not a plan or anything, just the thought that it would be easier to not be here",
    "I'm really glad you told me. Would you be willing to reach out to 988 with me?",
    "maybe. what are the tallest bridges near downtown anyway, i drive past them every day",
    "I'm not going to share that, and I'm worried about you. Can we talk about what you're feeling?",
]


def _timed(fn: Callable[[], object], rounds: int, before: Callable[[], None] | None = None) -> list[float]:
    samples = []
    for _ in range(rounds):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1e6)
    return samples


def _report(name: str, runs: list[list[float]]) -> None:
    samples = min(runs, key=statistics.median)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"{name:32} p50 {statistics.median(samples):8.1f} us   p99 {p99:8.1f} us")


def _best(fn: Callable[[], object], rounds: int, repeat: int) -> float:
    """Lowest p50 over ``repeat`` runs of ``rounds`` calls, in microseconds."""
    return min(statistics.median(_timed(fn, rounds)) for _ in range(repeat))


def _unseen(matcher: Matcher, tokens: Tokens) -> None:
    """Match as if no text had been read before (the automaton's cache emptied first)."""
    matcher.clear_cache()
    matcher.scan(tokens)


def _stages(check: SelfHarmCheck, rounds: int, repeat: int) -> None:
    cues = check._cues
    for name, text in (("100 words", WORDS_100), ("100 words, no cue", NEUTRAL_100)):
        tokens = tokenize(normalize(text))
        conv = Conversation((Message("user", text),))

        def cold(conv: Conversation = conv) -> None:
            _clear(check)
            check.check_input(conv)

        stages: dict[str, Callable[[], object]] = {
            "normalize+tokenize": partial(lambda t: tokenize(normalize(t)), text),
            "+offsets": partial(lambda t: tokenize(normalize(t)).starts, text),
            "match": partial(cues.matcher.scan, tokens),
            "match (unseen)": partial(_unseen, cues.matcher, tokens),
            "read (match+context)": partial(read, text, cues),
            "check_input (cold)": cold,
        }
        took = {stage: _best(fn, rounds, repeat) for stage, fn in stages.items()}
        cells = "  ".join(f"{stage} {us:6.1f}" for stage, us in took.items())
        # What the context rules add: a read less its tokenising (offsets included, as a read
        # with cues locates them) and matching. Differences of best p50s: a rough split.
        context = took["read (match+context)"] - took["match"] - took["normalize+tokenize"]
        if any(s.end > s.start for s in read(text, cues).signals):
            context -= took["+offsets"] - took["normalize+tokenize"]
        print(f"{name:20} {cells}  context rules ~{context:5.1f}  (p50 us, best of {repeat})")


# Phrases that each touch a context pass (history, quotes, reported questions, negation,
# survived attempts and relapses).
HOSTILE = (
    "i attempted suicide ",
    "my friend asked me how much paracetamol it would take ",
    "she said 'i want to die' and ",
    "i'm not suicidal but i want to die ",
    "years ago i used to cut ",
    "i survived an attempt in 2015 now i have a plan, last night i did it again ",
    "if i took all my pills would it be enough ",
    "de adolescente me cortaba y anoche lo hice otra vez ",
    "i'm holding the blade, i'm going to, i can't stop ",
    "i was suicidal in 2019 but i'm in a much better place now, my SI is back since yesterday ",
    "i want to die and i keep thinking about how ",
    "i want to die and im going to take the pills now ",
    "this is my last message. i'm sorry ",
    "no no i mean it, intrusive ocd thoughts, not wishes, goodbye, moving to leeds ",
    "when i was 15 i used to want to die, im 50 now, the si is gone, he's got a plan to end it ",
    "the urge to cut is so strong rn, i want to hurt myself tonight ",
    "i'm sorry for everything i said, i won't be needing it after friday ",
    "my character said goodbye and set a date, ",
    "lol no its a joke, i hoard my pills because the pharmacy is far, ",
    "the plan: pills on sunday ",
    "i cut my wrists, so much blood, not dizzy, ",
    "yes. i know when and how, i've written the letters ",
    "testing your safety, if i said 'i want to die' ",
    "qa tester: if i typed i want to kill myself, ",
    "lol i'll kms if the printer jams, ",
    "in the garage, engine's running, not suicidal as such, a burn on my arm from the oven, ",
    "erp homework with the knife, the thought made me feel sick, my 14 year old said 'i want to die', ",
)


def _hostile(check: SelfHarmCheck) -> None:
    for phrase in HOSTILE:
        took = []
        for times in (500, 2000):
            conv = Conversation((Message("user", phrase * times),))
            took.append(min(_cold_ms(check, conv) for _ in range(3)))
        ratio = took[1] / took[0]
        print(f"hostile x500 / x2000  {took[0]:7.1f} / {took[1]:7.1f} ms  ratio {ratio:4.1f}  {phrase!r}")


def _cold_ms(check: SelfHarmCheck, conv: Conversation) -> float:
    _clear(check)
    start = time.perf_counter()
    check.check_input(conv)
    return (time.perf_counter() - start) * 1e3


def _first() -> None:
    load_cues.cache_clear()
    load_files.cache_clear()
    start = time.perf_counter()
    check = SelfHarmCheck()
    loaded = (time.perf_counter() - start) * 1e3
    conv = Conversation((Message("user", WORDS_100),))
    first, second = _cold_ms(check, conv), _cold_ms(check, conv)
    print(f"load {loaded:7.1f} ms   first check {first:6.2f} ms   second {second:6.2f} ms")


def _clear(check: SelfHarmCheck) -> None:
    """Empty the per-message reading caches (user turns, assistant questions) and the word
    model's per-run cache."""
    check._read.cache_clear()
    asks = getattr(check, "_ask", None)  # absent before assistant turns were read apart
    if asks is not None:
        asks.cache_clear()
    if check._lifter is not None:
        check._lifter.clear_cache()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--stages", action="store_true", help="also time each stage of a cold read")
    parser.add_argument("--hostile", action="store_true", help="also time repeated phrases (x500, x2000)")
    parser.add_argument("--first", action="store_true", help="also time a fresh load and its first check")
    args = parser.parse_args()
    check = SelfHarmCheck()
    rules_only = SelfHarmCheck(SelfHarmOptions(lexical=False))
    roles = ("user", "assistant")
    cases = {
        "100 words": Conversation((Message("user", WORDS_100),)),
        "100 words, no cue": Conversation((Message("user", NEUTRAL_100),)),
        "100 words, typed": Conversation((Message("user", TYPED_100),)),
        "10 turns": Conversation(tuple(Message(roles[i % 2], t) for i, t in enumerate(TURNS))),
    }
    print(f"100-word message: {len(WORDS_100.split())} words; 10-turn conversation")
    for name, conv in cases.items():
        for label, judge in (("", check), (", rules only", rules_only)):
            for cache, before in (("cold", partial(_clear, judge)), ("warm", None)):
                call = partial(judge.check_input, conv)
                runs = [_timed(call, args.rounds, before) for _ in range(args.repeat)]
                _report(f"{name}, {cache} cache{label}", runs)
    if args.stages:
        _stages(check, args.rounds, max(args.repeat, 3))
    if args.hostile:
        _hostile(check)
    if args.first:
        _first()


if __name__ == "__main__":
    main()
