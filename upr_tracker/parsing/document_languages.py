"""The language a UN document is written in, and the words of its structure in each language the
importers read: English, French, Spanish and Russian.

The UN issues every Working Group report and addendum in the six official languages with the
same numbering (paragraph 89, recommendation 89.1); only the words differ: "Conclusions et/ou
recommandations", "recueillent son appui", "serán examinadas por", "принял к сведению". The
readers match the English words and these together, so that a document in any of the four reads
the same way. Arabic and Chinese documents are recognised and said to be unread, never read wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

from babel.dates import get_month_names

READ_LANGUAGES = ("en", "fr", "es", "ru")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic",
                  "zh": "Chinese"}

_FLAGS = re.IGNORECASE | re.VERBOSE

# --- which language ----------------------------------------------------------------------------

# Words common in each Latin-script language's UN prose and rare in the others'.
_LATIN_WORDS = {
    "en": re.compile(r"\b(?:the|and|of|which|recommendations|with|to|has|been)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:les|des|et|du|une|recommandations|dans|pour|qui|été|sur)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:los|las|del|y|una|recomendaciones|para|que|han|sobre|el)\b", re.IGNORECASE),
}
_SAMPLE = 20_000   # characters looked at: the first pages say it


def document_language(text: str) -> str | None:
    """"en", "fr", "es", "ru", "ar" or "zh": the language most of the text is written in (None for
    a text with too few letters to tell)."""
    sample = text[:_SAMPLE]
    scripts = {"ar": 0, "zh": 0, "ru": 0, "latin": 0}
    for char in sample:
        if not char.isalpha():
            continue
        if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\ufb50" <= char <= "\ufeff":
            scripts["ar"] += 1
        elif "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
            scripts["zh"] += 3   # one character says as much as a few letters
        elif "\u0400" <= char <= "\u04ff":
            scripts["ru"] += 1
        elif char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
            scripts["latin"] += 1
    if sum(scripts.values()) < 20:
        return None
    script = max(scripts, key=lambda name: scripts[name])
    if script != "latin":
        return script
    counts = {language: len(words.findall(sample)) for language, words in _LATIN_WORDS.items()}
    return max(counts, key=lambda language: counts[language])


def unread_language(text: str) -> str | None:
    """The name of the language the text is written in when the importers do not read it
    ("Arabic", "Chinese"); None when they do."""
    language = document_language(text)
    return LANGUAGE_NAMES[language] if language in ("ar", "zh") else None


def unread_language_message(language_name: str) -> str:
    return (f"the document is written in {language_name}, which the importer does not read (it reads English, "
            "French, Spanish and Russian): nothing was read from it; import the English, French, Spanish or "
            "Russian version of the same document")


# --- the Working Group report ---------------------------------------------------------------------

REPORT_TITLES = {
    "en": "Report of the Working Group on the Universal Periodic Review",
    "fr": "Rapport du Groupe de travail sur l’Examen périodique universel",
    "es": "Informe del Grupo de Trabajo sobre el Examen Periódico Universal",
    "ru": "Доклад Рабочей группы по универсальному периодическому обзору",
}


def _loose(title: str) -> str:
    """A title's words with any spacing between them, and either apostrophe."""
    return r"\s*".join(re.escape(word).replace("’", "['’]") for word in title.split())


# The titles of other languages (the English one is wg_report_identity.TITLE_PATTERN).
OTHER_TITLES_PATTERN = "|".join(_loose(title) for language, title in REPORT_TITLES.items() if language != "en")

CONCLUSIONS_HEADING = re.compile(
    r"""^(?:[IVX]+\.\s*)?
        (?: Conclusions\s+and/or\s+recommendations
          | Conclusions\s+et/ou\s+recommandations
          | Conclusiones\s+y/o\s+recomendaciones
          | Выводы\s+и/или\s+рекомендации)\W*$""", _FLAGS)
SECTION_END = re.compile(
    r"""^(?: Annex(?:\s+[IVX]+)?(?:\s+(?:Composition|\[).*)?
          | Composition\s+of\s+the\s+delegation.* | \[English\s+only\]
          | Annexe(?:\s+[IVX]+)?(?:\s+(?:Composition|\[).*)? | Composition\s+de\s+la\s+délégation.*
          | \[(?:Anglais|Français|Espagnol)\s+seulement\]
          | Anexo(?:\s+[IVX]+)?(?:\s+(?:Composición|\[).*)? | Composición\s+de\s+la\s+delegación.*
          | \[(?:Únicamente|Solo)\s+en\s+\w+\]
          | Приложение(?:\s+[IVX]+)?(?:\s+(?:Состав|\[).*)? | Состав\s+делегации.*
          | \[Только\s+на\s+\w+\s+языке\])$""", re.VERBOSE)
