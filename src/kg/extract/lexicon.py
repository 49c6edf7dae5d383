"""The domain lexicon (``data/lexicon.yaml``): head nouns, titles, activity, facility and office words."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kg.extract.alternation import alternation
from kg.extract.opener_scan import OpenerScan
from kg.extract.title_words import TitleWords
from kg.resources import resource_dir


def data_dir() -> Path:
    """The project's ``data/`` folder (``KG_DATA_DIR`` overrides)."""
    return resource_dir("data", marker="lexicon.yaml", env="KG_DATA_DIR")


_BOUNDED = r"(?<![\w-])(?:{})(?![\w-])"
#: Spaces and hyphens, kept when a phrase is split at them (asked of every capitalised phrase).
_WORD_BREAKS = re.compile(r"([ -])")


def _pattern(words: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex over phrases; ``*`` ends a word with any letters."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w.lower()).replace(r"\*", r"[\w-]*")
        alts.append(esc)
    return re.compile(_BOUNDED.format("|".join(alts)), re.IGNORECASE)


def _alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The escaped phrases of a :func:`_pattern` regex."""
    prefix, suffix = _BOUNDED.split("{}")
    return pattern.pattern[len(prefix):-len(suffix)].split("|")


def _union(patterns) -> re.Pattern[str]:
    """One :func:`_pattern` regex over the phrases of several: one alternation inside one pair of
    word-boundary checks, which the regex engine tries far faster than many patterns in turn."""
    words = [w for p in patterns for w in _alternatives(p)]
    return re.compile(_BOUNDED.format("|".join(sorted(words, key=len, reverse=True))), re.IGNORECASE)


def _union_scan(patterns) -> OpenerScan:
    """:func:`_union`, tried only where one of its words begins (asked of every sentence)."""
    words = _alternatives(_union(patterns))
    # grouped by first letter (kg.extract.alternation): the same matches, found faster
    return OpenerScan(re.compile(_BOUNDED.format(alternation(words)), re.IGNORECASE), words)


#: Where a body's head noun ends and what it is of or for begins: "Committee | on Treaties".
_TOPIC_BREAK = re.compile(r" (?:of|on|for) ")


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, tuple[str, ...]]
    prefix_heads: dict[str, tuple[str, ...]]
    services: tuple[str, ...]
    activities: dict[str, re.Pattern[str]]
    facilities: dict[str, re.Pattern[str]]
    titles: TitleWords
    references: dict[str, tuple[str, ...]]
    regions: frozenset[str] = frozenset()
    ranks: re.Pattern[str] | None = None
    #: words deciding a membership's modality (``membership`` in the lexicon)
    membership: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: activities told by a predicate and its argument's head: activity -> (predicates, arguments)
    activity_pairs: dict[str, tuple[frozenset[str], frozenset[str]]] = dataclasses.field(default_factory=dict)
    #: words tying a clause to the agreement in view (``permission`` in the lexicon)
    permission: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: common nouns for a settlement or area ("town", "port city"): what an unknown name is
    #: when the text calls it one ("X, a coastal town", "the city of X")
    place_nouns: frozenset[str] = frozenset()
    capital_compounds: frozenset[str] = frozenset()
    trip_hosting: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: nouns a place's possessive opens that say whose sway, not where ("in Ankara's orbit")
    sway_nouns: frozenset[str] = frozenset()
    #: verbs by which one judges a summit from outside it ("X condemned the summit")
    judging_verbs: frozenset[str] = frozenset()
    #: verbs of a go-between, whose participle a name is hyphened to ("the X-brokered truce")
    go_between: frozenset[str] = frozenset()
    #: words a time hangs on when something is counted from it ("the first summit since X in 2015")
    measured_from: frozenset[str] = frozenset()
    #: title abbreviations ending in a full stop that never ends a sentence ("Capt.", "Col.")
    abbreviations: tuple[str, ...] = ()
    #: hyphened words kept whole by the tokenizer, by part of speech: their lemmas ("co-found")
    prefixed_words: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: news organisations: their head words, describing nouns, attribution verbs, credit words
    media: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: regions that name a grouping, not a place ("Global South")
    region_groupings: frozenset[str] = frozenset()
    #: words before a state a summit's sentence names that say it is no participant ("ended without X")
    not_among: frozenset[str] = frozenset()
    #: nouns for a list that stands for what it lists ("the guest list includes X": X is a guest)
    list_nouns: frozenset[str] = frozenset()
    #: seas and oceans news names by their adjective alone ("the Mediterranean", "the Pacific")
    sea_adjectives: tuple[str, ...] = ()
    #: nouns for occasions people meet at ("talks", "the sidelines of"): where one is held, those
    #: at it are
    gatherings: frozenset[str] = frozenset()
    #: offices whose holder "the Kenyan leader", "Chile's leader" means
    leader_offices: frozenset[str] = frozenset()
    #: nouns for a day that recalls an event ("the tenth anniversary of the signing"): its own day, not the event's
    remembrances: frozenset[str] = frozenset()
    #: verbs and nouns that call an event off ("the summit was scrapped", "the cancellation of")
    calling_off: frozenset[str] = frozenset()
    postponing: frozenset[str] = frozenset()
    #: verbs that begin a step without finishing it ("launched its ratification process"): still ahead
    beginning: frozenset[str] = frozenset()
    #: words before those who went first in a rank ("the second state after X to ratify it"): X did too
    ranked_after: frozenset[str] = frozenset()
    #: nouns of a number or group of things ("a fleet of", "a batch of"): what is bought is the things
    collective_nouns: frozenset[str] = frozenset()
    #: verbs saying an event ends or a guest leaves it: a date on them is its last day ("closed on Friday")
    ending: frozenset[str] = frozenset()
    #: nouns for a state's voters, who ratify for it in a referendum ("voters rejected the accord")
    electorate: frozenset[str] = frozenset()
    #: nouns for what must hold before something else ("a condition is that X has ratified it"): no fact
    conditions: frozenset[str] = frozenset()
    #: words of an organisation's name that make it a state's organ ("ministry"): it signs for its state
    state_organs: frozenset[str] = frozenset()
    #: What an event does when it happens ("go ahead", "take place"): denied, it is called off.
    taking_place: frozenset[str] = frozenset()
    #: verbs that speak of, judge or remember a trip ("recalled his visit"): their day is their own
    trip_talk: frozenset[str] = frozenset()
    #: verbs (lemmas) of a trip beginning ("a visit that began on Monday"): their day is its first
    trip_starting: frozenset[str] = frozenset()
    #: nouns of a part of a trip ("at the end of a visit") -> which of its days: first, last or any
    trip_parts: dict[str, str] = dataclasses.field(default_factory=dict)
    #: words telling one takes part from afar ("by video link", "a virtual summit"): no trip
    remote_words: frozenset[str] = frozenset()
    #: words that rank a day of an event by its place, not a number: "the final day of the summit"
    #: (its last), "the opening day" (its first)
    last_day_words: frozenset[str] = frozenset()
    first_day_words: frozenset[str] = frozenset()
    #: words (lemmas) telling a trip as a tour of stops: a stop's own day is one day of it
    tour_words: frozenset[str] = frozenset()
    #: an international body's seat where the gazetteer's headquarters is wrong or not a city (QID -> city)
    body_seats: dict[str, str] = dataclasses.field(default_factory=dict)
    organ_families: dict[str, str] = dataclasses.field(default_factory=dict)
    #: groups of states named by what they share ("Baltic" -> its states' names), and the plural
    #: nouns for states they stand before ("the Baltic states")
    state_groups: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    state_group_nouns: frozenset[str] = frozenset()
    #: the words that end a rank ("admiral" of "vice admiral"): a name follows them
    rank_words: frozenset[str] = frozenset()
    #: lower-case nouns a site's name is written with ("X airport"), by the type they give
    site_nouns: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: heads that are a whole name alone and then give another type ("the House" is a chamber,
    #: "Government House" a building)
    lone_heads: dict[str, str] = dataclasses.field(default_factory=dict)
    #: a person's styles a writer keeps with the name ("King X") and courtesy words one drops ("Smt X")
    name_styles: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: offices whose title alone says whose they are ("Secretary of State" with no owner): label -> state
    state_titles: dict[str, str] = dataclasses.field(default_factory=dict)
    #: administrative nouns a region is told with ("the X region", "the province of Y")
    unit_nouns: frozenset[str] = frozenset()
    #: names and demonyms news uses for more than one state -> their QIDs, the usual reading first
    shared_state_names: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: a ship's call at a place, a use of its port: "craft" (ship nouns) and "verbs" only a ship's call tells
    port_calls: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: forces placed or staying in a state: their nouns, the nouns and verbs placing them (facts/forces_placed.py)
    forces_placed: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: a navy's ship prefix to the one state that uses it ("HMAS" -> Australia): a named ship stands for its state
    ship_prefixes: dict[str, str] = dataclasses.field(default_factory=dict)

    @functools.cached_property
    def _head_index(self) -> dict[str, str]:
        """Head phrase -> type; a longer phrase of another type wins ("national people's congress")."""
        index: dict[str, str] = {}
        for etype, words in self.heads.items():
            for w in words:
                index.setdefault(w, etype)
        return index

    @functools.cached_property
    def _answers(self) -> dict[tuple[str, str], str | None]:
        """Types already told, by question and phrase: each reader asks of the same names again."""
        return {}

    def _answer(self, question: str, phrase: str, read) -> str | None:
        answers, key = self._answers, (question, phrase)
        if key in answers:
            return answers[key]
        if len(answers) >= 100_000:
            answers.clear()
        answers[key] = found = read(phrase)
        return found

    def head_type(self, phrase: str) -> str | None:
        """The entity type a capitalised phrase's last word(s) give it, if any."""
        return self._answer("head", phrase, self._head_type)

    def _head_type(self, phrase: str) -> str | None:
        low = phrase.lower().rstrip(".")
        if low.removeprefix("the ") in self.lone_heads:
            return self.lone_heads[low.removeprefix("the ")]
        words = _WORD_BREAKS.split(low)
        # try the longest ending first: "... house of representatives" before "... representatives"
        for n in range(min(len(words), 9), 0, -1):
            if n % 2 == 0:
                continue
            tail = "".join(words[-n:])
            if tail in self._head_index:
                found = self._head_index[tail]
                return self._body_for_documents(low) or found if found == "Agreement" else found
        return None

    def _body_for_documents(self, low: str) -> str | None:
        """"the Government of National Accord", "the Committee on Treaties": a body's head noun before
        "of"/"on"/"for" and a document word only in what the body is of or for; the name is the body's."""
        parts = _TOPIC_BREAK.split(low, maxsplit=1)
        if len(parts) != 2:
            return None
        kind = self.head_type(parts[0])
        return kind if kind in {"Organization", "InternationalOrganization"} else None

    def prefix_type(self, phrase: str) -> str | None:
        """The type a name takes from a head opening it or its tail ("Treaty on X", "Camp X",
        "Australia-Indonesia Treaty on Common Security")."""
        return self._answer("prefix", phrase, self._prefix_type)

    def _prefix_type(self, phrase: str) -> str | None:
        low = phrase.lower()
        for etype, openers in self._prefix_openers.items():
            if low.startswith(openers):
                return etype
        padded = f" {low}"
        for w in self.prefix_heads.get("Agreement", ()):
            if f" {w} " in padded and not low.endswith(w):
                return "Agreement"
        # one word saying whose it is may open a body's name: "Egyptian Ministry of Defence"
        owner, _, rest = low.partition(" ")
        if rest and owner.isalpha() and rest.startswith(self._prefix_openers.get("Organization", ())):
            return "Organization"
        return None

    def body_with_its_topic(self, phrase: str) -> str | None:
        """"Joint Commission on Fisheries and Shipping", "Agency for Maritime Safety", "University of
        Technology": a body's head noun before "on"/"for" (a school's before "of") and capitalised
        words saying what it is for; the name is the body's, typed by that head."""
        parts = re.split(r" (on|for|of) ", phrase, maxsplit=1)
        if len(parts) != 3:
            return None
        head, prep, topic = parts
        if not topic[:1].isupper() or self.head_type(topic) is not None or self.prefix_type(topic) is not None:
            return None  # "the Committee of the Senate": another body named after it
        if prep == "of" and head.lower().rsplit(" ", 1)[-1] not in {"university", "institute", "college", "academy"}:
            return None  # "the Government of X": the state's own name, read by its owner
        return "Organization" if self.head_type(head) == "Organization" else None

    @functools.cached_property
    def _prefix_openers(self) -> dict[str, tuple[str, ...]]:
        """Each type's prefix heads with the space after them: one ``startswith`` call tests all."""
        return {etype: tuple(w + " " for w in words) for etype, words in self.prefix_heads.items()}

    @functools.cached_property
    def _title_pattern(self) -> re.Pattern[str]:
        return self.titles.pattern()

    def office(self, phrase: str) -> str | None:
        """The office a title phrase names, in its normalised words ("Defense Secretary" ->
        "Defence Secretary"), the longest title found; None without one."""
        memo = self._offices  # the same few title phrases are asked of again and again
        if phrase in memo:
            return memo[phrase]
        if len(memo) >= 50_000:
            memo.clear()  # bounded, however many phrases a long build meets
        office = memo[phrase] = self._office(phrase)
        return office

    @functools.cached_property
    def _offices(self) -> dict[str, str | None]:
        return {}

    def _office(self, phrase: str) -> str | None:
        found = [m for m in self._office_scan.finditer(phrase)]
        if not found:
            return None
        m = max(found, key=lambda m: m.end() - m.start())
        return self.titles.label(re.findall(r"[\w.]+|-", m.group(0)))

    def title_spans(self, text: str) -> list[tuple[int, int]]:
        """Where titles a name may follow occur: offices and military ranks ("Field Marshal")."""
        return [m.span() for m in self._title_scan.finditer(text)]

    def rank_at_start(self, phrase: str) -> int:
        """The length of a military rank opening the phrase ("Field Marshal X" -> 13), else 0."""
        m = self.ranks.match(phrase) if self.ranks is not None else None
        return m.end() if m else 0

    def without_rank_at_end(self, phrase: str) -> str:
        """The phrase without a military rank closing it ("the Chief of Staff, Field Marshal ")."""
        m = self._rank_at_end.search(phrase) if self.ranks is not None else None
        return phrase[:m.start()] if m else phrase

    @functools.cached_property
    def _rank_at_end(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.ranks.pattern})\\s*$", re.IGNORECASE) if self.ranks is not None else re.compile("(?!)")

    @functools.cached_property
    def _office_scan(self) -> OpenerScan:
        """:attr:`_title_pattern` tried only where an office word begins."""
        return OpenerScan(self._title_pattern, self.titles.openers())

    @functools.cached_property
    def _title_scan(self) -> OpenerScan:
        """:attr:`_any_title` tried only where an office word or a rank begins."""
        ranks = _alternatives(self.ranks) if self.ranks is not None else []
        return OpenerScan(self._any_title, [*self.titles.openers(), *ranks])

    @functools.cached_property
    def _any_title(self) -> re.Pattern[str]:
        # the ranks grouped by first letter, as the titles are (kg.extract.alternation): the same matches
        ranks = [_BOUNDED.format(alternation(_alternatives(self.ranks)))] if self.ranks is not None else []
        return re.compile("|".join([self._title_pattern.pattern, *ranks]), re.IGNORECASE)

    @functools.cached_property
    def any_activity(self) -> OpenerScan:
        """Matches where any activity word does (a quick test before trying each activity)."""
        return _union_scan(self.activities.values())

    @functools.cached_property
    def any_facility(self) -> OpenerScan:
        """Matches where any facility word does."""
        return _union_scan(self.facilities.values())

    def office_at_end(self, phrase: str) -> tuple[str, int] | None:
        """The office whose title ends the phrase (nearest a following name), and where it starts.

        The longest title ending last wins: "Foreign Minister X and Defence Minister" -> Defence Minister.
        """
        best: tuple[int, int, str] | None = None
        for m in self._office_scan.finditer(phrase):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (m.end(), m.end() - m.start(), self.titles.label(re.findall(r"[\w.]+|-", m.group(0))))
        if best is None or phrase[best[0]:].strip(" ,.'\u2019s"):
            return None
        return best[2], best[0] - best[1]


