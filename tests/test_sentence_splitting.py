"""Sentence splitting is linear in the text and as accurate as before on Dutch."""

import time
from pathlib import Path

from studyapp.sentences import CHUNK_CHARS, chunks, split_sentences

REFERENCE = Path(__file__).resolve().parent.parent / "bench" / "data" / "nl-sentences.txt"


def _reference_paragraphs():
    blocks = REFERENCE.read_text(encoding="utf-8").split("\n\n")
    return [
        [line for line in block.splitlines() if line.strip()] for block in blocks if block.strip()
    ]


def test_the_shipped_essays_sentences_are_found():
    expected = found = 0
    for sentences in _reference_paragraphs():
        got = split_sentences(" ".join(sentences), "nl")
        expected += len(sentences)
        found += sum(1 for sentence in sentences if sentence in got)
    assert found / expected >= 0.98


def test_a_footnote_marker_after_a_closing_quote_ends_the_sentence():
    text = "Hij schreef: “Wij zijn de enige partij.”[7] Het Platform zegt iets anders."
    assert split_sentences(text, "nl") == [
        "Hij schreef: “Wij zijn de enige partij.”[7]",
        "Het Platform zegt iets anders.",
    ]


def test_abbreviations_do_not_end_a_sentence():
    text = "De staat, d.w.z. de partij, besliste. Dr. Jansen was het er niet mee eens."
    assert split_sentences(text, "nl") == [
        "De staat, d.w.z. de partij, besliste.",
        "Dr. Jansen was het er niet mee eens.",
    ]


def test_a_long_paragraph_is_cut_at_sentence_ends_and_nothing_is_lost():
    sentence = "In 1921 sloeg Trotski de opstand van Kronstadt neer. "
    text = sentence * 2000
    pieces = chunks(text)
    assert "".join(pieces) == text
    assert all(len(piece) <= CHUNK_CHARS for piece in pieces)
    assert all(piece.endswith(". ") for piece in pieces[:-1])
    assert split_sentences(text, "nl") == [sentence.strip()] * 2000


def test_text_without_any_sentence_end_is_cut_at_spaces_or_hard():
    assert "".join(chunks("woord " * 5000)) == "woord " * 5000
    assert [len(piece) for piece in chunks("a" * 25_000)] == [CHUNK_CHARS, CHUNK_CHARS, 5000]


def test_splitting_grows_linearly_with_the_paragraph():
    # A correctness bound, not a benchmark: pySBD took 28 s on 99 KB of one paragraph.
    sentence = "Trotski pleitte in 1920 voor de militarisering van de arbeid, zegt Storm. "
    one_megabyte = sentence * (1_000_000 // len(sentence))
    start = time.perf_counter()
    sentences = split_sentences(one_megabyte, "nl")
    assert time.perf_counter() - start < 10
    assert len(sentences) == 1_000_000 // len(sentence)


def test_a_shortened_first_name_or_the_firms_fa_does_not_end_a_sentence():
    # The 62nd reading: "… geïnstalleerd door de fa. Fred." was asked, cut off before
    # "Stieltjes uit Amsterdam-Noord".
    text = (
        "De roltrap werd in 1926 geïnstalleerd door de fa. Fred. Stieltjes uit Amsterdam-Noord. "
        "Op 20 maart 1926 meldde de Bijenkorf het."
    )
    assert split_sentences(text, "nl") == [
        "De roltrap werd in 1926 geïnstalleerd door de fa. Fred. Stieltjes uit Amsterdam-Noord.",
        "Op 20 maart 1926 meldde de Bijenkorf het.",
    ]
