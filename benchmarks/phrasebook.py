"""The wording of synthetic UPR recommendations, notes, responses and milestones.

Recommendations are assembled from pieces the way real ones read: an opening verb phrase (which
decides UPR Info's action category: 1 minimal … 5 specific) followed by a goal, or a ratification,
or a fixed sentence; then, while the wanted length is not reached, a means ("in particular by…"),
another goal ("and…"), an alignment ("in line with…"), or a lettered list of measures for the long
ones. Each goal and instrument carries the UPR Info issues it concerns, so themes match the text.

Besides English, French, Spanish and Russian phrasebooks give accented and Cyrillic text, so
that case and accent folding (FTS5 unicode61 remove_diacritics 2, name_key) get exercised.
"""

from __future__ import annotations

from dataclasses import dataclass

Themes = tuple[str, ...]


@dataclass(frozen=True)
class Phrasebook:
    language: str
    openings: tuple[tuple[str, int], ...]        # verb phrase before a goal ("" = the goal alone), category
    goals: tuple[tuple[str, Themes], ...]        # infinitive phrases, lower case
    ratifying: tuple[tuple[str, int], ...]       # "Ratify", "Consider ratifying"… and their category
    instruments: tuple[tuple[str, Themes], ...]
    sentences: tuple[tuple[str, int, Themes], ...]  # whole recommendations
    by_connectors: tuple[str, ...]               # ", in particular by "
    means: tuple[str, ...]                       # what follows a by-connector
    and_connector: str
    alignments: tuple[str, ...]                  # ", in line with its international obligations"
    list_intro: str                              # before a lettered list of measures
    list_separator: str


