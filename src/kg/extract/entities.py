"""Entities: mentions that name the same thing become one entity with a label, type and aliases.

Names corefer by Wikidata item, by acronym, by surname ("Jacinda Ardern" ... "Ardern") and by the
same normalised name; a demonym ("Indian") is an alias of its state.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

from kg.extract.bodies_of_states import as_bodies_of_states
from kg.extract.gazetteer_index import namesakes_type, sole_state
from kg.extract.legislature_names import named_in_full, named_with_its_state
from kg.extract.lexicon import load_lexicon
from kg.extract.name_bounds import title_before_parties
from kg.extract.place_units import add_unit_aliases
from kg.extract.styled_names import add_styled_aliases, past_courtesy
from kg.extract.title_order import other_orders
from kg.model import Document, Entity, Mention
from kg.text import DESCENT, PERSON_TITLES, label_key, lookup_key, slug, spelling_fold

_TITLES = re.compile(f"^(?:{'|'.join(re.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))})\\s+", re.IGNORECASE)
#: Types whose one-word mentions may be a longer name's short form ("Ardern", "Senate", "Rada").
_SHORTENED = {"Person", "Legislature", "Organization", "ArmedForces", "InternationalOrganization"}
_PERSON_SUFFIX = re.compile(r"\s+(jr\.?|sr\.?|ii|iii)$", re.IGNORECASE)


def resolve_entities(doc: Document, gazetteer=None) -> Document:
    """Group ``doc.mentions`` into ``doc.entities`` and point each mention at its entity."""
    entities: dict[str, Entity] = {}
    by_name: dict[tuple[str, str, str | None], str] = {}
    owners: dict[str, str] = {}  # a body's entity -> the QID of the state whose body it is
    persons: list[str] = []
    acronyms: dict[str, tuple[int, int]] = doc.annotations.get("acronyms", {})
    span_entity: dict[tuple[int, int], str] = {}
    same_as: dict[tuple[int, int], tuple[int, int]] = doc.annotations.get("same_as", {})

    def new_entity(m: Mention, key: str) -> Entity:
        label = m.text
        if m.qid and gazetteer is not None:
            entry = gazetteer.get(m.qid)
            # (a body's listed name that needs its owner keeps the owner the text gives it: "Kenyan
            # National Assembly", not "National Assembly")
            if entry is not None and not (m.type in {"Legislature", "Organization", "ArmedForces"}
                                          and m.text.endswith(" " + entry.label)):
                label = entry.label
        ent = Entity(key=key, type=m.type, label=label, qid=m.qid, confidence=1.0 if m.qid else 0.0)
        entities[key] = ent
        return ent

    # full names before short forms, so "Ardern" in a headline joins "Jacinda Ardern" below it, and
    # "Senate" in a headline the "Philippine Senate" of the body
    ordered = sorted(doc.mentions, key=lambda m: (m.kind == "acronym", (m.type in _SHORTENED or m.text in _CHAMBERS)
                                                  and " " not in m.text, m.start))
    for m in ordered:
        original = m
        key = None
        if m.qid:
            key = "wd-" + m.qid
        elif m.kind == "acronym":
            target = acronyms.get(m.text)
            key = span_entity.get(target) if target else None
        elif m.span in same_as:  # "the X Dialogue, an annual summit of ...": one thing, two names
            key = span_entity.get(same_as[m.span])
        if key is None and (m.type == "Person" or m.type in {"Organization", "Place"} and " " not in m.text):
            key = _person_key(m.text, persons, entities, tagged_person=m.type == "Person")
            if key is not None:
                m.type = "Person"
        if key is None and not m.qid:
            key = _half_of_a_state(doc, m) or _state_by_its_form(doc, m, gazetteer)
            if key is not None:
                m.type = "State"
        if m.kind == "service":  # a label the finder gave: "Indian Military", "port of Duqm" for "Duqm port"
            label = doc.annotations.get("service_labels", {}).get(m.span, m.text)
            m = Mention(m.start, m.end, label, m.type, kind="name", sentence=m.sentence)
            key = by_name.get((label_key(label), _coarse(m.type), None))
        owner = _owner(doc, m, gazetteer)
        if key is None and not m.qid:
            key = _short_name_key(m, entities, doc.text)
            if key is not None and owner and owners.get(key, owner) != owner:
                key = None  # "Chile's Senate" is not the "Bolivian Senate" named before it
            if key is not None:
                m.type = entities[key].type
        short = title_before_parties(m)
        if key is None:
            key = by_name.get((label_key(m.text), _coarse(m.type), owner))
        if key is None and short:
            key = by_name.get((label_key(short), _coarse(m.type), owner))
        if key is None and m.type == "Organization" and " " not in m.text and not m.qid:
            key = by_name.get((label_key(m.text), "Place", None))  # "Laikipia residents": the place named before
            m.type = entities[key].type if key is not None else m.type
        if key is None and owner:
            key = by_name.get((label_key(m.text), _coarse(m.type), None))
            if key is not None and owners.get(key, owner) != owner:
                key = None
        if key is None:
            key = f"{m.type.lower()}-{slug(m.text)}"
        ent = entities.get(key) or new_entity(m, key)
        if m.type == "Person" and key not in persons:
            persons.append(key)
        original.entity = key
        span_entity[m.span] = key
        if original.kind == "service" and label_key(original.text) != label_key(ent.label) \
                and not ent.label.endswith(" " + original.text):  # "navy" of "Peru's navy" is no name
            ent.aliases.add(original.text)  # "Duqm port" beside "port of Duqm"
        if (m.kind in {"demonym", "acronym", "alias"} or label_key(m.text) != label_key(ent.label)) and m.text != ent.label:
            ent.aliases.add(m.text)
        if m.kind == "acronym":
            ent.attributes["acronym"] = m.text
        if ent.label.isupper() and not m.text.isupper() and label_key(m.text) == label_key(ent.label) and not ent.qid:
            ent.aliases.add(ent.label)  # a dateline's "ZENDA COSMODROME": the body's "Zenda Cosmodrome"
            ent.label = m.text
        if m.kind == "name" and m.type == ent.type and len(m.text) > len(ent.label) and not ent.qid \
                and (m.type != "Person" or past_courtesy(m.text) == m.text):  # "Ayatollah X" is no fuller "Ali X"
            ent.aliases.add(ent.label)
            ent.label = _PERSON_SUFFIX.sub(lambda s: s.group(0), m.text)
        if owner and key not in owners:
            owners[key] = owner
        by_name.setdefault((label_key(m.text), _coarse(m.type), owner), key)
        if m.type == "Agreement" and m.kind == "name":  # "the Treaty on Open Skies", later "the Open Skies Treaty"
            for other in other_orders(m.text, frozenset(load_lexicon().heads.get("Agreement", ()))):
                by_name.setdefault((label_key(other), _coarse(m.type), owner), key)
        if short:  # "the X Agreement between A and B": "the X Agreement" too
            ent.aliases.add(short)
            by_name.setdefault((label_key(short), _coarse(m.type), owner), key)
        if owner:
            by_name.setdefault((label_key(m.text), _coarse(m.type), None), key)
    _chamber_told_first(doc, entities)
    named_in_full(doc, entities, _UPPER)
    named_with_its_state(doc, entities, gazetteer)
    add_styled_aliases(doc, entities)  # "King X" where the text styles the person so
    add_unit_aliases(doc, entities)  # "the X region", "the province of Y": the place with and without its noun
    for acr, span in acronyms.items():
        key = span_entity.get(span)
        if key in entities:
            entities[key].attributes["acronym"] = acr
            entities[key].aliases.add(acr)
    # "Chile's National Assembly": the possessive form is a name readers use too
    states_at = {o.start: o for o in doc.mentions if o.type == "State"}
    for m in doc.mentions:
        if m.entity and m.type in {"Legislature", "Organization", "ArmedForces"} and m.kind == "name":
            match = re.search(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:'s|\u2019s)\s+$", doc.text[max(0, m.start - 40):m.start])
            if match and any(o.type == "State" and o.start == m.start - len(match.group(0)) for o in doc.mentions):
                entities[m.entity].aliases.add(f"{match.group(1)}'s {m.text}")
            # "the Sejm of Poland": the name with the state it is of, as readers give it
            after = re.match(r" of (?:the )?", doc.text[m.end:m.end + 9])
            if after and m.type == "Legislature" and (state := states_at.get(m.end + after.end())) is not None:
                entities[m.entity].aliases.add(f"{m.text}{after.group(0)}{state.text}")
    # "the Arab League summit in Beirut": a summit's name with the city it is in is its fullest
    # description (FORMAT.md), a form readers use too
    places = {o.start: o for o in doc.mentions if o.type == "Place"}
    for m in doc.mentions:
        if m.entity and m.type == "Summit":
            gap = re.match(r" (?:in|at) ", doc.text[m.end:m.end + 4])
            place = places.get(m.end + 4) if gap is not None else None
            if gap is not None and place is not None:
                entities[m.entity].aliases.add(f"{m.text}{gap.group(0)}{place.text}")
    for m in doc.mentions:
        alias = doc.annotations.get("noun_aliases", {}).get(m.span)
        if alias and m.entity:
            entities[m.entity].aliases.add(alias)
    for demonym, qid in doc.annotations.get("demonyms", []):
        if "wd-" + qid in entities:
            entities["wd-" + qid].aliases.add(demonym)
    _vote_types(doc, entities)
    for ent in entities.values():  # "the Commonwealth": typed as the listed bodies it opens the name of
        if not ent.qid and ent.type == "Organization" and gazetteer is not None:
            ent.type = namesakes_type(gazetteer, ent.label) or ent.type
    as_bodies_of_states(doc, entities)  # "X, a grouping of eight countries"
    _groupings_by_region(doc, entities)
    doc.entities = entities
    return doc


#: nouns a grouping is described by, not named by ("the Gulf bloc"); a name's own head noun
#: ("Andean Forum", "Baltic Council") makes it a name of its own
_GROUPING_NOUNS = frozenset({"bloc", "grouping", "club", "group"})
_NAME_HEADS = frozenset({"alliance", "union", "forum", "community", "council", "organisation", "organization",
                         "association", "league", "pact", "initiative", "partnership", "conference", "commission"})


#: the endings of a region's adjective ("African", "Nordic", "Baltic", "Eastern")
_ADJECTIVAL = re.compile(r"(?:an|ic|ish|ese|ern)$")


def _groupings_by_region(doc: Document, entities: dict[str, Entity]) -> None:
    """"the Gulf bloc", "the West African bloc", "the Southeast Asian grouping": an organisation
    described by the region in its name is the one organisation of the article whose name holds
    those words."""
    for key, ent in list(entities.items()):
        if ent.type != "InternationalOrganization" or ent.qid:
            continue
        words = ent.label.split()
        if words and words[-1].lower() in _GROUPING_NOUNS:
            words = words[:-1]
        elif not words or not _ADJECTIVAL.search(words[-1]):
            continue  # a bare name is a region's adjective ("the West African" of a clipped "bloc"), not a place's name
        if not words or words[-1].lower() in _NAME_HEADS or not all(w[:1].isupper() for w in words):
            continue
        pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])")
        hits = [k for k, e in entities.items() if k != key and e.type == "InternationalOrganization"
                and any(pattern.search(n) for n in (e.label, *e.aliases))]
        if len(hits) != 1:
            continue
        target = entities[hits[0]]
        target.aliases.add(ent.label)
        for m in doc.mentions:
            if m.entity == key:
                m.entity = target.key
        del entities[key]


def _half_of_a_state(doc: Document, m: Mention) -> str | None:
    """"cooperation with the North" in an article naming North Korea: that state (the one state
    whose name the compass word opens)."""
    if m.text not in {"North", "South", "East", "West"} or doc.text[max(0, m.start - 4):m.start].lower() != "the ":
        return None
    named = {o.qid for o in doc.mentions if o.type == "State" and o.qid and o.text.startswith(m.text + " ")}
    return "wd-" + named.pop() if len(named) == 1 else None


#: Words for a form of state that open states' formal names ("Kingdom of Saudi Arabia").
_STATE_FORMS = {"kingdom", "sultanate", "emirate", "emirates", "republic", "principality", "federation"}


def _state_by_its_form(doc: Document, m: Mention, gazetteer) -> str | None:
    """"the Kingdom's ports", "the Sultanate has mediated", a headline's "Kingdom hosts talks": the
    nearest state named before it whose
    formal name that word opens (the one named after it, failing that)."""
    word = m.text.lower()
    if gazetteer is None or word not in _STATE_FORMS:
        return None
    if doc.text[max(0, m.start - 4):m.start].lower() != "the " and "\n" in doc.text[:m.start]:  # headlines drop "the"
        return None
    states = [o for o in doc.mentions if o.type == "State" and o.qid]
    fitting = [o for o in states if (e := gazetteer.get(o.qid)) is not None
               and any(n.lower().startswith(word + " ") or f" {word}" in n.lower() for n in (e.label, *e.aliases))]
    before = [o for o in fitting if o.start < m.start]
    chosen = before[-1] if before else (fitting[0] if fitting else None)
    return f"wd-{chosen.qid}" if chosen is not None else None


#: Types whose name is shared by many states' bodies ("Senate", "Navy", "Ministry of Defence").
_OWNED = frozenset({"Legislature", "ArmedForces", "Organization"})
_POSSESSOR = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})(?:'s|\u2019s)\s+$")


def _owner(doc: Document, m: Mention, gazetteer) -> str | None:
    """The state whose body a name is, by the name's own words: a possessive before it ("Chile's
    Senate"), a demonym or a state's name opening it ("the Bolivian Senate") or closing it after
    "of" ("the Senate of Peru")."""
    if m.type not in _OWNED or gazetteer is None or m.qid:
        return None
    before = _POSSESSOR.search(doc.text[max(0, m.start - 40):m.start])
    words = m.text.split()
    candidates = [before.group(1)] if before else []
    candidates += [" ".join(words[:n]) for n in (2, 1) if len(words) > n]
    if " of " in m.text:
        candidates.append(m.text.rsplit(" of ", 1)[1].removeprefix("the "))
    return next((q for name in candidates if (q := sole_state(gazetteer, name)) is not None), None)


def _coarse(etype: str) -> str:
    """Types one name may be read as in one article: the same entity when the name is the same."""
    if etype in {"State", "Place"}:
        return "Place"
    return "Organization" if etype in {"Organization", "InternationalOrganization"} else etype


def _person_key(text: str, persons: list[str], entities: dict[str, Entity], *,
                tagged_person: bool = False) -> str | None:
    """The person a (partial) name refers to: a surname, or the first word of a name ("Kim" of a
    three-word name, "Xu" of "Xu Weimin", "Prabowo" of "Prabowo Subianto": news in many regions
    calls people by the name they give first), or a person's opening words ("Mohamed Khaled" of
    "Mohamed Khaled Nordin"), when exactly one person named so far carries it."""
    name = past_courtesy(_TITLES.sub("", text).strip())  # "President Ayatollah X" is X
    parts = name.split()
    hits = []
    for key in persons:
        names = [entities[key].label, *entities[key].aliases]
        for full_name in names:
            full = full_name.replace("-", " ").split()
            if not full:
                continue
            if name == full_name or (len(parts) == 1 and _own_word(parts[0], full)) or (
                    len(parts) >= 2 and parts[-1] == full[-1] and parts[0] == full[0]):
                return key
            words = name.replace("-", " ").split()
            if len(words) == len(full) >= 2 and words[-1] == full[-1] and sum(a != b for a, b in zip(words, full)) == 1 \
                    and all(a == b or _respelled(a, b) for a, b in zip(words, full)):
                return key  # "Bidya Devi X" of "Bidhya Devi X", "Kassym-Zhomart X": a given name transliterated two ways
            tail = name.replace("-", " ").lower().split()
            if 2 <= len(tail) < len(full) and tail == [f.lower() for f in full[-len(tail):]]:
                return key  # "Von der Leyen", "de Gaulle", "Mensah-Boateng": a surname of several words
            if len(parts) == 1 and len(full) >= 2 and parts[0] == full[0]:
                hits.append(key)  # "Prabowo" of "Prabowo Subianto" (a place or body only to the recogniser)
            if 2 <= len(parts) < len(full) and parts == full[:len(parts)] and tagged_person:
                hits.append(key)  # "Mohamed Khaled" of "Mohamed Khaled Nordin": a name's opening words
    return hits[0] if len(set(hits)) == 1 else None


def _own_word(word: str, full: list[str]) -> bool:
    """Is one word a later word of a person's name, and not the father's name a "bin" gives ("Khalid"
    of "Faisal bin Khalid" is his father, King Khalid)?"""
    return any(w == word and full[i - 1].lower() not in DESCENT for i, w in enumerate(full) if i >= 1)


def _respelled(a: str, b: str) -> bool:
    """One letter more or fewer ("Mohamed"/"Mohammed"), or one other in a long given name
    ("Sergei"/"Sergey"; not "Mark"/"Mary"); or the same name in two transliterations of one
    alphabet's letters ("Kassym-Zhomart"/"Kassym-Jomart", "Yevgeny"/"Evgeny")."""
    if a != b and len(a) >= 4 and spelling_fold(lookup_key(a)) == spelling_fold(lookup_key(b)):
        return True
    shorter = min(len(a), len(b))
    return a != b and a[0].lower() == b[0].lower() and (shorter >= 4 if len(a) != len(b) else shorter >= 6) \
        and Levenshtein.distance(a.lower(), b.lower()) == 1


