"""Where a user starts, the error pages, and the office's own pages (profile, users)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.lib.skala import skala_ke_teks

from . import akses, services
from .akses import keanggotaan, membaca_semua, satker_terlihat
from .forms import KantorBaruForm, PenggunaBaruForm, ProfilForm, SandiForm, UbahPenggunaForm
from .models import Peran, Satker


@login_required
def beranda(request):
    k = keanggotaan(request.user)
    if k is None:
        if membaca_semua(request.user):
            return redirect("daftar_satker")
        return render(request, "organisasi/tanpa_kantor.html", status=403)
    if k.peran == Peran.EVALUATOR:
        return redirect("daftar_satker")
    return redirect("satker", kode=k.satker.kode)


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


# -- the office Admin's pages: profile and users; the national superuser's new office -------


def _kantor(request, kode) -> Satker:
    """The office (404 when the user may not read it) if the user may manage it (403)."""
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_kelola_kantor(request.user, satker),
        "Hanya Admin kantor ini yang boleh mengelola profil dan pengguna kantor.",
    )
    return satker


def _konteks(satker, **lain) -> dict:
    return {"satker": satker, **lain}


@login_required
def profil(request, kode):
    satker = _kantor(request, kode)
    status, galat = 200, ""
    if request.method == "POST":
        form = ProfilForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.simpan_profil(request.user, satker, **form.cleaned_data)
            except services.OrganisasiError as exc:
                galat, status = str(exc), 400
            else:
                messages.success(request, "Profil kantor disimpan.")
                return redirect("organisasi:profil", kode=satker.kode)
        else:
            status = 400
        satker.refresh_from_db()
    else:
        form = ProfilForm(
            initial={
                "nama": satker.nama,
                "alamat": satker.alamat,
                "kota": satker.kota,
                "situs": satker.situs,
                "batas_capaian": satker.batas_capaian,
                "skala_capaian": skala_ke_teks(satker.skala_capaian),
                "skala_penyerapan": skala_ke_teks(satker.skala_penyerapan),
            }
        )
    return render(
        request, "organisasi/profil.html", _konteks(satker, form=form, galat=galat), status=status
    )


@login_required
@require_POST
def unit_baru(request, kode):
    satker = _kantor(request, kode)
    try:
        unit = services.simpan_unit(
            request.user,
            satker,
            kode=request.POST.get("kode", ""),
            nama=request.POST.get("nama", ""),
        )
    except services.OrganisasiError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Unit {unit.nama} disimpan.")
    return redirect(reverse("organisasi:profil", kwargs={"kode": satker.kode}) + "#unit")


@login_required
def logo(request, kode):
    """The office's logo, to members (the LKj cover reads the file itself)."""
    satker = satker_terlihat(request.user, kode)
    if not satker.logo:
        raise Http404("Kantor ini belum memiliki logo.")
    return FileResponse(satker.logo.open("rb"))


@login_required
def pengguna_daftar(request, kode):
    satker = _kantor(request, kode)
    daftar = services.daftar_pengguna(request.user, satker)
    return render(request, "organisasi/pengguna.html", _konteks(satker, daftar=daftar))


@login_required
def pengguna_baru(request, kode):
    satker = _kantor(request, kode)
    status, galat = 200, ""
    form = PenggunaBaruForm(request.POST or None, satker=satker)
    if request.method == "POST":
        if form.is_valid():
            try:
                baru = services.buat_pengguna(request.user, satker, **form.cleaned_data)
            except services.OrganisasiError as exc:
                galat, status = str(exc), 400
            else:
                messages.success(
                    request,
                    f"Pengguna {baru.username} dibuat sebagai "
                    f"{baru.keanggotaan.get_peran_display()}.",
                )
                if request.POST.get("lanjut") == "baru":
                    return redirect("organisasi:pengguna_baru", kode=satker.kode)
                return redirect("organisasi:pengguna", kode=satker.kode)
        else:
            status = 400
    return render(
        request,
        "organisasi/pengguna_form.html",
        _konteks(satker, form=form, galat=galat, judul="Pengguna baru"),
        status=status,
    )


def _target(request, satker, user_id):
    try:
        return services.pengguna_kantor(request.user, satker, user_id)
    except LookupError as exc:
        raise Http404(str(exc)) from exc


@login_required
def pengguna_ubah(request, kode, user_id):
    satker = _kantor(request, kode)
    target = _target(request, satker, user_id)
    k = target.keanggotaan
    status, galat = 200, ""
    if request.method == "POST":
        form = UbahPenggunaForm(request.POST, satker=satker)
        if form.is_valid():
            try:
                services.ubah_pengguna(request.user, satker, target, **form.cleaned_data)
            except services.OrganisasiError as exc:
                galat, status = str(exc), 400
            else:
                messages.success(request, f"Pengguna {target.username} disimpan.")
                return redirect("organisasi:pengguna", kode=satker.kode)
        else:
            status = 400
    else:
        form = UbahPenggunaForm(
            initial={"peran": k.peran, "unit": k.unit_id, "aktif": target.is_active},
            satker=satker,
        )
    return render(
        request,
        "organisasi/pengguna_form.html",
        _konteks(
            satker,
            form=form,
            galat=galat,
            target=target,
            form_sandi=SandiForm(),
            judul=f"Pengguna {target.username}",
        ),
        status=status,
    )


@login_required
@require_POST
def pengguna_sandi(request, kode, user_id):
    satker = _kantor(request, kode)
    target = _target(request, satker, user_id)
    form = SandiForm(request.POST)
    if form.is_valid():
        try:
            services.atur_ulang_sandi(request.user, satker, target, form.cleaned_data["sandi"])
        except services.OrganisasiError as exc:
            messages.error(request, str(exc))
            return redirect("organisasi:pengguna_ubah", kode=satker.kode, user_id=target.pk)
        messages.success(request, f"Kata sandi {target.username} diatur ulang.")
    else:
        messages.error(request, "Isi kata sandi baru.")
    return redirect("organisasi:pengguna_ubah", kode=satker.kode, user_id=target.pk)


@login_required
@require_POST
def pengguna_buka_kunci(request, kode, user_id):
    satker = _kantor(request, kode)
    target = _target(request, satker, user_id)
    services.buka_kunci(request.user, satker, target)
    messages.success(request, f"Kunci masuk {target.username} dibuka; ia dapat masuk lagi.")
    return redirect("organisasi:pengguna", kode=satker.kode)


@login_required
def kantor_baru(request):
    """A national superuser creates an office with a code and a name (and its first Admin)."""
    akses.pastikan(
        akses.boleh_buat_kantor(request.user),
        "Hanya superuser nasional yang boleh membuat kantor baru.",
    )
    status, galat = 200, ""
    form = KantorBaruForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                satker = services.buat_kantor(request.user, **form.cleaned_data)
            except services.OrganisasiError as exc:
                galat, status = str(exc), 400
            else:
                messages.success(request, f"{satker.nama} ({satker.kode}) dibuat.")
                return redirect("organisasi:pengguna", kode=satker.kode)
        else:
            status = 400
    return render(
        request, "organisasi/kantor_baru.html", {"form": form, "galat": galat}, status=status
    )