ENGLISH = Phrasebook(
    language="en",
    openings=(
        ("Take measures to", 4), ("Take further measures to", 4), ("Take effective measures to", 4),
        ("Take concrete steps to", 4), ("Redouble its efforts to", 4), ("Intensify its efforts to", 4),
        ("Step up efforts to", 4), ("Strengthen measures to", 4), ("Continue and strengthen its efforts to", 4),
        ("Make every effort to", 4), ("Ensure that effective measures are taken to", 4), ("", 4),
        ("Continue its efforts to", 2), ("Continue to", 2), ("Pursue its efforts to", 2),
        ("Maintain its commitment to", 2), ("Continue its ongoing efforts to", 2),
        ("Consider taking measures to", 3), ("Study the possibility of taking steps to", 3),
        ("Consider adopting legislation to", 3), ("Review its legislation in order to", 3),
        ("Adopt legislation to", 5), ("Adopt a national strategy to", 5), ("Enact a law to", 5),
        ("Amend its legislation to", 5), ("Establish an independent mechanism to", 5),
        ("Adopt and implement a national action plan to", 5), ("Allocate sufficient resources to", 5),
        ("Seek technical assistance from OHCHR to", 1), ("Share its experience and good practices on how to", 1),
        ("Request the support of the international community to", 1),
    ),
    goals=(
        ("combat violence against women, including domestic violence and marital rape", ("Women's rights",)),
        ("combat trafficking in persons, in particular women and children", ("Trafficking",)),
        ("combat discrimination against persons with disabilities", ("Disabilities",)),
        ("prevent torture and ill-treatment in all places of deprivation of liberty",
         ("Torture and other CID treatment", "Detention")),
        ("improve conditions of detention and reduce overcrowding in prisons", ("Detention",)),
        ("guarantee the independence and impartiality of the judiciary", ("Justice",)),
        ("combat corruption at all levels of public administration", ("Corruption",)),
        ("protect journalists and human rights defenders from harassment, intimidation and attacks",
         ("Human rights defenders", "Freedom of the press")),
        ("guarantee freedom of expression, online and offline", ("Freedom of opinion and expression",)),
        ("guarantee the rights to freedom of peaceful assembly and of association",
         ("Freedom of association and peaceful assembly",)),
        ("eliminate child labour and the worst forms of child labour", ("Rights of the Child", "Labour")),
        ("ensure access to quality education for all children, including girls in rural areas",
         ("Right to education", "Rights of the Child")),
        ("improve access to health care, in particular maternal and child health services", ("Right to health",)),
        ("reduce poverty and social exclusion", ("Poverty",)),
        ("ensure access to safe drinking water and sanitation for all", ("Right to water",)),
        ("protect the rights of indigenous peoples, including their right to their lands and resources",
         ("Indigenous peoples", "Right to land")),
        ("combat racial discrimination, xenophobia and hate speech", ("Racial discrimination",)),
        ("protect lesbian, gay, bisexual, transgender and intersex persons from discrimination and violence",
         ("Sexual Orientation and Gender Identity",)),
        ("end impunity for extrajudicial killings and bring perpetrators to justice",
         ("Extrajudicial executions", "Impunity")),
        ("investigate all allegations of enforced disappearance", ("Enforced disappearances",)),
        ("guarantee the rights of asylum seekers and refugees, including the principle of non-refoulement",
         ("Asylum-seekers - refugees",)),
        ("protect the rights of migrant workers, including domestic workers", ("Migrants", "Labour")),
        ("ensure that counter-terrorism legislation complies with international human rights law",
         ("Counter-terrorism",)),
        ("guarantee free, fair and transparent elections", ("Elections",)),
        ("ensure the registration of all births", ("Rights of the Child",)),
        ("combat HIV/AIDS and discrimination against persons living with HIV", ("HIV - Aids",)),
        ("ensure the right to adequate housing and prevent forced evictions", ("Right to housing",)),
        ("ensure food security, in particular in rural areas", ("Right to food",)),
        ("protect and assist internally displaced persons", ("Internally displaced persons",)),
        ("address the adverse effects of climate change on the enjoyment of human rights", ("Environment",)),
        ("protect the rights of persons belonging to national, ethnic and linguistic minorities", ("Minorities",)),
        ("guarantee freedom of religion or belief for all", ("Freedom of religion and belief",)),
        ("provide human rights training to law enforcement officials, judges and prosecutors",
         ("Human rights education and training",)),
        ("prevent the excessive use of force by the police and security forces",
         ("Human rights violations by state agents", "Public security")),
        ("promote gender equality in employment and in political and public life", ("Women's rights", "Labour")),
        ("guarantee freedom of movement within the country", ("Freedom of movement",)),
        ("eliminate female genital mutilation and child, early and forced marriage",
         ("Women's rights", "Rights of the Child")),
        ("prohibit corporal punishment of children in all settings", ("Rights of the Child",)),
        ("guarantee the right to a fair trial and access to legal aid", ("Justice",)),
        ("strengthen the protection of civil society organizations", ("Civil society",)),
        ("ensure respect for international humanitarian law in the conduct of hostilities",
         ("International humanitarian law",)),
        ("implement the recommendations of the treaty bodies", ("Treaty bodies",)),
        ("ensure the participation of civil society in the follow-up to the universal periodic review",
         ("UPR process", "Civil society")),
        ("promote sustainable development that benefits the whole population", ("Development",)),
        ("guarantee decent working conditions and the right to form trade unions", ("Labour",)),
        ("improve public security while respecting human rights", ("Public security",)),
    ),
    ratifying=(("Ratify", 5), ("Sign and ratify", 5), ("Accede to", 5), ("Consider ratifying", 3),
               ("Take steps to ratify", 4), ("Continue the process of ratifying", 2),
               ("Seek technical assistance with a view to ratifying", 1)),
    instruments=(
        ("the Optional Protocol to the Convention against Torture", ("Torture and other CID treatment",
                                                                    "International instruments")),
        ("the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at "
         "the abolition of the death penalty", ("Death penalty", "International instruments")),
        ("the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
         ("ESC rights - general", "International instruments")),
        ("the International Convention for the Protection of All Persons from Enforced Disappearance",
         ("Enforced disappearances", "International instruments")),
        ("the International Convention on the Protection of the Rights of All Migrant Workers and Members of "
         "Their Families", ("Migrants", "International instruments")),
        ("the Convention on the Rights of Persons with Disabilities and its Optional Protocol",
         ("Disabilities", "International instruments")),
        ("the Rome Statute of the International Criminal Court", ("Impunity", "International instruments")),
        ("ILO Convention No. 189 concerning decent work for domestic workers",
         ("Labour", "Women's rights", "International instruments")),
        ("ILO Indigenous and Tribal Peoples Convention, 1989 (No. 169)", ("Indigenous peoples",
                                                                        "International instruments")),
        ("the 1951 Convention relating to the Status of Refugees and its 1967 Protocol",
         ("Asylum-seekers - refugees", "International instruments")),
        ("the Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
         ("Rights of the Child", "International instruments")),
        ("the UNESCO Convention against Discrimination in Education", ("Right to education",
                                                                      "International instruments")),
        ("the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against "
         "Women", ("Women's rights", "International instruments")),
        ("the 1961 Convention on the Reduction of Statelessness", ("Minorities", "International instruments")),
    ),
    sentences=(
        ("Establish a national human rights institution in full compliance with the Paris Principles", 5, ("NHRI",)),
        ("Adopt a national action plan on human rights", 5, ("National plan of action",)),
        ("Extend a standing invitation to all special procedures of the Human Rights Council", 5,
         ("Special procedures",)),
        ("Abolish the death penalty", 5, ("Death penalty",)),
        ("Establish an official moratorium on executions with a view to abolishing the death penalty", 5,
         ("Death penalty",)),
        ("Submit its overdue reports to the treaty bodies", 5, ("Treaty bodies",)),
        ("Criminalize marital rape", 5, ("Women's rights",)),
        ("Decriminalize defamation and place it under the civil code", 5,
         ("Freedom of opinion and expression", "Freedom of the press")),
        ("Amend the Criminal Code to include a definition of torture in line with the Convention against Torture", 5,
         ("Torture and other CID treatment", "Justice")),
        ("Repeal all provisions that criminalize consensual sexual relations between adults of the same sex", 5,
         ("Sexual Orientation and Gender Identity",)),
        ("Seek technical assistance from OHCHR in implementing the recommendations of the universal periodic "
         "review", 1, ("Technical assistance and cooperation", "UPR process")),
        ("Share its best practices in the field of social protection with other countries", 1, ("General",)),
        ("Continue its cooperation with the United Nations human rights mechanisms", 2, ("General",)),
        ("Consider establishing a national mechanism for reporting and follow-up", 3, ("UPR process",)),
        ("Adopt a comprehensive anti-discrimination law covering all grounds of discrimination", 5,
         ("Racial discrimination", "CP rights - general")),
        ("Raise the minimum age of marriage to 18 years for both girls and boys", 5, ("Rights of the Child",
                                                                                  "Women's rights")),
        ("Ensure that the national human rights institution has adequate financial and human resources", 4, ("NHRI",)),
        ("Respond positively to the pending requests for visits by special procedures", 4, ("Special procedures",)),
    ),
    by_connectors=(", in particular by ", ", including by ", ", notably by ", " by "),
    means=(
        "adopting a comprehensive law", "allocating adequate human and financial resources",
        "strengthening the capacity of the national human rights institution",
        "raising awareness among the general public", "training judges, prosecutors and police officers",
        "ensuring the effective investigation and prosecution of all cases", "improving the collection of "
        "disaggregated data", "providing shelters and support services to victims",
        "establishing an independent complaints mechanism", "reviewing the relevant provisions of the Penal Code",
        "involving civil society organizations in the design of policies",
        "cooperating with the Office of the United Nations High Commissioner for Human Rights",
    ),
    and_connector=" and ",
    alignments=(", in line with its international obligations", ", in consultation with civil society",
                ", in accordance with international standards", ", as previously recommended",
                ", in cooperation with the relevant United Nations agencies",
                ", with particular attention to women and children"),
    list_intro=", including the following measures: ",
    list_separator="; ",
)

