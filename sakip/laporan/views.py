"""Report pages: the year's LKj and PK, the preview, generation, narratives, publishing, public."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.keamanan import batas_laju
from sakip.lib.angka import format_tanggal, ke_int
from sakip.lib.grafik import grafik_sebaran_kategori
from sakip.lib.periode import tahun_sah
from sakip.lib.statistik import batas_pencilan, kuartil
from sakip.organisasi import akses
from sakip.organisasi.akses import satker_terlihat, satker_yang_dapat_dibaca
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Indikator, PerjanjianKinerja, tahun_tersedia

from . import data_terbuka, services
from .html import html_pratinjau
from .kumpul import DataTidakAda
from .models import JenisDokumen, PengesahanLaporan, VersiLaporan
from .pemeriksaan import DataTidakDikenal, jumlah_tingkat, periksa_data
from .rekap import (
    URUTAN,
    ProvinsiTidakAda,
    RekapError,
    boleh_rekap,
    rekap,
    rekap_xlsx,
    turunan_indikator,
)

# refusals answered as plain text: they may quote what was sent, never as HTML
TEKS = "text/plain; charset=utf-8"


def _dokumen(dokumen: str) -> str:
    if dokumen not in JenisDokumen.values:
        raise Http404("Jenis dokumen tidak dikenal.")
    return dokumen


def _konteks_dasar(request, satker: Satker, tahun: int) -> dict:
    return {
        "satker": satker,
        "tahun": tahun,
        "daftar_tahun": tahun_tersedia(satker),
        "boleh_sunting": akses.boleh_sunting_narasi(request.user, satker),
        "boleh_terbitkan": akses.boleh_terbitkan(request.user, satker),
    }


def _keadaan_semua(user, satker: Satker, tahun: int) -> list:
    hasil = []
    for dokumen, label in JenisDokumen.choices:
        try:
            k = services.keadaan(user, satker, tahun, dokumen)
        except DataTidakAda as exc:
            hasil.append({"dokumen": dokumen, "label": label, "galat": str(exc)})
            continue
        hasil.append({"dokumen": dokumen, "label": label, "k": k})
    return hasil


@login_required
def halaman(request, kode, tahun):
    """The year's report: documents with generation and downloads, narratives, versions."""
    satker = satker_terlihat(request.user, kode)
    konteks = _konteks_dasar(request, satker, tahun)
    try:
        narasi = services.daftar_narasi(request.user, satker, tahun)
    except DataTidakAda as exc:
        konteks["galat"] = str(exc)
        return render(request, "laporan/halaman.html", konteks, status=404)
    konteks.update(
        {
            "dokumen": _keadaan_semua(request.user, satker, tahun),
            "narasi_diubah": [n for n in narasi if n.diubah],
            "narasi_bermasalah": [n for n in narasi if n.temuan],
            "versi": services.versi_terbit(satker, tahun),
            "pengesahan": PengesahanLaporan.objects.filter(satker=satker, tahun=tahun).first(),
            "periksa": _ringkasan_periksa(satker, tahun),
        }
    )
    return render(request, "laporan/halaman.html", konteks)


def _ringkasan_periksa(satker: Satker, tahun: int) -> dict[str, int] | None:
    """Findings per severity on the office's data, shown beside the LKj's publish button."""
    try:
        return jumlah_tingkat(periksa_data(satker, tahun).findings)
    except DataTidakDikenal:
        return None


@login_required
@batas_laju("dokumen", metode=("GET",))
def pratinjau(request, kode, tahun, dokumen):
    """The document as HTML, the same layout the PDF is printed from."""
    satker = satker_terlihat(request.user, kode)
    _dokumen(dokumen)
    try:
        data = services.kumpul(satker, tahun, dokumen)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    konteks = _konteks_dasar(request, satker, tahun)
    konteks.update(
        {
            "isi_dokumen": html_pratinjau(services.susun(data, dokumen)),
            "dokumen": dokumen,
            "label": JenisDokumen(dokumen).label,
        }
    )
    return render(request, "laporan/pratinjau.html", konteks)


