"""Pages of the onboarding workbook: the template, an office's export, and the import."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render

from sakip.lib.kesalahan import ImporError
from sakip.organisasi import akses
from sakip.organisasi.akses import satker_terlihat
from sakip.perencanaan.buku_kerja.ekspor import TidakAdaRenstra
from sakip.perencanaan.models import Renstra

from .buku_kerja import ekspor_buku_kerja, impor_buku_kerja, template_buku_kerja
from .forms import BukuKerjaForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BATAS_KESALAHAN = 200


def _xlsx(data: bytes, nama: str) -> HttpResponse:
    respons = HttpResponse(data, content_type=XLSX)
    respons["Content-Disposition"] = f'attachment; filename="{nama}"'
    return respons


@login_required
def template(request):
    return _xlsx(template_buku_kerja(), "buku_kerja_sakip.xlsx")


def _boleh(user, satker) -> bool:
    return (
        akses.boleh_mengelola_perencanaan(user, satker)
        or akses.boleh_kelola_kantor(user, satker)
        or akses.boleh_buat_kantor(user)
    )


@login_required
def ekspor(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(request.user, satker)
        or akses.boleh_kelola_kantor(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengunduh buku kerjanya.",
    )
    try:
        data = ekspor_buku_kerja(satker, tahun)
    except TidakAdaRenstra as exc:
        messages.error(request, str(exc))
        return redirect("pengukuran:buku_kerja", kode=satker.kode)
    return _xlsx(data, f"buku_kerja_{satker.kode}_{tahun}.xlsx")


@login_required
def impor(request, kode):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        _boleh(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengimpor buku kerja.",
    )
    kesalahan = []
    status = 200
    form = BukuKerjaForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            berkas = form.cleaned_data["berkas"]
            try:
                hasil = impor_buku_kerja(request.user, berkas.name, berkas.read(), satker.kode)
            except ImporError as exc:
                kesalahan, status = exc.kesalahan, 400
            else:
                kata = "dibuat" if hasil.satker_baru else "diperbarui"
                messages.success(
                    request,
                    f"Buku kerja diimpor: {hasil.satker.nama} {kata}. " + " ".join(hasil.pesan()),
                )
                return redirect("pengukuran:buku_kerja", kode=hasil.satker.kode)
        else:
            status = 400
    tahun = sorted(
        {
            t
            for a, b in Renstra.objects.filter(satker=satker).values_list(
                "tahun_awal", "tahun_akhir"
            )
            for t in range(a, b + 1)
        },
        reverse=True,
    )
    konteks = {
        "satker": satker,
        "form": form,
        "kesalahan": kesalahan[:BATAS_KESALAHAN],
        "jumlah_kesalahan": len(kesalahan),
        "daftar_tahun_ekspor": tahun
        if akses.boleh_mengelola_perencanaan(request.user, satker)
        else [],
        "boleh_kantor_baru": akses.boleh_buat_kantor(request.user),
    }
    return render(request, "pengukuran/buku_kerja.html", konteks, status=status)
