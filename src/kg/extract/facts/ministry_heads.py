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


#: the nouns of whoever chairs a body, as an office ("whose chairperson is X")
_CHAIR_NOUNS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president", "head"})


def chaired_bodies(toks: list[Token], lo: int, hi: int) -> list[tuple[Title, int, int]]:
    """(title, the person's token, the body's token) for each body a person is said to chair now:
    "X chairs the committee", "X, who chairs the bloc this year", "the council is chaired by X",
    "the commission, whose chairperson is X". Past verbs ("X chaired it in 2019") and negated ones
    give nothing; the caller keeps only a person and a named body."""
    out: list[tuple[Title, int, int]] = []
    for v in toks[lo:hi]:
        if v.lemma != "chair" and v.lower not in _CHAIR_NOUNS:
            continue  # (most words: their children are not worth gathering)
        kids = [c for c in toks[max(lo, v.i - 40):min(hi, v.i + 40)] if c.head == v.i and c.i != v.i]
        if any(c.dep == "neg" for c in kids):
            continue
        if v.lemma == "chair" and v.pos in {"VERB", "AUX"} and v.tag in {"VBZ", "VBP"}:  # "X chairs Y"
            body = next((c.i for c in kids if c.dep == "dobj"), None)
            holder = next((c.i for c in kids if c.dep == "nsubj"), None)
            if holder is not None and toks[holder].lower in {"who", "that"} and v.dep == "relcl":
                holder = v.head
                if toks[holder].dep == "appos":  # "X, the Social Democrat who chairs ...": X
                    holder = toks[holder].head
            word = "Chair"
        elif v.lemma == "chair" and v.tag == "VBN" and any(c.dep == "auxpass" and c.tag in {"VBZ", "VBP"} for c in kids):
            body = next((c.i for c in kids if c.dep == "nsubjpass"), None)  # "Y is chaired by X"
            by = next((c.i for c in kids if c.dep == "agent"), None)
            holder = next((c.i for c in toks[by + 1:min(hi, by + 6)] if c.head == by and c.dep == "pobj"), None) \
                if by is not None else None
            word = "Chair"
        elif v.lower in _CHAIR_NOUNS and v.dep == "nsubj" and toks[v.head].lemma == "be" and toks[v.head].dep == "relcl" \
                and any(c.head == v.i and c.lower == "whose" for c in toks[max(lo, v.i - 3):v.i]) \
                and toks[v.head].tag in {"VBZ", "VBP"}:  # "Y, whose chairperson is X"
            holder = next((c.i for c in toks[v.head + 1:min(hi, v.head + 8)] if c.head == v.head and c.dep == "attr"), None)
            body = toks[v.head].head
            word = v.text[0].upper() + v.text[1:].lower()
        else:
            continue
        if body is None or holder is None:
            continue
        if toks[holder].pos != "PROPN":  # "Chile's president, X, chairs it": the name beside the title
            holder = next((c.i for c in toks[holder + 1:min(hi, holder + 12)] if c.head == holder and c.dep == "appos"),
                          holder)
        out.append((Title(start=v.i, title_start=v.i, title_end=v.i + 1, end=v.i + 1, head=v.i, words=[word],
                          label=word), holder, body))
    return out
