from decimal import Decimal as D

import pytest

from sakip.lib.skala import (
    SKALA_CAPAIAN_KPU,
    SKALA_PENYERAPAN,
    Pita,
    Skala,
    SkalaError,
    tingkat_posisi,
)


@pytest.mark.parametrize(
    ("nilai", "label"),
    [
        (D(0), "Tidak Berhasil"),
        (D("50.99"), "Tidak Berhasil"),
        (D(51), "Kurang Berhasil"),
        (D("70.99"), "Kurang Berhasil"),
        (D(71), "Cukup Berhasil"),
        (D("85.71"), "Cukup Berhasil"),
        (D(90), "Cukup Berhasil"),
        (D("90.99"), "Cukup Berhasil"),
        (D(91), "Berhasil"),
        (D("94.12"), "Berhasil"),
        (D(100), "Berhasil"),
        (D("100.01"), "Sangat Berhasil"),
        (D(250), "Sangat Berhasil"),
    ],
)
def test_kpu_scale(nilai, label):
    assert SKALA_CAPAIAN_KPU.kategori(nilai) == label


@pytest.mark.parametrize(
    ("nilai", "label"),
    [
        (D("54.99"), "Gagal"),
        (D(55), "Cukup Baik"),
        (D("75.99"), "Cukup Baik"),
        (D(76), "Baik"),
        (D("99.21"), "Baik"),
        (D(100), "Baik"),
        (D("100.5"), "Sangat Baik"),
    ],
)
def test_absorption_scale(nilai, label):
    assert SKALA_PENYERAPAN.kategori(nilai) == label


def test_undefined_value_has_no_category():
    assert SKALA_CAPAIAN_KPU.kategori(None) is None


def test_a_scale_with_the_seeds_gap_is_refused():
    # The seed: "Kurang dari 5 %" then "55 % sampai 75 %".
    with pytest.raises(SkalaError, match="celah antara 5 .'Gagal'. dan 55 .'Cukup Baik'."):
        Skala(
            "Penyerapan LKj 2023",
            [
                Pita("Gagal", D(0), D(5)),
                Pita("Cukup Baik", D(55), D(76)),
                Pita("Baik", D(76), D(100), atas_inklusif=True),
                Pita("Sangat Baik", D(100), None, bawah_inklusif=False),
            ],
        )


def test_overlapping_bands_are_refused():
    with pytest.raises(SkalaError, match="tumpang tindih di sekitar 70"):
        Skala("x", [Pita("A", D(0), D(75)), Pita("B", D(70), None)])


def test_a_point_belonging_to_two_bands_is_an_overlap():
    with pytest.raises(SkalaError, match="tumpang tindih di sekitar 50"):
        Skala("x", [Pita("A", D(0), D(50), atas_inklusif=True), Pita("B", D(50), None)])


def test_a_point_in_no_band_is_a_gap():
    with pytest.raises(SkalaError, match="celah tepat di 50"):
        Skala("x", [Pita("A", D(0), D(50)), Pita("B", D(50), None, bawah_inklusif=False)])


def test_a_scale_must_start_at_zero_and_be_open_ended():
    with pytest.raises(SkalaError, match="tidak dimulai dari 0"):
        Skala("x", [Pita("A", D(10), None)])
    with pytest.raises(SkalaError, match="berhenti di 100"):
        Skala("x", [Pita("A", D(0), D(100), atas_inklusif=True)])


def test_permendagri_style_scale_as_data_round_trips():
    data = [
        {"label": "Sangat Rendah", "bawah": "0", "atas": "51"},
        {"label": "Rendah", "bawah": "51", "atas": "66"},
        {"label": "Sedang", "bawah": "66", "atas": "76"},
        {"label": "Tinggi", "bawah": "76", "atas": "91"},
        {"label": "Sangat Tinggi", "bawah": "91", "atas": None},
    ]
    skala = Skala.from_data("Permendagri 86/2017", data)
    assert skala.kategori(D("75.5")) == "Sedang"
    assert Skala.from_data("lagi", skala.as_data()).kategori(D(91)) == "Sangat Tinggi"


def test_malformed_band_data_is_refused_with_its_position():
    with pytest.raises(SkalaError, match="pita ke-2 tidak lengkap atau bukan angka"):
        Skala.from_data(
            "x", [{"label": "A", "bawah": "0", "atas": "5"}, {"label": "B", "bawah": "lima"}]
        )


def test_band_description():
    assert [p.uraian() for p in SKALA_CAPAIAN_KPU.pita] == [
        "< 51",
        "≥ 51 dan < 71",
        "≥ 71 dan < 91",
        "≥ 91 dan ≤ 100",
        "> 100",
    ]


TIGA_PITA = Skala(
    "Tiga pita",
    [
        Pita("Perlu Perbaikan", D(0), D(60)),
        Pita("Memadai", D(60), D(85)),
        Pita("Unggul", D(85), None),
    ],
)


@pytest.mark.parametrize(
    ("skala", "label", "peringkat"),
    [
        (SKALA_CAPAIAN_KPU, "Sangat Berhasil", 0),
        (SKALA_CAPAIAN_KPU, "Tidak Berhasil", 4),
        (TIGA_PITA, "Unggul", 0),
        (TIGA_PITA, "Memadai", 1),
        (TIGA_PITA, "Perlu Perbaikan", 2),
        (TIGA_PITA, "Berhasil", None),  # another scale's label is not a band of this one
        (TIGA_PITA, None, None),
    ],
)
def test_a_bands_place_is_counted_from_the_best(skala, label, peringkat):
    assert skala.peringkat(label) == peringkat


@pytest.mark.parametrize(
    ("jumlah_pita", "tingkat"),
    [
        (1, [0]),
        (2, [0, 4]),
        (3, [0, 2, 4]),
        (4, [0, 1, 3, 4]),  # 4/3 -> 1, 8/3 -> 3
        (5, [0, 1, 2, 3, 4]),  # the KPU scale keeps one colour per band
        (6, [0, 1, 2, 2, 3, 4]),  # 0.8 -> 1, 1.6 -> 2, 2.4 -> 2, 3.2 -> 3
        (9, [0, 1, 1, 2, 2, 3, 3, 4, 4]),  # 0.5 rounds half up
    ],
)
def test_any_number_of_bands_spreads_over_five_levels(jumlah_pita, tingkat):
    assert [tingkat_posisi(p, jumlah_pita, 5) for p in range(jumlah_pita)] == tingkat


def test_a_band_of_another_scale_has_no_level():
    assert TIGA_PITA.tingkat("Unggul", 5) == 0
    assert TIGA_PITA.tingkat("Sangat Berhasil", 5) is None
