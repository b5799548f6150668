"""Upload an LKj document and see its inconsistencies (nothing is stored); check an office's data."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_POST

from sakip import unduhan
from sakip.keamanan import batas_laju
from sakip.laporan.pemeriksaan import DataTidakDikenal, jumlah_tingkat, periksa_data
from sakip.lib.periksa import DokumenError, Hasil, periksa_bytes
from sakip.lib.periksa.temuan import (
    ERROR,
    JUDUL_JENIS,
    JUDUL_TINGKAT,
    SEVERITIES,
    WARNING,
    kelompokkan,
)
from sakip.lib.xlsx import angka_bila_bisa
from sakip.organisasi.akses import satker_terlihat

from .forms import UnggahForm
from .ringkasan import URUTAN, DataRusak, buka, bungkus, pdf, ringkas, saring, xlsx


def _pilihan(request) -> tuple[str, str, str]:
    """The filter and sort asked for: severity, kind, order ('jenis' groups by kind)."""
    tingkat = request.POST.get("tingkat", "")
    jenis = request.POST.get("jenis", "")
    urut = request.POST.get("urut", "jenis")
    return (
        tingkat if tingkat in SEVERITIES else "",
        jenis if jenis.isidentifier() else "",
        urut if urut in URUTAN or urut == "jenis" else "jenis",
    )


@login_required
@batas_laju("periksa")
def unggah(request):
    """Upload one or many LKj documents; filter and sort the findings; nothing is stored."""
    semua: list[Hasil] = []
    status = 200
    galat_data = ""
    tingkat, jenis, urut = _pilihan(request)
    if request.method == "POST" and "data" in request.POST:
        form = UnggahForm()  # the findings already shown, filtered or sorted again
        try:
            semua = buka(request.POST["data"])
        except DataRusak as exc:
            galat_data, status = str(exc), 400
    else:
        form = UnggahForm(request.POST, request.FILES) if request.method == "POST" else UnggahForm()
        if form.is_bound:
            if form.is_valid():
                banyak = len(form.isi) + len(form.salah_berkas) > 1
                for e in form.salah_berkas:
                    form.add_error("berkas", e)
                for nama, isi in form.isi:
                    try:
                        semua.append(periksa_bytes(isi, nama, form.cleaned_data["tahun"]))
                    except DokumenError as exc:
                        form.add_error("berkas", f"{nama}: {exc}" if banyak else str(exc))
            if not semua or form.errors:
                status = 400
    dokumen = [
        {
            "hasil": h,
            "ringkas": ringkas(h),
            "hitung": [(s, JUDUL_TINGKAT[s], n) for s, n in h.jumlah().items()],
            "temuan": (daftar := saring(h.findings, tingkat, jenis, urut)),
            "kelompok": kelompokkan(daftar) if urut == "jenis" else None,
        }
        for h in semua
    ]
    jenis_ada = sorted({f.kind for h in semua for f in h.findings})
    konteks = {
        "form": form,
        "hasil": semua[0] if len(semua) == 1 else None,
        "dokumen": dokumen,
        "data": bungkus(semua) if semua else "",
        "galat_data": galat_data,
        "pilihan": {"tingkat": tingkat, "jenis": jenis, "urut": urut},
        "daftar_tingkat": [(s, JUDUL_TINGKAT[s]) for s in SEVERITIES],
        "daftar_jenis": [(k, JUDUL_JENIS.get(k, k)) for k in jenis_ada],
        "daftar_urut": [("jenis", "jenis temuan (dikelompokkan)")]
        + [(k, v) for k, v in URUTAN.items() if k != "jenis"],
    }
    return render(request, "pemeriksa/unggah.html", konteks, status=status)


@login_required
@require_POST
def unduh(request, format_):
    """The findings shown on the page as XLSX (summary + all findings) or a printable PDF."""
    if format_ not in ("xlsx", "pdf"):
        raise Http404("Format unduhan tidak dikenal.")
    try:
        semua = buka(request.POST.get("data", ""))
    except DataRusak as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    tingkat, jenis, urut = _pilihan(request)
    if format_ == "xlsx":
        isi = xlsx(semua, tingkat, jenis, urut)
        jenis_isi = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        isi = pdf(semua, tingkat, jenis, "jenis" if urut == "jenis" else urut)
        jenis_isi = "application/pdf"
    nama = "hasil-periksa" + (f"-{semua[0].document.rsplit('.', 1)[0]}" if len(semua) == 1 else "")
    jawab = HttpResponse(isi, content_type=jenis_isi)
    jawab["Content-Disposition"] = f'attachment; filename="{_nama_aman(nama)}.{format_}"'
    return jawab


def _nama_aman(nama: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in nama)[:80] or "hasil-periksa"


@login_required
def data(request, kode, tahun):
    """The findings on an office's own data for a year, each linking to where it is fixed."""
    satker = satker_terlihat(request.user, kode)
    try:
        hasil = periksa_data(satker, tahun)
    except DataTidakDikenal as exc:
        raise Http404(str(exc)) from exc
    jumlah = jumlah_tingkat(hasil.findings)
    if request.GET.get("format") == "xlsx":
        return _temuan_xlsx(satker, tahun, kelompokkan(hasil.findings))
    return render(
        request,
        "pemeriksa/data.html",
        {
            "satker": satker,
            "tahun": tahun,
            "hasil": hasil,
            "kelompok": kelompokkan(hasil.findings),
            "jumlah_galat": jumlah[ERROR],
            "jumlah_peringatan": jumlah[WARNING],
        },
    )


def _temuan_xlsx(satker, tahun, kelompok):
    """The findings as on the page, grouped by kind; figures in them as number cells."""
    K = unduhan.Kolom
    baris = []
    for _, judul, daftar in kelompok:
        for f in daftar:
            baris.append(
                (
                    len(baris) + 1,
                    JUDUL_TINGKAT[f.severity],
                    judul,
                    f.message,
                    angka_bila_bisa(f.expected),
                    angka_bila_bisa(f.found),
                    getattr(f, "letak", "") or "",
                )
            )
    return unduhan.xlsx(
        f"periksa-data-{satker.kode}-{tahun}.xlsx",
        f"Periksa data {tahun} · {satker.nama_sekretariat}",
        [
            K("No", "bulat"),
            K("Tingkat", lebar=12),
            K("Jenis", lebar=30),
            K("Temuan", lebar=70),
            K("Seharusnya", "angka", desimal=2, lebar=20),
            K("Tercatat", "angka", desimal=2, lebar=20),
            K("Letak", lebar=30),
        ],
        baris,
        lembar="Temuan",
    )
