"""Access modality read in the seventeenth round, as FORMAT.md says it: what an agreement allows
("X may use", "will allow X to use") is planned until the article says the agreement is in
force, and asserted once it does ("entered into force", "came into effect", "has been in
force since", "in force since 2014", "became effective", "since its entry into force",
ratified). Sentences written for these tests (none from the corpus; real states)."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


# -- no word of the agreement's force: what it allows is ahead -------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Peru and Chile signed a defence accord on Monday. Under the accord, Chilean warships may dock at Peruvian ports.",
     ("Chile", "Peru", "port")),
    ("Chilean troops can use Peruvian military bases under the new pact signed on Friday.",
     ("Chile", "Peru", "military base")),
    (("Norway and Denmark agreed a defence pact in Oslo. Danish aircraft may refuel at Norwegian air bases, "
     "the pact says."), ("Denmark", "Norway", "air base")),
    # an older agreement's entry into force is not the new one's: the statement is of its subject
    (("Peru and Chile signed a new defence pact that replaces the Lima Accord, which entered into force in 2002. "
     "Under the new pact, Chilean warships may dock at Peruvian ports."), ("Chile", "Peru", "port")),
    # a question tells nothing of force
    (("Peru and Chile signed a defence accord on Monday. Has it taken effect? It has not. Under the accord, "
     "Chilean warships may refuel at Peruvian ports."), ("Chile", "Peru", "port")),
])
def test_what_an_agreement_not_said_in_force_allows_is_planned(extractor, body, expected):
    assert {fact for fact in access(run(extractor, body))} == {(*expected, "planned")}


# -- the article says the agreement is in force: what it allows is what X may do now ---------------
@pytest.mark.parametrize("body, expected", [
    (("The accord between Peru and Chile went into effect on Monday. It will allow Chilean aircraft to use "
     "Peruvian airfields."), ("Chile", "Peru", "airfield")),
    (("The defence accord between Peru and Chile became effective in June. It will allow Chilean aircraft to use "
     "Peruvian airfields."), ("Chile", "Peru", "airfield")),
    (("The defence accord between Peru and Chile, in force since 2012, will allow Chilean aircraft to use "
     "Peruvian airfields."), ("Chile", "Peru", "airfield")),
    (("Peru and Chile signed a defence accord in 2012. The accord, in force since 2014, will allow Chilean "
     "aircraft to use Peruvian airfields."), ("Chile", "Peru", "airfield")),
    # what the agreement in force gives: "will be afforded access", "will give X access"
    (("Under the accord between Peru and Chile, which came into force the day it was signed, Chilean "
     "warships will be afforded access to the Callao naval base."), ("Chile", "Peru", "naval base")),
    (("The accord between Peru and Chile, which came into force last year, will give Chilean warships access "
     "to Peruvian ports."), ("Chile", "Peru", "port")),
])
def test_what_an_agreement_in_force_allows_is_asserted(extractor, body, expected):
    assert {fact for fact in access(run(extractor, body))} == {(*expected, "asserted")}


# -- guards the rewrite keeps (they held before it): force ahead or denied, and "may" once in force ----
@pytest.mark.parametrize("body, expected", [
    ("Once the accord between Peru and Chile enters into force, Chilean warships may use ports in Peru.",
     ("Chile", "Peru", "port", "planned")),
    (("Peru and Chile signed a defence accord on Monday. It is not yet in force. Under the accord, "
     "Chilean warships may dock at Peruvian ports."), ("Chile", "Peru", "port", "planned")),
    ("The accord between Peru and Chile will give Chilean warships access to Peruvian ports.",
     ("Chile", "Peru", "port", "planned")),
    (("The defence pact between Peru and Chile went into force in March. Under the pact, Chilean warships may "
     "dock at Peruvian ports."), ("Chile", "Peru", "port", "asserted")),
    (("Under the defence pact between Peru and Chile, which came into effect in 2019, Chilean warships may use "
     "ports in Peru."), ("Chile", "Peru", "port", "asserted")),
    (("The defence accord between Peru and Chile is now in effect. Chilean warships may use Peruvian ports "
     "under it."), ("Chile", "Peru", "port", "asserted")),
])
def test_force_ahead_or_in_force_guards(extractor, body, expected):
    assert {fact for fact in access(run(extractor, body))} == {expected}
