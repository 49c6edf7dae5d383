"""Entities the article describes without naming them: "a defence cooperation agreement", "the naval base at X".

FORMAT.md counts such a thing as an entity, labelled with the article's fullest description of it. A noun phrase
headed by a kind word (an agreement noun, a base noun: ``data/lexicon.yaml`` ``heads``) that no name covers is
read from the parse by :mod:`kg.extract.description_phrases`. A phrase with nothing but pointing or evaluative
words ("the pact", "a landmark deal") refers to an agreement the article names and is left to
:mod:`kg.extract.reference`; so is one sharing a content word with a named agreement. Descriptions sharing content
words are one entity; its label is the longest, the others and the core ("second protocol") its aliases."""
from __future__ import annotations

import bisect
import re

from kg.extract.agreement_in_view import agreement_in_view
from kg.extract.agreement_sets import PLURALS, acronym_set, counted_only, described_sets
from kg.extract.appositions import said_beside
from kg.extract.complements import made_before
from kg.extract.denied_things import denied
from kg.extract.description_fits import OTHER, entity_fit, first_kind, fit, other_kind
from kg.extract.description_identity import (
    added_to,
    another_introduced,
    apposed,
    clause_partners,
    dated_there,
    named_later,
    named_partners,
    new_words,
    other_partners,
    own_partners,
    pointed_back,
    told_apart,
    told_partners,
    two_introduced,
)
from kg.extract.description_phrases import (
    LEGISLATURE_NOUNS,
    Description,
    describe,
    stems,
)
from kg.extract.document_heads import CONDITIONAL_HEADS, capital_head, heads_a_document
from kg.extract.lexicon import Lexicon
from kg.extract.nlp import Token, tokens
from kg.extract.predicate_nouns import (
    agreement_at,
    consent_to_an_agreement,
    gives_a_name,
    predicated_of_an_agreement,
    said_of_an_agreement,
)
from kg.extract.special_mentions import headline_sentences, is_headline
from kg.extract.summit_editions import (
    a_further_one,
    another_edition,
    another_rank,
    rank_of,
    said_of_a_summit,
)
from kg.extract.summit_entities import merge_summit_names, split_summit_editions
from kg.extract.summit_in_view import summit_in_view
from kg.extract.summit_nouns import (
    LEADERS_GATHERINGS,
    drop_headline_pointers,
    named_by_it,
    says_nothing_of_which,
)
from kg.extract.summit_rank_names import name_in_view
from kg.extract.syntax import Tree
from kg.extract.tree import document_tree
from kg.layout import has_headline
from kg.model import Document, Entity, Mention
from kg.text import slug

#: Kinds of unnamed entity read here, and the head nouns (lemmas) that make one.
KIND_HEADS: dict[str, frozenset[str]] = {
    "Agreement": frozenset({"agreement", "treaty", "pact", "accord", "deal", "memorandum", "mou", "protocol",
                            "convention", "arrangement", "compact", "document", "declaration", "amendment"}) | PLURALS
    | CONDITIONAL_HEADS,
    "MilitaryBase": frozenset({"base", "airbase", "garrison", "outpost", "ground"}),
    "Summit": frozenset({"summit", "talk", "session"}) | LEADERS_GATHERINGS,  # ("talks" only as "summit talks")
    "Legislature": LEGISLATURE_NOUNS,
}
#: Nouns that are a legislature's chamber when "upper" or "lower" says which.
_CHAMBERS = frozenset({"house", "chamber"})
#: Verbs whose complement describes their subject (or object): a predicate, not a new thing.
_COPULAS = frozenset({"be", "become", "remain", "call", "consider", "deem", "describe", "hail", "brand"})
#: Verbs that say what something is "as": "described as", "billed as", "seen as".
_CALLING_AS = frozenset({"describe", "bill", "hail", "see", "regard", "view", "tout", "label", "characterise",
                         "characterize", "portray", "present", "cast", "frame", "term"})
#: Verbs that give a thing its name: what they describe is the thing named.
_NAMING = frozenset({"know", "call", "dub", "name", "title", "label", "term", "refer", "brand", "style"})


