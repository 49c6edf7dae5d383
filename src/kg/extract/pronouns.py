"""Personal pronouns -> the person they refer to ("She left Lima for Quito").

A reader takes "he", "she", "his", "her" for the person the text is about at that point: in the
same sentence the person named before the pronoun (a subject pronoun takes the sentence's
first-named person, "Ana Ruiz said she would ..."); otherwise the person who was the subject of
the main verb of the nearest of the two sentences before, or else the first person it names.
"They" and "it" are left alone: states and agreements are referred to by nouns ("the two
countries", "the pact").

A pronoun agrees with its person: "he" is never one the text calls "Ms Ruiz" or has already called
"she" ("Ruiz said she ..., while Diaz said he would receive her": "her" is Ruiz). What a title says
is data (``pronoun_titles`` in ``data/frames.yaml``); a pronoun tells its person's only where the
clause left it no other person to mean.
"""
from __future__ import annotations

import itertools

from kg.extract.description_fits import frames_data
from kg.extract.nlp import Token, tokens
from kg.model import Document, Mention

_SUBJECT = {"he", "she"}
_OTHER = {"him", "his", "her", "hers"}
#: Reflexives: bound by the subject of a clause above them ("X recalled it was signed by himself").
_REFLEXIVE = {"himself", "herself"}
_LOOK_BACK = 2  # sentences
_SHE = frozenset({"she", "her", "hers", "herself"})
_FIRST = frozenset({"i", "me", "my", "myself"})
#: Verbs a quote is attributed with: '"I am glad to be here," X said'.
_SAYING = frozenset({"say", "tell", "add", "insist", "declare", "remark", "note", "stress", "write", "tweet", "post",
                     "explain", "recall", "quip", "joke", "smile", "laugh", "continue"})
_OPENING = frozenset({'"', "\u201c", "``"})
_CLOSING = frozenset({'"', "\u201d", "''"})


def resolve_pronouns(doc: Document) -> Document:
    """Store ``doc.annotations["pronouns"]``: a Mention (kind "pronoun") per resolved pronoun."""
    people: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.type == "Person" and m.entity in doc.entities:
            people.setdefault(m.sentence, []).append(m)
    toks = tokens(doc)
    out: list[Mention] = []
    said = _titled(doc)  # person key -> "he" / "she"
    first: list[Token] = []  # read last: the speaker may be a pronoun after the quote ('"I ...," he said')
    for t in toks:
        if t.lower in _FIRST and t.pos == "PRON":
            first.append(t)
        if t.lower not in _SUBJECT | _OTHER | _REFLEXIVE or t.pos != "PRON":
            continue
        form = "she" if t.lower in _SHE else "he"
        # '"She will not go," X said': a third person in a quote is not its speaker
        speaker = _speaker(t, people, toks)
        agreeing = {s: [m for m in ms if said.get(m.entity or "", form) == form
                        and (speaker is None or m.entity != speaker.entity)]
                    for s, ms in people.items() if t.sent - _LOOK_BACK - 1 <= s <= t.sent}
        antecedent = _antecedent(t, agreeing, toks)
        if antecedent is not None:
            if antecedent.entity not in said and _alone(t, people):
                said[antecedent.entity or ""] = form  # "Ruiz said she would": Ruiz is "she" from now on
            m = Mention(t.start, t.end, t.text, "Person", entity=antecedent.entity, kind="pronoun", sentence=t.sent)
            out.append(m)
            people.setdefault(t.sent, []).append(m)  # a pronoun is the nearest mention for the next one
            people[t.sent].sort(key=lambda x: x.start)
    for t in first:
        speaker = _speaker(t, people, toks)
        if speaker is not None:
            out.append(Mention(t.start, t.end, t.text, "Person", entity=speaker.entity, kind="pronoun", sentence=t.sent))
    out.sort(key=lambda m: m.start)
    doc.annotations["pronouns"] = out
    return doc


def _titled(doc: Document) -> dict[str, str]:
    """The pronoun each person's title gives ("Ms Ruiz", "Sheikh X"): the word before a mention of them."""
    titles = frames_data().get("pronoun_titles") or {}
    by_word = {w: form for form, words in titles.items() for w in words}
    out: dict[str, str] = {}
    for m in doc.mentions:
        if m.type != "Person" or not m.entity:
            continue
        before = doc.text[max(0, m.start - 16):m.start].lower().replace(".", " ").split()
        words = [" ".join(before[-2:])] if len(before) > 1 else []
        words += before[-1:] + m.text.lower().replace(".", " ").split()[:1]
        form = next((by_word[w] for w in words if w in by_word), None)
        if form is not None:
            out.setdefault(m.entity, form)
    return out


