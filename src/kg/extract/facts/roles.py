"""Offices: who holds which office of which state or body.

Titles (:mod:`kg.extract.titles`) are tied to the person they name (before the name, in apposition
either side, as a copula's subject, coordinated, a plural title with its list of names, a description
after the name: "X ... the Russian president"), with whose office it is: the owner the phrase names, else
the state the linked person serves, a coordinated title's, an organisation's for its offices, or the
one state the passage leaves. Former offices are not recorded.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context, Found
from kg.extract.facts import office_lists
from kg.extract.facts.common import make_fact, states_in_name
from kg.extract.facts.described_holders import described_holders, titled_elsewhere
from kg.extract.facts.ministry_heads import chaired_bodies, ministry_titles
from kg.extract.facts.office_lists import listed_holders, listed_names, portfolio_of
from kg.extract.facts.owners import (
    Holding,
    Names,
    inferred_owner,
    named_owner,
    same_person,
)
from kg.extract.facts.state_named_holders import state_named_holders
from kg.extract.facts.then_offices import told_of_then
from kg.extract.name_bounds import ADDRESS_MARKS, POSTNOMINALS, courtesy_run
from kg.extract.nlp import Token, sentence_bounds
from kg.extract.styled_names import courtesy_only
from kg.extract.titles import Title, find_titles
from kg.model import Entity, Fact


def offices(ctx: Context) -> Iterator[Fact]:
    """Who holds which office of which state or body: titles (:mod:`kg.extract.titles`) tied to
    the people they name, with the owner the phrase or the article gives."""
    words = ctx.lexicon.titles
    names = Names(ctx)
    toks = names.toks
    holdings: list[tuple[int, Holding]] = []
    described: list[tuple[int, Holding]] = []
    # every sentence, the first line too: a title is read on its words, whatever the parse of a
    # headline or lede is worth ("US President X greets ...")
    for s in range(len(ctx.doc.sentences)):
        lo, hi = sentence_bounds(ctx.doc, s)
        titles = names.titles[s] = find_titles(words, toks, lo, hi, names, ctx.lexicon.head_type)
        people = names.people(lo, hi)
        found = _attach(ctx, titles, people, toks, hi, names.pronoun_at, names.at)
        for title, subject in ministry_titles(words, toks, lo, hi, names):  # "X, who heads the foreign ministry"
            p = names.at.get(subject) or names.pronoun_at.get(subject)
            if p is not None and p.entity.type == "Person":
                found.append(Holding(p, title, "copula", _ministry_state(ctx, names, title)))
        for title, subject, body in chaired_bodies(toks, lo, hi):  # "X, who chairs the committee"
            p, b = names.at.get(subject) or names.pronoun_at.get(subject), names.at.get(body)
            if p is not None and p.entity.type == "Person" and b is not None and b.entity.type in _CHAIRED:
                found.append(Holding(p, title, "copula", b.entity))
        described += [(s, h) for h in described_holders(ctx, names, s, titles, found, toks)]
        for h in found:
            fuller = portfolio_of(h.title, [*names.titles.get(s - 1, []), *titles])
            if fuller is not None:  # "the defence ministers of A and B ...; the Latvian minister, X"
                h.title.label = fuller
            holdings.append((s, h))
    holdings = [(s, h) for s, h in holdings if not (h.title.former or h.title.descriptive)]
    state_of = ctx.doc.annotations.setdefault("office_state", {})
    out: list[Fact] = []
    for s, h in holdings:  # owners named in the phrase first, so that others can lean on them
        if h.owner is None and not h.title.unnamed_owner:
            h.owner = named_owner(ctx, names, h, toks)
        if h.owner is not None and h.owner.type == "State":
            state_of.setdefault(h.person.entity.key, h.owner)
        elif h.owner is not None and h.owner.type == "Legislature" and h.title.legislative:  # one seat (legislator_bodies)
            ctx.doc.annotations.setdefault("legislator_seat", {}).setdefault(h.person.entity.key, h.owner)
    told_before: dict[tuple[str, str], Entity] = {}
    for s, h in holdings:
        if h.owner is None and not h.title.unnamed_owner and h.how == "appointed":
            h.owner = same_person(s, h, holdings) or _appointer_state(ctx, names, h, toks)
        if h.owner is None and not h.title.unnamed_owner:
            h.owner = same_person(s, h, holdings) or _named_elsewhere(h, state_of) \
                or told_before.get((h.person.entity.key, h.title.label)) \
                or inferred_owner(ctx, names, s, h, holdings, toks)
        if h.owner is not None and h.owner.type == "State" and h.how != "list":
            # "President X" told again later is the same office, whatever the later sentence's states
            told_before.setdefault((h.person.entity.key, h.title.label), h.owner)
    for s, h in holdings:  # "the Custodian of the Two Holy Mosques, King Salman": one owner
        if h.owner is None and not h.title.unnamed_owner:
            h.owner = same_person(s, h, holdings)
    holdings += [(s, h) for s, h in described if not titled_elsewhere(h, holdings)]  # untitled people only
    holdings += state_named_holders(ctx, names, holdings)  # "A's X" among titled peers
    posted = ctx.doc.annotations.setdefault("posted_to", {})
    envoys = ctx.doc.annotations.setdefault("envoys", set())
    for s, h in holdings:  # "the US ambassador to Afghanistan": where an envoy serves is no visit
        if any(w in h.title.label.lower() for w in ("ambassador", "envoy", "chargé", "charge d'affaires")):
            envoys.add(h.person.entity.key)  # (posted abroad, to a place told or not)
        for k in h.title.toward:
            f = names.at.get(k)
            state = f.entity if f is not None and f.entity.type == "State" else ctx.country_of(f.entity) if f else None
            if state is not None:
                posted.setdefault(h.person.entity.key, set()).add(state.key)
    for s, h in holdings:
        if h.owner is None:
            continue
        label = h.title.label
        if h.title.counterpart and any(s2 == s and o.person.entity is h.person.entity and not o.title.counterpart
                                       for s2, o in holdings):
            continue  # "her counterpart, Minister of Defence X": the office the sentence gives X
        if h.title.counterpart:
            label = _counterpart_office(ctx, names, s, h, holdings) or ""
        if not label or h.owner.type == "Person":
            continue
        if h.owner.type == "State":
            state_of.setdefault(h.person.entity.key, h.owner)
        if told_of_then(ctx, names, s, h.person):
            continue  # "signed in 1995 by President X": the office then, not now (whose official X was stays)
        out.append(make_fact(ctx, "office", s, "planned" if h.title.planned else "asserted",
                             person=h.person.entity.key, office=label, of=h.owner.key))
    yield from _most_specific(out)


#: bodies a person chairs as an office (not a meeting or a state)
_CHAIRED = frozenset({"InternationalOrganization", "Organization", "Legislature"})


def _named_elsewhere(h: Holding, state_of: dict[str, Entity]) -> Entity | None:
    """The state another sentence's title names as the person's ("Peru's president, X ...
    President X said in Quito"): a state's officer serves one state, wherever the story goes."""
    t = h.title
    if t.organisational or t.legislative or t.local or t.generic or t.counterpart or h.how == "list":
        return None
    return state_of.get(h.person.entity.key)


def _ministry_state(ctx: Context, names: Names, title: Title) -> Entity | None:
    """The state a ministry's own name gives ("the Norwegian Defence Ministry"), if the title's words gave no owner."""
    f = names.at.get(title.head)
    if title.owner_before or f is None or f.entity.type == "State":
        return None
    found = states_in_name(ctx, f.entity)
    return found[0] if len(found) == 1 else None


def _most_specific(facts: list[Fact]) -> list[Fact]:
    """"Prince" beside "Crown Prince", "Minister" beside "Foreign Minister" for one person and
    owner: the title that says less is the same office told less fully."""
    def words(f: Fact) -> set[str]:
        return set(str(f.fields["office"]).lower().replace("-", " ").split())

    return [f for f in facts if not any(
        g is not f and g.fields["person"] == f.fields["person"] and g.fields["of"] == f.fields["of"]
        and words(f) < words(g) for g in facts)]


def _attach(ctx: Context, titles: list[Title], people: list[tuple[int, int, Found]], toks: list[Token],
            hi: int, pronouns: dict[int, Found] | None = None, at: dict[int, Found] | None = None) -> list[Holding]:
    """The people each title names: right before the name ("Defence Minister X"), in apposition
    after it ("X, Russia's foreign minister") or before it ("the president of Chile, X"), as its
    subject ("X is Chile's president"), titles joined by "and" ("Crown Prince and Prime Minister
    X"), and a plural title with its list of names ("the prime ministers of A and B, X and Y")."""
    out: list[Holding] = []
    by_title: dict[int, list[Found]] = {}
    ranks = ctx.lexicon.ranks
    owned: dict[tuple[int, int], Entity] = {}  # (title, person) -> the state the list gives the person

    def between(a: int, b: int) -> str:
        b = min(b, hi)
        return ctx.doc.text[toks[a].start:toks[b - 1].end] if a < b else ""

    for n, t in enumerate(titles):
        holders: list[tuple[Found, str]] = []
        if t.end < hi and toks[t.end].tag == "POS":
            continue  # "X, the president's chief of staff": the president is another, whose officer X is
        lead = office_lists.possessor_start(t, titles, toks, people)
        if t.plural and at is not None and any(q[0] == t.end for q in people):
            listed = listed_holders(t, people, toks, hi, at)  # "Prime Ministers X of A and Y of B"
            for p, state in listed if len(listed) > 1 else []:
                holders.append((p, "list"))
                if state is not None:
                    owned[n, id(p)] = state
        for first, end, p in people if not holders else []:
            gap = between(t.end, first).strip()
            if first >= t.end and (not gap or gap in ADDRESS_MARKS or ranks is not None and ranks.fullmatch(gap) or courtesy_only(gap)):
                holders.append((p, "before"))
                break
        if not holders:
            prev = [q for q in people if q[1] <= lead]
            tail = _name_tail(toks, prev[-1][1], lead - 1) if prev else 0
            # "A's president, X, B's president, Y,": a title between two titled names is the second's
            paired = prev and t.end + 1 < hi and toks[t.end].text == "," and any(q[0] == t.end + 1 for q in people) \
                and (any(o.end + 1 == prev[-1][0] and toks[o.end].text == "," for o in titles if o is not t)
                     or prev[-1][1] - prev[-1][0] == 1 and _titled_list_item(t, people, toks, hi)
                     or _subject_after(prev[-1], t, people, toks))
            if prev and not paired and prev[-1][1] + tail + 1 == lead and toks[lead - 1].text in {",", "("}:
                holders.append((prev[-1][2], "appositive"))  # "X, Russia's foreign minister"
            elif t.plural:
                # "the ministers, Norway's X and Y of Sweden": each name with the state given it
                listed = listed_holders(t, people, toks, hi, at) if at is not None else []
                if any(state is not None for _, state in listed):
                    for p, state in listed:
                        holders.append((p, "list"))
                        if state is not None:
                            owned[n, id(p)] = state
                else:
                    holders += [(p, "list") for p in listed_names(t, people, toks)]
        if not holders and t.end < hi and toks[t.end].text == ",":
            k = t.end + 1  # "the Chief of Army Staff, Field Marshal X", "the Custodian ..., King X"
            starts = {q[0] for q in people}
            k += courtesy_run(toks, k)  # "the Prime Minister, the Hon X MP"; "the president, Dr X" (below)
            while k < hi and k not in starts and (
                    any(min(o.start, o.title_start) <= k < o.title_end for o in titles if o is not t)
                    or ranks is not None and ranks.fullmatch(between(t.end + 1, k + 1).strip()) or courtesy_only(toks[k].text)
                    or ranks is not None and k + 1 < hi and ranks.fullmatch(between(t.end + 1, k + 2).strip())):
                k += 1
            nxt = [q for q in people if q[0] == k]
            if nxt:
                first, end, p = nxt[0]
                titled = any(t.end < o.title_start < first for o in titles if o is not t)
                if titled and t.plural and not t.counterpart:
                    # "the bloc's leaders, Chilean President X and ...": the plural names the list, not X
                    # (a counterpart's plural still does: "their Indian counterparts, Minister X" gives a state)
                    pass
                elif end >= hi or toks[end].text in {",", ".", ";", ")", ":"} | POSTNOMINALS \
                        or toks[end].lower in {"and", "said", "who"} or titled and toks[end].lower == "of":
                    # "the president of Chile, X,"; "the chairman of the bloc, President X of Chile,"
                    holders.append((p, "after"))
        if not holders:
            holders += _copula(t, people, toks, pronouns)
        if not holders and n > 0 and by_title.get(n - 1) and toks[t.start - 1].text in {",", "and"} \
                and titles[n - 1].end == t.start - 1:
            # "X, Minister of State, Member of the Council and National Security Adviser"
            holders += [(p, "coordinated") for p in by_title[n - 1]]
        by_title[n] = [p for p, _ in holders]
        for p, how in holders:
            out.append(Holding(p, t, how, owned.get((n, id(p)))))
    # "Crown Prince and Prime Minister X": the first title names whom the second names
    for n in range(len(titles) - 1, 0, -1):
        a, b = titles[n - 1], titles[n]
        if (a.owner_before or a.pronoun is not None) and (b.owner_before or b.pronoun is not None) \
                and not _state_and_body(a, b, at):
            continue  # "the Chilean minister and Peru's trade minister, X": two people, each with a state
        if not toks[a.head].is_cap and toks[b.head].is_cap or "first lady" in (a.label.casefold(), b.label.casefold()):
            continue  # "the Chilean president and Prime Minister X", "the President and First Lady X": two people
        if not by_title.get(n - 1) and by_title.get(n) and a.end + 1 == b.start and toks[a.end].lower in {"and", "&"}:
            pair = _respective(b, by_title[n], people, toks)
            if pair is not None:  # "the prime minister and foreign minister, X and Y": in their order
                out = [h for h in out if not (h.title is b and h.person is pair[0])]
                out += [Holding(pair[0], a, "coordinated"), Holding(pair[1], b, "after")]
                by_title[n - 1], by_title[n] = [pair[0]], [pair[1]]
            else:
                by_title[n - 1] = by_title[n]
                out += [Holding(p, a, "coordinated") for p in by_title[n]]
            if not (b.owner_before or b.owner_after or b.pronoun) and (a.owner_before or a.pronoun is not None):
                b.owner_before, b.pronoun = a.owner_before, a.pronoun
    return out


def _respective(b: Title, held: list[Found], people: list[tuple[int, int, Found]], toks: list[Token]):
    """"the prime minister and foreign minister, X and Y": the second title set off by a comma
    before two names joined by "and" is the second name's, the first title the first's."""
    first = [q for q in people if q[0] == b.end + 1 and toks[b.end].text == "," and q[2] in held]
    if not first or first[0][1] + 1 >= len(toks) or toks[first[0][1]].lower != "and":
        return None
    second = [q for q in people if q[0] == first[0][1] + 1]
    return (first[0][2], second[0][2]) if second else None


def _subject_after(before: tuple[int, int, Found], t: Title, people: list[tuple[int, int, Found]],
                   toks: list[Token]) -> bool:
    """"in an interview with a daily, Chile's president, X, said": the name before the title closes
    a fronted phrase (an object of a preposition) and the one after is the clause's subject: the title
    is the subject's."""
    after = [q for q in people if q[0] == t.end + 1]
    if not after:
        return False

    def head(q: tuple[int, int, Found]) -> Token:
        return next((toks[k] for k in range(q[0], q[1]) if not q[0] <= toks[k].head < q[1] or toks[k].head == k),
                    toks[q[1] - 1])
    a, b, end = head(before), head(after[0]), after[0][1]
    if a.dep != "pobj":
        return False
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].pos == "VERB":
        return True  # "..., X, said": set off before the verb, the subject (however the parser hung it)
    return b.dep in {"nsubj", "nsubjpass"}


