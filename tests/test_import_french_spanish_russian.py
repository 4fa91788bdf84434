"""Working Group reports and addenda written in French, Spanish and Russian read as the English
ones do: the same layouts (a report's conclusions section with one paragraph a line; an addendum
table extracted with layout; prose under position headings), with the structure words, the
recommending States and the dates of each language. An unclear answer is flagged, not guessed;
a document in Arabic or Chinese is said to be unread."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.sample_paths import REPO
from upr_tracker.domain.reference import shipped_states
from upr_tracker.errors import InvalidValueError
from upr_tracker.i18n.state_names import iso3_of_name, state_name
from upr_tracker.parsing.addendum import parse_addendum
from upr_tracker.parsing.document_languages import document_language, first_date
from upr_tracker.parsing.parsed import ParsedDocument, ProblemKind
from upr_tracker.parsing.wg_report import parse_working_group_report, read_attribution
from upr_tracker.services.document_import import import_document
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation

SUPPORTED, NOTED, PARTIAL, PENDING = "supported", "noted", "partially_supported", "pending"


def codes(names: tuple[str, ...]) -> tuple[str | None, ...]:
    return tuple(iso3_of_name(name) for name in names)


def read(document: ParsedDocument) -> list[tuple[str, str | None, tuple[str | None, ...]]]:
    return [(r.label, r.position, codes(r.recommending_states)) for r in document.recommendations]


def positions(document: ParsedDocument) -> dict[str, tuple[str | None, bool]]:
    table: dict[str, tuple[str | None, bool]] = {}
    for response in document.responses:
        for label in response.labels:
            assert label not in table, f"{label} answered twice"
            table[label] = (response.position, response.considered_implemented)
    return table


# ==================================================================================================
# Working Group reports, one paragraph a line (as the English cycle-3 test, in each language)

FRENCH_REPORT = """Nations Unies\tA/HRC/36/9
Assemblée générale\tDistr. générale
11 juillet 2017
Français
Original : anglais
Conseil des droits de l’homme
Trente-sixième session
Rapport du Groupe de travail sur l’Examen périodique universel*
Bénin
Introduction
1.\tLe Groupe de travail sur l’Examen périodique universel, créé conformément à la résolution 5/1 du Conseil des droits de l’homme, a tenu sa vingt-huitième session du 6 au 17 novembre 2017. L’Examen concernant le Bénin a eu lieu à la 3e séance, le 7 novembre 2017.
II.\tConclusions et/ou recommandations
122.\tLes recommandations formulées au cours du dialogue et énumérées ci-après ont été examinées par le Bénin et recueillent son appui :
122.1\tRatifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques, visant à abolir la peine de mort (Monténégro) (Australie) ;
122.2\tRatifier la Convention internationale pour la protection de toutes les personnes contre les disparitions forcées (Ghana, Uruguay et Sierra Leone) ;
122.3\tAdopter le projet de code de l’enfant (Togo) ; Renforcer la protection des enfants contre la traite (Saint-Siège) ;
122.4\tProtéger les défenseurs des droits de l’homme (Royaume-Uni de Grande-Bretagne et d’Irlande du Nord, États-Unis d’Amérique) ;
123.\tLes recommandations ci-après seront examinées par le Bénin, qui y répondra en temps voulu, et au plus tard à la trente-septième session du Conseil des droits de l’homme :
123.1\tCréer une institution nationale des droits de l’homme conforme aux Principes de Paris (Fédération de Russie, République de Corée) ;
124.\tLes recommandations ci-après ont été examinées par le Bénin, qui en a pris note :
124.1\tDépénaliser la diffamation (Tchéquie) ;
124.2\tReconnaître la compétence du Comité des disparitions forcées (Bolivie (État plurinational de), Iran (République islamique d’)).
125.\tToutes les conclusions et/ou recommandations figurant dans le présent rapport reflètent la position de l’État ou des États qui les ont présentées et/ou de l’État examiné. Elles ne sauraient être considérées comme ayant été approuvées par le Groupe de travail dans son ensemble.
Annexe
Composition de la délégation
"""

SPANISH_REPORT = """Naciones Unidas\tA/HRC/36/9
Asamblea General\tDistr. general
11 de julio de 2017
Español
Original: inglés
Consejo de Derechos Humanos
36º período de sesiones
Informe del Grupo de Trabajo sobre el Examen Periódico Universal*
Benin
Introducción
1.\tEl Grupo de Trabajo sobre el Examen Periódico Universal, establecido de conformidad con la resolución 5/1 del Consejo de Derechos Humanos, celebró su 28º período de sesiones del 6 al 17 de noviembre de 2017. El examen de Benin se llevó a cabo en la tercera sesión, el 7 de noviembre de 2017.
II.\tConclusiones y/o recomendaciones
122.\tLas recomendaciones formuladas durante el diálogo interactivo/enumeradas a continuación han sido examinadas por Benin y cuentan con su apoyo:
122.1\tRatificar el Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y Políticos, destinado a abolir la pena de muerte (Montenegro) (Australia);
122.2\tRatificar la Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas (Ghana, Uruguay y Sierra Leona);
122.3\tProteger a los defensores de los derechos humanos (Reino Unido de Gran Bretaña e Irlanda del Norte, Estados Unidos de América);
123.\tLas recomendaciones que figuran a continuación serán examinadas por Benin, que responderá a ellas a su debido tiempo, a más tardar en el 37º período de sesiones del Consejo de Derechos Humanos:
123.1\tCrear una institución nacional de derechos humanos (Federación de Rusia, Chile e Irlanda);
124.\tBenin ha tomado nota de las recomendaciones que figuran a continuación:
124.1\tDespenalizar la difamación (Chequia);
124.2\tReconocer la competencia del Comité contra la Desaparición Forzada (Bolivia (Estado Plurinacional de), Irán (República Islámica del)).
125.\tTodas las conclusiones y/o recomendaciones que figuran en el presente informe reflejan la posición del Estado o de los Estados que las presentaron y/o del Estado examinado. No debe entenderse que cuentan con el respaldo del Grupo de Trabajo en su conjunto.
Anexo
Composición de la delegación
"""

RUSSIAN_REPORT = """Организация Объединенных Наций\tA/HRC/36/9
Генеральная Ассамблея\tDistr.: General
11 July 2017
Russian
Original: English
Совет по правам человека
Тридцать шестая сессия
Доклад Рабочей группы по универсальному периодическому обзору*
Бенин
Введение
1.\tРабочая группа по универсальному периодическому обзору, учрежденная в соответствии с резолюцией 5/1 Совета по правам человека, провела свою двадцать восьмую сессию 6–17 ноября 2017 года. Обзор по Бенину состоялся на 3-м заседании 7 ноября 2017 года.
II.\tВыводы и/или рекомендации
122.\tСледующие рекомендации были изучены Бенином и пользуются его поддержкой:
122.1\tРатифицировать второй Факультативный протокол к Международному пакту о гражданских и политических правах, направленный на отмену смертной казни (Черногория) (Австралия);
122.2\tРатифицировать Международную конвенцию для защиты всех лиц от насильственных исчезновений (Гана, Уругвай и Сьерра-Леоне);
122.3\tЗащищать правозащитников (Соединенное Королевство Великобритании и Северной Ирландии, Соединенные Штаты Америки);
123.\tСледующие рекомендации будут изучены Бенином, который представит ответы в надлежащее время, но не позднее тридцать седьмой сессии Совета по правам человека:
123.1\tСоздать национальное правозащитное учреждение (Российская Федерация);
124.\tСледующие рекомендации были изучены Бенином, который принял их к сведению:
124.1\tДекриминализировать диффамацию (Чехия);
124.2\tПризнать компетенцию Комитета по насильственным исчезновениям (Боливия (Многонациональное Государство), Иран (Исламская Республика)).
125.\tВсе выводы и/или рекомендации, содержащиеся в настоящем докладе, отражают позицию представившего их государства (представивших их государств) и/или государства - объекта обзора. Они не должны рассматриваться в качестве одобренных Рабочей группой в целом.
Приложение
Состав делегации
"""


def test_a_french_report() -> None:
    document = parse_working_group_report(FRENCH_REPORT)
    assert read(document) == [
        ("122.1", SUPPORTED, ("MNE", "AUS")),
        ("122.2", SUPPORTED, ("GHA", "URY", "SLE")),
        ("122.3", SUPPORTED, ("TGO", "VAT")),
        ("122.4", SUPPORTED, ("GBR", "USA")),
        ("123.1", PENDING, ("RUS", "KOR")),
        ("124.1", NOTED, ("CZE",)),
        ("124.2", NOTED, ("BOL", "IRN")),
    ]
    found = {r.label: r for r in document.recommendations}
    assert found["124.1"].text == "Dépénaliser la diffamation"
    assert found["122.3"].text == "Adopter le projet de code de l’enfant (Togo) ; Renforcer la protection des enfants " \
                                  "contre la traite"
    assert document.problems == []
    identity = document.identity
    assert (identity.symbol, identity.session, identity.cycle) == ("A/HRC/36/9", 28, 3)
    assert iso3_of_name(identity.state_name) == "BEN"
    assert identity.issued_on == dt.date(2017, 7, 11)
    assert identity.review_date == dt.date(2017, 11, 7)
    assert identity.title == "Rapport du Groupe de travail sur l’Examen périodique universel"


def test_a_spanish_report() -> None:
    document = parse_working_group_report(SPANISH_REPORT)
    assert read(document) == [
        ("122.1", SUPPORTED, ("MNE", "AUS")),
        ("122.2", SUPPORTED, ("GHA", "URY", "SLE")),
        ("122.3", SUPPORTED, ("GBR", "USA")),
        ("123.1", PENDING, ("RUS", "CHL", "IRL")),     # "Chile e Irlanda"
        ("124.1", NOTED, ("CZE",)),
        ("124.2", NOTED, ("BOL", "IRN")),
    ]
    assert document.problems == []
    assert document.identity.issued_on == dt.date(2017, 7, 11)
    assert document.identity.review_date == dt.date(2017, 11, 7)
    assert (document.identity.session, document.identity.cycle) == (28, 3)   # "celebró su 28º período de sesiones"
    assert iso3_of_name(document.identity.state_name) == "BEN"


def test_a_russian_report() -> None:
    document = parse_working_group_report(RUSSIAN_REPORT)
    assert read(document) == [
        ("122.1", SUPPORTED, ("MNE", "AUS")),
        ("122.2", SUPPORTED, ("GHA", "URY", "SLE")),
        ("122.3", SUPPORTED, ("GBR", "USA")),
        ("123.1", PENDING, ("RUS",)),
        ("124.1", NOTED, ("CZE",)),
        ("124.2", NOTED, ("BOL", "IRN")),
    ]
    assert document.problems == []
    assert document.recommendations[4].text == "Декриминализировать диффамацию"
    assert document.identity.review_date == dt.date(2017, 11, 7)
    assert (document.identity.session, document.identity.cycle) == (28, 3)   # "провела свою двадцать восьмую сессию"
    assert iso3_of_name(document.identity.state_name) == "BEN"


@pytest.mark.parametrize(("sentence", "session"), [
    ("a tenu sa septième session du 1er au 12 février 2010", 7),
    ("a tenu sa vingt et unième session", 21), ("a tenu sa quarante-troisième session", 43),
    ("a tenu sa dix-septième session", 17), ("a tenu sa première session", 1),
    ("celebró su séptimo período de sesiones", 7), ("celebró su vigésimo octavo período de sesiones", 28),
    ("celebró su 43º período de sesiones", 43),
    ("провела свою седьмую сессию", 7), ("провела свою сорок третью сессию", 43),
    ("провела свою двадцатую сессию", 20),
])
def test_the_session_in_words_of_each_language(sentence: str, session: int) -> None:
    from upr_tracker.parsing.session_ordinals import session_in_other_languages

    assert session_in_other_languages(sentence) == session


FRENCH_CYCLE_1 = """Rapport du Groupe de travail sur l’Examen périodique universel
Kazakhstan
II. Conclusions et/ou recommandations
95. Les recommandations formulées au cours du dialogue et énumérées ci-après ont recueilli l’appui du Kazakhstan :
1. Ratifier la Convention (France) ;
2. Abolir la peine de mort (Italie) ;
3. Adopter une loi (Chili).
96. Le Kazakhstan considère que les recommandations nos 1 et 3 figurant au paragraphe 95 ont déjà été mises en œuvre ou sont en voie d’application.
97. Les recommandations ci-après seront examinées par le Kazakhstan, qui y répondra en temps voulu :
1. Ratifier le Statut de Rome (Suisse) ;
98. Toutes les conclusions et/ou recommandations figurant dans le présent rapport reflètent la position des États.
"""


def test_a_french_cycle_1_report_whose_paragraph_96_says_which_are_implemented() -> None:
    """Numbers restart in each paragraph; "les recommandations nos 1 et 3 … ont déjà été mises en
    œuvre" marks those of paragraph 95."""
    document = parse_working_group_report(FRENCH_CYCLE_1)
    assert [(r.label, r.position, r.considered_implemented, codes(r.recommending_states))
            for r in document.recommendations] == [
        ("95.1", SUPPORTED, True, ("FRA",)), ("95.2", SUPPORTED, False, ("ITA",)),
        ("95.3", SUPPORTED, True, ("CHL",)), ("97.1", PENDING, False, ("CHE",)),
    ]
    assert document.problems == []


