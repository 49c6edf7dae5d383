"""The pages people use: the query editor, a page for every IRI kg mints, the list of articles.

Every page has a twin for programs, chosen by the Accept header or ``?format=``:

* ``/`` — YASGUI on ``/sparql`` with the ``queries/*.rq`` catalogue; JSON: the catalogue.
* ``/id/<rest>`` — HTML, Turtle, N-Triples or JSON-LD describing the resource; SVG of its
  neighbourhood (``?format=svg``); 404 for an IRI the graph does not mention.
* ``/articles`` — the article graphs with headline, date and fact count; JSON: the same rows.
* ``/queries/<name>.rq`` — one catalogue query as text.

The store is ``current_app.extensions["kg.store"]`` (a :class:`kg.store.Store`, whose ``query``
answers over the union of the named graphs); all reads are SPARQL through it.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import rdflib
from flask import Blueprint, Response, current_app, render_template, request, url_for
from markupsafe import Markup
from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, RdfFormat, Triple, serialize

from kg.errors import NotAcceptableError, UserInputError
from kg.rdf.namespaces import DCTERMS, ID, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD
from kg.web.errors import error_response
from kg.web.svg import Neighbour, Node, neighbourhood_svg

bp = Blueprint(
    "pages",
    __name__,
    template_folder="templates",
    # Own URL path, so the page assets never collide with whatever the app serves at /static.
    static_folder="static",
    static_url_path="/kg-static",
)

ID_BASE = str(ID)
# Article graphs are id/graph/<article-id> (ARCHITECTURE.md); their provenance names the article.
GRAPH_BASE = str(ID["graph/"])
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "xsd": str(XSD),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "wd": str(WD),
}
_SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# Media types each page can answer in; the first is what a client that does not care gets.
HTML = "html"
PAGE_TYPES: dict[str, tuple[str, ...]] = {
    HTML: ("text/html", "application/xhtml+xml"),
    "json": ("application/json",),
}
RESOURCE_TYPES: dict[str, tuple[str, ...]] = {
    HTML: ("text/html", "application/xhtml+xml"),
    "ttl": ("text/turtle", "application/x-turtle"),
    "jsonld": ("application/ld+json", "application/json"),
    "nt": ("application/n-triples",),
    "svg": ("image/svg+xml",),
}
FORMAT_ALIASES = {"turtle": "ttl", "json-ld": "jsonld", "ntriples": "nt", "n-triples": "nt", "htm": HTML}
RDF_FORMATS: dict[str, RdfFormat] = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES}

LABEL_PROPERTIES = (str(RDFS.label), str(SKOS.prefLabel), str(SCHEMA.headline))
DATE_PROPERTIES = (str(KG.date), str(KG.startDate), str(KG.endDate))
# Shown in the page's header rather than again in the statements table.
HEADER_PROPERTIES = frozenset(
    {str(RDF.type), *LABEL_PROPERTIES, str(SKOS.altLabel), str(KG.acronym), str(OWL.sameAs), str(KG.linkConfidence)}
)
MAX_FACTS = 500
MAX_INCOMING = 300
ARTICLES_PAGE = 200


# -- store access ---------------------------------------------------------------------------

def _store() -> Any:
    return current_app.extensions["kg.store"]


def select(sparql: str) -> list[dict[str, Any]]:
    """Rows of a SELECT (kg's prefixes prepended) as dicts of variable name to term or None."""
    results = _store().query(_SPARQL_PREFIXES + sparql)
    assert isinstance(results, QuerySolutions), "select() runs SELECT queries only"
    names = [v.value for v in results.variables]
    return [{n: row[n] for n in names} for row in results]


def ask(sparql: str) -> bool:
    """The answer of an ASK query."""
    return bool(_store().query(_SPARQL_PREFIXES + sparql))


def construct(sparql: str) -> list[Triple]:
    """Triples of a CONSTRUCT, each once (the union default graph repeats shared triples)."""
    return list(dict.fromkeys(_store().query(_SPARQL_PREFIXES + sparql)))


def _values(terms: Iterable[NamedNode]) -> str:
    return " ".join(str(t) for t in terms)


# -- terms as the pages show them -------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """An RDF term ready for a template: text to show, where it links, a note (type or language)."""

    text: str
    href: str | None = None
    iri: str | None = None
    note: str = ""

    @property
    def local(self) -> bool:
        return self.iri is not None and self.iri.startswith(ID_BASE)


def local_href(iri: str) -> str | None:
    """This server's page for a minted IRI, or None for IRIs minted elsewhere."""
    if not iri.startswith(ID_BASE):
        return None
    return url_for("pages.resource", rest=iri[len(ID_BASE):])


def external_href(iri: str) -> str | None:
    """``iri`` as a link target only if it is http(s): a ``javascript:`` IRI in the data must not run."""
    return iri if iri.lower().startswith(("http://", "https://")) else None


def curie(iri: str) -> str:
    """``kg:Visit`` for a known namespace, else the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def local_name(iri: str) -> str:
    """The last segment of an IRI: a readable stand-in when a resource has no label."""
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri


def labels_of(iris: Iterable[str]) -> dict[str, str]:
    """One label per IRI (English first, then any), from rdfs:label, skos:prefLabel or headline."""
    nodes = sorted({i for i in iris})
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(nodes), 200):  # VALUES blocks of bounded size
        chunk = [NamedNode(i) for i in nodes[start : start + 200]]
        rows = select(
            f"SELECT DISTINCT ?x ?l WHERE {{ VALUES ?x {{ {_values(chunk)} }} "
            f"?x rdfs:label|skos:prefLabel|schema:headline ?l }}"
        )
        for row in rows:
            label = row["l"]
            rank = 0 if getattr(label, "language", None) == "en" else 1 if not getattr(label, "language", None) else 2
            key = row["x"].value
            if key not in found or (rank, label.value) < found[key]:
                found[key] = (rank, label.value)
    return {k: v[1] for k, v in found.items()}


def term(node: Any, labels: Mapping[str, str]) -> Term:
    """A pyoxigraph term as a :class:`Term`; IRIs link to their page (local) or to themselves."""
    if isinstance(node, NamedNode):
        iri = node.value
        text = labels.get(iri) or (curie(iri) if not iri.startswith(ID_BASE) else local_name(iri))
        return Term(text, local_href(iri) or external_href(iri), iri)
    if isinstance(node, Literal):
        note = node.language or ("" if node.datatype.value == str(XSD.string) else curie(node.datatype.value))
        return Term(node.value, note=note)
    if isinstance(node, BlankNode):
        return Term("_:" + node.value)
    return Term(str(node))


# -- content negotiation ----------------------------------------------------------------------

def negotiate(offers: Mapping[str, tuple[str, ...]]) -> str:
    """The format to answer in: ``?format=`` wins, then the Accept header, then the first offer."""
    wanted = request.args.get("format")
    if wanted:
        wanted = FORMAT_ALIASES.get(wanted.lower(), wanted.lower())
        if wanted not in offers:
            raise UserInputError(f"unknown format {wanted!r}; this page offers {', '.join(offers)}")
        return wanted
    if not request.accept_mimetypes:
        return next(iter(offers))
    by_type = {mime: name for name, mimes in offers.items() for mime in mimes}
    best = request.accept_mimetypes.best_match(list(by_type))
    if best is None:
        raise NotAcceptableError(f"cannot answer in {request.headers.get('Accept')}; try {', '.join(by_type)}")
    return by_type[best]


def _vary(response: Response) -> Response:
    # Caches must key on Accept, since one URL has several representations.
    response.vary.add("Accept")
    return response


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=2) + "\n", status=status, mimetype="application/json")


# -- the query catalogue ------------------------------------------------------------------------

_HERE = Path(__file__).resolve().parent
# A source checkout keeps the catalogue at the repository root; an installed wheel carries a
# copy under static/queries/ (put there by scripts/build_web_assets.py).
_CHECKOUT_QUERIES = _HERE.parents[2] / "queries"
_PACKAGED_QUERIES = _HERE / "static" / "queries"


@dataclass(frozen=True)
class CatalogueQuery:
    """One ``queries/NAME.rq``: its name, the description from its leading comments, its text."""

    name: str
    description: str
    text: str


def queries_dir() -> Path | None:
    """Where the catalogue is: ``KG_QUERIES_DIR`` app config, a source checkout, or the package."""
    configured = current_app.config.get("KG_QUERIES_DIR")
    candidates = [Path(configured)] if configured else []
    if (_CHECKOUT_QUERIES.parent / "pyproject.toml").is_file():
        candidates.append(_CHECKOUT_QUERIES)
    candidates.append(_PACKAGED_QUERIES)
    return next((c for c in candidates if c.is_dir()), None)


def catalogue() -> list[CatalogueQuery]:
    """The .rq files, read now (the catalogue may change while the server runs), by name."""
    folder = queries_dir()
    if folder is None:
        return []
    found = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            comments.append(line.lstrip("#").strip())
        description = " ".join(comments)
        # "parties: the state ..." -> "the state ...": the name is shown beside it already.
        if description.lower().startswith(path.stem.lower() + ":"):
            description = description[len(path.stem) + 1 :].strip()
        found.append(CatalogueQuery(path.stem, description, text))
    return found


# -- one resource -----------------------------------------------------------------------------

@dataclass
class Evidence:
    """A sentence a fact was read in, and the article it came from."""

    sentence: str
    article: Term | None
    published: str = ""
    url: str | None = None
    offsets: str = ""


@dataclass
class FactView:
    """A fact node as a table row: its kind, participants by role, dates, modality, evidence."""

    iri: str
    href: str | None
    kind: str
    modality: str = ""
    roles: list[tuple[str, Term]] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    subject_roles: list[str] = field(default_factory=list)


@dataclass
class Resource:
    """Everything the resource page shows, gathered with a handful of SPARQL queries."""

    iri: str
    label: str
    types: list[Term]
    alt_labels: list[str]
    acronyms: list[str]
    same_as: list[Term]
    link_confidence: str
    statements: list[tuple[Term, Term]]
    incoming: list[tuple[Term, Term]]
    facts: list[FactView]
    neighbours: list[Neighbour]
    is_graph: bool = False


def exists(node: NamedNode) -> bool:
    """Whether the graph mentions ``node`` at all: as subject, object or graph name."""
    return ask(f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} UNION {{ GRAPH {node} {{ ?s ?p ?o }} }} }}")


def _fact_nodes(node: NamedNode) -> list[NamedNode]:
    """Facts shown on ``node``'s page: those it takes part in, itself, those read in it or its graph."""
    rows = select(
        f"""SELECT DISTINCT ?fact WHERE {{
          {{ ?fact ?role {node} }} UNION {{ BIND({node} AS ?fact) }}
          UNION {{ ?fact kg:evidence/prov:wasQuotedFrom {node} }}
          UNION {{ GRAPH {node} {{ ?fact kg:modality ?m0 }} }}
          ?fact kg:modality ?modality .
        }} LIMIT {MAX_FACTS}"""
    )
    return [r["fact"] for r in rows if isinstance(r["fact"], NamedNode)]


def _facts(node: NamedNode, fact_nodes: list[NamedNode]) -> tuple[list[FactView], list[tuple[str, str, str]]]:
    """Fact views, and (fact, property, object IRI) links for the labels and the picture."""
    if not fact_nodes:
        return [], []
    values = _values(fact_nodes)
    facts: dict[str, FactView] = {f.value: FactView(f.value, local_href(f.value), "Fact") for f in fact_nodes}
    links: list[tuple[str, str, str]] = []
    for row in select(f"SELECT DISTINCT ?fact ?p ?o WHERE {{ VALUES ?fact {{ {values} }} ?fact ?p ?o }}"):
        view, p, o = facts[row["fact"].value], row["p"].value, row["o"]
        if p == str(RDF.type):
            if o.value.startswith(str(KG._NS)):
                view.kind = local_name(o.value)
        elif p == str(KG.modality):
            view.modality = o.value
        elif p == str(KG.evidence):
            continue
        elif isinstance(o, NamedNode):
            links.append((view.iri, p, o.value))
            if o == node:
                view.subject_roles.append(local_name(p))
        else:
            view.details.append((local_name(p), o.value))
    for row in select(
        f"""SELECT DISTINCT ?fact ?sentence ?start ?end ?article ?date ?url WHERE {{
          VALUES ?fact {{ {values} }}
          ?fact kg:evidence ?ev .
          OPTIONAL {{ ?ev kg:sentence ?sentence }}
          OPTIONAL {{ ?ev kg:startOffset ?start }} OPTIONAL {{ ?ev kg:endOffset ?end }}
          OPTIONAL {{ ?ev prov:wasQuotedFrom ?article .
                     OPTIONAL {{ ?article schema:datePublished ?date }} OPTIONAL {{ ?article schema:url ?url }} }}
        }}"""
    ):
        facts[row["fact"].value].evidence.append(
            Evidence(
                sentence=row["sentence"].value if row["sentence"] else "",
                article=Term(row["article"].value, local_href(row["article"].value), row["article"].value)
                if isinstance(row["article"], NamedNode)
                else None,
                published=row["date"].value if row["date"] else "",
                url=external_href(row["url"].value) if row["url"] else None,
                offsets=f"{row['start'].value}–{row['end'].value}" if row["start"] and row["end"] else "",
            )
        )
    # Dates first, in their FORMAT.md order, so a visit reads "2024-04-10 → 2024-04-12".
    date_names = [local_name(p) for p in DATE_PROPERTIES]
    for view in facts.values():
        view.details.sort(key=lambda d: (date_names.index(d[0]) if d[0] in date_names else len(date_names), d))
        view.evidence.sort(key=lambda e: (e.published, e.article.iri if e.article else "", e.offsets))
    ordered = sorted(facts.values(), key=lambda f: (f.kind, [d[1] for d in f.details], f.iri))
    return ordered, links


def describe(node: NamedNode) -> Resource:
    """Gather the resource page for ``node`` (which :func:`exists`)."""
    iri = node.value
    out = select(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o")
    incoming = select(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} FILTER NOT EXISTS {{ ?s kg:modality ?m }} }} ORDER BY ?p ?s LIMIT {MAX_INCOMING}")
    fact_nodes = _fact_nodes(node)
    facts, links = _facts(node, fact_nodes)

    mentioned = {iri} | {r["o"].value for r in out if isinstance(r["o"], NamedNode)}
    mentioned |= {r["s"].value for r in incoming if isinstance(r["s"], NamedNode)}
    mentioned |= {o for _, _, o in links}
    mentioned |= {e.article.iri for f in facts for e in f.evidence if e.article and e.article.iri}
    labels = labels_of(mentioned)

    for f in facts:
        for fact_iri, p, o in links:
            if fact_iri == f.iri:
                f.roles.append((local_name(p), term(NamedNode(o), labels)))
        for e in f.evidence:
            if e.article and e.article.iri:
                e.article = Term(labels.get(e.article.iri, local_name(e.article.iri)), e.article.href, e.article.iri)

    def objects(prop: str) -> list[Any]:
        return [r["o"] for r in out if r["p"].value == prop]

    label = labels.get(iri) or local_name(iri)
    same_as = [term(o, labels) for o in objects(str(OWL.sameAs))]
    confidence = next((o.value for o in objects(str(KG.linkConfidence))), "")
    return Resource(
        iri=iri,
        label=label,
        types=[Term(local_name(o.value) if o.value.startswith(str(KG._NS)) else curie(o.value), None, o.value)
               for o in objects(str(RDF.type))],
        alt_labels=sorted({o.value for o in objects(str(SKOS.altLabel))}),
        acronyms=sorted({o.value for o in objects(str(KG.acronym))}),
        same_as=same_as,
        link_confidence=confidence,
        statements=[(Term(curie(r["p"].value), external_href(r["p"].value), r["p"].value), term(r["o"], labels))
                    for r in out if r["p"].value not in HEADER_PROPERTIES],
        incoming=[(term(r["s"], labels), Term(curie(r["p"].value), external_href(r["p"].value), r["p"].value))
                  for r in incoming],
        facts=facts,
        neighbours=_neighbours(node, facts, links, out, incoming, labels),
        is_graph=ask(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}"),
    )


