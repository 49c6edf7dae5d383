"""Cheap reading paths, timed: the date finder, the gazetteer's cold load and its names found.

    python bench/reading.py               # best of 10 rounds each
    python bench/reading.py --rounds 30

* dates: ``find_dates`` over a 400-word article, against spaCy's tokenizer over the same text
  (the cheapest pass every article gets) as the baseline measured in the same run;
* gazetteer: a cold ``load_gazetteer`` of the committed snapshot (the index built from the
  .jsonl files), against reading those files' bytes as the baseline;
* gazetteer names: ``GazetteerIndex.find`` (spaCy's PhraseMatcher over the tokens' surface keys)
  over every sentence of a 400-word article full of names, against spaCy's tokenizer over the same
  text; and, once per process, building its PhraseMatcher, against the cold load above.

Figures are best-of-N seconds and the ratio to the baseline; these paths run once per article
(dates) or once per process (gazetteer), so a ratio that grows says a regression.
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

NAMES = ("Prime Minister Anthony Albanese of Australia met President Joko Widodo in Jakarta, where the "
         "Association of Southeast Asian Nations and the North Atlantic Treaty Organization sent envoys; "
         "Guinea-Bissau, Côte d'Ivoire and the People's Republic of China signed the accord with the US. ")
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

    from kg.extract.gazetteer_index import GazetteerIndex
    from kg.extract.nlp import parse, tokens
    from kg.model import Article, Document

    gazetteer = load_gazetteer(folder)
    article = NAMES * 9  # about 400 words
    doc = parse(Document(Article(id="bench", text=article)))
    sentences: dict[int, list] = {}
    for t in tokens(doc):
        sentences.setdefault(t.sent, []).append(t)
    first = next(iter(sentences.values()))
    build = best_of(min(args.rounds, 3), lambda: GazetteerIndex(gazetteer).find(article, first))  # the first find builds it
    index = GazetteerIndex(gazetteer)
    found = best_of(args.rounds, lambda: [index.find(article, s) for s in sentences.values()])
    names = sum(len(index.find(article, s)) for s in sentences.values())
    tokens_ = best_of(args.rounds, lambda: tokenizer(article))
    print(f"gazetteer names, 400 words ({names} names): {found * 1000:.2f} ms; tokenizer {tokens_ * 1000:.2f} ms; "
          f"ratio {found / tokens_:.2f}x")
    print(f"gazetteer names, the index and its matcher built: {build * 1000:.0f} ms, once per process; "
          f"ratio to the cold load {build / load:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