def test_a_state_that_is_no_state_is_kept_and_reported_in_french() -> None:
    text = FRENCH_REPORT.replace("(Tchéquie)", "(Atlantide)")
    document = parse_working_group_report(text)
    assert [r.recommending_states for r in document.recommendations if r.label == "124.1"] == [("Atlantide",)]
    assert any("Atlantide" in p.message for p in document.problems)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([state.iso3 for state in shipped_states()]), st.sampled_from(["fr", "es", "ru", "en"]))
def test_any_states_name_in_parentheses_is_found(iso3: str, language: str) -> None:
    """Whatever the State and the language, its name at the end of a recommendation is read as
    the recommending State, and names that State."""
    verb = {"fr": "Ratifier la Convention", "es": "Ratificar la Convención", "ru": "Ратифицировать Конвенцию",
            "en": "Ratify the Convention"}[language]
    name = state_name(iso3, language)
    attribution = read_attribution(f"{verb} ({name});")
    assert attribution.text == verb
    assert attribution.states == (name,)
    assert attribution.unrecognised == ()
    assert iso3_of_name(attribution.states[0]) == iso3


@pytest.mark.parametrize(("written", "day"), [
    ("23 mars 2010", dt.date(2010, 3, 23)),
    ("1er avril 2011", dt.date(2011, 4, 1)),
    ("23 de marzo de 2010", dt.date(2010, 3, 23)),
    ("23 марта 2010 года", dt.date(2010, 3, 23)),
    ("23 March 2010", dt.date(2010, 3, 23)),
    ("31 février 2010 puis 2 février 2010", dt.date(2010, 2, 2)),   # no such day: the next one
])
def test_dates_in_each_language(written: str, day: dt.date) -> None:
    assert first_date(written) == day