#: Words for a chamber that "the" makes a name of the legislature the article speaks of ("told the House").
_CHAMBERS = frozenset({"House", "Chamber"})
#: Upper chambers' names: "the House" beside one of them is the other chamber.
_UPPER = frozenset({"Senate", "Lords", "Council", "Bundesrat", "Seanad"})


def _the_one_legislature(entities: dict[str, Entity], but: str | None = None) -> str | None:
    """The article's one legislature a bare "the House" means; none beside an upper chamber ("the
    Senate passed it and the House followed": the House is the other chamber)."""
    bodies = [k for k, e in entities.items() if e.type == "Legislature" and k != but]
    return bodies[0] if len(bodies) == 1 and entities[bodies[0]].label.split()[-1] not in _UPPER else None


def _chamber_told_first(doc: Document, entities: dict[str, Entity]) -> None:
    """"told the House ... walk out of Parliament": a chamber named alone before the article's one
    legislature is that legislature (beside an upper chamber, it is the other one)."""
    for key, e in list(entities.items()):
        if e.type != "Legislature" or e.qid or e.label not in _CHAMBERS:
            continue
        body = _the_one_legislature(entities, but=key)
        if body is None:
            continue
        for m in doc.mentions:
            if m.entity == key:
                m.entity = body
        entities[body].aliases.add(e.label)
        del entities[key]


