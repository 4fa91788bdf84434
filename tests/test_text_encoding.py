"""Which encoding a text or CSV file is in: the committed files of tests/fixtures/encodings/ (French,
Spanish, Czech, Polish, Hungarian, Russian, Ukrainian and Arabic recommendations in the code pages
they come in), generated texts, short texts that must be called a guess, and forced encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.encoding_samples import (
    ENCODINGS,
    FIXTURES,
    STATE_UNDER_REVIEW,
    fixture_name,
    plain_text,
    recommendations,
)
from tests.sample_paths import UPRINFO_CSV
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.tables import decode_table_bytes, read_table
from upr_tracker.parsing.text_encoding import (
    ENCODING_TITLES,
    MIN_EVIDENCE,
    Certainty,
    EncodingUsed,
    detect_encoding,
    encoding_title,
    known_encoding,
)
from upr_tracker.parsing.text_input import (
    decode_as,
    decode_bytes,
    decode_text,
    read_document,
)

FIXTURE_CASES = [(language, encoding) for language, encodings in ENCODINGS.items() for encoding in encodings]


def same_text(data: bytes, encoding: str, codec: str) -> bool:
    """Whether reading the bytes in `codec` gives the text written in `encoding`."""
    return decode_as(data, codec) == decode_as(data, encoding)


# --------------------------------------------------------------------------------------------
# The committed files


def test_every_language_and_encoding_has_its_files() -> None:
    names = {path.name for path in FIXTURES.iterdir()}
    for language, encoding in FIXTURE_CASES:
        assert fixture_name(language, encoding, ".txt") in names
        assert fixture_name(language, encoding, ".csv") in names


@pytest.mark.parametrize("language, encoding", FIXTURE_CASES)
def test_a_text_file_is_read_in_its_encoding(language: str, encoding: str) -> None:
    path = FIXTURES / fixture_name(language, encoding, ".txt")
    read = read_document(path)
    assert read.text == plain_text(language, encoding)
    assert read.encoding is not None
    assert read.encoding.certainty in (Certainty.CERTAIN, Certainty.LIKELY), read.encoding
    assert same_text(path.read_bytes(), encoding, read.encoding.codec)


@pytest.mark.parametrize("language, encoding", FIXTURE_CASES)
def test_a_uprinfo_csv_is_read_in_its_encoding(language: str, encoding: str) -> None:
    table = read_table(FIXTURES / fixture_name(language, encoding, ".csv"))
    rows = [row for _line, row in table.rows()]
    assert [(row["Text"], row["From"]) for row in rows] == recommendations(language, encoding)
    assert {row["To"] for row in rows} == {STATE_UNDER_REVIEW[language]}
    assert table.encoding is not None and not table.encoding.uncertain, table.encoding


@pytest.mark.parametrize("encoding, codec", [
    ("cp1251", "cp1251"), ("koi8-r", "koi8-r"), ("iso8859-5", "iso8859-5"), ("cp1250", "cp1250"),
    ("iso8859-2", "iso8859-2"), ("cp1256", "cp1256"), ("iso8859-6", "iso8859-6"), ("mac_roman", "mac-roman"),
    ("utf-16", "utf-16"),
])
def test_the_detected_code_page_is_named(encoding: str, codec: str) -> None:
    language = next(lang for lang, encodings in ENCODINGS.items() if encoding in encodings)
    used = detect_encoding((FIXTURES / fixture_name(language, encoding, ".txt")).read_bytes())
    assert used.codec == codec


def test_the_sample_upr_info_export_is_still_mac_roman() -> None:
    data = UPRINFO_CSV.read_bytes()
    used = detect_encoding(data)
    assert used == EncodingUsed("mac-roman", Certainty.LIKELY)
    decoded = decode_table_bytes(data, source=UPRINFO_CSV.name)
    assert decoded.encoding == used
    assert decoded.text == data.decode("mac_roman").replace("\r", "\n")


# --------------------------------------------------------------------------------------------
# How sure


@pytest.mark.parametrize("mark, encoding", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_a_byte_order_mark_is_certain(mark: bytes, encoding: str) -> None:
    text = plain_text("ru", "utf-16")
    decoded = decode_bytes(mark + text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding is not None and decoded.encoding.certainty is Certainty.CERTAIN


def test_utf8_with_non_ascii_text_is_certain() -> None:
    for language in ENCODINGS:
        used = detect_encoding(plain_text(language, "utf-8").encode("utf-8"))
        assert used == EncodingUsed("utf-8", Certainty.CERTAIN)


def test_utf8_cut_inside_its_last_character_is_still_utf8() -> None:
    data = plain_text("ru", "utf-8").encode("utf-8")[:-2]
    assert detect_encoding(data).codec == "utf-8"
    assert decode_text(data).startswith("1. Ратифицировать")


def test_utf8_with_a_few_stray_bytes_is_read_as_utf8_and_called_a_guess() -> None:
    # A line pasted from a Windows-1252 file into a UTF-8 one.
    utf8 = plain_text("fr", "utf-8")
    data = utf8.encode("utf-8") + "7. Perú, Côte d’Ivoire\n".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text.startswith(utf8)   # the UTF-8 part is read right
    assert decoded.text.endswith("7. Per\ufffd, C\ufffdte d\ufffdIvoire\n")
    assert decoded.encoding == EncodingUsed("utf-8", Certainty.UNCERTAIN, ("cp1252",))
    assert decoded.encoding.sample == "7. Per\ufffd, C\ufffdte d\ufffdIvoire"


def test_ascii_reads_the_same_in_every_encoding() -> None:
    assert detect_encoding(b"Abolish the death penalty (France)\n").certainty is Certainty.CERTAIN


@pytest.mark.parametrize("text, encoding", [
    ("Zajistit nezávislost soudnictví", "cp1250"),
    ("Ратифицировать протокол", "koi8-r"),
    ("Perú", "cp1252"),
    ("Kazakhstan’s report", "mac_roman"),
])
def test_a_short_text_is_a_guess(text: str, encoding: str) -> None:
    used = detect_encoding(text.encode(encoding) + b"\n")
    assert used.certainty is Certainty.UNCERTAIN
    assert used.uncertain and used.how() == "guessed"
    assert "guessed" in used.describe() and "--encoding" in used.describe()


def test_an_uncertain_guess_names_the_readings_nearly_as_good() -> None:
    # Hungarian without ő or ű: Windows-1250 and Windows-1252 differ only in a letter or two.
    data = "Biztosítsa a kínzás elleni egyezmény jegyzőkönyvét\n".encode("cp1250")
    used = detect_encoding(data)
    assert used.certainty is Certainty.UNCERTAIN
    readings = [used.codec, *used.alternatives]
    assert "cp1250" in readings
    assert len(set(readings)) == len(readings)


def test_a_long_file_with_a_few_accents_is_decided_on_them() -> None:
    # Thousands of ASCII rows and a handful of Cyrillic ones: the evidence is in those.
    rows = "".join(f"Kazakhstan,Ensure the rights of detainees no. {n},France\n" for n in range(5000))
    cyrillic = plain_text("ru", "cp1251")
    data = (rows + cyrillic + rows).encode("cp1251")
    assert detect_encoding(data).codec == "cp1251"


@pytest.mark.parametrize("encoding, line_end", [("cp1252", "\n"), ("mac_roman", "\r"), ("mac_roman", "\n")])
def test_english_whose_only_accents_are_dashes_and_quotes(encoding: str, line_end: str) -> None:
    # A dash between words reads as a lone letter in the wrong code page ("Kazakhstan Ð Ensure").
    text = "".join(f"Kazakhstan – Ensure the rights of women {n} – and children’s rights{line_end}" for n in range(8))
    data = text.encode(encoding)
    used = detect_encoding(data)
    assert decode_as(data, used.codec) == text
    assert used.certainty is Certainty.LIKELY


def test_long_runs_without_spaces_are_judged_quickly() -> None:
    import time

    data = ("x" * 200_000 + "é " + "a" + "." * 200_000 + "ü\n").encode("cp1252")
    started = time.perf_counter()
    detect_encoding(data)
    assert time.perf_counter() - started < 2


# --------------------------------------------------------------------------------------------
# Generated texts: recommendations in any order and number, and word salads of their words


def generated_text(language: str, encoding: str, picks: list[int], words: bool) -> str:
    items = recommendations(language, encoding)
    if words:
        vocabulary = " ".join(text for text, _state in items).split()
        return " ".join(vocabulary[pick % len(vocabulary)] for pick in picks)
    return "\n".join(f"{items[pick % len(items)][0]} ({items[pick % len(items)][1]})" for pick in picks)


single_byte_cases = st.sampled_from([(language, encoding) for language, encoding in FIXTURE_CASES
                                     if encoding != "utf-16"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(single_byte_cases, st.lists(st.integers(0, 1000), min_size=1, max_size=40), st.booleans())
def test_a_generated_text_is_read_right_or_the_guess_says_it_may_be_wrong(case: tuple[str, str], picks: list[int],
                                                                         words: bool) -> None:
    language, encoding = case
    text = generated_text(language, encoding, picks, words)
    data = text.encode(encoding)
    used = detect_encoding(data)
    if decode_as(data, used.codec) == text:
        return
    # A wrong reading is never called detected, and unless the text is a word or two (any code
    # page reads a few letters as some word), the right one is among those offered.
    assert used.certainty is Certainty.UNCERTAIN, (used, text)
    if sum(byte > 127 for byte in data) >= MIN_EVIDENCE:
        assert any(same_text(data, encoding, codec) for codec in used.alternatives), (used, text)


@settings(max_examples=150, deadline=None)
@given(single_byte_cases, st.lists(st.integers(0, 1000), min_size=4, max_size=12))
def test_several_recommendations_are_read_right_or_the_right_reading_is_offered(case: tuple[str, str],
                                                                                picks: list[int]) -> None:
    language, encoding = case
    text = generated_text(language, encoding, picks, words=False)
    data = text.encode(encoding)
    used = detect_encoding(data)
    readings = [used.codec, *used.alternatives]
    assert any(same_text(data, encoding, codec) for codec in readings), (used, text)
    if not same_text(data, encoding, used.codec):
        assert used.certainty is Certainty.UNCERTAIN, (used, text)
    event(f"{used.certainty.value}, {'right' if same_text(data, encoding, used.codec) else 'offered'}")


def test_letters_of_two_languages_make_a_guess() -> None:
    # Hungarian "ő" read in Windows-1252 is the Portuguese "õ": letters alone cannot tell.
    text = "Erősítse meg a nők elleni erőszak megelőzésére irányuló intézkedéseket (Svédország)\n" * 4
    used = detect_encoding(text.encode("cp1250"))
    assert used.certainty is Certainty.UNCERTAIN
    assert "cp1250" in (used.codec, *used.alternatives)


# --------------------------------------------------------------------------------------------
# Given encodings


def test_a_given_encoding_is_used_as_given(tmp_path: Path) -> None:
    # KOI8-R text forced as Windows-1251 reads wrong, but as the user said.
    path = FIXTURES / fixture_name("ru", "koi8-r", ".txt")
    read = read_document(path, encoding="windows-1251")
    assert read.text == path.read_bytes().decode("cp1251")
    assert read.encoding == EncodingUsed("cp1251", Certainty.CERTAIN, given=True)
    assert read.encoding.describe() == "read as Windows-1251 (Cyrillic), as given"
    table = read_table(FIXTURES / fixture_name("ru", "koi8-r", ".csv"), encoding="koi8_r")
    assert table.encoding is not None and table.encoding.given and table.encoding.codec == "koi8-r"
    first = next(row["Text"] for _line, row in table.rows())
    assert first == "Ратифицировать Факультативный протокол к Конвенции против пыток"


@pytest.mark.parametrize("name, codec", [("Windows-1251", "cp1251"), ("KOI8_R", "koi8-r"), ("latin1", "iso8859-1"),
                                         ("macroman", "mac-roman"), (" utf8 ", "utf-8")])
def test_encoding_names_are_normalised(name: str, codec: str) -> None:
    assert known_encoding(name) == codec


@pytest.mark.parametrize("name", ["klingon", "rot13", "base64", ""])
def test_an_unknown_encoding_is_refused_with_the_usual_ones_listed(name: str) -> None:
    with pytest.raises(InvalidValueError, match=r"unknown encoding .*windows-1251.*koi8-r"):
        known_encoding(name)


def test_every_encoding_offered_is_known_and_titled() -> None:
    for codec, title in ENCODING_TITLES.items():
        assert known_encoding(codec) == codec
        assert encoding_title(codec) == title


def test_the_report_line_says_what_was_used_and_how() -> None:
    detected = detect_encoding((FIXTURES / fixture_name("ru", "cp1251", ".txt")).read_bytes())
    assert detected.describe() == ("read as Windows-1251 (Cyrillic), detected; if the text looks wrong, "
                                   "give --encoding")
    assert detected.as_json() == {"name": "cp1251", "title": "Windows-1251 (Cyrillic)", "certainty": "likely",
                                  "alternatives": []}