def _alone(t: Token, people: dict[int, list[Mention]]) -> bool:
    """Did the pronoun have one person only to mean: the one person named before it in its
    sentence, or (none there) in the nearest sentence before that names anyone?"""
    here = {m.entity for m in people.get(t.sent, []) if m.end <= t.start}
    if here:
        return len(here) == 1
    for s in range(t.sent - 1, max(-1, t.sent - 1 - _LOOK_BACK), -1):
        if people.get(s):
            return len({m.entity for m in people[s]}) == 1
    return False


def _antecedent(t: Token, people: dict[int, list[Mention]], toks: list[Token]) -> Mention | None:
    before = [m for m in people.get(t.sent, []) if m.end <= t.start]
    if t.lower in _REFLEXIVE:
        return _binder(t, before, toks)
    if t.lower in {"him", "her"} and t.dep != "poss":
        # "X welcomed him": an object pronoun is never its own verb's subject
        verb = t.head if t.dep in {"dobj", "dative"} else toks[t.head].head if t.dep == "pobj" else None
        before = [m for m in before if not any(toks[k].dep in {"nsubj", "nsubjpass"} and toks[k].head == verb
                                               for k in _head_tokens(m, toks))]
    group = _plural_subject(t, toks)
    if group:  # "A and B, who awaited his arrival": one person's pronoun is neither of a pair acting together
        before = [m for m in before if not set(_head_tokens(m, toks)) & group]
    if before:
        if t.lower in _SUBJECT:
            return _received(t, before, toks) or before[0]
        return _subject_above(t, before, toks) or before[-1]
    ahead = _fronted_for(t, people, toks)
    if ahead is not None:
        return ahead
    for s in range(t.sent - 1, max(-1, t.sent - 1 - _LOOK_BACK), -1):
        named = people.get(s)
        if named:
            subjects = [m for m in named if _is_subject(m, toks)]
            return (subjects or named)[0]
    return None


def _received(t: Token, before: list[Mention], toks: list[Token]) -> Mention | None:
    """"A received B when he arrived", "A greeted B as she landed": the subject of an arrival
    hung on a verb of receiving is the one received, its object (``visit_roles`` in frames.yaml)."""
    verb = toks[t.head]
    roles = frames_data().get("visit_roles") or {}
    if t.dep != "nsubj" or verb.dep != "advcl" or verb.lemma not in roles.get("arriving", ()) \
            or toks[verb.head].lemma not in roles.get("receiving", ()):
        return None
    objects = {x.i for x in toks[max(0, verb.head - 30):verb.i] if x.head == verb.head and x.dep == "dobj"}
    objects |= {x.i for x in toks[min(objects, default=verb.i):verb.i] if x.head in objects and x.dep == "appos"}
    return next((m for m in before if set(_head_tokens(m, toks)) & objects), None)


def _binder(t: Token, before: list[Mention], toks: list[Token]) -> Mention | None:
    """The person a reflexive stands for: the subject of the nearest clause above it whose subject
    names one ("the minister said the pact had been signed by herself": the minister; "the envoy
    himself signed it": the envoy), else none."""
    k = t.i
    if toks[t.head].pos in {"NOUN", "PROPN"}:  # "by the minister herself": the noun it stresses, named or not
        return next((m for m in before if m.start <= toks[t.head].start < m.end), None)
    while toks[k].head != k:
        k = toks[k].head
        subjects = [x for x in toks[max(0, k - 60):k + 60] if x.head == k and x.dep in {"nsubj", "nsubjpass"}
                    and x.sent == t.sent]
        for m in before:
            if any(m.start <= x.start < m.end for x in subjects):
                return m
        if toks[k].pos not in {"VERB", "AUX"} and any(m.start <= toks[k].start < m.end for m in before):
            return next(m for m in before if m.start <= toks[k].start < m.end)  # "the envoy himself"
    return None


def _plural_subject(t: Token, toks: list[Token]) -> set[int]:
    """The coordinated people ("A and B", or "who" standing for them) that are the subject of the
    clause a singular non-subject pronoun sits in; empty when the subject is one."""
    if t.lower in _SUBJECT:
        return set()
    k = t.i
    while toks[k].head != k and toks[k].pos not in {"VERB", "AUX"}:
        k = toks[k].head
    subjects = [x.i for x in toks[max(0, k - 40):k] if x.head == k and x.dep in {"nsubj", "nsubjpass"}]
    if not subjects:
        return set()
    head = subjects[0]
    if toks[head].lower in {"who", "that"} and toks[k].dep == "relcl":
        head = toks[k].head  # "A and B, who awaited ...": the names the relative clause is on
    while toks[head].dep in {"conj", "appos"} and toks[head].head != head:
        head = toks[head].head
    group, todo = {head}, [head]
    while todo:
        j = todo.pop()
        for x in toks[j + 1:j + 30]:
            if x.head == j and x.dep in {"conj", "appos", "compound"} and x.i not in group:
                group.add(x.i)
                todo.append(x.i)
    j = t.i  # "A and his counterpart signed it": a pronoun inside the pair speaks of its other member
    while toks[j].head != j and j not in group:
        j = toks[j].head
    if j in group:
        return set()
    return group if sum(toks[g].dep == "conj" for g in group) else set()


