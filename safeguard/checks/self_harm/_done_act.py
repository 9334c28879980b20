"""An act told as done with no object, after a wish: "i want to die" ... "it's done", "i did
it. i actually did it this time", "i've done it", "i went through with it".

Said alone, "it's done" or "i did it" is a task finished or a success ("finished the essay.
it's done", "i passed! i did it"). Per message this module reads the writer's own such
phrases (cue kind ``done``) at level none; ``_prepared`` raises them to their cue's level
(imminent: the act the wish was about, done) once the writer's own wish has been said in
that turn or an earlier one. Never when:

- the phrase's clause goes on ("i did it again", "i did it on purpose with a lighter",
  "nobody can say i did it because of them"): it has an object or a time of its own;
- a subordinating word opens it ("before it's done", "once it's done"): an act to come,
  which the preparation rules read;
- the message names something else done (a word of class ``done_task``: "finished the
  essay", "i called the helpline. i did it", "i told my mum"), or another person says it;
- the conversation so far tells of self-injury ("carved his name into my thigh" ... "yeah.
  it's done"): the act done is the cut, which the self-harm rules grade (``harm_told``).
"""

from __future__ import annotations

import re

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_KIND = "done"
# Words of self-injury in the writer's turns: a done act after them is the cut or the burn
# told (graded by the self-harm rules), not the act a wish to be dead was about. Read from
# the raw text only in a conversation with an act-done phrase (see _prepared).
_HARM = frozenset(
    {
        "cut", "cuts", "cutting", "carved", "carve", "carving", "burn", "burned", "burnt",
        "burning", "burns", "blade", "blades", "razor", "razors", "lighter", "scratched",
        "scratching", "thigh", "thighs", "selfharm", "sh", "compass", "sharpener",
    }
)
_WORD = re.compile(r"[a-z]+")


def dones(ctx: MessageContext) -> list[Signal]:
    """The message's own act-done phrases, at level none (raised in ``_prepared``)."""
    hits = ctx.of_kind(_KIND)
    if not hits:
        return []  # most messages: no act-done phrase
    tasks = ctx.cues.words("done_task")
    if not tasks.isdisjoint(ctx.key_set):
        return []  # something else named as done in the message: a task, a call, a success
    others = ctx.cues.words("other_subj") | ctx.cues.words("done_lead")
    found = []
    for hit in hits:
        if hit.first > 0 and ctx.keys[hit.first - 1] in others:
            continue  # "she did it", "before it's done"
        if not ends_clause(ctx, hit) or negated(ctx, hit):
            continue
        found.append(ctx.own_signal(hit))
    return found


def ends_clause(ctx: MessageContext, hit: Hit) -> bool:
    """Nothing of the hit's clause follows it ("it's done." or "it's done and ...");
    read by _under_way too."""
    return ctx.ends_clause(hit) or ctx.keys[hit.last + 1] == "and"


def harm_told(text: str) -> bool:
    """The turn's text names self-injury (a word of ``_HARM``; "self-harm" reads as "self",
    "harm" and is caught by "harm" in the phrase rules, so only its joined spelling here)."""
    return not _HARM.isdisjoint(_WORD.findall(text.lower())) or "self-harm" in text.lower()
