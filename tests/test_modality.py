"""Modality of a trigger in its sentence: (sentence, trigger, expected) cases written for the rules."""
from __future__ import annotations

import pytest

from kg.extract.modality import is_planned_event_phrase, modality

# (sentence, trigger text — its first occurrence unless "#n" is appended, expected modality)
CASES: list[tuple[str, str, str]] = [
    # asserted
    ("Chile ratified the fisheries convention on Monday.", "ratified", "asserted"),
    ("The two defence chiefs signed the logistics pact in Lima.", "signed", "asserted"),
    ("The senate voted to ratify the accord.", "ratify", "asserted"),
    ("Norway ratified the accord, but Iceland has not yet done so.", "ratified", "asserted"),
    ("Peru signed the pact; Bolivia refused to sign it.", "signed", "asserted"),
    ("Peru joined the bloc while Bolivia declined to.", "joined", "asserted"),
    ("Ghana signed the treaty although Togo rejected it.", "signed", "asserted"),
    ("Leaders signed the charter and will meet again next spring.", "signed", "asserted"),
    ("The summit not only drew leaders but also produced a charter.", "summit", "asserted"),
    ("Oslo, which had never hosted the forum, hosted the talks this year.", "hosted#2", "asserted"),
    ("After Kenya failed to ratify it, Uganda ratified the pact.", "ratified", "asserted"),
    ("The minister arrived in Hanoi for the summit.", "arrived", "asserted"),
    ("The treaty, signed in Quito, entered into force in March.", "signed", "asserted"),
    # planned
    ("Estonia will host the next round of talks.", "host", "planned"),
    ("The chancellor will host the meeting.", "will host", "planned"),
    ("The accord is expected to be ratified by spring.", "ratified", "planned"),
    ("The accord is set to be ratified by the assembly.", "ratified", "planned"),
    ("The charter is due to be signed in Accra.", "signed", "planned"),
    ("The premier is scheduled to visit Seoul.", "visit", "planned"),
    ("Officials said the president plans to travel to Rabat.", "travel", "planned"),
    ("Ministers intend to sign a framework deal.", "sign", "planned"),
    ("The bloc is to hold its first summit in Nairobi.", "hold", "planned"),
    ("The king is poised to approve the accord.", "approve", "planned"),
    ("Both sides agreed to hold annual summits.", "hold", "planned"),
    ("Diplomats met ahead of the prime minister's visit to Hanoi.", "visit", "planned"),
    ("Preparations continue for the upcoming summit in Lima.", "summit", "planned"),
    ("The forthcoming summit in Lima will focus on trade.", "summit", "planned"),
    ("The summit will be held in Quito.", "summit", "planned"),
    ("The two leaders meet in Cairo next week.", "meet", "planned"),
    ("The envoy travels to Doha later this month.", "travels", "planned"),
    ("The state visit has been postponed until May.", "visit", "planned"),
    ("He said Egypt would join the alliance.", "join", "planned"),
    ("The deal could be signed within days.", "signed", "planned"),
    ("The premier is likely to attend the summit.", "summit", "planned"),
    # negated
    ("The senate did not ratify the accord.", "ratify", "negated"),
    ("The senate didn't ratify the accord.", "ratify", "negated"),
    ("Iceland has yet to ratify the accord.", "ratify", "negated"),
    ("The assembly refused to ratify the protocol.", "ratify", "negated"),
    ("The president declined to sign the declaration.", "sign", "negated"),
    ("Lawmakers failed to approve the pact.", "approve", "negated"),
    ("The country has never signed the convention.", "signed", "negated"),
    ("Neither state has signed the convention.", "signed", "negated"),
    ("The senate has not, however, ratified the accord.", "ratified", "negated"),
    ("The premier will not attend the summit.", "attend", "negated"),
    ("The minister is not expected to sign the accord.", "sign", "negated"),
    ("The ministers met without signing a deal.", "signing", "negated"),
    ("The state visit was cancelled.", "visit", "negated"),
    ("Parliament blocked ratification of the protocol.", "ratification", "negated"),
    ("The kingdom has not formally taken up membership.", "membership", "negated"),
    ("Norway has yet to ratify the accord, while Chile ratified it in May.", "ratify", "negated"),
    ("Chile ratified the accord in May, while Norway has yet to ratify it.", "ratify", "negated"),
    ("Chile ratified the accord in May, while Norway has yet to ratify it.", "ratified", "asserted"),
]


def _locate(sentence: str, trigger: str) -> tuple[int, int]:
    word, _, nth = trigger.partition("#")
    i = -1
    for _ in range(int(nth or 1)):
        i = sentence.index(word, i + 1)
    return i, i + len(word)


@pytest.mark.parametrize("sentence,trigger,expected", CASES, ids=[f"{c[2]}:{c[0][:40]}" for c in CASES])
def test_modality(sentence: str, trigger: str, expected: str) -> None:
    start, end = _locate(sentence, trigger)
    assert modality(sentence, start, end) == expected


PLANNED_PHRASES = [
    ("Envoys met ahead of the king's visit to Lima.", "visit", True),
    ("Envoys met before the upcoming summit.", "summit", True),
    ("Envoys met during the upcoming summit.", "summit", True),
    ("Drafts circulated in the run-up to the summit.", "summit", True),
    ("Envoys met during the summit.", "summit", False),
    ("Envoys met after the king's visit to Lima.", "visit", False),
    ("The summit opened in Lima.", "summit", False),
]


@pytest.mark.parametrize("sentence,trigger,expected", PLANNED_PHRASES)
def test_is_planned_event_phrase(sentence: str, trigger: str, expected: bool) -> None:
    start, end = _locate(sentence, trigger)
    assert is_planned_event_phrase(sentence, start, end) is expected


PARSED = [
    ("Norway ratified the accord, but Iceland has not yet done so.", "ratified", "asserted"),
    ("The minister is not expected to sign the accord.", "sign", "negated"),
    ("The premier will travel to Lima and sign the accord.", "sign", "planned"),
    ("Estonia will host the next round of talks.", "talks", "planned"),
    ("The assembly refused to ratify the protocol.", "protocol", "negated"),
    ("The two defence chiefs signed the logistics pact in Lima.", "signed", "asserted"),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,trigger,expected", PARSED)
def test_modality_with_parse(sentence: str, trigger: str, expected: str) -> None:
    """As the fact builders read it: the markers the parse attaches to the trigger and the verbs
    governing it (kg.extract.clause_modality.parse_modality), else the words before it."""
    from kg.extract.clause_modality import parse_modality
    from kg.extract.nlp import parse
    from kg.extract.syntax import Tree
    from kg.model import Article, Document

    doc = parse(Document(Article(id="m", text=sentence)))
    tree = Tree(doc.annotations["tokens"])
    k = next(t.i for t in tree.toks if t.text == trigger)
    start, end = _locate(sentence, trigger)
    assert (parse_modality(tree, k) or modality(sentence, start, end)) == expected
