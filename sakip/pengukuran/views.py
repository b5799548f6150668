"""The dashboard of an office and year, and the page of one indicator."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from sakip.laporan.grafik import grafik_target_realisasi
from sakip.organisasi.akses import satker_terlihat
from sakip.perencanaan.models import Indikator

from .capaian import per_sasaran, sebaran_kategori, tabel_capaian, tahun_tersedia
from .models import Realisasi

TAHUN_MIN, TAHUN_MAX = 2000, 2100


def tahun_valid(tahun: int) -> int:
    """A year in a sensible range, else 404."""
    if not TAHUN_MIN <= tahun <= TAHUN_MAX:
        raise Http404(f"Tahun {tahun} di luar rentang {TAHUN_MIN}–{TAHUN_MAX}.")
    return tahun


@login_required
def dasbor(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    tahun_valid(tahun)
    baris = tabel_capaian(satker, tahun)
    sebaran = sebaran_kategori(satker, baris)
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "daftar_tahun": tahun_tersedia(satker),
        "baris": baris,
        "per_sasaran": per_sasaran(baris),
        "sebaran": sebaran,
        "jumlah_sasaran": len({b.nomor_sasaran for b in baris}),
        "grafik": grafik_target_realisasi(baris) if baris else "",
        "skala": satker.skala(),
    }
    return render(request, "pengukuran/dasbor.html", konteks)


@login_required
def indikator(request, kode, indikator_id):
    satker = satker_terlihat(request.user, kode)
    item = get_object_or_404(
        Indikator.objects.select_related("sasaran__renstra", "unit"),
        pk=indikator_id,
        sasaran__renstra__satker=satker,
    )
    target = item.target.order_by("tahun", "triwulan")
    realisasi = Realisasi.objects.filter(indikator=item).order_by("-tahun", "triwulan")
    per_tahun = {}
    for tahun in sorted({t.tahun for t in target} | {r.tahun for r in realisasi}, reverse=True):
        baris = [b for b in tabel_capaian(satker, tahun) if b.indikator.pk == item.pk]
        per_tahun[tahun] = baris[0] if baris else None
    return render(
        request,
        "pengukuran/indikator.html",
        {
            "satker": satker,
            "indikator": item,
            "target": target,
            "realisasi": realisasi,
            "per_tahun": per_tahun,
        },
    )
