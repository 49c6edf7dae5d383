"""QuickStatements (v1) export: the graph's agreements as Wikidata edits for a human to review.

Only what the articles assert is written: an agreement some asserted fact is about, as
``CREATE`` (or its QID when linked) with instance of treaty; a new item labelled by its full name
with its acronym as short name; its signatories (asserted signings) and the states that ratified
it (asserted ratifications — a party is not a state that ratified), when linked to Wikidata
items, with the signing or ratification date; every statement referenced with the URL of the
article it was read in. Planned and negated facts are never written, nor agreements the
articles do not name (``id/agreement/unnamed-…``: a description is no name for a new item).
The file opens with ``#`` comment lines explaining what to check; QuickStatements does not
read them, so delete them before pasting.

Lines are tab-separated as QuickStatements v1 expects; dates use its syntax
``+2024-05-06T00:00:00Z/11`` (precision 11 = day, 10 = month, 9 = year).

Wikidata IDs, each cited (nothing typed from memory):

* ``Q131569`` treaty, ``P1891`` signatory, ``P6193`` ratified by, ``P585`` point in time (the
  signing/ratification date qualifier) — ontology/ALIGNMENT.md;
* ``P31`` instance of, ``P854`` reference URL (``S854`` as a source) — molybdenum-99/reality
  ``data/wikidata-predicates.yaml`` (commit 2289c16d);
* ``P1813`` short name, of datatype monolingual text — hiropppe/neo4j-js-ng2
  ``src/app/service/wikidata.service.ts`` (Wikidata's property list); monolingual text is written
  ``en:"…"`` (https://www.wikidata.org/wiki/Help:QuickStatements).
"""
from __future__ import annotations

import io
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import IO, Any

from kg.rdf.namespaces import KG, OWL, PROV, RDFS, SCHEMA, SKOS, WD, XSD

TREATY = "Q131569"
INSTANCE_OF = "P31"
SIGNATORY = "P1891"
RATIFIED_BY = "P6193"
SHORT_NAME = "P1813"
POINT_IN_TIME = "P585"
REFERENCE_URL = "S854"

_PRECISION = {str(XSD.date): (11, 10), str(XSD.gYearMonth): (10, 7), str(XSD.gYear): (9, 4)}

HEADER = f"""\
# kg QuickStatements export (v1 syntax, tab-separated) - FOR HUMAN REVIEW, do not run blindly.
# Read from news articles by an automatic extractor: check every line against its source (S854).
# Only asserted facts are written: {SIGNATORY} = signatory (a signing), {RATIFIED_BY} = ratified by (a
# ratification by that state), {POINT_IN_TIME} = point in time (signing or ratification date),
# {INSTANCE_OF} {TREATY} = instance of treaty, {SHORT_NAME} = short name (the acronym of a new item's full name).
# CREATE makes a new item: first search Wikidata for the agreement, it may already exist.
# Delete these comment lines before pasting into QuickStatements.
"""