# ==================================================================================================
# Addenda: a table extracted with layout (as the English LAYOUT test), in French

FRENCH_TABLE = """\
                                                                   A/HRC/16/12/Add.1
Nations Unies
Assemblée générale                                                 Distr. générale
                                                                   2 mars 2011
Conseil des droits de l’homme
Seizième session
Point 6 de l’ordre du jour
Examen périodique universel

              Rapport du Groupe de travail sur l’Examen périodique universel*

              Bénin

              Additif

              Observations sur les conclusions et/ou recommandations, engagements
              exprimés et réponses de l’État examiné

 No de la recommandation    Position du Gouvernement du Bénin

 1                        Le Bénin étudie le Protocole facultatif en vue de sa ratification.
                          La recommandation est à l’étude.
 2                        La peine de mort est prévue par l’article 15 de la Constitution. La
                          recommandation n’est pas acceptée.
 3, 4                     Le Bénin a adressé une invitation permanente aux procédures spéciales
                          en mars 2010. Ces recommandations ont déjà été mises en œuvre.
 5                        La recommandation est acceptée en partie : la loi sur l’accès à
                          l’information a été adoptée le 17 mai 2011, tandis que la diffamation
                          demeure une infraction au regard de l’article 129 du Code pénal.
GE.11-10234
\f
                                                                   A/HRC/16/12/Add.1
                                                                   2
 No de la recommandation    Position du Gouvernement du Bénin

 6 – 7                    Le Gouvernement accepte ces recommandations. Un projet de loi sur la
                          violence familiale a été soumis au Parlement en 2010.
 8                        Voir la recommandation 6.
 9 et 10                  Le Bénin prend note de ces recommandations.
 11                       Le Bénin n’a pas encore arrêté sa position sur cette question délicate.
"""


