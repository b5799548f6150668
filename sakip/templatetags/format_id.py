"""Template filters for Indonesian formats; every number on a page goes through these."""

from django import template

from sakip.lib import angka, capaian, terbilang
from sakip.lib.nilai import format_nilai
from sakip.lib.skala import Skala

register = template.Library()


@register.filter
def angka_id(nilai, desimal=0):
    """{{ x|angka_id:2 }} -> '29.596.488.000,00'."""
    return angka.format_angka(nilai, int(desimal))


@register.filter
def nilai_id(nilai):
    """A measured value without needless decimals: 80 -> '80', 99.5 -> '99,5'."""
    return angka.format_angka_ringkas(nilai)


@register.filter
def nilai_indikator(isi, indikator):
    """{{ b.target_huruf|default:b.target|nilai_indikator:b.indikator }} -> '12 dokumen', '85 %', 'BB'.

    The value is a number, or the grade letter of a grade indicator; the indicator (anything
    with satuan and jenis) says how it is written.
    """
    huruf = isi if isinstance(isi, str) else ""
    return format_nilai(
        None if isinstance(isi, str) else isi, indikator.satuan, indikator.jenis, huruf
    )


@register.simple_tag
def uraian_nilai_huruf():
    """{% uraian_nilai_huruf %} -> 'AA 90, A 80, BB 70, …', the grade numbers capaian uses."""
    return capaian.uraian_nilai_huruf()


@register.filter
def persen_id(nilai, desimal=2):
    """{{ capaian|persen_id }} -> '85,71 %' or '—'."""
    return angka.format_persen(nilai, int(desimal))


@register.filter
def rupiah_id(nilai, desimal=0):
    """{{ pagu|rupiah_id }} -> 'Rp29.596.488.000'."""
    return angka.format_rupiah(nilai, int(desimal))


@register.filter
def tanggal_id(nilai):
    """{{ pk.tanggal|tanggal_id }} -> '31 Januari 2023'."""
    return angka.format_tanggal(nilai)


@register.filter
def terbilang_rupiah(nilai):
    """{{ pagu|terbilang_rupiah }} -> '... rupiah'."""
    return terbilang.terbilang_rupiah(nilai)


# Bootstrap colours from the best band to the worst; a scale's bands are spread over them.
WARNA_KATEGORI = ("success", "primary", "warning", "orange", "danger")


@register.filter
def kategori_css(kategori, skala):
    """{{ b.kategori|kategori_css:satker }}: colour from the band's place in the office's scale.

    The argument is a Skala or anything with skala() (a Satker); a label that is not a band of
    that scale is grey.
    """
    if not isinstance(skala, Skala):
        skala = skala.skala()
    tingkat = skala.tingkat(kategori, len(WARNA_KATEGORI))
    return "secondary" if tingkat is None else WARNA_KATEGORI[tingkat]
