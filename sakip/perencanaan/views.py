"""Pages of the plan: reading Renstra, IKU and the PK; the Perencana's pages that write them."""

import datetime
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from sakip.lib.angka import AngkaError, format_angka_ringkas, parse_angka
from sakip.lib.periode import tahun_sah
from sakip.lib.pohon import svg_pohon
from sakip.organisasi import akses
from sakip.organisasi.akses import satker_terlihat
from sakip.organisasi.models import Satker
from sakip.organisasi.waktu import hari_ini as hari_ini_

from . import services
from .forms import (
    IndikatorForm,
    PenandatanganForm,
    PerubahanForm,
    PkBaruForm,
    RenstraForm,
    SasaranForm,
)
from .models import Indikator, PerjanjianKinerja, Renstra, Sasaran, Target, tahun_tersedia
from .pohon import masalah_pohon, pohon_kinerja, renstra_tahun


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
    versi = list(
        PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).order_by("-perubahan")
    )
    pk = versi[0] if versi else None
    diminta = request.GET.get("perubahan", "")
    if diminta:
        pk = next((v for v in versi if str(v.perubahan) == diminta), None)
        if pk is None:
            raise Http404(f"PK {tahun} tidak memiliki perubahan ke-{diminta}.")
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "pk": pk,
        "versi": versi,
        "berlaku": versi[0] if versi else None,
        "daftar_tahun": tahun_tersedia(satker),
        "boleh_ubah": akses.boleh_mengelola_perencanaan(request.user, satker),
    }
    if pk is not None:
        konteks["baris"] = pk.baris.select_related("indikator__sasaran")
        konteks["anggaran"] = pk.anggaran.all()
    return render(request, "perencanaan/pk.html", konteks)


# -- the Perencana's pages: write the plan ---------------------------------------------


def _boleh(request, kode) -> Satker:
    """The office (404 when unreadable) if the user may plan for it (403 otherwise)."""
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengubah perencanaan.",
    )
    return satker


def _konteks(satker, **lain) -> dict:
    return {"satker": satker, "daftar_tahun": tahun_tersedia(satker), **lain}


def _tolak(request, template, konteks, exc) -> HttpResponse:
    konteks["galat"] = str(exc)
    return render(request, template, konteks, status=400)


@login_required
def kelola(request, kode):
    """The plan of the office with every link to change it."""
    satker = _boleh(request, kode)
    daftar = Renstra.objects.filter(satker=satker).prefetch_related(
        "misi",
        "tujuan",
        Prefetch(
            "sasaran",
            queryset=Sasaran.objects.prefetch_related(
                Prefetch("indikator", queryset=Indikator.objects.select_related("unit"))
            ),
        ),
    )
    pk = {p.tahun: p for p in PerjanjianKinerja.objects.filter(satker=satker).order_by("perubahan")}
    for r in daftar:
        r.tahun_daftar = [(t, pk.get(t)) for t in range(r.tahun_awal, r.tahun_akhir + 1)]
    return render(request, "perencanaan/kelola.html", _konteks(satker, daftar=daftar))


def _isi_renstra(renstra: Renstra) -> dict:
    return {
        "tahun_awal": renstra.tahun_awal,
        "tahun_akhir": renstra.tahun_akhir,
        "dasar_hukum": renstra.dasar_hukum,
        "visi": renstra.visi,
        "misi": "\n".join(m.uraian for m in renstra.misi.all()),
        "tujuan": "\n".join(t.uraian for t in renstra.tujuan.all()),
    }


@login_required
def renstra_ubah(request, kode, renstra_id=None):
    satker = _boleh(request, kode)
    renstra = get_object_or_404(Renstra, pk=renstra_id, satker=satker) if renstra_id else None
    if request.method == "POST":
        form = RenstraForm(request.POST)
        konteks = _konteks(satker, form=form, renstra=renstra)
        if not form.is_valid():
            return render(request, "perencanaan/renstra_form.html", konteks, status=400)
        try:
            renstra = services.simpan_renstra(request.user, satker, renstra, **form.cleaned_data)
        except services.PerencanaanError as exc:
            return _tolak(request, "perencanaan/renstra_form.html", konteks, exc)
        messages.success(request, f"Renstra {renstra.periode} disimpan.")
        return redirect("perencanaan:renstra_ubah", kode=satker.kode, renstra_id=renstra.pk)
    form = RenstraForm(initial=_isi_renstra(renstra) if renstra else None)
    konteks = _konteks(satker, form=form, renstra=renstra)
    if renstra is not None:
        konteks["daftar_sasaran"] = renstra.sasaran.prefetch_related("indikator").select_related(
            "tujuan"
        )
        konteks["form_sasaran"] = SasaranForm(renstra=renstra, auto_id="sasaran_%s")
    return render(request, "perencanaan/renstra_form.html", konteks)


