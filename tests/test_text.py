"""The text keys of kg.text: what each one ignores and what it keeps, and that they are the only ones."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.rdf.iris import entity_iri
from kg.text import (
    PERSON_TITLES,
    compact_key,
    fold,
    iri_slug,
    label_key,
    lookup_key,
    name_key,
    normalise_name,
    slug,
    spelling_key,
    surface_key,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "kg"


@pytest.mark.parametrize("tokens", [
    [("Guinea", ""), ("–", ""), ("Bissau", "")],
    [("Côte", " "), ("d’Ivoire", "")],
    [("the", "  "), ("U.S.", " "), ("Navy", "")],
    [("GROSSHERZOGTUM", " "), ("Luxemburg", "")],
])
def test_a_spans_surface_key_is_its_tokens_keys_joined_by_their_spacing(tokens):
    # extraction matches the gazetteer's names on their tokens' keys (kg.extract.gazetteer_index)
    text = "".join(t + ws for t, ws in tokens).strip()
    joined = "".join(surface_key(t) + (" " if ws else "") for t, ws in tokens).strip()
    assert surface_key(text) == joined


def test_surface_key_keeps_what_a_name_is_written_with():
    assert surface_key("Côte  d’Ivoire") == surface_key("côte d'ivoire") == "côte d'ivoire"
    assert surface_key("Guinea–Bissau") == "guinea-bissau" != surface_key("Guinea Bissau")
    assert surface_key("The U.S.") == "the u.s."
    assert surface_key("Türkiye") != surface_key("Turkiye")


def test_label_key_is_formats_label_comparison():
    assert label_key("The India–Russia  Summit") == label_key("india-russia summit") == "india russia summit"
    assert label_key("Secretary-General") == label_key("secretary general")
    assert label_key("Children’s Fund") == label_key("children's fund")
    # accents and dots are part of a label
    assert label_key("Türkiye") != label_key("Turkiye")
    assert label_key("U.S.") != label_key("US")
    assert label_key("the") == "the"


def test_lookup_key_is_the_loosest():
    assert lookup_key("The  U.S.") == lookup_key("us") == "us"
    assert lookup_key("Côte d’Ivoire") == lookup_key("Cote d'Ivoire") == "cote divoire"
    assert lookup_key("Guinea–Bissau") == lookup_key("Guinea-Bissau") == lookup_key("guinea bissau")
    assert lookup_key("Ísland") == "island"


def test_spelling_key_counts_accents_letters_and_apostrophes():
    assert spelling_key("RUSSIAN") == spelling_key("russian")
    assert spelling_key("St. Kitts-Nevis") == spelling_key("st kitts nevis")
    assert spelling_key("Türkiye") != spelling_key("Turkiye")
    assert spelling_key("Côte d’Ivoire") != spelling_key("Côte d'Ivoire")  # an article may write either


def test_identity_and_search_keys():
    assert normalise_name("The Twelfth Nordic Summit") == normalise_name("12th nordic summit")
    assert normalise_name("India – Russia") == "india-russia"
    assert name_key("Владимир Путин") == "vladimir putin"
    assert compact_key("EU–Mercosur") == compact_key("EU Mercosur") == "eumercosur"


def test_fold_folds_case_and_accents_only():
    assert fold("Ísland") == "island"
    assert fold("Straße") == "strasse"
    assert fold("Tromsø") == "tromsø"  # no ASCII base: kept


def test_the_two_slugs_differ_only_on_letters_without_an_ascii_base():
    assert slug("Élysée Summit_2024") == iri_slug(normalise_name("Élysée Summit_2024")) == "elysee-summit-2024"
    assert slug("Tromsø") == "troms" and iri_slug("Tromsø") == "troms"
    assert slug("Førde") == "frde" and iri_slug("Førde") == "f-rde"
    assert slug("Дума") == "" and iri_slug("Дума") == "x"
    # IRIs minted before stay: an unlinked place is keyed by iri_slug
    assert entity_iri("Place", normalise_name("Førde")) == "https://w3id.org/kg-news/id/place/f-rde"


def test_kg_text_is_the_only_module_that_folds_unicode():
    """New comparisons use kg.text's keys rather than a normalisation of their own."""
    folding = re.compile(r"^\s*(import unicodedata|from unicodedata import)", re.MULTILINE)
    modules = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if folding.search(p.read_text("utf-8"))]
    assert modules == ["text.py"]


@pytest.mark.parametrize("title", PERSON_TITLES)
def test_one_list_of_titles_for_extraction_identity_and_search(title):
    from kg.extract.entities import _TITLES
    from kg.model import Entity
    from kg.rdf.identity import canonical_key, canonical_label
    from kg.search.names import strip_titles

    titled = f"{title.title()} Ana Sobral"
    assert _TITLES.sub("", titled) == "Ana Sobral"
    assert canonical_key(Entity("e", "Person", titled)) == canonical_key(Entity("e", "Person", "Ana Sobral"))
    assert canonical_label(Entity("e", "Person", titled)) == "Ana Sobral"
    assert strip_titles(name_key(titled)) == "ana sobral"
