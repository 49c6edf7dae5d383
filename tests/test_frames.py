"""Every frame of data/frames.yaml, read in several constructions of sentences written for the test.

Each case is a claim about English, not about an article: the same fact told in the active, the
passive, a nominalisation, a relative or participial clause, a coordination or a light verb must
give the same answer. The names are invented or common, never copied
from the corpus.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.frames import load_frames
from kg.model import Article, Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor():
    from kg.pipeline import default_pipeline

    return default_pipeline().extractor


def run(extractor, body: str, published: str = "2024-03-10") -> Document:
    return extractor(Article(id="t", text="A headline\n" + body, title="A headline",
                             published=dt.date.fromisoformat(published)))


def facts(doc: Document, cq: str) -> set[tuple]:
    """The facts of a kind as sorted (field, label) tuples plus modality."""
    out = set()
    for f in doc.facts:
        if f.cq != cq:
            continue
        fields = tuple(sorted((k, doc.entities[v].label if isinstance(v, str) and v in doc.entities else str(v))
                              for k, v in f.fields.items() if k not in {"date", "start", "end"}))
        out.add(fields + (("modality", f.modality),))
    return out


def has(doc: Document, cq: str, modality: str = "asserted", **want: str) -> bool:
    return any(dict(f).items() >= {**want, "modality": modality}.items() for f in facts(doc, cq))


def test_every_frame_is_well_formed():
    lexicon = load_frames()
    sources = {"subject", "object", "possessor", "modifier", "dative", "copula", "trigger", "raised"}
    for frame in lexicon.frames:
        assert frame.verbs or frame.nouns or frame.adjectives or frame.negative, frame.name
        for role in frame.roles:
            assert role.types, (frame.name, role.name)
            for source in role.sources:
                assert source in sources or source.startswith(("prep:", "object-prep:")), (frame.name, source)
        assert set(frame.requires) <= {r.name for r in frame.roles}, frame.name


# -- sign --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile and Peru signed the Zenda Accord in Lisbon on Monday.",                      # active, coordinated
    "The Zenda Accord was signed by Chile and Peru in Lisbon on Monday.",                # passive
    "The signing of the Zenda Accord by Chile and Peru took place in Lisbon on Monday.",  # nominal
    "The Zenda Accord, which Chile and Peru signed in Lisbon on Monday, ends the dispute.",  # relative
    "Chile and Peru put their signatures to the Zenda Accord in Lisbon on Monday.",      # light verb
])
def test_sign(extractor, sentence):
    doc = run(extractor, sentence)
    for state in ("Chile", "Peru"):
        assert has(doc, "signing", agreement="Zenda Accord", signatory=state, place="Lisbon"), facts(doc, "signing")
        assert has(doc, "parties", agreement="Zenda Accord", party=state)


def test_sign_with_a_partner_and_a_person_for_his_state(extractor):
    doc = run(extractor, "Chilean Foreign Minister Anton Reyes signed the Zenda Accord with Peru on Monday.")
    assert has(doc, "signing", agreement="Zenda Accord", signatory="Anton Reyes")
    assert has(doc, "signing", agreement="Zenda Accord", signatory="Peru")


def test_signing_another_thing_is_no_signing(extractor):
    doc = run(extractor, "Chile signed the Zenda Accord last year. On Monday its president signed a budget law.")
    assert len({dict(f).get("agreement") for f in facts(doc, "signing")}) == 1


# -- ratify ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile's parliament, the Chamber of Deputies of Chile, ratified the Zenda Accord on Tuesday.",
    "The Zenda Accord was ratified on Tuesday by the Chamber of Deputies of Chile.",
    "The Chamber of Deputies of Chile gave its approval to the Zenda Accord on Tuesday.",
    "Ratification of the Zenda Accord by the Chamber of Deputies of Chile came on Tuesday.",
    "The Chamber of Deputies of Chile, which ratified the Zenda Accord on Tuesday, adjourned.",
])
def test_ratify(extractor, sentence):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord in May. " + sentence)
    assert has(doc, "ratification", agreement="Zenda Accord", state="Chile"), facts(doc, "ratification")


@pytest.mark.parametrize("sentence, modality", [
    ("The Chamber of Deputies of Chile voted down the Zenda Accord.", "negated"),
    ("The Chamber of Deputies of Chile rejected the Zenda Accord.", "negated"),
    ("The Chamber of Deputies of Chile is expected to ratify the Zenda Accord next week.", "planned"),
    ("The Zenda Accord must still be approved by the Chamber of Deputies of Chile.", "planned"),
])
def test_ratify_modality(extractor, sentence, modality):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord in May. " + sentence)
    assert has(doc, "ratification", modality, agreement="Zenda Accord", state="Chile"), facts(doc, "ratification")


# -- visits ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chilean President Anna Berg visited Lisbon on Monday.",
    "Chilean President Anna Berg arrived in Lisbon on Monday.",
    "Chilean President Anna Berg paid a visit to Lisbon on Monday.",
    "Chilean President Anna Berg, who travelled to Lisbon on Monday, met students.",
    "Chilean President Anna Berg left Zenda for Lisbon on Monday.",
    "Portuguese officials welcomed Chilean President Anna Berg to Lisbon on Monday.",
])
def test_visit(extractor, sentence):
    doc = run(extractor, sentence)
    assert has(doc, "visit", visitor="Anna Berg", destination="Lisbon"), facts(doc, "visit")


@pytest.mark.parametrize("sentence, modality", [
    ("Chilean President Anna Berg will travel to Lisbon next week.", "planned"),
    ("Chilean President Anna Berg cancelled her planned trip to Lisbon.", "negated"),
    ("Chilean President Anna Berg did not travel to Lisbon.", "negated"),
])
def test_visit_modality(extractor, sentence, modality):
    doc = run(extractor, sentence)
    assert has(doc, "visit", modality, visitor="Anna Berg", destination="Lisbon"), facts(doc, "visit")


def test_a_visit_for_a_summit_goes_where_the_summit_is(extractor):
    doc = run(extractor, "The 5th Zenda Summit opened in Lisbon on Monday. Chilean President Anna Berg "
                         "and Peruvian Prime Minister Tomas Lind are attending.", published="2024-03-12")
    for person in ("Anna Berg", "Tomas Lind"):
        assert has(doc, "visit", visitor=person, destination="Lisbon", purpose="5th Zenda Summit"), facts(doc, "visit")


def test_no_visit_to_ones_own_country(extractor):
    doc = run(extractor, "Portuguese President Rui Costa travelled to Lisbon on Monday.")
    assert not facts(doc, "visit")


# -- summit participation --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Chile and Peru attended the 5th Zenda Summit in Lisbon.",
    "The leaders of Chile and Peru took part in the 5th Zenda Summit in Lisbon.",
    "Chile was represented at the 5th Zenda Summit in Lisbon by its foreign minister.",
])
def test_attend(extractor, sentence):
    doc = run(extractor, sentence, published="2024-03-12")
    participants = {dict(f).get("participants") for f in facts(doc, "summit")}
    assert any("Q298" in str(p) or "wd-" in str(p) for p in participants), facts(doc, "summit")


# -- parties -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The Zenda Accord between Chile and Peru took effect on Monday.",
    "Chile's accord with Peru, the Zenda Accord, took effect on Monday.",
    "The Zenda Accord, which binds Chile and Peru, took effect on Monday.",
])
def test_parties(extractor, sentence):
    doc = run(extractor, sentence)
    for state in ("Chile", "Peru"):
        assert has(doc, "parties", agreement="Zenda Accord", party=state), facts(doc, "parties")


# -- access and permits ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The Zenda Accord lets Chilean forces use Peruvian air bases.",
    # FORMAT.md: what an accord allows ("may use") is asserted once the article says it is in force
    "Under the Zenda Accord, which took effect in June, Chilean troops may use air bases in Peru.",
    "The Zenda Accord gives Chile access to Peru's air bases.",
])
def test_access(extractor, sentence):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord in May. " + sentence)
    assert has(doc, "access", user="Chile", host="Peru", facility="air base"), facts(doc, "access")


def test_reciprocal_access_goes_both_ways(extractor):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord, which lets their navies use each "
                         "other's ports.")
    assert has(doc, "access", user="Chile", host="Peru", facility="port")
    assert has(doc, "access", user="Peru", host="Chile", facility="port")


@pytest.mark.parametrize("sentence, activity", [
    ("The Zenda Accord allows refuelling and repair of warships.", "refuelling"),
    ("Under the Zenda Accord, the two navies will hold joint exercises.", "joint exercise"),
    ("The Zenda Accord, which covers intelligence sharing, took effect on Monday.", "intelligence sharing"),
])
def test_permits(extractor, sentence, activity):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord in May. " + sentence)
    assert has(doc, "permits", agreement="Zenda Accord", activity=activity), facts(doc, "permits")


def test_a_negated_clause_permits_nothing(extractor):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord in May. Nothing in the Zenda Accord "
                         "provides for joint exercises.")
    assert not facts(doc, "permits")


def test_maintaining_the_peace_is_no_maintenance(extractor):
    doc = run(extractor, "Chile and Peru signed the Zenda Accord in May. The Zenda Accord will help "
                         "maintain the peace in the region.")
    assert not any(dict(f).get("activity") == "maintenance" for f in facts(doc, "permits"))
