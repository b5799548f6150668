"""Text checks on small synthetic documents: terbilang, ejaan, tahun, jumlah, kategori, skala."""

import pytest

from sakip.lib.periksa import periksa_teks
from sakip.lib.periksa.dokumen import dari_teks
from sakip.lib.periksa.tahun import tahun_laporan

KEPALA = "LAPORAN KINERJA TAHUN 2023\nKPU KOTA CONTOH\n"


def _cek(teks: str, kind: str, tahun: int | None = 2023):
    """Findings of one kind; the running header is repeated so it is recognised as one."""
    dok = "\n".join([KEPALA, teks, KEPALA, KEPALA])
    return [f for f in periksa_teks(dok, tahun=tahun).findings if f.kind == kind]


# ---------------------------------------------------------------- terbilang


@pytest.mark.parametrize(
    "kalimat",
    [
        "pagu sebesar Rp29.596.488.000,00 (dua puluh sembilan miliar lima ratus sembilan puluh "
        "enam juta empat ratus delapan puluh delapan ribu rupiah).",
        "pagu sebesar **Rp. 29.596.488.000,-** (Dua Puluh Sembilan MILYAR lima Ratus sembilan "
        "puluh enam Juta empat Ratus delapan Puluh delapan Ribu Rupiah).",
        "sebesar 99,21% (Sembilan Puluh Sembilan Koma dua puluh satu Persen).",
        "sebesar 99,21% (sembilan puluh sembilan koma dua satu persen).",
        "sebanyak 13 (tiga belas) kali, selama 1 (satu) tahun.",
        "tiga belas (13) kali revisi",
        "Pasal 1 ayat (8) dan anggota sebanyak 5 (lima) orang (Lembaga)",
    ],
)
def test_words_that_agree_with_their_digits(kalimat):
    assert _cek(kalimat, "terbilang") == []


def test_words_that_spell_another_amount():
    (f,) = _cek("sebesar Rp 1.500.000 (satu juta lima puluh ribu rupiah).", "terbilang")
    assert (f.severity, f.expected) == ("error", "satu juta lima ratus ribu rupiah")
    assert f.found == "satu juta lima puluh ribu rupiah (= 1.050.000)"


def test_a_count_whose_words_disagree():
    (f,) = _cek("revisi DIPA sebanyak 13 (tiga) kali", "terbilang")
    assert (f.expected, f.found) == ("tiga belas", "tiga (= 3)")


def test_a_percentage_whose_words_disagree():
    (f,) = _cek("sebesar 99,21% (sembilan puluh sembilan koma dua belas persen)", "terbilang")
    assert f.expected == "sembilan puluh sembilan koma dua puluh satu"
    assert f.found == "sembilan puluh sembilan koma dua belas persen (= 99,12)"


def test_malformed_words_are_an_error():
    (f,) = _cek("sebesar Rp 1.300 (seribu tiga empat ratus rupiah)", "terbilang")
    assert "tidak dapat dibaca" in f.message
    assert f.expected == "seribu tiga ratus rupiah"


# ---------------------------------------------------------------- ejaan


def test_milyar_is_a_warning_and_other_spellings_are_notes():
    temuan = _cek("dua Milyar rupiah dari KPU Propinsi; tiga miliar rupiah.", "ejaan")
    assert [(f.severity, f.expected, f.found) for f in temuan] == [
        ("warning", "miliar", "Milyar"),
        ("note", "provinsi", "Propinsi"),
    ]


# ---------------------------------------------------------------- tahun


def test_the_report_year_is_found_in_the_lines_naming_the_report():
    teks = "COVER\nLAPORAN KINERJA\nTAHUN 2023\nLKj Tahun 2023\nLAPORAN KINERJA 2022\nLAPORAN KINERJA 2023"
    assert tahun_laporan(dari_teks(teks)) == 2023
    assert tahun_laporan(dari_teks("Realisasi Tahun Anggaran 2021 dan Tahun 2021.")) == 2021
    assert tahun_laporan(dari_teks("Tidak ada tahun di sini.")) is None


