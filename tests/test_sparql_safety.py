"""The safety scan against the engine itself (issue 11, items 1, 2, 5 and 7).

A differential test: SERVICE calls and LOADs spelt every way the grammar allows — prefixed names,
the empty prefix, glued keywords, BASE-relative IRIs, escapes, comments, case, nesting, updates —
and random mutations of them are given to the scan and to pyoxigraph; a loopback listener stands
for the endpoint and must never be contacted by a text the scan let through.
"""
from __future__ import annotations

import http.server
import itertools
import random
import threading
import time
from typing import ClassVar

import pyoxigraph as ox
import pytest

from kg.errors import KgError, QueryRefusedError, QueryTooComplexError
from kg.settings import Settings
from kg.sparql.lexer import keyword_sites, tokens
from kg.sparql.safety import MAX_DEPTH, check_query, scan

NONE_ALLOWED = Settings(service_allowlist=())


class _Listener(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def listener():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def engine_calls(text: str, *, update: bool, base: str) -> bool:
    """Whether pyoxigraph, given ``text`` with no scan in front, contacts the listener."""
    _Listener.hits.clear()
    store = ox.Store()
    try:
        if update:
            store.update(text, base_iri=base)
        else:
            result = store.query(text, base_iri=base)
            if isinstance(result, ox.QueryBoolean):
                bool(result)
            else:
                for _ in result:
                    pass
    except (SyntaxError, ValueError, OSError, RuntimeError):
        pass
    return bool(_Listener.hits)


def scan_refuses(text: str, *, update: bool, settings: Settings = NONE_ALLOWED) -> bool:
    try:
        check_query(text, settings, update=update)
    except (QueryRefusedError, QueryTooComplexError):
        return True
    return False


# -- the spellings ---------------------------------------------------------------------------

def _prologues(url: str) -> list[tuple[str, str]]:
    """(prologue, label): the prologue binds ``label:`` to the listener's URL."""
    escaped = url[:-1] + "\\u002F"
    return [
        (f"PREFIX p: <{url}>", "p"),
        (f"PREFIX p:<{url}>", "p"),
        (f"PREFIXp:<{url}>", "p"),
        (f"prefix p: <{url}>", "p"),
        (f"PREFIX : <{url}>", ""),
        (f"PREFIX:<{url}>", ""),
        (f"PREFIX p: <{escaped}>", "p"),
        (f"PREFIX p: <https://query.wikidata.org/> PREFIX p: <{url}>", "p"),
        (f"PREFIX p: <https://query.wikidata.org/>\nPREFIXp:<{url}>", "p"),
        (f"BASE <{url}> PREFIX p: <>", "p"),
        (f"PREFIX p: <{url}> # <https://query.wikidata.org/>", "p"),
        (f"#x\nPREFIX p: <{url}>", "p"),
        (f"BASE<{url}>", "base"),
    ]


def _endpoints(url: str, label: str) -> list[str]:
    if label == "base":
        return ["<x>", "<>", "<./x>"]
    return [f"<{url}x>", f"<{url}\\u0078>", f"{label}:x", f"{label}:x\\-y", f"{label}:x.y", "<x>"]


KEYWORDS = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "SERVICESILENT", "service silent", "SERVICE\tsilent"]
GAPS = [" ", "", "\n", " #c\n", "\t"]
BEFORE = ["", "?s ?p true", "?s ?p 1", "?s ?p 'x'", "?s ?p []", "?s ?p ?o.", "FILTER(1<2)", "FILTER(?a<'x>')",
          "?s ?p 1e1", "?s <http://p>?1 ", "BIND(1 AS ?x)", "{}", "?s ?p \"\"\"x\"\"\""]
NESTING = [("", ""), ("OPTIONAL {", "}"), ("FILTER EXISTS {", "}"), ("FILTER NOT EXISTS {", "}"),
           ("{ SELECT * WHERE {", "} }"), ("MINUS {", "}"), ("GRAPH ?g {", "}"), ("{} UNION {", "}")]
QUERY_FORMS = ["SELECT * WHERE {{ {} }}", "ASK {{ {} }}", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {} }}",
               "SELECT (EXISTS {{ {} }} AS ?e) {{}}"]
UPDATE_FORMS = ["INSERT {{ <a:s> <a:p> <a:o> }} WHERE {{ {} }}", "DELETE {{ ?s ?p ?o }} WHERE {{ {} }}"]


