"""Link an extracted entity (label, type, aliases) to a gazetteer item, with a confidence.

Candidates come from exact lookups of the label and aliases, then from fuzzy matching
(rapidfuzz token_sort_ratio over normalised forms); each is weighted by how it matched, by
whether its type fits the mention's type, and by its salience (a state before a capital before
another place). Below the threshold, or when two items tie, there is no link.

A fuzzy match may respell a name's words, never change them: every word must be a spelling of
one of the candidate's ("Sergei"/"Sergey", "Zelensky"/"Zelenskyy", "Mohamed"/"Mohammed": same
first letter, same consonants), so "Angara" is not "Ankara" and "Michael Langley" not "Michael
Lawler" (:func:`respelled`).

>>> from kg.link.gazetteer import load_gazetteer
>>> linker = Linker(load_gazetteer())
>>> linker.link("Russian Federation", "State").qid
'Q159'
>>> linker.link("Emmanuel Macron", "State") is None
True
>>> respelled("sergei lavrov", "sergey lavrov", "Person"), respelled("angara", "ankara", "Place")
(True, False)
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, Levenshtein

from kg.link.gazetteer import Gazetteer, GazetteerEntry, is_acronym
from kg.link.regnal import monarch_index, monarchs_named
from kg.link.short_names import names_by_descent, short_name_index
from kg.text import NAME_PARTICLES as _PARTICLES
from kg.text import lookup_key, name_fold, spelling_fold

#: mention type -> gazetteer type -> weight. Missing pairs never link (a Person is never a State).
COMPATIBLE: dict[str, dict[str, float]] = {
    "State": {"State": 1.0, "Place": 0.85},  # a territory, or a capital read as its state
    "Place": {"Place": 1.0, "State": 0.95},  # "fighting in Ukraine": the state is the place
    "Person": {"Person": 1.0},
    "Legislature": {"Legislature": 1.0, "Organization": 0.85},
    "Organization": {"Organization": 1.0, "Legislature": 0.85, "InternationalOrganization": 0.85},
    "InternationalOrganization": {"InternationalOrganization": 1.0, "Organization": 0.85},
    "ArmedForces": {"ArmedForces": 1.0},
    "Agreement": {"Agreement": 1.0},
    "Summit": {"Summit": 1.0},
    "MilitaryBase": {"MilitaryBase": 1.0, "Facility": 0.85, "Place": 0.8},
    "Facility": {"Facility": 1.0, "MilitaryBase": 0.85, "Place": 0.8},
}
#: How much a match by each kind of surface form is worth.
KIND_WEIGHT = {"name": 1.0, "alias": 0.97, "spelling": 0.97, "acronym": 0.95, "demonym": 0.92, "name parts": 0.95, "surname": 0.85}
#: Words after a surname that tell a son from his namesake father ("Jr.", "III"): not part of the surname.
GENERATIONS = frozenset({"jr", "sr", "junior", "senior", "ii", "iii", "iv"})
#: A capital named where a state is meant ("Moscow said...") links to the state, less surely.
METONYM_WEIGHT = 0.9
#: Two candidates closer than this are a tie: better no link than a coin toss.
TIE_MARGIN = 0.01
CONTEXT_BONUS = 0.05
#: Fuzzy answers kept before the memo is emptied.
_FUZZY_LIMIT = 50_000


@dataclass(frozen=True)
class Link:
    """A link from an extracted entity to a Wikidata item."""

    qid: str
    label: str
    confidence: float
    kind: str = "name"  # how it matched: name | alias | acronym | demonym | surname | fuzzy | capital


class Linker:
    """Links entities to gazetteer items; see the module docstring for the scoring."""

    def __init__(self, gazetteer: Gazetteer, *, threshold: float = 0.8) -> None:
        self.gazetteer = gazetteer
        self.threshold = threshold
        self._keys = list(gazetteer.keys())
        self._keys_for: dict[str, tuple[list[str], list[str]]] = {}
        #: (key, type) -> fuzzy candidates: a pure function of the (fixed) gazetteer
        self._fuzzy: dict[tuple[str, str], tuple[tuple[GazetteerEntry, str, float], ...]] = {}
        self._surnames: dict[str, list[GazetteerEntry]] = {}
        # a person's names and surname up to transliteration (kg.text.name_fold), folded once here
        self._spelt: dict[str, set[str]] = {}
        self._spelt_surnames: dict[str, list[GazetteerEntry]] = {}
        self._monarchs = monarch_index(gazetteer.entries.values())
        self._short = short_name_index(gazetteer.entries.values(), self._keys)
        for e in gazetteer.entries.values():
            if e.type != "Person":
                continue
            for form in (e.label, *e.aliases):
                self._spelt.setdefault(name_fold(form), set()).add(e.qid)
            if " " in e.label:
                self._surnames.setdefault(lookup_key(e.label.split()[-1]), []).append(e)
                surname = name_fold(e.label.split()[-1])
                if surname and " " not in surname:
                    self._spelt_surnames.setdefault(surname, []).append(e)

    def link(self, label: str, type: str, *, aliases: Iterable[str] = (),
             context: str = "", by_surname: bool = True) -> Link | None:
        """The best item for the entity, or None below the threshold or on a tie. ``by_surname``
        False: a one-word name is no surname to look a person up by ("Pope Francis", "King X")."""
        allowed = COMPATIBLE.get(type, {type: 1.0})
        scores: dict[str, tuple[float, str, str]] = {}  # qid -> (score, label, kind)
        names = [(label, 1.0)] + [(a, 0.95) for a in aliases if a]
        for name, weight in names:
            for entry, kind, base in self._candidates(name, type, context, by_surname):
                for qid, lbl, how, score in self._score(entry, kind, base * weight, allowed, context):
                    if score > scores.get(qid, (0.0,))[0]:
                        scores[qid] = (score, lbl, how)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
        best_qid, (best, best_label, how) = ranked[0]
        if len(ranked) > 1 and best - ranked[1][1][0] < TIE_MARGIN:
            return None
        if best < self.threshold:
            return None
        if type == "Person" and not names_person(label, self.gazetteer.entries[best_qid]):
            return None  # "Luc Martin", called "Martin" later, is not another Martin
        return Link(best_qid, best_label, round(min(best, 1.0), 3), how)

    def _candidates(self, name: str, type: str, context: str = "",
                    by_surname: bool = True) -> list[tuple[GazetteerEntry, str, float]]:
        """(entry, kind, base score): exact forms first; fuzzy only when nothing is exact."""
        exact = [(e, kind, 1.0) for e, kind in self.gazetteer.lookup(name)]
        key = lookup_key(name)
        spelt = name_fold(name) if type == "Person" else ""
        if type == "Person" and by_surname and " " not in spelt:
            # "Macron" alone: the one listed person with that surname, if only one ("Zelensky",
            # "al-Sisi": the surname in another transliteration, when none is listed as written)
            people = self._surnames.get(key) or self._spelt_surnames.get(spelt, [])
            if len(people) == 1:
                exact.append((people[0], "surname", 1.0))
        if type == "Person" and not exact:
            # the name in another transliteration ("Kasym-Zhomart", "al-Sisi"); two listed people
            # of one fold tie, and a tie is no link
            exact = [(self.gazetteer.entries[q], "spelling", 1.0) for q in sorted(self._spelt.get(spelt, ()))]
        if type == "Person" and not exact:
            exact = self._by_name_parts(key, context)
        if type == "Person" and not exact and key in self._short:
            exact = [(self._short[key], "name parts", 1.0)]  # "Bruno Rodriguez" of "... Rodriguez Parrilla"
        if type == "Person" and not exact:
            # "Abdullah II", "King Salman": a monarch by regnal or (styled, realm named) given name
            exact = [(e, "name parts", 1.0) for e in monarchs_named(self._monarchs, key, not by_surname)
                     if len(key.split()) > 1 or _country_in_context(self.gazetteer, e, context)]
        if type == "Place" and not exact and " " not in name.strip() and name.strip().endswith(("ic", "an")):
            # "the Mediterranean", "the Pacific": a sea or an ocean named by its adjective alone
            # (never by a place's own name: "Bali" is the island, not the Bali Sea)
            exact = [(e, "water", 1.0) for noun in ("Sea", "Ocean") for e, _ in self.gazetteer.lookup(f"{name} {noun}")
                     if e.extra.get("water_body") == noun.lower()]
        if exact or len(key) < 4:  # short strings fuzz onto anything
            return exact
        found = self._fuzzy.get((key, type))
        if found is None:
            if len(self._fuzzy) >= _FUZZY_LIMIT:
                self._fuzzy.clear()  # a long build meets new names forever: keep memory bounded
            found = self._fuzzy[key, type] = self._fuzzy_matches(key, type)
        return list(found)

    def _fuzzy_matches(self, key: str, type: str) -> tuple[tuple[GazetteerEntry, str, float], ...]:
        """The entries a key respells, fuzzily (the same name recurs across a build's articles:
        each is compared with the whole gazetteer once)."""
        out = []
        keys, sorted_forms = self._fuzzy_keys(type)
        # token_sort_ratio, with the candidates' tokens sorted once rather than on every call
        for _, score, k in process.extract(_sorted_tokens(key), sorted_forms, scorer=fuzz.ratio,
                                           score_cutoff=self.threshold * 100, limit=5):
            if not respelled(key, keys[k], type):
                continue
            for qid, kind in self.gazetteer.by_key(keys[k]).items():
                if kind != "acronym":
                    out.append((self.gazetteer.entries[qid], "fuzzy", score / 100))
        return tuple(out)

    def _by_name_parts(self, key: str, context: str) -> list[tuple[GazetteerEntry, str, float]]:
        """A listed person the name gives more fully: with middle names or a patronymic ("Ana
        Lucia Sobral" of "Ana Sobral"), or as the son of a namesake ("Pedro Alves Jr."): one
        listed person with that surname who is no less than that name's holder."""
        words = key.split()
        suffixed = len(words) >= 3 and words[-1] in GENERATIONS
        if suffixed:
            words = words[:-1]
        if len(words) < 2:
            return []
        people = self._surnames.get(words[-1], [])
        fuller = [e for e in people if any(_within(words, lookup_key(f).split()) for f in (e.label, *e.aliases))]
        if fuller:
            return [(e, "name parts", 1.0) for e in fuller]
        # "Lula da Silva", "Lopez Obrador": the last names of one listed person's full name
        tails = [e for e in people if any(_tail_of(words, lookup_key(f).split()) for f in (e.label, *e.aliases))]
        if len(tails) == 1 and not suffixed:
            return [(tails[0], "name parts", 1.0)]
        # "Jr." names the son: the one listed person of that surname, when the article names
        # his country (a gazetteer may list him by another given name)
        if suffixed and len(people) == 1 and _country_in_context(self.gazetteer, people[0], context):
            return [(people[0], "surname", 1.0)]
        return []

    def prepare(self, types: Iterable[str]) -> None:
        """Build the fuzzy candidates' keys of these types now (at load time), not in the first
        article that needs them."""
        for type in types:
            self._fuzzy_keys(type)

    def _fuzzy_keys(self, type: str) -> tuple[list[str], list[str]]:
        """Keys of entries a ``type`` entity may link to (a person's misspelt name is compared
        with people's names only, not with every place), and each with its tokens sorted."""
        if type not in self._keys_for:
            allowed = COMPATIBLE.get(type, {type: 1.0})
            keys = [k for k in self._keys if any(
                self.gazetteer.entries[q].type in allowed or
                ("State" in allowed and self.gazetteer.entries[q].extra.get("capital_of"))
                for q in self.gazetteer.by_key(k))]
            self._keys_for[type] = (keys, [_sorted_tokens(k) for k in keys])
        return self._keys_for[type]

    def _score(self, entry: GazetteerEntry, kind: str, base: float, allowed: dict[str, float],
               context: str) -> list[tuple[str, str, str, float]]:
        """(qid, label, kind, score) for a candidate; a capital may stand for its state."""
        weight = KIND_WEIGHT.get(kind, 1.0)
        out = []
        if entry.type in allowed:
            score = base * weight * allowed[entry.type] * _salience(entry)
            score += CONTEXT_BONUS if _country_in_context(self.gazetteer, entry, context) else 0.0
            out.append((entry.qid, entry.label, kind, score))
        capital_of = entry.extra.get("capital_of")
        state = self.gazetteer.get(capital_of) if capital_of else None
        if state is not None and "State" in allowed and allowed.get("State") == 1.0:
            out.append((state.qid, state.label, "capital", base * weight * METONYM_WEIGHT))
        return out


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def _consonants(word: str) -> str:
    """A word's consonants, doubled letters once: what survives transliteration ("srg")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", word))


def _vowel_fold(word: str) -> str:
    """A word with doubled letters once and "y" as "i": "Zelenskyy", "Zelenskiy" -> "zelenski"."""
    return _DOUBLED.sub(r"\1", word.replace("y", "i"))


def _respells(a: str, b: str, person: bool = True) -> bool:
    """Is word ``a`` a spelling of word ``b``? The same first letter and the same consonants
    ("Trumpet" is no "Trump"), and the same vowels up to doubling and "y"/"i" ("Sergei"/"Sergey",
    "Mohamed"/"Mohammed"); a word of four letters or more may add or drop one vowel ("Saud"/
    "Saoud", "Sénat"/"Senate"), one of a person's of seven or more change two ("Muhammad"/"Mohammed");
    no other vowel changes: "Don" is not "Dan", "Mirek" not "Marek", the city "Granada" not the state "Grenada"."""
    if a == b or spelling_fold(a) == spelling_fold(b):
        return True
    if a[:1] != b[:1] or _consonants(a) != _consonants(b):
        return False
    fa, fb = _vowel_fold(a), _vowel_fold(b)
    if fa == fb:
        return True
    # the consonants are the same, so what an edit changes is a vowel
    n = min(len(fa), len(fb))
    return person and n >= 7 and Levenshtein.distance(fa, fb) <= 2 or n >= 4 and Indel.distance(fa, fb) <= 1


def respelled(name: str, candidate: str, type: str) -> bool:
    """Does the candidate (a normalised key) give the same words as the name, respelled? Each
    word of the name must respell a different word of the candidate, in any order; a person may
    go by two or more consecutive words of a longer name ("Faisal bin Tariq" of "Faisal bin
    Tariq Al Said", "Tayyip Erdogan" of "Recep Tayyip Erdogan") but no word may be added or
    changed ("Senate" is not "US Senate", "Michael Langley" not "Michael Lawler")."""
    words, theirs = name.split(), candidate.split()
    if len(words) < len(theirs):
        n = len(words)
        return type == "Person" and n >= 2 and any(
            all(_respells(w, t) for w, t in zip(words, theirs[i:i + n])) for i in range(len(theirs) - n + 1))
    if len(words) > len(theirs):
        return False
    left = list(theirs)
    for w in words:
        match = next((t for t in left if _respells(w, t, type == "Person")), None)
        if match is None:
            return False
        left.remove(match)
    return True


def names_person(label: str, entry: GazetteerEntry) -> bool:
    """May an entity whose fullest name is ``label`` be this listed person? A one-word label may
    (a surname); a longer one must respell one of the person's names (see :func:`respelled`; middle
    initials aside) or hold one of them whole beside a title ("Sheikh Tamim bin Hamad Al Thani"). So a link through
    an alias ("Martin") never joins "Luc Martin" to a listed person of another given name."""
    words = _without_initials(lookup_key(label).split())
    key = " ".join(words)
    if len(words) < 2:
        return True
    if len(words) >= 3 and words[-1] in GENERATIONS:
        return lookup_key(entry.label).split()[-1] == words[-2]  # "Pedro Alves Jr.": the son, by surname
    for form in (entry.label, *entry.aliases):
        theirs = _without_initials(lookup_key(form).split())
        if not theirs:
            continue
        if respelled(key, " ".join(theirs), "Person") or _within(words, theirs) or _tail_of(words, theirs) \
                or names_by_descent(words, theirs):
            return True
        n = len(theirs)
        if 2 <= n < len(words) and any(all(_respells(w, t) for w, t in zip(words[i:i + n], theirs))
                                       for i in range(len(words) - n + 1)):
            return True
    return False


def _tail_of(words: list[str], theirs: list[str]) -> bool:
    """Is ``words`` the last names of ``theirs``, two of them no particle ("Lula da Silva" of "Luiz
    Inacio Lula da Silva", "Garcia Marquez" of "Gabriel Jose Garcia Marquez")? Iberian and
    Lusophone usage names a person by the end of a long name."""
    return len(theirs) > len(words) >= 2 and theirs[-len(words):] == words \
        and sum(w not in _PARTICLES for w in words) >= 2


def _within(words: list[str], theirs: list[str]) -> bool:
    """Is ``theirs`` (two words or more) ``words`` less some middle words ("Ana Lucia Sobral" holds
    "Ana Sobral")? First and last word the same, the rest in order; a word may be respelled."""
    if not 2 <= len(theirs) < len(words) or not (_respells(words[0], theirs[0]) and words[-1] == theirs[-1]):
        return False
    rest = iter(words[1:-1])
    return all(any(_respells(w, t) for w in rest) for t in theirs[1:-1])


def _without_initials(words: list[str]) -> list[str]:
    """A name's words less its middle initials ("Ana J. Sobral"), which one source gives and another
    not, and less Arabic's article, which one writes "al-", another "el-" and a third not at all."""
    last = len(words) - 1
    return [w for i, w in enumerate(words) if w not in _ARTICLES and (len(w) > 1 or i in (0, last)) or i == last]


_ARTICLES = frozenset({"al", "el"})


def _sorted_tokens(text: str) -> str:
    return " ".join(sorted(text.split()))


def _salience(entry: GazetteerEntry) -> float:
    """A reader's prior: a state before a territory or capital before another place."""
    if entry.type != "Place":
        return 1.0
    if entry.extra.get("iso2"):
        return 1.0  # a territory with its own ISO code (Greenland, Hong Kong)
    return 0.98 if entry.extra.get("capital_of") else 0.93


@functools.lru_cache(maxsize=8)  # one context serves every candidate of an article's entities
@functools.lru_cache(maxsize=8)  # one article's context, asked for each of its place candidates
def _normalized(context: str) -> str:
    return lookup_key(context)


def _country_in_context(gz: Gazetteer, entry: GazetteerEntry, context: str) -> bool:
    """Does the context name the country the candidate lies in ("Atlanta, Georgia, US")?"""
    if not context or not entry.country or entry.country == entry.qid:
        return False
    country = gz.get(entry.country)
    if country is None:
        return False
    words = f" {_normalized(context)} "
    for form in (country.label, *country.aliases, *country.demonyms):
        if is_acronym(form):  # "US" must be upper case: "us" is a pronoun
            if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", context):
                return True
        elif len(lookup_key(form)) > 1 and f" {lookup_key(form)} " in words:
            return True
    return False