def _neighbours(node: NamedNode, facts: list[FactView], links: list[tuple[str, str, str]],
                out: list[dict[str, Any]], incoming: list[dict[str, Any]], labels: Mapping[str, str]) -> list[Neighbour]:
    """Resources one fact (or one direct link) away, most connected first."""
    fact_iris = {f.iri for f in facts}
    kinds = {f.iri: f.kind for f in facts}
    relations: dict[str, list[str]] = {}
    for fact_iri, p, o in links:
        if o != node.value and o.startswith(ID_BASE):
            # On a fact's own page the edge is the role; elsewhere the fact's kind says enough.
            relations.setdefault(o, []).append(local_name(p) if fact_iri == node.value else kinds[fact_iri])
    direct = [(r["p"].value, r["o"]) for r in out] + [(r["p"].value, r["s"]) for r in incoming]
    for p, other in direct:
        # Only other minted resources that are not facts or evidence: those are drawn as edges.
        if (isinstance(other, NamedNode) and other.value.startswith(ID_BASE) and other.value not in fact_iris
                and p != str(KG.evidence) and "/evidence/" not in other.value):
            relations.setdefault(other.value, []).append(local_name(p))
    ordered = sorted(relations.items(), key=lambda kv: (-len(kv[1]), labels.get(kv[0], local_name(kv[0])).lower()))
    return [
        Neighbour(Node(labels.get(o, local_name(o)), local_href(o), _kind_of(o)), tuple(rels))
        for o, rels in ordered
    ]


