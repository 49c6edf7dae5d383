"""The agreement a ratification law's or agenda item's name names: "the Law on Ratification of the
X Agreement", "the Act Ratifying the Y Treaty", "Ratification of the Z Convention" are the law, the
bill or the item of business, and the agreement they ratify is X, Y or Z. An agreement's facts
(who signed it, what it permits) are the agreement's, so the name read is the agreement's own."""
from __future__ import annotations

import re

#: "Law/Act/Bill/Decree on the Ratification of (the)", "Act Ratifying (the)", "Ratification of (the)"
_LAW = r"(?:Federal\s+|Organic\s+)?(?:Law|Act|Bill|Decree|Resolution|Ordinance)\s+"
_RATIFYING = re.compile(
    rf"(?:the\s+)?(?:{_LAW}(?:(?:on|of|for|concerning)\s+(?:the\s+)?(?:Ratification|Approval)\s+of|Ratifying|Approving)"
    r"|(?:Ratification|Approval)\s+of)\s+(?:the\s+)?(?=[A-Z])")


def what_is_ratified(start: int, phrase: str) -> tuple[int, str]:
    """The start and text of the agreement's own name inside a ratifying name (unchanged when the
    name is no ratifying law's): "Law on Ratification of the Treaty on X" -> "Treaty on X"."""
    m = _RATIFYING.match(phrase)
    if m is None or m.end() >= len(phrase):
        return start, phrase
    return start + m.end(), phrase[m.end():]
