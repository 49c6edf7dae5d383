"""A sentence-at-a-time view of a Document that the fact finders share.

It answers the questions every fact rule asks: which entities of which type a sentence names
(demonyms and references included), which agreement "the pact" means, which dates it gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.agreement_years import dated_to
from kg.extract.backdrop_agreements import backdrop, foreground
from kg.extract.description_fits import OTHER, OWN, entity_fit
from kg.extract.document_heads import purchase_told
from kg.extract.entry_heads import head_dates
from kg.extract.lexicon import Lexicon
from kg.extract.nlp import Token, sentence_tokens
from kg.model import Document, Entity, Mention

if TYPE_CHECKING:
    from collections.abc import Collection

    from kg.extract.reference import Resolver

_OTHER = re.compile(r"\b(separate|another|other|different|earlier|previous|second|similar)\s+(\S+\s+){0,2}$", re.IGNORECASE)
#: Agreement nouns that point back as "the pact".
_POINTER_HEADS = frozenset({"agreement", "pact", "treaty", "accord", "deal", "memorandum", "arrangement", "protocol",
                            "convention", "charter"})
AGREEMENT_NOUN = re.compile(r"\b(agreement|pact|treaty|accord|deal|memorandum|partnership|arrangement|protocol|convention|charter"
                             r"|(?<=the )document|(?<=the )contract)s?\b", re.IGNORECASE)


#: Between a state and its entity: "'s" and at most two title words ("Mali's Col. Goïta").
_OWNER_TO_NAME = re.compile(r"(?:'s|\u2019s)\s+(?:[\w.]+\s+){0,2}")
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z .'\u2019-]+(?:\s*\([^)]*\))?,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?[\u2014\u2013-]")
#: What opens a new clause after a comma, not an apposition: ", and is due to travel to X".
_CLAUSE_AFTER = re.compile(r",\s*(?:and|but|or|while|whereas|before|after)\b", re.IGNORECASE)



@dataclass
class Found:
    mention: Mention
    entity: Entity

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end


#: What opens a definite description: "the controversial defence deal", "Ghana's defence pact".
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)


class Context:
    """Sentence-level lookups over one Document."""

    #: The references of the document's frames, set when facts are read (``kg.extract.facts``).
    resolver: Resolver

    def __init__(self, doc: Document, lexicon: Lexicon, gazetteer=None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.by_sentence: dict[int, list[Found]] = {}
        self.reindex()
        self.dates = doc.annotations.get("dates", [])

    def reindex(self) -> None:
        """Index the entities each sentence names (again, after mentions change hands)."""
        doc = self.doc
        self.by_sentence = {}
        pronouns = doc.annotations.get("pronouns", [])  # "he" found as the person it means
        for m in sorted([*doc.mentions, *pronouns], key=lambda m: m.start):
            if m.entity and m.entity in doc.entities:
                self.by_sentence.setdefault(m.sentence, []).append(Found(m, doc.entities[m.entity]))

    # -- entities ---------------------------------------------------------------------------
    def found(self, s: int, *types: str) -> list[Found]:
        items = self.by_sentence.get(s, [])
        if not types:
            return list(items)
        out = []  # a plain loop: asked by every reader of every sentence
        for f in items:
            if f.entity.type in types:
                out.append(f)
        return out

    def states(self, s: int) -> list[Found]:
        """State mentions, with capitals named as metonyms mapped to their state when it is known."""
        return self.found(s, "State")

    def unique(self, found: list[Found]) -> list[Entity]:
        seen, out = set(), []
        for f in found:
            if f.entity.key not in seen:
                seen.add(f.entity.key)
                out.append(f.entity)
        return out

    def country_of(self, ent: Entity) -> Entity | None:
        """The state an entity belongs to (a capital, a legislature, a leader), if the article names it."""
        qid = self.country_qid(ent)
        if qid:
            for e in self.doc.entities.values():
                if e.qid == qid and e.type == "State":
                    return e
        # "<State>'s <entity>" anywhere in the article ("Norway's Storting")
        for m in self.doc.mentions:
            if m.entity == ent.key:
                for f in self.found(m.sentence, "State"):
                    # (not past another name: "Kenya's Mwangi visits Tokyo" is no Kenyan Tokyo)
                    if f.end <= m.start and re.fullmatch(_OWNER_TO_NAME, self.doc.text[f.end:m.start]) and not any(
                            f.end <= g.start and g.end <= m.start for g in self.found(m.sentence)):
                        return f.entity
        placed = self._placed_by_apposition(ent)
        if placed is not None and placed.type == "State":
            return placed
        # a demonym or state name inside the name ("Philippine Senate", "Indian Armed Forces")
        words = ent.label
        for e in self.doc.entities.values():
            if e.type != "State":
                continue
            # every name the state goes by, not only those this article uses ("Türkiye")
            entry = self.gazetteer.get(e.qid) if e.qid and self.gazetteer is not None else None
            known = [*entry.aliases, *entry.demonyms] if entry is not None else []
            for name in [e.label, *e.aliases, *known]:
                # the substring test first: a pattern per name is compiled anew once re's cache is full
                if len(name) > 2 and name in words and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", words):
                    return e
        return None

    def country_qid(self, ent: Entity, _seen: frozenset[str] = frozenset()) -> str | None:
        """The Wikidata item of the state a place lies in, whether or not the article names that
        state: the gazetteer's, or for a place it does not know, the one the text places it by."""
        if ent.type == "State":
            return ent.qid
        if ent.qid and self.gazetteer is not None:
            entry = self.gazetteer.get(ent.qid)
            if getattr(entry, "country", None):
                return str(entry.country)
        placed = self._placed_by_apposition(ent)
        if placed is not None and placed.key not in _seen:
            return self.country_qid(placed, _seen | {ent.key})
        return None

    def _placed_by_apposition(self, ent: Entity) -> Entity | None:
        """A place the gazetteer does not know, placed by what the text says right after it:
        "Xanadu, a town 70 km from <city>", "Xanadu, <State>", "Xanadu in northern <State>"."""
        if ent.type != "Place" or ent.qid:
            return None
        for m in self.doc.mentions:
            if m.entity != ent.key or not re.match(r",|\s+(?:in|near)\b", self.doc.text[m.end:m.end + 6]):
                continue
            window = re.split(r"[;.()\u2014]", self.doc.text[m.end:m.end + 120])[0]
            if _CLAUSE_AFTER.match(window):
                continue  # "... the only such base in the region, and flies on to X": a new clause, no apposition
            for f in self.found(m.sentence, "State", "Place"):  # (a demonym places nothing: "X, where Chilean troops")
                if m.end < f.start <= m.end + len(window) and f.entity.key != ent.key and f.mention.kind != "demonym":
                    return f.entity
        return None

    # -- agreements -------------------------------------------------------------------------
    def agreements(self, s: int) -> list[Entity]:
        """Agreements the sentence speaks of: by name, or by a noun like "the pact" (the nearest)."""
        named = self.unique(self.found(s, "Agreement"))
        if named:
            return named
        sent = self.doc.sentences[s].text
        noun = AGREEMENT_NOUN.search(sent)
        if noun and _OTHER.search(sent[max(0, noun.start() - 40):noun.start()]):
            return []  # "a separate accord", "another treaty": not the one named elsewhere
        if noun and (self._other_indefinite(s, sent, noun) or not purchase_told(self.doc, noun.group(1))):
            return []  # "a free trade deal with X" about an article's other, unnamed business
        if noun:
            phrase = sent[max(0, noun.start() - 50):noun.end()]
            ref = self.best_agreement(s, phrase)
            return [ref] if ref else []
        if re.match(r"\s*(it|this)\b", sent, re.IGNORECASE) or self._agreement_pronoun(s):
            ref = self.nearest_agreement(s, told=True)
            return [ref] if ref else []
        return []

    def _agreement_pronoun(self, s: int) -> bool:
        """"Japan's Diet approved it": "it" is what a ratification or signing verb acts on."""
        from kg.extract.frames import load_frames
        verbs = load_frames().verbs_of("ratification", "signing")
        toks = self.doc.annotations["tokens"]
        return any(t.lower == "it" and t.dep in {"dobj", "nsubjpass"} and toks[t.head].lemma in verbs
                   for t in self.tokens(s))

    def _other_indefinite(self, s: int, sent: str, noun: re.Match[str]) -> bool:
        m = re.search(r"\b(?:a|an)\s+((?:[\w-]+\s+){1,4})$", sent[max(0, noun.start() - 60):noun.start()])
        return m is not None and self.other_indefinite(s, m.group(1))

    def other_indefinite(self, s: int, words: str, at: int | None = None) -> bool:
        """An indefinite "a <words> deal" sharing no word stem with any agreement the article has
        already named (before offset ``at``, else before sentence ``s``) speaks of something else."""
        stems = {w[:5] for w in re.findall(r"[a-z]{4,}", words.lower())} - {"key", "new", "landm", "histo", "sweep"} \
            - {"agree", "pact", "treat", "accor", "memor", "deal", "text", "docum", "versi", "draft"}
        agreements = [e for e in self.doc.entities.values() if e.type == "Agreement"]
        if not stems or not agreements:
            return False
        # a lede's "a ... agreement" is often named only later (cataphora): only when every
        # agreement was named before this sentence can an unmatched one be another
        if at is None:
            first = {m.entity: m.sentence for m in reversed(self.doc.mentions) if m.entity}
            if any(first.get(e.key, 0) >= s for e in agreements):
                return False
        else:
            first_at = {m.entity: m.start for m in reversed(self.doc.mentions) if m.entity}
            if any(first_at.get(e.key, 0) >= at for e in agreements):
                return False
        named_stems = {w[:5] for e in agreements for w in re.findall(r"[a-z]{4,}", " ".join([e.label, *e.aliases]).lower())}
        return not (stems & named_stems)

    def best_agreement(self, s: int, phrase: str, at: int | None = None, *, besides: Collection[Entity] = ()) -> Entity | None:
        """The agreement a common noun phrase means ("a sweeping partnership treaty"): the one
        whose name shares most words with it, then the most mentioned, then the nearest (named before offset ``at``,
        when given: "the treaty" does not point forward); never one of ``besides`` ("it replaces the X Treaty")."""
        if not (agreements := [e for e in self.doc.entities.values() if e.type == "Agreement" and e not in besides]):
            return None
        words = set(re.findall(r"[a-z]{4,}", phrase.lower())) - {"agreement", "treaty", "pact", "accord", "deal", "with", "that", "this", "which"}
        dated = dated_to(self.doc, phrase)  # "the 1974 agreement": first the one the text dates to 1974
        counts: dict[str, int] = {}
        last_seen: dict[str, int] = {}
        for m in self.doc.mentions:
            if m.entity:
                counts[m.entity] = counts.get(m.entity, 0) + 1
                if (m.sentence < s or m.sentence == s and (at is None or m.start < at)) and not self.aside(m):
                    last_seen[m.entity] = m.sentence

        story = self.story_agreement()
        # an indefinite "a memorandum under which ..." is not the story's by being the story's
        rival_here = story is not None and (re.match(r"\s*(?:a|an)\b", phrase, re.IGNORECASE) is not None or any(
            last_seen.get(e.key) == s for e in agreements if e is not story))
        nouns = AGREEMENT_NOUN.findall(phrase.lower())
        noun: str = nouns[-1] if nouns else ""

        def score(e: Entity) -> tuple:
            # a kind of document only its own noun names first ("the pact" is no charter or
            # protocol); then shared words; then one named in this or the previous sentence (a
            # definite "the treaty" points back); then the article's main agreement (the most named)
            # (the kinds each noun may name: data, kg.extract.description_fits)
            label_words = set(re.findall(r"[a-z]{4,}", " ".join([e.label, *e.aliases]).lower()))
            level = entity_fit(noun.removesuffix("s"), e)
            fits = level > OTHER
            # "the treaty" after a named treaty and an unnamed arrangement: the one its noun names
            same = level == OWN
            recent = last_seen.get(e.key, -10) >= s - 1
            return (fits, e.key in dated, len(words & label_words), same, self.salience(e, counts, recent, rival_here),
                    last_seen.get(e.key, -1))

        return max(agreements, key=score)

    def story_agreement(self) -> Entity | None:
        """The agreement the story is about: the first one its lede (the first two story lines)
        names, outside an aside. A later "the agreement" or "it" with nothing else to go by most
        often means it, not one named in between for comparison ("unlike the X Accord", "it
        replaces Y"). A headline's name is left out (a headline's words are often cut or
        mistyped), as is a description (the lede's "a new pact" is often named just after)."""
        if "_story" not in self.__dict__:
            from kg.extract.description_identity import set_against_a_pointer
            from kg.extract.special_mentions import headline_sentences
            from kg.extract.tree import document_tree

            top = headline_sentences(self.doc)
            lede = [i for i in range(len(self.doc.sentences)) if i not in top][:2]
            tree = document_tree(self.doc)
            # (nor a name a bare "the pact" is set against: "The pact updates the 1998 X Agreement")
            told = [f for i in lede for f in self.found(i, "Agreement") if f.mention.kind != "pronoun"
                    and not self.aside(f.mention) and not set_against_a_pointer(tree, f.start, _POINTER_HEADS)]
            # a name or a definite description ("Parliament ratified the defence deal between A and B"), else one the lede only describes
            self.__dict__["_story"] = next((f.entity for f in told if f.mention.kind != "description" or _DEFINITE_BEFORE.search(
                self.doc.text[max(0, f.start - 12):f.start])), None) or next((f.entity for f in told if f.entity.attributes.get("unnamed")), None)
        return self.__dict__["_story"]

    def salience(self, e: Entity, counts: dict[str, int], recent: bool, rival_here: bool = False) -> float:
        """How much a passage is about an agreement: how often the article names it, whether it
        was named just before, and whether it is the story's own (which outweighs one mention of
        another in the sentence before, not two, nor one in the reference's own sentence:
        ``rival_here``)."""
        story = 2 if e is self.story_agreement() and not rival_here else 0
        return counts.get(e.key, 0) + (1.5 if recent else 0) + story

    def aside(self, m: Mention) -> bool:
        """Is the mention inside a clause that only qualifies something else ("after X added a
        preamble recalling the Y Treaty", "the pact, which replaced the Y Treaty")? A reader does
        not take it for the one a later "the treaty" means, nor a clause's backdrop (`backdrop_agreements`)."""
        toks: list[Token] = self.doc.annotations.get("tokens", [])
        k = next((t.i for t in sentence_tokens(self.doc, m.sentence) if t.start == m.start), None)
        while k is not None and toks[k].dep != "ROOT" and toks[k].head != k:
            if toks[k].dep in _ASIDE_CLAUSES:
                return True
            k = toks[k].head
        return m.type == "Agreement" and backdrop(self.doc, m)

    def nearest_agreement(self, s: int, *, told: bool = False) -> Entity | None:
        named = [f for i in range(s, -1, -1) for f in self.found(i, "Agreement")]  # told: for "it", asides and backdrops last
        before = foreground(self.doc, named, self.aside) if told else named
        if before:
            return before[0].entity if len(before) == 1 else min(before, key=lambda f: -f.start).entity
        for i in range(s + 1, len(self.doc.sentences)):
            after = self.found(i, "Agreement")
            if after:
                return after[0].entity
        return None

    # -- dates ------------------------------------------------------------------------------
    def dates_in(self, s: int, granularity: str = "day"):
        """The sentence's dates of that granularity; not a dateline's ("ULAANBAATAR, Feb. 19 —"): when it was filed."""
        sent, text = self.doc.sentences[s], self.doc.text  # (a chronology entry's head date is its own: entry_heads)
        return [d for d in self.dates if sent.start <= d.start < sent.end and d.granularity == granularity
                and not (_DATELINE_BEFORE.fullmatch(text, sent.start, d.start) and _DATELINE_AFTER.match(text, d.end))] \
            or head_dates(self.doc, self.dates, s, granularity)

    def tokens(self, s: int) -> list[Token]:
        return sentence_tokens(self.doc, s)

    def sentence(self, s: int) -> str:
        return self.doc.sentences[s].text

    def local(self, s: int, offset: int) -> int:
        return offset - self.doc.sentences[s].start


