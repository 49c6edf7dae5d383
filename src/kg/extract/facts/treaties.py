"""Facts about agreements read from frame matches: signings, ratifications, parties.

The frames (``data/frames.yaml``: sign, ratify, bind, agreement-noun, party-noun) say who did what
to which agreement in whatever construction; this module applies the annotation conventions of
FORMAT.md: a person signing makes the state they serve a signatory too, a body ratifying is its
state's ratification, signatories and the states an agreement is "between" are its parties.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.entry_days import entry_day
from kg.extract.facts import signing_checks as checks
from kg.extract.facts.added_agreements import added_agreements
from kg.extract.facts.common import (
    known_in_name,
    make_fact,
    modality_at,
    states_in_name,
)
from kg.extract.facts.ended_agreements import ended_parties, withdrawn
from kg.extract.facts.party_modality import (
    PROSPECTIVE,
    holding_modality,
    in_the_making,
    under_talks,
)
from kg.extract.facts.ratifying_law import awaited, signs_into_law
from kg.extract.facts.signers import party_of_signer, signers_of, state_served
from kg.extract.facts.signing_places import city_told, place_at_dateline, signing_place
from kg.extract.facts.signing_scenes import scene_before
from kg.extract.frames import Match
from kg.extract.news_days import on_scene_day
from kg.extract.ranked_members import ranked_agreements
from kg.extract.special_mentions import is_headline
from kg.model import Entity, Fact

#: Words before a trigger that make it a condition still to be met: "cannot take effect until
#: it has been ratified", "must still be approved", "enters into force after ratification".
_CONDITION = re.compile(r"\b(until|unless|once|before it can|must|needs? to|has yet to|have yet to|still needs?|"
                        r"(?:still\s+)?ha(?:s|ve) to|pending|awaiting|awaits)\b", re.IGNORECASE)
#: "takes effect only after approval by X": entry into force waits for it (not "took effect after").
_IN_FORCE_AFTER = re.compile(r"\b(?:force|effect)\s+(?:only\s+)?(?:after|following|upon)\s+$", re.IGNORECASE)


def trigger_modality(ctx: Context, m: Match) -> str:
    """Negated for a negative trigger ("rejected"); else what the words governing the trigger
    say (a noun trigger also takes its governing verb's), a condition making it planned."""
    if m.negative:
        return "negated"
    s = m.sentence
    t = m.trigger
    toks = ctx.doc.annotations["tokens"]
    tree = ctx.resolver.tree
    while t.dep == "conj" and t.head != t.i and toks[t.head].pos in {"VERB", "AUX"} \
            and not tree.kids(t.i, "aux", "auxpass", "neg", "nsubj", "nsubjpass") \
            and not (t.tag == "VBD" and toks[t.head].tag == "VB"):  # "hoped to meet X and visited": two clauses
        t = toks[t.head]  # "must be approved by X and ratified by Y": the auxiliaries are shared
    if t.dep == "acl" and t.tag in {"VBN", "VBD"} and not tree.kids(t.i, "aux", "auxpass", "neg", "nsubj"):
        # "the accord signed between them in 2001": a participle on a noun tells what happened,
        # whatever the clause around the noun plans ("agreed to activate the accord signed ...")
        return "asserted"
    parsed = parse_modality(tree, t.i)
    if parsed is not None:
        return parsed
    g = m.args.governor
    if m.args.nominal and g is not None and awaited(toks, t.i, g):
        return "planned"  # "submitted the treaty for ratification", "awaits ratification": what is ahead
    # a finite past verb nothing in the parse qualifies states what happened: "had planned to
    # sign it when he visited" plans the signing, not the visit
    past = not m.args.nominal and (t.tag == "VBD" or t.tag == "VBN" and any(  # "which was signed in June"
        toks[c].lower in {"was", "were", "had"} for c in tree.kids(t.i, "aux", "auxpass")))
    mod = "asserted" if past else modality_at(ctx, s, (ctx.local(s, t.start), ctx.local(s, t.end)))
    if mod == "negated":
        mod = "asserted"  # a negation the parse does not attach to the trigger is another clause's
    before = ctx.sentence(s)[max(0, ctx.local(s, t.start) - 60):ctx.local(s, t.start)]
    condition = bool(_CONDITION.search(before)) and bool(_CONDITION.search(_others_clauses_blanked(ctx, s, t, before))) \
        and not (past and t.dep == "relcl")
    in_force_after = m.args.nominal and bool(_IN_FORCE_AFTER.search(before)) and not (g is not None and toks[g].tag == "VBD")
    # "it can be ratified once tabled", "the Senate can approve it in June": a signing or ratifying that
    # is possible is not yet done (a state of affairs that "can" hold is other readers')
    can = any(toks[c].lower == "can" for c in tree.kids(t.i, "aux"))
    if mod == "asserted" and (condition or in_force_after or can):
        mod = "planned"
    return mod


def _others_clauses_blanked(ctx: Context, s: int, t, before: str) -> str:
    """``before`` (the words just before trigger ``t``) without the relative clauses on other words,
    whose "must" or "until" is their own: "X, who argued that Europe must act, arrived on Tuesday"."""
    tree = ctx.resolver.tree
    end = ctx.local(s, t.start)
    offset = end - len(before)
    chars = list(before)
    for tok in ctx.tokens(s):
        if tok.dep != "relcl" or t.i in tree.subtree(tok.i):
            continue
        span = tree.subtree(tok.i)
        a, b = ctx.local(s, tree.toks[span[0]].start) - offset, ctx.local(s, tree.toks[span[-1]].end) - offset
        for c in range(max(0, a), min(len(chars), b)):
            chars[c] = " "
    return "".join(chars)


#: A bare weekday ("on Tuesday"), which the words around it place before or after publication.
_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def event_date(ctx: Context, m: Match, *, ahead: bool = False):
    """The date of the trigger's clause; with ``ahead`` (an event still to come) a bare weekday
    is the next one, whatever tense the sentence's other verbs have ("had invited her to sign it
    on Tuesday", written on a Monday: the coming Tuesday)."""
    found = dates_for(ctx, m.sentence, m.trigger)
    if not found and m.args.nominal and m.args.governor is not None:
        found = dates_for(ctx, m.sentence, ctx.doc.annotations["tokens"][m.args.governor])
    if not found:
        return None
    day, published = found[0].start_date, ctx.doc.article.published
    if ahead and published is not None and published - dt.timedelta(7) < day < published \
            and _WEEKDAY.fullmatch(found[0].text.strip()):
        return day + dt.timedelta(7)
    return day


def signings(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    facts: list[Fact] = []
    periods: dict[int, tuple] = {}
    aside: set[int] = set()
    told_at: dict[int, tuple[int, int]] = {}  # the sentence and offset each signing is told at
    told_plainly = {m.sentence for m in matches if m.frame.name == "sign" and m.trigger.dep not in {"relcl", "acl"}}
    for m in matches:
        if m.frame.name not in {"sign", "exchange", "signatory-noun"} or signs_into_law(ctx, m) or checks.undone(ctx, m) or checks.exchanged_notes(ctx, m) \
                or checks.a_word_alone(ctx, m) or checks.signatory_standing(ctx, m) is None:  # ("no longer a signatory")
            continue
        agreements = agreements_of(ctx, m)
        agreements += [a for a in checks.denied_remnants(ctx, m) if a not in agreements]  # "... but not Y"
        if not agreements:
            continue
        signers, place = signers_of(ctx, m), None if (recalled := checks.recalled(ctx, m)) else signing_place(ctx, m)  # (an anniversary's)
        mod = checks.signatory_standing(ctx, m) or trigger_modality(ctx, m)  # "X is not a signatory": negated
        date = None if recalled else event_date(ctx, m, ahead=mod == "planned")
        if checks.at_that_ceremony(ctx, m) and facts:  # "also signed at the ceremony": the one just told
            last = facts[-1].fields
            date = date or last.get("date")
            place = place or ctx.doc.entities.get(str(last.get("place", "")))
        # "Following the meeting, ...": the scene the sentence before set
        where, day = scene_before(ctx, m) if (place is None or date is None) and not recalled else (None, None)
        scened, place, date = place is None and where is not None, place or where, date or (day if mod == "asserted" else None)
        period = None if date or recalled else _period(ctx, m)
        date = date or (None if period else entry_day(ctx, m, mod))  # a live blog's entry tells its day's news
        for agreement in agreements:
            own = "negated" if checks.denied_conjunct(ctx, m, agreement.key) else mod  # "signed X but not Y"
            for signer in signers or [None]:  # type: ignore[list-item]  # a signing without signatory
                facts.append(make_fact(ctx, "signing", m.sentence, own, agreement=agreement.key,
                                       signatory=signer.key if signer else None, date=date,
                                       place=place.key if place else None))
                if period:
                    periods[id(facts[-1])] = period
                told_at[id(facts[-1])] = (m.sentence, m.trigger.start)
                if scened:  # the scene told before tells whatever trip there was (kg.extract.facts.presence)
                    ctx.doc.annotations.setdefault("scene_signings", set()).add((agreement.key, place.key if place else None))
                if m.trigger.dep == "relcl" and m.sentence in told_plainly and agreement in ctx.resolver.entities(
                        m.trigger.head, ("Agreement",)):  # (not "X, who inked it with Y,": the same signing)
                    aside.add(id(facts[-1]))
    placed = {id(f) for f in facts if f.fields.get("place")}
    # "A signed it, which B had signed years before": a clause on the agreement tells another occasion (no day, no place)
    consolidate(city_told(ctx, [f for f in facts if id(f) not in aside]), ("date", "place"))
    on_scene_day(ctx, facts, told_at, periods)  # "Three memorandums were signed": its story's day
    place_at_dateline(ctx, [f for f in facts if id(f) not in periods])
    for f in facts:  # "first signed in May 2005": no day of another signing outside that month
        a, b = periods.get(id(f), (None, None))
        if a is not None and f.fields.get("date") and not a <= f.fields["date"] <= b:
            del f.fields["date"]
            if id(f) not in placed:  # nor that other signing's place ("X signed it, which Y had signed in 2021, in Z")
                f.fields.pop("place", None)
    checks.called_off_plans(ctx, facts)  # "A ceremony at which A was to sign it was called off. A came to sign it"
    # "expected to sign it" (or "refused to"), later "signed it": the one told as done (not a headline's, kg.extract.facts)
    told = [f for f in facts if not (_sentence_of(ctx, f) == 0 and is_headline(ctx.doc))]
    done = {(f.fields["agreement"], f.fields.get("signatory")) for f in told if f.modality == "asserted"}
    yield from (f for f in facts if f.modality == "asserted" or (f.fields["agreement"], f.fields.get("signatory")) not in done)


def _period(ctx: Context, m: Match) -> tuple | None:
    """The month or year a trigger's clause gives, when it gives no day: (first day, last day)."""
    import calendar

    for granularity in ("month", "year"):
        found = dates_for(ctx, m.sentence, m.trigger, granularity)
        if found:
            d = found[0].start_date
            if granularity == "year":
                return d, dt.date(d.year, 12, 31)
            return d, dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return None


def agreements_of(ctx: Context, m: Match) -> list[Entity]:
    """The agreements a match is about: all those its first agreement phrase means ("ratified the
    X Treaty and the Y Accord", "approved two agreements"), else the one in view."""
    for k in m.tokens.get("agreement", []):
        found = [e for e in ctx.resolver.entities(k, ("Agreement",)) if e.type == "Agreement"]
        if found:
            return found + added_agreements(ctx, m, found)  # "... together with a second accord on X"
    first = m.first("agreement")
    return [first] + added_agreements(ctx, m, [first]) if first is not None else []


def _dash_joined_organisations(ctx: Context, agreement: Entity) -> list[Entity]:
    """"the EU–SADC agreement", "the ECOWAS-Japan pact": organisations a dash joins to another
    party in the name are parties (a name with one organisation alone, "the NATO treaty", is its
    founding text, not a pact it signed)."""
    out: list[Entity] = []
    if not re.search(r"\w\s?[-\u2013]\s?[A-Z]", agreement.label):
        return out
    known_in_name(ctx, agreement, "InternationalOrganization")  # those named only there become entities
    for e in list(ctx.doc.entities.values()):
        if e.type == "InternationalOrganization":
            for name in [e.label, *e.aliases]:
                n = re.escape(name)
                if len(name) > 1 and re.search(rf"(?<![\w]){n}\s?[-\u2013]\s?[A-Z]|[\w)]\s?[-\u2013]\s?{n}(?![\w])", agreement.label):
                    out.append(e)
                    break
    return out


def parties(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """Parties: states an agreement is between, binds, names or makes; its signatories and
    ratifiers. Those of an agreement whose signing is still ahead, or that the article only says is
    being made ("A is negotiating a deal with B"), are ``planned`` (FORMAT.md: parties are asserted
    once it is signed); a state refusing to sign it is ``negated``, unless it is a party otherwise."""
    facts = list(_parties(ctx, matches))
    events = [f for f in ctx.doc.annotations.get("facts", []) if f.cq in {"signing", "ratification"}]
    done = {f.fields["agreement"] for f in events if f.modality == "asserted"}
    made = done | {f.fields["agreement"] for m in matches if m.frame.name in MAKING for f in _makers(ctx, m)
                   if f.modality == "asserted"}
    # signed or ratified only ahead ("A and B are to sign the pact"), or only being made
    ahead = ({f.fields["agreement"] for f in events if f.modality == "planned"} - done) \
        | ({f.fields["agreement"] for f in facts if f.modality == "planned"} - made) | (in_the_making(ctx) - done) \
        | (under_talks(ctx) - made)
    ctx.doc.annotations["agreements_ahead"] = ahead  # read by access_parties
    for f in facts:
        if f.modality == "asserted" and f.fields["agreement"] in ahead:
            f.modality = "planned"
    left = {(a.key, p.key) for m in matches if m.frame.name == "leave-agreement"  # a withdrawal ends what signing began
            and withdrawn(ctx, m) for a in agreements_of(ctx, m) for p in m.roles.get("party", [])}
    asserted = {(f.fields["agreement"], f.fields["party"]) for f in facts if f.modality == "asserted"} - left
    facts = [f for f in facts if f.modality == "negated" if (f.fields["agreement"], f.fields["party"]) in left] \
        + [f for f in facts if (f.fields["agreement"], f.fields["party"]) not in left
           and (f.modality == "asserted" or (f.fields["agreement"], f.fields["party"]) not in asserted)]
    # an accession protocol admits its state to an organisation: those who ratify it, or the state
    # it admits, are no parties of a pact between them (the membership frames read the admission);
    # its signatories are (FORMAT.md)
    signed = {(f.fields["agreement"], f.fields["signatory"]) for f in events if f.cq == "signing" and f.fields.get("signatory")}
    facts = [f for f in facts if (f.fields["agreement"], f.fields["party"]) in signed
             or not _ACCESSION_PROTOCOL.search(_names(ctx.doc.entities[str(f.fields["agreement"])]))]
    named = {(f.fields["agreement"], f.fields["party"]) for f in facts}
    facts += ended_parties(ctx, matches, named)  # "X suspended it": a party, unless told otherwise
    for fact in ctx.doc.annotations.get("facts", []):
        if fact.cq == "signing" and fact.modality == "negated" and "signatory" in fact.fields:
            party = ctx.doc.entities[fact.fields["signatory"]]
            if party.type in {"State", "InternationalOrganization"} and (fact.fields["agreement"], party.key) not in named:
                off = (fact.fields["agreement"], party.key) in ctx.doc.annotations.get("signings_called_off", ())
                facts.append(make_fact(ctx, "parties", _sentence_of(ctx, fact), "planned" if off else "negated",  # (still ahead)
                                       agreement=fact.fields["agreement"], party=party.key))
    yield from facts


#: "X's accession protocol", "the Protocol on the Accession of X", "membership protocol"
_ACCESSION_PROTOCOL = re.compile(r"(?i)\b(?:accession|membership)\b.*\bprotocol|\bprotocol\b.*\b(?:accession|membership)\b")


def _names(e: Entity) -> str:
    return " | ".join([e.label, *e.aliases])


def _parties(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    for named in [e for e in ctx.doc.entities.values() if e.type == "Agreement"]:
        first = min((mm.sentence for mm in ctx.doc.mentions if mm.entity == named.key), default=0)
        for state in states_in_name(ctx, named) + _dash_joined_organisations(ctx, named):
            yield make_fact(ctx, "parties", first, agreement=named.key, party=state.key)
    for m in matches:
        agreement: Entity | None
        if m.frame.name in {"bind", "party-noun", "hold-agreement", "allies-under", "act-under", "join-agreement"}:
            mod = holding_modality(ctx, m)  # "X, which is not a party to it"
            # every agreement its agreement phrase means: "under the X Pact with A and a Y accord with B"
            for agreement in agreements_of(ctx, m):
                for party in m.roles.get("party", []):
                    yield make_fact(ctx, "parties", m.sentence, mod, agreement=agreement.key, party=party.key)
        elif m.frame.name == "leave-agreement":  # "X withdrew from it": no longer a party, unless only threatened
            for agreement in agreements_of(ctx, m) if withdrawn(ctx, m) else []:
                for party in m.roles.get("party", []):
                    yield make_fact(ctx, "parties", m.sentence, "negated", agreement=agreement.key, party=party.key)
        elif m.frame.name in MAKING:
            yield from _makers(ctx, m)
        elif m.frame.name == "agreement-noun":
            one = _named_by(ctx, m)
            # "a proposed pact between A and B": ahead until it is made
            ahead = any(ctx.resolver.toks[c].lower in PROSPECTIVE for c in ctx.resolver.tree.kids(m.trigger.i, "amod"))
            # "two accords with B. The first, X ...": each member ranked is told with B
            for agreement in [one] if one is not None else ranked_agreements(ctx, m.trigger.i):
                for party in [] if _founding_text(ctx, m) else m.roles.get("party", []):
                    yield make_fact(ctx, "parties", m.sentence, "planned" if ahead else "asserted",
                                    agreement=agreement.key, party=party.key)
    for fact in ctx.doc.annotations.get("facts", []):
        if fact.cq == "signing" and fact.modality != "negated" and "signatory" in fact.fields:
            bound = party_of_signer(ctx, ctx.doc.entities[fact.fields["signatory"]])
            if bound is not None:
                # "X is expected to sign it": a party ahead, whoever else has signed already
                yield make_fact(ctx, "parties", _sentence_of(ctx, fact), fact.modality,
                                agreement=fact.fields["agreement"], party=bound.key)
        elif fact.cq == "ratification" and fact.modality == "asserted":
            yield make_fact(ctx, "parties", _sentence_of(ctx, fact), agreement=fact.fields["agreement"],
                            party=fact.fields["state"])
    for agreement, party, s in ctx.doc.annotations.get("adopted_by", []):  # "A and B adopted a roadmap"
        yield make_fact(ctx, "parties", s, agreement=agreement, party=party)


#: Frames telling who made an agreement: "A and B reached a deal", "concluded talks on a deal".
MAKING = frozenset({"make-agreement", "conclude-talks", "propose-agreement", "in-talks"})
#: Frames telling of an agreement still being sought: its makers are parties ahead.
SEEKING = frozenset({"propose-agreement", "in-talks"})


def _makers(ctx: Context, m: Match) -> Iterator[Fact]:
    """"A and B reached a deal", "A struck an accord with B": the states that make an agreement
    (a person making it, the state they serve) are its parties, unless they did not make it."""
    agreement = m.first("agreement")
    mod = trigger_modality(ctx, m)
    if agreement is None or mod == "negated":
        return
    t = m.trigger
    if t.tag == "VBG" and any(ctx.resolver.toks[a].lemma == "be" for a in ctx.resolver.tree.kids(t.i, "aux")) \
            or m.frame.name in SEEKING:
        mod = "planned"  # "A has been negotiating a deal with B", "A proposed a pact": not made yet
    states: list[Entity] = []
    for e in m.roles.get("party", []):
        state = state_served(ctx, e) if e.type == "Person" else e
        if state is not None and state not in states:
            states.append(state)
    for state in states:
        yield make_fact(ctx, "parties", m.sentence, mod, agreement=agreement.key, party=state.key)


def access_parties(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """The user and host of access granted under an agreement are its parties (planned while the
    agreement is still ahead: only negotiated, to be signed)."""
    ahead = ctx.doc.annotations.get("agreements_ahead", set())
    for fact in list(ctx.doc.annotations.get("facts", [])):
        if fact.cq == "access" and fact.fields.get("agreement") and fact.modality != "negated":
            for role in ("user", "host"):
                yield make_fact(ctx, "parties", _sentence_of(ctx, fact),
                                "planned" if fact.fields["agreement"] in ahead else "asserted",
                                agreement=fact.fields["agreement"], party=fact.fields[role])


def _founding_text(ctx: Context, m: Match) -> bool:
    """"the NATO treaty", "the ASEAN charter": an organisation alone before an agreement noun names
    the text it was founded on, not a pact it is a party to."""
    found = m.roles.get("party", [])
    toks = ctx.resolver.toks
    return len(found) == 1 and found[0].type == "InternationalOrganization" and all(
        toks[k].dep in {"compound", "amod", "nmod"} and toks[k].head == m.trigger.i for k in m.tokens.get("party", [])
        if ctx.resolver.found_at(k) is not None and ctx.resolver.found_at(k).entity == found[0])  # type: ignore[union-attr]


def _named_by(ctx: Context, m: Match) -> Entity | None:
    """The agreement an agreement noun names or refers to ("the pact" is the one meant)."""
    f = ctx.resolver.found_at(m.trigger.i)
    if f is not None and f.entity.type == "Agreement":
        return f.entity
    if m.trigger.tag in {"NNS", "NNPS"} and f is None:
        return None  # "one of many agreements with A, B and C": several, none named
    found = ctx.resolver.entities(m.trigger.i, ("Agreement",))
    return found[0] if found else None


def _sentence_of(ctx: Context, fact: Fact) -> int:
    return ctx.doc.sentence_index(fact.evidence.start)


def consolidate(facts: list[Fact], shared: tuple[str, ...], key: tuple[str, ...] = ("agreement",)) -> list[Fact]:
    """One event read in several sentences: fields one sentence gives (the date, the place)
    complete the others about the same event (same ``key`` fields and modality), when they do
    not disagree."""
    by_event: dict[tuple, list[Fact]] = {}
    for f in facts:
        by_event.setdefault(tuple(f.fields.get(k) for k in key) + (f.modality,), []).append(f)
    for group in by_event.values():
        for name in shared:
            values = {f.fields[name] for f in group if name in f.fields}
            if len(values) == 1:
                value = values.pop()
                for f in group:
                    f.fields.setdefault(name, value)
    return facts