@login_required
def sasaran_ubah(request, kode, renstra_id=None, sasaran_id=None):
    satker = _boleh(request, kode)
    if sasaran_id:
        sasaran = get_object_or_404(Sasaran, pk=sasaran_id, renstra__satker=satker)
        renstra = sasaran.renstra
    else:
        sasaran = None
        renstra = get_object_or_404(Renstra, pk=renstra_id, satker=satker)
    if request.method == "POST":
        form = SasaranForm(request.POST, renstra=renstra)
        konteks = _konteks(satker, form=form, renstra=renstra, objek=sasaran)
        if not form.is_valid():
            return render(request, "perencanaan/sasaran_form.html", konteks, status=400)
        try:
            sasaran = services.simpan_sasaran(request.user, renstra, sasaran, **form.cleaned_data)
        except services.PerencanaanError as exc:
            return _tolak(request, "perencanaan/sasaran_form.html", konteks, exc)
        messages.success(request, f"Sasaran {sasaran.nomor} disimpan.")
        return redirect("perencanaan:sasaran_ubah", kode=satker.kode, sasaran_id=sasaran.pk)
    form = SasaranForm(
        renstra=renstra,
        initial={"uraian": sasaran.uraian, "tujuan": sasaran.tujuan_id} if sasaran else None,
    )
    konteks = _konteks(satker, form=form, renstra=renstra, objek=sasaran)
    if sasaran is not None:
        konteks["indikator"] = sasaran.indikator.select_related("unit")
    return render(request, "perencanaan/sasaran_form.html", konteks)


@login_required
@require_POST
def sasaran_hapus(request, kode, sasaran_id):
    satker = _boleh(request, kode)
    sasaran = get_object_or_404(Sasaran, pk=sasaran_id, renstra__satker=satker)
    renstra = sasaran.renstra
    try:
        services.hapus_sasaran(request.user, sasaran)
    except services.PerencanaanError as exc:
        messages.error(request, str(exc))
        return redirect("perencanaan:sasaran_ubah", kode=satker.kode, sasaran_id=sasaran.pk)
    messages.success(request, "Sasaran dihapus.")
    return redirect("perencanaan:renstra_ubah", kode=satker.kode, renstra_id=renstra.pk)


@login_required
def indikator_ubah(request, kode, sasaran_id=None, indikator_id=None):
    satker = _boleh(request, kode)
    if indikator_id:
        indikator = get_object_or_404(
            Indikator.objects.select_related("sasaran__renstra"),
            pk=indikator_id,
            sasaran__renstra__satker=satker,
        )
        sasaran = indikator.sasaran
    else:
        indikator = None
        sasaran = get_object_or_404(
            Sasaran.objects.select_related("renstra"), pk=sasaran_id, renstra__satker=satker
        )
    if request.method == "POST":
        form = IndikatorForm(request.POST, satker=satker)
        konteks = _konteks(satker, form=form, sasaran=sasaran, objek=indikator)
        if not form.is_valid():
            return render(request, "perencanaan/indikator_form.html", konteks, status=400)
        try:
            indikator = services.simpan_indikator(
                request.user, sasaran, indikator, **form.cleaned_data
            )
        except services.PerencanaanError as exc:
            return _tolak(request, "perencanaan/indikator_form.html", konteks, exc)
        messages.success(request, f"Indikator {sasaran.nomor}.{indikator.nomor} disimpan.")
        if request.POST.get("lanjut") == "baru":
            return redirect("perencanaan:indikator_baru", kode=satker.kode, sasaran_id=sasaran.pk)
        return redirect("perencanaan:sasaran_ubah", kode=satker.kode, sasaran_id=sasaran.pk)
    form = IndikatorForm(instance=indikator, satker=satker)
    konteks = _konteks(
        satker,
        form=form,
        sasaran=sasaran,
        objek=indikator,
        pratinjau=services.pratinjau_rumus(indikator.rumus if indikator else ""),
    )
    if indikator is not None:
        konteks["riwayat"] = indikator.history.select_related("history_user")[:10]
    return render(request, "perencanaan/indikator_form.html", konteks)


