"""The year-rollover page: "Mulai tahun N", and a new Renstra when the old one has ended."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from sakip.organisasi import akses
from sakip.organisasi.akses import satker_terlihat
from sakip.organisasi.waktu import hari_ini

from .models import Renstra, tahun_tersedia
from .services import PerencanaanError
from .tahun_baru import mulai_renstra_baru, mulai_tahun, tahun_baru


@login_required
def halaman(request, kode):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh memulai tahun baru.",
    )
    status = 200
    hari = hari_ini()
    if request.method == "POST":
        aksi = request.POST.get("aksi", "")
        try:
            if aksi == "mulai_tahun":
                tahun = tahun_baru(satker, hari).tahun
                pk = mulai_tahun(request.user, satker, tahun, hari)
                messages.success(
                    request,
                    f"Tahun {tahun} dimulai: {pk} dibuat dari target Renstra dengan "
                    f"{pk.baris.count()} indikator dan penandatangan tahun lalu. Periksa tanggal "
                    "dan penandatangannya sebelum ditandatangani.",
                )
                return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
            if aksi == "renstra_baru":
                lama = get_object_or_404(
                    Renstra, pk=request.POST.get("renstra", "0") or "0", satker=satker
                )
                baru = mulai_renstra_baru(request.user, lama, hari)
                messages.success(
                    request,
                    f"Renstra {baru.periode} dibuat dari struktur Renstra {lama.periode}: isi "
                    "dasar hukum dan target tahun-tahunnya.",
                )
                return redirect("perencanaan:renstra_ubah", kode=satker.kode, renstra_id=baru.pk)
            messages.error(request, "Aksi tidak dikenal.")
            status = 400
        except PerencanaanError as exc:
            messages.error(request, str(exc))
            status = 400
    konteks = {
        "satker": satker,
        "daftar_tahun": tahun_tersedia(satker),
        "tb": tahun_baru(satker, hari),
        "hari_ini": hari,
    }
    return render(request, "perencanaan/tahun_baru.html", konteks, status=status)
