"""The Working Group session a report names in French, Spanish or Russian: "a tenu sa
vingt-huitième session", "celebró su 28º período de sesiones" / "su séptimo período de sesiones",
"провела свою двадцать восьмую сессию". (English: wg_report_identity.ordinal_number.)"""

from __future__ import annotations

import re

# French ordinals are the cardinal's stem and "-ième": the stems, and the cardinals before them.
_FRENCH_STEMS = {
    "prem": 1, "premi": 1, "deux": 2, "second": 2, "trois": 3, "quatr": 4, "cinqu": 5, "six": 6, "sept": 7,
    "huit": 8, "neuv": 9, "dix": 10, "onz": 11, "douz": 12, "treiz": 13, "quatorz": 14, "quinz": 15, "seiz": 16,
    "vingt": 20, "trent": 30, "quarant": 40, "cinquant": 50, "soixant": 60, "un": 1,
}
_FRENCH_CARDINALS = {"dix": 10, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}

_SPANISH = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "séptimo": 7, "septimo": 7, "octavo": 8, "noveno": 9, "décimo": 10, "decimo": 10, "undécimo": 11,
    "duodécimo": 12, "vigésimo": 20, "vigesimo": 20, "trigésimo": 30, "trigesimo": 30, "cuadragésimo": 40,
    "cuadragesimo": 40, "quincuagésimo": 50, "sexagésimo": 60,
}
_RUSSIAN_ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
    "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
    "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60,
}
_RUSSIAN_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60}

_SESSION = re.compile(
    r"""a\s+tenu\s+sa\s+(?P<fr>[\w\s-]{2,40}?)\s+session
      | celebró\s+su\s+(?:(?P<es_digits>\d{1,2})\s*[º°o.]?|(?P<es>[\w\s]{2,40}?))\s+período\s+de\s+sesiones
      | провела\s+свою\s+(?P<ru>[\w\s-]{2,40}?)\s+сессию""",
    re.IGNORECASE | re.VERBOSE)


def session_in_other_languages(flat: str) -> int | None:
    """The Working Group session a French, Spanish or Russian report says it held, or None."""
    match = _SESSION.search(flat)
    if match is None:
        return None
    if match.group("es_digits"):
        return int(match.group("es_digits"))
    if match.group("fr"):
        return _french(match.group("fr"))
    if match.group("es"):
        return _spanish(match.group("es"))
    return _russian(match.group("ru"))


def _french(words: str) -> int | None:
    """"septième" 7, "vingt-huitième" 28, "vingt et unième" 21, "quarante-troisième" 43, "28e" 28."""
    text = words.lower().strip()
    digits = re.fullmatch(r"(\d{1,2})\s*(?:e|ème|è)", text)
    if digits:
        return int(digits.group(1))
    parts = [part for part in re.split(r"[\s-]+", text) if part and part != "et"]
    if not parts or not parts[-1].endswith(("ième", "ieme", "ier", "ière", "ond", "onde")):
        return None
    last = re.sub(r"(?:ième|ieme|ier|ière|onde|ond)$", "", parts[-1])
    if parts[-1] in ("second", "seconde"):
        last = "second"
    unit = _FRENCH_STEMS.get(last)
    if unit is None:
        return None
    tens = sum(_FRENCH_CARDINALS.get(part, -1000) for part in parts[:-1])
    value = tens + unit
    return value if 0 < value < 100 else None


def _spanish(words: str) -> int | None:
    """"séptimo" 7, "vigésimo octavo" 28, "cuadragésimo tercer" 43."""
    parts = words.lower().split()
    if not parts or any(part not in _SPANISH for part in parts):
        return None
    value = sum(_SPANISH[part] for part in parts)
    return value if 0 < value < 100 else None


def _russian(words: str) -> int | None:
    """"седьмую" 7, "двадцать восьмую" 28, "сорок третью" 43, "двадцатую" 20."""
    parts = words.lower().replace("ё", "е").split()
    if not parts:
        return None
    last = re.sub(r"(?:ую|юю|ой|ая|ья|ью)$", "", parts[-1])
    unit = _RUSSIAN_ORDINALS.get(last) or _RUSSIAN_ORDINALS.get(last.replace("е", "ё"))
    if unit is None:
        return None
    tens = sum(_RUSSIAN_TENS.get(part, -1000) for part in parts[:-1])
    value = tens + unit
    return value if 0 < value < 100 else None