def test_a_french_table() -> None:
    document = parse_addendum(FRENCH_TABLE)
    assert positions(document) == {
        "1": (PENDING, False),
        "2": (NOTED, False),
        "3": (SUPPORTED, True), "4": (SUPPORTED, True),
        "5": (PARTIAL, False),
        "6": (SUPPORTED, False), "7": (SUPPORTED, False),
        "8": (SUPPORTED, False),                     # "Voir la recommandation 6."
        "9": (NOTED, False), "10": (NOTED, False),
        "11": (None, False),
    }
    identity = document.identity
    assert identity.symbol == "A/HRC/16/12/Add.1"
    assert iso3_of_name(identity.state_name) == "BEN"
    assert identity.issued_on == dt.date(2011, 3, 2)
    assert identity.title.startswith("Observations sur les conclusions et/ou recommandations")
    five = next(r for r in document.responses if r.labels == ("5",))
    assert five.text.endswith("l’article 129 du Code pénal.")   # no repeated header, no job number
    assert "GE.11" not in five.text and "Position du Gouvernement" not in five.text


def test_an_unclear_french_answer_is_flagged_not_guessed() -> None:
    document = parse_addendum(FRENCH_TABLE)
    unclear = [p for p in document.problems if p.kind is ProblemKind.UNCLEAR_POSITION]
    assert [p.labels for p in unclear] == [("11",)]
    assert "Le Bénin n’a pas encore arrêté sa position" in unclear[0].excerpt
    assert [p.kind for p in document.problems] == [ProblemKind.UNCLEAR_POSITION]


