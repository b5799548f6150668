"""The dashboard, the indicator page and the quarterly realisation workflow pages.

Views are thin: they find the office (404 for another one), validate a form, call one
service, and turn a refused action into a message with its status (400, 403, 409).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip import unduhan
from sakip.lib.angka import format_tanggal
from sakip.lib.grafik import grafik_target_realisasi
from sakip.lib.periode import ROMAWI, Triwulan
from sakip.organisasi import akses, tembolok
from sakip.organisasi.akses import keanggotaan, satker_terlihat
from sakip.organisasi.models import Peran, Satker
from sakip.perencanaan.models import Indikator, tahun_tersedia

from . import jendela, services, tugas
from .berkas import MIME, content_disposition
from .capaian import per_sasaran, sebaran_kategori, tabel_capaian, tahun_utama
from .context import TugasSaya
from .forms import (
    BuktiForm,
    KomentarForm,
    PengecualianForm,
    PreferensiPengingatForm,
    RealisasiForm,
)
from .models import (
    Bukti,
    JejakRealisasi,
    PengecualianKunci,
    Pengingat,
    PreferensiPengingat,
    Realisasi,
)
from .riwayat import per_triwulan, riwayat_indikator
from .services import ATURAN

A = JejakRealisasi.Aksi


@login_required
def satker_beranda(request, kode):
    satker = satker_terlihat(request.user, kode)
    tahun = tahun_utama(satker)
    if tahun is None:
        return render(request, "pengukuran/satker_kosong.html", {"satker": satker})
    return redirect("dasbor", kode=satker.kode, tahun=tahun)


@login_required
def dasbor(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    return tembolok.halaman(request, [satker], lambda: _dasbor(request, satker, tahun))


def _dasbor(request, satker, tahun):
    baris = tabel_capaian(satker, tahun)
    sebaran = sebaran_kategori(satker, baris)
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "daftar_tahun": tahun_tersedia(satker),
        "baris": baris,
        "per_sasaran": per_sasaran(baris),
        "sebaran": sebaran,
        "jumlah_sasaran": len({b.nomor_sasaran for b in baris}),
        "grafik": grafik_target_realisasi(baris, simpanan=cache) if baris else "",
        "skala": satker.skala(),
        "status_triwulan": tugas.sebaran_status(satker, tahun) if baris else [],
        "triwulan_terakhir": Realisasi.objects.filter(
            indikator__sasaran__renstra__satker=satker, tahun=tahun
        ).aggregate(n=Max("triwulan"))["n"],
        "label_status": Realisasi.Status.choices,
        "belum_disetujui": tugas.belum_disetujui(satker, tahun) if baris else {},
        "nomor": tugas.nomor_pk(satker, tahun) if baris else {},
    }
    if request.GET.get("format") == "xlsx":
        return _dasbor_xlsx(satker, tahun, baris, konteks["belum_disetujui"])
    return render(request, "pengukuran/dasbor.html", konteks)


def _dasbor_xlsx(satker, tahun, baris, belum):
    """The measurement table as the page shows it, figures as number cells."""
    label = dict(Realisasi.Status.choices)

    def angka(huruf, nilai):
        return huruf or nilai

    return unduhan.xlsx(
        f"pengukuran-{satker.kode}-{tahun}.xlsx",
        f"Pengukuran Kinerja {tahun} · {satker.nama_sekretariat}",
        [
            unduhan.Kolom("No", "bulat"),
            unduhan.Kolom("Sasaran", lebar=40),
            unduhan.Kolom("Indikator Kinerja", lebar=50),
            unduhan.Kolom("Satuan", lebar=12),
            unduhan.Kolom("Target", "angka", desimal=2),
            unduhan.Kolom("Realisasi", "angka", desimal=2),
            unduhan.Kolom("Capaian (%)", "angka", desimal=2),
            unduhan.Kolom("Kategori", lebar=18),
            unduhan.Kolom("Belum disetujui", lebar=30),
        ],
        [
            (
                n,
                f"{b.nomor_sasaran}. {b.sasaran}",
                b.indikator.nama,
                b.indikator.satuan,
                angka(b.target_huruf, b.target),
                angka(b.realisasi_huruf, b.realisasi),
                b.capaian,
                b.kategori or "",
                "; ".join(f"{tw.nama}: {label[st]}" for tw, st in belum.get(b.indikator.pk, [])),
            )
            for n, b in enumerate(baris, start=1)
        ],
        catatan=[
            "Capaian = realisasi ÷ target × 100; hanya nilai yang disetujui yang dihitung.",
        ],
    )


@login_required
def indikator(request, kode, indikator_id):
    satker = satker_terlihat(request.user, kode)
    item = get_object_or_404(
        Indikator.objects.select_related("sasaran__renstra", "unit"),
        pk=indikator_id,
        sasaran__renstra__satker=satker,
    )
    target = item.target.order_by("tahun", "triwulan")
    realisasi = Realisasi.objects.filter(indikator=item).order_by("-tahun", "triwulan")
    per_tahun = {}
    for tahun in sorted({t.tahun for t in target} | {r.tahun for r in realisasi}, reverse=True):
        baris = [b for b in tabel_capaian(satker, tahun) if b.indikator.pk == item.pk]
        per_tahun[tahun] = baris[0] if baris else None
    ada = {(r.tahun, r.triwulan): r for r in realisasi}
    renstra = item.sasaran.renstra
    triwulan_per_tahun = [
        (tahun, [(Triwulan(tahun, n), ada.get((tahun, n))) for n in ROMAWI])
        for tahun in range(renstra.tahun_akhir, renstra.tahun_awal - 1, -1)
        if tahun in per_tahun or any(t == tahun for t, _ in ada)
    ]
    jejak = (
        JejakRealisasi.objects.filter(realisasi__indikator=item)
        .exclude(komentar="")
        .exclude(aksi__in=[A.TAMBAH_BUKTI, A.HAPUS_BUKTI])
        .select_related("pengguna", "realisasi")
        .order_by("-waktu", "-pk")[:100]
    )
    belum: dict[int, list] = {}  # per year, the quarters not approved yet (marked)
    for r in realisasi:
        if r.status != Realisasi.Status.DISETUJUI:
            belum.setdefault(r.tahun, []).append((r.tw, r.status))
    riwayat = Paginator(per_triwulan(riwayat_indikator(item, batas=None)), RIWAYAT_PER_HALAMAN)
    tahun_nomor = max(per_tahun) if per_tahun else None
    nomor = tugas.nomor_pk(satker, tahun_nomor).get(item.pk) if tahun_nomor else None
    return render(
        request,
        "pengukuran/indikator.html",
        {
            "satker": satker,
            "indikator": item,
            "target": target,
            "realisasi": realisasi,
            "per_tahun": per_tahun,
            "triwulan_per_tahun": triwulan_per_tahun,
            "jejak": jejak,
            "riwayat": riwayat.get_page(request.GET.get("riwayat")),
            "nomor": nomor,
            "tahun_nomor": tahun_nomor,
            "belum_disetujui": belum,
            "remah": [
                (f"Dasbor {tahun_nomor}", reverse("dasbor", args=[satker.kode, tahun_nomor]))
                if tahun_nomor
                else ("Renstra", reverse("renstra", args=[satker.kode])),
                (f"Indikator {nomor}" if nomor else "Indikator", ""),
            ],
        },
    )


RIWAYAT_PER_HALAMAN = 25


# --- the quarterly realisation workflow -------------------------------------------------------

BERHASIL = {
    A.AJUKAN: "Realisasi {p} diajukan untuk diverifikasi Kepala Subbagian.",
    A.VERIFIKASI: "Realisasi {p} terverifikasi dan diteruskan kepada Sekretaris.",
    A.KEMBALIKAN: "Realisasi {p} dikembalikan kepada PIC dengan komentar Anda.",
    A.SETUJUI: "Realisasi {p} disetujui dan sekarang terkunci.",
    A.BUKA_KEMBALI: "Realisasi {p} dibuka kembali dan dikembalikan kepada PIC.",
}


def _indikator_kantor(request, kode, indikator_id) -> tuple[Satker, Indikator]:
    satker = satker_terlihat(request.user, kode)
    item = get_object_or_404(
        Indikator.objects.select_related("sasaran__renstra__satker", "unit"),
        pk=indikator_id,
        sasaran__renstra__satker=satker,
    )
    return satker, item


def _periode_valid(indikator: Indikator, tahun: int, triwulan: int) -> Triwulan:
    if not indikator.sasaran.renstra.memuat(tahun):
        raise Http404(f"Indikator ini tidak berlaku pada tahun {tahun}.")
    return Triwulan(tahun, triwulan)


def _realisasi(indikator: Indikator, tw: Triwulan) -> Realisasi | None:
    r = Realisasi.objects.filter(indikator=indikator, tahun=tw.tahun, triwulan=tw.nomor).first()
    if r is not None:
        r.indikator = indikator
    return r


def _halaman_realisasi(request, satker, indikator, tw, *, form=None, status=200):
    """The quarter's page: values or the form, why it cannot be changed, actions, evidence, trail."""
    hari = jendela.hari_ini()
    r = _realisasi(indikator, tw)
    alasan_kunci = None
    try:
        keputusan = services.syarat_ubah(request.user, indikator, tw.tahun, tw.nomor, r, hari)
    except services.AlurError as exc:
        alasan_kunci = exc.pesan
        keputusan = jendela.keputusan(satker, indikator, tw.tahun, tw.nomor, hari)
    if alasan_kunci is None and form is None:
        form = RealisasiForm(indikator=indikator, realisasi=r)
    tombol = []
    if r is not None:
        for aksi in ATURAN:
            try:
                services.syarat(aksi, request.user, r, hari)
            except services.AlurError:
                continue
            tombol.append(aksi)
    kurang = services.kekurangan(indikator, r) if r is not None and A.AJUKAN in tombol else []
    status_tw = dict(
        Realisasi.objects.filter(indikator=indikator, tahun=tw.tahun).values_list(
            "triwulan", "status"
        )
    )
    konteks = {
        "satker": satker,
        "indikator": indikator,
        "tahun": tw.tahun,
        "tw": tw,
        "realisasi": r,
        "form": form,
        "alasan_kunci": alasan_kunci,
        "keputusan": keputusan,
        "tombol": tombol,
        "kekurangan": kurang,
        "peringatan": services.peringatan(indikator, r) if r is not None else [],
        "target": services.target_pembanding(indikator, tw.tahun, tw.nomor),
        "capaian": services.capaian_triwulan(indikator, r) if r is not None else None,
        "besaran": [(services.label_besaran(n), v) for n, v in r.besaran_desimal().items()]
        if r is not None
        else [],
        "bukti": list(r.bukti.select_related("diunggah_oleh")) if r is not None else [],
        "jejak": list(r.jejak.select_related("pengguna").order_by("-waktu", "-pk"))
        if r is not None
        else [],
        "bukti_form": BuktiForm() if alasan_kunci is None else None,
        "batas_mb": settings.SAKIP_UPLOAD_MAX_MB,
        "daftar_tw": [(Triwulan(tw.tahun, n), status_tw.get(n)) for n in ROMAWI],
        "label_status": dict(Realisasi.Status.choices),
        "nomor_indikator": tugas.nomor_pk(satker, tw.tahun).get(indikator.pk),
    }
    return render(request, "pengukuran/realisasi.html", konteks, status=status)


