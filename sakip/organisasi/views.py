"""Landing pages: where a user starts, the offices an evaluator reads, error pages."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import Http404
from django.shortcuts import redirect, render

from sakip.laporan.models import JenisDokumen, VersiLaporan
from sakip.pengukuran.capaian import ringkasan_satker, tahun_utama
from sakip.perencanaan.models import PerjanjianKinerja

from .akses import keanggotaan, satker_terlihat, satker_yang_dapat_dibaca
from .models import Peran


@login_required
def beranda(request):
    k = keanggotaan(request.user)
    if k is None:
        if request.user.is_superuser:
            return redirect("daftar_satker")
        return render(request, "organisasi/tanpa_kantor.html", status=403)
    if k.peran == Peran.EVALUATOR:
        return redirect("daftar_satker")
    return redirect("satker", kode=k.satker.kode)


@login_required
def daftar_satker(request):
    """The offices a user may read with their year at a glance; evaluators compare them here."""
    terlihat = satker_yang_dapat_dibaca(request.user)
    tahun_ada = sorted(
        set(PerjanjianKinerja.objects.filter(satker__in=terlihat).values_list("tahun", flat=True)),
        reverse=True,
    )
    tahun = _tahun_dari(request, tahun_ada)
    halaman = Paginator(terlihat.select_related("induk__induk").order_by("kode"), 50).get_page(
        request.GET.get("halaman")
    )
    terbit = dict(
        VersiLaporan.objects.filter(
            satker__in=halaman.object_list, tahun=tahun, dokumen=JenisDokumen.LKJ
        )
        .values_list("satker_id")
        .annotate(n=Max("nomor"))
    )
    baris = [(s, ringkasan_satker(s, tahun) if tahun else None, terbit.get(s.pk)) for s in halaman]
    return render(
        request,
        "organisasi/daftar_satker.html",
        {"halaman": halaman, "baris": baris, "tahun_dipilih": tahun, "tahun_ada": tahun_ada},
    )


def _tahun_dari(request, tahun_ada: list[int]) -> int | None:
    """The year asked for in ?tahun=, else the latest year with a PK; 404 for a malformed one."""
    diminta = request.GET.get("tahun")
    if diminta is None:
        return tahun_ada[0] if tahun_ada else None
    if not diminta.isdigit() or not 2000 <= int(diminta) <= 2100:
        raise Http404("Tahun tidak valid.")
    return int(diminta)


@login_required
def satker_beranda(request, kode):
    satker = satker_terlihat(request.user, kode)
    tahun = tahun_utama(satker)
    if tahun is None:
        return render(request, "organisasi/satker_kosong.html", {"satker": satker})
    return redirect("dasbor", kode=satker.kode, tahun=tahun)


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