def test_a_french_answer_that_accepts_and_refuses_is_not_guessed() -> None:
    """Two answers after "9 et 10": which answers which is not certain, so it is said."""
    text = FRENCH_TABLE.replace("Le Bénin prend note de ces recommandations.",
                                "Le Gouvernement accepte cette recommandation. Le Bénin rejette cette recommandation.")
    document = parse_addendum(text)
    [merged] = [p for p in document.problems if p.kind is ProblemKind.MERGED_GROUPS]
    assert merged.labels == ("9", "10") and "not certain" in merged.message



RUSSIAN_TABLE = """\
                                                                   A/HRC/16/12/Add.1
Организация Объединенных Наций
Генеральная Ассамблея                                              Distr.: General
                                                                   2 March 2011
Совет по правам человека
Шестнадцатая сессия

              Доклад Рабочей группы по универсальному периодическому обзору*

              Бенин

              Добавление

              Мнения по выводам и/или рекомендациям, добровольные обязательства
              и ответы государства - объекта обзора

 № рекомендации           Позиция правительства Бенина

 1                        Бенин изучает Факультативный протокол с целью его ратификации.
                          Рекомендация находится на рассмотрении.
 2                        Смертная казнь предусмотрена статьей 15 Конституции. Рекомендация
                          не поддерживается.
 3, 4                     Бенин направил постоянное приглашение специальным процедурам
                          в марте 2010 года. Эти рекомендации уже выполнены.
 5                        Рекомендация поддерживается частично: закон о доступе к информации
                          был принят 17 мая 2011 года.
GE.11-10234
\f
                                                                   A/HRC/16/12/Add.1
                                                                   2
 № рекомендации           Позиция правительства Бенина

 6–7                      Правительство поддерживает эти рекомендации. Законопроект о
                          насилии в семье был внесен в парламент в 2010 году.
 8                        См. рекомендацию 6.
 9 и 10                   Бенин принимает эти рекомендации к сведению.
"""


