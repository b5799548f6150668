"""The demo's PK 2023 as PDF and DOCX: the signed statement and its two tables."""

import pytest

from sakip.lib.periksa import ERROR, periksa_bytes

from .bantu import isi_docx, paragraf_docx, rapat, tabel_docx, teks_pdf

# one worker renders the documents once (dokumen_demo) for both modules under pytest-xdist
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("dokumen_demo")]

TERBILANG = (
    "dua puluh sembilan miliar lima ratus sembilan puluh enam juta empat ratus delapan puluh "
    "delapan ribu rupiah"
)


def test_the_statement_names_both_parties_place_and_date(dokumen_demo):
    halaman = [rapat(t) for t in teks_pdf(dokumen_demo["pk_pdf"])]
    pernyataan = halaman[0]
    assert "PERJANJIAN KINERJA TAHUN 2023" in pernyataan
    assert "DINA KURNIA SARI UTAMI" in pernyataan
    assert "selanjutnya disebut pihak pertama" in pernyataan
    assert "selaku atasan pihak pertama, selanjutnya disebut pihak kedua" in pernyataan
    assert "Tangerang Selatan, 31 Januari 2023" in pernyataan
    assert "Pihak Kedua," in pernyataan and "Pihak Pertama," in pernyataan


def test_the_annex_tables_with_total_and_words(dokumen_demo):
    doc = isi_docx(dokumen_demo["pk_docx"])
    tabel = tabel_docx(doc)
    sasaran = next(t for t in tabel if t[0][:4] == ["No", "Sasaran", "Indikator Kinerja", "Target"])
    assert len(sasaran) - 1 == 14
    assert [
        "2",
        "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
        "Nilai Akuntabilitas Kinerja",
        "BB",
    ] in sasaran
    program = next(t for t in tabel if t[0] == ["No", "Program", "Anggaran (Rp)"])
    assert [r[2] for r in program[1:]] == ["27.210.270.000", "2.386.218.000", "29.596.488.000"]
    assert f"Terbilang: {TERBILANG}." in paragraf_docx(doc)
    assert f"Terbilang: {TERBILANG}." in rapat(" ".join(teks_pdf(dokumen_demo["pk_pdf"])))


def test_the_checker_finds_no_error(dokumen_demo):
    for nama in ("pk_pdf", "pk_docx"):
        hasil = periksa_bytes(dokumen_demo[nama], nama)
        assert [f.message for f in hasil.findings if f.severity == ERROR] == [], nama
