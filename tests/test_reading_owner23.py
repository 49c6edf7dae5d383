"""Whose office a bare title is when nothing near it says: the state the article leads with once
the states the person cannot hold it of are set aside (round 23, invented sentences)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple[str, str, str | None]]:
    return {(f["person"], f["office"], f.get("of")) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, person, office, state", [
    # the other state's holder of the same office is named: that state is set aside
    (("Prime Minister Lena Osei met the Prime Minister of Togo, Kofi Amah, in Lome. Ghana and Togo agreed a "
     "patrol plan. Osei thanked Togo for its help to Ghana."), "Lena Osei", "Prime Minister", "Ghana"),
    (("Finance Minister Tomas Berg met Estonia's finance minister, Kaja Tamm, in Tallinn. Norway and Estonia "
     "discussed energy. Norway wants more links. Norway's firms are ready."), "Tomas Berg", "Finance Minister", "Norway"),
    # the state the person deals with is the other side
    (("Defence Minister Elin Dahl held talks with Finland on Friday. Sweden will buy Finnish artillery. "
     "Sweden's army needs guns. Sweden has a budget surplus."), "Elin Dahl", "Defence Minister", "Sweden"),
])
def test_a_bare_title_takes_the_state_left_once_others_are_set_aside(extractor, body, person, office, state):
    assert (person, office, state) in offices(run(extractor, body))


@pytest.mark.parametrize("body, person, state", [
    # only the counterpart's state is named: no guess
    ("HANOI, May 3 - Defence Minister Tran Van Long received his Lao counterpart.", "Tran Van Long", "Laos"),
    # where the person goes is never their state
    (("President Iva Kral flew to Vienna for talks. Austria hosted the meeting. Austria is neutral. "
     "Austria's chancellor was away."), "Iva Kral", "Austria"),
    # a local office is no state's to guess
    (("Governor Ana Reyes of the province met officials. Chile is building roads. Chile will pay. "
     "Chile's ministry agreed."), "Ana Reyes", "Chile"),
    # the other side of the deal stays the other side
    (("Foreign Minister Sami Nasser signed the accord with Jordan. Jordan will open its border. "
     "Jordan's king approved. Jordan expects trade."), "Sami Nasser", "Jordan"),
    # a trip the person's verb takes as its object goes somewhere that is not home
    (("Prime Minister Tomas Berg paid an official visit to Norway on Monday. Norway's fishing fleet is large. "
      "Norway will sell gas."), "Tomas Berg", "Norway"),
    (("President Iva Kral began a three-day state visit to Austria. Austria is neutral. Austria's parliament "
      "met her."), "Iva Kral", "Austria"),
    # a state named once leads nowhere: a short report names its host and not its guest's state
    ("Foreign Minister Rosa Pinto was received in the capital by the Peruvian foreign minister.", "Rosa Pinto", "Peru"),
])
def test_no_state_the_person_cannot_hold_the_office_of(extractor, body, person, state):
    assert not any(p == person and of == state for p, _, of in offices(run(extractor, body)))