FRENCH = Phrasebook(
    language="fr",
    openings=(("Prendre des mesures pour", 4), ("Redoubler d'efforts pour", 4), ("Intensifier ses efforts pour", 4),
              ("", 4), ("Poursuivre ses efforts pour", 2), ("Continuer à", 2),
              ("Envisager de prendre des mesures pour", 3), ("Adopter une loi pour", 5),
              ("Élaborer un plan d'action national pour", 5), ("Solliciter l'assistance technique du HCDH pour", 1)),
    goals=(
        ("lutter contre la violence à l'égard des femmes, y compris la violence domestique", ("Women's rights",)),
        ("garantir l'indépendance du pouvoir judiciaire", ("Justice",)),
        ("améliorer les conditions de détention et réduire la surpopulation carcérale", ("Detention",)),
        ("protéger les défenseurs des droits de l'homme et les journalistes",
         ("Human rights defenders", "Freedom of the press")),
        ("garantir l'égalité entre les femmes et les hommes", ("Women's rights",)),
        ("lutter contre la traite des êtres humains", ("Trafficking",)),
        ("assurer l'accès de tous les enfants à une éducation de qualité",
         ("Right to education", "Rights of the Child")),
        ("éliminer le travail des enfants", ("Rights of the Child", "Labour")),
        ("prévenir la torture et les mauvais traitements dans les lieux de détention",
         ("Torture and other CID treatment", "Detention")),
        ("garantir la liberté d'expression et la liberté de la presse",
         ("Freedom of opinion and expression", "Freedom of the press")),
        ("lutter contre la corruption et l'impunité", ("Corruption", "Impunity")),
        ("améliorer l'accès aux soins de santé, en particulier dans les zones rurales", ("Right to health",)),
        ("protéger les droits des migrants et des réfugiés", ("Migrants", "Asylum-seekers - refugees")),
        ("lutter contre la discrimination à l'égard des personnes handicapées", ("Disabilities",)),
        ("renforcer la sécurité alimentaire", ("Right to food",)),
        ("garantir l'enregistrement des naissances", ("Rights of the Child",)),
    ),
    ratifying=(("Ratifier", 5), ("Signer et ratifier", 5), ("Envisager de ratifier", 3)),
    instruments=(
        ("le Protocole facultatif se rapportant à la Convention contre la torture",
         ("Torture and other CID treatment", "International instruments")),
        ("le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et "
         "politiques, visant à abolir la peine de mort", ("Death penalty", "International instruments")),
        ("la Convention internationale pour la protection de toutes les personnes contre les disparitions forcées",
         ("Enforced disappearances", "International instruments")),
        ("le Statut de Rome de la Cour pénale internationale", ("Impunity", "International instruments")),
        ("la Convention relative aux droits des personnes handicapées", ("Disabilities", "International instruments")),
    ),
    sentences=(
        ("Abolir la peine de mort", 5, ("Death penalty",)),
        ("Établir une institution nationale des droits de l'homme conforme aux Principes de Paris", 5, ("NHRI",)),
        ("Adresser une invitation permanente à tous les titulaires de mandat au titre des procédures spéciales", 5,
         ("Special procedures",)),
        ("Dépénaliser la diffamation", 5, ("Freedom of opinion and expression", "Freedom of the press")),
        ("Relever l'âge minimum du mariage à 18 ans pour les filles et les garçons", 5,
         ("Rights of the Child", "Women's rights")),
    ),
    by_connectors=(", notamment en ", ", en particulier en "),
    means=("adoptant une loi globale", "allouant des ressources suffisantes", "menant des campagnes de sensibilisation",
           "formant les juges, les procureurs et les agents de police",
           "garantissant des enquêtes efficaces et la poursuite des auteurs", "renforçant la société civile"),
    and_connector=" et ",
    alignments=(", conformément à ses obligations internationales", ", en consultation avec la société civile",
                ", en coopération avec le Haut-Commissariat aux droits de l'homme"),
    list_intro=", notamment par les mesures suivantes : ",
    list_separator=" ; ",
)

