"""Editions of a summit series named by their host city, read on sentences written for the test
(round fourteen, second wave): in an article on an organisation's summit, "the Lima meeting",
"the previous meeting in Malabo", "next year's meeting in Gyeongju" are other summits of that
series, held in that city, with the organisation taking part; a meeting of ministers or of two
people in a city is none."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-06-10"  # a Tuesday


def summit_rows(extractor, body: str) -> dict[str, dict]:
    return {r["summit"]: r for r in facts(run(extractor, body, published=PUBLISHED), "summit")}


def edition_in(rows: dict[str, dict], city: str) -> dict | None:
    return next((r for r in rows.values() if r.get("location") == city), None)


@pytest.mark.parametrize("body, org, city, home", [
    (("The African Union summit opened in Addis Ababa on Sunday. Diplomats recalled that the previous meeting "
      "in Malabo had been called to discuss terrorism."), "African Union", "Malabo", "Addis Ababa"),
    (("Asia-Pacific Economic Cooperation leaders ended their summit in Lima on Saturday. Next year's meeting in "
      "Gyeongju will be hosted by South Korea."), "Asia-Pacific Economic Cooperation", "Gyeongju", "Lima"),
    (("The Organization of American States opened its summit in Asuncion on Wednesday. The Lima meeting two "
      "years ago was overshadowed by a dispute over Venezuela."), "Organization of American States", "Lima", "Asunción"),
    (("The African Union summit opened in Malabo on Saturday. The meeting in Niamey in 2019 had launched the "
      "continental free trade area."), "African Union", "Niamey", "Malabo"),
    (("Southeast Asian leaders met in Vientiane on Wednesday for the ASEAN summit. Since the Jakarta meeting, "
      "the bloc has struggled to agree on a common line on Myanmar."), "Association of Southeast Asian Nations",
     "Jakarta", "Vientiane"),
    (("BISHKEK - The summit of the Collective Security Treaty Organization opened in Minsk on Tuesday. Officials "
      "here recalled that the Bishkek meeting in 2019 had agreed on a joint air defence plan."),
     "Collective Security Treaty Organization", "Bishkek", "Minsk"),
    (("BISHKEK - The summit of the Collective Security Treaty Organization opened in Minsk on Tuesday. Officials "
      "here recalled that the Bishkek meeting in 2019 had agreed on an air defence plan. Kazakhstan said the "
      "meeting would adopt a budget, and Tajikistan said the meeting would admit no observers."),
     "Collective Security Treaty Organization", "Bishkek", "Minsk"),
    (("Leaders of the Shanghai Cooperation Organisation opened their summit in Astana on Tuesday. The Samarkand "
      "summit had ended with a long declaration."), "Shanghai Cooperation Organisation", "Samarkand", "Astana"),
])
def test_a_meeting_a_city_names_is_another_edition_of_the_series(extractor, body, org, city, home):
    rows = summit_rows(extractor, body)
    other, own = edition_in(rows, city), edition_in(rows, home)
    assert other is not None and own is not None and other is not own, rows
    assert org in (other.get("participants") or ()), other


@pytest.mark.parametrize("body, city", [
    (("Leaders of the Shanghai Cooperation Organisation met in Tianjin on Monday. The agenda had been prepared "
      "at the meeting of foreign ministers in Qingdao in May."), "Qingdao"),
    (("ASEAN leaders met in Kuala Lumpur on Sunday for the bloc's summit. Earlier, Prime Minister Arlo Venn "
      "held the meeting in Penang with President Dessa Morrow."), "Penang"),
    (("The trade officials' meeting in Lima ended on Friday without a text, a week before the "
      "Asia-Pacific Economic Cooperation summit in Cusco."), "Lima"),
])
def test_a_meeting_of_ministers_or_of_two_people_is_no_edition_guard(extractor, body, city):
    assert not [r for label, r in summit_rows(extractor, body).items() if city in label or "meeting" in label.lower()]
