"""The words of the domain as the app shows them: positions, implementation levels, whose account
an assessment gives, kinds of milestone and document, action categories, and the terms of the
shipped vocabularies. The domain keeps them in English (they are values, stored and exported as
such); this list marks them for Qt's lupdate so that each catalogue translates them, under the
context named here. Knows no Qt: `upr_tracker.i18n.display` turns them into the user's language."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


POSITION = "Position"
LEVEL = "ImplementationLevel"
ASSESSMENT_SOURCE = "AssessmentSource"
MILESTONE_KIND = "MilestoneKind"
DOCUMENT_KIND = "DocumentKind"
ACTION_CATEGORY = "ActionCategory"
# A shipped vocabulary's terms: the context is "Vocabulary:" and the vocabulary's name.
THEMES = "Vocabulary:themes"
SDGS = "Vocabulary:sdgs"
AFFECTED_PERSONS = "Vocabulary:affected_persons"
VOCABULARY_NAME = "VocabularyName"
VOCABULARY_SHORT_NAME = "VocabularyShortName"
REVIEW_DATE = "ReviewDate"
REGIONAL_GROUP = "RegionalGroup"
COMBINED_ASSESSMENT = "CombinedAssessment"
POSITION_WORDING = "PositionWording"

DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    POSITION: (
        QT_TRANSLATE_NOOP("Position", "Supported"),
        QT_TRANSLATE_NOOP("Position", "Noted"),
        QT_TRANSLATE_NOOP("Position", "Partially supported"),
        QT_TRANSLATE_NOOP("Position", "Pending"),
    ),
    LEVEL: (
        QT_TRANSLATE_NOOP("ImplementationLevel", "Not implemented"),
        QT_TRANSLATE_NOOP("ImplementationLevel", "Partially implemented"),
        QT_TRANSLATE_NOOP("ImplementationLevel", "Fully implemented"),
    ),
    ASSESSMENT_SOURCE: (
        QT_TRANSLATE_NOOP("AssessmentSource", "State"),
        QT_TRANSLATE_NOOP("AssessmentSource", "NGO"),
        QT_TRANSLATE_NOOP("AssessmentSource", "UN body"),
        QT_TRANSLATE_NOOP("AssessmentSource", "Other"),
    ),
    MILESTONE_KIND: (
        QT_TRANSLATE_NOOP("MilestoneKind", "Law"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Policy"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Plan"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Plan item"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Institution"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Ratification"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Moratorium"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Visit"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Court decision"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Setback"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Other"),
    ),
    DOCUMENT_KIND: (
        QT_TRANSLATE_NOOP("DocumentKind", "National report"),
        QT_TRANSLATE_NOOP("DocumentKind", "Compilation"),
        QT_TRANSLATE_NOOP("DocumentKind", "Stakeholder summary"),
        QT_TRANSLATE_NOOP("DocumentKind", "Working group report"),
        QT_TRANSLATE_NOOP("DocumentKind", "Addendum"),
        QT_TRANSLATE_NOOP("DocumentKind", "Database export"),
        QT_TRANSLATE_NOOP("DocumentKind", "Other"),
    ),
    ACTION_CATEGORY: (
        QT_TRANSLATE_NOOP("ActionCategory", "Minimal action"),
        QT_TRANSLATE_NOOP("ActionCategory", "Continuing action"),
        QT_TRANSLATE_NOOP("ActionCategory", "Considering action"),
        QT_TRANSLATE_NOOP("ActionCategory", "General action"),
        QT_TRANSLATE_NOOP("ActionCategory", "Specific action"),
    ),
    # The vocabularies' names: in full (a list of vocabularies, a heading beside the others) ...
    VOCABULARY_NAME: (
        QT_TRANSLATE_NOOP("VocabularyName", "Themes"),
        QT_TRANSLATE_NOOP("VocabularyName", "UPR Info issues"),
        QT_TRANSLATE_NOOP("VocabularyName", "Sustainable Development Goals"),
        QT_TRANSLATE_NOOP("VocabularyName", "Affected persons"),
        QT_TRANSLATE_NOOP("VocabularyName", "OHCHR themes"),
    ),
    # ... and before one of their terms ("SDG: 5 Gender equality").
    VOCABULARY_SHORT_NAME: (
        QT_TRANSLATE_NOOP("VocabularyShortName", "UPR Info"),
        QT_TRANSLATE_NOOP("VocabularyShortName", "OHCHR"),
        QT_TRANSLATE_NOOP("VocabularyShortName", "SDG"),
        QT_TRANSLATE_NOOP("VocabularyShortName", "Affected persons"),
    ),
    # The dates of a review's calendar (the dashboard's deadlines, the review's dates).
    REVIEW_DATE: (
        QT_TRANSLATE_NOOP("ReviewDate", "adoption at the Council"),
        QT_TRANSLATE_NOOP("ReviewDate", "mid-term report"),
        QT_TRANSLATE_NOOP("ReviewDate", "next review"),
    ),
    # The UN regional groups as the filters name them.
    REGIONAL_GROUP: (
        QT_TRANSLATE_NOOP("RegionalGroup", "Africa"),
        QT_TRANSLATE_NOOP("RegionalGroup", "Asia-Pacific"),
        QT_TRANSLATE_NOOP("RegionalGroup", "EEG"),
        QT_TRANSLATE_NOOP("RegionalGroup", "GRULAC"),
        QT_TRANSLATE_NOOP("RegionalGroup", "WEOG"),
    ),
    # A current position with the State's "considered already implemented".
    POSITION_WORDING: (
        QT_TRANSLATE_NOOP("PositionWording", "%1 (considered implemented)"),
    ),
    # How the sources' levels combine (UPR Info's scoring): "Fully implemented: mean 0.75 of 1 from
    # 2 sources (partially to fully; UPR Info scoring: …)". At most four sources (one of each kind).
    COMBINED_ASSESSMENT: (
        QT_TRANSLATE_NOOP("CombinedAssessment", "%1: %2"),  # the combined level, then its figure
        QT_TRANSLATE_NOOP("CombinedAssessment", "mean %1 of 1 from 1 source (%2)"),
        QT_TRANSLATE_NOOP("CombinedAssessment", "mean %1 of 1 from %2 sources (%3)"),
        QT_TRANSLATE_NOOP("CombinedAssessment", "mean %1 of 1 from %2 sources (%3 to %4; %5)"),
        QT_TRANSLATE_NOOP("CombinedAssessment", "not"),
        QT_TRANSLATE_NOOP("CombinedAssessment", "partially"),
        QT_TRANSLATE_NOOP("CombinedAssessment", "fully"),
        QT_TRANSLATE_NOOP("CombinedAssessment",
                          "UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not"),
    ),
    # The shipped vocabularies (resources/vocabularies.json): UPR Info's 54 issues, the 17 Goals by
    # the UN's short titles, OHCHR's groups of affected persons. A term a user adds or renames is
    # shown as typed.
    THEMES: (
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Asylum-seekers - refugees"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "CP rights - general"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Civil society"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Corruption"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Counter-terrorism"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Death penalty"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Detention"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Development"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Disabilities"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "ESC rights - general"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Elections"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Enforced disappearances"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Environment"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Extrajudicial executions"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Freedom of association and peaceful assembly"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Freedom of movement"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Freedom of opinion and expression"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Freedom of religion and belief"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Freedom of the press"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "General"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "HIV - Aids"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Human rights defenders"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Human rights education and training"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Human rights violations by state agents"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Impunity"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Indigenous peoples"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Internally displaced persons"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "International humanitarian law"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "International instruments"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Justice"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Labour"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Migrants"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Minorities"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "NHRI"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "National plan of action"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Other"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Poverty"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Public security"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Racial discrimination"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Right to education"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Right to food"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Right to health"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Right to housing"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Right to land"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Right to water"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Rights of the Child"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Sexual Orientation and Gender Identity"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Special procedures"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Technical assistance and cooperation"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Torture and other CID treatment"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Trafficking"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Treaty bodies"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "UPR process"),
        QT_TRANSLATE_NOOP("Vocabulary:themes", "Women's rights"),
    ),
    SDGS: (
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "No poverty"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Zero hunger"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Good health and well-being"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Quality education"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Gender equality"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Clean water and sanitation"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Affordable and clean energy"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Decent work and economic growth"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Industry, innovation and infrastructure"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Reduced inequalities"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Sustainable cities and communities"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Responsible consumption and production"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Climate action"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Life below water"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Life on land"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Peace, justice and strong institutions"),
        QT_TRANSLATE_NOOP("Vocabulary:sdgs", "Partnerships for the goals"),
    ),
    AFFECTED_PERSONS: (
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Children"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Children in street situations"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Civil society"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Disappeared persons"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Educational staff"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "General"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Girls"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Human rights defenders"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Indigenous peoples"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Internally displaced persons"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Judges, lawyers and prosecutors"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Law enforcement / police officials"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Lesbian, gay, bisexual, transgender and intersex persons"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Media"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Medical staff"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Members of marginalized and/or disadvantaged groups"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Mercenaries"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Migrants"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Military staff"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Minorities / racial, ethnic, linguistic, religious or descent-based groups"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Non-citizens"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Older persons"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Persons affected by armed conflict"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Persons deprived of their liberty"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Persons living in poverty"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Persons living in rural areas"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Persons living with HIV/AIDS"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Persons with disabilities"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Prison officials"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Private security"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Public officials"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Refugees & asylum-seekers"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Rural women"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Social workers"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Stateless persons"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Women & girls"),
        QT_TRANSLATE_NOOP("Vocabulary:affected_persons", "Youth"),
    ),
}
