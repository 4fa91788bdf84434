"""Which encoding the bytes of a text or CSV file are in, and how sure we are of it.

A byte order mark decides; so does valid UTF-8 with non-ASCII characters in it. Otherwise the file
is in one of the single-byte code pages, which no byte sequence proves: charset-normalizer measures
each candidate's reading (how messy, how much like a language), and a reading of our own checks
what a wrong code page betrays in words (a symbol inside a word, a capital after a small letter,
letters of no one alphabet, words of accented letters only). Old UPR Info exports are Mac Roman
with CR line ends; a Mac Roman reading of such a file is taken as likely even on little evidence.
"""

from __future__ import annotations

import codecs
import enum
import functools
import itertools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from upr_tracker.errors import InvalidValueError

log = logging.getLogger(__name__)


class Certainty(enum.StrEnum):
    CERTAIN = "certain"      # a byte order mark, or valid UTF-8 with non-ASCII text
    LIKELY = "likely"        # one reading clearly better than every other, on enough evidence
    UNCERTAIN = "uncertain"  # little evidence, or another reading nearly as good: the user should look


# Code pages a user may choose, in the order the window lists them.
ENCODING_TITLES: dict[str, str] = {
    "utf-8": "UTF-8",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1256": "Windows-1256 (Arabic)",
    "iso8859-1": "ISO-8859-1 (Latin-1)",
    "iso8859-2": "ISO-8859-2 (Central European)",
    "iso8859-5": "ISO-8859-5 (Cyrillic)",
    "iso8859-6": "ISO-8859-6 (Arabic)",
    "koi8-r": "KOI8-R (Russian)",
    "mac-roman": "Mac Roman (old Mac files)",
    "utf-16": "UTF-16",
}
_OTHER_TITLES = {
    "ascii": "ASCII", "utf-8-sig": "UTF-8 (with byte order mark)", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32", "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE", "cp1257": "Windows-1257 (Baltic)",
    "iso8859-7": "ISO-8859-7 (Greek)", "iso8859-15": "ISO-8859-15 (Latin-9)", "koi8-u": "KOI8-U (Ukrainian)",
}

# The single-byte code pages detection chooses among; on equal readings the first wins (the
# most used first). Latin-1 is left out: Windows-1252 reads the same letters.
_SINGLE_BYTE = ("cp1252", "mac-roman", "cp1250", "cp1251", "cp1256", "iso8859-2", "iso8859-5", "koi8-r",
                "koi8-u", "cp1253", "cp1254", "cp1257", "iso8859-6", "iso8859-7", "iso8859-15")

# Evidence: fewer non-ASCII bytes than this is a short text (a name or two): a guess.
MIN_EVIDENCE = 12
# A reading whose score is within this of the best one is an alternative the user should see;
# within the looser margin, it is named when the guess is uncertain for want of evidence.
_CLOSE = 0.15
_LOOSE = 0.6
_MAX_ALTERNATIVES = 3
_SAMPLE_BYTES = 12 * 1024
_MAX_STRAY_LINES = 200


def encoding_title(codec: str) -> str:
    """How an encoding reads on screen ("Windows-1251 (Cyrillic)")."""
    return ENCODING_TITLES.get(codec) or _OTHER_TITLES.get(codec) or codec.upper()


