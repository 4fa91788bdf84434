"""The action category by UPR Info's rule of the first verb: the baseline the model is measured against.

1 minimal (share, seek), 2 continuing (continue, maintain), 3 considering (consider, review),
4 general (ensure, promote, strengthen), 5 specific (adopt, amend, ratify, abolish); "continue and
strengthen" is 4, and a general action followed by a specific example is 5.
"""

from __future__ import annotations

from upr_tracker.suggestions.text import EXAMPLE_CUES, leading_verb_index, normalise_text

VERB_CATEGORIES: dict[str, int] = {
    **dict.fromkeys(("share", "seek", "request", "exchange", "call", "invite", "welcome", "inform",
                     "report", "disseminate"), 1),
    **dict.fromkeys(("continue", "maintain", "pursue", "keep", "persist", "sustain", "carry", "persevere",
                     "remain", "uphold", "preserve", "go"), 2),
    **dict.fromkeys(("consider", "review", "study", "examine", "reconsider", "explore", "envisage",
                     "evaluate", "assess", "analyse", "analyze", "look", "reflect", "think", "contemplate",
                     "reexamine", "revisit"), 3),
    **dict.fromkeys(("ensure", "promote", "strengthen", "take", "intensify", "improve", "enhance", "step",
                     "increase", "guarantee", "protect", "combat", "fight", "eliminate", "address",
                     "respect", "implement", "make", "develop", "support", "encourage", "facilitate",
                     "raise", "reinforce", "prevent", "work", "cooperate", "redouble", "undertake",
                     "accelerate", "provide", "give", "allow", "expand", "extend", "pay", "put", "reduce",
                     "tackle", "fulfil", "fulfill", "bring", "harmonize", "harmonise", "engage", "involve",
                     "endeavour", "endeavor", "foster", "secure", "allocate", "comply", "set", "end", "halt",
                     "stop", "investigate", "prosecute", "punish", "train", "build", "pass", "conduct",
                     "submit", "align", "grant", "consolidate", "devote", "focus", "redress", "remove"), 4),
    **dict.fromkeys(("adopt", "amend", "ratify", "abolish", "sign", "accede", "enact", "repeal", "establish",
                     "create", "withdraw", "lift", "criminalize", "criminalise", "decriminalize",
                     "decriminalise", "introduce", "incorporate", "define", "prohibit", "ban", "issue", "release",
                     "revise", "finalize", "finalise", "declare", "join", "become", "legislate", "reform", "draft",
                     "approve", "publish", "accept", "recognize", "recognise", "include", "designate", "appoint",
                     "formulate", "elaborate", "launch", "institute", "commute", "invalidate", "annul", "close"), 5),
}
SPECIFIC_VERBS = frozenset(verb for verb, category in VERB_CATEGORIES.items() if category == 5)


def _base_forms(word: str) -> list[str]:
    """The word and the simple English forms it may come from (ratifying -> ratify, ensures -> ensure)."""
    forms = [word]
    if word.endswith("ying"):
        forms.append(word[:-4] + "y")
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
    return forms


def verb_category(word: str) -> int | None:
    """The category a verb (in any simple form) gives, or None if it is not one the rule knows."""
    for form in _base_forms(word):
        if form in VERB_CATEGORIES:
            return VERB_CATEGORIES[form]
    return None


def _is_specific(word: str) -> bool:
    return any(form in SPECIFIC_VERBS for form in _base_forms(word))


def rule_category(text: str) -> int | None:
    """UPR Info's action category by the first verb, or None when no known verb opens the text."""
    words = normalise_text(text).split()
    if not words:
        return None
    start = leading_verb_index(words)
    category = None
    at = start
    # A few words may stand before the verb ("The Government should ratify", "Kazakhstan consider").
    for at in range(start, min(start + 5, len(words))):
        category = verb_category(words[at])
        if category is not None:
            break
    if category is None:
        return None
    following = words[at + 1:at + 6]
    if category == 2:
        # "continue and strengthen", "maintain and enhance": a new general effort, 4.
        if "and" in following[:3]:
            after_and = following[following.index("and") + 1:following.index("and") + 3]
            if any(verb_category(w) in (4, 5) for w in after_and):
                return 4
        return 2
    if category == 4:
        padded = " ".join(words[at + 1:])
        for phrase in EXAMPLE_CUES:
            if f" {phrase} " in f" {padded} ":
                tail = f" {padded} ".split(f" {phrase} ", 1)[1].split()[:4]
                if any(_is_specific(w) for w in tail):
                    return 5
        if " by " in f" {padded} ":
            tail = f" {padded} ".split(" by ", 1)[1].split()[:2]
            if any(_is_specific(w) for w in tail):
                return 5
    return category
