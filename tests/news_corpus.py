"""Invented short articles for the build tests: two states sign an accord, one ratifies it."""
from __future__ import annotations

import json

STATES = [("Chile", "Santiago"), ("Peru", "Lima"), ("Kenya", "Nairobi"), ("Ghana", "Accra"), ("Norway", "Oslo"),
          ("Japan", "Tokyo"), ("Poland", "Warsaw"), ("Vietnam", "Hanoi"), ("Egypt", "Cairo"), ("Canada", "Ottawa")]
NAMES = ["Andean", "Meridian", "Coral", "Harbour", "Lagoon", "Northern", "Lakeside", "Granite", "Amber", "Cedar"]


def record(i: int) -> dict:
    """The ``i``-th article as a JSON Lines record (``id``, ``title``, ``text``, ``published``, ``url``)."""
    a, capital = STATES[i % 10]
    b, _ = STATES[(i * 3 + 1) % 10]
    if a == b:
        b, _ = STATES[(i + 5) % 10]
    name = f"{NAMES[i % 10]} {NAMES[(i // 10) % 10]} Accord"
    day = 1 + i % 28
    return {"id": f"n{i:05d}", "title": f"{a} and {b} sign {name}",
            "text": f"{a} and {b} signed the {name} in {capital} on {day} May 2024. "
                    f"The parliament of {b} ratified the {name} on {day} June 2024.",
            "published": "2024-07-01", "url": f"https://meridian.example/world/{i}"}


def jsonl_lines(n: int, start: int = 0) -> list[str]:
    return [json.dumps(record(i)) + "\n" for i in range(start, start + n)]
