"""Names of machines are no entities: a model or a craft the text names by its kind ("Harrier
jets", "Nasams air-defence batteries", "MiG-29 jets"), one it puts people aboard ("flew in
aboard X"), one that lands or taxis ("when X touched down"), or one an apposition calls a craft ("the
X, a destroyer of the Northern Fleet")."""
from __future__ import annotations

import re

from kg.model import Document, Mention

#: nouns of craft and weapons: a name right before one is a model's or a craft's
HARDWARE = frozenset({
    "fighter", "fighters", "jet", "jets", "aircraft", "plane", "planes", "bomber", "bombers", "helicopter",
    "helicopters", "drone", "drones", "missile", "missiles", "rocket", "rockets", "battery", "batteries", "tank",
    "tanks", "destroyer", "destroyers", "frigate", "frigates", "corvette", "corvettes", "submarine", "submarines",
    "cruiser", "cruisers", "warship", "warships", "launcher", "launchers", "howitzer", "howitzers", "interceptor",
    "interceptors", "airliner", "gunship", "gunships", "warplane", "warplanes"})
#: what only a craft is: "aboard X", "on board X"
_ABOARD = re.compile(r"(?:\baboard|\bon board)\s+(?:the\s+)?$", re.IGNORECASE)
#: an apposition calling the name a craft: ", a destroyer", ", the flagship"
_CALLED = re.compile(r"\A,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(\w+)")
#: types a model's or a craft's name can have been given by its head word or the tagger
_GUESSED = frozenset({"Organization", "Person", "Place", "Facility", "InternationalOrganization"})


#: what only a craft does: "X landed at", "X touched down", "X rolled to a stop" (not "X landed a contract")
_FLIES = re.compile(r"\s+(?:landed|touched down|took off|taxied|rolled to a (?:stop|halt))"
                    r"(?=[,.;]|\s+(?:at|in|on|near|from|after|before|to|shortly|safely|late|early)\b)")
#: types a craft's name may have been given where what it does tells it (never a person's)
_CRAFT_GUESSED = frozenset({"Organization", "Place", "Facility"})


def drop_machines(doc: Document, found: list[Mention]) -> None:
    """Remove the names the text gives machines (see the module's docstring); a gazetteer's item
    and a state's name or demonym ("Chinese destroyers") stay. A name that lands, touches down or
    taxis is a craft's, in every sentence that names it."""
    text = doc.text
    crafts = {m.text for m in found if m.qid is None and m.type in _CRAFT_GUESSED and " " in m.text
              and _FLIES.match(text, m.end, m.end + 40)}
    found[:] = [m for m in found if not (m.qid is None and m.type in _GUESSED and (_a_machine(text, m) or m.text in crafts))]


def _a_machine(text: str, m: Mention) -> bool:
    after = text[m.end:m.end + 60]
    words = [w.lower() for w in re.findall(r"[\w'-]+", after.split(".")[0])[:2]]
    if after[:1] in {" ", "s"} and any(w in HARDWARE for w in words) and not after.startswith(" and"):
        return True  # "Harrier jets", "Nasams air-defence batteries", "14 Tucanos" aside
    if _ABOARD.search(text[max(0, m.start - 20):m.start]):
        return True
    called = _CALLED.match(after)
    return called is not None and called.group(1).lower() in HARDWARE