def find_descriptions(doc: Document, lexicon: Lexicon) -> Document:
    """Add an entity (and a mention at each description) for every unnamed agreement or base."""
    toks = tokens(doc)
    if not toks:
        return doc
    tree = document_tree(doc)
    covered = _covered(doc, toks)
    named_stems = {e.key: stems(" ".join([e.label, *e.aliases])) for e in doc.entities.values() if e.type == "Agreement"}
    # the first name in the body: a headline's name comes before everything and tells nothing of order
    body = doc.sentences[1].start if len(doc.sentences) > 1 and is_headline(doc) else 0
    first_named = min((m.start for m in doc.mentions if m.type == "Agreement" and m.start >= body), default=None)
    partners = named_partners(doc, tree)
    found: list[Description] = []
    in_view: set[int] = set()  # ranks the summit in view is told by: "their 45th summit"
    later: set[tuple[int, int]] = set()  # spans of summits told as another edition than the one in view
    top = headline_sentences(doc)
    for t in toks:
        kind = first_kind(KIND_HEADS, t.lemma, t.lower)
        if kind is None and t.lemma in _CHAMBERS and any(toks[c].lower in {"upper", "lower"} for c in tree.children[t.i]):
            kind = "Legislature"  # "the upper house", "its lower chamber": one chamber of a parliament
        found += described_sets(doc, tree, t, covered) if kind is None and t.tag in {"NNS", "NNPS"} and acronym_set(doc, toks, t, lexicon.heads.get("Agreement", ())) else []  # "ACSAs with A, B": one each
        if kind is None or t.i in covered or t.pos not in {"NOUN", "PROPN"} or t.is_cap and not (
                capital_head(toks, t, top, KIND_HEADS["Agreement"], opening=kind in {"Summit", "Agreement"})):
            continue  # a capitalised head no name covers is a headline's or a quotation's word
        if kind == "Legislature" and _of_a_chamber(tree, t):
            continue  # "the upper house of Russia's parliament": the chamber is described, not the whole
        if kind == "Agreement" and t.lemma in CONDITIONAL_HEADS and not heads_a_document(tree, t, top):
            continue  # "within the framework of the talks", "a letter to the editor"
        if any(toks[c].lower == "such" for c in tree.children[t.i]) or denied(tree, t.i):
            continue  # "the first such document", "stops short of a pact", "with the agreement of X": no agreement
        d = counted_only(doc, tree, describe(doc, tree, t, kind, covered), covered) if t.lower not in PLURALS else None
        if d is None:  # a plural: none in particular, unless counted or signed ("two agreements on X and Y")
            found += described_sets(doc, tree, t, covered) if kind == "Agreement" and (t.tag == "NNS" or t.lower in PLURALS) else []
            continue
        # (not a name told with other partners: "the X Agreement with A" is not "an accord with B")
        if kind == "Agreement" and _refers_to_named(doc, tree, t, d, {k: v for k, v in named_stems.items() if not other_partners(
                partners.get(k, ()), own_partners(partners, k, d.keys))}, covered, first_named):
            continue
        if any(toks[c].dep in {"acl", "relcl"} and gives_a_name(tree, c, _NAMING) for c in tree.children[t.i]):
            continue  # "the agreement, formally known as X": X's name is given right there
        if t.dep in {"attr", "oprd"} and toks[t.head].lemma in _COPULAS \
                and (kind != "Agreement" or said_of_an_agreement(doc, tree, t.head, KIND_HEADS["Agreement"])) \
                and (kind != "Summit" or said_of_a_summit(tree, t.head, covered)) \
                or t.dep == "dobj" \
                and toks[t.head].lemma in _COPULAS and any(toks[c].dep == "dobj" for c in tree.children[t.head] if c != t.i):
            continue  # "the deal is a bad one", "which critics deem a bad deal": says what its subject is
        if kind == "Agreement" and (predicated_of_an_agreement(doc, tree, t, KIND_HEADS["Agreement"])
                                    or consent_to_an_agreement(tree, t, KIND_HEADS["Agreement"])):
            continue  # "the deal does not constitute a defence pact"; "reached agreement on the pact": consent
        if t.dep == "pobj" and toks[t.head].lower == "as" and toks[t.head].head != t.head \
                and toks[toks[t.head].head].lemma in _COPULAS | _CALLING_AS:
            continue  # "what organisers described as the largest summit": a predicate again
        if kind != "Agreement" and _named_beside(doc, tree, t, kind, covered):
            continue  # "Japan's parliament, the National Diet": named right there
        if kind == "Summit" and "edition" not in d.own and not a_further_one(tree, t.i, rank_of(d.label)) and (named := named_by_it(doc, d)):
            if len(named) == 1:  # its fullest words name it too: "the regular summit of X held in Y"
                # (not words its name already holds, "BRICS summit" of the 15th: a name of every edition)
                words = set(named[0].label.lower().split())
                named[0].aliases |= {a for a in {d.label, *d.fullest} - {named[0].label} if not set(a.lower().split()) <= words}
            continue  # "the annual BRICS summit" for the named 15th BRICS summit
        if kind == "Summit" and "edition" not in d.own and d.label == d.core_text and not d.names \
                and any(e.type == "Summit" for e in doc.entities.values()) and not another_edition(doc, tree, d, found, in_view) \
                and (any(toks[c].dep == "poss" or toks[c].lower in {"the", "this", "that"} for c in tree.children[t.i])
                     or t.sent == 0 and has_headline(doc.text)):
            in_view |= {rank} if (rank := rank_of(d.label)) else set()  # a later rank not this one is another edition
            name_in_view(doc, (d.label, *d.variants, *d.fullest), rank)  # "their 44th summit" names the SADC summit
            continue  # "its first summit", a headline's "hosts first summit": the one in view, told only by rank
        if kind == "MilitaryBase" and not tree.kids(t.i, "prep") and _definite(tree, t) and any(
                e.type == "MilitaryBase" and m.entity == e.key and m.start < t.start
                for m in doc.mentions for e in [doc.entities.get(m.entity or "")] if e is not None):
            continue  # "the US military base" after the base's name: that base, left to reference
        later_rank = kind == "Summit" and another_rank(doc, d, found, in_view)  # "the 46th summit" beside "their 45th summit"
        if kind == "Summit" and "edition" not in d.own and not d.names and says_nothing_of_which(d) and not later_rank \
                and any(e.type == "Summit" for e in doc.entities.values()) | any(f.kind == "Summit" for f in found if not rank_of(d.label)) \
                and (_definite(tree, t) or any(toks[c].dep == "poss" for c in tree.children[t.i])):
            in_view |= {rank} if (rank := rank_of(d.label)) else set()
            continue  # "the meeting of leaders", "the bloc's two-day summit": the one in view, told by no mark of its own
        if later_rank:
            later.add(d.core)  # not the one in view
        found.append(d)
        doc.annotations["summit described"] = any(f.kind == "Summit" for f in found)  # (summit_nouns.an_edition_in_a_city)
    found += summit_in_view(doc, tree, toks, covered, found)  # "the summit" where none is named: the one in view
    found += agreement_in_view(doc, tree, toks, covered, found, KIND_HEADS["Agreement"])  # "the pact was inked by A and B"
    _add_entities(doc, drop_headline_pointers(found, doc.text.find("\n") if has_headline(doc.text) else -1), partners)
    for m in doc.mentions:
        if m.type == "Summit" and (m.start, m.end) in later and m.entity in doc.entities:
            doc.entities[m.entity].attributes["other_edition"] = True  # read by attendance.main_summit
    merge_summit_names(doc)
    split_summit_editions(doc, tree)
    return doc


