"""Recommendations in the languages NGOs keep them in, and the encodings their files come in: the
texts of tests/fixtures/encodings/ (written by `python -m tests.encoding_samples`) and of the
detection tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "encodings"

# (recommendation, recommending State) per language; the State under review is given per language.
RECOMMENDATIONS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("Ratifier la Convention relative aux droits des personnes handicapées", "Espagne"),
        ("Garantir l’indépendance du pouvoir judiciaire et l’accès à la justice pour tous", "Canada"),
        ("Abolir la peine de mort et ratifier le deuxième Protocole facultatif se rapportant au Pacte", "Brésil"),
        (("Renforcer les mesures de lutte contre la traite des êtres humains, en particulier des femmes et des "
          "enfants"), "Côte d’Ivoire"),
        ("Créer une institution nationale des droits de l’homme conforme aux Principes de Paris", "Sénégal"),
        (("Veiller à ce que les défenseurs des droits de l’homme puissent exercer leurs activités sans crainte "
          "de représailles"), "Norvège"),
    ],
    "es": [
        ("Ratificar la Convención sobre los derechos de las personas con discapacidad", "Francia"),
        ("Garantizar la independencia del poder judicial y el acceso a la justicia", "México"),
        ("Abolir la pena de muerte y adherirse al Segundo Protocolo Facultativo", "Perú"),
        ("Adoptar una ley integral contra la discriminación, incluida la discriminación por orientación sexual",
         "España"),
        ("Fortalecer la protección de los niños y las niñas contra la explotación económica", "Panamá"),
        ("Investigar de manera exhaustiva las denuncias de tortura y malos tratos en los centros de detención",
         "Chile"),
    ],
    "cs": [
        ("Zajistit nezávislost soudnictví", "Francie"),
        ("Ratifikovat Opční protokol k Úmluvě proti mučení a jinému krutému zacházení", "Německo"),
        ("Přijmout zákon o rovném zacházení a zrušit trest smrti", "Brazílie"),
        ("Posílit ochranu práv dětí a zajistit jim přístup ke vzdělání", "Slovensko"),
        ("Účinně vyšetřovat všechna obvinění ze špatného zacházení ze strany policie", "Švédsko"),
        ("Zlepšit podmínky ve věznicích a snížit jejich přeplněnost", "Rakousko"),
    ],
    "pl": [
        ("Zapewnić niezależność sądownictwa", "Francja"),
        ("Ratyfikować Protokół fakultatywny do Konwencji w sprawie zakazu tortur", "Niemcy"),
        ("Znieść karę śmierci i wzmocnić ochronę praw kobiet", "Brazylia"),
        ("Przyjąć ustawę o przeciwdziałaniu przemocy domowej i zapewnić ofiarom schronienie", "Szwecja"),
        ("Zagwarantować wolność zgromadzeń i swobodę wypowiedzi dziennikarzy", "Czechy"),
        ("Wzmocnić działania na rzecz integracji uchodźców i migrantów", "Włochy"),
    ],
    "hu": [
        ("Biztosítsa az igazságszolgáltatás függetlenségét", "Franciaország"),
        ("Ratifikálja a kínzás elleni egyezmény fakultatív jegyzőkönyvét", "Németország"),
        ("Törölje el a halálbüntetést", "Brazília"),
        ("Erősítse meg a nők elleni erőszak megelőzésére irányuló intézkedéseket", "Svédország"),
        ("Gondoskodjon arról, hogy a romák egyenlő hozzáférést kapjanak az oktatáshoz", "Ausztria"),
        ("Fogadjon el átfogó nemzeti cselekvési tervet az emberkereskedelem ellen", "Lengyelország"),
    ],
    "ru": [
        ("Ратифицировать Факультативный протокол к Конвенции против пыток", "Франция"),
        ("Обеспечить независимость судебной власти", "Германия"),
        ("Отменить смертную казнь и ввести официальный мораторий на казни", "Бразилия"),
        ("Гарантировать свободу выражения мнений и свободу собраний", "Норвегия"),
        ("Принять всеобъемлющий закон о борьбе с дискриминацией", "Канада"),
        ("Усилить защиту прав женщин и детей от насилия в семье", "Испания"),
    ],
    "uk": [
        ("Ратифікувати Факультативний протокол до Конвенції проти катувань", "Франція"),
        ("Забезпечити незалежність судової влади", "Німеччина"),
        ("Посилити захист прав внутрішньо переміщених осіб", "Польща"),
        ("Гарантувати свободу вираження поглядів і свободу мирних зібрань", "Норвегія"),
        ("Ухвалити закон про запобігання домашньому насильству та протидію йому", "Швеція"),
        ("Розслідувати всі повідомлення про катування та жорстоке поводження", "Канада"),
    ],
    "ar": [
        ("ضمان استقلال القضاء", "فرنسا"),
        ("التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب", "ألمانيا"),
        ("إلغاء عقوبة الإعدام وإعلان وقف رسمي لتنفيذ أحكام الإعدام", "البرازيل"),
        ("تعزيز حماية حقوق المرأة ومكافحة العنف المنزلي", "إسبانيا"),
        ("ضمان حرية التعبير وحرية التجمع السلمي", "النرويج"),
        ("اعتماد قانون شامل لمكافحة التمييز", "كندا"),
    ],
}
STATE_UNDER_REVIEW = {"fr": "Madagascar", "es": "Bolivia", "cs": "Czechia", "pl": "Poland", "hu": "Hungary",
                      "ru": "Kazakhstan", "uk": "Ukraine", "ar": "Egypt"}

# The encodings each language's files are written in.
ENCODINGS: dict[str, tuple[str, ...]] = {
    "fr": ("cp1252", "mac_roman", "iso8859-1", "iso8859-15"),
    "es": ("cp1252", "mac_roman", "iso8859-1"),
    "cs": ("cp1250", "iso8859-2"),
    "pl": ("cp1250", "iso8859-2"),
    "hu": ("cp1250", "iso8859-2"),
    "ru": ("cp1251", "koi8-r", "iso8859-5", "utf-16"),
    "uk": ("cp1251", "koi8-u", "iso8859-5"),
    "ar": ("cp1256", "iso8859-6", "utf-16"),
}
UPRINFO_HEADER = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
                  "Session"]


def recommendations(language: str, encoding: str) -> list[tuple[str, str]]:
    """The language's recommendations as the encoding can write them (Latin-1 has no curly quote)."""
    def writable(text: str) -> str:
        return text if _encodable(text, encoding) else text.replace("’", "'")
    return [(writable(text), writable(state)) for text, state in RECOMMENDATIONS[language]]


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def plain_text(language: str, encoding: str, line_end: str = "\n") -> str:
    """A paragraph of recommendations, one a line, each with its recommending State, as in a report."""
    items = recommendations(language, encoding)
    return "".join(f"{number}. {text} ({state});{line_end}" for number, (text, state) in enumerate(items, start=1))


def uprinfo_csv(language: str, encoding: str, line_end: str = "\r\n") -> str:
    """The recommendations as rows of a UPR Info database export."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow(UPRINFO_HEADER)
    for text, state in recommendations(language, encoding):
        writer.writerow([STATE_UNDER_REVIEW[language], "EEG", "", text, state, "WEOG", "EU", "Accepted", "5",
                         "Justice", "20"])
    return out.getvalue()


def fixture_name(language: str, encoding: str, suffix: str) -> str:
    return f"{language}_{encoding.replace('-', '').replace('_', '')}{suffix}"


def write_fixtures() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for language, encodings in ENCODINGS.items():
        for encoding in encodings:
            # Mac Roman files as the Mac wrote them, with CR line ends.
            line_end = "\r" if encoding == "mac_roman" else None
            (FIXTURES / fixture_name(language, encoding, ".txt")).write_bytes(
                plain_text(language, encoding, line_end or "\n").encode(encoding))
            (FIXTURES / fixture_name(language, encoding, ".csv")).write_bytes(
                uprinfo_csv(language, encoding, line_end or "\r\n").encode(encoding))


if __name__ == "__main__":
    write_fixtures()
