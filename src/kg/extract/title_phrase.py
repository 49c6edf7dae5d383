"""A title of office as read in a sentence: where its words are, its label, whose it is and
whether it is still held (read by :mod:`kg.extract.titles`, used by the office finders)."""
from __future__ import annotations

from dataclasses import dataclass, field

#: Entity types that may own an office.
OWNER_TYPES = frozenset({"State", "InternationalOrganization", "Organization", "Legislature", "ArmedForces"})


@dataclass
class Title:
    """One title in a sentence (token indices; ``end`` is exclusive)."""

    start: int  # first token of the phrase: a determiner or the owner's name if any, else the title
    title_start: int  # first word of the office
    title_end: int  # after the office's last word (a portfolio complement included)
    end: int  # after the whole phrase (an "of <owner>" complement included)
    head: int
    words: list[str]
    label: str
    owner_before: list[int] = field(default_factory=list)  # tokens of a name before the title
    owner_after: list[int] = field(default_factory=list)  # tokens of the "of/for" complement's names
    pronoun: int | None = None  # "his foreign minister": the possessive
    principal: int | None = None  # "President X's chief of staff": a token of the name of whose officer
    former: bool = False
    planned: bool = False
    #: "the first Israeli minister to ...": a description of the person, not an office
    descriptive: bool = False
    plural: bool = False
    generic: bool = False
    organisational: bool = False
    legislative: bool = False
    #: an office of a place below a state ("the governor of X"): the place owns it
    local: bool = False
    counterpart: bool = False
    #: the complement names an owner no entity stands for ("head of Kyiv's military administration")
    unnamed_owner: bool = False
    #: a name of a body that no entity covers, read from its head noun ("Zendan Council
    #: Chairwoman", "Secretary of the Supreme National Security Council") or an acronym ("ABC
    #: Director"): its tokens
    owner_words: list[int] = field(default_factory=list)
    #: "the country's foreign minister": the noun of a description owning the title
    described: int | None = None
    #: "Ambassador to Chile": the names of where the holder is sent (never the owner)
    toward: list[int] = field(default_factory=list)
