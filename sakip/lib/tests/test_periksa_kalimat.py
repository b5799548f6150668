"""The rules added for other offices' layouts, each on a small text written here."""

from sakip.lib.periksa import periksa_teks
from sakip.lib.periksa.dokumen import dari_teks
from sakip.lib.periksa.konteks import Konteks

JUDUL = "LAPORAN KINERJA KPU KABUPATEN CONTOH TAHUN 2024\n\n"


def _temuan(teks, *kinds, severity=None):
    hasil = periksa_teks(JUDUL + teks)
    return [
        (f.kind, f.severity, f.line - 2, f.expected, f.found)
        for f in hasil.findings
        if (not kinds or f.kind in kinds) and (severity is None or f.severity == severity)
    ]


TABEL_SPASI = """No Indikator Target % Realisasi % Capaian % Kategori
(1) (2) (3) (4) (5) (6)
Sasaran 1 : Meningkatnya kualitas penyelenggaraan pemilu
1 Persentase tahapan pemilihan yang
dilaksanakan tepat waktu 100% 95% 95,00% Berhasil
2 Jumlah laporan keuangan 4 Lap 3 Lap 75,00% Cukup Berhasil
Sasaran 2 : Meningkatnya partisipasi pemilih
3 Jumlah pelanggaran kode etik 4 2 150,00% Sangat Berhasil
4 Partisipasi pemilih 77.5% 62.0% 80.00% Cukup Berhasil"""


def test_a_space_separated_table_is_read_with_wrapped_names_units_and_groups():
    k = Konteks(dari_teks(TABEL_SPASI))
    (t,) = k.tabel
    assert t.kepala == ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Kategori"]
    assert [r.sel for r in t.rows] == [
        [
            "1",
            "Meningkatnya kualitas penyelenggaraan pemilu",
            "Persentase tahapan pemilihan yang dilaksanakan tepat waktu",
            "100%",
            "95%",
            "95,00%",
            "Berhasil",
        ],
        ["", "", "Jumlah laporan keuangan", "4 Lap", "3 Lap", "75,00%", "Cukup Berhasil"],
        [
            "2",
            "Meningkatnya partisipasi pemilih",
            "Jumlah pelanggaran kode etik",
            "4",
            "2",
            "150,00%",
            "Sangat Berhasil",
        ],
        ["", "", "Partisipasi pemilih", "77.5%", "62.0%", "80.00%", "Cukup Berhasil"],
    ]
    assert [r.nomor for r in t.rows] == [5, 6, 8, 9]
    assert k.baris_tabel >= set(range(1, 10))
    assert _temuan(TABEL_SPASI, severity="error") == []


def test_polarity_comes_from_the_wording():
    teks = TABEL_SPASI.replace("150,00% Sangat Berhasil", "50,00% Kurang Berhasil")
    assert _temuan(teks, "capaian") == [("capaian", "error", 8, "150,00%", "50,00%")]
    f = next(f for f in periksa_teks(teks).findings if f.kind == "capaian")
    assert "semakin rendah semakin baik (kata 'pelanggaran')" in f.message


def test_a_report_that_caps_gets_a_note_and_a_value_neither_raw_nor_capped_an_error():
    teks = TABEL_SPASI.replace("150,00% Sangat Berhasil", "100,00% Berhasil")
    assert _temuan(teks, "capaian") == [("capaian", "note", 8, "100", "")]
    teks = TABEL_SPASI.replace("150,00% Sangat Berhasil", "110,00% Sangat Berhasil")
    assert _temuan(teks, "capaian") == [("capaian", "error", 8, "150,00%", "110,00%")]


def test_pagu_realisasi_sisa_in_a_sentence_in_any_order():
    teks = (
        "Sisa anggaran sebesar Rp 100.500 atau 10,05% diperoleh dari pagu Rp 1.000.000 "
        "dikurangi realisasi Rp 900.000 (90,00%)."
    )
    assert _temuan(teks) == [("sisa", "error", 1, "100.000", "100.500")]
    teks = "Dari alokasi DIPA sebesar Rp. 2.000.000,- telah diserap Rp. 1.500.000,- atau 70,00%."
    assert _temuan(teks) == [("persen", "error", 1, "75,00%", "70,00%")]
    teks = "Pagu Rp 2.000.000 terealisasi Rp 1.500.000 (75%), sisa Rp 500.000 atau 20%."
    assert _temuan(teks) == [("persen", "error", 1, "25,00%", "20,00%")]
    assert _temuan("Pagu Rp 2.000.000 terealisasi Rp 1.500.000 (75%), sisa Rp 500.000.") == []


