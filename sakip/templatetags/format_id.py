"""Template filters for Indonesian formats; every number on a page goes through these."""

from django import template

from sakip.lib import angka, terbilang

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


@register.filter
def kategori_css(kategori):
    """Bootstrap colour of a category label (best to worst)."""
    return {
        "Sangat Berhasil": "success",
        "Berhasil": "primary",
        "Cukup Berhasil": "warning",
        "Kurang Berhasil": "orange",
        "Tidak Berhasil": "danger",
    }.get(kategori, "secondary")
