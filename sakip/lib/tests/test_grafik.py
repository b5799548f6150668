"""The one chart module: its unit rule, and that web and documents get the same drawing."""

from dataclasses import dataclass
from decimal import Decimal as D

import pytest

from sakip.lib import grafik


@pytest.mark.parametrize(
    ("terbesar", "pembagi", "label"),
    [
        (D("29361000000"), D(10) ** 9, "Miliar rupiah"),
        (D("1000000000"), D(10) ** 9, "Miliar rupiah"),
        (D("999999999.99"), D(10) ** 6, "Juta rupiah"),
        (D("1000000"), D(10) ** 6, "Juta rupiah"),
        (D("999999"), D(1), "Rupiah"),
        (D(0), D(1), "Rupiah"),
        (None, D(1), "Rupiah"),
    ],
)
def test_the_rupiah_unit_follows_the_largest_figure(terbesar, pembagi, label):
    assert grafik.satuan_rupiah(terbesar) == (pembagi, label)


@dataclass
class Bulan:
    bulan: int
    realisasi: D
    rencana: D
    realisasi_kumulatif: D
    rencana_kumulatif: D
    deviasi: D | None


def _bulanan(skala: D) -> list[Bulan]:
    hasil, r, p = [], D(0), D(0)
    for b in range(1, 13):
        r, p = r + skala * b, p + skala * 12
        hasil.append(Bulan(b, skala * b, skala * 12, r, p, D("12.5")))
    return hasil


def test_the_rpd_chart_labels_its_axis_with_the_unit_of_its_own_figures():
    # a small office (tens of millions) and a large one (billions): one rule, two units
    kecil = grafik.grafik_rpd(_bulanan(D(1_000_000)), "svg")
    besar = grafik.grafik_rpd(_bulanan(D(1_000_000_000)), "svg")
    assert kecil.startswith("<svg") and besar.startswith("<svg")
    assert grafik.satuan_rupiah(_bulanan(D(1_000_000))[-1].rencana_kumulatif)[1] == "Juta rupiah"
    assert grafik.satuan_rupiah(_bulanan(D(1_000_000_000))[-1].rencana_kumulatif)[1] == (
        "Miliar rupiah"
    )
    assert kecil != besar


def test_the_same_data_draws_the_same_svg_and_a_png_for_word():
    data = _bulanan(D(2_500_000))
    assert grafik.grafik_rpd(data, "svg") == grafik.grafik_rpd(data, "svg")
    png = grafik.grafik_rpd(data, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("x", "teks"), [(1234567.0, "1.234.567"), (2.5, "2,5"), (0.0, "0"), (12.0, "12")]
)
def test_axis_ticks_are_written_the_indonesian_way(x, teks):
    assert grafik._ribuan_desimal(x) == teks


class Simpanan(dict):
    """The smallest store with Django's cache interface (get, set with a timeout)."""

    def set(self, key, value, timeout=None):
        self[key] = value


def test_a_chart_is_drawn_once_per_data_and_format():
    simpanan = Simpanan()
    data, lain = _bulanan(D(2_500_000)), _bulanan(D(3_000_000))
    awal = grafik.LUKISAN
    svg = grafik.grafik_rpd(data, "svg", simpanan=simpanan)
    assert grafik.grafik_rpd(data, "svg", simpanan=simpanan) == svg
    assert awal + 1 == grafik.LUKISAN
    grafik.grafik_rpd(data, "png", simpanan=simpanan)  # another format: drawn
    grafik.grafik_rpd(lain, "svg", simpanan=simpanan)  # other data: drawn
    grafik.grafik_rpd(_bulanan(D(2_500_000)), "svg", simpanan=simpanan)  # equal data: not
    assert awal + 3 == grafik.LUKISAN and len(simpanan) == 3
    assert "<text" in svg and "Realisasi kumulatif" in svg  # real text in the SVG
