"""Build the offline Wikidata gazetteer snapshot in data/gazetteer/ from openly licensed files.

    python scripts/build_gazetteer.py ../shared/data/sources [--out data/gazetteer]

Output is JSON Lines, one entry per line, split by licence (see OUTPUTS); an item may have a
line in several files and the loader merges them by QID. Output is sorted, so re-running on the
same sources gives byte-identical files. Coverage per kind is printed at the end.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from gazetteer_ambiguity import (
    common_noun_legislatures,
    description_nouns,
    disambiguate,
)
from gazetteer_snapshot import (
    BYSA,
    CORE,
    ODBL,
    QID,
    WDQ,
    Snapshot,
    clean,
    coverage,
    qid_of,
    read_csv,
    render_credits,
    write,
)

REPO = Path(__file__).resolve().parents[1]


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


# --- countries --------------------------------------------------------------------------------

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
