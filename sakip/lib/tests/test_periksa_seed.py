"""The checker run on the seed: the 2023 LKj of Sekretariat KPU Kota Tangerang Selatan."""

from pathlib import Path

import pytest

from sakip.lib.periksa import periksa_berkas

SEED = Path(__file__).resolve().parents[2] / "lib" / "tests" / "data" / "000_519c2e87864b06b6.txt"

# (line, kind, severity, expected, found): every finding on the seed, in order.
TEMUAN_SEED = [
    (44, "tahun", "warning", "2023", "2022"),  # "LKJ ... tahun 2022 dilaporkan"
    (56, "tahun", "error", "2023", "2022"),  # "LAKIP ... 2022 ini"
    (94, "tahun", "error", "2023", "2022"),  # heading "PERJANJIAN KINERJA TAHUN 2022"
    (111, "tahun", "warning", "2023", "2022"),
    (115, "tahun", "error", "2023", "2022"),  # "LKj ini ... selama Tahun Anggaran 2022"
    (115, "tahun", "warning", "2023", "2022"),
    (115, "tahun", "warning", "2023", "2020"),
    (196, "jumlah", "error", "5 + 13 + 10 = 28", "30"),  # 30 personil = 5 + 13 + 10?
    (196, "jumlah", "error", "12", "10"),  # 10 PPNPN, table: HONORER 12
    (198, "jumlah", "error", "3", "5"),  # SMA 5, table: SLTA 3
    (198, "jumlah", "error", "5", "3"),  # D3
    (198, "jumlah", "error", "1", "10"),  # S1
    (198, "jumlah", "error", "5", "6"),  # S2
    (198, "jumlah", "warning", "4", "5"),  # "5 (lima) strata" but four listed
    (213, "total", "error", "21", "3"),  # education JUMLAH 3
    (268, "tahun", "error", "2023", "2022"),  # running header "LAPORAN KINERJA TAHUN 2022"
    (420, "tahun", "error", "2023", "2022"),  # "C. IKHTISAR PERJANJIAN KINERJA TAHUN 2022"
    (422, "tahun", "warning", "2023", "2022"),
    (422, "tahun", "note", "2023", "2022"),
    (482, "jumlah", "error", "8", "2"),  # 2 sasaran strategis: the table has 8
    (482, "jumlah", "error", "14", "11"),  # 11 indikator: the table has 14
    (484, "ejaan", "note", "analisis", "Analisa"),
    (502, "penomoran", "error", "6", "5"),  # 1,2,3,4,5,5,6,7
    (519, "kategori", "error", "Berhasil", "cukup berhasil"),
    (523, "skala", "warning", "", "90–91"),
    (529, "skala", "warning", "", "70–71"),
    (530, "skala", "warning", "", "50–51"),
    (555, "penomoran", "error", "6", "5"),
    (576, "ejaan", "note", "provinsi", "Propinsi"),
    (582, "tahun", "note", "2023", "2022"),  # a meeting about last year's report: legitimate
    (600, "terbilang", "error", None, None),
    (600, "ejaan", "warning", "miliar", "Milyar"),
    (604, "terbilang", "error", None, None),
    (604, "ejaan", "warning", "miliar", "Milyar"),
    (611, "total", "error", "29.338.830.009", "29.361.413.804"),
    (611, "total", "error", "257.657.991", "235.074.196"),
    (621, "skala", "error", "", "5–55"),  # "Kurang dari 5%" then "55% sampai 75%"
    (622, "skala", "warning", "", "75–76"),
    (635, "total", "error", "29.361.413.804", "28.422.942.650"),  # 33 RO rows vs TOTAL
    (687, "format", "note", "", "1.000,00 00; 10,0 00"),
    (688, "format", "note", "", "2.313.43 8.000,00 00; 2.310.999. 532,0000; 10,0 00"),
    (689, "format", "note", "", "35.739.0 00,0000; 34.539.00 0,0000; 10,0 00"),
    (690, "format", "note", "", "28.768.0 00,0000; 28.765.71 3,0000; 10,0 00"),
    (691, "format", "note", "", "8.273.00 0,0000; 8.273.000, 0000; 10,0 00"),
    (695, "tahun", "warning", "2023", "2022"),
    (743, "tahun", "note", "2023", "2022"),
    (766, "tahun", "error", "Tahun 2023", "Tahun 20233"),
    (810, "jumlah", "warning", "11", "8"),  # "8 (delapan) pertanyaan", items a. to k.
    (851, "ejaan", "note", "analisis", "analisa"),
    (875, "ejaan", "warning", "miliar", "Milyar"),
]


