"""A building that speaks is the body seated in it: "the Kremlin said", "a White House official",
"according to the Pentagon". A site the article only makes speak, and never places anything at,
in or to, is an Organization of the article; one it also places something at stays the building."""
from __future__ import annotations

from kg.extract.context import Context, Found, head_token
from kg.model import Fact

#: verbs of speaking or taking a stand: a subject of one is someone, not somewhere
_SPEAKING = frozenset({
    "say", "tell", "announce", "state", "confirm", "deny", "reject", "dismiss", "call", "bill", "describe",
    "welcome", "warn", "insist", "accuse", "add", "respond", "reply", "comment", "signal", "praise",
    "criticise", "criticize", "condemn", "urge", "demand", "hope", "believe", "want", "expect", "declare",
    "stress", "note", "claim", "suggest", "indicate", "decline", "refuse", "brief", "release", "issue",
    "publish", "acknowledge", "argue", "caution", "threaten", "vow", "pledge", "promise"})
#: nouns for people or words that come from a body: "a Kremlin aide", "the White House's statement"
_VOICES = frozenset({
    "aide", "official", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "source", "statement",
    "readout", "secretary", "chief", "staff", "press", "spokesmen", "officials", "aides", "sources", "advisers",
    "position", "view", "response", "reaction", "comment", "comments", "briefing"})
#: prepositions that place something at a site
_LOCATIVE = frozenset({"at", "in", "inside", "outside", "into", "to", "from", "near", "within", "toward", "towards",
                       "on", "around", "behind", "across"})


def sites_that_act(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Retype each Facility the article only makes speak as an Organization; a body the office
    readers made apart from it (``seated_body``, same name) becomes that one entity again."""
    doc = ctx.doc
    toks = doc.annotations.get("tokens", [])
    used = {v for f in facts for v in f.fields.values() if isinstance(v, str)}
    for e in list(doc.entities.values()):
        if e.type != "Facility" or e.key in used:
            continue  # a site a fact places something at (a visit's destination) is a place
        acts = placed = False
        for m in doc.mentions:
            if m.entity != e.key or m.sentence < 0:
                continue
            t = head_token(ctx, Found(m, e))
            if t is None:
                continue
            head = toks[t.head]
            if t.dep == "nsubj" and head.lemma in _SPEAKING or t.dep in {"compound", "poss", "nmod"} and head.lower in _VOICES \
                    or t.dep == "pobj" and head.lower == "to" and toks[head.head].lower == "according" \
                    or t.dep == "pobj" and head.lower == "by" and toks[head.head].lemma in _SPEAKING:
                acts = True
            elif t.dep == "pobj" and head.lower in _LOCATIVE:
                placed = True
        if acts and not placed:
            facts = _become_body(ctx, e.key, facts)
    return facts


def _become_body(ctx: Context, key: str, facts: list[Fact]) -> list[Fact]:
    """The site's entity as the body; its namesake body, if one was made, merged into it."""
    doc = ctx.doc
    site = doc.entities[key]
    site.type = "Organization"
    names = {n.casefold() for n in (site.label, *site.aliases)}
    twins = [o.key for o in doc.entities.values() if o is not site and o.type == "Organization"
             and not o.qid and o.label.casefold() in names]
    for twin in twins:
        for f in facts:
            f.fields = {k: (key if v == twin else tuple(key if x == twin else x for x in v) if isinstance(v, tuple) else v)
                        for k, v in f.fields.items()}
        for m in doc.mentions:
            if m.entity == twin:
                m.entity = key
        del doc.entities[twin]
    return facts
