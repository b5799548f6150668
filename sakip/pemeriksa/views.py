"""Upload an LKj document and see its inconsistencies (nothing is stored); check an office's data."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from sakip import unduhan
from sakip.keamanan import batas_laju
from sakip.laporan.pemeriksaan import DataTidakDikenal, jumlah_tingkat, periksa_data
from sakip.lib.periksa import DokumenError, periksa_bytes
from sakip.lib.periksa.temuan import ERROR, JUDUL_TINGKAT, SEVERITIES, WARNING, kelompokkan
from sakip.lib.xlsx import angka_bila_bisa
from sakip.organisasi.akses import satker_terlihat

from .forms import UnggahForm


@login_required
@batas_laju("periksa")
def unggah(request):
    hasil, status = None, 200
    form = UnggahForm(request.POST, request.FILES) if request.method == "POST" else UnggahForm()
    if form.is_bound:
        if form.is_valid():
            berkas = form.cleaned_data["berkas"]
            try:
                hasil = periksa_bytes(form.isi, berkas.name, form.cleaned_data["tahun"])
            except DokumenError as exc:
                form.add_error("berkas", str(exc))
        if hasil is None:
            status = 400
    konteks = {"form": form, "hasil": hasil}
    if hasil is not None:
        konteks["kelompok"] = kelompokkan(hasil.findings)
        konteks["hitung"] = [
            (s, JUDUL_TINGKAT[s], sum(1 for f in hasil.findings if f.severity == s))
            for s in SEVERITIES
        ]
    return render(request, "pemeriksa/unggah.html", konteks, status=status)


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