CLOSING_PARAGRAPH = re.compile(
    r"""^\d{1,3}\.\s+(?: All\s+conclusions\s+and/or\s+recommendations
                      | Toutes\s+les\s+conclusions\s+et/ou\s+recommandations
                      | Todas\s+las\s+conclusiones\s+y/o\s+recomendaciones
                      | Все\s+выводы\s+и/или\s+рекомендации)""", _FLAGS)
# "recommendation(s)" in the four languages (Russian declines it: рекомендации, рекомендаций…).
RECOMMENDATIONS_WORD = r"(?:recommendations?|recommandations?|recomendaci(?:ón|on|ones)|рекомендаци\w*)"
LIST_INTRODUCTION = re.compile(
    r"^\d{1,3}\.\s.*\b" + RECOMMENDATIONS_WORD + r"""\b.*\b
      (?:enjoy|examined|noted|support|reject|accept
       |examinées|appui|soutien|pris\s+note|prend\s+note|acceptées?|rejet
       |examinadas|apoyo|tomado\s+nota|toma\s+nota|aceptad|rechaz
       |изучены|рассмотрены|поддержк|сведению|поддерживает|принима|отклон)""", _FLAGS)
LIST_ANNOUNCEMENT = re.compile(
    r"\b(?:following|listed\s+below|below|ci-après|suivantes|ci-dessous|siguientes|a\s+continuación"
    r"|следующие|ниже)\b", re.IGNORECASE)

# The position a list's introduction gives. Noted first: the refusals contain the words of support
# ("n'ont pas recueilli l'appui", "no cuentan con el apoyo", "не пользуются поддержкой").
LIST_NOTED = re.compile(
    r"""d(?:id|o|oes)\s+not\s+enjoy | not\s+(?:been\s+)?(?:supported|accepted) | \bnoted\b | \breject | not\s+accept
      | n['’](?:ont|a)\s+pas\s+(?:recueilli|obtenu|reçu|été\s+acceptées|bénéficié)
      | ne\s+(?:recueillent|bénéficient|jouissent)\s+pas | pris\s+note | prend\s+note | prendre\s+note | notées?\b
      | rejet | rejeté | non\s+acceptées
      | no\s+(?:cuentan|contaron|han\s+contado|gozan|gozaron|obtuvieron|recibieron)\s+con | no\s+han\s+sido\s+aceptadas
      | tomado\s+nota | toma\s+nota | tomó\s+nota | tomar\s+nota | rechaz
      | к\s+сведению | не\s+(?:пользуются|получили|пользовались|встретили|поддерживает|принимает)
      | отклон""", _FLAGS)
LIST_PENDING = re.compile(
    r"""will\s+be\s+examined | will\s+examine | responses?\s+in\s+due\s+(?:time|course)
      | will\s+provide\s+(?:its\s+)?responses? | under\s+consideration
      | seront\s+examinées | examinera | répondra | réponses?\s+en\s+temps\s+voulu | à\s+l['’]étude
      | serán\s+examinadas | examinará | responderá | respuestas?\s+a\s+su\s+debido\s+tiempo | en\s+estudio
      | будут\s+(?:изучены|рассмотрены) | изучит | рассмотрит | представит\s+(?:свои\s+)?ответы
      | в\s+надлежащее\s+время | находятся\s+на\s+рассмотрении""", _FLAGS)
LIST_SUPPORTED = re.compile(
    r"""enjoys?\s+(?:the\s+|its\s+)?support | \bsupport(?:ed|s)\b | \baccept(?:ed|s)\b
      | recueill\w*\s+(?:son|l['’])\s*appui | (?:bénéficient|jouissent)\s+de\s+son\s+(?:appui|soutien)
      | \bappui(?:e|ées?)\b | \bacceptées?\b | \baccepte\b
      | cuentan\s+con\s+(?:su|el)\s+apoyo | gozan\s+de\s+su\s+apoyo | \bapoya\b | \bapoyadas?\b | \bacepta\b
      | \baceptadas?\b
      | пользуются\s+(?:его|ее|её|их)?\s*поддержкой | \bподдерживает\b | \bподдержаны\b | \bпринимает\b
      | \bприняты\b""", _FLAGS)
