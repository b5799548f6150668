"""Formulas in words and file types by name (the rules behind the plain-words filters)."""

import pytest

from sakip.lib.jenis_berkas import nama_jenis
from sakip.lib.rumus import label_besaran, rumus_kata


@pytest.mark.parametrize(
    ("rumus", "kata"),
    [
        (
            "laporan_tepat_waktu / laporan_total * 100",
            "(Laporan tepat waktu ÷ Laporan total) × 100",
        ),
        ("100 * a / b", "(100 × A) ÷ B"),
        ("(a + b) / c * 100", "((A + B) ÷ C) × 100"),
        ("a - b - c", "A − B − C"),
        ("a - (b - c)", "A − (B − C)"),
        ("a / (b * c)", "A ÷ (B × C)"),
        ("a * 1000.5", "A × 1.000,5"),
        ("-a + b", "−A + B"),
    ],
)
def test_formulas_in_words(rumus, kata):
    assert rumus_kata(rumus) == kata


def test_labels_override_and_bad_formulas_stay_as_written():
    assert rumus_kata("x / y * 100", {"x": "Dokumen selesai"}) == "(Dokumen selesai ÷ Y) × 100"
    assert rumus_kata("a ** 2") == "a ** 2"
    assert label_besaran("keputusan_sesuai") == "Keputusan sesuai"


@pytest.mark.parametrize(
    ("jenis", "nama"),
    [
        ("application/x-msdownload", "program Windows (EXE)"),
        ("APPLICATION/PDF", "dokumen PDF"),
        ("docx", "dokumen Word (DOCX)"),
        ("image/x-icon", "berkas ICON"),
        ("", "berkas tak dikenal"),
        (None, "berkas tak dikenal"),
    ],
)
def test_file_types_by_name(jenis, nama):
    assert nama_jenis(jenis) == nama