def _subject_above(t: Token, before: list[Mention], toks: list[Token]) -> Mention | None:
    """"X signed it alongside Y, putting his name to it during his visit": a possessive in a phrase
    hung on a clause is its subject's, the clause's or the one a participle shares, before a
    person named in a phrase inside the clause — not before its object ("X thanked Y for his
    help", "X welcomed Y on his visit": the nearest, as ever)."""
    if t.dep != "poss":
        return None
    k = t.i
    while toks[k].head != k:
        k = toks[k].head
        if toks[k].pos not in {"VERB", "AUX"}:
            continue
        objects = [x for x in toks if x.head == k and x.dep in {"dobj", "dative", "attr"} and x.sent == t.sent]
        if any(m.start <= x.start < m.end for m in before for x in objects):
            return None
        subjects = [x for x in toks if x.head == k and x.dep in {"nsubj", "nsubjpass"} and x.sent == t.sent]
        for m in before:
            if any(m.start <= x.start < m.end for x in subjects):
                return m
        if subjects:
            return None  # its own subject names no one: no guess
    return None


def _fronted_for(t: Token, people: dict[int, list[Mention]], toks: list[Token]) -> Mention | None:
    """"During his stay in Lima, Ruiz met ...", "After the cancellation of his trip, Ruiz ...": a
    pronoun in a phrase put before its clause's subject refers ahead, to that subject."""
    k = t.i
    # "after the cancellation of his trip, X ...": up through the phrases inside the fronted one
    while toks[k].head != k and (toks[k].dep not in {"prep", "advcl", "npadvmod", "advmod"}
                                 or toks[toks[k].head].pos not in {"VERB", "AUX"}):
        k = toks[k].head
    verb = toks[k].head
    if toks[k].head == k or toks[verb].pos not in {"VERB", "AUX"}:
        return None
    subjects = [x for x in toks if x.head == verb and x.dep in {"nsubj", "nsubjpass"} and x.sent == t.sent]
    if not subjects or subjects[0].i < t.i:
        return None
    for m in people.get(t.sent, []):
        if m.start <= subjects[0].start < m.end:
            return m
    return None


def _head_tokens(m: Mention, toks: list[Token]) -> list[int]:
    """Tokens of the mention whose head lies outside it."""
    inside = [t.i for t in itertools.takewhile(lambda t: t.start < m.end, toks[_first(m, toks):])]
    return [k for k in inside if not (m.start <= toks[toks[k].head].start < m.end) or toks[k].head == k]


def _first(m: Mention, toks: list[Token]) -> int:
    lo, hi = 0, len(toks)
    while lo < hi:  # the first token at or after the mention's start
        mid = (lo + hi) // 2
        if toks[mid].start < m.start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _is_subject(m: Mention, toks: list[Token]) -> bool:
    """Is the mention the subject of its sentence's main verb (not of a clause inside it:
    "before Ana's trip, since Ben took office" is about Ana)?"""
    return any(t.dep in {"nsubj", "nsubjpass"} and toks[t.head].dep == "ROOT"
               for t in toks if m.start <= t.start < m.end)


def _speaker(t: Token, people: dict[int, list[Mention]], toks: list[Token]) -> Mention | None:
    """'"I am glad to be in Lima," X told reporters': a first-person pronoun inside a quote is the
    person the sentence attributes the quote to (the subject of a verb of saying outside it)."""
    if not _quoted(t.i, toks):
        return None
    for m in people.get(t.sent, []):
        for k in _head_tokens(m, toks):
            k = toks[k].head if toks[k].dep == "appos" else k  # "A spokesman, X, said"
            if toks[k].dep == "nsubj" and toks[toks[k].head].lemma in _SAYING and not _quoted(k, toks):
                return m
    return None


def _quoted(i: int, toks: list[Token]) -> bool:
    """Is token ``i`` inside quotation marks opened in its sentence?"""
    marks = []
    k = i - 1
    while k >= 0 and toks[k].sent == toks[i].sent:
        if toks[k].text in _OPENING | _CLOSING:
            marks.append(toks[k].text)
        k -= 1
    # the nearest mark before: an opening one, or a straight one that opens an odd count
    return bool(marks) and (marks[0] in _OPENING - _CLOSING or marks[0] == '"' and len(marks) % 2 == 1)
