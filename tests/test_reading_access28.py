"""Access, round 28: access asked for. The infinitive on a noun of will is its owner's act, the owner
told by a possessive, a "by"/"from" phrase or a name or demonym before the noun ("a Chilean request to
use", kg.extract.hung_clauses.will_owner); an infinitive on the "for" object of such a noun is that
object's act and the asker's ("a request for a frigate to call at X", ``asked_for``); a request that is
turned down or rejected denies what it asks (kg.extract.clause_modality); a facility owned by "its" in a
request is the one who decides it ("Y refused X's bid for access to its ports",
kg.extract.facts.hosts_there.asked_host). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, fact", [
    # a name or demonym before the will noun tells its owner
    ("Ecuador rejected a Colombian request to use Ecuadorian air bases.", ("Colombia", "Ecuador", "air base", "negated")),
    # passive, the owner a possessive
    ("Norway said that Denmark's request to use Norwegian ports had been rejected.",
     ("Denmark", "Norway", "port", "negated")),
    # a "for" object does the infinitive's act, the asker's owner is the user
    ("Kenya turned down a Tanzanian request for a frigate to call at the port of Mombasa.",
     ("Tanzania", "Kenya", "port", "negated")),
    # "its" facilities in a request are the decider's
    ("Uruguay refused Argentina's bid for access to its naval bases.", ("Argentina", "Uruguay", "naval base", "negated")),
    ("Argentina's request for access to its ports was rejected by Uruguay on Monday.",
     ("Argentina", "Uruguay", "port", "negated")),
])
def test_access_asked_for_and_refused(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, bad", [
    # (guards) one's own bases are no access; a request's words alone grant nothing asserted
    ("Chile will use its own air bases for the drill, Peru said.", "Chile"),
    ("Finland praised a Swedish request for more funding for the Baltic ports.", "Sweden"),
])
def test_no_access_from_own_bases_or_other_requests(extractor, body, bad):
    got = access(run(extractor, body))
    assert not any(u == bad for u, *_ in got), got


def test_a_request_granted_is_not_denied(extractor):  # (a guard: granting is no refusal)
    got = access(run(extractor, "Ecuador granted Colombia's request to use Ecuadorian air bases."))
    assert not any(mod == "negated" for *_, mod in got), got



def test_a_second_relative_clause_describes_the_same_noun(extractor):
    """A relative clause coordinated with another, each with its own "which", describes the same noun."""
    got = access(run(extractor, (
        "The tie was sealed by a security accord, which Latvian and Estonian ministers signed in Riga in June and "
        "which gives Estonian forces access to Latvian military facilities for drills.")))
    assert ("Estonia", "Latvia", "military base", "asserted") in got, got


@pytest.mark.parametrize("body, fact", [
    # (guards: read as before, whatever the parse makes of the second clause)
    (("Ties rest on a defence pact, which Iceland and Norway concluded in 2019 and which gives Norwegian jets "
      "access to Icelandic airfields."), ("Norway", "Iceland", "airfield", "asserted")),
    (("The two navies work under a protocol, which was signed in Oslo and which gives Danish warships access "
      "to Norwegian ports."), ("Denmark", "Norway", "port", "asserted")),
])
def test_coordinated_relative_clauses_still_read(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got