@login_required
def rumus_pratinjau(request):
    """The formula's live preview (htmx): its quantities and a sample value, or the error."""
    teks = request.POST.get("rumus", request.GET.get("rumus", ""))[:1000]
    return render(
        request, "perencanaan/_pratinjau_rumus.html", {"pratinjau": services.pratinjau_rumus(teks)}
    )


@login_required
def target_ubah(request, kode, renstra_id, tahun):
    """Targets of every indicator of the Renstra for one year: the year and each quarter."""
    satker = _boleh(request, kode)
    renstra = get_object_or_404(Renstra, pk=renstra_id, satker=satker)
    if not renstra.memuat(tahun):
        raise Http404(f"Tahun {tahun} di luar periode Renstra {renstra.periode}.")
    indikator = list(
        Indikator.objects.filter(sasaran__renstra=renstra).select_related("sasaran", "unit")
    )
    ada = {
        (t.indikator_id, t.triwulan): t
        for t in Target.objects.filter(indikator__in=indikator, tahun=tahun)
    }
    periode = [None, 1, 2, 3, 4]
    status = 200
    galat = ""
    if request.method == "POST":
        isian = [
            services.IsiTarget(
                indikator=i,
                triwulan=tw,
                teks=request.POST.get(f"t-{i.pk}-{tw or 0}", ""),
                tonggak=request.POST.get(f"g-{i.pk}-{tw or 0}", ""),
            )
            for i in indikator
            for tw in periode
        ]
        try:
            n = services.simpan_target(request.user, renstra, tahun, isian)
        except services.PerencanaanError as exc:
            galat, status = str(exc), 400
        else:
            messages.success(request, f"Target tahun {tahun} disimpan ({n} isian berubah).")
            return redirect(
                "perencanaan:target", kode=satker.kode, renstra_id=renstra.pk, tahun=tahun
            )
    baris = []
    for i in indikator:
        sel = []
        for tw in periode:
            t = ada.get((i.pk, tw))
            if request.method == "POST":
                nilai = request.POST.get(f"t-{i.pk}-{tw or 0}", "")
                tonggak = request.POST.get(f"g-{i.pk}-{tw or 0}", "")
            elif t is None:
                nilai, tonggak = "", ""
            else:
                nilai = t.nilai_huruf if i.berhuruf else format_angka_ringkas(t.nilai)
                tonggak = t.tonggak
            sel.append({"tw": tw or 0, "nilai": nilai, "tonggak": tonggak})
        baris.append((i, sel))
    konteks = _konteks(
        satker,
        renstra=renstra,
        tahun=tahun,
        baris=baris,
        galat=galat,
        tahun_renstra=range(renstra.tahun_awal, renstra.tahun_akhir + 1),
    )
    return render(request, "perencanaan/target_form.html", konteks, status=status)


def _penandatangan(data) -> services.Penandatangan:
    return services.Penandatangan(
        **{k: data[k] for k in services.Penandatangan.__dataclass_fields__}
    )