def _definite(tree: Tree, t: Token) -> bool:
    return any(tree.toks[c].lower in {"the", "this", "that"} for c in tree.kids(t.i, "det"))


def _of_a_chamber(tree: Tree, t) -> bool:
    """Is this parliament the "of" complement of a chamber ("the lower chamber of the parliament")?"""
    p = tree.head(t.i)
    h = tree.head(p) if p is not None and tree.toks[p].lower == "of" else None
    return h is not None and tree.toks[h].lemma in _CHAMBERS and any(
        tree.toks[c].lower in {"upper", "lower"} for c in tree.children[h])


def _named_beside(doc: Document, tree: Tree, t: Token, kind: str, covered: set[int]) -> bool:
    """Is the description in apposition with a name of its kind ("X's parliament, the Diet",
    "the Diet, X's parliament")?"""
    toks = tree.toks
    beside = [*tree.kids(t.i, "appos"), *([t.head] if t.dep == "appos" else [])]
    return any(i in covered and any(m.type == kind and m.start <= toks[i].start < m.end for m in doc.mentions)
               for a in beside for i in tree.subtree(a))


def _refers_to_named(doc: Document, tree: Tree, t: Token, d: Description, named_stems: dict[str, set[str]],
                     covered: set[int], first_named: int | None) -> bool:
    """Is this description another way of naming an agreement the article names? Yes when it shares a content word
    with one ("the logistics pact"), contains its name ("the ANZUS treaty"), sits in the headline, or — with no
    complement of its own to set it apart and a head that may name it ("the protocol" is no treaty) — is definite and
    comes after a name, or opens the article before the first name (not one "the pact" is set against: "The pact updates the X Treaty")."""
    if not named_stems:
        return False
    labels = {e.key: " ".join([e.label, *e.aliases]).lower() for e in doc.entities.values() if e.type == "Agreement"}

    def theirs(label: str) -> bool:
        # the names in it are that agreement's too: "the Israel-Jordan peace treaty" is not the
        # Egypt-Israel Peace Treaty; a party "with" it counts where the name says whose it is
        # ("Israel's treaty with the UAE" is not the Egypt-Israel one either)
        def named(party: str) -> bool:  # any word of it: "North Korea" in "... Republic of Korea"
            return any(w in label for w in re.findall(r"[a-z]{3,}", party))

        return all(n in label for n in d.names) and (
            not (any(n in label for n in d.names) or any(named(p) for p in d.parties))
            or all(named(p) for p in d.parties))
    from kg.extract.description_identity import set_against_a_pointer
    from kg.extract.document_heads import a_joint_text_of_its_own as own_joint
    if not any(entity_fit(t.lemma, e) > OTHER for e in doc.entities.values() if e.type == "Agreement") or own_joint(tree, t, d.own, named_stems.values()) or another_introduced(tree, t, d.another):
        return False  # "a third annex" beside the X Agreement, "a trade deal" beside the Y Charter, "a separate pact", "an earlier accord"
    toks = tree.toks
    fresh = new_words(tree, t, covered) if first_named is not None and first_named < t.start else set()
    if any(d.own & stems and theirs(labels.get(key, "")) and not fresh - stems for key, stems in named_stems.items()):
        return True
    if any(i in covered and agreement_at(doc, toks[i]) for i in range(t.i - 4, t.i) if i >= 0 and toks[i].sent == t.sent
           and toks[i].head in (t.i, *tree.subtree(t.i))):
        return True
    if t.sent == 0 and "\n" in doc.text[:doc.sentences[0].end + 1] and has_headline(doc.text):
        return True
    # a complement naming only the parties ("with Japan", "between A and B") does not set it apart nor does a
    # clause saying what it is for ("an accord aimed at closer ties"): any agreement the article names may be for that
    telling = [c for c in tree.children[t.i] if c > t.i and (
        toks[c].dep in {"acl", "relcl"} and toks[c].lemma not in _PURPOSE and toks[c].tag != "VB"
        or toks[c].dep == "prep" and toks[c].lower not in {"with", "between", "among"})]
    # (the parser may hang the apposition on the phrase's last noun: "accord with Peru, the X Accord")
    party_objects = [o for p in tree.kids(t.i, "prep") if toks[p].lower in {"with", "between", "among"}
                     for o in tree.kids(p, "pobj")]
    beside = [a for h in (t.i, *party_objects) for a in tree.kids(h, "appos")] + ([t.head] if t.dep == "appos" else [])
    if any(a in covered and agreement_at(doc, toks[a]) for a in beside):
        return True  # "Chile's accord with Peru, the Zenda Accord": named right beside it
    if (d.names or d.parties) and not any(theirs(label) for label in labels.values()):
        return False  # "the Israel-Jordan peace treaty": states no named agreement is about
    if d.label.lower() != d.core_text.lower() and bool(telling) and not pointed_back(tree, t, first_named):
        return named_later(doc, t, first_named)  # a complement sets it apart, unless the lede's "a treaty that ..." is named on
    definite = any(toks[c].lower in {"the", "this", "that", "its", "their", "such"} for c in tree.children[t.i])
    if first_named is None or definite:
        return first_named is not None and first_named < t.start and not made_before(doc, tree, t)  # refers back, unless older
    # before the first name: the lede's description, or one the next sentence names, when that
    # name is an agreement's ("a defence treaty" ... "the Lauca Treaty"; not "the X partnership")
    lede = t.sent == (1 if is_headline(doc) else 0)
    return t.start < first_named and (lede or doc.sentence_index(first_named) <= t.sent + 1) \
        and any(KIND_HEADS["Agreement"] & set(re.findall(r"[a-z]+", label)) for label in labels.values()) \
        and not set_against_a_pointer(tree, first_named, KIND_HEADS["Agreement"])