SPANISH = Phrasebook(
    language="es",
    openings=(("Adoptar medidas para", 4), ("Redoblar sus esfuerzos para", 4), ("Intensificar sus esfuerzos para", 4),
              ("", 4), ("Continuar sus esfuerzos para", 2), ("Seguir trabajando para", 2),
              ("Considerar la posibilidad de adoptar medidas para", 3), ("Aprobar una ley para", 5),
              ("Elaborar un plan nacional para", 5), ("Solicitar asistencia técnica al ACNUDH para", 1)),
    goals=(
        ("combatir la violencia contra las mujeres y las niñas", ("Women's rights",)),
        ("garantizar la independencia del poder judicial", ("Justice",)),
        ("mejorar las condiciones de detención en las cárceles", ("Detention",)),
        ("proteger a los defensores de los derechos humanos y a los periodistas",
         ("Human rights defenders", "Freedom of the press")),
        ("erradicar el trabajo infantil", ("Rights of the Child", "Labour")),
        ("garantizar el acceso a la educación de los niños y niñas indígenas",
         ("Right to education", "Indigenous peoples")),
        ("combatir la trata de personas", ("Trafficking",)),
        ("prevenir la tortura y los malos tratos", ("Torture and other CID treatment",)),
        ("garantizar la libertad de expresión", ("Freedom of opinion and expression",)),
        ("luchar contra la corrupción y la impunidad", ("Corruption", "Impunity")),
        ("reducir la pobreza extrema", ("Poverty",)),
        ("proteger los derechos de los pueblos indígenas sobre sus tierras", ("Indigenous peoples", "Right to land")),
        ("garantizar el acceso al agua potable y al saneamiento", ("Right to water",)),
        ("asegurar la protección de los migrantes", ("Migrants",)),
        ("investigar las desapariciones forzadas y sancionar a los responsables",
         ("Enforced disappearances", "Impunity")),
        ("garantizar la igualdad de género", ("Women's rights",)),
    ),
    ratifying=(("Ratificar", 5), ("Firmar y ratificar", 5), ("Considerar la posibilidad de ratificar", 3)),
    instruments=(
        ("el Protocolo Facultativo de la Convención contra la Tortura",
         ("Torture and other CID treatment", "International instruments")),
        ("la Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas",
         ("Enforced disappearances", "International instruments")),
        ("el Estatuto de Roma de la Corte Penal Internacional", ("Impunity", "International instruments")),
        ("el Convenio núm. 189 de la OIT sobre las trabajadoras y los trabajadores domésticos",
         ("Labour", "Women's rights", "International instruments")),
        ("el Convenio núm. 169 de la OIT sobre pueblos indígenas y tribales",
         ("Indigenous peoples", "International instruments")),
    ),
    sentences=(
        ("Abolir la pena de muerte", 5, ("Death penalty",)),
        ("Tipificar como delito el feminicidio", 5, ("Women's rights",)),
        ("Cursar una invitación permanente a todos los procedimientos especiales", 5, ("Special procedures",)),
        ("Fortalecer la institución nacional de derechos humanos de conformidad con los Principios de París", 4,
         ("NHRI",)),
    ),
    by_connectors=(", en particular mediante ", ", entre otras cosas mediante "),
    means=("la aprobación de una ley integral", "la asignación de recursos suficientes", "campañas de sensibilización",
           "la capacitación de jueces, fiscales y policías", "la investigación efectiva de todos los casos",
           "la participación de la sociedad civil"),
    and_connector=" y ",
    alignments=(", de conformidad con sus obligaciones internacionales", ", en consulta con la sociedad civil",
                ", con especial atención a las zonas rurales"),
    list_intro=", incluidas las siguientes medidas: ",
    list_separator="; ",
)

