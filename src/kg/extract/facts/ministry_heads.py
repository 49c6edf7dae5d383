"""Who heads a ministry holds its minister's office: "X, who heads Sweden's foreign ministry",
"X runs the Defence Ministry", "X has led the Ministry of Finance since 2022".

A ministry noun ("ministry", "department") with a portfolio among its modifiers or in its "of"
complement, the object of a verb of heading (``_HEADING``) whose subject is a person, reads as
the title "<portfolio> Minister" (or "Minister of <portfolio>") held by that person; the
ministry's possessive or demonym owns it as it would own the title. Verbs in the past ("X, who
led the ministry until 2020") and negated ones say nothing of now and give nothing.
"""
from __future__ import annotations

from kg.extract.nlp import Token
from kg.extract.title_phrase import Title
from kg.extract.title_words import TitleWords

#: verbs of heading a body ("heads", "leads", "runs", "helms")
_HEADING = frozenset({"head", "lead", "run", "helm", "direct"})
#: nouns of a ministry and the office of whoever heads one
_MINISTRIES = {"ministry": "Minister"}
_POSSESSIVE = frozenset({"'s", "\u2019s"})


def ministry_titles(words: TitleWords, toks: list[Token], lo: int, hi: int, named) -> list[tuple[Title, int]]:
    """(title, the token of the person heading it) for each ministry headed in tokens lo..hi."""
    out: list[tuple[Title, int]] = []
    for m in range(lo, hi):
        t = toks[m]
        if t.lower not in _MINISTRIES or t.dep not in {"dobj", "nsubjpass"}:
            continue
        verb = toks[t.head]
        if verb.lemma not in _HEADING or verb.tag == "VBD" and t.dep == "dobj" or any(
                c.head == verb.i and c.dep == "neg" for c in toks[max(lo, verb.i - 3):verb.i]):
            continue
        if t.dep == "dobj":  # "X heads the ministry", "X, who heads the ministry"
            holder = next((c.i for c in toks[max(lo, verb.i - 40):verb.i] if c.head == verb.i and c.dep == "nsubj"), None)
            if holder is not None and toks[holder].lower in {"who", "that"} and verb.dep == "relcl":
                holder = verb.head
        else:  # "the ministry is led by X" (not "was led by")
            if any(c.head == verb.i and c.dep == "auxpass" and c.tag == "VBD" for c in toks[max(lo, verb.i - 3):verb.i]):
                continue
            by = next((c.i for c in toks[verb.i + 1:min(hi, verb.i + 4)] if c.head == verb.i and c.dep == "agent"), None)
            holder = next((c.i for c in toks[by + 1:min(hi, by + 6)] if c.head == by and c.dep == "pobj"), None) \
                if by is not None else None
        if holder is None:
            continue
        title = _title(words, toks, m, lo, hi, named)
        if title is not None:
            out.append((title, holder))
    return out


def _title(words: TitleWords, toks: list[Token], m: int, lo: int, hi: int, named) -> Title | None:
    """The minister's title the ministry phrase gives, with its owner's tokens; None without a portfolio."""
    folio = words.modifiers | words.portfolios
    # the portfolio's words, inside the ministry's name or not ("the Norwegian Defence Ministry")
    before = [c.i for c in toks[max(lo, m - 5):m] if c.head == m and c.dep in {"amod", "compound"} and c.lower in folio]
    after: list[int] = []
    of = next((c for c in toks[m + 1:min(hi, m + 3)] if c.head == m and c.lower == "of"), None)
    if of is not None:
        k = of.i + 1 + (of.i + 1 < hi and toks[of.i + 1].lower == "the")
        while k < hi and (toks[k].lower in folio or toks[k].lower in {"and", "&"}
                                                and k + 1 < hi and toks[k + 1].lower in folio):
            after.append(k)
            k += 1
        while after and toks[after[-1]].lower in {"and", "&"}:
            after.pop()
    if not before and not after:
        return None
    office = _MINISTRIES[toks[m].lower]
    text = [toks[i].text for i in before] + [office] + (["of"] + [toks[i].text for i in after] if after else [])
    owner = [c.i for c in toks[max(lo, m - 6):m] if c.head == m and c.dep in {"poss", "amod", "compound", "nmod"}
             and named(c.i) == "State"]
    first = min([*before, *owner, m])
    title = Title(start=first, title_start=min([*before, m]), title_end=m + 1, end=(after[-1] + 1 if after else m + 1),
                  head=m, words=text, label=words.label(text))
    if owner:
        title.owner_before = [owner[-1]]
    its = next((c.i for c in toks[max(lo, m - 6):m] if c.head == m and c.dep == "poss" and c.lower == "its"), None)
    if its is not None:
        title.pronoun = its
    return title