def _status(request, satker, tahun, dokumen, pembuatan=None):
    k = services.keadaan(request.user, satker, tahun, dokumen)
    return render(
        request,
        "laporan/_status.html",
        {
            "satker": satker,
            "tahun": tahun,
            "d": {"dokumen": dokumen, "label": JenisDokumen(dokumen).label, "k": k},
            "boleh_terbitkan": akses.boleh_terbitkan(request.user, satker),
        },
    )


@login_required
@require_POST
@batas_laju("dokumen")
def buat(request, kode, tahun, dokumen):
    """Queue making the PDF and DOCX; answers at once, the page then polls the job's state."""
    satker = satker_terlihat(request.user, kode)
    _dokumen(dokumen)
    services.periksa_boleh_buat(request.user, satker)
    try:
        services.mulai_pembuatan(request.user, satker, tahun, dokumen)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    if request.htmx:
        return _status(request, satker, tahun, dokumen)
    return redirect("laporan:halaman", kode=satker.kode, tahun=tahun)


@login_required
def status(request, kode, tahun, dokumen):
    """The progress or the download links of a document (polled by htmx)."""
    satker = satker_terlihat(request.user, kode)
    _dokumen(dokumen)
    try:
        return _status(request, satker, tahun, dokumen)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc


@login_required
@batas_laju("dokumen", metode=("GET",))
def unduh(request, kode, tahun, dokumen, format):
    """A draft made from the current data; if it is not made yet, start making it."""
    satker = satker_terlihat(request.user, kode)
    _dokumen(dokumen)
    if format not in services.FORMAT:
        raise Http404("Format tidak dikenal.")
    try:
        k = services.keadaan(request.user, satker, tahun, dokumen)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    if not k.siap:
        if akses.boleh_terbitkan(request.user, satker):
            services.mulai_pembuatan(request.user, satker, tahun, dokumen)
            messages.info(
                request, "Dokumen sedang dibuat dari data terbaru; unduh setelah selesai."
            )
        else:
            messages.info(
                request,
                "PDF dan DOCX dari data terbaru belum dibuat; Pimpinan (Sekretaris) kantor ini "
                "dapat membuatnya.",
            )
        return redirect("laporan:halaman", kode=satker.kode, tahun=tahun)
    return FileResponse(
        k.berkas[format].open("rb"),
        as_attachment=True,
        filename=services.nama_berkas(satker, tahun, dokumen, format),
        content_type=services.JENIS_MIME[format],
    )


@login_required
def narasi(request, kode, tahun):
    """Every narrative section: its text (edited or default) and figures the data lacks."""
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_sunting_narasi(request.user, satker),
        "Hanya Perencana yang menyunting narasi laporan.",
    )
    try:
        daftar = services.daftar_narasi(request.user, satker, tahun)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    return render(request, "laporan/narasi.html", _konteks_narasi(request, satker, tahun, daftar))


def _konteks_narasi(request, satker, tahun, daftar) -> dict:
    konteks = _konteks_dasar(request, satker, tahun)
    konteks["daftar"] = daftar
    konteks["pengesahan"] = PengesahanLaporan.objects.filter(satker=satker, tahun=tahun).first()
    konteks["remah"] = [
        (f"Laporan {tahun}", reverse("laporan:halaman", args=[satker.kode, tahun])),
        ("Narasi LKj", ""),
    ]
    return konteks