def _kind_of(iri: str) -> str:
    """The type segment of a minted IRI (``id/state/Q30`` -> ``state``), for the picture's CSS."""
    rest = iri[len(ID_BASE):]
    return rest.split("/", 1)[0] if "/" in rest else ""


def rdf_description(node: NamedNode) -> list[Triple]:
    """The triples that describe ``node``: its statements, links to it, its facts with their
    evidence, labels of what they point at, and, for an article graph, the graph's content."""
    labels = "FILTER(?lp IN (rdfs:label, skos:prefLabel, schema:headline))"
    return construct(
        f"""CONSTRUCT {{
          {node} ?p ?o . ?o ?lp ?ol . ?x ?q {node} . ?x ?lp ?xl .
          ?fact ?fp ?fo . ?fo ?lp ?fol . ?ev ?ep ?eo . ?ga ?gb ?gc .
        }} WHERE {{
          {{ {node} ?p ?o . OPTIONAL {{ ?o ?lp ?ol {labels} }} }}
          UNION {{ ?x ?q {node} . OPTIONAL {{ ?x ?lp ?xl {labels} }} }}
          UNION {{ {{ ?fact ?r {node} }} UNION {{ BIND({node} AS ?fact) }}
                  ?fact kg:modality ?m ; ?fp ?fo . OPTIONAL {{ ?fo ?lp ?fol {labels} }} }}
          UNION {{ {{ ?fact ?r {node} }} UNION {{ BIND({node} AS ?fact) }}
                  ?fact kg:modality ?m ; kg:evidence ?ev . ?ev ?ep ?eo }}
          UNION {{ GRAPH {node} {{ ?ga ?gb ?gc }} }}
        }}"""
    )