def _gagal(request, satker, indikator, tw, exc: services.AlurError, form=None):
    if exc.status == 404:
        raise Http404(exc.pesan)
    messages.error(request, exc.pesan)
    return _halaman_realisasi(request, satker, indikator, tw, form=form, status=exc.status)


def _ke_realisasi(satker, indikator, tw):
    return redirect(
        "pengukuran:realisasi",
        kode=satker.kode,
        indikator_id=indikator.pk,
        tahun=tw.tahun,
        triwulan=tw.nomor,
    )


@login_required
def realisasi(request, kode, indikator_id, tahun, triwulan):
    satker, item = _indikator_kantor(request, kode, indikator_id)
    tw = _periode_valid(item, tahun, triwulan)
    return _halaman_realisasi(request, satker, item, tw)


@login_required
@require_POST
def simpan(request, kode, indikator_id, tahun, triwulan):
    satker, item = _indikator_kantor(request, kode, indikator_id)
    tw = _periode_valid(item, tahun, triwulan)
    r = _realisasi(item, tw)
    form = RealisasiForm(request.POST, indikator=item, realisasi=r)
    if not form.is_valid():
        # the version is a hidden field: its error is said in the message, not beside a field
        for pesan in form.errors.get("versi", []):
            messages.error(request, pesan)
        if set(form.errors) - {"versi"}:
            messages.error(request, "Isian belum benar; periksa kolom yang ditandai.")
        return _halaman_realisasi(request, satker, item, tw, form=form, status=400)
    try:
        hasil = services.simpan(
            request.user,
            item,
            tw.tahun,
            tw.nomor,
            form.isian(),
            form.cleaned_data["versi"],
            jendela.hari_ini(),
        )
    except services.IsianError as exc:
        form.tambah_galat(exc.galat)
        messages.error(request, "Isian belum benar; periksa kolom yang ditandai.")
        return _halaman_realisasi(request, satker, item, tw, form=form, status=400)
    except services.VersiKedaluwarsa as exc:
        return _gagal(request, satker, item, tw, exc)
    except services.AlurError as exc:
        return _gagal(request, satker, item, tw, exc, form=form)
    messages.success(request, f"Realisasi {tw.nama} tersimpan.")
    for p in hasil.peringatan:
        messages.warning(request, p)
    return _ke_realisasi(satker, item, tw)