_PURPOSE = frozenset({"aim", "design", "intend", "mean"})  # what it is for: "aimed at", "designed to"


def _covered(doc: Document, toks: list[Token]) -> set[int]:
    starts = [t.start for t in toks]
    out: set[int] = set()
    for m in doc.mentions:
        k = bisect.bisect_left(starts, m.start)
        while k < len(toks) and toks[k].start < m.end:
            out.add(k)
            k += 1
    return out


def _add_entities(doc: Document, found: list[Description], partners: dict[str, set[str]]) -> None:
    """One entity per group of descriptions sharing their own content words (or, with none, the same names), labelled
    with the longest. Names in a complement join none: "a bad deal for Brazil" is not "the X agreement between A and B"."""
    groups: list[list[Description]] = []
    toks, tree = tokens(doc), document_tree(doc)
    told = {id(d): told_partners(doc, tree, d) for d in found if d.kind == "Agreement"}  # read once: compared pairwise

    def same(a: Description, b: Description) -> bool:
        if a.kind != b.kind or apposed(toks, a, b) or added_to(toks, a, b):
            return a.kind == b.kind and not added_to(toks, a, b)  # "a document, an agreement on X,": one
        if a.keys and b.keys and not _compatible(a, b) or a.kind == "Agreement" and other_partners(told[id(a)], told[id(b)]):
            return False  # "the Chile-Peru border treaty" and "Chile's border treaty with Bolivia"; "the pact A
            # signed with B" and "the pact A signed with C"
        if a.kind == "Summit" and a.places and b.places and told_apart(a, b):
            return False  # "a summit in Salta", "a summit in Rosario": the same words, other places
        if a.core_text.lower() == b.core_text.lower() and not two_introduced(tree, a, b) or dated_there(doc, a, b) \
                or (a.own & b.own) - {"edition"} and not told_apart(a, b):
            return True
        return not a.own and not b.own and bool(a.content) and a.content == b.content

    for d in (d for d in found if not d.weak):
        # a group of the same head noun first: "the energy treaty" is the treaty, not the protocol to it
        for g in sorted(groups, key=lambda g: toks[g[0].head].lemma != toks[d.head].lemma) if not d.another else ():
            if ((same(g[0], d) or any(said_beside(x, d) for x in g))  # "the X agreement, the ten-year pact"
                    and not any(added_to(toks, x, d) for x in g)):
                g.append(d)
                break
        else:
            groups.append([d])
    groups = _headline_joins_body(doc, groups)
    # told only by its parties ("an agreement with Peru", "the Chile-Peru deal"): the article's one
    # agreement when it has one, an agreement of its own when it has none, else left to references
    weak = [d for d in found if d.weak and not d.another]
    groups += [[d] for d in found if d.weak and d.another]  # "a similar pact with X": one more
    named = [e for e in doc.entities.values() if e.type == "Agreement"]
    # (one set apart, "a similar pact with Y", is never the one the others point to)
    described = [g for g in groups if g[0].kind == "Agreement" and not all(d.another for d in g)]
    if weak and len(named) + len(described) == 1:  # (of its kind: "a three-way memorandum" is no protocol of accession)
        # told with other partners than the one agreement's: another ("a new pact between A and B" beside "the 1998
        # agreement between A and C"), grouped by its partners below
        held = set().union(*(d.keys | clause_partners(doc, tree, d.head) for d in described[0])) \
            if described else partners.get(named[0].key, set())
        apart, weak = [d for d in weak if other_partners(told[id(d)], held)], [d for d in weak if not other_partners(told[id(d)], held)]
        for d in apart:
            into = [g for g in groups if g[0].kind == "Agreement" and g[0].weak and _compatible(g[0], d)]
            into[0].append(d) if into else groups.append([d])
        names = [named[0].label, *named[0].aliases] if named else [described[0][0].label]
        groups += [[d] for d in weak if fit(toks[d.head].lemma, "Agreement", names) == OTHER]
        weak = [d for d in weak if fit(toks[d.head].lemma, "Agreement", names) > OTHER]
        _attach(doc, weak, named[0]) if named else described[0].extend(weak)
    elif weak:  # one agreement per set of parties: "the Chile-Peru deal" is "an agreement with Peru"; beside several
        own: list[list[Description]] = []  # others, only a kind none of them is ("a joint declaration" beside a treaty)
        for d in (d for d in weak if not (named or described) or other_kind(toks[d.head].lemma, named, described)):
            into = [g for g in (own if named or described else groups) if g[0].kind == "Agreement" and _compatible(g[0], d) and not all(x.another for x in g)]
            if into:
                into[0].append(d)
            else:
                own.append([d])
                groups.append(own[-1])
    made: dict[str, list[Description]] = {}
    for g in groups:
        best = max(g, key=lambda d: (not d.weak, len(d.label)))
        label = best.label
        key = f"{best.kind.lower()}-{slug(label)}"
        if key in made and best.kind == "Agreement" and other_partners(told[id(best)], told[id(made[key][0])]):
            # "the defence agreement A signed with B" beside "... with C": told apart, by its fullest words
            label = max((f for d in g for f in d.fullest), key=len, default=label)
            key = f"{best.kind.lower()}-{slug(label)}"
        if key in doc.entities:
            continue
        made[key] = g
        ent = Entity(key=key, type=best.kind, label=label)
        ent.attributes["unnamed"] = True
        if best.kind == "Summit" and all(toks[d.head].tag in {"NNS", "NNPS"} and toks[d.head].lemma != "talk"
                                         and not rank_of(d.label) for d in g):
            # "the annual meetings of X": a series; trips go to it, no one summit is held ("summit talks" are one)
            ent.attributes["several"] = True
        ent.attributes["fullest"] = sorted({f for d in g for f in d.fullest} - {label})
        states = sorted(c[len("state:"):] for c in best.content if c.startswith("state:"))
        if best.split_from is not None:  # one of "pacts with A and B": its partners, the plural's others
            ent.attributes.update(split_from=best.split_from, partners=tuple(sorted(best.keys)))
        if best.kind == "Legislature" and len(states) == 1:
            ent.attributes["state"] = states[0]  # whose legislature: a named one of it may be meant
        for d in g:
            for alias in (d.label, d.core_text, *d.variants):
                if alias and alias != best.label and (len(alias.split()) > 1 or alias.isupper() or d.by_clause):  # ("ACSA")
                    ent.aliases.add(alias)
            doc.mentions.append(Mention(d.core[0], d.core[1], doc.text[d.core[0]:d.core[1]], d.kind, entity=key,
                                        kind="description", sentence=d.sentence))
        doc.entities[key] = ent
    doc.mentions.sort(key=lambda m: m.start)


def _headline_joins_body(doc: Document, groups: list[list[Description]]) -> list[list[Description]]:
    """A headline tells the body's story in other words: an agreement it describes ("minerals
    agreement with US") is the first one the body describes with the same parties, if any."""
    if not (top := headline_sentences(doc)):
        return groups
    out = [g for g in groups if g[0].kind != "Agreement" or any(d.sentence not in top for d in g)]
    for g in [g for g in groups if g not in out]:
        body = next((b for b in out if b[0].kind == "Agreement" and all(_compatible(d, b[0]) for d in g)), None)
        if body is not None:
            body.extend(g)
        else:
            out.append(g)
    return out


def _compatible(a: Description, b: Description) -> bool:
    """Could two descriptions told by their parties be of one agreement (one's parties among the other's)?"""
    return a.keys <= b.keys or b.keys <= a.keys


def _attach(doc: Document, found: list[Description], ent: Entity) -> None:
    """Descriptions of an agreement the article names: mentions of it, their labels its aliases."""
    for d in found:
        ent.aliases.add(d.label)
        doc.mentions.append(Mention(d.core[0], d.core[1], doc.text[d.core[0]:d.core[1]], d.kind, entity=ent.key,
                                    kind="description", sentence=d.sentence))

