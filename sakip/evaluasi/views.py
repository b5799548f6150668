"""IKPA page (computed, entered, imported, against KPPN), follow-up of recommendations, evaluator's overview."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from sakip.lib import ikpa as aturan_ikpa
from sakip.lib.angka import AngkaError, parse_angka
from sakip.lib.grafik import grafik_ikpa
from sakip.organisasi import akses
from sakip.organisasi.akses import satker_terlihat

from . import ikpa, lke
from .models import KerangkaLke, PengaturanEvaluasi, Rekomendasi

MAKS_UNGGAH = 2 * 1024 * 1024


def _ikpa(request, satker, tahun, galat: str = "", status: int = 200):
    if galat:
        messages.error(request, galat)
    try:
        h = ikpa.hitung(request.user, satker, tahun)
    except (ikpa.IkpaTidakAda, ikpa.IkpaError) as e:
        return render(
            request,
            "evaluasi/ikpa_kosong.html",
            {"satker": satker, "tahun": tahun, "pesan": str(e)},
            status=404,
        )
    riwayat = ikpa.riwayat(request.user, satker, tahun)
    isian = [k for k in aturan_ikpa.DIISI if k in h.aturan.bobot or k == aturan_ikpa.DISPENSASI]
    return render(
        request,
        "evaluasi/ikpa.html",
        {
            "satker": satker,
            "tahun": tahun,
            "h": h,
            "riwayat": riwayat,
            "grafik": grafik_ikpa(riwayat, simpanan=cache),
            "sumber": ikpa.SUMBER,
            "boleh_isi": akses.boleh_isi_ikpa(request.user, satker),
            "isian": [(k, aturan_ikpa.NAMA_INDIKATOR[k]) for k in isian],
            "dilaporkan": [(k, aturan_ikpa.NAMA_INDIKATOR[k]) for k in aturan_ikpa.DIHITUNG]
            + [("nilai_akhir", "Nilai Akhir")],
            "bulan": range(1, 13),
            "dispensasi_pengurang": h.aturan.dispensasi_sebagai == "pengurang",
        },
        status=status,
    )


@login_required
def halaman_ikpa(request, kode, tahun):
    return _ikpa(request, satker_terlihat(request.user, kode), tahun)


@login_required
@require_POST
def isi_ikpa(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_isi_ikpa(request.user, satker),
        "Hanya Perencana atau Admin kantor yang dapat mengisi IKPA.",
    )
    bulan = request.POST.get("bulan", "")
    if not bulan.isdigit():
        return _ikpa(request, satker, tahun, "Pilih bulan 1–12.", 400)
    isian = {k: request.POST[f"n-{k}"] for k in ikpa.INDIKATOR_MASUKAN if f"n-{k}" in request.POST}
    try:
        ikpa.simpan_masukan(
            request.user, satker, tahun, int(bulan), isian, request.POST.get("bukti", "")
        )
    except ikpa.MasukanError as e:
        return _ikpa(request, satker, tahun, str(e), 400)
    messages.success(request, f"Nilai IKPA bulan {bulan} disimpan.")
    return redirect("evaluasi:ikpa", satker.kode, tahun)


def _baca_unggahan(berkas) -> list[dict]:
    nama = berkas.name.lower()
    isi = berkas.read(MAKS_UNGGAH + 1)
    if len(isi) > MAKS_UNGGAH:
        raise ikpa.MasukanError("Berkas lebih dari 2 MB.")
    if nama.endswith(".csv"):
        try:
            teks = isi.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ikpa.MasukanError("Berkas CSV harus UTF-8.") from e
        contoh = teks[:2000]
        pemisah = ";" if contoh.count(";") > contoh.count(",") else ","
        return list(csv.DictReader(io.StringIO(teks), delimiter=pemisah))
    if nama.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(isi), read_only=True, data_only=True)
        except Exception as e:
            raise ikpa.MasukanError(f"Berkas XLSX tidak terbaca: {e}") from e
        baris = list(wb.active.iter_rows(values_only=True))
        if not baris:
            raise ikpa.MasukanError("Berkas XLSX kosong.")
        kepala = [str(k).strip() if k is not None else "" for k in baris[0]]
        return [
            {k: ("" if v is None else str(v)) for k, v in zip(kepala, b, strict=False)}
            for b in baris[1:]
            if any(v is not None for v in b)
        ]
    raise ikpa.MasukanError("Unggah berkas ekspor IKPA OM-SPAN sebagai .xlsx atau .csv.")


@login_required
@require_POST
def impor_ikpa(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_isi_ikpa(request.user, satker),
        "Hanya Perencana atau Admin kantor yang dapat mengimpor IKPA.",
    )
    berkas = request.FILES.get("berkas")
    if berkas is None:
        return _ikpa(request, satker, tahun, "Pilih berkas ekspor IKPA OM-SPAN.", 400)
    try:
        n = ikpa.impor_omspan(
            request.user, satker, tahun, _baca_unggahan(berkas), f"Impor OM-SPAN: {berkas.name}"
        )
    except ikpa.MasukanError as e:
        return _ikpa(request, satker, tahun, str(e), 400)
    messages.success(request, f"{n} baris IKPA OM-SPAN diimpor.")
    return redirect("evaluasi:ikpa", satker.kode, tahun)


# -- follow-up ---------------------------------------------------------------------------------


@login_required
def tindak_lanjut(request, kode):
    satker = satker_terlihat(request.user, kode)
    daftar = list(lke.rekomendasi_kantor(satker).prefetch_related("riwayat"))
    for r in daftar:
        r.boleh = akses.boleh_tindak_lanjut(request.user, satker, r.unit_id)
    return render(
        request,
        "evaluasi/tindak_lanjut.html",
        {"satker": satker, "daftar": daftar, "status": Rekomendasi.Status.choices},
    )


@login_required
@require_POST
def perbarui_tindak_lanjut(request, kode, rekomendasi_id):
    satker = satker_terlihat(request.user, kode)
    r = Rekomendasi.objects.filter(pk=rekomendasi_id, lembar__satker=satker).first()
    if r is None:
        raise Http404("Rekomendasi tidak ditemukan.")
    akses.pastikan(
        akses.boleh_tindak_lanjut(request.user, satker, r.unit_id),
        "Anda tidak menindaklanjuti rekomendasi ini.",
    )
    versi = request.POST.get("versi", "")
    try:
        lke.tindak_lanjut(
            request.user,
            r.pk,
            request.POST.get("status", ""),
            request.POST.get("uraian", ""),
            request.POST.get("bukti", ""),
            int(versi) if versi.isdigit() else None,
        )
    except lke.LkeGagal as e:
        messages.error(request, e.pesan)
        daftar = list(lke.rekomendasi_kantor(satker).prefetch_related("riwayat"))
        for x in daftar:
            x.boleh = akses.boleh_tindak_lanjut(request.user, satker, x.unit_id)
        return render(
            request,
            "evaluasi/tindak_lanjut.html",
            {"satker": satker, "daftar": daftar, "status": Rekomendasi.Status.choices},
            status=e.status,
        )
    messages.success(request, f"Tindak lanjut rekomendasi {r.nomor} disimpan.")
    return redirect("evaluasi:tindak_lanjut", satker.kode)


def _kemajuan(request, satker, tahun, status=200):
    return render(
        request,
        "evaluasi/kemajuan.html",
        {
            "satker": satker,
            "tahun": tahun,
            "baris": lke.kemajuan_bawahan(request.user, satker, tahun),
            "boleh_atur": akses.boleh_atur_evaluasi(request.user, satker),
            "pengaturan": PengaturanEvaluasi.objects.filter(satker=satker, tahun=tahun).first(),
            "kerangka": KerangkaLke.objects.all(),
            "tenggat_pk": satker.tenggat("pk", tahun),
            "tenggat_lkj": satker.tenggat("lkj", tahun),
        },
        status=status,
    )


@login_required
def kemajuan(request, kode, tahun):
    return _kemajuan(request, satker_terlihat(request.user, kode), tahun)


@login_required
@require_POST
def atur(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_atur_evaluasi(request.user, satker),
        "Hanya evaluator kantor ini yang mengatur tenggat.",
    )
    try:
        lkj = int(request.POST.get("tenggat_lkj_hari", ""))
        pk = int(request.POST.get("tenggat_pk_hari", ""))
        ambang = parse_angka(request.POST.get("ambang", "80"))
    except (ValueError, AngkaError) as e:
        messages.error(request, f"Isian tenggat tidak sah (batas diisi nomor hari, mis. 59): {e}.")
        return _kemajuan(request, satker, tahun, 400)
    try:
        lke.simpan_pengaturan(
            request.user, satker, tahun, lkj, pk, ambang, request.POST.get("kerangka", "")
        )
    except lke.LkeGagal as e:
        messages.error(request, e.pesan)
        return _kemajuan(request, satker, tahun, e.status)
    messages.success(request, f"Tenggat evaluasi {tahun} disimpan.")
    return redirect("evaluasi:kemajuan", satker.kode, tahun)