LIST_IMPLEMENTED = re.compile(
    r"""already\s+(?:been\s+)?implemented | in\s+(?:the\s+)?process\s+of\s+(?:being\s+)?implement
      | déjà\s+(?:été\s+)?(?:mises?\s+en\s+(?:œuvre|oeuvre)|appliquées?|réalisées?)
      | en\s+(?:cours|voie)\s+(?:de\s+mise\s+en\s+(?:œuvre|oeuvre)|d['’]application)
      | ya\s+(?:se\s+)?(?:han\s+)?(?:sido\s+)?(?:aplicad|implementad|cumplid|aplicado)\w*
      | en\s+(?:proceso|vías|curso)\s+de\s+(?:aplicación|implementación)
      | уже\s+(?:были\s+)?(?:выполнены|осуществлены|реализованы|выполняются|осуществляются)
      | в\s+процессе\s+(?:осуществления|выполнения|реализации)""", _FLAGS)
# "paragraph 95" in the four languages.
PARAGRAPH_WORD = r"(?:paragraphs?|paragraphes?|párrafos?|пункт\w*)"
# What separates two recommending States: "France, Chile and Peru", "France et Chili",
# "Francia y Chile" ("e" before an i-sound: "Chile e Irlanda"), "Франция и Чили".
STATE_CONJUNCTION = r"(?:and|et|y|e|и)"
# Parentheses that name a text, not a State: "(Convention on…)", "(Pacte international…)".
NOT_A_STATE = re.compile(
    r"""\b(?:Convention|Covenant|Protocol|Principles|Committee|Council|Statute|Rules|Guidelines|Declaration
          |Plan|Law|Act|Code|Programme|Agenda|Goals?
          |Pacte|Protocole|Principes|Comité|Conseil|Statut|Règles|Déclaration|Loi|Programme|Objectifs?
          |Convención|Pacto|Protocolo|Principios|Consejo|Estatuto|Reglas|Declaración|Ley|Código|Programa
          |Objetivos?)\b
      | (?:Конвенци|Пакт|Протокол|Принцип|Комитет|Совет|Статут|Правил|Деклараци|План|Закон|Кодекс|Программ|Цел)""",
    re.VERBOSE)


# --- dates -----------------------------------------------------------------------------------------

@cache
def _month_numbers() -> dict[str, int]:
    """Every month name the four languages write in a date, lower case: "march", "mars", "marzo",
    "марта" (Russian writes the genitive in a date; the nominative is taken too)."""
    names: dict[str, int] = {}
    for language in READ_LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale=language).items():
                names[name.lower()] = number
    return names


def month_pattern() -> str:
    return "|".join(sorted((re.escape(name) for name in _month_numbers()), key=len, reverse=True))


@cache
def date_pattern() -> re.Pattern[str]:
    """"23 March 2010", "23 mars 2010", "1er avril 2010", "23 de marzo de 2010", "23 марта 2010 года"."""
    return re.compile(rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?:de\s+)?(?P<month>{month_pattern()})\s+(?:de\s+)?"
                      r"(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)


def month_number(name: str) -> int | None:
    return _month_numbers().get(name.lower())


def read_date(match: re.Match[str]) -> dt.date | None:
    """The day a date_pattern match names (None for "31 February")."""
    month = month_number(match.group("month"))
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day"))) if month else None
    except ValueError:
        return None


def first_date(text: str) -> dt.date | None:
    for match in date_pattern().finditer(text):
        found = read_date(match)
        if found:
            return found
    return None


# "La revue/L'Examen concernant X a eu lieu à la 9e séance, le 12 février 2010", "El examen de X
# se llevó a cabo en la novena sesión, el 12 de febrero de 2010", "Обзор по X состоялся на 9-м
# заседании 12 февраля 2010 года": the date after the meeting.
REVIEW_MEETING = re.compile(r"\b(?:séance|sesión|заседании)\b[^.;]{0,15}?(?=\d{1,2}(?:er)?\s)", re.IGNORECASE)
DISTRIBUTION = re.compile(r"Distr\.\s*:?\s*(?:General|générale|general|Limited|limitée|limitada)\b", re.IGNORECASE)
