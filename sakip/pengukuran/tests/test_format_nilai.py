"""The template filters that write an indicator's value and colour a category."""

from decimal import Decimal

import pytest
from django.template import Context, Template

from sakip.lib.skala import SKALA_CAPAIAN_KPU, Pita, Skala
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Indikator

# A scale of another office: three bands with names of its own.
TIGA_PITA = Skala(
    "Skala tiga pita",
    [
        Pita("Rendah", Decimal(0), Decimal(80)),
        Pita("Sedang", Decimal(80), Decimal(95)),
        Pita("Tinggi", Decimal(95), None),
    ],
)
EMPAT_PITA = Skala(
    "Skala empat pita",
    [
        Pita("D", Decimal(0), Decimal(50)),
        Pita("C", Decimal(50), Decimal(70)),
        Pita("B", Decimal(70), Decimal(90)),
        Pita("A", Decimal(90), None),
    ],
)


def _render(teks: str, **konteks) -> str:
    return Template(teks).render(Context(konteks))


@pytest.mark.parametrize(
    ("skala", "warna"),
    [
        (TIGA_PITA, {"Tinggi": "success", "Sedang": "warning", "Rendah": "danger"}),
        (EMPAT_PITA, {"A": "success", "B": "primary", "C": "orange", "D": "danger"}),
        (
            SKALA_CAPAIAN_KPU,
            {
                "Sangat Berhasil": "success",
                "Berhasil": "primary",
                "Cukup Berhasil": "warning",
                "Kurang Berhasil": "orange",
                "Tidak Berhasil": "danger",
            },
        ),
    ],
)
def test_category_colour_comes_from_the_bands_place_in_the_offices_scale(skala, warna):
    satker = Satker(kode="9902", nama="KPU Contoh", skala_capaian=skala.as_data())
    for label, css in warna.items():
        assert _render("{{ k|kategori_css:satker }}", k=label, satker=satker) == css
        assert _render("{{ k|kategori_css:skala }}", k=label, skala=skala) == css


def test_a_label_outside_the_scale_is_grey():
    satker = Satker(kode="9902", nama="KPU Contoh", skala_capaian=TIGA_PITA.as_data())
    assert _render("{{ k|kategori_css:satker }}", k="Berhasil", satker=satker) == "secondary"
    assert _render("{{ k|kategori_css:satker }}", k=None, satker=satker) == "secondary"


@pytest.mark.parametrize(
    ("satuan", "jenis", "nilai", "huruf", "teks"),
    [
        ("dokumen", Indikator.Jenis.ANGKA, Decimal("12.0000"), "", "12 dokumen"),
        ("%", Indikator.Jenis.PERSEN, Decimal("99.5000"), "", "99,5 %"),
        ("indeks", Indikator.Jenis.ANGKA, Decimal("80.0000"), "", "80"),
        ("dokumen", Indikator.Jenis.ANGKA, None, "", "—"),
        ("nilai", Indikator.Jenis.HURUF, None, "BB", "BB"),
        ("nilai", Indikator.Jenis.HURUF, None, "", "—"),
    ],
)
def test_one_filter_writes_an_indicator_value(satuan, jenis, nilai, huruf, teks):
    indikator = Indikator(nama="x", satuan=satuan, jenis=jenis)
    hasil = _render(
        "{{ huruf|default:nilai|nilai_indikator:indikator }}",
        huruf=huruf,
        nilai=nilai,
        indikator=indikator,
    )
    assert hasil == teks


def test_the_grade_table_tag():
    assert _render("{% uraian_nilai_huruf %}") == "AA 90, A 80, BB 70, B 60, CC 50, C 30, D 0"
