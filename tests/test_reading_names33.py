"""A name after "bin"/"ibn"/"bint" is the father's (kg.extract.entities): "King Khalid" is not
"Faisal bin Khalid", though a person's own later name still refers to them."""
from __future__ import annotations

import pytest
from extraction_helpers import labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, father", [
    ("Crown Prince Faisal bin Khalid opened the forum in Doha. King Khalid addressed it on Tuesday.", "Khalid"),
    ("Sheikh Nasser bin Hamad, the heir, arrived first; Emir Hamad, who rules the country, followed him.",
     "Hamad"),
    ("Talks were led by Omar ibn Yusuf and, for the other side, by Yusuf, a veteran envoy who met him in Rabat.",
     "Yusuf"),
])
def test_a_fathers_name_is_not_the_son(extractor, body, father):
    people = labels(run(extractor, body), "Person")
    assert any(p.split()[-1] == father and "bin" not in p and "ibn" not in p for p in people), people


@pytest.mark.parametrize("body", [
    "Crown Prince Faisal bin Khalid opened the forum in Doha. Faisal addressed it on Tuesday.",
    "Minister Amina Noor Hassan opened the forum in Doha. Hassan addressed it on Tuesday.",
])
def test_a_persons_own_names_still_refer_to_them(extractor, body):
    # (guard) a given name, and a later name no "bin" stands before, are the person's
    assert len(labels(run(extractor, body), "Person")) == 1, labels(run(extractor, body), "Person")
