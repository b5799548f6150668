"""Reading the sakip template (XLSX sheets or CSV files), liberal in what it accepts."""

from decimal import Decimal as D

from sakip.anggaran.impor import baca_banyak, baca_berkas
from sakip.anggaran.impor.template import IsiTemplate, tulis_template

from .berkas import KODE_A, KODE_B, KODE_C, dipa_kecil, xlsx


def test_a_small_dipa_is_read_with_names_and_exact_money():
    h = baca_berkas("dipa.xlsx", dipa_kecil())
    assert h.kesalahan == []
    assert [(str(b.kode), b.pagu) for b in h.pagu] == [
        (KODE_A, D("1000000.00")),
        (KODE_B, D("2500000.00")),
        (KODE_C, D("3000000.00")),
    ]
    assert h.uraian["076.01.CQ"] == "Penyelenggaraan Pemilu"
    assert h.uraian[KODE_B] == "Belanja Perjalanan Dinas Biasa"


def test_headers_in_any_case_with_spaces_and_aliases():
    data = xlsx(
        {
            "Realisasi": [
                ["  KODE ", " Bulan", "Nilai Realisasi "],
                [KODE_A, "Maret", "1.234.567,00"],
                [KODE_A, 4, "1.000,0000"],
            ]
        }
    )
    h = baca_berkas("r.xlsx", data)
    assert h.kesalahan == []
    assert [(b.bulan, b.jumlah) for b in h.realisasi] == [(3, D("1234567.00")), (4, D("1000.00"))]


def test_code_may_be_one_column_per_level_with_numbers_losing_zeros():
    data = xlsx(
        {
            "pagu": [
                [
                    "BA",
                    "Eselon",
                    "Program",
                    "Kegiatan",
                    "KRO",
                    "RO",
                    "Komponen",
                    "Sub Komponen",
                    "Akun",
                    "Uraian",
                    "Pagu",
                ],
                [76, 1, "CQ", 6709, "QGE", 1, 51, "A", 521211, "Belanja Bahan", 1000000],
            ]
        }
    )
    h = baca_berkas("p.xlsx", data)
    assert h.kesalahan == []
    assert str(h.pagu[0].kode) == KODE_A


def test_a_title_row_above_the_headers_is_skipped():
    data = xlsx(
        {
            "rpd": [
                ["Rencana Penarikan Dana 2023"],
                [],
                ["jenis belanja", "bulan", "rencana"],
                ["Belanja Pegawai", 1, 100],
            ]
        }
    )
    h = baca_berkas("x.xlsx", data)
    assert h.kesalahan == []
    assert (h.rpd[0].jenis_belanja, h.rpd[0].bulan, h.rpd[0].rencana) == ("51", 1, D("100.00"))
    assert h.rpd[0].letak.baris == 4


def test_sheets_with_other_names_are_known_by_their_headers_and_notes_ignored():
    data = xlsx(
        {
            "Petunjuk": [["Isi lembar berikut"]],
            "Target RO": [
                ["kode_ro", "uraian", "target", "satuan"],
                ["6709.QGE.001", "Perencanaan", "10,000", "Lembaga"],
            ],
        }
    )
    h = baca_berkas("x.xlsx", data)
    assert h.kesalahan == []
    assert h.volume_ro[0].kode_ro == ("6709", "QGE", "001")
    assert h.volume_ro[0].target == D("10.000")


def test_csv_files_one_per_sheet_with_semicolons_and_indonesian_numbers():
    pagu = f"kode;uraian;pagu\n{KODE_A};Belanja Bahan;1.000.000,00\n".encode()
    real = f"kode,bulan,realisasi\n{KODE_A},1,250000\n".encode("utf-8-sig")
    h = baca_banyak([("pagu.csv", pagu), ("realisasi.csv", real)])
    assert h.kesalahan == []
    assert h.pagu[0].pagu == D("1000000.00")
    assert h.realisasi[0].jumlah == D("250000.00")


def test_duplicates_across_csv_files_are_found():
    real = f"kode,bulan,realisasi\n{KODE_A},1,250000\n".encode()
    h = baca_banyak([("realisasi.csv", real), ("realisasi_2.csv", real)])
    assert [str(k) for k in h.kesalahan] == [
        "lembar 'realisasi_2', baris 2: realisasi 076.01.CQ.6709.QGE.001.051.A.521211 bulan "
        "Januari ganda: sudah ada di lembar 'realisasi' baris 2"
    ]


