"""The shared XLSX writer: numbers stay number cells with Indonesian-looking formats."""

import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from sakip.lib.xlsx import Kolom, Lembar, angka_bila_bisa, tulis, tulis_buku


def test_typed_columns_become_typed_cells():
    isi = tulis(
        "Judul",
        [
            Kolom("No", "bulat"),
            Kolom("Uraian"),
            Kolom("Pagu", "angka", desimal=0),
            Kolom("Capaian", "persen", desimal=2),
            Kolom("Tanggal", "tanggal"),
        ],
        [
            (1, "Belanja pegawai", Decimal("2313438000"), Decimal("94.1176"), date(2024, 1, 13)),
            (2, "=SUM(A1)", Decimal("0.5"), None, None),
        ],
        catatan=["catatan satu"],
    )
    ws = load_workbook(io.BytesIO(isi)).active
    assert ws["A1"].value == "Judul" and ws["A2"].value == "catatan satu"
    assert [c.value for c in ws[4]] == ["No", "Uraian", "Pagu", "Capaian", "Tanggal"]
    a, b = ws[5], ws[6]
    assert a[2].value == 2313438000 and a[2].number_format == "#,##0"
    assert a[3].value == pytest.approx(94.1176) and a[3].number_format == '#,##0.00" %"'
    assert a[4].value.date() == date(2024, 1, 13) and a[4].number_format == "d mmmm yyyy"
    assert b[1].value == "=SUM(A1)" and b[1].data_type == "s"  # text, never a formula
    assert b[2].value == 0.5 and b[3].value is None
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref == "A4:E6"


def test_several_sheets_and_bad_rows():
    isi = tulis_buku([Lembar("A", [Kolom("x")], [("1",)], "Satu"), Lembar("B", [Kolom("y")], [])])
    assert load_workbook(io.BytesIO(isi)).sheetnames == ["Satu", "Data"]
    with pytest.raises(ValueError, match="baris berisi 2 nilai untuk 1 kolom"):
        tulis("A", [Kolom("x")], [("1", "2")])
    with pytest.raises(ValueError, match="jenis kolom tidak dikenal"):
        Kolom("x", "uang")


def test_indonesian_figures_in_text_become_numbers():
    assert angka_bila_bisa("29.596.488.000") == Decimal("29596488000")
    assert angka_bila_bisa("85,71 %") == Decimal("85.71")
    assert angka_bila_bisa("Rp1.000") == Decimal("1000")
    assert angka_bila_bisa("12 dokumen") == "12 dokumen"
    assert angka_bila_bisa("1.2") == "1.2"  # not an Indonesian figure: kept as text
