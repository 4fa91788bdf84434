"""Groups of recommendation labels as States write them, expanded to one label each.

Addenda name the recommendations they answer in many ways: `5, 6`; `11 13 20 21`; `1–5, 14–16`;
`150 – 152`; `122.17-18` (122.17 and 122.18); `122.14– 15`; `140.35. 140.36`; `Rec. 18`;
`Recommendations 18 and 19`; `paras. 95.1-95.3`; and "see recommendation 24" (same answer as 24).

Labels come back as written, only expanded: bare numbers stay bare ("5"), full labels stay full
("97.5"); mapping bare numbers to a paragraph of the review is the addendum parser's business.

Two guards keep ordinary numbers out: a label has at most three digits a part (so the years of
"2009–2012" are never labels), and a range may not span more than `MAX_RANGE_SPAN` numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The longest list a review has produced is 428 recommendations (China, 2024); a written range
# longer than this is a misreading ("5–500"), not a group of labels.
MAX_RANGE_SPAN = 300

# 5 or 97.5; never part of a longer number (2009, 1.2345), so years are not labels.
_LABEL = r"(?<![\d.])\d{1,3}(?:\.\d{1,3})?(?!\d)(?!\.\d)"

# The words that introduce labels. "para(graph)" also introduces paragraphs of the report
# ("paragraph 97"), so after it only full labels count (see _needs_full_labels).
KEYWORD_PATTERN = (r"(?:recommendations?|recs?\.|recs?|nos?\.|paras?\.|paragraphs?"
                   # French, Spanish, Russian: "recommandations 18 et 19", "recomendación 7", "рекомендации 5–7"
                   r"|recommandations?|recomendaci(?:ón|on|ones)|рекомендаци[яиюй]|paragraphes?|párrafos?|пункт[аы]?)")

_RANGE_DASH = r"\s*(?:[-‐‑–—]|\b(?:to|à|a)\b)\s*"   # hyphen, en dash, em dash, "to", "à", "a"
# "5, 6", "5 and 6", "140.35. 140.36", "11 13", and "5., 6., 7." (numbered cells run together).
_LIST_SEPARATOR = r"(?:\.?\s*[,;&]\s*(?:(?:and|et|y|e|и)\s+)?|\.?\s+(?:and|et|y|e|и)\s+|\.\s+|\s+)"

# One label or range, and a whole list of them (usable inside other patterns).
_ITEM = rf"(?P<first>{_LABEL})(?:{_RANGE_DASH}(?P<last>{_LABEL}))?"
_ITEM_RE = re.compile(_ITEM, re.IGNORECASE)
LIST_PATTERN = rf"{_LABEL}(?:{_RANGE_DASH}{_LABEL})?(?:{_LIST_SEPARATOR}{_LABEL}(?:{_RANGE_DASH}{_LABEL})?)*"

# The whole of a table cell or margin: an optional keyword, the list, closing punctuation.
_WHOLE_LIST = re.compile(
    rf"""
    ^\s*
    (?:(?P<keyword>{KEYWORD_PATTERN})\s*:?\s*)?
    (?P<list>{LIST_PATTERN})
    \s*[.,:;]{{0,2}}\s*$          # "12.", "8.," (a group that goes on below)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Labels named inside prose, after a keyword: "recommendations 97.1, 97.5 and 97.6 are accepted".
_MENTION = re.compile(
    rf"""
    (?<![\w.])
    (?P<keyword>{KEYWORD_PATTERN})
    \s*
    (?P<list>{LIST_PATTERN})
    """,
    re.IGNORECASE | re.VERBOSE,
)

