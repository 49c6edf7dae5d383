"""One node per real-world entity across articles: the canonical key and label of an entity.

Every article is built on its own (its own named graph, possibly in another process), so the
rule is stateless: an entity's IRI ``id/<type>/<key>`` and its ``rdfs:label`` are functions of
what the article itself says about it.

* **Linked** entities are keyed by their Wikidata QID; their label is the gazetteer's.
* **Acronyms** — agreements and organisations are keyed by their acronym when the article gives
  one ("Pacific Fisheries Cooperation Agreement (PFCA)", or "PFCA" alone), and, when the article
  gives only a full name whose head word is one that acronyms are made of ("… Agreement",
  "… Organisation"), by its initials: the first letters of its capitalised words, function
  words dropped, acronym words kept whole ("PLA Navy" -> PLAN). So "PFCA" in one article and
  "the Pacific Fisheries Cooperation Agreement" in another are one node. Such a node's
  ``rdfs:label`` is the acronym — the one name every article minting it knows — and the full
  name is a ``skos:altLabel``.
* **Everything else** is keyed by its normalised name (:func:`kg.text.normalise_name`): accents
  and case folded, a leading "the" dropped, dash and quote variants ignored, spelt-out ordinals
  as numbers ("Twelfth" -> "12th"), a person's titles ("President", "Prime Minister") dropped.
  The label is the name with the same normalisations that keep it readable (first letters of
  words raised, straight quotes, hyphens), so two spellings of one key give one label.

Known limits, chosen on purpose:

* A surname alone ("Ardern") is never merged with a full name from another article: within an
  article the extractor already resolves surnames, and across articles a surname names many
  people (Kim, Bush, Sharif, Marcos father and son).
* An acronym that is not its name's initials ("HALOS" for "Harbour Access and Logistics
  Operations Support") joins articles that give the acronym, alone or with the name, but not an
  article that gives only the full name (that one is keyed by its initials, "HALOS" only by
  luck): without a store to consult, nothing in that article says "HALOS".
* Names differing only by accents share a key but keep their own spelling as label; an article
  pair spelling one unlinked name both ways gives that node two labels.
"""
from __future__ import annotations

import re
from typing import Protocol

from kg.text import (
    ORDINALS,
    PERSON_TITLES,
    iri_slug,
    normalise_name,
    strip_the,
    tidy,
    title_without_parties,
)

__all__ = ["acronym_of", "canonical_key", "canonical_label", "initials"]


class _EntityLike(Protocol):
    type: str
    label: str
    qid: str | None
    attributes: dict[str, object]


#: Types whose IRIs may be minted from an acronym (an explicit one, or derived initials).
ACRONYM_TYPES = frozenset({"Agreement", "Organization", "InternationalOrganization"})
#: Head words of names that are commonly abbreviated; only these get derived initials, so
#: "North Atlantic Treaty" keeps its name while "Visiting Forces Agreement" becomes VFA.
ACRONYM_HEADS = frozenset({
    "agreement", "arrangement", "organisation", "organization", "alliance", "partnership",
    "initiative", "forum", "community", "union", "dialogue", "framework", "cooperation",
})
#: Words left out of initials and kept lower-case in labels.
FUNCTION_WORDS = frozenset({
    "a", "an", "and", "at", "between", "by", "for", "from", "in", "of", "on", "or", "the", "to",
    "with", "al", "bin", "bint", "da", "de", "del", "der", "di", "du", "el", "ibn", "la", "le",
    "van", "von",
})
_TRAILING_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,9})\)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


def _strip_titles(text: str) -> str:
    folded = text.casefold()
    for title in PERSON_TITLES:
        if folded.startswith(title + " ") and len(text) > len(title) + 1:
            return _strip_titles(text[len(title) + 1:])
    return text


def _split_acronym(label: str) -> tuple[str, str | None]:
    """("Pacific Fisheries Cooperation Agreement (PFCA)") -> (name, "PFCA")."""
    match = _TRAILING_ACRONYM.match(label)
    if match:
        return match["name"], match["acr"]
    return label, None


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-/]+", name) if w]


def initials(name: str) -> str | None:
    """The acronym a full name is likely abbreviated to, or None when it has no clear one.

    Initials of the capitalised words, function words dropped, words already in capitals kept
    whole; only for 3–6 letters and names whose every significant word is capitalised.

    >>> initials("Pacific Fisheries Cooperation Agreement")
    'PFCA'
    >>> initials("the Basic Exchange and Cooperation Agreement")
    'BECA'
    >>> initials("PLA Navy")
    'PLAN'
    >>> initials("Treaty of Zenda") is None   # two letters: too short to be safe
    True
    >>> initials("emergency summit of Arab leaders") is None   # not a proper name
    True
    """
    letters = []
    for word in _words(strip_the(tidy(name))):
        if word.casefold() in FUNCTION_WORDS:
            continue
        if not word[0].isalpha() or not word[0].isupper():
            return None
        letters.append(word if _ACRONYM.match(word) else word[0])
    acronym = "".join(letters)
    return acronym if 3 <= len(acronym) <= 6 and acronym.isascii() else None


def acronym_of(entity: _EntityLike) -> str | None:
    """The acronym an agreement's or organisation's IRI is minted from, if any.

    Exact evidence first (the ``acronym`` attribute, "Name (ACR)", a label in capitals), then
    the initials of a full name whose head word is commonly abbreviated.
    """
    if entity.type not in ACRONYM_TYPES:
        return None
    given = str(entity.attributes.get("acronym") or "").strip()
    if _ACRONYM.match(given):
        return given
    if entity.qid:
        return None  # linked: the QID is the key, and no acronym is guessed for it
    name, acr = _split_acronym(tidy(entity.label))
    if acr and _ACRONYM.match(acr):
        return acr
    if _ACRONYM.match(name):
        return name
    words = _words(name)
    if words and words[-1].casefold() in ACRONYM_HEADS:
        return initials(name)
    return None


