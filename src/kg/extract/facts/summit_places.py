"""Places a summit's sentence names that are not where it is held: where those who speak of it are
("officials in Santiago said", "diplomats in Brussels expect")."""
from __future__ import annotations

from kg.extract.context import Context, Found, head_token

#: Nouns for those who speak of an event from somewhere: "in X" after one says where they are.
SPEAKERS = frozenset({"official", "diplomat", "source", "analyst", "observer", "reporter", "correspondent",
                      "spokesman", "spokeswoman", "spokesperson", "journalist", "commentator", "expert",
                      "aide", "insider", "newspaper", "media", "broadcaster"})


def where_speakers_are(ctx: Context, f: Found) -> bool:
    """Is the place an "in" phrase on a noun for speakers ("officials in Santiago said")?"""
    t = head_token(ctx, f)
    toks = ctx.doc.annotations["tokens"]
    if t is None or t.dep != "pobj" or toks[t.head].lower != "in":
        return False
    noun = toks[toks[t.head].head]
    return noun.lemma.lower() in SPEAKERS