@dataclass
class _Agreement:
    iri: str
    labels: set[str] = field(default_factory=set)  # rdfs:label and skos:altLabel
    acronyms: set[str] = field(default_factory=set)
    qid: str | None = None
    # (property, value QID, date or None) -> article URLs ("" when unknown)
    statements: dict[tuple[str, str, str | None], set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    urls: set[str] = field(default_factory=set)
    asserted: bool = False  # some asserted fact is about it

    @property
    def unnamed(self) -> bool:
        """Minted from a description, not a name (``id/agreement/unnamed-…``)."""
        return self.iri.rsplit("/", 1)[-1].startswith("unnamed-")

    @property
    def acronym(self) -> str | None:
        return min(self.acronyms, key=lambda a: (len(a), a)) if self.acronyms else None

    @property
    def name(self) -> str:
        """Its full name: of its labels, one its acronym abbreviates, else the longest that is not an acronym."""
        names = [n for n in self.labels if n not in self.acronyms and not _looks_like_acronym(n)]
        if not names:
            return min(self.labels, key=lambda n: (-len(n), n)) if self.labels else ""
        acronym = self.acronym
        spelled = [n for n in names if acronym and _abbreviates(acronym, n)]
        return min(spelled or names, key=lambda n: (-len(n), n))


def _looks_like_acronym(text: str) -> bool:
    return " " not in text.strip() and sum(c.isupper() for c in text) >= 2


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters come in order from ``name``, from its first letter on.

    >>> _abbreviates("MCSA", "Mutual Cargo Support Arrangement"), _abbreviates("MCSA", "Defence Pact")
    (True, False)
    """
    letters = iter("".join(c for c in name.upper() if c.isalnum()))
    wanted = [c for c in acronym.upper() if c.isalnum()]
    return bool(wanted) and name[:1].upper() == wanted[0] and all(c in letters for c in wanted)


def write_quickstatements(store: Any, output: IO[bytes] | str | os.PathLike[str] | None, *,
                          graph: str | None = None) -> bytes | None:
    """Write the QuickStatements of the store's agreements (``kg.export.WRITERS`` signature)."""
    text = quickstatements(store, graph=graph).encode("utf-8")
    if output is None:
        return text
    if isinstance(output, (str, os.PathLike)):
        with open(output, "wb") as fh:
            fh.write(text)
    else:
        output.write(text)
    return None


def quickstatements(store: Any, *, graph: str | None = None) -> str:
    """The QuickStatements text (header comment first) of the agreements in ``store``."""
    agreements = _collect(store, graph)
    out = io.StringIO()
    out.write(HEADER)
    for a in sorted(agreements.values(), key=lambda a: (a.name.casefold(), a.iri)):
        if not a.asserted:
            continue  # only planned or negated facts are about it: nothing to say yet
        if a.qid is None and a.unnamed:
            out.write(f"\n# {a.name or a.iri} <{a.iri}>: not written, the articles give it no name\n")
            continue
        out.write(f"\n# {a.name or a.iri} <{a.iri}>\n")
        subject = a.qid or "LAST"
        references = sorted(a.urls) or [""]
        if a.qid is None:
            out.write("CREATE\n")
            if a.name:
                out.write(_line(subject, "Len", _string(a.name)))
            if a.acronym and a.acronym != a.name:
                for url in references:
                    out.write(_line(subject, SHORT_NAME, "en:" + _string(a.acronym), url=url))
        for url in references:
            out.write(_line(subject, INSTANCE_OF, TREATY, url=url))
        for (prop, value, date), urls in sorted(a.statements.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
            qualifiers = [POINT_IN_TIME, date] if date else []
            for url in sorted(urls):
                out.write(_line(subject, prop, value, *qualifiers, url=url))
        for date, urls in sorted(a.dates.items()):
            for url in sorted(urls):
                out.write(_line(subject, POINT_IN_TIME, date, url=url))
    return out.getvalue()


def _line(subject: str, prop: str, value: str, *qualifiers: str, url: str = "") -> str:
    parts = [subject, prop, value, *qualifiers]
    if url:
        parts += [REFERENCE_URL, _string(url)]
    return "\t".join(parts) + "\n"


def _string(text: str) -> str:
    # QuickStatements has no escape for a double quote inside a string
    return '"' + " ".join(text.replace('"', "'").split()) + '"'


def qs_date(value: str, datatype: str | None) -> str | None:
    """A literal date in QuickStatements syntax, or None if it is not a date.

    >>> qs_date("2024-05-06", "http://www.w3.org/2001/XMLSchema#date")
    '+2024-05-06T00:00:00Z/11'
    >>> qs_date("2024-05", "http://www.w3.org/2001/XMLSchema#gYearMonth")
    '+2024-05-00T00:00:00Z/10'
    """
    precision, length = _PRECISION.get(datatype or "", (None, None))
    if precision is None or length is None or len(value) < length or not value[:4].isdigit():
        return None
    parts = (value[:length].split("-") + ["00", "00"])[:3]
    return f"+{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z/{precision}"


def _collect(store: Any, graph: str | None) -> dict[str, _Agreement]:
    agreements: dict[str, _Agreement] = {}

    def get(iri: str) -> _Agreement:
        return agreements.setdefault(iri, _Agreement(iri))

    for row in _select(store, graph, f"""
            ?agreement a <{KG.Agreement}> .
            OPTIONAL {{ ?agreement <{RDFS.label}>|<{SKOS.altLabel}> ?label }}
            OPTIONAL {{ ?agreement <{KG.acronym}> ?acronym }}
            OPTIONAL {{ ?agreement <{OWL.sameAs}> ?wd . FILTER(STRSTARTS(STR(?wd), "{WD}Q")) }}"""):
        a = get(row["agreement"][0])
        if row.get("label"):
            a.labels.add(" ".join(row["label"][0].split()))
        if row.get("acronym"):
            a.acronyms.add(row["acronym"][0].strip())
        if row.get("wd") and a.qid is None:
            a.qid = row["wd"][0][len(str(WD)):]
    # Every asserted fact about an agreement makes it worth writing, and its article a reference.
    for row in _select(store, graph, f"""
            ?fact <{KG.agreement}> ?agreement ; <{KG.modality}> "asserted" .
            ?agreement a <{KG.Agreement}> .
            OPTIONAL {{ ?fact <{KG.evidence}>/<{PROV.wasQuotedFrom}>/<{SCHEMA.url}> ?url }}"""):
        a = get(row["agreement"][0])
        a.asserted = True
        if row.get("url"):
            a.urls.add(row["url"][0])
    # fact kind, its agent property, the Wikidata property it becomes: a party is not a state
    # that ratified (ontology/ALIGNMENT.md), so only ratifications give "ratified by".
    kinds = ((KG.Signing, KG.signatory, SIGNATORY), (KG.Ratification, KG.state, RATIFIED_BY))
    for cls, agent, prop in kinds:
        for row in _select(store, graph, f"""
                ?fact a <{cls}> ; <{KG.agreement}> ?agreement ; <{KG.modality}> "asserted" .
                ?agreement a <{KG.Agreement}> .
                OPTIONAL {{ ?fact <{agent}> ?agent . ?agent <{OWL.sameAs}> ?wd .
                           FILTER(STRSTARTS(STR(?wd), "{WD}Q")) }}
                OPTIONAL {{ ?fact <{KG.date}> ?date }}
                OPTIONAL {{ ?fact <{KG.evidence}>/<{PROV.wasQuotedFrom}>/<{SCHEMA.url}> ?url }}"""):
            a = get(row["agreement"][0])
            url = (row.get("url") or ("",))[0]
            date = qs_date(*row["date"]) if row.get("date") else None
            if row.get("wd"):
                a.statements[(prop, row["wd"][0][len(str(WD)):], date)].add(url)
            elif date and cls is KG.Signing:
                a.dates[date].add(url)  # a signing date without a linked signatory
    for a in agreements.values():  # a statement read with and without a URL: keep the URL
        for urls in [*a.statements.values(), *a.dates.values()]:
            if len(urls) > 1:
                urls.discard("")
    return agreements


def _select(store: Any, graph: str | None, pattern: str) -> list[dict[str, tuple[str, str | None]]]:
    """Rows of ``SELECT * { pattern }`` (in ``graph`` if given): name -> (value, datatype)."""
    body = f"GRAPH <{graph}> {{ {pattern} }}" if graph else pattern
    results = store.query(f"SELECT * WHERE {{ {body} }}")
    names = [v.value for v in results.variables]
    rows = []
    for solution in results:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                datatype = getattr(term, "datatype", None)
                row[name] = (term.value, datatype.value if datatype is not None else None)
        rows.append(row)
    return rows