class _Titled:
    """An agreement under its title alone: "the X Treaty between A and B" is the X Treaty in every
    article, however each names its parties (their names stay the article's aliases)."""

    def __init__(self, entity: _EntityLike, label: str) -> None:
        self.type, self.label, self.qid, self.attributes = entity.type, label, entity.qid, entity.attributes


def _by_title(entity: _EntityLike) -> _EntityLike:
    if entity.type != "Agreement" or entity.qid or entity.attributes.get("unnamed"):
        return entity
    title = title_without_parties(strip_the(tidy(entity.label)))
    return _Titled(entity, title) if title else entity


def canonical_key(entity: _EntityLike) -> str:
    """The last segment of the entity's IRI: QID, acronym, or normalised name (module docstring).

    >>> from kg.model import Entity
    >>> canonical_key(Entity("e1", "Agreement", "Pacific Fisheries Cooperation Agreement (PFCA)"))
    'pfca'
    >>> canonical_key(Entity("e2", "Agreement", "PFCA"))
    'pfca'
    >>> canonical_key(Entity("e3", "Agreement", "the Pacific Fisheries Cooperation Agreement"))
    'pfca'
    >>> canonical_key(Entity("e4", "Agreement", "Harbour Access and Logistics Operations Support",
    ...                      attributes={"acronym": "HALOS"}))
    'halos'
    >>> canonical_key(Entity("e5", "Agreement", "the Treaty of Zenda")) == canonical_key(
    ...     Entity("e6", "Agreement", "Treaty of Zenda"))
    True
    >>> canonical_key(Entity("e6", "Agreement", "Treaty of Amity between Ruritania and Borduria"))
    'treaty-of-amity'
    >>> canonical_key(Entity("e7", "Summit", "the 12th Nordic Summit"))
    '12th-nordic-summit'
    >>> canonical_key(Entity("e8", "Person", "Prime Minister Jacinda Ardern"))
    'jacinda-ardern'
    >>> canonical_key(Entity("e9", "Person", "Ardern"))    # a surname alone stays apart
    'ardern'
    >>> canonical_key(Entity("e10", "State", "Ruritania", qid="Q123"))
    'Q123'
    >>> canonical_key(Entity("e11", "Legislature", "National Assembly", attributes={"context": ("Q123",)}))
    'national-assembly-of-q123'
    """
    if entity.qid:
        return entity.qid
    entity = _by_title(entity)
    if entity.attributes.get("unnamed"):
        # a thing described, not named: its description and what the article ties it to
        # (an agreement's parties, a summit's place and date), never the description alone
        given = entity.attributes.get("context")
        context = [iri_slug(normalise_name(str(c))) for c in given] if isinstance(given, (tuple, list)) else []
        return "unnamed-" + "-".join([iri_slug(normalise_name(entity.label))[:80], *context])[:160].strip("-")
    acronym = acronym_of(entity)
    if acronym:
        return iri_slug(acronym)
    name, _ = _split_acronym(tidy(entity.label))
    if entity.type == "Person":
        name = _strip_titles(name)
    key = iri_slug(normalise_name(name))
    given = entity.attributes.get("context") if entity.type == "Legislature" else None
    if isinstance(given, (tuple, list)) and given:
        # a name many states' legislatures bear ("National Assembly") is one legislature per state
        key += "-of-" + "-".join(iri_slug(normalise_name(str(c))) for c in given)
    return key


def _raise_initial(word: str) -> str:
    head = word.split("-", 1)[0].split("'", 1)[0]
    if head.casefold() in FUNCTION_WORDS or not word[:1].isalpha():
        return word
    return word[0].upper() + word[1:]


def canonical_label(entity: _EntityLike) -> str:
    """The entity's one ``rdfs:label``, the same in every article that mints its IRI.

    >>> from kg.model import Entity
    >>> canonical_label(Entity("e1", "Agreement", "the Pacific Fisheries Cooperation Agreement"))
    'PFCA'
    >>> canonical_label(Entity("e2", "Summit", "the 12th Nordic summit"))
    '12th Nordic Summit'
    >>> canonical_label(Entity("e3", "Summit", "emergency summit of Arab leaders"))
    'Emergency Summit of Arab Leaders'
    >>> canonical_label(Entity("e4", "Person", "President Abdel Fattah el-Sisi"))
    'Abdel Fattah el-Sisi'
    >>> canonical_label(Entity("e5", "Place", "PORT MORESBY"))
    'Port Moresby'
    """
    if entity.qid:
        return entity.label  # the gazetteer's label, set by the linker
    entity = _by_title(entity)
    if entity.attributes.get("unnamed"):
        return strip_the(tidy(entity.label))  # the article's description, as written
    acronym = acronym_of(entity)
    if acronym:
        return acronym
    name, _ = _split_acronym(tidy(entity.label))
    name = strip_the(name)
    if entity.type == "Person":
        name = _strip_titles(name)
    if name.isupper() and (" " in name or len(name) > 7):
        name = name.casefold()  # a dateline or headline in capitals: "WASHINGTON"
    words = name.split()
    # first letters raised (not lowered), so "12th Nordic summit" and "12th Nordic Summit" agree
    # while "NATO-Ukraine" and "Kim Jong-un" keep their own capitals
    return " ".join(ORDINALS.get(w.casefold(), _raise_initial(w) if i == 0 or w.casefold() not in FUNCTION_WORDS else w.casefold())
                    for i, w in enumerate(words)) or entity.label