@login_required
@require_POST
def simpan_narasi_semua(request, kode, tahun):
    """The editor's one form: `bagian=K` saves section K, `bawaan=K` resets it to the default,
    `semua` saves every section whose text changed. Texts come as `teks-<section>`."""
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_sunting_narasi(request.user, satker),
        "Hanya Perencana yang menyunting narasi laporan.",
    )
    try:
        daftar = services.daftar_narasi(request.user, satker, tahun)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    sekarang = {n.bagian.kunci: n for n in daftar}
    kiriman = {k.removeprefix("teks-"): v for k, v in request.POST.items() if k.startswith("teks-")}
    if "bawaan" in request.POST:
        kunci = request.POST["bawaan"]
        teks = {kunci: ""}
    elif "bagian" in request.POST:
        kunci = request.POST["bagian"]
        teks = {kunci: kiriman.get(kunci, "")}
    else:
        kunci = ""
        teks = {
            k: v
            for k, v in kiriman.items()
            if k not in sekarang or _rapi(v) != _rapi(sekarang[k].teks)
        }
    try:
        temuan = services.simpan_narasi_banyak(request.user, satker, tahun, teks)
    except services.LaporanError as exc:
        messages.error(request, str(exc))
        return render(
            request,
            "laporan/narasi.html",
            {**_konteks_narasi(request, satker, tahun, daftar), "kiriman": kiriman},
            status=400,
        )
    judul = {k: n.bagian.judul for k, n in sekarang.items()}
    if not teks:
        messages.info(request, "Tidak ada perubahan yang perlu disimpan.")
    elif "bawaan" in request.POST:
        messages.success(request, f"“{judul.get(kunci, kunci)}” kembali memakai teks bawaan.")
    else:
        messages.success(
            request,
            "Narasi disimpan: " + ", ".join(f"“{judul.get(k, k)}”" for k in teks) + ".",
        )
    masalah = [t.pesan for daftar_t in temuan.values() for t in daftar_t]
    if masalah:
        messages.warning(
            request, "Narasi menyebut angka yang tidak ada dalam data: " + "; ".join(masalah)
        )
    tujuan = reverse("laporan:narasi", args=[satker.kode, tahun])
    return redirect(tujuan + (f"#narasi-{kunci}" if kunci else ""))


def _rapi(teks: str) -> str:
    return "\n".join(b.rstrip() for b in teks.replace("\r\n", "\n").strip().split("\n"))


@login_required
@require_POST
def simpan_narasi(request, kode, tahun, bagian):
    satker = satker_terlihat(request.user, kode)
    teks = "" if request.POST.get("aksi") == "bawaan" else request.POST.get("teks", "")
    try:
        temuan = services.simpan_narasi(request.user, satker, tahun, bagian, teks)
    except services.LaporanError as exc:
        return HttpResponse(str(exc), status=400, content_type=TEKS)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    if temuan:
        messages.warning(
            request,
            "Narasi disimpan, tetapi menyebut angka yang tidak ada dalam data: "
            + "; ".join(t.pesan for t in temuan),
        )
    else:
        messages.success(request, "Narasi disimpan.")
    return redirect(reverse("laporan:narasi", args=[satker.kode, tahun]) + f"#narasi-{bagian}")