def _short_name_key(m: Mention, entities: dict[str, Entity], text: str = "") -> str | None:
    """"Rada" after "Verkhovna Rada": one word that ends a named body's label is that body; "the
    House" is the one legislature the article names."""
    if " " in m.text or m.type == "Person" and m.kind != "name":
        return None
    if m.text in _CHAMBERS and text[max(0, m.start - 4):m.start].lower() == "the ":
        return _the_one_legislature(entities)
    hits = [k for k, e in entities.items() if e.type in {"Legislature", "Organization", "ArmedForces", "InternationalOrganization"}
            and " " in e.label and (e.label.split()[-1] == m.text or e.label.split(" of ")[0] == m.text)]
    # "the Senate" after "the Senate of Peru": the name's head before the state it is of
    # "Lauca" for the "Lauca Treaty": a name without its head noun (a summit's name without
    # "summit" names the organisation that holds it, not the summit)
    hits += [k for k, e in entities.items() if e.type == "Agreement" and not e.qid
             and e.label.rsplit(" ", 1)[0] == m.text]
    # "Mora" after "Mora Air Base": a base's or site's first word alone is that place, not a person
    hits += [k for k, e in entities.items() if e.type in {"MilitaryBase", "Facility"} and not e.qid
             and e.label.split()[0] == m.text and len(e.label.split()) > 1]
    return hits[0] if len(set(hits)) == 1 else None


def _vote_types(doc: Document, entities: dict[str, Entity]) -> None:
    # A linked entity keeps its gazetteer type; otherwise the most frequent mention type wins.
    votes: dict[str, Counter] = {}
    for m in doc.mentions:
        if m.entity and m.kind != "demonym":
            votes.setdefault(m.entity, Counter())[m.type] += 1
    for key, ent in entities.items():
        if not ent.qid and key in votes:
            ent.type = votes[key].most_common(1)[0][0]
