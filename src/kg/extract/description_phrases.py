"""One unnamed entity's description read from the parse: the noun phrase a kind word heads, its
modifiers before the head ("defence cooperation", "second", "2012") and its complements after it
("on the deployment of …", "amending …", "between X and Y", "at Gull Cove"), rendered as a label,
a core and the content words that tell it apart (summits also by edition, time, organisation or
parties; bases by their place). :mod:`kg.extract.descriptions` makes the entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.appositions import in_apposition
from kg.extract.chamber_descriptions import ranked_chamber
from kg.extract.clause_dates import date_tokens
from kg.extract.complements import (
    EVENT_VERBS,
    adds_to_an_agreement,
    complement,
    hung_on_the_verb,
    infinitive,
    occasion,
    says_what_it_does,
    sets_apart,
    tells_an_older_one,
    term_of,
    told_aside,
    without_dates,
    without_where,
)
from kg.extract.description_fullest import spelled_out
from kg.extract.description_names import other_names
from kg.extract.description_text import (
    classifies,
    contiguous_left,
    mentions_at,
    names_parties,
    render,
    tidy,
    type_at,
)
from kg.extract.description_words import (
    BASE_WORDS,
    COMPLEMENT_PREPS,
    LASTING,
    OWNER,
    POINTING,
    PROCEDURES,
    stems,
)
from kg.extract.nlp import Token
from kg.extract.number_words import YEAR
from kg.extract.party_phrases import between_parties
from kg.extract.summit_editions import (
    another_time,
    counted_ranks,
    edition_word,
    rank_of,
    this_time,
)
from kg.extract.summit_nouns import (
    LEADERS_GATHERINGS,
    kind_words,
    leaders_meet,
    leaders_session,
    their_summit_placed,
    topic,
    who_meets_before,
    with_leaders,
)
from kg.extract.summit_rank_names import ownerless_names
from kg.extract.syntax import Tree
from kg.model import Document, Mention


@dataclass
class Description:
    """One description of an unnamed entity, as read at its head noun."""

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
    #: names in its complements of parties ("uae" in "Israel's peace treaty with the UAE"), lower case
    parties: set[str] = field(default_factory=set)
    #: the entities its names and parties are: what tells two descriptions of different pairs apart
    keys: set[str] = field(default_factory=set)
    #: told only by whom it binds ("an agreement with Peru", "the Chile-Peru deal"): no content of its own
    weak: bool = False
    #: told as another than those before ("a similar pact", "its own agreement", "a separate deal")
    another: bool = False
    #: head tokens of descriptions set beside it in apposition ("the X agreement, the ten-year pact")
    beside: frozenset[int] = frozenset()
    #: the fullest description a reader may label it with, every restrictive complement and clause ("a similar agreement that X signed with Y"), with and without dates
    fullest: frozenset[str] = frozenset()
    #: a summit's places its own words give ("the Tartu summit", "a summit in Salta"), lower case
    places: frozenset[str] = frozenset()
    #: one of a plural's agreements, one per partner ("pacts with A and B"): the plural's position
    split_from: tuple[int, int] | None = None
    by_clause: bool = False  #: told apart by a clause alone ("a pact that lets X ..."): its bare noun names it too


def describe(doc: Document, tree: Tree, t: Token, kind: str, covered: set[int], plural: bool = False) -> Description | None:
    """The description headed by token ``t`` (``covered``: tokens inside names), or None when the
    phrase tells no particular agreement, base or summit."""
    toks = tree.toks
    if kind == "MilitaryBase" and t.lemma == "ground" and not any(toks[c].lower == "training" for c in tree.children[t.i]):
        return None
    if kind == "Summit":
        return _describe_summit(doc, tree, t, covered)
    if kind == "Legislature":
        return _describe_legislature(doc, tree, t, covered)
    if any(toks[c].lower in _QUANTIFIERS for c in tree.children[t.i] if c < t.i):
        return None  # "any arms deal", "no trade deal": none in particular
    if kind == "Agreement" and t.lemma == "amendment" and not any(
            toks[c].lower == "to" and adds_to_an_agreement(tree, t, c) for c in tree.kids(t.i, "prep")):
        return None  # an amendment is an agreement's only when it amends one ("an amendment to the treaty")
    left = [c for c in tree.children[t.i] if c < t.i and toks[c].dep in {"amod", "compound", "nmod", "nummod", "poss",
                                                                         "npadvmod", "quantmod"}]
    right = [c for c in tree.children[t.i] if c > t.i and (
        toks[c].dep == "prep" and toks[c].lower in COMPLEMENT_PREPS
        or toks[c].dep in {"acl", "relcl"} and toks[c].tag in {"VBG", "VBN", "VBD", "VBZ", "VBP"}
        and toks[c].lemma not in _STANDING
        or kind == "Agreement" and infinitive(tree, c))]  # "a deal to supply gas": what it is for
    if kind == "Agreement":
        right += hung_on_the_verb(tree, t, plural)  # "signed a letter of intent [on X]", hung on "signed"
        # "the pact, drafted in 2017, ...": a clause between commas adds to the pact in view, never tells which
        right = [c for c in right if not told_aside(tree, t, c)]
    dated = date_tokens(doc, toks)
    # "on Jan. 23" says when, not which; a date in a clause hung inside the complement ("on X, which ... in 2014") too
    right = [c for c in right if not (toks[c].dep == "prep" and any(i in dated for i in complement(tree, c, nested=False)))
             or kind == "Agreement" and tells_an_older_one(doc, tree, c, not left)]  # "the agreement of 2004": which, the one made then
    if kind == "Agreement":
        telling, by_deed = [c for c in tree.kids(t.i, "relcl") if says_what_it_does(tree, c)], []  # "an accord under which"
        right = [c for c in right if toks[c].dep != "relcl" or t.tag in {"NNS", "NNPS"} or infinitive(tree, c) or tells_an_older_one(doc, tree, c, not left)]
        # "of" complements a document only ("charter of the X Council"), not "the text of the pact"; a name deeper says where
        right = [c for c in right if toks[c].lower != "of" or t.lemma in {"protocol", "memorandum", "charter"} or not any(
            i in covered for i in complement(tree, c, nested=False))]
        right = [c for c in right if not (toks[c].dep == "prep" and toks[c].lower in {"in", "at", "to"})
                 or toks[c].lower == "to" and adds_to_an_agreement(tree, t, c)]
        # "a pact on the sidelines", "an accord on the eve of the summit": when, not what about
        right = [c for c in right if not (toks[c].lower == "on" and occasion(tree, c))]
        # "a memorandum with Prime Minister X": whom it was signed with, not what the agreement is
        right = [c for c in right if not (toks[c].lower == "with" and any(type_at(doc, toks[i]) == "Person" for i in tree.subtree(c)))]
        # (unless made in an earlier year: "the pact signed in 1995" is another, older pact)
        right = [c for c in right if not (toks[c].dep in {"acl", "relcl"} and toks[c].lemma in EVENT_VERBS) or tells_an_older_one(doc, tree, c, not left)]
        # "sent the pact to parliament for approval": what is asked of a body, not which pact
        right = [c for c in right if not (toks[c].lower == "for" and any(
            toks[o].lemma in PROCEDURES for o in tree.kids(c, "pobj")))]
        if not right and not any(classifies(toks, tree, i) or i in covered for c in left for i in tree.subtree(c)) \
                and any(toks[c].lower in {"a", "an"} for c in tree.kids(t.i, "det")):  # ("the pact, which lets ...": in view)
            right = by_deed = telling[:1]  # nothing else tells which: what it does does (the one agreement, if any)
    else:
        right = [c for c in right if toks[c].dep == "prep" and toks[c].lower in {"in", "at", "on", "near", "of"}]
    if not right:  # "Monday's accord", "last week's pact": the day tells when, not which (the one in view)
        left = [c for c in left if not (toks[c].dep == "poss" and c in dated)]
    left_span = sorted(i for c in left for i in tree.subtree(c))
    left_span = contiguous_left(sorted(set(left_span) | set(_coordinated_modifier(tree, t))), t.i, toks)
    if kind == "Agreement":
        left_span = term_of(tree, t, left_span, PROCEDURES) + left_span
    weak = False
    if t.tag in {"NNS", "NNPS"} and not plural and not any(toks[c].dep in {"relcl", "acl"} and any(i in covered for i in tree.subtree(c))
                                            for c in right):
        return None  # "the agreements that preceded it": a set, not one agreement
    content = {toks[i].lower for i in left_span if classifies(toks, tree, i)}
    content |= {toks[i].lower for i in left_span if i in covered}  # a name inside: "Greek–US defence agreement"
    if kind == "MilitaryBase":
        if not right and not any(i in covered for i in left_span):
            return None  # "the base" or "an air base": no particular base
        if not right and not (content & BASE_WORDS or any(i in covered for i in left_span)):
            return None
    core = [i for i in left_span if toks[i].lower not in {"a", "an", "the", "this", "that", "its", "their", "whose"}] + [t.i]
    while len(core) > 1 and toks[core[0]].dep in {"det", "punct", "case"}:
        core = core[1:]
    right_tokens = [without_where(tree, c, complement(tree, c), lambda o: type_at(doc, toks[o]) in _SITES) for c in right]
    # "the deal to buy jets [in 2019]", "an accord on X [on 4 May]" hung low: when, not which (not "the pact of 2004")
    right_tokens = [without_dates(doc, tree, r) if infinitive(tree, c) or kind == "Agreement" and not tells_an_older_one(doc, tree, c, not left) and (
                        toks[c].dep == "prep" or toks[c].lower in COMPLEMENT_PREPS) else r for c, r in zip(right, right_tokens)]
    if kind == "Agreement":  # "a memorandum on water with Prime Minister X": no person in its name
        with_person = {i for r in right_tokens for p in r if toks[p].lower == "with" and toks[p].dep == "prep"
                       and any(type_at(doc, toks[j]) == "Person" for j in tree.subtree(p)) for i in tree.subtree(p)}
        right_tokens = [[i for i in r if i not in with_person] for r in right_tokens]
    # a year before the head ("the 2008 submarine agreement") dates the thing, it does not
    # describe it; words that only point or praise ("a separate memorandum", "the landmark
    # pact") do not tell it either; "between A and B", "between their coast guards" say whom it
    # binds: the label goes without them all, the fuller forms are kept as variants
    undated = [i for i in core if i not in dated and not YEAR.fullmatch(toks[i].text)
               and not (toks[i].dep == "case" and toks[i].head in dated)] or core  # (with a day goes its "'s")
    plain = [i for i in undated if toks[i].lower not in POINTING or i == t.i]
    binding = between_parties(tree, right_tokens, covered) if kind == "Agreement" else set()
    # "a defence pact [drafted by the two navies]": a participle says what was done to it, not which
    binding |= {i for c, r in zip(right, right_tokens) if toks[c].dep == "acl" and toks[c].tag in {"VBN", "VBD"} and not tells_an_older_one(doc, tree, c, not left) for i in r}
    described = [i for r in right_tokens for i in r]
    if len(plain) == 1 and not set(described) - binding:
        binding = set()  # "an accord between Chile and Peru": told by its parties alone, they stay
    label = render(toks, plain + [i for i in described if i not in binding])
    # (and the phrase without its complements: "a brief joint statement committing X to ...")
    variants = {render(toks, words + described) for words in (core, undated, plain)} | {render(toks, plain)}
    variants |= {render(toks, core + complement(tree, c, nested=False)) for c in right}
    # "a 10-year defence agreement", "Peru's security pact": how long it runs, whose it is, tell not which
    variants |= {r.sub("", v) for v in [label, *variants] for r in (LASTING, OWNER) if r.match(v)}
    # "the long-delayed free movement protocol", "an amended border pact": what befell it, not which it is
    befell = {i for c in left if toks[c].dep == "amod" and toks[c].tag in {"VBN", "VBD", "JJS"} for i in tree.subtree(c)}
    variants |= {render(toks, [i for i in words + described if i not in befell]) for words in (core, undated, plain)
                 if befell and len(words) > len(befell)} - {""}
    if kind == "Agreement":  # without a place it ends with or a comparative: "a pact on X [in Lima]", "an [earlier] pact"
        variants |= other_names(doc, tree, t, core, plain, described, binding)
    if t.lower == "mou":  # "an MoU on X" is a "memorandum of understanding on X" to a reader naming it
        variants.add(re.sub(r"\bmou\b", "memorandum of understanding", label, flags=re.IGNORECASE))
    # every complement without what hangs on its own object: "letter of intent on a depot [near X]"
    variants.add(render(toks, plain + [i for c in right for i in complement(tree, c, nested=False) if i not in binding]))
    # without the phrases naming only its parties: "memorandum of understanding [with X]"
    own_right = [c for c in right if toks[c].lower not in {"with", "between", "among"}]
    if own_right != right:
        variants.add(render(toks, core + [i for c in own_right for i in complement(tree, c)]))
    # also hung deeper: "memorandum on defence cooperation [with X]"
    deeper = {j for r in right_tokens for i in r if toks[i].dep == "prep" and toks[i].lower in {"with", "between", "among"}
              and names_parties(toks, tree, i, tree.subtree(i), covered) for j in tree.subtree(i)}
    if deeper:
        variants.add(render(toks, core + [i for r in right_tokens for i in r if i not in deeper]))
    start = toks[core[0]].start
    text = doc.text
    core_start = start
    # the mention covers the words before the head no name covers, and the head itself
    for i in left_span:
        if i in covered:
            core_start = toks[i].end
    while core_start < t.start and (text[core_start] in " -–—," or text.startswith(("'s ", "\u2019s "), core_start)):
        core_start += 3 if text[core_start] in "'\u2019" else 1  # "Kenya's defence pact": no "'s" opens it
    core_text = tidy(text[core_start:t.end])
    own = {toks[i].lower for i in left_span if i not in covered and classifies(toks, tree, i)}
    parties: set[str] = set()
    party_mentions: list[Mention] = []
    for c in right:
        sub = complement(tree, c)
        if kind == "Agreement" and names_parties(toks, tree, c, sub, covered):
            party_mentions += mentions_at(doc, toks, sub)
            continue  # "with Peru", "between Chile and Peru": whom it binds, not which agreement
        own |= {toks[i].lower for i in sub if i not in covered and toks[i].pos in {"NOUN", "PROPN", "ADJ", "VERB"}}
        own |= {toks[i].text for i in sub if YEAR.fullmatch(toks[i].text)}  # "dating from 2012"
        content |= {toks[i].lower for i in sub if toks[i].pos in {"NOUN", "PROPN", "ADJ", "NUM"}}
    names = {toks[i].lower for i in left_span if i in covered and toks[i].is_cap}
    parties = {m.text.lower() for m in party_mentions}
    keys = {m.entity for m in party_mentions + mentions_at(doc, toks, left_span) if m.entity}
    content |= parties
    states = {toks[i].lower for i in left_span if i in covered and type_at(doc, toks[i]) in {"State", "Place"}}
    if kind == "Agreement" and not (content - states - parties):
        if not (states | parties) and not (len(core) > 1 and any(toks[c].lower in {"a", "an"} for c in tree.kids(t.i, "det"))
                                            and not any(toks[i].lower in _OTHER for i in core)):
            return None  # "the pact": the one in view; "a bilateral agreement" may be the article's one
        # (without words that only point or praise: "a brief joint statement")
        label = label if states | parties else " ".join(w for w in core_text.split() if w.lower() not in POINTING)
        # "an agreement with Peru": told by its parties alone, unless set apart ("another deal with Peru")
        weak = not any(toks[c].lower in _OTHER for c in tree.children[t.i])
    another = sets_apart(tree, t.i)
    weak = True if kind == "Agreement" and by_deed else weak  # ("an older accord under which X": still another)
    beside = in_apposition(tree, t)
    fullest = spelled_out(doc, tree, t, core) if kind == "Agreement" else set()
    return Description(kind, t.sent, t.i, (core_start, t.end), label, core_text, stems(" ".join(content)) | content,
                       stems(" ".join(own)), variants - {label}, names, parties, keys, weak, another, frozenset(beside),
                       frozenset(fullest - variants - {label}),
                       by_clause=kind == "Agreement" and plain == [t.i] and bool(right) and all(toks[c].dep in {"acl", "relcl"} for c in right))


_SITES = frozenset({"Place", "State", "Facility"})
#: Verbs of a clause that tells where an agreement stands, not which it is: "a pact still awaiting ratification".
_STANDING = frozenset({"await", "need", "require", "face", "undergo", "remain", "pend"})
_QUANTIFIERS = frozenset({"any", "no", "every"})  # none in particular: "any arms deal", "no trade deal"
_OTHER = frozenset({"another", "other", "separate", "different"})  # set apart: "another agreement with Peru"


def _coordinated_modifier(tree: Tree, t: Token) -> list[int]:
    """"an acquisition and cross-servicing agreement": the parser may make the first modifier the
    phrase's head, with the agreement noun its conjunct. A determiner-led noun right before "and"
    and a conjunct without a determiner of its own are one phrase, the noun a modifier of the head."""
    toks = tree.toks
    h = t.head
    if t.dep != "conj" or h >= t.i or toks[h].pos != "NOUN" or toks[h].tag != "NN" \
            or any(toks[c].dep == "det" for c in tree.children[t.i]):
        return []
    kids = tree.children[h]
    if not any(toks[c].dep == "det" for c in kids) or any(toks[c].dep not in {"det", "amod", "compound", "cc", "conj"}
                                                            for c in kids if c < t.i):
        return []
    if not all(toks[i].dep in {"cc", "amod", "compound"} or i == t.i for i in range(h + 1, t.i)
               if toks[i].head in (h, t.i)):
        return []
    return [i for i in range(h, t.i) if i == h or toks[i].dep == "cc" and toks[i].head == h]


def _describe_summit(doc: Document, tree: Tree, t: Token, covered: set[int]) -> Description | None:
    """"the first summit", "next year's summit", "the annual summit of the X", "a meeting of the
    Y Council", "their second summit between the two men": a summit the text tells apart by its
    edition, time, organisation or parties. "The summit" alone is the one in view."""
    toks = tree.toks
    left = [c for c in tree.children[t.i] if c < t.i and toks[c].dep in {"amod", "compound", "nmod", "nummod", "poss"}]
    right = [c for c in tree.children[t.i] if c > t.i and toks[c].dep == "prep" and (toks[c].lower in {"of", "between", "in", "on"}
             or toks[c].lower == "with" and with_leaders(tree, c, lambda i: type_at(doc, toks[i])))]  # "a summit with Nordic leaders"
    # "attend the summit with X": X goes along, the parser hung "with" on the summit it attends
    right = [c for c in right if not (toks[c].lower == "with" and t.dep == "dobj" and toks[t.head].lemma in _ATTENDED_WITH
                                      and any(toks[d].lower in {"the", "this"} for d in tree.kids(t.i, "det")))]
    # "the summit in Lima" says where; "attend the summit in person", "in full" say how
    right = [c for c in right if toks[c].lower != "in" or any(
        toks[i].pos == "PROPN" and toks[i].ent_type not in {"DATE", "TIME"} for i in tree.subtree(c))]
    right = [c for c in right if toks[c].lower != "on" or topic(doc, tree, c)]  # "a summit on X", not "on Monday"
    right = right or their_summit_placed(doc, tree, t.i, left)  # "held their summit in Mendoza"
    if t.lemma == "talk" and not any(toks[c].lemma == "summit" for c in left):
        return None  # "held summit talks in Seoul": talks are a summit only as "summit talks"
    if t.lemma == "session" and not leaders_session(doc, tree, left, right, covered):
        return None  # a session is a summit only as an edition of a body where leaders sit
    if t.lemma in LEADERS_GATHERINGS and not leaders_meet(tree, t.i, left, right, covered, doc):
        return None  # a meeting is a summit only as a meeting of a named body or of leaders
    if t.lemma in LEADERS_GATHERINGS and any(toks[c].lower == "of" and any(
            type_at(doc, toks[i]) == "Legislature" for i in tree.subtree(c)) for c in right):
        return None  # "the meeting of the X Parliament": a sitting of lawmakers, no summit of states
    if any(i in covered and type_at(doc, toks[i]) == "Summit" for c in left for i in tree.subtree(c)):
        return None
    left_span = who_meets_before(tree, t.i, contiguous_left(sorted(i for c in left for i in tree.subtree(c)), t.i, toks))
    # "her second summit as chair", "since 2021": a rank of hers or of late, no edition ("Africa's first" still a name)
    left_span, counted = counted_ranks(toks, left_span, t.i)
    content = {toks[i].lower for i in left_span if classifies(toks, tree, i) or i in covered}
    content |= kind_words(doc, toks, left_span)  # "their annual summit" where no summit is named
    edition = any(toks[c].dep == "poss" and another_time(tree, c) for c in left)
    edition = edition or any(edition_word(tree, c, left) for c in left)
    ranked = any(rank_of(toks[i].text) for i in left_span)  # "its 46th summit": an edition, told by rank
    if not content and not right and not edition and not ranked:
        return None
    core = [i for i in left_span if toks[i].lower not in {"a", "an", "the", "this", "that", "its", "their", "his", "her"}]
    # "whose 30th summit": a relative pronoun ties the clause to its noun, no word of the summit's
    core = [i for i in core if not (toks[i].dep == "poss" and (toks[i].pos == "PRON" or toks[i].tag == "WP$"))] + [t.i]
    core = [i for i in core if not any(i in tree.subtree(c) for c in left if this_time(tree, c))] or [t.i]  # "this year's"
    described = [i for c in right for i in complement(tree, c)]
    label = render(toks, core + without_dates(doc, tree, described))  # "the summit in X [in July]"
    core_text = render(toks, core)
    own = {toks[i].lower for i in left_span if i not in covered and classifies(toks, tree, i)}
    for c in right:
        content |= {toks[i].lower for i in tree.subtree(c) if toks[i].pos in {"NOUN", "PROPN", "NUM"}}
    if edition:
        content.add("edition:" + render(toks, core))
    start = toks[core[0]].start
    places = frozenset(toks[i].lower for i in left_span + [j for c in right if toks[c].lower == "in" for j in tree.subtree(c)]
                       if i in covered and type_at(doc, toks[i]) == "Place")
    # the whole phrase, as the article tells it ("the regular summit of X held in Y"): a name for it
    fullest = frozenset(spelled_out(doc, tree, t, core) | {render(toks, core + counted + without_dates(doc, tree, described))}) - {label}
    variants = ownerless_names(toks, tree, left, core, without_dates(doc, tree, described))  # "the bloc's 17th summit"
    return Description("Summit", t.sent, t.i, (start, t.end), label, core_text, content,
                       own | ({"edition"} if edition else set()), variants - {label, ""}, places=places, fullest=fullest)


#: Verbs whose "with" phrase tells who goes along: "attend the summit with X".
_ATTENDED_WITH = frozenset({"attend", "join", "skip", "miss", "boycott", "address"})


#: Nouns for a whole legislature (a chamber is "house" or "chamber" with "upper" or "lower").
LEGISLATURE_NOUNS = frozenset({"parliament", "legislature"})


def _describe_legislature(doc: Document, tree: Tree, t: Token, covered: set[int]) -> Description | None:
    """"the Polish parliament", "Armenia's parliament", "the parliament of Chile": a state's
    legislature the text does not name. Without its state ("the parliament") it is none in particular."""
    toks = tree.toks
    if t.tag in {"NNS", "NNPS"}:
        return None  # "the parliaments of A and B": each state's own, not one body
    left = [c for c in tree.children[t.i] if c < t.i and toks[c].dep in {"amod", "compound", "nmod", "poss"}]
    left_span = contiguous_left(sorted(i for c in left for i in tree.subtree(c)), t.i)
    states = [i for i in left_span if i in covered and type_at(doc, toks[i]) == "State"]
    right: list[int] = []
    if not states:
        right = [o for p in tree.kids(t.i, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj")
                 if o in covered and type_at(doc, toks[o]) == "State"]
    if not states and not right and t.lemma not in LEGISLATURE_NOUNS:
        # "the upper house of Russia's parliament": the chamber of the state whose parliament it is
        whole = [o for p in tree.kids(t.i, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj")
                 if toks[o].lemma in LEGISLATURE_NOUNS]
        states = [i for o in whole for i in tree.subtree(o) if i < o and i in covered and type_at(doc, toks[i]) == "State"]
        if states:
            right = [i for o in whole for i in tree.subtree(o)]
            states_of = {m.entity for i in states for m in doc.mentions if m.start <= toks[i].start < m.end and m.entity}
            core = [i for i in left_span if toks[i].lower not in {"a", "an", "the", "this", "that", "its", "their"}] + [t.i]
            label = render(toks, core + [i for p in tree.kids(t.i, "prep") if toks[p].lower == "of" for i in [p] + right])
            return Description("Legislature", t.sent, t.i, (toks[core[0]].start, t.end), label, render(toks, core),
                               {f"state:{k}" for k in states_of}, set(), set(), {toks[i].lower for i in states})
    if not states and not right:  # "the lower house": one chamber still, of the state the article tells of
        return Description("Legislature", t.sent, t.i, *ranked) if (ranked := ranked_chamber(tree, t, covered)) else None
    if any(i in covered and type_at(doc, toks[i]) != "State" for i in left_span):
        return None  # part of another name
    core = [i for i in left_span if toks[i].lower not in {"a", "an", "the", "this", "that", "its", "their"}] + [t.i]
    label = render(toks, core + [i for o in right for i in (tree.head(o), o) if i is not None])
    # told apart by its state, however written: "Polish parliament" is "the parliament of Poland"
    states_of = {m.entity for i in states + right for m in doc.mentions if m.start <= toks[i].start < m.end and m.entity}
    start = toks[core[0]].start
    return Description("Legislature", t.sent, t.i, (start, t.end), label, render(toks, core),
                       {f"state:{k}" for k in states_of}, set(), set(), {toks[i].lower for i in states + right})