@dataclass(frozen=True)
class EncodingUsed:
    """The encoding a file was read in, how it was decided, and the readings nearly as good."""

    codec: str                                   # a Python codec name, normalised ("cp1251", "utf-8")
    certainty: Certainty
    alternatives: tuple[str, ...] = ()           # other codecs worth trying, best first
    given: bool = False                          # the user named it
    # A line of the file as read, where it has letters beyond ASCII: for a person to judge a guess.
    sample: str = field(default="", compare=False)

    @property
    def title(self) -> str:
        return encoding_title(self.codec)

    @property
    def uncertain(self) -> bool:
        return not self.given and self.certainty is Certainty.UNCERTAIN

    def how(self) -> str:
        """How the encoding was chosen, in a word: "given", "certain", "detected" or "guessed"."""
        if self.given:
            return "given"
        return {Certainty.CERTAIN: "certain", Certainty.LIKELY: "detected"}.get(self.certainty, "guessed")

    def describe(self) -> str:
        """One line for a report: what was used, how sure, and what to do if the text looks wrong."""
        if self.given:
            return f"read as {self.title}, as given"
        if self.certainty is Certainty.CERTAIN:
            return f"read as {self.title}, certain"
        text = f"read as {self.title}, {self.how()}"
        if self.certainty is Certainty.UNCERTAIN and self.alternatives:
            text += ": it may be " + " or ".join(encoding_title(codec) for codec in self.alternatives)
        elif self.certainty is Certainty.UNCERTAIN:
            text += " from too few accented letters to tell"
        return text + "; if the text looks wrong, give --encoding"

    def as_json(self) -> dict[str, object]:
        return {"name": self.codec, "title": self.title, "certainty": "given" if self.given else self.certainty.value,
                "alternatives": list(self.alternatives)}


def known_encoding(name: str) -> str:
    """The normalised codec name of an encoding a user named ("Windows-1251", "koi8_r", "latin1").

    Raises InvalidValueError, listing the usual ones, for a name that is no text encoding.
    """
    try:
        info = codecs.lookup(name.strip())
    except LookupError:
        info = None
    if info is None or not info._is_text_encoding:   # rot13, base64… are codecs but not encodings of text
        usual = ", ".join(_user_name(codec) for codec in ENCODING_TITLES)
        raise InvalidValueError(f"unknown encoding {name.strip()!r}; give one of {usual} (or another name "
                                f"Python knows)")
    return info.name


def _user_name(codec: str) -> str:
    return {"cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252",
            "cp1253": "windows-1253", "cp1254": "windows-1254", "cp1256": "windows-1256",
            "iso8859-1": "iso-8859-1", "iso8859-2": "iso-8859-2", "iso8859-5": "iso-8859-5",
            "iso8859-6": "iso-8859-6"}.get(codec, codec)


# --------------------------------------------------------------------------------------------
# Deciding