RUSSIAN = Phrasebook(
    language="ru",
    openings=(("Принять меры, с тем чтобы", 4), ("Активизировать усилия, с тем чтобы", 4), ("", 4),
              ("Продолжать усилия, с тем чтобы", 2), ("Рассмотреть возможность принятия мер, с тем чтобы", 3),
              ("Принять закон, с тем чтобы", 5), ("Запросить техническую помощь УВКПЧ, с тем чтобы", 1)),
    goals=(
        ("обеспечить независимость судебной системы", ("Justice",)),
        ("бороться с торговлей людьми, особенно женщинами и детьми", ("Trafficking",)),
        ("улучшить условия содержания под стражей", ("Detention",)),
        ("гарантировать свободу выражения мнений и свободу печати",
         ("Freedom of opinion and expression", "Freedom of the press")),
        ("защищать правозащитников и журналистов от преследований",
         ("Human rights defenders", "Freedom of the press")),
        ("предупреждать пытки и жестокое обращение в местах лишения свободы",
         ("Torture and other CID treatment", "Detention")),
        ("искоренить насилие в отношении женщин, включая бытовое насилие", ("Women's rights",)),
        ("обеспечить доступ к образованию для всех детей", ("Right to education", "Rights of the Child")),
        ("бороться с коррупцией на всех уровнях", ("Corruption",)),
        ("гарантировать свободу религии и убеждений", ("Freedom of religion and belief",)),
        ("защищать права коренных народов", ("Indigenous peoples",)),
        ("гарантировать свободу мирных собраний и ассоциаций", ("Freedom of association and peaceful assembly",)),
        ("обеспечить права лиц с инвалидностью", ("Disabilities",)),
        ("защищать права мигрантов и беженцев", ("Migrants", "Asylum-seekers - refugees")),
    ),
    ratifying=(("Ратифицировать", 5), ("Подписать и ратифицировать", 5),
               ("Рассмотреть вопрос о том, чтобы ратифицировать", 3)),
    instruments=(
        ("Факультативный протокол к Конвенции против пыток",
         ("Torture and other CID treatment", "International instruments")),
        ("второй Факультативный протокол к Международному пакту о гражданских и политических правах, "
         "направленный на отмену смертной казни", ("Death penalty", "International instruments")),
        ("Римский статут Международного уголовного суда", ("Impunity", "International instruments")),
        ("Международную конвенцию для защиты всех лиц от насильственных исчезновений",
         ("Enforced disappearances", "International instruments")),
        ("Конвенцию о правах инвалидов", ("Disabilities", "International instruments")),
    ),
    sentences=(
        ("Отменить смертную казнь", 5, ("Death penalty",)),
        ("Создать национальное правозащитное учреждение в соответствии с Парижскими принципами", 5, ("NHRI",)),
        ("Направить постоянное приглашение всем специальным процедурам", 5, ("Special procedures",)),
        ("Декриминализировать клевету", 5, ("Freedom of opinion and expression",)),
    ),
    by_connectors=(", в частности путем ", ", в том числе путем "),
    means=("принятия всеобъемлющего закона", "выделения достаточных ресурсов", "проведения информационных кампаний",
           "подготовки сотрудников правоохранительных органов", "эффективного расследования всех случаев"),
    and_connector=" и ",
    alignments=(", в соответствии со своими международными обязательствами",
                ", в консультации с гражданским обществом"),
    list_intro=", включая следующие меры: ",
    list_separator="; ",
)