#: Clauses that qualify a word of their sentence rather than tell its main news.
_ASIDE_CLAUSES = frozenset({"acl", "relcl", "advcl"})


# -- syntax ---------------------------------------------------------------------------------------
_TRANSPARENT = {"conj", "appos", "compound", "cc", "amod", "nmod", "flat"}
_AGENT_PREPS = {"by", "with", "between", "and"}


def head_token(ctx: Context, f: Found) -> Token | None:
    """The token of a mention whose syntactic head lies outside it."""
    a, b = f.start, f.end  # (properties: read once, not for every token of the sentence)
    toks = [t for t in ctx.tokens(f.mention.sentence) if a <= t.start < b]
    for t in toks:
        if not (a <= ctx.doc.annotations["tokens"][t.head].start < b) or t.head == t.i:
            return t
    return toks[-1] if toks else None


def role(ctx: Context, f: Found, trigger: int, agent_preps: frozenset[str] = frozenset(_AGENT_PREPS)) -> str | None:
    """How a mention attaches to the trigger token: "subject", "agent" (by/with/between X),
    "possessor" (X's ... trigger), "object", or None when it hangs off another clause."""
    all_toks: list[Token] = ctx.doc.annotations["tokens"]
    trig = all_toks[trigger]
    if trig.dep == "relcl" and f.start <= all_toks[trig.head].start < f.end and any(
            t.head == trig.i and t.dep in {"nsubj", "nsubjpass"} and t.lower in {"who", "that", "which"}
            for t in ctx.tokens(trig.sent)):
        return "subject"  # "X, who arrived in Hanoi last week": X arrived
    direct = _direct_role(ctx, f, trigger, agent_preps)
    if direct is None and trig.dep == "conj" and trig.head != trig.i and not any(
            t.head == trig.i and t.dep in {"nsubj", "nsubjpass"} for t in ctx.tokens(trig.sent)) \
            and all_toks[trig.head].pos in {"VERB", "AUX"}:
        shared = role(ctx, f, trig.head, agent_preps)  # "X spoke with Y and will visit Z": X visits
        return shared if shared == "subject" else None
    return direct