@login_required
@require_POST
def aksi(request, kode, indikator_id, tahun, triwulan, nama_aksi):
    satker, item = _indikator_kantor(request, kode, indikator_id)
    tw = _periode_valid(item, tahun, triwulan)
    verb = services.AKSI_URL.get(nama_aksi)
    if verb is None:
        raise Http404("Aksi tidak dikenal.")
    form = KomentarForm(request.POST)
    if not form.is_valid():
        return _gagal(request, satker, item, tw, services.WorkflowError(form.pesan_galat()))
    r = _realisasi(item, tw)
    if r is None:
        return _gagal(
            request,
            satker,
            item,
            tw,
            services.WorkflowError(
                f"Realisasi {tw.nama} belum diisi; belum ada yang dapat diproses."
            ),
        )
    try:
        services.lakukan(
            verb,
            request.user,
            r.pk,
            form.cleaned_data["komentar"],
            form.cleaned_data["versi"],
            jendela.hari_ini(),
        )
    except services.AlurError as exc:
        return _gagal(request, satker, item, tw, exc)
    messages.success(request, BERHASIL[verb].format(p=tw.nama))
    return _ke_realisasi(satker, item, tw)


@login_required
@require_POST
def bukti_tambah(request, kode, indikator_id, tahun, triwulan):
    satker, item = _indikator_kantor(request, kode, indikator_id)
    tw = _periode_valid(item, tahun, triwulan)
    form = BuktiForm(request.POST, request.FILES)
    if not form.is_valid():
        pesan = " ".join(e for daftar in form.errors.values() for e in daftar)
        return _gagal(request, satker, item, tw, services.WorkflowError(pesan))
    r = _realisasi(item, tw)
    if r is None:
        return _gagal(
            request,
            satker,
            item,
            tw,
            services.WorkflowError(
                "Simpan nilai realisasi terlebih dahulu, lalu unggah bukti dukung."
            ),
        )
    try:
        bukti = services.tambah_bukti(
            request.user, r.pk, form.cleaned_data["berkas"], jendela.hari_ini()
        )
    except services.AlurError as exc:
        return _gagal(request, satker, item, tw, exc)
    messages.success(request, f"Bukti dukung “{bukti.nama}” diunggah.")
    return _ke_realisasi(satker, item, tw)


