"""A count opening a sentence is capitalised there but is no word of the name after it
(kg.extract.mentions): "Four Andean Community members ..." names the Andean Community."""
from __future__ import annotations

import pytest
from extraction_helpers import labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, name", [
    ("Four Andean Community members signed the pact on Monday.", "Andean Community"),
    ("Two European Union states, Hungary and Slovakia, voted against the sanctions.", "European Union"),
    ("Four Pacific Islands Forum members, Fiji, Samoa, Tonga and Tuvalu, backed the communique.",
     "Pacific Islands Forum"),
    ("Two African Union envoys, who arrived in Khartoum on Monday, met the general.", "African Union"),
])
def test_a_count_opening_the_sentence_is_no_word_of_the_name(extractor, body, name):
    got = labels(run(extractor, body), "InternationalOrganization")
    assert name in got and not any(g.endswith(name) and g != name for g in got), got


def test_a_name_that_opens_with_a_count_keeps_it(extractor):
    # (guard) the gazetteer knows the whole name
    assert "Five Eyes" in labels(run(extractor, "Five Eyes partners met in Ottawa on Tuesday."), "InternationalOrganization")