# What makes a mention a cross-reference: "see recommendation 24", "same response as for 24",
# "refer to the reply to recommendations 3 and 4", "as in recommendation 7".
_CROSS_REFERENCE_LEAD = re.compile(
    r"""
    (?: \bsee (?:\s+above|\s+below)?
      | \b(?:voir|véase|ver|см\.|смотри)(?:\s+(?:la|las?|el|les)\s+)?(?:\s*(?:réponse|respuesta)\s+(?:à|a)\s+(?:la|las)\s+)?
      | \bmême\s+réponse\s+que(?:\s+pour)? | \bmisma\s+respuesta\s+que(?:\s+para)?
      | \bcf\.?
      | \brefer(?:s|red)?\s+to
      | \bsame\s+(?:response|reply|answer|position|comment)s?\s+as(?:\s+(?:for|to|in))?
      | \bas\s+(?:stated|explained|indicated|set\s+out)\s+(?:in|under|for)
      | \bas\s+(?:in|with)
      | \bidem
    )
    (?:\s+(?:the\s+)?(?:response|reply|answer|comment|position)s?\s+(?:to|on|under|for))?
    \s*(?:the\s+)?$
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A bare cross-reference with no keyword, as a whole cell: "See 24", "Same as 24 above."
_BARE_CROSS_REFERENCE = re.compile(
    rf"""
    ^\s*(?:see|same\s+as(?:\s+for)?|voir|véase|ver|см\.)\s+(?P<list>{LIST_PATTERN})\s*(?:above|below)?\s*\.?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")  # 3,776 is a count, not labels 3 and 776

# "No." numbers many things besides recommendations: ILO conventions ("Convention No. 169",
# "(No. 174)"), laws and decrees ("Law No. 12"), resolutions. In prose it names a recommendation
# only after the word itself ("recommendations Nos. 7 and 8") or at the start of a line or cell.
_NUMBER_SIGN = re.compile(r"(?i)^nos?\.$")
_RECOMMENDATION_BEFORE = re.compile(r"(?i)\b(?:recommendations?|recs?\.?|recommandations?|recomendaci(?:ón|ones)"
                                    r"|рекомендаци[яиюй])\s*$")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_LIST_GOES_ON = re.compile(r"\s*(?:[,;&]\s*)?(?:(?:and|or|et|ou|y|o|и|или)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class LabelMention:
    """Labels named in a text, where, and whether they only point to another answer."""

    labels: tuple[str, ...]   # expanded, as written: ("122.17", "122.18")
    written: str              # the words as they stand: "Recommendations 122.17-18"
    start: int                # offsets in the searched text
    end: int
    cross_reference: bool = False  # "see recommendation 24": same answer as 24


def parse_label_list(text: str) -> tuple[str, ...] | None:
    """Read a text that is nothing but labels (a table cell, a number in the margin).

    Returns the labels expanded ("1–3, 7" → ("1", "2", "3", "7")), or None when the text is not
    a plausible list of labels: words, a year, a count like 3,776, or an absurd range.
    """
    if _THOUSANDS.search(text):
        return None
    match = _WHOLE_LIST.match(text)
    if not match:
        return None
    labels = expand_list(match.group("list"))
    if labels is None:
        return None
    if _needs_full_labels(match.group("keyword")) and not all("." in label for label in labels):
        return None
    return labels


def find_label_mentions(text: str) -> list[LabelMention]:
    """Labels named in prose after a keyword: "Recommendations 18 and 19 are accepted",
    "paras. 95.1-95.3", "see recommendation 24" (marked as a cross-reference).

    Numbers with no keyword before them ("a term of from 5 to 15 years", "since 2003") are not
    labels and are not returned.
    """
    mentions: list[LabelMention] = []
    for match in _MENTION.finditer(text):
        if _THOUSANDS.search(match.group("list")):
            continue
        labels = expand_list(match.group("list"))
        if labels is None:
            continue
        if _needs_full_labels(match.group("keyword")) and not all("." in label for label in labels):
            continue  # "paragraph 97 of the report" names a paragraph, not a recommendation
        if (_NUMBER_SIGN.match(match.group("keyword")) and not _numbers_recommendations(text, match.start())
                and not (mentions and _LIST_GOES_ON.match(text, mentions[-1].end, match.start()))):
            continue  # "Convention No. 169"; but "recommendations No. 5, No. 6 and No. 9" go on
        lead = text[max(0, match.start() - 60):match.start()]
        mentions.append(
            LabelMention(
                labels=labels,
                written=match.group(0),
                start=match.start(),
                end=match.end(),
                cross_reference=bool(_CROSS_REFERENCE_LEAD.search(lead)),
            )
        )
    return mentions


def _numbers_recommendations(text: str, start: int) -> bool:
    """Does the "No." at `start` number recommendations (see _NUMBER_SIGN)?"""
    before = text[max(0, start - 40):start]
    return bool(_RECOMMENDATION_BEFORE.search(before) or _LINE_START_BEFORE.search(before))


def cross_reference_target(text: str) -> tuple[str, ...] | None:
    """The labels a response only points to ("See recommendation 24." → ("24",)), when the
    whole text is such a pointer; None when the text says anything more."""
    bare = _BARE_CROSS_REFERENCE.match(text)
    if bare:
        return expand_list(bare.group("list"))
    mentions = find_label_mentions(text)
    if len(mentions) != 1 or not mentions[0].cross_reference:
        return None
    mention = mentions[0]
    before = text[:mention.start]
    after = text[mention.end:]
    # Nothing of substance around the pointer: "See recommendation 24 above."
    if len(re.findall(r"[A-Za-z]{3,}", before)) > 6 or re.search(r"[A-Za-z]{3,}", after.replace("above", "").replace("below", "")):
        return None
    return mention.labels


def expand_list(written: str) -> tuple[str, ...] | None:
    """Expand the list part ("1–5, 14–16", "122.17-18", "140.35. 140.36", "11 13 20").

    A bare number after a full label belongs to the same paragraph ("97.1, 2" → 97.1, 97.2).
    None when a range is absurd or runs across paragraphs.
    """
    labels: list[str] = []
    paragraph: str | None = None
    for item in _ITEM_RE.finditer(written):
        first = _with_paragraph(item.group("first"), paragraph)
        if "." in first:
            paragraph = first.split(".")[0]
        last = item.group("last")
        if last is None:
            labels.append(first)
            continue
        expanded = expand_range(first, last)
        if expanded is None:
            return None
        labels.extend(expanded)
    return tuple(dict.fromkeys(labels)) or None


def expand_range(first: str, last: str) -> list[str] | None:
    """`5`–`8`, `95.1`–`95.3`, `122.17`–`18` (the end abbreviated); None when the range is
    backwards, longer than MAX_RANGE_SPAN, or runs from one paragraph into another."""
    paragraph, start = _split_label(first)
    last_paragraph, end = _split_label(last)
    if last_paragraph is not None and last_paragraph != paragraph:
        return None
    if end <= start or end - start > MAX_RANGE_SPAN:
        return None
    prefix = f"{paragraph}." if paragraph is not None else ""
    return [f"{prefix}{number}" for number in range(start, end + 1)]


def _split_label(label: str) -> tuple[str | None, int]:
    if "." in label:
        paragraph, number = label.split(".", 1)
        return paragraph, int(number)
    return None, int(label)


def _with_paragraph(label: str, paragraph: str | None) -> str:
    return label if "." in label or paragraph is None else f"{paragraph}.{label}"


def _needs_full_labels(keyword: str | None) -> bool:
    return keyword is not None and keyword.lower().startswith(("para", "pár", "пункт"))