def _bukti_kantor(request, kode, bukti_id) -> tuple[Satker, Bukti]:
    satker = satker_terlihat(request.user, kode)
    bukti = get_object_or_404(
        Bukti.objects.select_related(
            "realisasi__indikator__sasaran__renstra__satker", "realisasi__indikator__unit"
        ),
        pk=bukti_id,
        realisasi__indikator__sasaran__renstra__satker=satker,
    )
    return satker, bukti


@login_required
@require_POST
def bukti_hapus(request, kode, bukti_id):
    satker, bukti = _bukti_kantor(request, kode, bukti_id)
    r = bukti.realisasi
    tw = r.tw
    try:
        services.hapus_bukti(request.user, bukti.pk, jendela.hari_ini())
    except services.AlurError as exc:
        return _gagal(request, satker, r.indikator, tw, exc)
    messages.success(request, f"Bukti dukung “{bukti.nama}” dihapus.")
    return _ke_realisasi(satker, r.indikator, tw)


@login_required
def bukti_unduh(request, kode, bukti_id):
    _, bukti = _bukti_kantor(request, kode, bukti_id)
    try:
        berkas = bukti.berkas.open("rb")
    except FileNotFoundError as exc:
        raise Http404("Berkas bukti dukung tidak ditemukan di penyimpanan.") from exc
    respons = FileResponse(berkas, content_type=MIME[bukti.jenis])
    respons["Content-Disposition"] = content_disposition(bukti.nama)
    return respons


