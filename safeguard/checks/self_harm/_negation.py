"""How far a negation before a cue reaches, and a question answered "no".

- A negation shortly before a cue, in its clause, caps it at distress ("i'm not suicidal");
- not when it belongs to a neg-raising verb ("can't stop thinking") or to a word about
  honesty ("not gonna lie", "no joke");
- not across a clause word ("... if i wasn't here"), a new subject ("i'm not ok i cut
  deep") or a correction ("not suicidal, just tired of living"), unless a verb of saying
  carries it ("i'm not saying i want to die") or it denies the whole clause ("it's not
  like i want to die");
- a question the writer answers "no" straight after ("am i thinking about hurting myself?
  no") repeats the words to deny them;
- a negated verb with a placeholder for its object (German "ich denke nicht daran, ...",
  "ich habe nicht vor, ...") reaches over the comma to the zu-infinitive it announces;
- a negated verb of knowing or telling does not negate its complement ("nobody knows i
  still cut", "no sabe que sigo haciéndome daño", "nem sei pq ainda to vivo", "il ne sait
  pas que je me fais du mal"): see _knowing;
- an emphatic filler does not end the scope ("never so much as thought", "never even
  considered", "not once have i thought"): see _emphatic;
- a negation that another word turns into an assertion ("i can't go a day without
  cutting", "not a day goes by that i don't want to die", "i've never wanted to die more
  than now") does not deny: see _double_negation.
"""

from __future__ import annotations

from safeguard._tokens import squeeze
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._double_negation import asserted
from safeguard.checks.self_harm._emphatic import emphatic_even, filler_at, inverted_subject
from safeguard.checks.self_harm._knowing import negates_knowing
from safeguard.checks.self_harm._matcher import Hit

NEGATION_WINDOW = 7
ANCHOR_REACH = 4  # tokens between a negation and its placeholder ("nicht mehr ernsthaft daran")
HONESTY_REACH = 3  # "not gonna lie", "not going to lie", "no lie"


def negated(ctx: _Context, hit: Hit) -> bool:
    """A negation shortly before the hit, in its clause and scope, not a neg-raising phrase."""
    negations = ctx.cues.words("negation")
    first, keys = hit.first, ctx.keys
    lowest = max(-1, first - 1 - NEGATION_WINDOW)
    if negations.isdisjoint(keys[lowest + 1 : first]):
        return False  # most hits: no negation word in the window at all (one C call)
    stops = ctx.stops()
    if keys[first] in stops:
        return False  # the hit opens a clause of its own: "... if i wasn't here", "when i'm gone"
    clauses = ctx.clauses
    clause = clauses[first]
    restart = first if keys[first] in ctx.cues.words("clause_subject") else -1
    for i in range(first - 1, lowest, -1):
        key = keys[i]
        if clauses[i] != clause:
            return i == first - 1 and _announced(ctx, hit, i)
        if key in stops and not filler_at(ctx, i):
            return False
        if key in negations and not _contraction(ctx, hit, key):
            if _hedged(ctx, hit):
                return False  # "i don't want to die exactly"
            return _negation_reaches(ctx, i, first, restart) and not asserted(ctx, i, hit)
        if restart < 0 and _restarts(ctx, i):
            restart = i
    return False


def _hedged(ctx: _Context, hit: Hit) -> bool:
    """The denial is hedged right after the phrase ("i don't want to die exactly", "not
    suicidal per se", "… as such"): it grants something close to what it denies, which is
    how a passive wish is often said ("… i just want to be switched off"), so it denies
    nothing."""
    after = hit.last + 1
    keys, hedges = ctx.keys, ctx.cues.words("denial_hedge")
    if after >= len(keys):
        return False
    # "as" opens a clause of its own, so the pair is read across it; a single word only in
    # the phrase's clause ("i'm not suicidal. exactly what i told her")
    # (joined and squeezed as the class's words are: "as" + "such" -> "asuch")
    if after + 1 < len(keys) and squeeze(keys[after] + keys[after + 1]) in hedges:
        return True
    return keys[after] in hedges and ctx.clauses[after] == ctx.clauses[hit.last]


