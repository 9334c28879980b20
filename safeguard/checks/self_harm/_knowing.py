"""A negation that belongs to a verb of knowing or telling, not to the clause after it.

"Nobody knows I still cut", "mi mamá no sabe que sigo haciéndome daño", "nem sei pq ainda
to vivo", "il ne sait pas que je me fais du mal", "i never told anyone i want to die": the
negation denies the knowing or the telling, and the clause it introduces is asserted (these
verbs presuppose their complement). A verb of saying alone still carries a denial ("i'm not
saying i want to die", "no dije que quiero morir"); it asserts only when told to no one
("no le he dicho a nadie que quiero morir", "ich hab niemandem gesagt, dass ...").

Word lists are the classes ``knowing_verb`` (know, tell: presupposing verbs), ``knowing_if``
(a verb of knowing only before a question word in ``knowing_what``: Spanish "sé" loses its
accent and reads as the reflexive "se", so "no se por qué sigo vivo" is knowing and "no se
quiere morir" is not),
``say_verb`` and ``no_one`` ("anyone", "nadie", "personne", "niemandem") of the phrase data.
Only called for a negation already found before a cue: ordinary messages pay nothing.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext as _Context


def negates_knowing(ctx: _Context, negation: int, first: int) -> bool:
    """The negation at token ``negation`` belongs to a verb of knowing or telling between
    it and the cue starting at ``first`` (or just before it: "il ne sait pas que",
    "wissen nicht, dass"), or to a verb of saying addressed to no one."""
    keys, words = ctx.keys, ctx.cues.words
    knowing = words("knowing_verb")
    between = keys[negation + 1 : first]
    # The verb before a negation that follows it (French "sait pas", German "weiß nicht").
    before = keys[negation - 1] if negation > 0 else ""
    if before in knowing or not knowing.isdisjoint(between):
        return True
    # "no se por qué ...": "se" is knowing only before a question word.
    if (
        negation + 2 < first
        and keys[negation + 1] in words("knowing_if")
        and keys[negation + 2] in words("knowing_what")
    ):
        return True
    if words("say_verb").isdisjoint(between) and before not in words("say_verb"):
        return False
    return not words("no_one").isdisjoint(between)
