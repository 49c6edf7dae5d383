"""Access read in the fourteenth round: forces a state hosts, forces an agreement places in a state,
and a facility its modifiers call military — sentences written for these tests in several
constructions (none from the corpus; invented people, real states)."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


# -- "X hosts Y's troops": the forces a state hosts use its bases -----------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Estonia hosts about 2,000 British troops.", {("United Kingdom", "Estonia", "military base", "asserted")}),
    ("Djibouti, which hosts Chinese and Italian soldiers, signed a trade pact with Kenya on Tuesday.",
     {("China", "Djibouti", "military base", "asserted"), ("Italy", "Djibouti", "military base", "asserted")}),
    ("Romania will host 5,000 American troops from next year, minister Ana Velescu said.",
     {("United States", "Romania", "military base", "planned")}),
    ("Lithuania has hosted German forces since 2017.", {("Germany", "Lithuania", "military base", "asserted")}),
])
def test_forces_a_state_hosts_use_its_bases(extractor, body, expected):
    assert access(run(extractor, body)) == expected


@pytest.mark.parametrize("body", [
    "Estonia hosts a summit of Baltic leaders in May.",
    "Estonia hosted British ministers on Monday.",
])
def test_hosting_no_forces_is_no_access(extractor, body):
    assert not access(run(extractor, body))


# -- "the agreement provides for the stationing of Y's troops in X" ---------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The defence cooperation agreement provides for the stationing of British troops in Estonia.",
     {("United Kingdom", "Estonia", "military base")}),
    ("Deputies approved an accord on stationing Turkish soldiers on Qatari soil.",
     {("Turkey", "Qatar", "military base")}),
    ("Under the security treaty, the presence of French forces in Gabon will be cut by half.",
     {("France", "Gabon", "military base")}),
])
def test_forces_an_agreement_places_in_a_state_use_its_bases(extractor, body, expected):
    assert {a[:3] for a in access(run(extractor, body))} == expected


def test_forces_present_with_no_agreement_spoken_of_are_no_access(extractor):
    # (a war's troops are no use of a host's bases)
    assert not access(run(extractor, "The presence of Russian troops in Ukraine angered Kyiv."))


# -- a facility its modifiers call military is a base, unless they call it logistical ----------------
@pytest.mark.parametrize("body, expected", [
    ("Ghana and Togo are close. Since 2019 Togo has run its largest foreign military training facility in Accra.",
     {("Togo", "Ghana", "military base", "asserted")}),
    ("Ghana and Togo are close. Ghana will let Togo build an army training facility near Accra.",
     {("Togo", "Ghana", "military base", "planned")}),
    ("Ghana and Togo are close. Togo operates a military support facility in Accra.",
     {("Togo", "Ghana", "logistics facility", "asserted")}),
])
def test_a_military_facility_is_a_base(extractor, body, expected):
    assert access(run(extractor, body)) == expected