def _titled_list_item(t: Title, people: list[tuple[int, int, Found]], toks: list[Token], hi: int) -> bool:
    """"signed by A, the Armenian prime minister, B, and C": "the" title, a comma and a name the list
    goes on after is that name's (an item of the list), not the name before it (the caller asks that
    one to be a surname alone, someone told of before)."""
    after = [q for q in people if q[0] == t.end + 1]
    if not after or toks[t.start].lower != "the":
        return False
    end = after[0][1]
    return end + 1 < hi and (toks[end].lower == "and" or toks[end].text == "," and toks[end + 1].lower == "and")


def _state_and_body(a: Title, b: Title, at: dict[int, Found] | None) -> bool:
    """Is one title a state's and the other a body's ("Vietnamese President and Communist Party
    chief X")? Then they may be one person's, as two states' titles are not."""
    kinds = []
    for t in (a, b):
        f = at.get(t.owner_before[-1]) if at is not None and t.owner_before else None
        kinds.append(f.entity.type == "State" if f is not None else None)
    return None not in kinds and kinds[0] != kinds[1]


#: lower-case words inside a person's name ("Badr bin Hamad Al Busaidi")
_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "abu", "de", "da", "van", "von", "der", "du", "la"})


def _name_tail(toks: list[Token], k: int, comma: int) -> int:
    """How many words of a name its mention left off before the comma at ``comma`` ("X bin Y Al Z,"
    found as "X bin Y"): capitalised words and particles, at most four; else 0."""
    n = comma - k
    if not 0 < n <= 4 or not toks[comma - 1].is_cap:
        return 0
    return n if all(toks[j].is_cap or toks[j].lower in _NAME_PARTICLES for j in range(k, comma)) else 0


