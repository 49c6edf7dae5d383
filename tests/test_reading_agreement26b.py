"""Agreements, round 26 (second wave): which agreement a later "the agreement" or "it" means when a
clause about the story's agreement named another only as its backdrop ("It replaces the X Accord",
"its clause goes beyond Article 4 of the Y Treaty", kg.extract.backdrop_agreements). On passages
written for the test, each after a lede naming no agreement (so no story agreement decides)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

LEDE = ("Relations between the two capitals have warmed over the past decade. "
        "Officials on both sides describe the change with some pride.\n")


def told(doc, cq: str, field: str) -> set[tuple[str, str]]:
    return {(str(r.get("agreement")), str(r.get(field))) for r in facts(doc, cq)}


@pytest.mark.parametrize("body, cq, field, agreement, agent, backdrop", [
    # a pronoun subject, the backdrop its object; "the agreement" after
    (("Ghana and Kenya signed a Defence Cooperation Agreement in Accra on Monday. It replaces the 1998 Volta Accord "
      "on border patrols. The Parliament of Ghana ratified the agreement on Friday."),
     "ratification", "state", "Defence Cooperation Agreement", "Ghana", "Volta Accord"),
    # a document noun subject; a passive "signed by" after
    (("The Tana Agreement on Water Sharing was signed in Addis Ababa. The accord updates the Nile Basin Framework of 1999. "
      "The agreement was signed by Ethiopia and Kenya."),
     "signing", "signatory", "Tana Agreement on Water Sharing", "Kenya", "Nile Basin Framework"),
    # a part of the document as subject, the backdrop behind "beyond" and a part of it
    (("Greece and Cyprus signed the Agreement on Mutual Defence in Nicosia. The mutual defence clause goes beyond "
      "Article 42 of the Aegean Treaty. Cyprus's House of Representatives ratified the agreement in May."),
     "ratification", "state", "Agreement on Mutual Defence", "Cyprus", "Aegean Treaty"),
    # a future "will replace", "it" after
    (("Chile and Argentina signed the Patagonia Border Treaty in Santiago. It will replace the Andes Line Convention "
      "of 1902. Argentina's Congress approved it in August."),
     "ratification", "state", "Patagonia Border Treaty", "Argentina", "Andes Line Convention"),
    # a demonstrative subject
    (("Ghana and Togo signed the Volta Basin Security Pact on Friday. This replaces the Lome Arrangements of 2003. "
      "Togo's National Assembly ratified the pact a month later."),
     "ratification", "state", "Volta Basin Security Pact", "Togo", "Lome Arrangements"),
    # a comparison behind "than"
    (("Peru and Ecuador signed the Amazon Defence Agreement. It goes further than the Quito Convention on border "
      "security. Peru's Congress ratified it in March."),
     "ratification", "state", "Amazon Defence Agreement", "Peru", "Quito Convention"),
])
def test_a_later_reference_skips_the_backdrop(extractor, body, cq, field, agreement, agent, backdrop):
    got = told(run(extractor, LEDE + body, published="2025-03-14"), cq, field)
    assert (agreement, agent) in got
    assert not any(a == backdrop for a, _ in got)


@pytest.mark.parametrize("body, cq, field, agreement, agent", [
    # the backdrop's own relative clause still tells its own facts
    (("Norway and Chile signed the Treaty on Maritime Boundaries on Tuesday. It replaces the Punta Arenas Convention, "
      "which Chile ratified in 1961."), "ratification", "state", "Punta Arenas Convention", "Chile"),
    # a state's own act on an agreement makes it no backdrop ("it" a state)
    ("Norway said it had signed the Bergen Fisheries Convention. Norway's Storting ratified the convention in May.",
     "ratification", "state", "Bergen Fisheries Convention", "Norway"),
    # a reference repeating the backdrop's head noun is the backdrop
    (("Tunisia and Malawi signed the Treaty of Friendship in Tunis. The treaty amends the Carthage Protocol. "
      "Tunisia's parliament ratified the protocol in 2010."), "ratification", "state", "Carthage Protocol", "Tunisia"),
    # the backdrop named again, as the subject of its own sentence
    (("The Adriatic Protocol replaced the Dalmatian Agreement in 2015. Croatia and Albania had signed the Dalmatian "
      "Agreement in 2009."), "signing", "signatory", "Dalmatian Agreement", "Croatia"),
    # what the backdrop's own relative clause lets a state do
    (("Ghana and Kenya signed a Defence Cooperation Agreement. It replaced the Volta Accord, under which Kenyan troops "
      "trained in Ghana."), "permits", "activity", "Volta Accord", "training"),
])
def test_the_backdrop_keeps_its_own_facts(extractor, body, cq, field, agreement, agent):
    assert (agreement, agent) in told(run(extractor, LEDE + body, published="2025-03-14"), cq, field)
