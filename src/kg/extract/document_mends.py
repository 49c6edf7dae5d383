"""A second document the parser hung inside the first one's complement: in "signed a statement on
the talks and the Baltic -- 2030 concept" the concept is no topic of the statement but a document
of its own, coordinated with it; a name set off before it by a spaced dash is its name's part."""
from __future__ import annotations

from kg.extract.nlp import Token


def mend_documents(toks: list[Token]) -> None:
    """Hang each such document as a conjunct of the first one (with its "and")."""
    from kg.extract.complements import document_nouns

    nouns = document_nouns()
    for c in range(len(toks)):
        t = toks[c]
        if t.dep != "conj" or t.head == c:
            continue
        obj = toks[t.head]
        if obj.dep != "pobj" or obj.head == obj.i:
            continue
        prep = toks[obj.head]
        if prep.dep != "prep" or prep.head == prep.i or toks[prep.head].lemma not in nouns:
            continue
        first = prep.head
        if not any(k.head == c and k.dep == "det" for k in toks[obj.i + 1:c]):
            continue  # "a pact on trade and investment": one topic and another, no second document
        doc = c if t.lemma in nouns else next((k.i for k in toks[c + 1:] if k.head == c and k.dep == "appos"
                                               and k.lemma in nouns and k.sent == t.sent), None)
        if doc is None:
            continue
        for k in toks[obj.i + 1:c]:
            if k.head == obj.i and k.dep == "cc":
                toks[k.i] = k._replace(head=first)
        if doc != c:  # "the Baltic -- 2030 concept": "Baltic" names the concept, the dash joins them
            for k in toks[obj.i + 1:c]:
                if k.head == c and k.dep == "det":
                    toks[k.i] = k._replace(head=doc)
            toks[c] = t._replace(head=doc, dep="compound")
            t = toks[doc]
        toks[doc] = t._replace(head=first, dep="conj")


#: Participles that, right after "and" before a name, describe the one named: "A and visiting B".
_DESCRIBING_PARTICIPLES = frozenset({"visiting", "outgoing", "incoming", "acting", "ruling", "reigning"})


def mend_participles(toks: list[Token]) -> None:
    """"signed by A and visiting Defence Minister B": the parser may read "visiting B" as a clause
    of the verb; the participle describes B, coordinated with A."""
    for k, t in enumerate(toks[1:-1], start=1):
        cc, before = toks[k - 1], toks[k - 2] if k > 1 else toks[k - 1]
        if t.lower not in _DESCRIBING_PARTICIPLES or t.dep not in {"advcl", "conj", "xcomp"} or cc.lower != "and" \
                or cc.dep != "cc" or before.pos != "PROPN" or before.sent != t.sent:
            continue
        # (the name before "and", whichever word the parser hung the "and" on: the first conjunct)
        first = before.i if toks[before.head].pos != "PROPN" or before.head < before.i else before.head
        obj = next((j for j in range(k + 1, len(toks)) if toks[j].head == k and toks[j].dep == "dobj"), None)
        if obj is None or toks[obj].pos != "PROPN" or any(toks[j].head == k and j != obj for j in range(k + 1, len(toks))):
            continue
        toks[cc.i] = cc._replace(head=first)
        toks[obj] = toks[obj]._replace(head=first, dep="conj")
        toks[k] = t._replace(head=obj, dep="amod", pos="ADJ", tag="JJ")
