"""Cheap reading paths, timed: the date finder and the gazetteer's cold load.

    python bench/reading.py               # best of 10 rounds each
    python bench/reading.py --rounds 30

* dates: ``find_dates`` over a 400-word article, against spaCy's tokenizer over the same text
  (the cheapest pass every article gets) as the baseline measured in the same run;
* gazetteer: a cold ``load_gazetteer`` of the committed snapshot (the index built from the
  .jsonl files), against reading those files' bytes as the baseline.

Figures are best-of-N seconds and the ratio to the baseline; these paths run once per article
(dates) or once per process (gazetteer), so a ratio that grows says a regression.
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

SENTENCE = ("The ministers met on Tuesday in the capital and agreed that talks would resume on "
            "March 17-18, after a round held last week that ended without agreement on 34 points. ")


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    fn()  # warm: imports, caches
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)

    from kg.extract.dates import find_dates
    from kg.extract.nlp import load_model
    from kg.link.gazetteer import _load, default_path, load_gazetteer

    text = SENTENCE * 14  # about 400 words
    tokenizer = load_model().tokenizer
    dates = best_of(args.rounds, lambda: find_dates(text, dt.date(2026, 3, 10)))
    tokens = best_of(args.rounds, lambda: tokenizer(text))
    print(f"dates, 400 words: {dates * 1000:.2f} ms; tokenizer {tokens * 1000:.2f} ms; ratio {dates / tokens:.2f}x")

    folder = default_path()

    def cold_load() -> None:
        _load.cache_clear()
        load_gazetteer(folder)

    load = best_of(args.rounds, cold_load)
    raw = best_of(args.rounds, lambda: [p.read_bytes() for p in sorted(folder.glob("*.jsonl"))])
    print(f"gazetteer, cold load: {load * 1000:.1f} ms; reading its files {raw * 1000:.1f} ms; ratio {load / raw:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