def test_a_subtotal_row_must_equal_its_akun_lines():
    data = xlsx(
        {
            "pagu": [
                ["kode", "uraian", "pagu"],
                ["076.01.CQ.6709", "Perencanaan", 900],
                [KODE_A, "Belanja Bahan", 1000],
            ]
        }
    )
    h = baca_berkas("x.xlsx", data)
    assert [str(k) for k in h.kesalahan] == [
        "lembar 'pagu', baris 2, kolom C (pagu): pagu 076.01.CQ.6709 ditulis 900,00 tetapi "
        "jumlah akun di bawahnya 1.000,00"
    ]


def test_several_revisions_in_one_pagu_sheet_with_a_revisi_sheet():
    data = xlsx(
        {
            "pagu": [
                ["revisi", "kode", "uraian", "pagu"],
                [0, KODE_A, "Bahan", 100],
                [1, KODE_A, "Bahan", 150],
            ],
            "revisi": [
                ["nomor", "tanggal", "catatan"],
                [0, "2022-12-01", "DIPA awal"],
                [1, "15/03/2023", "Revisi"],
            ],
        }
    )
    h = baca_berkas("x.xlsx", data)
    assert h.kesalahan == []
    assert [(b.revisi, b.pagu) for b in h.pagu] == [(0, D("100.00")), (1, D("150.00"))]
    assert [(r.nomor, r.tanggal.isoformat(), r.catatan) for r in h.revisi] == [
        (0, "2022-12-01", "DIPA awal"),
        (1, "2023-03-15", "Revisi"),
    ]


def test_the_written_template_reads_back_to_the_same_rows(tmp_path):
    isi = IsiTemplate(
        pagu=[("076.01.CQ", "Program", None), (KODE_A, "Belanja Bahan", D("1234.50"))],
        volume_ro=[("076.01.CQ.6709.QGE.001", "Perencanaan", D("10"), "Lembaga")],
        realisasi=[(KODE_A, 2, D("1000"))],
        realisasi_volume=[("6709.QGE.001", 3, D("2.5"))],
        rpd=[("52", 1, D("500"))],
    )
    jalur = tmp_path / "t.xlsx"
    tulis_template(jalur, isi)
    h = baca_berkas("t.xlsx", jalur.read_bytes())
    assert h.kesalahan == []
    assert h.pagu[0].pagu == D("1234.50")
    assert h.realisasi_volume[0].volume == D("2.500")
    assert h.rpd[0].rencana == D("500.00")


def test_the_empty_template_has_every_sheet_and_no_rows(tmp_path):
    jalur = tmp_path / "kosong.xlsx"
    tulis_template(jalur)
    h = baca_berkas("kosong.xlsx", jalur.read_bytes())
    assert h.kosong
    assert [str(k) for k in h.kesalahan] == ["berkas tidak berisi baris data (hanya judul kolom)"]


def test_a_code_seen_before_still_has_every_cell_checked():
    """Rows after a code's first are read on a short path; a bad month or amount still gets
    the same message, with its row and column, as on the first row."""
    data = xlsx(
        {
            "realisasi": [
                ["kode", "bulan", "realisasi"],
                [KODE_A, 1, 1000],
                [KODE_A, True, 1000],
                [KODE_A, 13, 1000],
                [KODE_A, 3, -5],
                [KODE_A, 4, None],
                [KODE_A, "-", 7],
                [KODE_A, 6, 0.1 + 0.2],
                [KODE_A, 7, 1.005],
                [f" {KODE_A} ", "Agustus", "1.000,50"],
                [KODE_A, 1, 5],
            ]
        }
    )
    h = baca_berkas("r.xlsx", data)
    assert [str(k) for k in h.kesalahan] == [
        "lembar 'realisasi', baris 3, kolom B (bulan): bulan 'True' tidak sah (isi 1 sampai 12)",
        "lembar 'realisasi', baris 4, kolom B (bulan): bulan 13 di luar 1 sampai 12",
        "lembar 'realisasi', baris 5, kolom C (realisasi): realisasi: '-5' negatif; nilai uang "
        "tidak boleh negatif",
        "lembar 'realisasi', baris 6, kolom C (realisasi): realisasi kosong",
        "lembar 'realisasi', baris 7, kolom B (bulan): bulan kosong (isi 1 sampai 12)",
        "lembar 'realisasi', baris 9, kolom C (realisasi): realisasi: '1.005' memiliki pecahan "
        "di bawah satu sen (paling banyak 2 desimal)",
        f"lembar 'realisasi', baris 11: realisasi {KODE_A} bulan Januari ganda: sudah ada di "
        "lembar 'realisasi' baris 2",
    ]
    assert [(b.letak.baris, b.bulan, b.jumlah) for b in h.realisasi] == [
        (2, 1, D("1000.00")),
        (8, 6, D("0.30")),
        (10, 8, D("1000.50")),
        (11, 1, D("5.00")),
    ]