def test_no_year_found_gives_a_note_and_skips_year_checks():
    temuan = periksa_teks("Dokumen tanpa tahun.\nLKj tahun ini").findings
    assert [(f.kind, f.severity) for f in temuan] == [("tahun", "note")]


@pytest.mark.parametrize(
    ("kalimat", "severity"),
    [
        ("PERJANJIAN KINERJA TAHUN 2022", "error"),
        ("C. IKHTISAR PERJANJIAN KINERJA TAHUN 2022", "error"),
        ("Semoga LAKIP Sekretariat 2022 ini bermanfaat.", "error"),
        ("LKj ini menjelaskan kinerja selama Tahun Anggaran 2022.", "error"),
        ("Dalam LKj Sekretariat tahun 2022 dilaporkan target.", "warning"),
        ("Target yang hendak dicapai pada tahun 2022.", "note"),
    ],
)
def test_years_that_contradict_the_report(kalimat, severity):
    (f,) = _cek(kalimat, "tahun")
    assert (f.severity, f.expected, f.found, f.line) == (severity, "2023", "2022", 4)


@pytest.mark.parametrize(
    "kalimat",
    [
        "Renstra KPU Tahun 2020 – 2024 dan RPJPN 2005-2025.",
        "Peraturan Pemerintah Nomor 29 Tahun 2014 dan Keputusan Nomor 9 Tahun 2022.",
        "Tahapan Pemilu serentak tahun 2024 yang aman dan damai; Pemilu 2024; Pilkada 2024.",
        "Daftar Calon Tetap dalam Pemilihan Umum Tahun 2024.",
        "Tangerang Selatan, 13 Januari 2024",
        "surat Nomor 665/PL.01.4-SR/3674/2022 perihal Pemberitahuan",
        "Capaian tahun 2023 sebesar 95% dibandingkan tahun 2022 sebesar 90%.",
        "2024",
    ],
)
def test_legitimate_mentions_of_other_years_are_left_alone(kalimat):
    assert [f for f in _cek(kalimat, "tahun") if f.severity != "note"] == []
    assert all(f.found == "2022" for f in _cek(kalimat, "tahun"))


def test_a_running_header_with_another_year():
    dok = "\n".join([KEPALA, "Teks.", KEPALA, "LAPORAN KINERJA TAHUN 2022", "KPU KOTA CONTOH", "x"])
    temuan = [f for f in periksa_teks(dok).findings if f.kind == "tahun"]
    assert [(f.line, f.severity, f.found) for f in temuan] == [(8, "error", "2022")]
    assert (
        temuan[0].message == "Kepala halaman menyebut tahun 2022, padahal laporan ini tahun 2023."
    )


def test_a_malformed_year():
    (f,) = _cek("Keputusan Nomor 206 Tahun 20233 tentang DCT", "tahun")
    assert (f.severity, f.expected, f.found) == ("error", "Tahun 2023", "Tahun 20233")


# ---------------------------------------------------------------- jumlah

STAF = "PERSONIL\t\nKOMISIONER\t5\nPNS\t13\nHONORER\t12\nJUMLAH\t30"


def test_parts_that_do_not_add_up():
    kalimat = "didukung oleh 30 orang personil yang terdiri dari 5 orang Komisioner, 13 orang PNS, 12 orang PPNPN."
    assert _cek(STAF + "\n\n" + kalimat, "jumlah") == []
    salah = kalimat.replace("12 orang", "10 orang")
    temuan = _cek(STAF + "\n\n" + salah, "jumlah")
    assert [(f.severity, f.expected, f.found) for f in temuan] == [
        ("error", "5 + 13 + 10 = 28", "30"),
        ("error", "12", "10"),  # PPNPN is HONORER in the table
    ]
    assert temuan[0].message == "Disebut '30 orang personil', tetapi rinciannya 5 + 13 + 10 = 28."
    assert (
        temuan[1].message == "Teks menyebut PPNPN sebanyak 10, tetapi tabel di baris 7 mencatat 12."
    )