# Share of recommendations written in each language (the rest in English).
OTHER_LANGUAGES = ((FRENCH, 0.04), (SPANISH, 0.035), (RUSSIAN, 0.025))


# --- Responses (addenda), milestones, notes ------------------------------------------------------

RESPONSE_TEXTS = {
    "supported": (
        "Supported.",
        "Supported. The Government has already taken steps in this direction.",
        "Accepted. The recommendation is being implemented through the National Human Rights Action Plan.",
        "Supported. A draft law is before Parliament.",
        "The Government supports this recommendation and will report on its implementation at mid-term.",
        "Supported. The relevant ministries have been instructed to prepare the necessary measures.",
    ),
    "supported_implemented": (
        "Supported and considered already implemented.",
        "Accepted; considered already implemented or in process of implementation.",
        "Supported. This recommendation has already been implemented: the law was adopted last year.",
    ),
    "noted": (
        "Noted.",
        "Noted. The matter falls within the competence of Parliament.",
        "Noted. The Government is not in a position to accept this recommendation at present.",
        "Noted. The death penalty remains part of the legal system and is applied only to the most serious crimes.",
        "The recommendation does not enjoy the support of the Government, as it is contrary to national legislation.",
    ),
    "partially_supported": (
        "Partially supported: the Government accepts the first part of the recommendation.",
        "Supported in part. The Government accepts the recommendation except for the reference to ratification.",
    ),
}

WG_REPORT_TEXTS = {
    "supported": "The recommendations formulated during the interactive dialogue have been examined and enjoy "
                 "the support of the State under review.",
    "noted": "The following recommendations did not enjoy the support of the State under review.",
    "pending": "The following recommendations will be examined by the State under review, which will provide "
               "responses in due time.",
}

REVIEW_REASONS = (
    "the position could not be read with certainty: \"supported in principle\"",
    "the response covers a range of labels whose end is unclear",
    "two responses in the addendum contradict each other",
)