def _direct_role(ctx: Context, f: Found, trigger: int, agent_preps: frozenset[str]) -> str | None:
    all_toks: list[Token] = ctx.doc.annotations["tokens"]
    t = head_token(ctx, f)
    path: list[tuple[str, str]] = []
    steps = 0
    while t is not None and t.i != trigger and steps < 10:
        if steps and t.pos in {"VERB", "AUX"}:
            return None  # the path runs through another clause's verb
        path.append((t.dep, t.lower))
        if t.head == t.i:
            return None
        t = all_toks[t.head]
        steps += 1
    if t is None or t.i != trigger:
        return None
    deps = [d for d, _ in path if d not in _TRANSPARENT]
    words = [w for d, w in path if d == "prep"]
    if not deps:
        return "subject" if path else None
    first = deps[0]
    if first in {"nsubj", "nsubjpass"} or deps[:2] == ["poss", "nsubj"] or deps[:2] == ["poss", "nsubjpass"]:
        return "subject"
    if first == "pobj" and len(deps) >= 2 and deps[1] in {"prep", "agent"} and (deps[1] == "agent" or words[:1] and words[0] in agent_preps):
        return "agent"
    if deps[:3] in (["poss", "pobj", "agent"], ["poss", "pobj", "prep"]) and (deps[2] == "agent" or words[:1] and words[0] in agent_preps):
        return "agent"  # "approved by Japan's parliament"
    if first == "poss" and len(deps) == 1:
        return "possessor"  # "Russia's ratification": the possessor of a nominal trigger
    if first in {"dobj", "attr"}:
        return "object"
    return None