def test_a_count_against_the_items_listed():
    kalimat = "Data diperoleh dari dua sumber yaitu:"
    butir = ["- 1) Data internal;", "- 2) Data eksternal."]
    assert _cek("\n".join([kalimat, *butir]), "jumlah") == []
    (f,) = _cek("\n".join([kalimat, *butir, "- 3) Data lain."]), "jumlah")
    assert (f.severity, f.expected, f.found) == ("warning", "3", "2")
    (f,) = _cek("terdiri atas 3 (tiga) subbagian yaitu Keuangan, Teknis, Hukum, dan SDM.", "jumlah")
    assert (f.expected, f.found) == ("4", "3")


def test_counts_of_sasaran_and_indikator_against_the_measurement_table():
    tabel = "NO\tSASARAN\tINDIKATOR\tTARGET\tREALISASI\n1\tS1\tI1\t100\t100\n\t\tI2\t100\t90\n2\tS2\tI3\t100\t95"
    benar = "Perjanjian kinerja dengan 2 sasaran strategis dan tiga indikator kinerja:"
    assert _cek(benar + "\n" + tabel, "jumlah") == []
    salah = "Perjanjian kinerja dengan 2 sasaran strategis dan 4 indikator kinerja:"
    (f,) = _cek(salah + "\n" + tabel, "jumlah")
    assert (f.line, f.expected, f.found) == (4, "3", "4")
    assert (
        f.message == "Disebut 4 indikator, tetapi tabel pengukuran di baris 5 memuat 3 indikator."
    )


# ---------------------------------------------------------------- kategori and skala

SKALA_BAIK = "No\tRentang Nilai\tKategori\n1\t> 100\tSangat Berhasil\n2\t>= 91 dan <= 100\tBerhasil\n3\t>= 71 dan < 91\tCukup Berhasil\n4\t>= 51 dan < 71\tKurang Berhasil\n5\t< 51\tTidak Berhasil"
UKUR = "NO\tSASARAN\tINDIKATOR\tTARGET\tREALISASI\n1\tS1\tI1\t100\t100\n2\tS2\tI2\t85\t80"


def test_a_correct_scale_gives_no_finding():
    assert _cek(SKALA_BAIK, "skala") == []


def test_gaps_and_overlaps_in_a_scale():
    teks = "No\tRentang Capaian\tKategori\n1\tKurang dari 5%\tGagal\n2\t55% sampai 75%\tCukup Baik\n3\t70% sampai 100%\tBaik"
    temuan = _cek(teks, "skala")
    assert [(f.line, f.severity, f.found) for f in temuan] == [
        (6, "error", "5–55"),
        (7, "error", "70–75"),
        (7, "error", "100–tak hingga"),
    ]
    assert (
        temuan[0].message == "Skala berlubang: nilai antara 5 dan 55 tidak masuk kategori mana pun."
    )


def test_a_conclusion_against_the_mean_capaian():
    # capaian 100 and 94,12: mean 97,06 -> Berhasil under the document's own scale.
    benar = "Secara umum capaian kinerja menunjukkan hasil capaian berhasil."
    salah = "Adapun kesimpulannya adalah cukup berhasil."
    assert _cek("\n".join([UKUR, benar, SKALA_BAIK]), "kategori") == []
    (f,) = _cek("\n".join([UKUR, salah, SKALA_BAIK]), "kategori")
    assert (f.severity, f.expected, f.found) == ("error", "Berhasil", "cukup berhasil")
    assert "rata-rata capaian 2 indikator pada tabel baris 4 (97,06%)" in f.message


def test_an_absorption_category_against_the_stated_percentage():
    ok = "Penyerapan anggaran 99,21%. Termasuk ke dalam kategori (**BAIK**)."
    assert _cek(ok, "kategori") == []
    (f,) = _cek("Penyerapan anggaran 60,5% termasuk kategori (BAIK).", "kategori")
    assert (f.expected, f.found) == ("Cukup Baik", "BAIK")
    (f,) = _cek("Penyerapan anggaran 99,21% termasuk kategori (**MEMUASKAN**).", "kategori")
    assert (f.severity, f.found) == ("error", "MEMUASKAN")