@login_required
@require_POST
def simpan_pengesahan(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    teks_tanggal = request.POST.get("tanggal", "").strip()
    tanggal = None
    if teks_tanggal:
        try:
            tanggal = datetime.date.fromisoformat(teks_tanggal)
        except ValueError:
            return HttpResponse(
                f"Tanggal pengesahan '{teks_tanggal[:40]}' tidak sah; gunakan format TTTT-BB-HH.",
                status=400,
                content_type=TEKS,
            )
    try:
        services.simpan_pengesahan(
            request.user,
            satker,
            tahun,
            request.POST.get("tempat", ""),
            tanggal,
            konfirmasi=request.POST.get("konfirmasi_tanggal") == "1",
        )
    except services.LaporanError as exc:
        return HttpResponse(str(exc), status=400, content_type=TEKS)
    pesan = f"Pengesahan disimpan: {request.POST.get('tempat', '') or satker.kota}"
    messages.success(request, pesan + (f", {format_tanggal(tanggal)}." if tanggal else "."))
    return redirect("laporan:narasi", kode=satker.kode, tahun=tahun)


@login_required
@require_POST
def terbitkan(request, kode, tahun, dokumen):
    """The Sekretaris publishes the current document as a new frozen version."""
    satker = satker_terlihat(request.user, kode)
    _dokumen(dokumen)
    try:
        hasil = services.minta_terbit(
            satker,
            tahun,
            request.user,
            dokumen,
            akui_peringatan=request.POST.get("akui_peringatan") == "1",
        )
    except services.LaporanError as exc:
        messages.error(request, str(exc))
        return redirect("laporan:halaman", kode=satker.kode, tahun=tahun)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    versi = hasil if isinstance(hasil, VersiLaporan) else hasil.versi_terbit
    if versi is None:
        if hasil.status == hasil.Status.GAGAL:
            messages.error(request, f"Pembuatan PDF dan DOCX gagal: {hasil.pesan}")
        else:
            messages.info(
                request,
                f"PDF dan DOCX {JenisDokumen(dokumen).label} {tahun} sedang dibuat dari data "
                "terbaru; versi baru terbit begitu selesai (kemajuannya tampil di bawah).",
            )
        return redirect("laporan:halaman", kode=satker.kode, tahun=tahun)
    messages.success(
        request,
        f"{versi.get_dokumen_display()} {tahun} versi {versi.nomor} diterbitkan dan tampil di "
        "halaman publik.",
    )
    return redirect("laporan:halaman", kode=satker.kode, tahun=tahun)


# -- public pages: no login, published versions only --------------------------------------


def publik_daftar(request):
    """Offices with published reports, optionally of one year (?tahun=) and by name (?q=)."""
    tahun_ada = sorted(set(VersiLaporan.objects.values_list("tahun", flat=True)), reverse=True)
    tahun = request.GET.get("tahun", "")
    kantor = Satker.objects.filter(versi_laporan__isnull=False)
    if tahun:
        if not tahun.isdigit() or not tahun_sah(int(tahun)):
            raise Http404("Tahun tidak valid.")
        kantor = kantor.filter(versi_laporan__tahun=int(tahun))
    cari = request.GET.get("q", "").strip()[:100]
    if cari:
        kantor = kantor.filter(nama__icontains=cari)
    tahun_lkj = sorted(
        set(VersiLaporan.objects.filter(dokumen="lkj").values_list("tahun", flat=True)),
        reverse=True,
    )
    return render(
        request,
        "laporan/publik_daftar.html",
        {
            "kantor": kantor.distinct().order_by("kode"),
            "tahun_ada": tahun_ada,
            "tahun_dipilih": int(tahun) if tahun else None,
            "cari": cari,
            "tahun_lkj": tahun_lkj,
            "lisensi": data_terbuka.LISENSI,
            "url_lisensi": data_terbuka.URL_LISENSI,
        },
    )


def publik_satker(request, kode):
    """The published versions of one office; old versions stay listed and downloadable."""
    satker = get_object_or_404(Satker, kode=kode)
    versi = services.versi_terbit(satker)
    tahun_lkj = sorted({v.tahun for v in versi if v.dokumen == "lkj"}, reverse=True)
    return render(
        request,
        "laporan/publik_satker.html",
        {
            "kantor": satker,
            "versi": versi,
            "tahun_lkj": tahun_lkj,
            "lisensi": data_terbuka.LISENSI,
            "url_lisensi": data_terbuka.URL_LISENSI,
        },
    )


def publik_unduh(request, kode, tahun, dokumen, nomor, format):
    """A published file, exactly as frozen."""
    if format not in ("pdf", "docx", "json"):
        raise Http404("Format tidak dikenal.")
    versi = get_object_or_404(
        VersiLaporan, satker__kode=kode, tahun=tahun, dokumen=_dokumen(dokumen), nomor=nomor
    )
    berkas = {"pdf": versi.pdf, "docx": versi.docx, "json": versi.data}[format]
    try:
        isi = berkas.open("rb")
    except FileNotFoundError:
        return render(
            request,
            "galat.html",
            {
                "kode": 404,
                "judul": "Berkas tidak ditemukan",
                "pesan": (
                    f"Berkas {versi.nama_berkas(format)} tercatat terbit tetapi tidak ada di "
                    "penyimpanan. Hubungi Admin: berkas perlu dipulihkan dari cadangan "
                    "(manage.py pulihkan)."
                ),
            },
            status=404,
        )
    return FileResponse(
        isi,
        as_attachment=format != "pdf",
        filename=versi.nama_berkas(format),
        content_type=services.JENIS_MIME[format],
    )


def _data_terbuka(isi: bytes, nama_berkas: str, format: str) -> HttpResponse:
    respons = HttpResponse(isi, content_type=data_terbuka.JENIS_MIME[format])
    respons["Content-Disposition"] = f'attachment; filename="{nama_berkas}"'
    return respons


def publik_data(request, kode, tahun, tabel, format):
    """Open data of one office: a table of its latest published LKj of the year."""
    if tabel not in data_terbuka.TABEL or format not in data_terbuka.FORMAT:
        raise Http404("Tabel atau format data terbuka tidak dikenal.")
    satker = get_object_or_404(Satker, kode=kode)
    try:
        t = data_terbuka.tabel_kantor(satker, tahun, tabel)
    except data_terbuka.TidakAdaTerbitan as exc:
        raise Http404(str(exc)) from exc
    return _data_terbuka(
        data_terbuka.berkas(t, format), f"{tabel}-{satker.kode}-{tahun}.{format}", format
    )


def publik_nasional(request, tahun, tabel, format):
    """Open data of every office: one table of all published LKj of the year."""
    if tabel not in data_terbuka.TABEL or format not in data_terbuka.FORMAT:
        raise Http404("Tabel atau format data terbuka tidak dikenal.")
    try:
        t = data_terbuka.tabel_nasional(tahun, tabel)
    except data_terbuka.TidakAdaTerbitan as exc:
        raise Http404(str(exc)) from exc
    return _data_terbuka(
        data_terbuka.berkas(t, format), f"{tabel}-nasional-{tahun}.{format}", format
    )


# -- the offices a user may read, compared for a year -----------------------------------


@login_required
def daftar_satker(request):
    """The roll-up of the offices below the user's (evaluators), else the user's own office.

    Every figure comes from `laporan.rekap` (set-based SQL, a fixed number of queries);
    ?atas= drills down to an office below (a province's kab/kota), ?format=xlsx downloads
    the whole filtered table.
    """
    terlihat = satker_yang_dapat_dibaca(request.user)
    tahun_ada = sorted(
        set(PerjanjianKinerja.objects.filter(satker__in=terlihat).values_list("tahun", flat=True)),
        reverse=True,
    )
    tahun = _tahun_dari(request, tahun_ada)
    atas = _atas_rekap(request)
    q = request.GET
    urut = q.get("urut", "kode")
    turun = q.get("arah") == "turun"
    try:
        halaman = max(1, int(q.get("halaman", "1")))
    except ValueError:
        return HttpResponse("Nomor halaman harus angka.", status=400, content_type="text/plain")
    xlsx = q.get("format") == "xlsx"
    opsi = {
        "provinsi": q.get("provinsi") or None,
        "jenis": q.get("tingkat") or None,
        "status_lkj": q.get("status") or None,
        "urut": urut,
        "turun": turun,
        "halaman": None if xlsx else halaman,
    }
    r = None
    if tahun is not None:
        try:
            if atas is not None:
                r = rekap(request.user, atas, tahun, **opsi)
            else:
                sendiri = akses.keanggotaan(request.user)
                if sendiri is not None:
                    kantor = satker_terlihat(request.user, sendiri.satker.kode)
                    r = rekap(request.user, kantor, tahun, sendiri=True, **opsi)
        except ProvinsiTidakAda as exc:
            raise Http404("Satuan kerja tidak ditemukan.") from exc
        except RekapError as exc:
            return HttpResponse(str(exc), status=400, content_type="text/plain; charset=utf-8")
    if xlsx:
        if r is None:
            raise Http404("Belum ada data untuk diunduh.")
        nama = f"rekap-{r.atas.kode}-{r.tahun}.xlsx"
        return HttpResponse(
            rekap_xlsx(r),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": f'attachment; filename="{nama}"'},
        )
    if tahun is not None and tahun not in tahun_ada:  # the dropdown shows the heading's year
        tahun_ada = sorted([*tahun_ada, tahun], reverse=True)
    saring = {k: v for k, v in q.items() if k in ("tahun", "atas", "provinsi", "tingkat", "status")}
    return render(
        request,
        "laporan/daftar_satker.html",
        {
            "rekap": r,
            "baris": r.baris if r else [],
            "atas": atas,
            "tahun_dipilih": tahun,
            "tahun_ada": tahun_ada,
            "saring": saring,
            "urut": urut,
            "turun": turun,
            "kolom_urut": _kolom_urut(saring, urut, turun),
            "halaman_lain": _halaman_lain(r, saring, urut, turun) if r else None,
            # the indicators the office cascaded below it, each compared across the offices
            "indikator_nasional": list(
                Indikator.objects.filter(sasaran__renstra__satker=atas, turunan__isnull=False)
                .distinct()
                .order_by("sasaran__nomor", "nomor")
            )
            if atas and tahun
            else [],
        },
    )


def _atas_rekap(request) -> Satker | None:
    """The office whose offices below are rolled up: ?atas=KODE, else the evaluator's own
    office (a superuser: the root); None for a user who only reads their own office."""
    kode = request.GET.get("atas")
    if kode:
        atas = satker_terlihat(request.user, kode)  # 404 for an office the user cannot read
        if not boleh_rekap(request.user, atas):
            raise Http404("Satuan kerja tidak ditemukan.")
        return atas
    if akses.membaca_semua(request.user):
        return Satker.objects.filter(induk__isnull=True).order_by("kode").first()
    k = akses.keanggotaan(request.user)
    if k is not None and k.peran == akses.Peran.EVALUATOR:
        return k.satker
    return None


def _kolom_urut(saring: dict, urut: str, turun: bool) -> dict[str, str]:
    """For each sortable column, the query string that sorts by it: the current column the
    other way; another column ascending for names and codes, descending for figures."""
    hasil = {}
    for kunci, (_, angka) in URUTAN.items():
        sekarang_turun = turun if kunci == urut else not angka
        arah = "naik" if sekarang_turun else "turun"
        hasil[kunci] = urlencode({**saring, "urut": kunci, "arah": arah})
    return hasil


def _halaman_lain(r, saring: dict, urut: str, turun: bool) -> dict:
    dasar = {**saring, "urut": urut, "arah": "turun" if turun else "naik"}
    return {
        "sebelum": urlencode({**dasar, "halaman": r.halaman - 1}) if r.halaman > 1 else None,
        "sesudah": urlencode({**dasar, "halaman": r.halaman + 1})
        if r.halaman < r.jumlah_halaman
        else None,
        "xlsx": urlencode({**dasar, "format": "xlsx"}),
    }


def _tahun_dari(request, tahun_ada: list[int]) -> int | None:
    """The year asked for in ?tahun=, else the latest year with a PK; 404 for a malformed one."""
    diminta = request.GET.get("tahun")
    if diminta is None:
        return tahun_ada[0] if tahun_ada else None
    tahun = ke_int(diminta)
    if tahun is None or not tahun_sah(tahun):
        raise Http404("Tahun tidak valid.")
    return tahun


@login_required
def indikator_nasional(request, kode, indikator_id, tahun):
    """One cascaded indicator across every office below: ranking, distribution, outliers."""
    satker = satker_terlihat(request.user, kode)
    if not boleh_rekap(request.user, satker):
        raise Http404("Satuan kerja tidak ditemukan.")
    indikator = get_object_or_404(
        Indikator.objects.select_related("sasaran__renstra"),
        pk=indikator_id,
        sasaran__renstra__satker=satker,
    )
    baris = turunan_indikator(request.user, indikator, tahun)
    capaian = [b.capaian for b in baris if b.capaian is not None]
    batas = batas_pencilan(capaian)
    pencilan = [
        b
        for b in baris
        if batas and b.capaian is not None and not batas[0] <= b.capaian <= batas[1]
    ]
    sebaran: dict[str, int] = {}
    for label in [p.label for p in reversed(satker.skala().pita)]:
        sebaran[label] = 0
    menunggu = 0
    for b in baris:
        if b.kategori:
            sebaran[b.kategori] = sebaran.get(b.kategori, 0) + 1
        elif b.status and b.status != "disetujui":
            menunggu += 1
    return render(
        request,
        "laporan/indikator_nasional.html",
        {
            "satker": satker,
            "indikator": indikator,
            "tahun": tahun,
            "baris": baris,
            "kuartil": kuartil(capaian),
            "batas_pencilan": batas,
            "pencilan": pencilan,
            "sebaran": list(sebaran.items()),
            "menunggu": menunggu,
            "grafik": grafik_sebaran_kategori(list(sebaran.items())) if baris else "",
        },
    )