def serialize_rdf(triples: list[Triple], fmt: str) -> bytes:
    """Turtle and N-Triples by pyoxigraph; JSON-LD compacted against kg's prefixes by rdflib."""
    # Sorted so Turtle groups each subject's statements and the output is stable between calls.
    triples = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt in RDF_FORMATS:
        return serialize(triples, format=RDF_FORMATS[fmt], prefixes=PREFIXES if fmt == "ttl" else None)
    graph = rdflib.Graph()
    graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True, indent=2).encode("utf-8")


MIMETYPES = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json", "svg": "image/svg+xml"}


def _candidate_iris(rest: str) -> list[str]:
    """The IRI a request names: as decoded, and as sent (a slug may keep %-escapes in its IRI)."""
    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI") or ""
    raw_rest = raw.split("?", 1)[0].split("/id/", 1)[-1] if "/id/" in raw else rest
    return list(dict.fromkeys([ID_BASE + rest, ID_BASE + raw_rest]))


# -- routes -----------------------------------------------------------------------------------

@bp.get("/")
def index() -> Response:
    """The query editor, with the catalogue; JSON twin: the catalogue."""
    fmt = negotiate(PAGE_TYPES)
    queries = catalogue()
    endpoint = request.script_root + "/sparql"
    if fmt == "json":
        return _vary(_json({
            "endpoint": endpoint,
            "queries": [{"name": q.name, "description": q.description, "url": url_for("pages.query_text", name=q.name),
                         "query": q.text} for q in queries],
        }))
    selected = request.args.get("q") or (queries[0].name if queries else "")
    page = render_template("pages/index.html", queries=queries, catalogue_data=[asdict(q) for q in queries],
                           selected=selected, endpoint=endpoint, id_base=ID_BASE, run=request.args.get("run") in {"1", "true", "yes"})
    return _vary(Response(page, mimetype="text/html"))