def service_variants(url: str, rng: random.Random, count: int) -> list[tuple[str, bool]]:
    """(text, is an update): ``count`` drawn from every combination, plus each dimension varied
    alone from the plainest spelling."""
    dimensions = [_prologues(url), KEYWORDS, GAPS, BEFORE, [False, True], NESTING,
                  [(f, False) for f in QUERY_FORMS] + [(f, True) for f in UPDATE_FORMS] + [("second-op", True)]]
    picks = [tuple(rng.choice(d) for d in dimensions) for _ in range(count)]
    plain = tuple(d[0] for d in dimensions)
    for i, dimension in enumerate(dimensions):
        picks += [plain[:i] + (value,) + plain[i + 1:] for value in dimension]
    out = []
    for (prologue, label), keyword, gap, before, glued, (open_, close), (form, update) in picks:
        for endpoint in _endpoints(url, label)[:: 1 if rng.random() < 0.5 else 2]:
            call = f"{before}{'' if glued else ' '}{keyword}{gap}{endpoint} {{ ?a ?b ?c }}"
            pattern = f"{open_} {call} {close}"
            if form == "second-op":
                text = (f"INSERT DATA {{ <a:s> <a:p> <a:o> }} ;\n{prologue}\n"
                        f"INSERT {{ <a:s> <a:p> <a:o> }} WHERE {{ {pattern} }}")
            else:
                text = f"{prologue}\n{form.format(pattern)}"
            out.append((text, update))
    return out


def load_variants(url: str) -> list[str]:
    out = []
    for (prologue, label), keyword, gap in itertools.product(
            _prologues(url), ["LOAD", "load", "LOAD SILENT", "LOADSILENT"], [" ", "", " #c\n"]):
        for endpoint in _endpoints(url, label):
            for into in ("", " INTO GRAPH <a:g>"):
                out.append(f"{prologue}\n{keyword}{gap}{endpoint}{into}")
                out.append(f"{prologue}\nINSERT DATA {{ <a:s> <a:p> <a:o> }} ;{keyword}{gap}{endpoint}{into}")
    return out


# -- the differential tests ------------------------------------------------------------------

@pytest.mark.server
@pytest.mark.slow
def test_no_service_the_scan_lets_through_reaches_the_listener(listener):
    variants = service_variants(listener, random.Random(11), 600)
    called = 0
    for text, update in variants:
        calls = engine_calls(text, update=update, base=listener)
        called += calls
        if calls:
            assert scan_refuses(text, update=update), f"the engine called the listener, the scan let it:\n{text}"
    # The spellings are real calls, not texts the engine rejects: most of them reach the listener.
    assert called > len(variants) // 3, (called, len(variants))


@pytest.mark.server
def test_no_load_the_scan_lets_through_reaches_the_listener(listener):
    called = 0
    for text in load_variants(listener):
        calls = engine_calls(text, update=True, base=listener)
        called += calls
        if calls:
            assert scan_refuses(text, update=True), f"the engine loaded from the listener, the scan let it:\n{text}"
    assert called > 50, called


@pytest.mark.server
@pytest.mark.slow
def test_mutations_never_reach_the_listener(listener):
    rng = random.Random(1111)
    bases = [t for t in service_variants(listener, rng, 250)] + [(t, True) for t in load_variants(listener)[::4]]
    alphabet = list(" \n\t{}()<>'\"#:?.;\\!$*,[]") + ["SERVICE", "service", "PREFIX", "LOAD", "SILENT", f"<{listener}z>",
                                                      "p:", ":z", "}", "'''", "\"\"\"", "true", "1", "BASE"]
    checked = 0
    for _ in range(3000):
        text, update = rng.choice(bases)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(text) + 1)
            action = rng.random()
            if action < 0.45:
                text = text[:at] + rng.choice(alphabet) + text[at:]
            elif action < 0.7:
                text = text[:at] + text[at + rng.randint(1, 3):]
            elif action < 0.85:
                text = text[:at] + text[at:at + 1].swapcase() + text[at + 1:]
            else:
                span = text[at:at + rng.randint(1, 12)]
                text = text[:at] + span + text[at:]
        if scan_refuses(text, update=update):
            continue
        checked += 1
        assert not engine_calls(text, update=update, base=listener), f"a mutation the scan let through:\n{text!r}"
    assert checked > 200  # the mutations are not all refused outright


@pytest.mark.server
def test_allowlisted_spellings_pass_and_are_called(listener):
    settings = Settings(service_allowlist=(listener + "x",))
    for text in [f"SELECT * WHERE {{ SERVICE <{listener}x> {{ ?s ?p ?o }} }}",
                 f"PREFIX e: <{listener}> SELECT * WHERE {{ SERVICE e:x {{ ?s ?p ?o }} }}",
                 f"PREFIX : <{listener}> SELECT * WHERE {{ SERVICE :x {{ ?s ?p ?o }} }}",
                 f"select * {{ ?s ?p ?o OPTIONAL {{ service silent <{listener}x> {{ ?s ?p ?o }} }} }}"]:
        assert not scan_refuses(text, update=False, settings=settings), text
        assert engine_calls(text, update=False, base=listener), text


