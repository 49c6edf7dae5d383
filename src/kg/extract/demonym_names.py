"""People named with their states' demonyms and no title, two or more in one sentence: "the guests
included Ghanaian A B, Togolese C D and Liberian E F", "talks between Kenyan X Y and Ugandan Z W".
Two to four proper nouns right after a demonym, which no head noun types and nothing else claims,
ending where a clause goes on (a comma, "and", a verb), are a person's name when the sentence pairs
another demonym so (one such pair alone may be a place or a body the gazetteer lacks). Read by
:func:`kg.extract.mentions.find_mentions`, before statistical NER."""
from __future__ import annotations

from kg.extract.lexicon import Lexicon
from kg.extract.names import name_run
from kg.extract.nlp import Token
from kg.model import Document, Mention

#: What may follow the name: punctuation or a word that goes on with the clause, not a noun the
#: capitalised words modify ("Kenyan Coast Guard officers").
_AFTER = frozenset({"PUNCT", "CCONJ", "VERB", "AUX", "ADP", "SCONJ", "PART"})


def names_after_demonyms(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention], add) -> None:
    """Add a Person mention for each untitled name right after a state's demonym, where a sentence
    has two or more."""
    starts = {t.start: t.i for t in toks}
    titles = lexicon.titles.heads | lexicon.rank_words
    by_sentence: dict[int, list[Mention]] = {}
    for m in [f for f in found if f.type == "State" and f.kind == "demonym"]:
        k = starts.get(m.end + 1)
        first = starts.get(m.start)
        if k is None or first is None or doc.text[m.end] != " ":
            continue
        if first > 0 and toks[first - 1].is_cap and toks[first - 1].sent == toks[first].sent and toks[first - 1].ws:
            continue  # "the Royal Thai X Y": the demonym is inside a longer name
        j = name_run(toks, k)
        words = [t for t in toks[k:j] if t.is_cap]
        if not 2 <= len(words) <= 4 or any(t.lower in titles for t in toks[k:j]):
            continue  # one word may be anything ("Chilean Navy"); a title is read with its name
        if j < len(toks) and toks[j].sent == toks[k].sent and toks[j].pos not in _AFTER:
            continue  # "Kenyan Coast Guard officers": the words name what the noun after them is of
        phrase = doc.text[toks[k].start:toks[j - 1].end]
        if any(lexicon.head_type(t.text) for t in toks[k:j]):
            continue  # "the Indian Ocean Region": a word that types a name is no word of a person's
        if lexicon.head_type(phrase) or lexicon.prefix_type(phrase):
            continue  # "Chilean Air Force", "Peruvian Foreign Ministry": a body, typed by its head
        by_sentence.setdefault(toks[k].sent, []).append(
            Mention(toks[k].start, toks[j - 1].end, phrase, "Person", sentence=toks[k].sent))
    for people in by_sentence.values():
        for person in people if len(people) > 1 else []:
            add(person)