@bp.get("/queries/<name>.rq")
def query_text(name: str) -> Response:
    """One catalogue query as text, to download or to send to /sparql."""
    for q in catalogue():
        if q.name == name:
            return Response(q.text, mimetype="application/sparql-query")
    return Response(f"no query named {name!r}\n", status=404, mimetype="text/plain")


@bp.get("/id/<path:rest>")
def resource(rest: str) -> Response:
    """Dereference a minted IRI: HTML for people, RDF or SVG for programs, 404 if unknown."""
    fmt = negotiate(RESOURCE_TYPES)
    node = None
    for candidate in _candidate_iris(rest):
        try:
            maybe = NamedNode(candidate)
        except ValueError:  # not an IRI at all (spaces, angle brackets...): nothing kg minted
            continue
        if exists(maybe):
            node = maybe
            break
    if node is None:
        return _vary(_not_found(ID_BASE + rest, fmt))
    if fmt in RDF_FORMATS or fmt == "jsonld":
        body = serialize_rdf(rdf_description(node), fmt)
        return _vary(Response(body, mimetype=MIMETYPES[fmt]))
    res = describe(node)
    svg = neighbourhood_svg(Node(res.label, None, _kind_of(res.iri)), res.neighbours)
    if fmt == "svg":
        return _vary(Response(svg, mimetype=MIMETYPES["svg"]))
    alternates = [(name, MIMETYPES[name], url_for("pages.resource", rest=rest, format=name)) for name in ("ttl", "jsonld", "nt", "svg")]
    page = render_template("pages/resource.html", r=res, svg=Markup(svg), alternates=alternates)
    return _vary(Response(page, mimetype="text/html"))