def _appointer_state(ctx: Context, names: Names, h: Holding, toks: list[Token]) -> Entity | None:
    """"President X named Y as finance minister": Y's office is of the state X serves (before any
    state the passage leaves)."""
    t = toks[h.title.head]
    verb = toks[toks[t.head].head] if t.dep == "pobj" else toks[t.head]
    for c in toks[max(0, verb.i - 12):verb.i]:
        f = names.at.get(c.i) or names.pronoun_at.get(c.i)
        if c.head == verb.i and c.dep == "nsubj" and f is not None:
            if f.entity.type == "State":
                return f.entity
            return ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)
    return None


#: Verbs that give a person an office now: "appointed X as foreign minister", "X was named envoy".
_APPOINTING = frozenset({"appoint", "name", "elect", "reelect", "re-elect", "choose", "designate", "install",
                         "promote", "swear", "reappoint", "select"})


def _copula(t: Title, people, toks, pronouns=None) -> list[tuple[Found, str]]:
    """"X is Chile's president", "X became prime minister", "X, who serves as foreign minister"."""
    head = toks[t.head]
    verb = toks[head.head] if head.head != head.i else None
    if verb is None:
        return []
    if head.dep == "pobj" and verb.lower == "as" and verb.head != verb.i:
        verb = toks[verb.head]
    elif head.dep not in {"attr", "oprd"}:
        return []
    appointed = verb.lemma in _APPOINTING and not any(c.head == verb.i and c.dep == "auxpass" for c in toks[verb.i - 3:verb.i])
    if verb.lemma not in {"be", "become", "remain", "serve", "act", "stay"} | _APPOINTING and not _takes_office(verb, toks):
        return []
    if verb.lemma in {"be", "serve", "act", "remain", "stay"} and verb.tag == "VBD":
        return []  # "X, who served as an adviser", "X was foreign minister until 2020": former
    # "appointed X as foreign minister", "named X its envoy": whom the verb appoints; passive, its subject
    subjects = [c for c in toks if c.head == verb.i and c.dep == ("dobj" if appointed else "nsubj") and c.i != verb.i]
    subjects += [c for c in toks if c.head == verb.i and c.dep == "nsubjpass" and c.i != verb.i]
    if verb.dep == "relcl" and not subjects or subjects and subjects[0].lower in {"who", "which", "that"}:
        subjects = [toks[verb.head]]
    how = "appointed" if verb.lemma in _APPOINTING else "copula"
    out = []
    for first, end, p in people:
        if any(first <= c.i < end for c in subjects):
            out.append((p, how))
    if not out and pronouns is not None:  # "since he became prime minister"
        out += [(pronouns[c.i], how) for c in subjects if c.i in pronouns]
    return out