@login_required
def periode(request, kode, tahun, triwulan):
    """All indicators of an office in one quarter, with their state and what the user may do.

    Filters (GET): `unit` (a unit's id) and `status` (a state, or "kosong" for not filled);
    `?format=xlsx` downloads the rows shown.
    """
    satker = satker_terlihat(request.user, kode)
    tw = Triwulan(tahun, triwulan)
    semua = list(
        tugas.indikator_tahun(satker, tahun)
        .select_related("sasaran", "unit")
        .order_by("sasaran__nomor", "nomor")
    )
    nomor = tugas.nomor_pk(satker, tahun)
    semua.sort(key=lambda i: nomor.get(i.pk, 10_000))
    ada = {
        r.indikator_id: r
        for r in Realisasi.objects.filter(indikator__in=semua, tahun=tahun, triwulan=triwulan)
    }
    unit = {i.unit_id: i.unit for i in semua if i.unit_id}
    pilih_unit = request.GET.get("unit", "")
    pilih_status = request.GET.get("status", "")
    baris = [(i, ada.get(i.pk), nomor.get(i.pk)) for i in semua]
    if pilih_unit.isdigit() and int(pilih_unit) in unit:
        baris = [b for b in baris if b[0].unit_id == int(pilih_unit)]
    else:
        pilih_unit = ""
    if pilih_status == "kosong":
        baris = [b for b in baris if b[1] is None]
    elif pilih_status in Realisasi.Status.values:
        baris = [b for b in baris if b[1] is not None and b[1].status == pilih_status]
    else:
        pilih_status = ""
    label = dict(Realisasi.Status.choices)
    if request.GET.get("format") == "xlsx":
        return unduhan.xlsx(
            f"realisasi-{satker.kode}-{tahun}-tw{triwulan}.xlsx",
            f"Realisasi {tw.nama} · {satker.nama}",
            [
                unduhan.Kolom("No", "bulat"),
                unduhan.Kolom("Indikator", lebar=60),
                unduhan.Kolom("Penanggung jawab", lebar=40),
                unduhan.Kolom("Nilai", "angka", desimal=2),
                unduhan.Kolom("Satuan", lebar=12),
                unduhan.Kolom("Status", lebar=16),
            ],
            [
                (
                    n,
                    i.nama,
                    i.unit.nama if i.unit else "",
                    r.nilai_huruf or r.nilai if r else None,
                    i.satuan,
                    label[r.status] if r else "Belum diisi",
                )
                for i, r, n in baris
            ],
        )
    k = keanggotaan(request.user)
    return render(
        request,
        "pengukuran/periode.html",
        {
            "satker": satker,
            "tahun": tahun,
            "tw": tw,
            "daftar_tw": [Triwulan(tahun, n) for n in ROMAWI],
            "baris": baris,
            "jumlah_semua": len(semua),
            "daftar_unit": sorted(unit.values(), key=lambda u: u.nama),
            "daftar_status": [("kosong", "Belum diisi"), *Realisasi.Status.choices],
            "pilih_unit": pilih_unit,
            "pilih_status": pilih_status,
            "unit_saya": k.unit_id if k and k.satker_id == satker.pk else None,
            "keputusan": jendela.keputusan(satker, None, tahun, triwulan, jendela.hari_ini()),
            "daftar_tahun": tahun_tersedia(satker),
            "remah": [
                (f"Dasbor {tahun}", reverse("dasbor", args=[satker.kode, tahun])),
                (f"Realisasi {tw.nama}", ""),
            ],
        },
    )


@login_required
def pilih_periode(request, kode):
    """The navigation's year and quarter pickers (a GET form) lead to the quarter's page."""
    satker = satker_terlihat(request.user, kode)
    try:
        tahun = int(request.GET.get("tahun", ""))
        triwulan = int(request.GET.get("triwulan", ""))
        tw = Triwulan(tahun, triwulan)
    except ValueError:
        messages.error(request, "Pilih tahun dan triwulan (I sampai IV) yang akan dibuka.")
        return redirect("satker", kode=satker.kode)
    if tw.tahun not in tahun_tersedia(satker):
        messages.error(request, f"Tidak ada rencana kinerja untuk tahun {tw.tahun}.")
        return redirect("satker", kode=satker.kode)
    return redirect("pengukuran:periode", kode=satker.kode, tahun=tw.tahun, triwulan=tw.nomor)


@login_required
def tugas_saya(request):
    return tembolok.halaman(request, [], lambda: _tugas_saya(request))