@pytest.fixture(scope="module")
def hasil():
    return periksa_berkas(SEED)


def test_the_seed_is_a_2023_report(hasil):
    assert hasil.year == 2023
    assert hasil.document == "000_519c2e87864b06b6.txt"


def test_every_finding_on_the_seed_is_the_one_expected(hasil):
    assert [(f.line, f.kind, f.severity) for f in hasil.findings] == [t[:3] for t in TEMUAN_SEED]
    for f, (_, _, _, expected, found) in zip(hasil.findings, TEMUAN_SEED, strict=True):
        if expected is not None:
            assert (f.expected, f.found) == (expected, found), f


def test_the_pagu_words_spell_a_tenth_of_the_digits(hasil):
    f = next(f for f in hasil.findings if f.kind == "terbilang" and f.line == 600)
    assert f.expected == (
        "dua puluh sembilan miliar lima ratus sembilan puluh enam juta empat ratus "
        "delapan puluh delapan ribu rupiah"
    )
    assert f.found.endswith("(= 2.596.488.000)")
    assert "29.596.488.000" in f.message and "2.596.488.000" in f.message


def test_the_realisasi_words_are_malformed(hasil):
    f = next(f for f in hasil.findings if f.kind == "terbilang" and f.line == 604)
    assert "tidak dapat dibaca" in f.message
    assert f.found.startswith(
        "dua puluh sembilan Milyar tiga ratus enam Puluh satu Juta tiga empat"
    )
    assert f.expected == (
        "dua puluh sembilan miliar tiga ratus enam puluh satu juta empat ratus tiga belas ribu "
        "delapan ratus empat rupiah"
    )


def test_consistent_parts_of_the_seed_are_left_alone(hasil):
    baris = {(f.line, f.kind) for f in hasil.findings}
    # Each budget row is right: 2.313.438.000 - 2.311.554.188 = 1.883.812, 99,92% ...
    assert not any(line in (608, 609, 610) for line, _ in baris)
    # "(BAIK)" for 99,21% absorption is what the scale gives; 99,21% in words is right.
    assert not any(line in (604, 625) and kind == "kategori" for line, kind in baris)
    assert (625, "terbilang") not in baris
    # Renstra 2020-2024, "Nomor 29 Tahun 2014", "Pemilu 2024", a date in January 2024.
    for line in (40, 44, 58, 319, 321, 323, 368, 587, 588, 762, 788, 789, 856, 862):
        assert not any(
            f.line == line and f.kind == "tahun" and f.found in ("2024", "2014", "2020", "2005")
            for f in hasil.findings
        )


def test_every_kind_the_seed_contains_is_found(hasil):
    assert {f.kind for f in hasil.findings} == {
        "tahun",
        "jumlah",
        "total",
        "ejaan",
        "penomoran",
        "kategori",
        "skala",
        "terbilang",
        "format",
    }


def test_findings_carry_the_quoted_line(hasil):
    f = next(f for f in hasil.findings if f.line == 268)
    assert f.text == "LAPORAN KINERJA TAHUN 2022"
    assert f.page is None
    assert f.message == "Kepala halaman menyebut tahun 2022, padahal laporan ini tahun 2023."