def _contraction(ctx: _Context, hit: Hit, key: str) -> bool:
    """``key`` is Portuguese "no" ("em" + "o": "penso no suicídio", "tô no carro") before a
    Portuguese phrase: the word classes of all languages are one set, and "no" denies in
    English and Spanish only (Portuguese denies with "não")."""
    return key == "no" and ctx.cues.cues[hit.payload].language == "pt"


def _announced(ctx: _Context, hit: Hit, anchor: int) -> bool:
    """The clause before the hit ends in a negated placeholder ("ich denke nicht daran",
    "ich habe keine absicht") and the hit is the zu-infinitive it announces ("mich
    umzubringen", "mich zu toten"): the comma does not end the negation's scope. Without
    the negation ("ich denke daran, mich umzubringen") the hit stays what it says."""
    keys, words = ctx.keys, ctx.cues.words
    if keys[anchor] not in words("infinitive_anchor"):
        return False
    if not any(k == "zu" or k.find("zu", 1) > 0 for k in keys[hit.first : hit.last + 1]):
        return False
    low = max(-1, anchor - 1 - ANCHOR_REACH)
    for i in range(anchor - 1, low, -1):
        if ctx.clauses[i] != ctx.clauses[anchor]:
            return False
        if keys[i] in words("negation"):
            return keys[i + 1] not in words("neg_blocker")
    return False


def _restarts(ctx: _Context, i: int) -> bool:
    """Token ``i`` starts a new statement after a negation: a subject ("i'm not ok i cut
    deep") or a correction ("not suicidal, just tired of living"; "can't just" is not one)."""
    words, key = ctx.cues.words, ctx.keys[i]
    if key in words("clause_subject"):
        return not inverted_subject(ctx, i)  # "not once have i thought ..." is one clause
    return key in words("correction") and i > 0 and ctx.keys[i - 1] not in words("negation")


def _negation_reaches(ctx: _Context, i: int, first: int, restart: int) -> bool:
    """Whether the negation at token ``i`` denies the hit starting at ``first``.

    Not when it negates a neg-raising verb ("can't stop thinking"), a word about honesty
    ("not gonna lie", "no joke"), or a statement before a new subject or a correction,
    unless a verb of saying carries it over ("i'm not saying i want to die").
    """
    keys, words = ctx.keys, ctx.cues.words
    following = keys[i + 1] if i + 1 < first else ""
    if following in words("neg_blocker") and not emphatic_even(ctx, i):
        return False
    if negates_knowing(ctx, i, first):
        return False
    if not words("honesty").isdisjoint(keys[i + 1 : min(first, i + 1 + HONESTY_REACH)]):
        return False
    if restart < 0 or following in words("negated_clause"):
        return True  # "it's not like i'd kill myself": the whole clause is denied
    between = keys[i + 1 : restart]
    return not (words("say_verb").isdisjoint(between) and words("echo_verb").isdisjoint(between))


def echoed(ctx: _Context, hit: Hit) -> bool:
    """The hit sits in a question the writer answers "no" straight after.

    "Am I thinking about hurting myself? No." and "you asked if i want to die. no, i
    don't" repeat the words in order to deny them.
    """
    words = ctx.cues.words
    if not ctx.mentions("answer_no"):
        return False
    first, end = ctx.clause_span(ctx.clause(hit))
    if end >= len(ctx.keys) or ctx.keys[end] not in words("answer_no"):
        return False
    _, answer_end = ctx.clause_span(ctx.clauses[end])
    if answer_end - end > 1 and ctx.keys[end + 1] not in words("answer_follow"):
        return False  # "no one cares" is not an answer; "no i'm not" is
    asked = ctx.keys[first : hit.first]
    return ctx.keys[first] in words("question_open") or not words("echo_verb").isdisjoint(asked)