#: The fields that are plain word sets in lexicon.yaml, under their own names: every set of words
#: but ``rank_words`` (made from ``ranks``).
_WORD_SETS = frozenset(f.name for f in dataclasses.fields(Lexicon) if f.type == "frozenset[str]") - {"rank_words"}


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    raw = yaml.safe_load(Path(path or data_dir() / "lexicon.yaml").read_text(encoding="utf-8"))
    # every plain word list: a set of lower-case words under the field's own name
    words: dict[str, Any] = {name: frozenset(w.lower() for w in raw.get(name, [])) for name in _WORD_SETS}
    return Lexicon(
        **words,
        heads={k: tuple(v) for k, v in raw["heads"].items()},
        prefix_heads={k: tuple(v) for k, v in raw["prefix_heads"].items()},
        services=tuple(raw["services"]),
        activities={k: _pattern(v) for k, v in raw["activities"].items()},
        facilities={k: _pattern(v) for k, v in raw["facilities"].items()},
        titles=TitleWords.from_data(raw["office_titles"]),
        references={k: tuple(v) for k, v in raw["references"].items()},
        ranks=_pattern(raw["ranks"]) if raw.get("ranks") else None,
        membership={k: tuple(v) for k, v in (raw.get("membership") or {}).items()},
        permission={k: tuple(v) for k, v in (raw.get("permission") or {}).items()},
        activity_pairs={k: (frozenset(v["predicates"]), frozenset(v["arguments"]))
                        for k, v in (raw.get("activity_pairs") or {}).items()},
        trip_hosting={k: frozenset(w.lower() for w in v) for k, v in (raw.get("trip_hosting") or {}).items()},
        abbreviations=tuple(raw.get("abbreviations", ())),
        prefixed_words={k: tuple(v) for k, v in (raw.get("prefixed_words") or {}).items()},
        media={k: tuple(v) for k, v in (raw.get("media") or {}).items()},
        sea_adjectives=tuple(raw.get("sea_adjectives", ())),
        trip_parts={str(k).lower(): str(v) for k, v in (raw.get("trip_parts") or {}).items()},
        body_seats={str(k): str(v) for k, v in (raw.get("body_seats") or {}).items()},
        organ_families={str(k): str(v) for k, v in (raw.get("organ_families") or {}).items()},
        state_groups={k.lower(): tuple(v) for k, v in (raw.get("state_groups") or {}).items()},
        rank_words=frozenset(w.split()[-1].lower() for w in raw.get("ranks", [])),
        site_nouns={k: tuple(v) for k, v in (raw.get("site_nouns") or {}).items()},
        lone_heads={w.lower(): etype for etype, words in (raw.get("lone_heads") or {}).items() for w in words},
        name_styles={k: frozenset(w.lower() for w in v) for k, v in (raw.get("name_styles") or {}).items()},
        state_titles={w.casefold(): state for state, words in (raw.get("state_titles") or {}).items() for w in words},
        shared_state_names={k.casefold(): tuple(v) for k, v in (raw.get("shared_state_names") or {}).items()},
        port_calls={k: frozenset(w.lower() for w in v) for k, v in (raw.get("port_calls") or {}).items()},
        forces_placed={k: frozenset(w.lower() for w in v) for k, v in (raw.get("forces_placed") or {}).items()},
        ship_prefixes={str(k): str(v) for k, v in (raw.get("ship_prefixes") or {}).items()},
    )
