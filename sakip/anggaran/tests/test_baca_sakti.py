"""Reading SAKTI GLP039 'Laporan Ketersediaan Dana Detail' as SAKTI exports it."""

from collections import Counter
from decimal import Decimal as D

import pytest

from sakip.anggaran.impor import baca_berkas

from .berkas import sakti, ubah_sakti

JANUARI, SEPTEMBER = "GLP039_Januari2025.xlsx", "GLP039_Sep2025.xlsx"


def _per_jenis(h, medan):
    hasil = Counter()
    for b in h.pagu:
        hasil[b.kode.jenis_belanja] += getattr(b, medan)
    return dict(hasil)


def test_september_sample_is_read_and_agrees_with_its_own_total():
    h = baca_berkas(SEPTEMBER, sakti(SEPTEMBER))
    assert h.kesalahan == []
    assert h.format == "sakti"
    info = h.sakti
    assert (info.tahun, info.bulan, info.ba, info.eselon, info.kode_satker) == (
        2025,
        9,
        "036",
        "01",
        "427768",
    )
    assert info.nama_satker == "SEKRETARIAT KEMENKO BIDANG PMK"
    assert len(h.pagu) == 28
    assert _per_jenis(h, "pagu") == {"52": D("906800000")}
    assert _per_jenis(h, "realisasi_sd") == {"52": D("377843585")}
    assert info.jumlah["pagu"] == D("906800000")
    assert info.jumlah["sd"] == D("377843585")
    assert info.jumlah["lalu"] + info.jumlah["ini"] == info.jumlah["sd"]


def test_the_line_code_is_rebuilt_from_the_level_columns():
    h = baca_berkas(SEPTEMBER, sakti(SEPTEMBER))
    kode = [str(b.kode) for b in h.pagu]
    assert kode[0] == "036.01.WA.6336.EBA.963.126.0A.521211"
    assert "036.01.WA.6336.EBA.963.127.0C.522131" in kode
    assert h.uraian["036.01.WA.6336.EBA.963"] == "Layanan Data dan Informasi"
    akun_44 = next(b for b in h.pagu if b.letak.baris == 44)
    assert (str(akun_44.kode), akun_44.pagu, akun_44.realisasi_sd) == (
        "036.01.WA.6336.EBA.963.127.0A.521211",
        D("26561000"),
        D("19752000"),
    )


def test_january_sample_has_the_same_pagu_and_nothing_spent():
    h = baca_berkas(JANUARI, sakti(JANUARI))
    assert h.kesalahan == []
    assert (h.sakti.tahun, h.sakti.bulan) == (2025, 1)
    assert _per_jenis(h, "pagu") == {"52": D("906800000")}
    assert _per_jenis(h, "realisasi_sd") == {"52": D("0")}


def test_a_file_whose_lines_disagree_with_its_total_is_refused():
    def ubah(ws):
        ws["Q16"] = 7290001  # one akun line a rupiah higher; subtotals and total unchanged

    h = baca_berkas("x.xlsx", ubah_sakti(SEPTEMBER, ubah))
    pesan = [str(k) for k in h.kesalahan]
    assert any(
        "baris 9, kolom Pagu Revisi: jumlah baris akun 906.800.001,00 tidak sama dengan "
        "JUMLAH SELURUHNYA 906.800.000,00; berkas ditolak" in p
        for p in pesan
    )
    assert any(
        "baris 15, kolom Pagu Revisi: subtotal 036.01.WA.6336.EBA.963.126.0A" in p for p in pesan
    )


def test_value_columns_may_move_between_total_and_detail_rows():
    """Larger exports put values a column apart from the sample's; headers still find them."""

    def ubah(ws):
        for baris in range(10, ws.max_row + 1):
            for kiri, kanan in (("AE", "AF"), ("Z", "AA")):
                if ws[f"{kiri}{baris}"].value is not None:
                    ws[f"{kanan}{baris}"] = ws[f"{kiri}{baris}"].value
                    ws[f"{kiri}{baris}"] = None

    h = baca_berkas("x.xlsx", ubah_sakti(SEPTEMBER, ubah))
    assert h.kesalahan == []
    assert _per_jenis(h, "realisasi_sd") == {"52": D("377843585")}


def test_repeated_page_headers_and_footnotes_are_skipped():
    def ubah(ws):
        ws.insert_rows(62, 9)
        for kolom, nilai in (("A", "LAPORAN KETERSEDIAAN DANA DETAIL TA 2025"),):
            ws[f"{kolom}62"] = nilai
        ws["A63"] = "Periode September 2025"
        ws["AC64"] = "Hal 3 dari 5"
        ws["A65"], ws["R65"], ws["V65"], ws["AE65"] = (
            "Uraian",
            "Pagu Revisi",
            "Realisasi TA 2025",
            "SISA ANGGARAN",
        )
        ws["V66"], ws["X66"], ws["Y66"], ws["AB66"] = (
            "Periode Lalu",
            "Periode Ini",
            "s.d. Periode ",
            "%",
        )
        ws["B67"] = "*Lock Pagu adalah jumlah pagu yang sedang dalam proses usulan revisi DIPA."

    h = baca_berkas("x.xlsx", ubah_sakti(SEPTEMBER, ubah))
    assert h.kesalahan == []
    assert len(h.pagu) == 28


@pytest.mark.parametrize(
    ("sel", "nilai", "pesan"),
    [
        (
            "A1",
            "LAPORAN KETERSEDIAAN DANA DETAIL",
            "judul 'LAPORAN KETERSEDIAAN DANA ... TA <tahun>' tidak ditemukan",
        ),
        ("A3", "Bulan ini", "baris 'Periode <Bulan> <Tahun>' tidak ditemukan"),
        ("A3", "Periode Januari 2024", "periode tahun 2024 tidak sama dengan TA 2025"),
        ("O6", "ABC", "kode pada baris 'satuan kerja' tidak terbaca"),
        ("R7", "Anggaran", "kolom 'Pagu Revisi' tidak ditemukan"),
        ("A9", "TOTAL", "baris 'JUMLAH SELURUHNYA' tidak ditemukan"),
        ("H16", "521X11", "kode '521X11' tidak dikenali sebagai tingkat anggaran"),
        ("C13", "EBB.963", "kode 'EBB.963' tidak berada di bawah KRO 'EBA' di atasnya"),
        ("H16", "425111", "akun '425111' bukan akun belanja"),
        ("Q16", "tujuh juta", "baris 16, kolom Q: 'tujuh juta' bukan angka"),
    ],
)
def test_broken_sakti_reports_name_the_problem(sel, nilai, pesan):
    def ubah(ws):
        ws[sel] = nilai

    h = baca_berkas("x.xlsx", ubah_sakti(SEPTEMBER, ubah))
    assert h.kesalahan, "the file must be refused"
    assert any(pesan in str(k) for k in h.kesalahan), [str(k) for k in h.kesalahan]
