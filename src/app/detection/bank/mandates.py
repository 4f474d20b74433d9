"""SEPA direct-debit mandates: the authority a payer signs for a creditor to charge them again.

Files carry the mandate reference in their own field (camt ``MndtId``, MT940 ``MREF+``, a CSV's
"Mandate Identification" or "Machtigingskenmerk" column) or inside the purpose text
(``…0591MREF+KD0200…CRED+…`` run on from the field before, ``Mandatsreferenz: M-88213``,
``RUM :``). Either way it reaches detection as ``Transaction.mandate``, unless the line says the
collection was a one-off: a SEPA ``OOFF`` sequence, an "Einmal-Lastschrift", or a card payment
collected by direct debit at the till (ELV, girocard), whose "mandate" is the receipt's signature.
"""

from __future__ import annotations

import re

MAX_LENGTH = 35
"""SEPA's ``MndtId`` is at most 35 characters (``Max35Text``)."""

_IN_TEXT = re.compile(
    r"(?:MREF\s*[+:]|\bRUM\s*:"
    r"|\b(?:MNDT(?:ID)?|MANDATSREF(?:ERENZ)?|MANDATE(?: ID| REF(?:ERENCE)?)?|MANDAT(?: ID| REF)?|MANDATO"
    r"|MACHTIGINGSKENMERK|MACHTIGING(?: ID)?)\b\s*[:+.]?)"
    r"\s*(?P<ref>(?=[A-Z./+-]*\d)[A-Z0-9][A-Z0-9./+-]{3,})",
    re.IGNORECASE,
)
_NEXT_FIELD = re.compile(r"(?:EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|PURP|MDAT|DDAT|SQTP)\+")
"""The German SEPA purpose keywords: a reference written in the text runs on into the next one.
A reference holds a digit, so "mandate with your bank" names none."""


_ONE_OFF = re.compile(
    r"\b(?:OOFF|ELV\d*|EINMAL-? ?LASTSCHRIFT|EINZEL-? ?LASTSCHRIFT"
    r"|KARTENZAHLUNG|KARTENLASTSCHRIFT|GIROCARD)\b",
    re.IGNORECASE,
)


def standing(reference: str | None, line: str) -> str | None:
    """``reference``, unless ``line`` (the transaction's whole text) says it was collected once."""
    return None if reference is None or _ONE_OFF.search(line) else reference


_CUES = ("mref", "rum", "mndt", "manda", "machtig")
"""What every reference written in a text is introduced by: a cheap test before the pattern, which
costs ten times more and would run on every row of a CSV."""


def mandate_in(text: str) -> str | None:
    """The mandate reference a purpose text names (``EREF+…MREF+KD02CRED+…`` → ``KD02``), if any."""
    lower = text.lower()
    if not any(cue in lower for cue in _CUES):
        return None
    found = _IN_TEXT.search(text)
    if found is None:
        return None
    reference = _NEXT_FIELD.split(found["ref"], maxsplit=1)[0].rstrip("+")
    return clean(reference) if len(reference) >= 4 else None


def clean(reference: str) -> str | None:
    """A stored mandate reference: trimmed to SEPA's length; an empty field or ``NOTPROVIDED`` is none."""
    text = " ".join(reference.split())[:MAX_LENGTH]
    return text if text and text.upper() not in ("NOTPROVIDED", "NONREF") else None
