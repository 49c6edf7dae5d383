"""Build the offline Wikidata gazetteer snapshot in data/gazetteer/ from openly licensed files.

    python scripts/build_gazetteer.py ../shared/data/sources [--out data/gazetteer]

Output is JSON Lines, one entry per line, split by licence (see OUTPUTS); an item may have a
line in several files and the loader merges them by QID. Output is sorted, so re-running on the
same sources gives byte-identical files. Coverage per kind is printed at the end.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from kg.link.linker import respelled
from kg.text import fold

REPO = Path(__file__).resolve().parents[1]

#: Output file -> licence it carries. Sources feed the file matching their licence.
OUTPUTS: dict[str, str] = {
    "core.jsonl": "CC0-1.0 / public domain / MIT / ODC-PDDL-1.0 (attribution in CREDITS.md)",
    "wikidata-query.jsonl": "Wikidata facts (CC0) from query-output files with no licence grant",
    "odbl.jsonl": "ODbL-1.0 (Open Database License; share-alike, attribution)",
    "cc-by-sa.jsonl": "CC BY-SA 4.0 (share-alike, attribution)",
}
CORE, WDQ, ODBL, BYSA = OUTPUTS

#: The sources disagree on these; the chosen item and why are in CREDITS.md.
STATE_QID_CHOICE = {"NL": "Q29999", "DK": "Q35", "PS": "Q219060"}
#: Sovereign in the news sense although country-codes does not say "Yes".
EXTRA_STATES = {"TW", "PS", "XK"}
#: Upstream aliases that name a part, not the whole: a reader of "Gaza" means the place.
NOT_ALIASES = {"Q219060": {"Gaza", "Gaza Strip", "West Bank"}}
#: Upstream rows whose QID is someone else's: skipped. world-leaders-current's
#: european_union/current.json gives Q57641 to Ursula von der Leyen, but public Wikidata query
#: outputs give Q57641 to Viktor Orbán (every-politician-scrapers/hungary-cabinet data/wikidata.csv:
#: "Q57641,dr. Orbán Viktor,...,Q3315094,miniszterelnök"; curated.yaml cites it): linking
#: "von der Leyen" to it would be a wrong link.
WRONG_QIDS: dict[str, set[str]] = {"world-leaders-current": {"Q57641"}}
CAPITAL_CLASSES = {"Admin-0 capital", "Admin-0 capital alt", "Admin-0 region capital"}
#: Capitals and cities above this are well known; smaller ones (down to MINOR_CITY_MIN_POP) are
#: kept for linking and placing but yield any name another item bears ("Duma" is the Russian
#: chamber before it is Syria's Douma).
CITY_MIN_POP = 750_000
MINOR_CITY_MIN_POP = 100_000
QID = re.compile(r"Q[1-9][0-9]*")
LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u2019]+$")  # English-usable spellings only


def qid_of(value: str | None) -> str | None:
    """The QID in a bare id or a Wikidata URL, else None."""
    m = QID.search(value or "")
    return m.group(0) if m else None


#: A form of address opening a person's label ("Sheikh", "Prince", "Dr."): a word before the name.
ADDRESS = re.compile(r"^(?:(?:His|Her) (?:Royal )?(?:Highness|Excellency|Majesty) |Sheikha? |Shaikha? |Prince |Princess "
                     r"|Dr\.? |Datuk (?:Seri )?|Dato'? (?:Seri )?|Tan Sri |Haji )+")


#: A name by descent ("A bin B") followed by the house's name ("Al C", "Al-C").
KIN_NAME = re.compile(r"(\w+ (?:bin|bint|ibn) \w+)(?: (?:bin|ibn) \w+)* Al[ -]\w+")


def clean(name: object) -> str:
    """Tidy a name: UNTERM's '(the)' and '*' marks, a leading 'the', extra spaces."""
    s = str(name or "").replace("(the)", "").replace("*", "").strip()
    s = re.sub(r"^the\s+", "", s, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", s).strip(" ,")


def usable(name: str) -> bool:
    return bool(name) and len(name) > 1 and LATIN.match(name) is not None and "Ã" not in name


class Snapshot:
    """Entries per output file, keyed by QID, plus what was skipped for want of a QID."""

    def __init__(self) -> None:
        self.files: dict[str, dict[str, dict]] = {name: {} for name in OUTPUTS}
        self.no_qid: Counter[str] = Counter()

    def add(self, out: str, qid: str | None, type_: str, label: str = "", *, aliases=(),
            demonyms=(), country: str | None = None, extra: dict | None = None,
            source: str) -> None:
        if not qid:
            self.no_qid[type_] += 1
            return
        e = self.files[out].setdefault(qid, {
            "qid": qid, "type": type_, "label": "", "aliases": set(), "demonyms": set(),
            "country": None, "extra": {}, "source": set()})
        label = clean(label)
        if type_ == "Person" and (bare := ADDRESS.sub("", label)) != label and " " in bare:
            aliases = [*aliases, label]  # "Sheikh A B C": news names the person "A B C" too
            label = bare
        if type_ == "Person" and (kin := KIN_NAME.fullmatch(label)):
            aliases = [*aliases, kin.group(1)]  # "A bin B Al C" is "A bin B" without the house's name
        if label and not e["label"]:
            e["label"] = label
        e["aliases"].update(a for a in map(clean, aliases) if usable(a))
        e["demonyms"].update(d for d in map(clean, demonyms) if usable(d))
        e["country"] = e["country"] or country
        for k, v in (extra or {}).items():
            if v not in (None, "", [], {}):
                e["extra"].setdefault(k, v)
        e["source"].add(source)

    def merged(self) -> dict[str, dict]:
        """One view over all files (first file wins for label/type), for cross-checks."""
        out: dict[str, dict] = {}
        for entries in self.files.values():
            for qid, e in entries.items():
                m = out.setdefault(qid, {"type": e["type"], "label": e["label"],
                                         "country": e["country"], "forms": set(), "rank": 9})
                m["rank"] = min(m["rank"], _rank(e))
                m["label"] = m["label"] or e["label"]
                m["country"] = m["country"] or e["country"]
                m["forms"] |= {f.casefold() for f in e["aliases"] | e["demonyms"]}
        return out


def _rank(e: dict) -> int:
    """Salience among geographic items: a state, then a capital, then a large city, then other
    places ("New York" is the city before the state of that name)."""
    if e["type"] == "State":
        return 0
    if e["type"] == "Place":
        if e["extra"].get("capital_of"):
            return 1
        return 2 if e["extra"].get("minor") is False else 3
    return 9


# --- countries --------------------------------------------------------------------------------

def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build_countries(snap: Snapshot, src: Path) -> dict[str, str]:
    """States and territories; returns ISO alpha-2 -> chosen QID for the other builders."""
    owid = [r for r in read_csv(src / "owid/countries_regions.csv")
            if r["iso_alpha2"] and qid_of(r["wikidata_uri"])]
    codes = {r["ISO3166-1-Alpha-2"]: r for r in read_csv(src / "country-codes/country-codes.csv")}
    rigour = [json.loads(line) for line in (src / "rigour-territories/data.jsonl").open()]
    rig_by_code = {r["code"].upper(): r for r in rigour if len(r["code"]) == 2}
    ne = read_csv(src / "naturalearth/ne_10m_admin_0_countries_deu.attributes.csv")
    ne_by_iso = {r["ISO_A2_EH"]: r for r in ne if r["ISO_A2_EH"] not in ("", "-99")}
    t2wml = {r["qid"]: r["label"] for r in read_csv(src / "t2wml/country_entities.csv")}
    histwar = {r["country_qid"]: r["country"] for r in read_csv(src / "histwardb/crosswalk.csv")}

    iso_qid = {r["iso_alpha2"]: qid_of(r["wikidata_uri"]) for r in owid}
    iso_qid.update(STATE_QID_CHOICE)
    if "XK" not in iso_qid and "XK" in rig_by_code:  # OWID has Kosovo without a QID
        iso_qid["XK"] = rig_by_code["XK"]["qid"]
    iso3 = {r["iso_alpha2"]: r["iso_alpha3"] for r in owid}
    owid_by_iso = {r["iso_alpha2"]: r for r in owid}

    for iso2, qid in sorted(iso_qid.items()):
        cc, rg, nr, ow = codes.get(iso2), rig_by_code.get(iso2), ne_by_iso.get(iso2), owid_by_iso.get(iso2)
        status = cc["is_independent"] if cc else ""
        sovereign = status == "Yes" or iso2 in EXTRA_STATES
        owner = re.search(r"\b([A-Z]{2})$", status) if not sovereign else None
        country = qid if sovereign else (iso_qid.get(owner.group(1)) if owner else None)
        names = []
        if ow:
            names += [ow["name"], ow["wikidata_label"]] + json.loads(ow["aliases"] or "[]")
        if cc:
            names += [cc["UNTERM English Short"], cc["UNTERM English Formal"],
                      cc["official_name_en"], cc["CLDR display name"]]
        if rg:
            names += [rg["name"], rg.get("full_name", "")] + rg.get("names_strong", [])
        if nr:
            names += [nr["NAME"], nr["NAME_LONG"], nr["FORMAL_EN"], nr["NAME_ALT"], nr["NAME_EN"]]
        names += [t2wml.get(qid, ""), histwar.get(qid, "")]
        names += acronyms(names, [cc["IOC"], cc["FIFA"]] if cc else [])
        names += dotted(names, nr["ABBREV"] if nr else "")
        names = [n for n in names if n not in NOT_ALIASES.get(qid, ())]
        other = sorted({q for q in [nr and nr["WIKIDATAID"], rg and rg["qid"], *(rg or {}).get("other_qids", [])]
                        if q and q != qid})
        label = _state_label(ow, cc, rg, nr)
        sources = ["owid" if ow else "", "country-codes" if cc else "", "rigour" if rg else "",
                   "naturalearth" if nr else "", "t2wml" if qid in t2wml else "",
                   "histwardb" if qid in histwar else ""]
        snap.add(CORE, qid, "State" if sovereign else "Place", label, aliases=names,
                 country=country, source=";".join(s for s in sources if s), extra={
                     "iso2": iso2, "iso3": iso3.get(iso2) or (nr or {}).get("ISO_A3_EH"),
                     "formal_name": clean(cc["UNTERM English Formal"]) if cc else None,
                     "coordinates": [float(nr["LABEL_Y"]), float(nr["LABEL_X"])] if nr else None,
                     "other_qids": other, "status": None if sovereign else status or (nr or {}).get("TYPE")})
    # Lease / sovereign base areas mapped as admin-0 units: the only bases with QIDs we have.
    for r in ne:
        if r["NAME"] in ("Guantanamo Bay USNB", "Akrotiri", "Dhekelia"):
            host = next((q for i, q in iso_qid.items() if ne_by_iso.get(i, {}).get("ADMIN") == r["SOVEREIGNT"]), None)
            snap.add(CORE, r["WIKIDATAID"], "MilitaryBase", r["FORMAL_EN"] or r["NAME_LONG"],
                     aliases=[r["NAME"], r["NAME_LONG"], r["FORMAL_EN"]], country=host,
                     source="naturalearth", extra={"ne_type": r["TYPE"]})
    for r in rigour:  # sub-national regions are cheap here: rigour lists the ones that matter
        parent = iso_qid.get((r.get("parent") or "").upper())
        if r.get("is_country") or r.get("is_historical") or not parent or r["qid"] in iso_qid.values():
            continue
        base = re.sub(r"\s*\(.*\)$", "", r["name"])
        # a jurisdiction its own summary calls an unrecognised or de facto state is a state in
        # the news sense (the articles' conventions type Somaliland or Northern Cyprus State)
        de_facto = bool(r.get("is_jurisdiction") and _DE_FACTO.search(r.get("summary", "")))
        # news calls an oblast or a krai "the X region" ("Amur Oblast"): never plain "X", its city's name
        region = [re.sub(r" (?:Oblast|Krai)$", " region", base)] if re.search(r"\w (?:Oblast|Krai)$", base) else []
        snap.add(CORE, r["qid"], "State" if de_facto else "Place", base,
                 aliases=[r["name"], re.sub(r"\s*\(.*\)$", "", r.get("full_name", ""))] + r.get("names_strong", []) + region,
                 country=r["qid"] if de_facto else parent, source="rigour",
                 extra={"region": r["code"], **({"status": "de facto state"} if de_facto else {})})
    for r in rigour:  # states that no longer exist are still named ("the Soviet Union", "East Germany")
        if r.get("is_historical") and r.get("is_country") and not r.get("parent"):
            full = r.get("full_name", "")
            acronym = [a for a in r.get("names_weak", []) if a == initials(full)]  # "GDR"
            snap.add(CORE, r["qid"], "State", r["name"], aliases=[full, *r.get("names_strong", []), *acronym],
                     country=r["qid"], source="rigour", extra={"status": "historical", "successors": sorted(
                         q for q in (iso_qid.get(c.upper()) for c in r.get("successors", [])) if q)})
    build_demonyms(snap, src, iso_qid)
    return iso_qid


_SMALL_WORDS = {"of", "the", "and", "de", "du", "da"}
_DE_FACTO = re.compile(r"\b(?:unrecogni[sz]ed|de facto|partially recogni[sz]ed|breakaway)\b[^.]{0,40}\b(?:state|country|republic)\b",
                       re.IGNORECASE)


def initials(name: str) -> str:
    """"the Kingdom of Saudi Arabia" -> "KSA": the first letters of the name's main words."""
    words = [w for w in re.split(r"[\s-]+", re.sub(r"\(.*?\)", "", name)) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def acronyms(names: list[str], codes: list[str]) -> list[str]:
    """Country codes (IOC, FIFA) that are also the initials of one of the country's names:
    "KSA", "PNG", "RSA" are how news writes them; a code that spells no name ("GER") is not."""
    spelt = {initials(n) for n in names if n}
    return sorted({c for c in codes if c and c in spelt})


def dotted(names: list[str], abbrev: str) -> list[str]:
    """Natural Earth's map abbreviation when it is the dotted spelling of an acronym the country
    already has ("U.K." of "UK", "U.A.E." of "UAE"): news writes both; a map label that spells
    no acronym of the country ("Fr.", "S.L.") is not a name."""
    if re.fullmatch(r"(?:[A-Z]\.){2,}", abbrev) and abbrev.replace(".", "") in names:
        return [abbrev]
    return []


def build_demonyms(snap: Snapshot, src: Path, iso_qid: dict[str, str]) -> None:
    """ODbL names and demonyms (mledoze, dr5hn), joined on ISO alpha-2 to the chosen QIDs."""
    core = snap.files[CORE]
    for c in json.loads((src / "mledoze-countries/countries.json").read_text(encoding="utf-8")):
        qid = iso_qid.get(c["cca2"])
        if qid in core:
            dem = c.get("demonyms", {}).get("eng", {})
            alts = [a for a in c.get("altSpellings", []) if a != c["cca2"]]
            snap.add(ODBL, qid, core[qid]["type"], aliases=[c["name"]["common"], c["name"]["official"], *alts],
                     demonyms=[dem.get("m", ""), dem.get("f", "")], source="mledoze-countries")
    for r in read_csv(src / "dr5hn-csc/countries.csv"):
        qid = iso_qid.get(r["iso2"])
        if qid in core:
            snap.add(ODBL, qid, core[qid]["type"], aliases=[r["name"]],
                     demonyms=re.split(r"\s*[,/]\s*|\s+or\s+", r["nationality"]), source="dr5hn-csc")


# --- places, organisations, people ----------------------------------------------------------

def build_places(snap: Snapshot, src: Path, iso_qid: dict[str, str]) -> None:
    """Capitals (any size) and cities above MINOR_CITY_MIN_POP from Natural Earth populated places."""
    iso3_qid = {e["extra"].get("iso3"): q for q, e in snap.files[CORE].items() if e["extra"].get("iso3")}
    for r in read_csv(src / "naturalearth/ne_10m_populated_places.attributes.csv"):
        capital = r["FEATURECLA"] in CAPITAL_CLASSES
        population = float(r["POP_MAX"] or 0)
        if not capital and population < MINOR_CITY_MIN_POP:
            continue
        country = iso_qid.get(r["ISO_A2"]) or iso3_qid.get(r["ADM0_A3"])
        label = r["NAME_EN"] or r["NAME"]
        names = [r["NAME"], r["NAMEASCII"], *r["NAMEALT"].split("|")]
        names += [re.sub(r",\s*D\.?C\.?$", "", n) for n in names]  # "Washington, D.C." is "Washington"
        snap.add(CORE, r["wikidataid"], "Place", label, aliases=names, country=country, source="naturalearth",
                 extra={"capital_of": country if capital and r["FEATURECLA"] != "Admin-0 region capital" else None,
                        "feature": r["FEATURECLA"], "population": int(float(r["POP_MAX"] or 0)),
                        "coordinates": [round(float(r["LATITUDE"]), 4), round(float(r["LONGITUDE"]), 4)],
                        "admin1": r["ADM1NAME"], "minor": not capital and population < CITY_MIN_POP})
    for qid, e in snap.files[CORE].items():  # the state's capital QID, for metonymy
        cap = e["extra"].get("capital_of")
        if cap in snap.files[CORE] and e["extra"].get("feature") == "Admin-0 capital":
            snap.files[CORE][cap]["extra"].setdefault("capital", qid)
    # a region's alias that is a national capital's name ("Washington, DC" of the district around
    # the city) is the capital's: news that writes it means the city
    capitals = {_folded(n): qid for qid, e in snap.files[CORE].items() if e["extra"].get("feature") == "Admin-0 capital"
                for n in [e["label"], *e["aliases"]]}
    for qid, e in snap.files[CORE].items():
        if e["type"] == "Place" and e["extra"].get("feature") != "Admin-0 capital":
            e["aliases"] -= {a for a in e["aliases"] if capitals.get(_folded(a), qid) != qid}


def _folded(name: str) -> str:
    """A name without case, spaces or punctuation ("Washington, DC" = "Washington D.C.")."""
    return re.sub(r"[\W_]+", "", name.casefold())


def build_igos(snap: Snapshot, src: Path) -> None:
    """International organisations from supraverden (CC BY-SA 4.0)."""
    data = yaml.safe_load((src / "supraverden/general_list.yaml").read_text(encoding="utf-8"))
    for key, r in data.items():
        # a former name is still how news writes it in a retrospective ("the South Pacific Forum")
        names = [key] + [v for k, v in r.items() if re.fullmatch(r"Name(_other(_\d+)?|_former)?_en", k) and isinstance(v, str)]
        # Both spellings occur in news ("Organisation"/"Organization"); neither is a new fact.
        names += [re.sub(r"is(ation|e)\b", r"iz\1", n) for n in names] + [re.sub(r"iz(ation|e)\b", r"is\1", n) for n in names]
        abbrev = [v for k, v in r.items() if re.fullmatch(r"Abbreviation(_other(_\d+)?|_former)?_en", k) and isinstance(v, str)]
        snap.add(BYSA, qid_of(r.get("Wikidata_code")), "InternationalOrganization", r.get("Name_en") or key,
                 aliases=names + abbrev, source="supraverden", extra={
                     "acronyms": sorted(set(map(clean, abbrev))), "org_family": r.get("Org_family"),
                     "established": r.get("Year_established"), "headquarters": r.get("Headquarters"),
                     "website": r.get("Website")})


def _office(qid: str | None, label: str, start: str = "", **more: str) -> dict:
    return {k: v for k, v in {"qid": qid, "label": label, "start": start, **more}.items() if v}


def build_people(snap: Snapshot, src: Path, iso_qid: dict[str, str]) -> None:
    """Heads of state/government, foreign ministers, international and US officials."""
    offices: dict[str, list[dict]] = defaultdict(list)
    rows = read_csv(src / "world-leaders-2021/wikidata.csv")
    # Andorra's co-princes hold that office ex officio: their country is the other office's.
    rows.sort(key=lambda r: "co-prince" in r["positionLabel"].casefold())
    for r in rows:
        label = "" if QID.fullmatch(r["officeholderLabel"]) else r["officeholderLabel"]
        snap.add(WDQ, r["officeholder"], "Person", label, country=r["countryid"], source="world-leaders-2021")
        offices[r["officeholder"]].append(_office(r["position"], r["positionLabel"], r["start_year"], end=r["end_year"]))
    for r in read_csv(src / "ep-scrapers-world/foreign-ministers-wikidata.csv"):
        snap.add(WDQ, r["person"], "Person", r["name"], country=r["country"], source="ep-scrapers-world")
        offices[r["person"]].append(_office(r["position"], r["positionLabel"], r["start"][:10], as_of="2022-12"))
    for r in read_csv(src / "ep-scrapers-world/international-officials-current.csv"):
        snap.add(WDQ, r["personID"], "Person", r["person"], source="ep-scrapers-world")
        offices[r["personID"]].append(_office(None, r["position"], r["start"], as_of="2022-12"))
    for qid, offs in offices.items():
        if qid in snap.files[WDQ]:
            snap.files[WDQ][qid]["extra"]["offices"] = sorted(offs, key=lambda o: json.dumps(o, sort_keys=True))

    for path in sorted((src / "world-leaders-current/data/countries").glob("*/current.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        iso2 = doc.get("country", {}).get("iso_code", "")
        for role, pos in sorted(doc.get("positions", {}).items()):
            h = pos.get("current_holder") or {}
            if h.get("wikidata_id") in WRONG_QIDS["world-leaders-current"]:
                continue
            snap.add(BYSA, h.get("wikidata_id"), "Person", h.get("name_en", ""), country=iso_qid.get(iso2),
                     source="world-leaders-current", extra={"office": _office(None, pos.get("title_en", ""), h.get("since", ""),
                                                                           role=role, of=doc["country"].get("name_en"))})

    for qid, e in snap.files[BYSA].items():  # a realm's monarch: the 2026 file's country wins
        if e["type"] == "Person" and qid in snap.files[WDQ] and snap.files[WDQ][qid]["country"] != e["country"]:
            snap.files[WDQ][qid]["country"] = None

    us = iso_qid["US"]
    for fname, kind in (("legislators-current.yaml", "legislator"), ("executive.yaml", "executive")):
        for p in yaml.safe_load((src / "congress-legislators" / fname).read_text(encoding="utf-8")):
            n, term = p["name"], p["terms"][-1]
            full = n.get("official_full") or " ".join(x for x in (n.get("first"), n.get("last")) if x)
            names = [f"{n.get('first', '')} {n.get('last', '')}", f"{n.get('nickname', '')} {n.get('last', '')}".strip()]
            title = {"sen": "United States Senator", "rep": "Member of the U.S. House of Representatives",
                     "prez": "President of the United States", "viceprez": "Vice President of the United States"}
            snap.add(CORE, p["id"].get("wikidata"), "Person", full, aliases=names if " " in names[1] else names[:1],
                     country=us, source="congress-legislators", extra={"office": _office(
                         None, title.get(term["type"], term["type"]), str(term.get("start", "")),
                         end=str(term.get("end", "")), state=term.get("state", ""), party=term.get("party", ""))})


def _state_label(ow: dict | None, cc: dict | None, rg: dict | None, nr: dict | None) -> str:
    """OWID's name, unless it is a clipped form of the UN short name ("Timor" of "Timor-Leste", a hyphenated name cut at its hyphen:
    the island, not the state), when the UN's own short name is the state's label."""
    label = (ow or {}).get("name") or (rg or {}).get("name") or (nr or {}).get("NAME", "")
    un = clean(cc["UNTERM English Short"]) if cc else ""
    if label and un != label and re.fullmatch(re.escape(label) + r"-\w+", un):
        return un
    return label


def build_curated(snap: Snapshot, path: Path) -> None:
    """Hand-checked rows (legislatures, label fixes), each carrying its public citation."""
    for row in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]:
        if not row.get("citation"):
            raise SystemExit(f"curated row {row['qid']} has no citation")
        snap.add(CORE, row["qid"], row["type"], row["label"], aliases=row.get("aliases", []),
                 demonyms=row.get("demonyms", []), country=row.get("country"), extra=row.get("extra", {}),
                 source="curated")
        if row.get("relabel"):  # a garbled upstream label: the cited one replaces it everywhere
            for entries in snap.files.values():
                if row["qid"] in entries:
                    entries[row["qid"]]["label"] = row["label"]


# --- clean-up, output, credits --------------------------------------------------------------

def description_nouns() -> set[str]:
    """The common nouns an article refers back to entities with ("the island", "the kingdom"),
    from the extractor's own data (``descriptions`` in data/frames.yaml)."""
    frames = REPO / "data/frames.yaml"
    if not frames.exists():
        return set()
    raw = yaml.safe_load(frames.read_text(encoding="utf-8")).get("descriptions") or {}
    return {w.casefold() for words in raw.values() for w in words}


def disambiguate(snap: Snapshot, generic: set[str] = frozenset()) -> int:  # type: ignore[assignment]
    """Drop aliases that would send a reader to the wrong item; returns how many were dropped.

    A form is kept only where it is unambiguous among items of the same type, is not another
    item's label, is not already a name of the item's own country ("French" belongs to France,
    not to Reunion; "Kuwait" to the state, not the city), and is not a common noun (``generic``:
    Iceland's native "Island" would make "a Pacific island nation" Iceland).

    Legislatures are the exception: a name legislatures of different states bear ("House of
    Representatives", "National Assembly") stays with each, since each carries its state and the
    extractor chooses among them by the article's countries. Two of one state cannot be told apart
    so, and keep no shared name; nor does a one-word alias that is a common noun for a legislature
    (:func:`is_common_chamber_word`).
    """
    named: dict[str, set[str]] = defaultdict(set)  # any form or label -> the items bearing it
    for qid, m in snap.merged().items():
        for f in m["forms"] | {m["label"].casefold()}:
            named[f].add(qid)
    minor_dropped = _minor_places_yield(snap, named)
    merged = snap.merged()
    labels: dict[str, set[str]] = defaultdict(set)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    geo: dict[str, set[str]] = defaultdict(set)  # form -> geographic items naming it
    for qid, m in merged.items():
        labels[m["label"].casefold()].add(qid)
        for f in m["forms"] | {m["label"].casefold()}:
            forms[(m["type"], f)].add(qid) if f in m["forms"] else None
            if m["rank"] < 9:
                geo[f].add(qid)
    chamber_words = _legislature_words(merged)
    dropped = 0
    for entries in snap.files.values():
        for qid, e in entries.items():
            m = merged[qid]
            own_label = m["label"].casefold()
            parent = merged.get(m["country"]) if m["country"] != qid else None
            for field in ("aliases", "demonyms"):
                keep = set()
                for a in e[field]:
                    f = a.casefold()
                    if f == own_label and field == "aliases":
                        continue
                    abroad = _other_states_legislatures(qid, labels.get(f, set()) | forms[(m["type"], f)], merged)
                    clash = any(merged[o]["country"] == qid or (merged[o]["type"] == m["type"]
                                                                   and merged[o]["rank"] <= m["rank"])
                                for o in labels.get(f, set()) - {qid} - abroad) and f != own_label
                    shared = f != own_label and _shared(f, qid, forms[(m["type"], f)] - {qid} - abroad, merged)
                    ours = parent is not None and (f == parent["label"].casefold() or f in parent["forms"])
                    # "Indian" is India's, not the British Indian Ocean Territory's.
                    outranked = any(merged[o]["rank"] < m["rank"] for o in geo.get(f, set()) - {qid})
                    common_word = (m["type"] == "Legislature" and field == "aliases"
                                   and is_common_chamber_word(f, qid, generic, chamber_words))
                    if clash or shared or ours or outranked or common_word or fold(f) in generic:
                        dropped += 1
                        continue
                    keep.add(a)
                e[field] = keep
            e["aliases"] -= e["demonyms"]
    # People whose only label was the query's QID fallback and nobody else names them.
    for entries in snap.files.values():
        for qid in [q for q, e in entries.items() if not merged[q]["label"]]:
            del entries[qid]
    return dropped + minor_dropped


def is_common_chamber_word(form: str, qid: str, generic: set[str], chamber_words: dict[str, set[str]]) -> bool:
    """Is a one-word name of legislature ``qid`` a common noun for a legislature? One of the
    extractor's description nouns ("Senate", "Parliament", "Congress"), a spelling the linker would
    take for one ("Parlament", "Sénat"), or a word of another legislature's several-word name
    ("Majlis" of "Majlis al-Shura"). A reader meets such a word for whichever legislature the
    article is about, so it names none ("Duma", a word of "State Duma" only, is the Duma's)."""
    word = fold(form)
    if not word or " " in word:
        return False
    return (word in generic or any(respelled(word, g, "Legislature") for g in generic if " " not in g)
            or bool(chamber_words.get(form.casefold(), set()) - {qid}))


def common_noun_legislatures(snap: Snapshot, generic: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Leave out the legislatures the sources call only by a common noun ("Parliament", "Senate",
    "Congress"): no name would be theirs. Returns their QIDs; curated.yaml keeps their rows."""
    merged = snap.merged()
    words = _legislature_words(merged)
    out = sorted((q for q, m in merged.items() if m["type"] == "Legislature"
                  and is_common_chamber_word(m["label"], q, generic, words)), key=lambda q: int(q[1:]))
    for entries in snap.files.values():
        for q in out:
            entries.pop(q, None)
    return out


def _other_states_legislatures(qid: str, others: set[str], merged: dict[str, dict]) -> set[str]:
    """The legislatures among ``others`` that belong to a state other than ``qid``'s own, when
    ``qid`` is a legislature with a state: their names need not be given up, the state tells them apart."""
    m = merged[qid]
    if m["type"] != "Legislature" or not m["country"]:
        return set()
    return {o for o in others if merged[o]["type"] == "Legislature" and merged[o]["country"]
            and merged[o]["country"] != m["country"]}


def _legislature_words(merged: dict[str, dict]) -> dict[str, set[str]]:
    """Each word of a legislature's several-word names -> the legislatures whose names it is in."""
    words: dict[str, set[str]] = defaultdict(set)
    for qid, m in merged.items():
        if m["type"] == "Legislature":
            for name in m["forms"] | {m["label"].casefold()}:
                parts = re.split(r"[\s-]+", name.strip())
                if len(parts) > 1:
                    for w in parts:
                        words[w].add(qid)
    return words


def _minor_places_yield(snap: Snapshot, named: dict[str, set[str]]) -> int:
    """A minor city gives up every name another item bears, and is left out when its label is one."""
    dropped = 0
    for entries in snap.files.values():
        for qid in [q for q, e in entries.items() if e["extra"].get("minor")]:
            e = entries[qid]
            if named[e["label"].casefold()] - {qid}:
                del entries[qid]
                dropped += 1
                continue
            keep = {a for a in e["aliases"] if not named[a.casefold()] - {qid}}
            dropped += len(e["aliases"]) - len(keep)
            e["aliases"] = keep
    return dropped


def _shared(form: str, qid: str, others: set[str], merged: dict[str, dict]) -> bool:
    """Is the form also another item's, of no lower salience? 'Chinese' stays with China,
    not Taiwan, because only China's label shares its stem; 'Congolese' fits both Congos."""
    rivals = {o for o in others if merged[o]["rank"] <= merged[qid]["rank"]}
    if not rivals:
        return False
    stem = form[:4]
    fits = [q for q in rivals | {qid} if merged[q]["label"].casefold().startswith(stem)]
    return fits != [qid]


def write(snap: Snapshot, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, entries in snap.files.items():
        lines = []
        for qid in sorted(entries, key=lambda q: int(q[1:])):
            e = entries[qid]
            lines.append(json.dumps({
                "qid": qid, "type": e["type"], "label": e["label"], "aliases": sorted(e["aliases"]),
                "demonyms": sorted(e["demonyms"]), "country": e["country"],
                "extra": e["extra"], "source": ";".join(sorted(e["source"]))},
                ensure_ascii=False, sort_keys=False))
        (out / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def coverage(snap: Snapshot) -> str:
    """A table of entries, aliases and demonyms per entity type, and rows skipped for no QID."""
    stats: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, set[str]] = defaultdict(set)
    for entries in snap.files.values():
        for qid, e in entries.items():
            s = stats[e["type"]]
            if qid not in seen[e["type"]]:
                seen[e["type"]].add(qid)
                s["entries"] += 1
            s["aliases"] += len(e["aliases"])
            s["demonyms"] += len(e["demonyms"])
    rows = [f"{'type':<26}{'entries':>8}{'aliases':>9}{'demonyms':>10}{'with QID':>10}{'no QID':>8}"]
    for t in sorted(set(stats) | set(snap.no_qid)):
        s = stats[t]
        rows.append(f"{t:<26}{s['entries']:>8}{s['aliases']:>9}{s['demonyms']:>10}{s['entries']:>10}"
                    f"{snap.no_qid[t]:>8}")
    return "\n".join(rows)


def render_credits(meta: Path, curated: Path) -> str:
    """CREDITS.md from sources.yaml (one block per source) and the curated rows' citations."""
    doc = yaml.safe_load(meta.read_text(encoding="utf-8"))
    out = [doc["intro"].rstrip(), "", "## Output files", ""]
    out += [f"- `{name}` - {lic}" for name, lic in OUTPUTS.items()]
    out += ["", "## Sources", ""]
    for s in doc["sources"]:
        out.append(f"- **{s['name']}** (`{s['path']}`) - {s['origin']}, {s['version']}. "
                   f"Licence: {s['licence']}. Feeds `{s['output']}`. {s.get('note', '')}".rstrip())
    out += ["", doc["decisions"].rstrip(), "", "## Curated rows and their citations", ""]
    if curated.exists():
        for row in yaml.safe_load(curated.read_text(encoding="utf-8"))["entries"]:
            c = row["citation"]
            out.append(f"- {row['qid']} {row['label']} ({row['type']}) - {c['repository']} "
                       f"`{c['path']}` @ {c.get('commit', 'stored version')}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="the shared data/sources directory")
    parser.add_argument("--out", type=Path, default=REPO / "data/gazetteer")
    parser.add_argument("--curated", type=Path, default=None,
                        help="curated rows with citations (default: OUT/sources/curated.yaml)")
    args = parser.parse_args(argv)
    curated = args.curated or args.out / "sources/curated.yaml"
    snap = Snapshot()
    iso_qid = build_countries(snap, args.sources)
    build_places(snap, args.sources, iso_qid)
    build_igos(snap, args.sources)
    build_people(snap, args.sources, iso_qid)
    if curated.exists():
        build_curated(snap, curated)
    generic = description_nouns()
    common = common_noun_legislatures(snap, generic)
    dropped = disambiguate(snap, generic)
    write(snap, args.out)
    meta = args.out / "sources/sources.yaml"
    if meta.exists():
        (args.out / "CREDITS.md").write_text(render_credits(meta, curated), encoding="utf-8")
    print(coverage(snap))
    print(f"ambiguous aliases dropped: {dropped}")
    print(f"legislatures known only by a common noun, left out: {len(common)} ({' '.join(common)})")
    for name, entries in snap.files.items():
        print(f"{name}: {len(entries)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