#: what one takes on taking up an office: "took office as", "took over as", "assumed the post of"
_TAKEN = frozenset({"office", "charge", "helm", "post", "reins", "oath"})


def _takes_office(verb: Token, toks: list[Token]) -> bool:
    """"X took office as president", "X took over as prime minister", "X assumed office as
    chancellor": taking up the office the "as" phrase names (held from then on)."""
    if verb.lemma not in {"take", "assume"}:
        return False
    return any(c.head == verb.i and (c.dep == "dobj" and c.lemma in _TAKEN or c.dep == "prt" and c.lower == "over")
               for c in toks[verb.i + 1:verb.i + 4])


def _counterpart_office(ctx: Context, names: Names, s: int, h: Holding, holdings) -> str | None:
    """"X met his Chinese counterpart, Y": Y holds X's office (X being whom "his" means, else the
    other office holder of the sentence)."""
    t = h.title
    ref = names.pronoun_at.get(t.pronoun) if t.pronoun is not None else None
    candidates = [o for s2, o in holdings if s2 == s and o.person.entity is not h.person.entity and not o.title.counterpart
                  and not o.title.former]
    if ref is not None and ref.entity is not h.person.entity:  # "Y, his counterpart": "his" is never Y
        mine = [o for o in candidates if o.person.entity is ref.entity]
        mine = mine or [o for s2, o in holdings if o.person.entity is ref.entity and not o.title.counterpart]
        candidates = mine
    if not candidates:  # "X also met Y, his counterpart": the office X holds elsewhere in the article
        lo, hi = sentence_bounds(ctx.doc, s)
        here = [p.entity for _, _, p in names.people(lo, hi) if p.entity is not h.person.entity]
        candidates = [o for _, o in holdings if o.person.entity in here[:1] and not o.title.counterpart
                      and not o.title.former]
    return candidates[0].title.label if candidates else None


