"""Where a user starts, and the error pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LogoutView
from django.shortcuts import redirect, render
from django.templatetags.static import static

from .akses import keanggotaan, membaca_semua
from .models import Peran

# Roles that land on their work list: PIC, Kepala Subbagian and the Sekretaris.
TUGAS_DULU = {Peran.PIC, Peran.VERIFIKATOR, Peran.PIMPINAN}


@login_required
def beranda(request):
    k = keanggotaan(request.user)
    if k is None:
        if membaca_semua(request.user):
            return redirect("daftar_satker")
        return render(request, "organisasi/tanpa_kantor.html", status=403)
    if k.peran == Peran.EVALUATOR:  # the offices below theirs
        return redirect("daftar_satker")
    if k.peran in TUGAS_DULU:  # their work: what waits for them (the Sekretaris: approvals)
        return redirect("pengukuran:tugas")
    return redirect("satker", kode=k.satker.kode)


class Keluar(LogoutView):
    """Log out and say so on the login page it leads to."""

    def post(self, request, *args, **kwargs):
        nama = request.user.get_username() if request.user.is_authenticated else ""
        respons = super().post(request, *args, **kwargs)
        if nama:
            messages.success(request, f"Anda telah keluar ({nama}). Sampai jumpa.")
        return respons


def favicon(request):
    """Browsers ask for /favicon.ico at the root; it lives with the static files."""
    return redirect(static("favicon.ico"), permanent=False)


def galat_400(request, exception=None):
    return render(
        request, "galat.html", {"kode": 400, "judul": "Permintaan tidak valid"}, status=400
    )


def galat_403(request, exception=None):
    return render(
        request,
        "galat.html",
        {"kode": 403, "judul": "Anda tidak berhak membuka halaman ini"},
        status=403,
    )


def galat_404(request, exception=None):
    return render(
        request, "galat.html", {"kode": 404, "judul": "Halaman tidak ditemukan"}, status=404
    )


def galat_500(request):
    return render(
        request, "galat.html", {"kode": 500, "judul": "Terjadi kesalahan pada server"}, status=500
    )