def test_inline_computations_also_with_the_denominator_after_the_result():
    assert _temuan("Capaian = 45 / 50 × 100% = 80%") == [("hitung", "error", 1, "90,00%", "80,00%")]
    assert _temuan("Capaian = 45 × 100% = 90% 50") == []
    assert _temuan("Capaian = 45 × 100% = 80% 50") == [("hitung", "error", 1, "90,00%", "80,00%")]
    assert _temuan("Capaian = 45 × 100% = 80%\n50") == [("hitung", "error", 1, "90,00%", "80,00%")]
    assert _temuan("(98,5 / 100) x 100 = 98,50 %") == []


def test_the_mean_capaian_against_the_table():
    teks = TABEL_SPASI + "\n\nRata-rata capaian kinerja sebesar 100,00%."
    # (95 + 75 + 150 + 80) / 4 = 100
    assert _temuan(teks, "rata") == []
    teks = TABEL_SPASI + "\n\nRata-rata capaian kinerja sebesar 96,25%."
    assert _temuan(teks, "rata") == [("rata", "error", 11, "100,00%", "96,25%")]


def test_placeholders_left_in():
    teks = (
        "[Nama Sekretaris]\nNIP. -\nNIP. xxxxxxx\nNomor … Tahun 2024\n[f](#) [X](#)\nNIP. 19700101"
    )
    assert [(k, ln, found) for k, _, ln, _, found in _temuan(teks)] == [
        ("placeholder", 1, "[Nama Sekretaris]"),
        ("placeholder", 2, "NIP. -"),
        ("placeholder", 3, "xxxxxxx"),
        ("placeholder", 4, "…"),
    ]


def test_truncated_years():
    teks = (
        "Renstra KPU 2020-202 menjadi acuan.\nPada Tahun 202 kegiatan selesai.\nRenstra 2020-2024."
    )
    assert [(k, ln, found) for k, _, ln, _, found in _temuan(teks, "tahun", severity="error")] == [
        ("tahun", 1, "2020-202"),
        ("tahun", 2, "Tahun 202"),
    ]


def test_a_scale_written_as_lines_with_a_gap():
    teks = "≥ 91 Sangat Tinggi\n76 – 90 Tinggi\n51 s.d. 70 Sedang\nkurang dari 51 Rendah"
    assert _temuan(teks) == [
        ("skala", "warning", 1, "", "90–91"),
        ("skala", "error", 2, "", "70–76"),
    ]
    k = Konteks(dari_teks(teks))
    ((_, skala),) = k.skala
    assert [p.label for p in skala.pita] == ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah"]


def test_a_label_not_in_the_documents_own_scale():
    teks = (
        "1. Baik : 91 % ≤ 100 %\n2. Cukup : 76 % ≤ 90 %\n3. Kurang : ≤ 75 %\n"
        "4. Sangat Baik : > 100 %\n\nIndikator ini termasuk dalam kategori Berhasil menurut skala."
    )
    assert _temuan(teks, "kategori") == [
        ("kategori", "error", 6, "Baik / Cukup / Kurang / Sangat Baik", "Berhasil")
    ]


def test_two_tables_that_disagree_are_named_without_choosing():
    kedua = TABEL_SPASI.replace("4 Lap 3 Lap 75,00%", "4 Lap 2 Lap 50,00%").replace(
        "Cukup Berhasil\nSasaran 2", "Tidak Berhasil\nSasaran 2"
    )
    teks = TABEL_SPASI + "\n\nTabel di atas dirinci lagi.\n\n" + kedua
    temuan = [f for f in periksa_teks(teks).findings if f.kind == "tabel"]
    assert [(f.line, f.expected, f.found) for f in temuan] == [(18, "3 Lap", "2 Lap")]
    assert temuan[0].message == (
        "Dua tabel tidak sama untuk indikator 'Jumlah laporan keuangan': realisasi 3 Lap "
        "(baris 6) dan 2 Lap (baris 18). Salah satunya keliru; periksa mana yang benar."
    )


def test_a_report_laid_out_unlike_the_corpus():
    teks = """Kriteria penilaian:
a. Sangat Baik : > 90
b. Baik : 76 s/d 90
c. Cukup : 56 s/d 70
d. Kurang : < 56

Sasaran Strategis 1: Meningkatnya kualitas layanan
No. Indikator Kinerja Target Realisasi % Capaian
1. Persentase layanan informasi yang tepat waktu 100 % 98 % 96 %
2. Persentase pengaduan yang belum diselesaikan 10 % 5 % 150 %

Anggaran sebesar 2.500.000.000 rupiah, realisasi 2.400.000.000 rupiah, sisa 110.000.000 rupiah."""
    assert _temuan(teks) == [
        ("skala", "error", 3, "", "70–76"),  # shown at "Baik : 76 s/d 90"
        ("capaian", "error", 9, "98,00%", "96,00%"),
        ("sisa", "error", 12, "100.000.000", "110.000.000"),
    ]