MILESTONE_SUBJECTS = (
    ("domestic violence", ("Women's rights",)), ("trafficking in persons", ("Trafficking",)),
    ("the rights of persons with disabilities", ("Disabilities",)),
    ("freedom of information", ("Freedom of opinion and expression",)),
    ("the prevention of torture", ("Torture and other CID treatment",)),
    ("juvenile justice", ("Justice", "Rights of the Child")),
    ("refugees and asylum", ("Asylum-seekers - refugees",)), ("the rights of the child", ("Rights of the Child",)),
    ("non-governmental organizations", ("Civil society",)), ("the national human rights institution", ("NHRI",)),
    ("the death penalty", ("Death penalty",)), ("anti-corruption", ("Corruption",)),
    ("labour migration", ("Migrants", "Labour")), ("access to education", ("Right to education",)),
)

MILESTONE_TEMPLATES = {
    "law": ("Law on {subject} adopted", "Parliament adopted the law on {subject}; it enters into force six months "
            "after publication.", "Official Gazette No. {number}, {date}"),
    "policy": ("National policy on {subject} approved", "The Council of Ministers approved a policy on {subject}.",
               "Decision of the Council of Ministers No. {number}"),
    "plan": ("National Plan of Action on {subject} {year}–{end}", "The plan has {items} items, each with a lead "
             "ministry, indicators and a budget line.", "Government decree No. {number}, {date}"),
    "institution": ("Office dealing with {subject} established", "A new office with its own budget, reporting to "
                    "Parliament.", "Presidential decree No. {number}"),
    "ratification": ("Instrument of ratification deposited ({subject})", "Deposited with the Secretary-General.",
                     "UN Treaty Collection, {date}"),
    "moratorium": ("De facto moratorium on executions", "No execution carried out since {date}.",
                   "Statement of the Ministry of Justice"),
    "visit": ("Visit of the Special Rapporteur ({subject})", "Country visit; end-of-mission statement published.",
              "A/HRC/{number}/Add.2"),
    "court_decision": ("Constitutional Court ruling on {subject}", "The Court struck down provisions found "
                       "incompatible with the Constitution.", "Constitutional Court, case No. {number}/{year}"),
    "setback": ("Amendments restricting {subject} adopted", "Civil society organizations reported new "
                "restrictions.", "Joint NGO statement of {date}"),
    "other": ("Public consultation on {subject}", "Round table with ministries and NGOs.", "Minutes of the meeting"),
}

NOTE_AUTHORS = ("A. Mensah", "L. Petrova", "M. García", "J. Dubois", "S. Rahman", "K. Nguyen", "T. Okafor",
                "E. Johansson", "N. Haddad", "R. Fernandes")

NOTE_BODIES = (
    "Meeting with the Ministry of Justice: the draft law is with Parliament; second reading expected in spring.",
    "Monitoring visit to the central prison: overcrowding persists, about 180% of capacity.",
    "Coalition meeting agreed to include this recommendation in the mid-term report.",
    "The ministry's focal point promised written information on the budget allocated.",
    "Follow-up letter sent to the Office of the Ombudsperson; no answer yet.",
    "Réunion avec le ministère : le projet de décret est en cours de rédaction, consultation prévue à l'automne.",
    "Reunión con la defensoría del pueblo: se comprometió a publicar datos desagregados sobre la violencia.",
    "Встреча с представителями министерства: законопроект направлен в парламент.",
    "Training for district judges held with the bar association; 40 participants.",
    "Media reports of a new case; we are verifying with local partners.",
)

CONFIDENTIAL_NOTE_BODIES = (
    "Testimony of a detainee's relative (name withheld): beatings during the first days of police custody.",
    "Source in the ministry (do not cite) says the plan has no budget line this year.",
    "Interview with a journalist who was threatened after publishing on corruption; wants anonymity.",
    "Свидетельство правозащитника (имя не указывать): угрозы после публикации доклада.",
    "Témoignage d'une victime (anonyme) : plainte classée sans suite par le parquet.",
)

NOTE_TAGS = ("meeting", "monitoring", "testimony", "advocacy", "mid-term", "media")