def test_a_russian_table() -> None:
    document = parse_addendum(RUSSIAN_TABLE)
    assert positions(document) == {
        "1": (PENDING, False), "2": (NOTED, False), "3": (SUPPORTED, True), "4": (SUPPORTED, True),
        "5": (PARTIAL, False), "6": (SUPPORTED, False), "7": (SUPPORTED, False),
        "8": (SUPPORTED, False),                     # "См. рекомендацию 6."
        "9": (NOTED, False), "10": (NOTED, False),
    }
    assert document.problems == []
    assert document.identity.issued_on == dt.date(2011, 3, 2)
    assert iso3_of_name(document.identity.state_name) == "BEN"
    assert all("Позиция правительства" not in r.text and "GE.11" not in r.text for r in document.responses)


# ==================================================================================================
# Addenda: prose under position headings (as the English HEADINGS test), in each language

KNOWN = {f"122.{n}": f"Recommandation {n} (France) ;" for n in range(1, 16)}

FRENCH_HEADINGS = """\
                                                   A/HRC/23/10/Add.1
Assemblée générale                                 Distr. générale
                                                   4 juin 2013
Conseil des droits de l’homme
Vingt-troisième session
Rapport du Groupe de travail sur l’Examen périodique universel*
Bénin
Additif
Observations sur les conclusions et/ou recommandations, engagements exprimés et
réponses de l’État examiné

1. Le Gouvernement béninois a examiné avec attention les 15 recommandations
reçues lors de son deuxième Examen périodique universel, le 25 janvier 2013.

Recommandations acceptées
3. Le Bénin accepte les recommandations suivantes : 122.1 à 122.5, 122.8, 122.10-11
et 122.14.
4. Les recommandations 122.6 et 122.7 sont considérées comme déjà mises en œuvre : le Plan
national d’action 2012-2016 les couvre.

Recommandations dont le Bénin prend note
5. Le Bénin prend note des recommandations suivantes :
122.9
122.12
6. Recommandation 122.13 : la peine de mort demeure dans le Code pénal. Le Bénin prend note de cette recommandation.

Recommandations partiellement acceptées
7. Le Bénin accepte la recommandation 122.15 en partie, en ce qui concerne la ratification du Protocole facultatif.
"""

SPANISH_HEADINGS = """\
                                                   A/HRC/23/10/Add.1
Asamblea General                                   Distr. general
                                                   4 de junio de 2013
Consejo de Derechos Humanos
23º período de sesiones
Informe del Grupo de Trabajo sobre el Examen Periódico Universal*
Benin
Adición
Opiniones sobre las conclusiones y/o recomendaciones, compromisos voluntarios y
respuestas del Estado examinado

Recomendaciones aceptadas
3. Benin acepta las recomendaciones siguientes: 122.1 a 122.5, 122.8, 122.10-11 y 122.14.
4. Las recomendaciones 122.6 y 122.7 ya se han aplicado: el Plan Nacional de Acción 2012-2016 abarca ambas.

Recomendaciones de las que Benin toma nota
5. Benin toma nota de las recomendaciones siguientes:
122.9
122.12
6. Recomendación 122.13: la pena de muerte sigue en el Código Penal. Benin toma nota de esta recomendación.

Recomendaciones parcialmente aceptadas
7. Benin acepta parcialmente la recomendación 122.15, en lo que respecta a la ratificación del Protocolo Facultativo.
"""

RUSSIAN_HEADINGS = """\
                                                   A/HRC/23/10/Add.1
Генеральная Ассамблея                              Distr.: General
                                                   4 June 2013
Совет по правам человека
Двадцать третья сессия
Доклад Рабочей группы по универсальному периодическому обзору*
Бенин
Добавление
Мнения по выводам и/или рекомендациям, добровольные обязательства и ответы
государства - объекта обзора

Поддержанные рекомендации
3. Бенин поддерживает следующие рекомендации: 122.1–122.5, 122.8, 122.10-11 и 122.14.
4. Рекомендации 122.6 и 122.7 уже выполнены: Национальный план действий на 2012-2016 годы охватывает обе.

Рекомендации, принятые к сведению
5. Бенин принимает к сведению следующие рекомендации:
122.9
122.12
6. Рекомендация 122.13: смертная казнь сохраняется в Уголовном кодексе. Бенин принимает эту рекомендацию к сведению.

Частично поддержанные рекомендации
7. Бенин частично поддерживает рекомендацию 122.15 в части, касающейся ратификации Факультативного протокола.
"""


