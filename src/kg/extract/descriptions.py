"""Entities the article describes without naming them: "a defence cooperation agreement", "the
second protocol amending the X Agreement", "the naval base at Souda Bay".

FORMAT.md counts such a thing as an entity, labelled with the article's fullest description of it.
A noun phrase headed by a kind word (an agreement noun, a base noun: ``data/lexicon.yaml``
``heads``) that no name covers is read from the parse: its modifiers before the head ("defence
cooperation", "second", "2012") and its complements after it ("on the deployment of …",
"amending …", "between X and Y", "at Souda Bay"). A phrase with nothing but pointing or
evaluative words ("the pact", "a landmark deal") refers to an agreement the article names and is
left to :mod:`kg.extract.reference`; so is one sharing a content word with a named agreement.
Descriptions sharing content words are one entity; its label is the longest, the others and the
core ("second protocol") its aliases.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.extract.entities import slug
from kg.extract.lexicon import Lexicon
from kg.extract.nlp import Token, tokens
from kg.extract.syntax import Tree
from kg.layout import has_headline
from kg.model import Document, Entity, Mention

#: Kinds of unnamed entity read here, and the head nouns (lemmas) that make one.
KIND_HEADS: dict[str, frozenset[str]] = {
    "Agreement": frozenset({"agreement", "treaty", "pact", "accord", "deal", "memorandum", "mou", "protocol",
                            "convention", "arrangement", "compact", "document", "declaration"}),
    "MilitaryBase": frozenset({"base", "airbase", "garrison", "outpost", "ground"}),
    "Summit": frozenset({"summit", "meeting"}),
}
#: Time words whose possessive makes a summit another edition: "next year's summit".
_EDITION_TIMES = frozenset({"year", "month", "week", "yesterday", "today", "tomorrow", "spring", "summer", "autumn",
                            "winter", "fall"})
#: Words that point or praise but do not tell one agreement from another.
GENERIC = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new",
                     "landmark", "historic", "key", "major", "sweeping", "long-debated", "long", "debated", "bilateral",
                     "trilateral", "important", "broad", "wide", "wide-ranging", "comprehensive", "formal", "final",
                     "same", "such", "whole", "entire", "full", "current", "existing", "proposed", "planned", "signed",
                     "controversial", "recent", "latest", "first-ever", "ambitious", "significant", "amended",
                     "revised", "updated", "original", "earlier", "previous", "other", "another", "separate", "two",
                     "three", "several", "many", "various", "both", "each", "all", "some", "any", "of", "'s", "’s"})
#: Complements that tell which agreement (or base) a head noun means.
_COMPLEMENT_PREPS = frozenset({"on", "between", "with", "for", "concerning", "regarding", "covering", "in", "at",
                               "among", "to", "of"})
_BASE_WORDS = frozenset({"naval", "air", "army", "military", "logistics", "support", "training", "marine", "navy",
                         "drone", "missile", "submarine"})


@dataclass
class Description:
    kind: str
    sentence: int
    head: int  # token index
    core: tuple[int, int]  # character span of modifiers + head (the mention)
    label: str
    core_text: str
    content: set[str] = field(default_factory=set)
    #: content words outside any name: what tells it from a named agreement
    own: set[str] = field(default_factory=set)
    variants: set[str] = field(default_factory=set)  # shorter readings of the label
    #: names inside its modifiers ("Israel", "Jordan" in "the Israel-Jordan peace treaty")
    names: set[str] = field(default_factory=set)


def find_descriptions(doc: Document, lexicon: Lexicon) -> Document:
    """Add an entity (and a mention at each description) for every unnamed agreement or base."""
    toks = tokens(doc)
    if not toks:
        return doc
    tree = Tree(toks)
    covered = _covered(doc, toks)
    named_stems = {e.key: _stems(" ".join([e.label, *e.aliases])) for e in doc.entities.values() if e.type == "Agreement"}
    first_named = min((m.start for m in doc.mentions if m.type == "Agreement"), default=None)
    found: list[Description] = []
    for t in toks:
        kind = next((k for k, heads in KIND_HEADS.items() if t.lemma in heads or t.lower in heads), None)
        if kind is None or t.i in covered or t.pos not in {"NOUN", "PROPN"} or t.is_cap:
            continue  # a capitalised head no name covers is a headline's or a quotation's word
        d = _describe(doc, tree, t, kind, covered)
        if d is None:
            continue
        if kind == "Agreement" and _refers_to_named(doc, tree, t, d, named_stems, covered, first_named):
            continue
        if any(toks[c].dep in {"acl", "relcl"} and toks[c].lemma in _NAMING for c in tree.children[t.i]):
            continue  # "the agreement, formally known as X": X's name is given right there
        if kind == "Summit" and "edition" not in d.own and any(
                d.content & _stems(" ".join([e.label, *e.aliases])) | d.content & set(e.label.lower().split())
                for e in doc.entities.values() if e.type == "Summit"):
            continue  # "the annual BRICS summit" for the named 15th BRICS summit
        if kind == "Summit" and "edition" not in d.own and d.label == d.core_text and not d.names \
                and any(e.type == "Summit" for e in doc.entities.values()) \
                and any(toks[c].dep == "poss" or toks[c].lower in {"the", "this", "that"} for c in tree.children[t.i]):
            continue  # "its first summit", "the largest summit": the summit in view, told only by rank
        found.append(d)
    _add_entities(doc, found)
    merge_summit_names(doc)
    return doc


_SUMMIT_FILLER = frozenset({"summit", "the", "annual", "leaders", "leaders'", "leaders’", "of", "meeting"})


def merge_summit_names(doc: Document) -> None:
    """One summit, one entity: a summit name that says less than exactly one other ("BRICS summit"
    beside "15th BRICS summit") names the same summit."""
    summits = [e for e in doc.entities.values() if e.type == "Summit" and not e.attributes.get("unnamed")]

    def words(e: Entity) -> set[str]:
        return {w for w in re.findall(r"[\w'’-]+", e.label.lower()) if w not in _SUMMIT_FILLER}

    for a in summits:
        wider = [b for b in summits if b is not a and words(a) < words(b) and a.key in doc.entities
                 and b.key in doc.entities]
        if len(wider) != 1:
            continue
        b = wider[0]  # the shorter name says less than the summit's own: no alias of it
        for m in doc.mentions:
            if m.entity == a.key:
                m.entity = b.key
        del doc.entities[a.key]


def _refers_to_named(doc: Document, tree: Tree, t: Token, d: Description, named_stems: dict[str, set[str]],
                     covered: set[int], first_named: int | None) -> bool:
    """Is this description another way of naming an agreement the article names? Yes when it
    shares a content word with one ("the logistics pact"), contains its name ("the ANZUS
    treaty"), sits in the headline, or — with no complement of its own to set it apart — is
    definite ("the mutual defence treaty": a reader takes it for the one named) or comes before
    the first name (a lede's "a defence pact" named in the next sentence)."""
    if not named_stems:
        return False
    labels = {e.key: " ".join([e.label, *e.aliases]).lower() for e in doc.entities.values() if e.type == "Agreement"}
    # a shared word makes it a named agreement's description only if the names in it are that
    # agreement's too: "the Israel-Jordan peace treaty" is not the Egypt-Israel Peace Treaty
    if any(d.own & stems and all(n in labels.get(key, "") for n in d.names) for key, stems in named_stems.items()):
        return True
    toks = tree.toks
    if any(i in covered and _agreement_at(doc, toks[i]) for i in range(t.i - 4, t.i) if i >= 0 and toks[i].sent == t.sent
           and toks[i].head in (t.i, *tree.subtree(t.i))):
        return True
    if t.sent == 0 and "\n" in doc.text[:doc.sentences[0].end + 1] and has_headline(doc.text):
        return True
    # a complement naming only the parties ("with Japan", "between A and B") does not set it apart
    telling = [c for c in tree.children[t.i] if c > t.i and (toks[c].dep in {"acl", "relcl"} or toks[c].dep == "prep"
                                                              and toks[c].lower not in {"with", "between", "among"})]
    toks = tree.toks
    # (the parser may hang the apposition on the phrase's last noun: "accord with Peru, the X Accord")
    party_objects = [o for p in tree.kids(t.i, "prep") if toks[p].lower in {"with", "between", "among"}
                     for o in tree.kids(p, "pobj")]
    beside = [a for h in (t.i, *party_objects) for a in tree.kids(h, "appos")] + ([t.head] if t.dep == "appos" else [])
    if any(any(i in covered and _agreement_at(doc, toks[i]) for i in tree.subtree(a)) for a in beside):
        return True  # "Chile's accord with Peru, the Zenda Accord": named right beside it
    if d.names and not any(all(n in label for n in d.names) for label in labels.values()):
        return False  # "the Israel-Jordan peace treaty": states no named agreement is about
    has_complement = d.label.lower() != d.core_text.lower() and bool(telling)
    if has_complement:
        return False
    definite = any(toks[c].lower in {"the", "this", "that", "its", "their", "such"} for c in tree.children[t.i])
    return definite or (first_named is not None and t.start < first_named)


def _agreement_at(doc: Document, t: Token) -> bool:
    return any(m.start <= t.start < m.end and m.type == "Agreement" for m in doc.mentions)


def _date_tokens(doc: Document, toks: Sequence[Token]) -> set[int]:
    """Tokens inside a date mention (cached on the document)."""
    cached = doc.annotations.get("date_tokens")
    if cached is None:
        spans = [(d.start, d.end) for d in doc.annotations.get("dates", [])]
        cached = {t.i for t in toks if any(a <= t.start < b for a, b in spans)}
        doc.annotations["date_tokens"] = cached
    return cached


def _covered(doc: Document, toks: list[Token]) -> set[int]:
    import bisect

    starts = [t.start for t in toks]
    out: set[int] = set()
    for m in doc.mentions:
        k = bisect.bisect_left(starts, m.start)
        while k < len(toks) and toks[k].start < m.end:
            out.add(k)
            k += 1
    return out


def _describe(doc: Document, tree: Tree, t: Token, kind: str, covered: set[int]) -> Description | None:
    toks = tree.toks
    if kind == "MilitaryBase" and t.lemma == "ground" and not any(toks[c].lower == "training" for c in tree.children[t.i]):
        return None
    if kind == "Summit":
        return _describe_summit(doc, tree, t, covered)
    left = [c for c in tree.children[t.i] if c < t.i and toks[c].dep in {"amod", "compound", "nmod", "nummod", "poss",
                                                                         "npadvmod", "quantmod"}]
    right = [c for c in tree.children[t.i] if c > t.i and (
        toks[c].dep == "prep" and toks[c].lower in _COMPLEMENT_PREPS
        or toks[c].dep in {"acl", "relcl"} and toks[c].tag in {"VBG", "VBN", "VBD", "VBZ", "VBP"})]
    dated = _date_tokens(doc, toks)
    right = [c for c in right if not any(i in dated for i in tree.subtree(c))]  # "on Jan. 23" tells no agreement
    if kind == "Agreement":
        right = [c for c in right if toks[c].dep != "relcl" or t.tag in {"NNS", "NNPS"}]
        # "of" complements a document only ("the text of the pact" is the pact): leave them
        # "memorandum of understanding", "protocol of accession"; not "the text of the pact"
        right = [c for c in right if toks[c].lower != "of" or t.lemma in {"protocol", "memorandum"}
                 or not any(i in covered for i in tree.subtree(c))]
        right = [c for c in right if not (toks[c].dep == "prep" and toks[c].lower in {"in", "at", "to"})]
        right = [c for c in right if not (toks[c].dep in {"acl", "relcl"} and toks[c].lemma in _EVENT_VERBS)]
    else:
        right = [c for c in right if toks[c].dep == "prep" and toks[c].lower in {"in", "at", "on", "near", "of"}]
    left_span = sorted(i for c in left for i in tree.subtree(c))
    left_span = _contiguous_left(left_span, t.i)
    if t.tag in {"NNS", "NNPS"} and not any(toks[c].dep in {"relcl", "acl"} and any(i in covered for i in tree.subtree(c))
                                            for c in right):
        return None  # "the agreements that preceded it": a set, not one agreement
    content = {toks[i].lower for i in left_span if _classifies(toks, tree, i)}
    content |= {toks[i].lower for i in left_span if i in covered}  # a name inside: "Greek–US defence agreement"
    if kind == "MilitaryBase":
        if not right and not any(i in covered for i in left_span):
            return None  # "the base" or "an air base": no particular base
        if not right and not (content & _BASE_WORDS or any(i in covered for i in left_span)):
            return None
    elif not right and not (content - _names_in(doc, left_span, covered)):
        return None
    core = [i for i in left_span if toks[i].lower not in {"a", "an", "the", "this", "that", "its", "their"}] + [t.i]
    while len(core) > 1 and toks[core[0]].dep in {"det", "punct", "case"}:
        core = core[1:]
    right_tokens = [_complement(tree, c) for c in right]
    label = _render(toks, core + [i for r in right_tokens for i in r])
    variants = {_render(toks, core + _complement(tree, c, nested=False)) for c in right}
    # without the phrases naming only its parties: "memorandum of understanding [with X]"
    own_right = [c for c in right if toks[c].lower not in {"with", "between", "among"}]
    if own_right != right:
        variants.add(_render(toks, core + [i for c in own_right for i in _complement(tree, c)]))
    start = toks[core[0]].start
    text = doc.text
    core_start = start
    # the mention covers the words before the head no name covers, and the head itself
    for i in left_span:
        if i in covered:
            core_start = toks[i].end
    while core_start < t.start and text[core_start] in " -–—,":
        core_start += 1
    core_text = _tidy(text[core_start:t.end])
    own = {toks[i].lower for i in left_span if i not in covered and _classifies(toks, tree, i)}
    for c in right:
        sub = tree.subtree(c)
        own |= {toks[i].lower for i in sub if i not in covered and toks[i].pos in {"NOUN", "PROPN", "ADJ", "VERB"}}
        content |= {toks[i].lower for i in sub if toks[i].pos in {"NOUN", "PROPN", "ADJ", "NUM"}}
    if kind == "Agreement" and not content:
        return None
    return Description(kind, t.sent, t.i, (core_start, t.end), label, core_text, _stems(" ".join(content)) | content,
                       _stems(" ".join(own)), variants - {label},
                       {toks[i].lower for i in left_span if i in covered and toks[i].is_cap})


def _describe_summit(doc: Document, tree: Tree, t: Token, covered: set[int]) -> Description | None:
    """"the first summit", "next year's summit", "the annual summit of the X", "a meeting of the
    Y Council", "their second summit between the two men": a summit the text tells apart by its
    edition, time, organisation or parties. "The summit" alone is the one in view."""
    toks = tree.toks
    left = [c for c in tree.children[t.i] if c < t.i and toks[c].dep in {"amod", "compound", "nmod", "nummod", "poss"}]
    right = [c for c in tree.children[t.i] if c > t.i and toks[c].dep == "prep" and toks[c].lower in {"of", "between", "in"}]
    if t.lemma == "meeting" and not any(toks[c].lower == "of" and any(i in covered for i in tree.subtree(c)) for c in right):
        return None  # a meeting is a summit only as a meeting of a named body
    if any(i in covered and _type_at(doc, toks[i]) == "Summit" for c in left for i in tree.subtree(c)):
        return None
    left_span = _contiguous_left(sorted(i for c in left for i in tree.subtree(c)), t.i)
    content = {toks[i].lower for i in left_span if _classifies(toks, tree, i) or i in covered}
    edition = any(toks[c].dep == "poss" and any(toks[i].lemma in _EDITION_TIMES for i in tree.subtree(c)) for c in left)
    if not content and not right and not edition:
        return None
    core = [i for i in left_span if toks[i].lower not in {"a", "an", "the", "this", "that", "its", "their", "his", "her"}]
    core = [i for i in core if not (toks[i].dep == "poss" and toks[i].pos == "PRON")] + [t.i]
    label = _render(toks, core + [i for c in right for i in _complement(tree, c)])
    core_text = _render(toks, core)
    own = {toks[i].lower for i in left_span if i not in covered and _classifies(toks, tree, i)}
    for c in right:
        content |= {toks[i].lower for i in tree.subtree(c) if toks[i].pos in {"NOUN", "PROPN", "NUM"}}
    if edition:
        content.add("edition:" + _render(toks, core))
    start = toks[core[0]].start
    return Description("Summit", t.sent, t.i, (start, t.end), label, core_text, content, own | ({"edition"} if edition else set()))


def _type_at(doc: Document, t: Token) -> str | None:
    return next((m.type for m in doc.mentions if m.start <= t.start < m.end), None)


def _complement(tree: Tree, c: int, nested: bool = True) -> list[int]:
    """The tokens of a complement, without what is coordinated with it ("in X and at Y") or, when
    not ``nested``, the complements of its own object ("at Souda Bay [on Crete]")."""
    toks = tree.toks
    out, todo = [], [c]
    while todo:
        k = todo.pop()
        out.append(k)
        for j in tree.children[k]:
            dep = toks[j].dep
            if k == c and dep in {"conj", "cc"}:
                continue
            if dep in {"appos"} or toks[j].text in {"(", ")"} or dep == "punct" and toks[j].text != "-":
                continue
            if not nested and k != c and dep in {"prep", "relcl", "acl"}:
                continue
            todo.append(j)
    # a parenthesised acronym inside ("the X Agreement (XA)") is left out of the description
    return sorted(k for k in out if not _in_parentheses(toks, k))


def _in_parentheses(toks: Sequence[Token], k: int) -> bool:
    return 0 < k < len(toks) - 1 and toks[k - 1].text == "(" and toks[k + 1].text == ")"


def _render(toks: Sequence[Token], idx: list[int]) -> str:
    idx = sorted(set(idx))
    out = ""
    for n, i in enumerate(idx):
        out += toks[i].text
        if n + 1 < len(idx):
            out += toks[i].ws if idx[n + 1] == i + 1 else " "
    return _tidy(out)


_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _classifies(toks: Sequence[Token], tree: Tree, i: int) -> bool:
    """Does a modifier tell which agreement ("defence", "2012", "second"), rather than point at
    it or praise it ("the", "very bad", "strongest")?"""
    t = toks[i]
    if t.lower in GENERIC or not (t.lower.isalpha() or t.lower.isdigit() or "-" in t.lower):
        return False
    if t.pos in {"NOUN", "PROPN", "NUM"} or t.lower in _ORDINAL_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower):
        return True
    if t.pos == "ADJ" and t.tag == "JJ" and not tree.kids(i, "advmod"):
        h = t.head
        # an adjective classifies when a noun modifier follows it ("mutual defence treaty")
        return any(toks[j].pos in {"NOUN", "PROPN"} and j != h and toks[j].head == h for j in range(i + 1, h))
    return False


#: Verbs that give a thing its name: what they describe is the thing named.
_NAMING = frozenset({"know", "call", "dub", "name", "title", "label", "term", "refer", "brand", "style"})
_EVENT_VERBS = frozenset({"sign", "reach", "ink", "announce", "conclude", "seal", "agree", "negotiate", "strike",
                          "say", "expect", "approve", "ratify", "describe", "call", "hail"})


def _names_in(doc: Document, span: list[int], covered: set[int]) -> set[str]:
    """Words of the modifiers that are names (states in "a Greek–US agreement"): on their own they
    tell the parties, not which agreement."""
    toks = tokens(doc)
    return {toks[i].lower for i in span if i in covered}


def _contiguous_left(span: list[int], head: int) -> list[int]:
    out: list[int] = []
    k = head - 1
    for i in sorted(span, reverse=True):
        if i != k:
            break
        out.insert(0, i)
        k -= 1
    return out


def _index_at(toks: list[Token], offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right([t.start for t in toks], offset) - 1)


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


_STOP = frozenset({"agreement", "treaty", "pact", "accord", "deal", "memorandum", "protocol", "between", "with",
                   "this", "that", "which", "their", "from", "into", "over", "under", "about"})


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}|\d{4}", text.lower()) if w not in _STOP and w not in GENERIC}


def _add_entities(doc: Document, found: list[Description]) -> None:
    groups: list[list[Description]] = []
    for d in found:
        for g in groups:
            if g[0].kind == d.kind and (d.content & g[0].content or d.core_text.lower() == g[0].core_text.lower()):
                g.append(d)
                break
        else:
            groups.append([d])
    for g in groups:
        best = max(g, key=lambda d: len(d.label))
        key = f"{best.kind.lower()}-{slug(best.label)}"
        if key in doc.entities:
            continue
        ent = Entity(key=key, type=best.kind, label=best.label)
        ent.attributes["unnamed"] = True
        for d in g:
            for alias in (d.label, d.core_text, *d.variants):
                if alias and alias != best.label and len(alias.split()) > 1:
                    ent.aliases.add(alias)
            doc.mentions.append(Mention(d.core[0], d.core[1], doc.text[d.core[0]:d.core[1]], d.kind, entity=key,
                                        kind="description", sentence=d.sentence))
        doc.entities[key] = ent
    doc.mentions.sort(key=lambda m: m.start)