@login_required
def pk_ubah(request, kode, tahun):
    """Create the year's PK, correct its signatories and targets, make a PK Perubahan."""
    satker = _boleh(request, kode)
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    status = 200
    konteks = _konteks(satker, tahun=tahun, pk=pk)
    aksi = request.POST.get("aksi", "") if request.method == "POST" else ""
    hari_ini = hari_ini_()
    form = form_perubahan = None
    try:
        if aksi == "buat":
            form = PkBaruForm(request.POST)
            if form.is_valid():
                pk = services.buat_pk(
                    request.user,
                    satker,
                    tahun,
                    _penandatangan(form.cleaned_data),
                    sumber=form.cleaned_data["sumber"],
                    hari_ini=hari_ini,
                    konfirmasi_tanggal=form.cleaned_data["konfirmasi_tanggal"],
                )
                messages.success(request, f"Perjanjian Kinerja {tahun} dibuat.")
                return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
            status = 400
        elif aksi == "penandatangan" and pk is not None:
            form = PenandatanganForm(request.POST)
            if form.is_valid():
                services.ubah_penandatangan(
                    request.user,
                    pk,
                    _penandatangan(form.cleaned_data),
                    hari_ini=hari_ini,
                    konfirmasi_tanggal=form.cleaned_data["konfirmasi_tanggal"],
                )
                messages.success(request, f"Penandatangan {pk} disimpan.")
                return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
            status = 400
        elif aksi == "target" and pk is not None:
            isian = {
                int(k.removeprefix("b-")): v
                for k, v in request.POST.items()
                if k.startswith("b-") and k[2:].isdigit()
            }
            n = services.ubah_target_pk(request.user, pk, isian)
            messages.success(request, f"Target PK disimpan ({n} baris berubah).")
            return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
        elif aksi == "perubahan" and pk is not None:
            form_perubahan = PerubahanForm(request.POST)
            if form_perubahan.is_valid():
                baru = services.buat_pk_perubahan(
                    request.user,
                    pk,
                    alasan=form_perubahan.cleaned_data["alasan"],
                    tanggal=form_perubahan.cleaned_data["tanggal"],
                    hari_ini=hari_ini,
                    konfirmasi_tanggal=form_perubahan.cleaned_data["konfirmasi_tanggal"],
                )
                messages.success(
                    request, f"{baru} dibuat; versi sebelumnya tetap tersimpan dan ditampilkan."
                )
                return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
            status = 400
        elif aksi == "anggaran" and pk is not None:
            baris = _baris_anggaran(request.POST)
            services.ganti_anggaran_pk(request.user, pk, baris)
            messages.success(request, "Program dan anggaran PK disimpan.")
            return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
        elif aksi:
            raise services.PerencanaanError(f"Tindakan '{aksi}' tidak dikenal.")
    except services.PerencanaanError as exc:
        konteks["galat"] = str(exc)
        status = 400
    if pk is None:
        konteks["form"] = form or PkBaruForm(
            initial={**vars(services.penandatangan_usulan(satker, tahun)), "sumber": "renstra"}
        )
        konteks["ada_tahun_lalu"] = PerjanjianKinerja.objects.filter(
            satker=satker, tahun=tahun - 1
        ).exists()
    else:
        awal = {k: getattr(pk, k) for k in services.Penandatangan.__dataclass_fields__}
        konteks["form"] = form or PenandatanganForm(initial=awal)
        konteks["form_perubahan"] = form_perubahan or PerubahanForm(
            initial={"tanggal": min(hari_ini, datetime.date(tahun, 12, 31))}
        )
        konteks["baris"] = pk.baris.select_related("indikator__sasaran")
        konteks["anggaran"] = pk.anggaran.all()
        konteks["versi"] = PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).order_by(
            "-perubahan"
        )
    return render(request, "perencanaan/pk_form.html", konteks, status=status)


def _baris_anggaran(post) -> list[tuple[str, str, Decimal]]:
    hasil = []
    for n in range(1, 21):
        kode, nama, teks = (post.get(f"{k}-{n}", "").strip() for k in ("kode", "nama", "jumlah"))
        if not (kode or nama or teks):
            continue
        try:
            jumlah = parse_angka(teks) if teks else None
        except AngkaError as exc:
            raise services.PerencanaanError(f"Baris program {n}: {exc}.") from exc
        hasil.append((kode, nama, jumlah))
    return hasil


@login_required
def pohon(request, kode):
    """The pohon kinerja of the office's current (or chosen) Renstra, drawn as SVG."""
    satker = satker_terlihat(request.user, kode)
    tahun = request.GET.get("tahun", "")
    renstra = renstra_tahun(
        satker, int(tahun) if tahun.isdigit() and tahun_sah(int(tahun)) else None
    )
    konteks = _konteks(satker, renstra=renstra)
    if renstra is not None:
        konteks["svg"] = mark_safe(
            svg_pohon(pohon_kinerja(renstra), lebar=320, judul=f"Pohon kinerja {satker.nama}")
        )
        konteks["masalah"] = masalah_pohon(renstra)
        konteks["boleh_ubah"] = akses.boleh_mengelola_perencanaan(request.user, satker)
    return render(request, "perencanaan/pohon.html", konteks)