@pytest.mark.parametrize("text", [FRENCH_HEADINGS, SPANISH_HEADINGS, RUSSIAN_HEADINGS], ids=["fr", "es", "ru"])
def test_prose_under_headings(text: str) -> None:
    document = parse_addendum(text, known_recommendations=KNOWN)
    assert positions(document) == {
        **{label: (SUPPORTED, False) for label in ("122.1", "122.2", "122.3", "122.4", "122.5", "122.8",
                                                   "122.10", "122.11", "122.14")},
        "122.6": (SUPPORTED, True), "122.7": (SUPPORTED, True),
        "122.9": (NOTED, False), "122.12": (NOTED, False),
        "122.13": (NOTED, False),
        "122.15": (PARTIAL, False),
    }
    assert document.problems == []
    assert document.identity.issued_on == dt.date(2013, 6, 4)
    assert iso3_of_name(document.identity.state_name) == "BEN"


@pytest.mark.parametrize(("answer", "position"), [
    ("Acceptée", SUPPORTED), ("Notée", NOTED), ("Partiellement acceptée", PARTIAL),
    ("La recommandation est acceptée.", SUPPORTED), ("Le Gouvernement prend note de cette recommandation.", NOTED),
    ("Aceptada", SUPPORTED), ("Anotada", NOTED), ("Parcialmente aceptada", PARTIAL),
    ("El Gobierno acepta la recomendación.", SUPPORTED), ("El Gobierno toma nota de la recomendación.", NOTED),
    ("Поддержана", SUPPORTED), ("Принята к сведению", NOTED), ("Частично поддержана", PARTIAL),
    ("Правительство поддерживает эту рекомендацию.", SUPPORTED),
    ("Правительство принимает эту рекомендацию к сведению.", NOTED),
    ("Правительство не поддерживает эту рекомендацию.", NOTED),
])
def test_a_table_of_position_words(answer: str, position: str) -> None:
    text = f"Recommandation    Position\n115.1             {answer}\n115.2             Acceptée\n"
    document = parse_addendum(text)
    assert positions(document)["115.1"] == (position, False)


# ==================================================================================================
# Languages not read

ARABIC_REPORT = "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل\n" + \
    "122. حظيت التوصيات التالية بتأييد بنن:\n122.1 التصديق على البروتوكول الاختياري (فرنسا)؛\n" * 5
CHINESE_REPORT = "普遍定期审议工作组的报告\n122. 以下建议得到贝宁的支持：\n122.1 批准任择议定书(法国)；\n" * 5


@pytest.mark.parametrize(("text", "language", "name"), [(ARABIC_REPORT, "ar", "Arabic"), (CHINESE_REPORT, "zh", "Chinese")])
def test_a_document_in_a_language_not_read_is_said_so(text: str, language: str, name: str) -> None:
    assert document_language(text) == language
    for document in (parse_working_group_report(text), parse_addendum(text)):
        assert not document.recommendations and not document.responses
        [problem] = document.problems
        assert problem.kind is ProblemKind.UNREADABLE
        assert f"written in {name}, which the importer does not read" in problem.message


@pytest.mark.parametrize(("text", "language"), [
    (FRENCH_REPORT, "fr"), (SPANISH_REPORT, "es"), (RUSSIAN_REPORT, "ru"), (FRENCH_TABLE, "fr"),
    (SPANISH_HEADINGS, "es"),
])
def test_the_language_of_a_document(text: str, language: str) -> None:
    assert document_language(text) == language