def _tugas_saya(request):
    hari = jendela.hari_ini()
    k = keanggotaan(request.user)
    daftar = tugas.daftar(request.user, hari)
    if request.GET.get("format") == "xlsx":
        return _tugas_xlsx(daftar)
    ringkasan = tugas.ringkasan(request.user, hari)
    konteks = {
        "ringkasan": ringkasan,
        "periode_isi": [(p, n) for p, n in ringkasan.periode if n] if ringkasan else [],
        "daftar": daftar,
        "keanggotaan": k,
        "pengingat": list(Pengingat.objects.filter(user=request.user)[:5]),
        # the navigation count reads the same summary instead of counting again
        "tugas_saya": TugasSaya(request.user, ringkasan),
    }
    if k is not None and k.peran == Peran.PIMPINAN:
        # the Sekretaris lands here: the approvals, and the year's dashboard at a glance
        tahun = tahun_utama(k.satker)
        if tahun is not None:
            baris = tabel_capaian(k.satker, tahun)
            konteks["dasbor"] = {
                "tahun": tahun,
                "sebaran": sebaran_kategori(k.satker, baris),
                "jumlah": len(baris),
                "status": tugas.sebaran_status(k.satker, tahun),
            }
            konteks["skala"] = k.satker.skala()
    return render(request, "pengukuran/tugas.html", konteks)


BAGIAN_TUGAS = {
    "dikembalikan": "Dikembalikan",
    "isi": "Perlu diisi",
    "verifikasi": "Menunggu verifikasi",
    "setujui": "Menunggu persetujuan",
}


def _tugas_xlsx(daftar):
    label = dict(Realisasi.Status.choices)
    return unduhan.xlsx(
        "tugas-saya.xlsx",
        "Tugas saya",
        [
            unduhan.Kolom("Tugas", lebar=22),
            unduhan.Kolom("Periode", lebar=12),
            unduhan.Kolom("Indikator", lebar=60),
            unduhan.Kolom("Unit", lebar=40),
            unduhan.Kolom("Status", lebar=16),
        ],
        [
            (
                BAGIAN_TUGAS[bagian],
                t.triwulan.nama,
                t.indikator.nama,
                t.indikator.unit.nama if t.indikator.unit_id else "",
                label[t.realisasi.status] if t.realisasi else "Belum diisi",
            )
            for bagian in BAGIAN_TUGAS
            for t in daftar[bagian]
        ],
    )


@login_required
def pengingat(request):
    """The user's reminders and the choice of which to receive (and whether by e-mail)."""
    pref = PreferensiPengingat.objects.filter(user=request.user).first() or PreferensiPengingat(
        user=request.user
    )
    form = PreferensiPengingatForm(request.POST or None, instance=pref)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, "Pilihan pengingat tersimpan.")
            return redirect("pengingat")
        messages.error(request, "Pilihan pengingat belum benar.")
    return render(
        request,
        "pengukuran/pengingat.html",
        {
            "form": form,
            "daftar": Pengingat.objects.filter(user=request.user)[:50],
            "ada_surel": bool(request.user.email),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def pengecualian(request, kode):
    """Lock exceptions of the office: everyone in it reads them, the Sekretaris grants them."""
    satker = satker_terlihat(request.user, kode)
    boleh = akses.sekretaris_kantor(request.user, satker)
    form = PengecualianForm(request.POST or None, satker=satker)
    status = 200
    if request.method == "POST":
        if not boleh:
            messages.error(request, "Hanya Sekretaris yang dapat memberikan pengecualian kunci.")
            status = 403
        elif form.is_valid():
            d = form.cleaned_data
            try:
                p = services.beri_pengecualian(
                    request.user,
                    satker,
                    d["tahun"],
                    d["triwulan"],
                    d["alasan"],
                    d["berlaku_sampai"],
                    d["indikator"],
                    jendela.hari_ini(),
                )
            except services.AlurError as exc:
                if exc.status == 404:
                    raise Http404(exc.pesan) from exc
                messages.error(request, exc.pesan)
                status = exc.status
            else:
                messages.success(
                    request,
                    f"Pengecualian kunci {p.tw.nama} diberikan sampai "
                    f"{format_tanggal(p.berlaku_sampai)}.",
                )
                return redirect("pengukuran:pengecualian", kode=satker.kode)
        else:
            messages.error(request, "Isian belum benar; periksa kolom yang ditandai.")
            status = 400
    daftar = PengecualianKunci.objects.filter(satker=satker).select_related(
        "indikator", "diberikan_oleh"
    )
    return render(
        request,
        "pengukuran/pengecualian.html",
        {
            "satker": satker,
            "form": form if boleh else None,
            "daftar": daftar,
            "hari_ini": jendela.hari_ini(),
            "daftar_tahun": tahun_tersedia(satker),
        },
        status=status,
    )
