"""Budget pages: absorption, revision comparison, import, template download, budget per sasaran."""

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from sakip import unduhan
from sakip.lib.anggaran import KodeError, parse_kode_ro, periksa_segmen
from sakip.lib.angka import ke_int
from sakip.lib.grafik import grafik_rpd
from sakip.organisasi import akses, tembolok
from sakip.organisasi.akses import boleh_mengelola_perencanaan, satker_terlihat
from sakip.pengukuran.capaian import per_sasaran, tabel_capaian
from sakip.perencanaan.models import PerjanjianKinerja, Sasaran

from .forms import FormImpor
from .impor.template import tulis_template
from .models import Dipa, KaitanAnggaran, RevisiDipa
from .pk import isi_anggaran_pk_dari_dipa
from .ringkasan import DipaTidakAda, anggaran_per_sasaran, ringkasan
from .services import (
    ImporTidakAda,
    RevisiTidakAda,
    bandingkan_revisi,
    keadaan_impor,
    mulai_impor,
)

BATAS_KESALAHAN = 200
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _konteks(satker, tahun, **lain) -> dict:
    daftar = list(
        Dipa.objects.filter(satker=satker).order_by("-tahun").values_list("tahun", flat=True)
    )
    return {
        "satker": satker,
        "tahun": tahun,
        "daftar_tahun": daftar,
        "boleh_impor": False,
        **lain,
    }


def _nomor(request, nama: str) -> int | None:
    nilai = request.GET.get(nama, "").strip()
    if not nilai:
        return None
    nomor = ke_int(nilai)
    if nomor is None or nomor > 99:
        raise Http404(f"Nomor revisi '{nilai}' tidak sah.")
    return nomor