def test_importing_an_arabic_document_says_why_nothing_is_read(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "rapport_ar.txt"
    path.write_text(ARABIC_REPORT, encoding="utf-8")
    with pytest.raises(InvalidValueError, match="written in Arabic, which the importer does not read"):
        import_document(db, path)


# ==================================================================================================
# The whole path: the command line imports a French report, then its French addendum


FRENCH_ADDENDUM_OF_THE_REPORT = """\
                                                                   A/HRC/36/9/Add.1
Assemblée générale                                                 Distr. générale
                                                                   12 septembre 2017
Rapport du Groupe de travail sur l’Examen périodique universel*
Bénin
Additif
Observations sur les conclusions et/ou recommandations, engagements exprimés et réponses de l’État examiné

 No de la recommandation    Position du Gouvernement du Bénin

 123.1                    La recommandation est acceptée. La loi portant création de la Commission
                          béninoise des droits de l’homme a été adoptée en 2012.
"""


def test_the_command_line_imports_a_french_report_and_its_addendum(tmp_path: Path) -> None:
    report, addendum = tmp_path / "rapport.txt", tmp_path / "additif.txt"
    report.write_text(FRENCH_REPORT, encoding="utf-8")
    addendum.write_text(FRENCH_ADDENDUM_OF_THE_REPORT, encoding="utf-8")
    db_path = tmp_path / "fr.sqlite3"
    environment = {**os.environ, "UPR_TRACKER_CONFIG_DIR": str(tmp_path / "config")}
    for path in (report, addendum):
        done = subprocess.run([sys.executable, "-m", "upr_tracker", "import", str(path), "--db", str(db_path)],
                              cwd=REPO, capture_output=True, text=True, env=environment, timeout=300)
        assert done.returncode == 0, done.stderr
    database = Database.open(db_path)
    try:
        with database.read() as session:
            found = {r.label: (r.current_position, tuple(s.iso3 for s in r.recommending_states), r.review.state.iso3)
                     for r in session.scalars(select(Recommendation))}
    finally:
        database.close()
    assert found["122.4"] == (SUPPORTED, ("GBR", "USA"), "BEN")
    assert found["124.2"] == (NOTED, ("BOL", "IRN"), "BEN")
    assert found["123.1"] == (SUPPORTED, ("KOR", "RUS"), "BEN")   # the addendum's answer to a pending one
    assert len(found) == 7


@pytest.mark.parametrize(("written", "labels"), [
    ("Recommandations 18 et 19", ("18", "19")),
    ("recommandations 122.1 à 122.3", ("122.1", "122.2", "122.3")),
    ("recomendaciones 5 y 7", ("5", "7")),
    ("рекомендации 5–7", ("5", "6", "7")),
    ("paragraphe 97", None),           # a paragraph of the report, not a recommendation
    ("párrafo 97", None),
    ("пункт 97", None),
    ("paragraphe 97.3", ("97.3",)),
])
def test_label_lists_in_each_language(written: str, labels: tuple[str, ...] | None) -> None:
    from upr_tracker.parsing.label_ranges import parse_label_list

    assert parse_label_list(written) == labels


_REFUSALS = {
    "fr": (("Le Gouvernement", "Le Bénin", "L’État examiné"),
           ("n’accepte pas", "ne peut pas accepter", "rejette", "prend note de", "n’appuie pas", "ne saurait accepter"),
           ("cette recommandation", "ces recommandations", "la recommandation 12")),
    "es": (("El Gobierno", "Benin", "El Estado examinado"),
           ("no acepta", "no puede aceptar", "rechaza", "toma nota de", "no apoya"),
           ("esta recomendación", "estas recomendaciones", "la recomendación 12")),
    "ru": (("Правительство", "Бенин", "Государство"),
           ("не поддерживает", "не может поддержать", "отклоняет", "не принимает"),
           ("эту рекомендацию", "эти рекомендации", "рекомендацию 12")),
}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(_REFUSALS)), st.data())
def test_a_refusal_in_any_wording_is_never_read_as_support(language: str, data: st.DataObject) -> None:
    """Whatever the subject, the refusing verb and its object, a refusal reads as noted; the
    words of support it holds ("accepter", "apoya", "поддерживает") are never read as assent."""
    from upr_tracker.parsing.position_classifier import classify_response

    subjects, verbs, objects = _REFUSALS[language]
    sentence = f"{data.draw(st.sampled_from(subjects))} {data.draw(st.sampled_from(verbs))} " \
               f"{data.draw(st.sampled_from(objects))}."
    reading = classify_response(sentence)
    assert reading.position is not None and reading.position.value == NOTED, sentence
