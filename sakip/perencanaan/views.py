"""Read pages of the plan: Renstra, IKU and the PK of a year."""

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import render

from sakip.organisasi.akses import satker_terlihat

from .models import Indikator, PerjanjianKinerja, Renstra, Sasaran, Target, tahun_tersedia


@login_required
def renstra(request, kode):
    satker = satker_terlihat(request.user, kode)
    daftar = Renstra.objects.filter(satker=satker).prefetch_related(
        "misi",
        "tujuan",
        Prefetch("sasaran", queryset=Sasaran.objects.prefetch_related("indikator")),
    )
    return render(
        request,
        "perencanaan/renstra.html",
        {"satker": satker, "daftar": daftar, "daftar_tahun": tahun_tersedia(satker)},
    )


@login_required
def iku(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    indikator = (
        Indikator.objects.filter(
            sasaran__renstra__satker=satker,
            sasaran__renstra__tahun_awal__lte=tahun,
            sasaran__renstra__tahun_akhir__gte=tahun,
            iku=True,
        )
        .select_related("sasaran", "unit")
        .prefetch_related(
            Prefetch("target", queryset=Target.objects.filter(tahun=tahun, triwulan__isnull=True))
        )
    )
    return render(
        request,
        "perencanaan/iku.html",
        {
            "satker": satker,
            "tahun": tahun,
            "indikator": indikator,
            "daftar_tahun": tahun_tersedia(satker),
        },
    )


@login_required
def perjanjian(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    konteks = {"satker": satker, "tahun": tahun, "pk": pk, "daftar_tahun": tahun_tersedia(satker)}
    if pk is not None:
        konteks["baris"] = pk.baris.select_related("indikator__sasaran")
        konteks["anggaran"] = pk.anggaran.all()
    return render(request, "perencanaan/pk.html", konteks)