# -- the scan's own cases ----------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "PREFIX : <http://127.0.0.1:8000/> SELECT * WHERE { SERVICE:internal { ?s ?p ?o } }",
    "PREFIX : <http://127.0.0.1:8000/> SELECT * WHERE { service:x { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p trueSERVICE <http://127.0.0.1:8000/> {} }",
    "SELECT * WHERE { FILTER(?a<'x>')SERVICE<http://127.0.0.1:8000/>{} }",
    "PREFIX w: <https://query.wikidata.org/> PREFIXw:<http://evil.example/> SELECT * { SERVICE w:sparql {} }",
    "SELECT * WHERE { SERVICE <sparql> {} }",  # relative: the endpoint's own URL as base
    "PREFIX ex: <http://evil.example/> SELECT * WHERE { SERVICESILENTex:x{} }",
])
def test_glued_and_relative_services_are_refused(query):
    with pytest.raises(QueryRefusedError):
        check_query(query, Settings())


@pytest.mark.parametrize("update", [
    "LOAD:x", "PREFIX : <http://evil.example/> LOAD:x", "PREFIX a:<x>LOAD<http://evil.example/>",
    "INSERT DATA { <a:s> <a:p> <a:o> } ;LOAD <http://evil.example/>", "load silent <http://evil.example/>",
])
def test_loads_are_refused(update):
    with pytest.raises(QueryRefusedError):
        check_query(update, Settings(), update=True)


@pytest.mark.parametrize("text", [
    "SELECT ?service ?x WHERE { ?service <http://p> ?x }",
    "PREFIX schema: <http://schema.org/> SELECT * { ?s schema:serviceType ?t }",
    "PREFIX download: <http://d/> INSERT DATA { download:x <http://p> 'load <x>' }",
    'SELECT * { ?s ?p "SERVICE <http://evil.example/> {}" } # SERVICE <http://evil.example/> {}',
])
def test_words_that_only_look_like_keywords_pass(text):
    check_query(text, Settings(), update=text.startswith(("PREFIX download", "INSERT")))


def test_the_parser_reads_keywords_glued_to_what_precedes_them():
    assert keyword_sites("SELECT * { ?s ?p 1SERVICE <x> {} }", "service") == {18}
    assert keyword_sites("SELECT * { ?s ?p ex:SERVICE }", "service") == set()  # a local name, read whole
    assert keyword_sites("SELECT * { ?s ?p 'SERVICE' } # SERVICE", "service") == set()


# -- depth and time ----------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT * WHERE " + "{" * 2200 + "}" * 2200,
    "SELECT * WHERE { FILTER(" + "!" * 10_000 + "true) }",
    "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "SELECT * WHERE { FILTER(" + "&&".join(["1"] * 300_000) + ") }",
])
def test_nesting_beyond_the_limit_is_a_400(query):
    with pytest.raises(QueryTooComplexError) as caught:
        check_query(query, Settings())
    assert caught.value.http_status == 400


def test_nesting_within_the_limit_passes():
    check_query("SELECT * WHERE " + "{" * (MAX_DEPTH - 1) + "}" * (MAX_DEPTH - 1), Settings())


# Every character the tokenizer treats specially, and the patterns that were slowest before
# (quadratic: each failed attempt at a terminal read to the end of the line or text).
ADVERSARIAL = [*"'\"<>\\#?:.a1{}( \n!-", "a.", "\\'", '\\"', "'\\", '"\\', "'''\\", '"""\\\'', "?<", "\\<",
               "?'", "<a", "a:a.", "SERVICE ", "prefix a:<b>", "service:"]


def _scan_seconds(text: str) -> float:
    start = time.perf_counter()
    try:
        scan(text)
    except KgError:
        pass
    return time.perf_counter() - start


@pytest.mark.slow
def test_the_scan_is_linear_on_repetitive_input():
    # "a." * 100_000 took 40 s with the old tokenizer (quadratic). A ratio, not a time, is asserted
    # (a busy machine slows both sides alike): 8x the text costs about 8x when linear, 64x when
    # quadratic; 24x leaves room for noise on a loaded CI machine and still catches the old scan.
    slowest = max(ADVERSARIAL, key=lambda p: _scan_seconds(p * (50_000 // len(p))))
    small = min(_scan_seconds(slowest * (50_000 // len(slowest))) for _ in range(3))
    large = min(_scan_seconds(slowest * (400_000 // len(slowest))) for _ in range(3))
    assert large < 24 * small, (slowest, small, large)


def test_tokens_keep_strings_iris_and_comments_whole():
    kinds = [(t.type, t.text) for t in tokens("SELECT * { <a:b> 'x # y' \"\"\"z\n\"\"\" } # c")]
    assert kinds == [("word", "SELECT"), ("other", "*"), ("other", "{"), ("iri", "<a:b>"),
                     ("string", "'x # y'"), ("string", '"""z\n"""'), ("other", "}")]
