"""A person's name in another transliteration links to the listed person (round 14b): Slavic,
Arabic, Turkic and Korean romanisations, doubled letters, a final -y/-iy/-yy, Arabic's article
and Turkish letters, folded once per name in one place (``kg.text.name_fold``); a near name of
another person stays unlinked. The people are invented; the sentences written for these tests."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.link.gazetteer import load_gazetteer
from kg.link.linker import Linker, names_person
from kg.model import Article
from kg.pipeline import Pipeline
from kg.text import name_fold

REPO = Path(__file__).resolve().parents[1]

#: (qid, listed name, country): invented people, listed in one spelling
PEOPLE = [
    ("Q9200001", "Bohdan Kovalenkyy", "Q212"),
    ("Q9200002", "Yevgeny Sorokov", "Q159"),
    ("Q9200003", "Nurlan Zhaksybekov", "Q232"),
    ("Q9200004", "Abdel Karim el-Mahdawi", "Q79"),
    ("Q9200005", "Mehmet Yıldırımoğlu", "Q43"),
    ("Q9200006", "Aleksandr Tikhonenko", "Q184"),
    ("Q9200007", "Kassym Ormanov", "Q232"),
    ("Q9200008", "Ana Selvaggi", "Q38"),
    ("Q9200009", "Marek Dobrowski", "Q36"),
    ("Q9200010", "Yuri Petrenko", "Q212"),
]
STATES = {"Q212", "Q159", "Q232", "Q79", "Q43", "Q184", "Q38", "Q36", "Q40", "Q145"}


def _rows() -> list[str]:
    return [json.dumps({"qid": q, "type": "Person", "label": label, "aliases": [], "demonyms": [],
                        "country": c, "extra": {}, "source": "test"}) for q, label, c in PEOPLE]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    states = [line for line in (REPO / "data/gazetteer/core.jsonl").read_text(encoding="utf-8").splitlines()
              if json.loads(line)["qid"] in STATES]
    path = tmp_path_factory.mktemp("spellings")
    (path / "core.jsonl").write_text("\n".join(states + _rows()) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def linker(folder) -> Linker:
    return Linker(load_gazetteer(folder))


@pytest.mark.parametrize("name, qid", [
    ("Kovalenkiy", "Q9200001"),                # the surname alone, -iy for -yy
    ("Kovalenky", "Q9200001"),                 # ... -y for -yy
    ("Evgeny Sorokov", "Q9200002"),            # "Ye" or "E"
    ("Nurlan Jaksybekov", "Q9200003"),         # "Zh" or "J"
    ("Abdel Karim al-Mahdawi", "Q9200004"),    # "al-" or "el-"
    ("Abdel-Karim Al Mahdawi", "Q9200004"),    # the article as a word, a hyphen inside the given name
    ("al-Mahdawi", "Q9200004"),                # the surname with its article
    ("Mahdawi", "Q9200004"),                   # ... or without it
    ("Mehmet Yildirimoglu", "Q9200005"),       # Turkish letters
    ("Alexandr Tikhonenko", "Q9200006"),       # "x" or "ks"
    ("Qasym Ormanov", "Q9200007"),             # "q" or "k", a doubled letter
])
def test_a_name_in_another_transliteration_links(linker, name, qid):
    link = linker.link(name, "Person")
    assert link is not None and link.qid == qid


@pytest.mark.parametrize("name", [
    "Ann Selvaggi",        # another given name: a vowel dropped is no transliteration
    "Anne Selvaggi",
    "Mirek Dobrowski",     # a vowel changed
    "Yuliya Petrenko",     # another name that begins the same
])
def test_a_near_name_of_another_person_stays_unlinked(linker, name):
    assert linker.link(name, "Person") is None


def test_two_listed_people_one_fold_apart_are_no_link(tmp_path):
    rows = [{"qid": q, "type": "Person", "label": label, "aliases": [], "demonyms": [], "country": "Q212",
             "extra": {}, "source": "test"} for q, label in (("Q1", "Ivan Sokolovskiy"), ("Q2", "Ivan Sokolovsky"))]
    (tmp_path / "core.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert Linker(load_gazetteer(tmp_path)).link("Ivan Sokolovskyy", "Person") is None


@pytest.mark.parametrize("a, b, same", [
    ("Zelenskyy", "Zelensky", True),
    ("Kassym-Zhomart", "Qasym Jomart", True),
    ("Omar Fattah al-Rashidi", "Omar Fattah el-Rashidi", True),
    ("Ana Silva", "Ann Silva", False),
    ("Dan Okafor", "Don Okafor", False),
    ("Marek", "Mirek", False),
])
def test_the_fold(a, b, same):
    assert (name_fold(a) == name_fold(b)) is same
    hits = name_fold.cache_info().hits
    name_fold(a)
    assert name_fold.cache_info().hits == hits + 1  # a name is folded once, then looked up


@pytest.mark.parametrize("label, ok", [
    ("Abdel Karim al-Mahdawi", True),
    ("Abdel Karim Mahdawi", True),
    ("Abdel Karim al-Masri", False),
])
def test_a_listed_person_is_named_up_to_the_article(linker, label, ok):
    entry = linker.gazetteer.entries["Q9200004"]
    assert names_person(label, entry) is ok


@pytest.fixture(scope="module")
def pipeline(folder) -> Pipeline:
    return Pipeline(gazetteer_path=str(folder))


@pytest.mark.model
@pytest.mark.parametrize("text, name, qid", [
    ("Talks hosted by Egypt stalled, al-Mahdawi told reporters after meeting Qatari mediators.",
     "al-Mahdawi", "Q9200004"),
    ("The delegation was led by Evgeny Sorokov, who met Turkish officials in Istanbul.",
     "Evgeny Sorokov", "Q9200002"),
    ("A memorandum was signed in Astana on Friday by Nurlan Jaksybekov and his guests.",
     "Nurlan Jaksybekov", "Q9200003"),
    ("Egyptian Foreign Minister Abdel Karim al-Mahdawi received his Jordanian counterpart in Cairo.",
     "Abdel Karim al-Mahdawi", "Q9200004"),
    ("\"We will not sign,\" said Alexandr Tikhonenko, Belarus's envoy, after the talks in Beijing.",
     "Alexandr Tikhonenko", "Q9200006"),
    ("Kazakh envoy Qasym Ormanov attended the signing ceremony in Tashkent.", "Qasym Ormanov", "Q9200007"),
    ("Italian lawmaker Ann Selvaggi criticised the treaty during a visit to Tunis.", "Ann Selvaggi", None),
    ("Polish diplomat Mirek Dobrowski arrived in Vilnius on Thursday.", "Mirek Dobrowski", None),
])
def test_a_respelled_person_in_a_sentence(pipeline, text, name, qid):
    doc = pipeline.document(Article(id="t", text="A headline\n" + text, title="A headline",
                                    published=dt.date(2024, 3, 10)))
    [person] = [e for e in doc.entities.values() if name == e.label or name in e.aliases]
    assert person.qid == qid