_BYTE_ORDER_MARKS = (   # UTF-32 LE first: its mark begins with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def detected_encoding(data: bytes, source: str = "") -> EncodingUsed:
    """detect_encoding, logged when it is not certain: which encoding was chosen and how sure."""
    used = detect_encoding(data)
    if used.certainty is not Certainty.CERTAIN:
        alternatives = ", ".join(encoding_title(codec) for codec in used.alternatives) or "none"
        log.log(logging.WARNING if used.uncertain else logging.INFO, "%s: encoding %s, %s (other readings: %s)",
                source or "a text", used.title, used.how(), alternatives)
    return used


def detect_encoding(data: bytes) -> EncodingUsed:
    """The encoding of the bytes of a text file, decided on samples (fast on large files)."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return EncodingUsed(codec, Certainty.CERTAIN)
    utf16 = _utf16_without_mark(data)
    if utf16:
        return EncodingUsed(utf16, Certainty.LIKELY)
    if not _NON_ASCII.search(data):
        return EncodingUsed("utf-8", Certainty.CERTAIN)   # ASCII reads the same in every candidate
    if _is_utf8(data):
        return EncodingUsed("utf-8", Certainty.CERTAIN)
    if _looks_binary(data[:_SAMPLE_BYTES]):
        return EncodingUsed("cp1252", Certainty.UNCERTAIN)   # not text: the reader refuses it
    if _mostly_utf8(data):
        # UTF-8 with a few stray bytes (lines pasted from a file in another encoding): read as
        # UTF-8, the stray bytes shown as "�", said to be a guess, the stray lines' own encoding offered.
        stray_lines = list(itertools.islice((line for line in _lines_with_non_ascii(data) if not _is_utf8(line)),
                                            _MAX_STRAY_LINES))
        stray_encoding = _single_byte_encoding(b"\n".join(stray_lines)).codec
        return EncodingUsed("utf-8", Certainty.UNCERTAIN, (stray_encoding,),
                            sample=_sample_line(stray_lines[0], "utf-8") if stray_lines else "")
    return _single_byte_encoding(data)


# A character of two to four bytes as UTF-8 writes it.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """Many UTF-8 characters and few bytes outside them: single-byte text seldom forms the sequences."""
    sequences = _UTF8_SEQUENCE.findall(data)
    in_sequences = sum(len(sequence) for sequence in sequences)
    stray = len(_NON_ASCII.findall(data)) - in_sequences
    return len(sequences) >= MIN_EVIDENCE and stray * 5 <= len(sequences)


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(head: bytes) -> bool:
    """Control bytes (other than whitespace) make up a share of random data that text never has."""
    return len(_CONTROL_BYTES.findall(head)) > 0.05 * len(head)


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 text in a Latin script has a NUL in every other byte: on odd offsets for LE."""
    if len(data) < 8:   # too short to tell from stray NULs
        return None
    head = data[:_SAMPLE_BYTES]
    even_nuls = head[0::2].count(0) / (len(head) / 2)
    odd_nuls = head[1::2].count(0) / (len(head) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    """Valid UTF-8, allowing a character cut off at the very end (a file copied in part)."""
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        cut_at = error.start if error.reason == "unexpected end of data" and error.start >= len(data) - 3 else None
    if not cut_at:
        return False
    try:
        data[:cut_at].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return bool(_NON_ASCII.search(data[:cut_at]))


def _single_byte_encoding(data: bytes) -> EncodingUsed:
    sample = _evidence(data)
    evidence = len(_NON_ASCII.findall(sample))
    readings = _readings(sample)
    best, *others = readings
    alternatives = tuple(r.codec for r in others if _close(best, r))[:_MAX_ALTERNATIVES]
    shown = _sample_line(sample, best.codec)
    if best.codec == "mac-roman" and _cr_line_ends(data) and best.oddities == 0 and not alternatives:
        # Old Mac files, as UPR Info exported them: a Mac Roman reading without oddities is right
        # even when the file has only a handful of accents.
        return EncodingUsed(best.codec, Certainty.LIKELY, alternatives, sample=shown)
    certain_enough = evidence >= MIN_EVIDENCE and not alternatives and best.oddity_rate < 0.05
    certainty = Certainty.LIKELY if certain_enough else Certainty.UNCERTAIN
    if certainty is Certainty.UNCERTAIN and not alternatives:
        alternatives = tuple(r.codec for r in others if r.score - best.score < _LOOSE)[:1]
    return EncodingUsed(best.codec, certainty, alternatives, sample=shown)


_SAMPLE_CHARACTERS = 100


def _sample_line(sample: bytes, codec: str) -> str:
    """The first line of the evidence as read, cut around its first letter beyond ASCII."""
    line = sample.split(b"\n", 1)[0].split(b"\r", 1)[0].decode(codec, errors="replace").strip()
    first = next((index for index, char in enumerate(line) if char >= "\x80"), 0)
    start = max(0, first - _SAMPLE_CHARACTERS // 3)
    cut = line[start:start + _SAMPLE_CHARACTERS]
    return ("…" if start else "") + cut + ("…" if start + _SAMPLE_CHARACTERS < len(line) else "")


def _close(best: _Reading, other: _Reading) -> bool:
    """Whether another reading is nearly as good: scores near, and hardly more oddities (none more
    when the best reading has none: one misplaced letter is what a wrong code page shows)."""
    allowed = 1 if best.oddities == 0 else 3
    return other.score - best.score < _CLOSE and other.oddities - best.oddities < allowed


def _evidence(data: bytes) -> bytes:
    """The lines that hold a byte above 127, joined, up to a size that is quick to judge."""
    pieces = []
    size = 0
    for line in _lines_with_non_ascii(data):
        pieces.append(line[:_SAMPLE_BYTES - size])
        size += len(pieces[-1]) + 1
        if size >= _SAMPLE_BYTES:
            break
    return b"\n".join(pieces)


def _lines_with_non_ascii(data: bytes) -> Iterator[bytes]:
    """Each line that holds a byte above 127, once (lines end in LF, or CR in old Mac files)."""
    end_of_line = b"\n" if b"\n" in data else b"\r"
    match = _NON_ASCII.search(data)
    while match:
        start = data.rfind(end_of_line, 0, match.start()) + 1
        end = data.find(end_of_line, match.start())
        end = len(data) if end < 0 else end
        yield data[start:end]
        match = _NON_ASCII.search(data, end)


def _cr_line_ends(data: bytes) -> bool:
    return b"\r" in data and b"\n" not in data


@dataclass(frozen=True)
class _Reading:
    codec: str
    score: float          # lower is better
    oddities: int         # what betrays a wrong code page, counted in the sample's words
    evidence: int         # the non-ASCII characters of the sample

    @property
    def oddity_rate(self) -> float:
        return self.oddities / max(self.evidence, 1)


def _readings(sample: bytes) -> list[_Reading]:
    """Every candidate that decodes the sample, one per distinct text, best first."""
    texts: dict[str, str] = {}
    for codec in _SINGLE_BYTE:
        try:
            texts.setdefault(sample.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    measured = _library_measures(sample, list(texts.values()))
    readings = []
    for rank, (text, codec) in enumerate(texts.items()):
        oddities, evidence = _oddities(text)
        chaos, coherence = measured.get(codec, (1.0, 0.0))
        rate = oddities / max(evidence, 1)
        # The rank breaks near ties toward the most used code pages.
        readings.append(_Reading(codec, rate + chaos - 0.3 * coherence + 0.001 * rank, oddities, evidence))
    if not readings:   # no candidate decodes every byte (cannot happen: koi8-r defines all 256)
        return [_Reading("cp1252", 1.0, 1, 1)]
    return sorted(readings, key=lambda reading: reading.score)


def _library_measures(sample: bytes, codecs_: list[str]) -> dict[str, tuple[float, float]]:
    """charset-normalizer's mess ratio (chaos) and language coherence of each candidate reading."""
    from charset_normalizer import from_bytes

    names = {codecs.lookup(codec).name.replace("-", "_"): codec for codec in codecs_}
    measured: dict[str, tuple[float, float]] = {}
    for match in from_bytes(sample, cp_isolation=list(names), threshold=1.0, enable_fallback=False):
        for name in match.could_be_from_charset:
            codec = names.get(codecs.lookup(name).name.replace("-", "_"))
            if codec is not None:
                measured.setdefault(codec, (match.chaos, match.coherence))
    return measured


# --------------------------------------------------------------------------------------------
# What a wrong code page betrays in words


_TYPOGRAPHIC = frozenset("’‘“”–—…•«»€£§°")
_IN_WORD_MARKS = frozenset("’‘·")   # Côte d’Ivoire; the Catalan middle dot
_IMPROBABLE = frozenset("‡†¸ˆ˜¨¯˘˙˚˛ˇ¬ƒ√≈∆◊ﬁﬂ‰‹›¤¦¥µ¶ÞþŸ±¹²³¼½¾ªº¢©®")
# The letters beyond ASCII of the languages these code pages serve: a right reading uses one
# alphabet, a wrong one mixes letters that no one language has together.
_ALPHABETS = tuple(frozenset(letters) for letters in (
    "àâæçéèêëîïôœùûüÿ", "áéíóúüñ", "áâãàçéêíóôõú", "àèéìíîòóùú", "äöüß", "éèëïöüáó", "æøåé", "åäöé",
    "áðéíóúýþæö", "àçéèíïòóúü", "çğıöşüâî", "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "ąćęłńóśźż",
    "áéíóöőúüű", "ăâîșşțţ", "čćđšž", "çë", "ąčęėįšųūž", "āčēģīķļņšūž", "äöõüšž",
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "абвгдеёжзійклмнопрстуўфхцчшыьэюя", "абвгдђежзијклљмнњопрстћуфхцчџш", "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ", "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأؤئة",
))
# A word: what lies between spaces and the delimiters of CSV cells. (A pattern asking for a
# non-ASCII character inside would backtrack over every long ASCII run: quadratic time.)
_WORD = re.compile(r'[^\s,;"|()]+')


def _oddities(text: str) -> tuple[int, int]:
    """(how many oddities the reading has, how many non-ASCII characters it has)."""
    oddities = 0
    evidence = 0
    letters: Counter[str] = Counter()
    words = Counter(word for word in _WORD.findall(text) if not word.isascii())
    for word, count in words.items():
        word_oddities, word_evidence, word_letters = _word_oddities(word)
        oddities += count * word_oddities
        evidence += count * word_evidence
        for letter in word_letters:
            letters[letter] += count
    oddities += _isolated_letters(text)
    if letters:
        covered = max(sum(count for letter, count in letters.items() if letter in alphabet) for alphabet in _ALPHABETS)
        oddities += sum(letters.values()) - covered
    return oddities, evidence


def _word_oddities(word: str) -> tuple[int, int, list[str]]:
    """(oddities, non-ASCII characters, the non-ASCII letters that are not odd, small) of a word."""
    oddities = _word_shape_oddities(word)
    evidence = 0
    letters = []
    previous = " "
    for index, char in enumerate(word):
        if char >= "\x80":
            evidence += 1
            following = word[index + 1] if index + 1 < len(word) else " "
            odd = _character_oddity(char, previous, following)
            oddities += odd
            if not odd and char.isalpha():
                letters.append(char.lower())
        previous = char
    return oddities, evidence, letters


_ONE_LETTER_WORDS = frozenset("àéèòóá")   # "vis-à-vis", "à la", Portuguese "é", Italian "è"…


def _isolated_letters(text: str) -> int:
    """A lone letter between English words that is no word of a Latin language is a dash or a
    quote read in the wrong code page ("Kazakhstan – Ensure" in Mac Roman read as Windows-1252 is
    "Kazakhstan Ð Ensure", as ISO-8859-5 "Kazakhstan а Ensure"; in Windows-1252 read as Mac Roman,
    "Kazakhstan ñ Ensure")."""
    tokens = text.split()
    oddities = 0
    for index, token in enumerate(tokens):
        if len(token) == 1 and token >= "\x80" and token.isalpha() and token not in _ONE_LETTER_WORDS:
            neighbours = tokens[max(index - 1, 0):index] + tokens[index + 1:index + 2]
            if neighbours and all(word.isascii() and any(char.isalpha() for char in word) for word in neighbours):
                oddities += 2
    return oddities


def _character_oddity(char: str, previous: str, following: str) -> int:
    inside = previous.isalpha() and following.isalpha()
    if unicodedata.category(char) in ("Cc", "Co", "Cn"):
        return 3
    if char in _TYPOGRAPHIC:
        return 3 if inside and char not in _IN_WORD_MARKS else 0
    if char in _IMPROBABLE:
        return 3 if inside else 2
    if not char.isalpha():
        return 3 if inside else 0
    if char.isupper() and previous.islower():
        return 3   # "KazakhstanÕs", "prÈsident": a capital inside a word
    return 0


def _word_shape_oddities(word: str) -> int:
    letters = [char for char in word if char.isalpha()]
    scripts = {_script(char) for char in letters}
    odd = 2 if len(scripts) > 1 else 0   # Latin and Cyrillic in one word
    accented = sum(1 for char in letters if char >= "\x80" and _script(char) == "LATIN")
    if len(letters) >= 4 and accented * 2 > len(letters):
        odd += 2   # "Ðàòèôèöèðîâàòü": Cyrillic read as Windows-1252
    return odd


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    if char < "\x80":
        return "LATIN"
    return unicodedata.name(char, "?").split(" ", 1)[0]