@login_required
def halaman_ringkasan(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    return tembolok.halaman(request, [satker], lambda: _ringkasan(request, satker, tahun))


def _ringkasan(request, satker, tahun):
    boleh_impor = boleh_mengelola_perencanaan(request.user, satker)
    sampai = _nomor(request, "bulan")
    sampai = 12 if sampai is None else sampai
    if not 1 <= sampai <= 12:
        raise Http404("Bulan di luar 1-12.")
    try:
        r = ringkasan(request.user, satker, tahun, _nomor(request, "revisi"), sampai)
    except DipaTidakAda as exc:
        konteks = _konteks(satker, tahun, pesan=str(exc), boleh_impor=boleh_impor)
        # a year without a DIPA is a helpful empty page (with the import), not an error;
        # a revision that is not there is a wrong address
        kosong = not Dipa.objects.filter(satker=satker, tahun=tahun).exists()
        return render(request, "anggaran/kosong.html", konteks, status=200 if kosong else 404)
    if request.GET.get("format") == "xlsx":
        return _ringkasan_xlsx(satker, r)
    konteks = _konteks(
        satker,
        tahun,
        r=r,
        grafik=grafik_rpd(r.bulanan, simpanan=cache),
        ada_rpd=any(b.rencana for b in r.bulanan),
        daftar_revisi=RevisiDipa.objects.filter(dipa__satker=satker, dipa__tahun=tahun).order_by(
            "nomor"
        ),
        skala=satker.skala_serapan(),
        boleh_impor=boleh_impor,
        bulan_pilihan=range(1, 13),
    )
    return render(request, "anggaran/ringkasan.html", konteks)


def _ringkasan_xlsx(satker, r):
    """The budget page's tables, one sheet each, figures as number cells."""
    K = unduhan.Kolom

    def uang(judul):  # the heading says (Rp); shown as on the page, 1.234.567
        return K(judul, "angka", desimal=0, lebar=20)

    def pct(judul):
        return K(judul, "persen", desimal=2, lebar=12)

    judul = f"Realisasi Anggaran {r.tahun} · {satker.nama_sekretariat}"
    catatan = [f"Pagu: {r.nama_revisi}; realisasi s.d. {r.nama_sampai_bulan}."]
    kelompok = [
        uang("Anggaran (Rp)"),
        uang("Realisasi (Rp)"),
        uang("Sisa (Rp)"),
        pct("% Realisasi"),
    ]
    return unduhan.xlsx_buku(
        f"anggaran-{satker.kode}-{r.tahun}.xlsx",
        [
            unduhan.Lembar(
                judul,
                [K("No", "bulat"), K("Uraian", lebar=40), K("Kode", lebar=8), *kelompok],
                [
                    *[
                        (i, j.uraian, j.kode, j.pagu, j.realisasi, j.sisa, j.persen)
                        for i, j in enumerate(r.jenis, start=1)
                    ],
                    (
                        None,
                        "Total",
                        "",
                        r.total.pagu,
                        r.total.realisasi,
                        r.total.sisa,
                        r.total.persen,
                    ),
                ],
                "Jenis belanja",
                catatan,
            ),
            unduhan.Lembar(
                judul,
                [K("Kode", lebar=14), K("Program", lebar=50), *kelompok],
                [(p.kode, p.uraian, p.pagu, p.realisasi, p.sisa, p.persen) for p in r.program],
                "Program",
                catatan,
            ),
            unduhan.Lembar(
                judul,
                [K("Kode", lebar=14), K("Kegiatan", lebar=50), *kelompok],
                [(k.kode, k.uraian, k.pagu, k.realisasi, k.sisa, k.persen) for k in r.kegiatan],
                "Kegiatan",
                catatan,
            ),
            unduhan.Lembar(
                judul,
                [
                    K("No", "bulat"),
                    K("RO", lebar=16),
                    K("Rincian output", lebar=50),
                    K("Satuan", lebar=12),
                    uang("Pagu (Rp)"),
                    uang("Realisasi (Rp)"),
                    K("TVRO", "angka", desimal=2),
                    K("RVRO", "angka", desimal=2),
                    pct("Progres"),
                ],
                [
                    (
                        i,
                        ro.kode_pendek,
                        ro.uraian,
                        ro.satuan,
                        ro.pagu,
                        ro.realisasi,
                        ro.target_volume,
                        ro.realisasi_volume,
                        ro.progres,
                    )
                    for i, ro in enumerate(r.ro, start=1)
                ],
                "RO",
                catatan,
            ),
            unduhan.Lembar(
                judul,
                [
                    K("Bulan", lebar=12),
                    uang("RPD (Rp)"),
                    uang("Realisasi (Rp)"),
                    pct("Deviasi"),
                    uang("RPD kumulatif (Rp)"),
                    uang("Realisasi kumulatif (Rp)"),
                ],
                [
                    (
                        b.nama_bulan,
                        b.rencana,
                        b.realisasi,
                        b.deviasi,
                        b.rencana_kumulatif,
                        b.realisasi_kumulatif,
                    )
                    for b in r.bulanan
                ],
                "Bulanan",
                catatan,
            ),
        ],
    )


@login_required
def halaman_revisi(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    if dipa is None:
        raise Http404(f"Belum ada DIPA {satker.nama} tahun {tahun}.")
    revisi = list(dipa.revisi.order_by("nomor").select_related("diimpor_oleh"))
    konteks = _konteks(
        satker,
        tahun,
        dipa=dipa,
        revisi=revisi,
        jumlah_revisi=dipa.jumlah_revisi(),
        boleh_impor=boleh_mengelola_perencanaan(request.user, satker),
    )
    if len(revisi) >= 2:
        lama = _nomor(request, "lama")
        baru = _nomor(request, "baru")
        lama = revisi[-2].nomor if lama is None else lama
        baru = revisi[-1].nomor if baru is None else baru
        try:
            konteks["beda"] = bandingkan_revisi(request.user, dipa, lama, baru)
        except RevisiTidakAda as exc:
            raise Http404(str(exc)) from exc
        konteks["semua"] = request.GET.get("semua") == "1"
    return render(request, "anggaran/revisi.html", konteks)


@login_required
def halaman_impor(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengimpor anggaran.",
    )
    keadaan = None
    status = 200
    if request.method == "POST":
        form = FormImpor(request.POST, request.FILES)
        if form.is_valid():
            d = form.cleaned_data
            berkas = d["berkas"]
            keadaan = mulai_impor(
                request.user,
                satker,
                tahun,
                [(berkas.name, berkas.read())],
                revisi=d["revisi"],
                tanggal=d["tanggal"],
                catatan=d["catatan"],
                kode_kemenkeu=d["kode_kemenkeu"] or None,
            )
            if keadaan.berjalan:  # a big file: the job queue imports it, this page follows it
                return redirect("anggaran:impor_tugas", satker.kode, tahun, keadaan.id_tugas)
            if keadaan.status == "selesai":
                return _impor_berhasil(request, satker, tahun, keadaan)
            status = 400
        else:
            status = 400
    else:
        form = FormImpor()
    return _halaman_impor(request, satker, tahun, form, keadaan, status)


def _impor_berhasil(request, satker, tahun, keadaan):
    messages.success(request, "Impor berhasil. " + " ".join(keadaan.pesan))
    return redirect("anggaran:ringkasan", satker.kode, tahun)


def _halaman_impor(request, satker, tahun, form, keadaan, status=200):
    kesalahan = keadaan.kesalahan if keadaan else []
    konteks = _konteks(
        satker,
        tahun,
        form=form,
        keadaan=keadaan,
        kesalahan=kesalahan[:BATAS_KESALAHAN],
        jumlah_kesalahan=keadaan.jumlah_kesalahan if keadaan else 0,
        boleh_impor=True,
    )
    return render(request, "anggaran/impor.html", konteks, status=status)


@login_required
def impor_tugas(request, kode, tahun, id_tugas):
    """A queued import: its state while the worker reads and writes (polled by htmx), then
    the summary with its message, or the import page with its errors."""
    satker = satker_terlihat(request.user, kode)
    try:
        keadaan = keadaan_impor(request.user, satker, tahun, id_tugas)
    except ImporTidakAda as exc:
        raise Http404(str(exc)) from exc
    if keadaan.berjalan:
        nama = "anggaran/_impor_tugas.html" if request.htmx else "anggaran/impor_tugas.html"
        return render(request, nama, _konteks(satker, tahun, keadaan=keadaan, boleh_impor=True))
    if request.htmx:  # finished: the whole page shows the outcome
        return HttpResponseClientRedirect(request.get_full_path())
    if keadaan.status == "selesai":
        return _impor_berhasil(request, satker, tahun, keadaan)
    return _halaman_impor(request, satker, tahun, FormImpor(), keadaan)


@login_required
def unduh_template(request):
    buf = io.BytesIO()
    tulis_template(buf)
    respons = HttpResponse(buf.getvalue(), content_type=XLSX)
    respons["Content-Disposition"] = 'attachment; filename="template_anggaran_sakip.xlsx"'
    return respons


@login_required
def halaman_sasaran(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    kelompok = per_sasaran(tabel_capaian(satker, tahun))
    anggaran = anggaran_per_sasaran(request.user, satker, tahun)
    kaitan = KaitanAnggaran.objects.filter(satker=satker, tahun=tahun).select_related("sasaran")
    baris = [
        {
            "kelompok": k,
            "sasaran_id": k.baris[0].indikator.sasaran_id,
            "anggaran": anggaran.get(k.baris[0].indikator.sasaran_id),
        }
        for k in kelompok
    ]
    boleh_ubah = boleh_mengelola_perencanaan(request.user, satker)
    konteks = _konteks(
        satker,
        tahun,
        baris=baris,
        kaitan=kaitan,
        boleh_ubah=boleh_ubah,
        boleh_impor=boleh_ubah,
        sasaran=Sasaran.objects.filter(
            renstra__satker=satker, renstra__tahun_awal__lte=tahun, renstra__tahun_akhir__gte=tahun
        ),
    )
    return render(request, "anggaran/sasaran.html", konteks)


@login_required
@require_POST
def tautkan(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh menautkan anggaran.",
    )
    hapus = request.POST.get("hapus", "")
    if hapus:
        if ke_int(hapus) is None:
            raise Http404("Tautan tidak ditemukan.")
        get_object_or_404(KaitanAnggaran, pk=hapus, satker=satker, tahun=tahun).delete()
        messages.success(request, "Tautan anggaran dihapus.")
        return redirect("anggaran:sasaran", satker.kode, tahun)
    nomor_sasaran = request.POST.get("sasaran", "")
    if ke_int(nomor_sasaran) is None:
        raise Http404("Sasaran tidak ditemukan.")
    sasaran = get_object_or_404(Sasaran, pk=nomor_sasaran, renstra__satker=satker)
    teks = request.POST.get("kode", "").strip().upper()
    try:
        if "." in teks:
            kode_bersih = ".".join(parse_kode_ro(teks)[-3:])
        else:
            kode_bersih = periksa_segmen("kegiatan", teks)
    except KodeError as exc:
        messages.error(
            request, f"Kode '{teks}' tidak sah: {exc}. Isi kegiatan (6709) atau RO (6709.QGE.001)."
        )
        return redirect("anggaran:sasaran", satker.kode, tahun)
    KaitanAnggaran.objects.get_or_create(
        satker=satker, tahun=tahun, sasaran=sasaran, indikator=None, kode=kode_bersih
    )
    messages.success(request, f"{kode_bersih} ditautkan ke sasaran {sasaran.nomor}.")
    return redirect("anggaran:sasaran", satker.kode, tahun)


@login_required
@require_POST
def pk_dari_dipa(request, kode, tahun):
    """The PK page's "Ambil dari DIPA": the program rows of the PK in force from the DIPA."""
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        boleh_mengelola_perencanaan(request.user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengubah perencanaan.",
    )
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    if pk is None:
        raise Http404(f"Belum ada Perjanjian Kinerja {tahun}.")
    try:
        baris = isi_anggaran_pk_dari_dipa(request.user, pk)
    except DipaTidakAda as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{len(baris)} baris program diambil dari DIPA {tahun}.")
    return redirect("perencanaan:pk_ubah", kode=satker.kode, tahun=tahun)