def _not_found(iri: str, fmt: str) -> Response:
    if fmt == HTML:
        return Response(render_template("pages/not_found.html", iri=iri), status=404, mimetype="text/html")
    # Programs get the app's one error shape (JSON or text, as their Accept header prefers).
    return error_response(404, f"{iri} is not in the graph", type="NotFound")


@bp.get("/articles")
def articles() -> Response:
    """The article graphs: headline, date, source and number of facts; JSON twin: the rows."""
    fmt = negotiate(PAGE_TYPES)
    try:
        page_no = max(1, int(request.args.get("page", "1")))
    except ValueError:
        raise UserInputError("page must be a number") from None
    rows = select(
        f"""SELECT ?g (SAMPLE(?a) AS ?article) (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?published)
                  (SAMPLE(?u) AS ?url) (COUNT(DISTINCT ?fact) AS ?facts) WHERE {{
          {{ SELECT DISTINCT ?g WHERE {{ ?g prov:wasDerivedFrom ?any FILTER(STRSTARTS(STR(?g), "{GRAPH_BASE}")) }} }}
          OPTIONAL {{ ?g prov:wasDerivedFrom ?a . OPTIONAL {{ ?a schema:headline ?h }}
                     OPTIONAL {{ ?a schema:datePublished ?d }} OPTIONAL {{ ?a schema:url ?u }} }}
          OPTIONAL {{ GRAPH ?g {{ ?fact kg:modality ?m }} }}
        }} GROUP BY ?g ORDER BY DESC(?published) ?g
        LIMIT {ARTICLES_PAGE + 1} OFFSET {(page_no - 1) * ARTICLES_PAGE}"""
    )
    more = len(rows) > ARTICLES_PAGE
    items = [
        {
            "graph": r["g"].value,
            "article": r["article"].value if r["article"] else None,
            "headline": r["headline"].value if r["headline"] else None,
            "published": r["published"].value if r["published"] else None,
            "url": r["url"].value if r["url"] else None,
            "facts": int(r["facts"].value),
        }
        for r in rows[:ARTICLES_PAGE]
    ]
    next_url = url_for("pages.articles", page=page_no + 1) if more else None
    if fmt == "json":
        return _vary(_json({"articles": items, "page": page_no, "next": next_url}))
    for item in items:
        item["graph_href"] = local_href(item["graph"])
        item["article_href"] = local_href(item["article"]) if item["article"] else None
    page = render_template("pages/articles.html", articles=items, page=page_no, next_url=next_url)
    return _vary(Response(page, mimetype="text/html"))
