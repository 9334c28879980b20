"""A scene phrase with its everyday purpose told in the same message: "sitting in the
garage with the engine running, warming up the car. garage door's open", "gun's in my lap,
cleaning kit open, should i oil the bolt".

The set-up phrases (``en.imminent.set_up``, ``set_up_more``: "in the garage with the
engine running", and the means phrase beside them, "in the car in the garage") and
the act-shape phrases (``en.imminent.act_shape``: "gun's in my lap") read an act under way
alone. The same scene is a cold morning or a hunter's chores when the message names the
car's upkeep, an open door or a drive (class ``engine_everyday``, the test ``_engine_on``
already applies to the engine told in pieces), or a gun's care (class ``gun_everyday``:
cleaning, oil, the bolt; not a hunt or a season alone, "deer season is over for me"). The idiom
``en.context.idiom_act_shape`` covers "in my lap cleaning it" only inside one clause; the
purpose is as often told after a comma or a full stop.

Such a scene phrase is read as nothing only when the message names no thought (class
``scene_thought``: "sat there and thought, i could just leave it on") and nothing else of
the writer's own says risk in it: a wish, distress or another act phrase beside it
("engine's running in the garage, warming it up. i just want to sleep and not wake up")
keeps it. Said of the garage, the scene must name the garage (a car in the garage); said of
the gun, the phrase must put it in the lap (a gun in the mouth or to the head has no
everyday purpose).
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._reading import Signal, make_signal

# The phrase families whose scenes may have an everyday purpose; means phrases ("in the
# car in the garage", kind ``means``) are read with them.
_SCENE_CUES = frozenset({"en.imminent.set_up", "en.imminent.set_up_more", "en.imminent.act_shape"})


def everyday_scene(ctx: MessageContext, signals: list[Signal]) -> list[Signal]:
    """``signals`` with the writer's scene phrases read as nothing when the message tells
    the scene's everyday purpose and says no other risk of the writer's own."""
    scenes = [s for s in signals if s.cue.id in _SCENE_CUES or s.cue.kind == "means"]
    if not scenes or all(s.cue.kind == "means" for s in scenes):
        return signals  # nearly every message: no set-up or act-shape phrase
    words, present = ctx.cues.words, ctx.key_set
    car = not words("garage").isdisjoint(present) and not words("engine_everyday").isdisjoint(present)
    gun = not words("scene_lap").isdisjoint(present) and not words("gun_everyday").isdisjoint(present)
    if not (car or gun) or not words("scene_thought").isdisjoint(present):
        return signals  # no purpose told, or a thought beside it ("... and thought, i could")
    ordinary = {id(s) for s in scenes if _ordinary(ctx, s, car, gun)}
    if not ordinary or any(_other_risk(s) for s in signals if id(s) not in ordinary):
        return signals  # "... warming it up. i just want to sleep and not wake up"
    # Marked negated at none, as a told purpose (the conversation rules do not lift it).
    return [
        make_signal((s.cue, s.start, s.end, RiskLevel.NONE, s.subject, False, True, s.frame))
        if id(s) in ordinary
        else s
        for s in signals
    ]


def _ordinary(ctx: MessageContext, sig: Signal, car: bool, gun: bool) -> bool:
    """The scene phrase names a garage (with a car's purpose told) or a gun in the lap (with
    a gun's care or a hunt told)."""
    if sig.subject != "self" or sig.negated:
        return False
    words = ctx.cues.words
    own = set(tokenize(normalize(ctx.text[sig.start : sig.end])).keys)
    if car and not words("garage").isdisjoint(own):
        return True
    return gun and not words("scene_lap").isdisjoint(own) and not words("scene_gun").isdisjoint(own)


def _other_risk(sig: Signal) -> bool:
    """Another phrase of the writer's own, not denied: a wish, distress, means, a time or a
    place beside the scene keeps it (safety first: only a scene alone has a purpose told)."""
    return sig.subject == "self" and not sig.negated
