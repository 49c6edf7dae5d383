"""Access, round 24: a facility given is its use, and a denied one is a negated access — "X gave Y a
naval base", "the pact does not give Y a base in X" (open-facilities takes give/grant; an agreement or
"it" giving hosts nothing, the facility phrase's state does); what a facility is used as is its kind
("use the port of X as a naval base"); coming to hold one ("secured a port facility in X"); a verb of
permitting whose subject denies all ("nothing in the agreement allows", "there is no clause that
lets") denies what it governs (kg.extract.clause_modality._nothing_lets). On sentences written for
the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model

_PACT = "Ecuador and Peru signed a defence agreement on Monday. "


@pytest.mark.parametrize("body, fact", [
    (_PACT + "Officials stressed that the agreement does not give Peru a naval base in Ecuador.",
     ("Peru", "Ecuador", "naval base", "negated")),
    (_PACT + "It does not give Peruvian forces a base on Ecuadorian soil.",
     ("Peru", "Ecuador", "military base", "negated")),
    ("Chile granted Argentina two air bases in Patagonia under a 1990 treaty.",
     ("Argentina", "Chile", "air base", "asserted")),
    ("Bolivia and Peru signed a logistics pact in May. It gives Bolivian warships a berth at the port of Ilo.",
     ("Bolivia", "Peru", "port", "asserted")),
])
def test_a_facility_given_or_withheld_is_its_use(extractor, body, fact):
    assert fact in access(run(extractor, body))


def test_what_a_facility_is_used_as_is_its_kind(extractor):
    body = ("Argentina and Chile signed a port deal last year. The deal does not let Argentina use the port of "
            "Arica as a naval base.")
    got = access(run(extractor, body))
    assert ("Argentina", "Chile", "naval base", "negated") in got, got
    assert not any(kind == "port" for _, _, kind, _ in got), got  # the object names where, the "as" phrase what


def test_a_facility_secured_abroad_is_held(extractor):
    got = access(run(extractor, "Bolivia secured a port facility in Peru in 1992 under a treaty with Lima."))
    assert ("Bolivia", "Peru", "port", "asserted") in got, got


@pytest.mark.parametrize("body", [
    _PACT + "Nothing in the agreement allows Peru to build a base on Ecuadorian soil.",
    _PACT + "There is nothing in it which would allow Peru to put a base on Ecuadorian soil.",
    _PACT + "There is no clause that lets Peruvian troops use Ecuadorian bases.",
])
def test_nothing_that_permits_it_denies_it(extractor, body):
    got = access(run(extractor, body))
    assert ("Peru", "Ecuador", "military base", "negated") in got, got
    assert ("Peru", "Ecuador", "military base", "asserted") not in got, got


@pytest.mark.parametrize("body, fact", [
    # a clause of time under a subject denying all tells of what happened
    ("Nothing changed when Peruvian warships called at Chilean ports in May.", ("Peru", "Chile", "port", "asserted")),
    # a belief no one doubts is no permission withheld
    ("No one doubts that Peruvian warships will use Chilean ports.", ("Peru", "Chile", "port", "planned")),
])
def test_a_subject_denying_all_denies_only_what_it_permits(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got
    assert not any(mod == "negated" for *_, mod in got), got


def test_giving_a_welcome_at_a_base_is_no_access(extractor):
    assert not access(run(extractor, "Peru gave Chile a warm welcome at the naval base in Callao."))
