"""LKE pages: the worksheet (office self-assessment, evaluator scores), LHE downloads, NAK realisation."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from sakip.evaluasi import lke
from sakip.evaluasi.lke import LkeGagal
from sakip.evaluasi.models import LembarKerja
from sakip.lib.angka import format_angka, ke_int
from sakip.lib.lke import URUTAN_JAWABAN
from sakip.organisasi import akses
from sakip.organisasi.akses import satker_terlihat
from sakip.pengukuran import jendela

from . import bundel
from .ekspor import buat_xlsx
from .lembar import susun_lembar
from .lhe import render_lhe
from .prefill import isian_otomatis

JENIS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
YA = {"1": True, "0": False, "": None}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _konteks(request, satker, tahun) -> dict:
    lembar = susun_lembar(request.user, satker, tahun)
    lk = lembar.lembar
    nak = (
        lke.indikator_nak(satker, tahun + 1)
        if lk and lk.status == LembarKerja.Status.FINAL
        else None
    )
    return {
        "satker": satker,
        "tahun": tahun,
        "lb": lembar,
        "lk": lk,
        "boleh_mandiri": akses.boleh_menilai_mandiri(request.user, satker),
        "boleh_evaluator": akses.boleh_menilai_lke(request.user, satker),
        "jawaban_pilihan": URUTAN_JAWABAN,
        "rekomendasi": list(lk.rekomendasi.select_related("unit")) if lk else [],
        "unit": list(satker.unit.all()),
        "nak": nak,
        "boleh_nak": bool(nak and akses.pic_unit(request.user, nak)),
        "triwulan": range(1, 5),
        "jejak": list(lk.jejak.exclude(aksi__in=["usulan", "nilai"]).select_related("pengguna"))
        if lk
        else [],
    }


def _tampil(request, satker, tahun, galat: str = "", status: int = 200):
    if galat:
        messages.error(request, galat)
    try:
        konteks = _konteks(request, satker, tahun)
    except LkeGagal as e:
        return render(
            request,
            "penilaian/kosong.html",
            {"satker": satker, "tahun": tahun, "pesan": e.pesan},
            status=e.status,
        )
    return render(request, "penilaian/lembar.html", konteks, status=status)


@login_required
def lembar(request, kode, tahun):
    return _tampil(request, satker_terlihat(request.user, kode), tahun)


def _lembar_post(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    lk = LembarKerja.objects.filter(satker=satker, tahun=tahun).first()
    if lk is None:
        raise Http404("Lembar kerja LKE belum dibuka.")
    return satker, lk


def _versi(request) -> int | None:
    v = request.POST.get("versi", "")
    return ke_int(v)


def _selesai(request, satker, tahun, fungsi, pesan_ok: str):
    try:
        fungsi()
    except LkeGagal as e:
        return _tampil(request, satker, tahun, e.pesan, e.status)
    messages.success(request, pesan_ok)
    return redirect("penilaian:lembar", satker.kode, tahun)


@login_required
@require_POST
def buka(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    akses.pastikan(
        akses.boleh_menilai_mandiri(request.user, satker)
        or akses.boleh_menilai_lke(request.user, satker),
        "Anda tidak dapat membuka LKE kantor ini.",
    )
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.buka(request.user, satker, tahun),
        "Lembar kerja LKE dibuka.",
    )


@login_required
@require_POST
def usulan(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    akses.pastikan(
        akses.boleh_menilai_mandiri(request.user, satker),
        "Hanya kantor yang mengisi penilaian mandiri.",
    )
    kerangka = lk.kerangka.kerangka()
    isian = {}
    for c in kerangka.semua_kriteria():
        if f"u-{c.kode}" not in request.POST:
            continue
        nilai = request.POST.get(f"u-{c.kode}", "")
        if nilai not in YA:
            return _tampil(
                request, satker, tahun, f"Kriteria {c.kode}: pilihan '{nilai}' tidak dikenal.", 400
            )
        isian[c.kode] = (
            YA[nilai],
            request.POST.get(f"b-{c.kode}", ""),
            request.POST.get(f"c-{c.kode}", ""),
        )
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.simpan_usulan(request.user, lk.pk, isian, _versi(request)),
        "Penilaian mandiri disimpan.",
    )


@login_required
@require_POST
def ajukan(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    akses.pastikan(
        akses.boleh_menilai_mandiri(request.user, satker),
        "Hanya kantor yang mengajukan penilaian mandiri.",
    )
    prefill = isian_otomatis(satker, tahun, lk)
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.ajukan(request.user, lk.pk, prefill, _versi(request)),
        "Penilaian mandiri diajukan ke evaluator.",
    )


@login_required
@require_POST
def nilai(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    akses.pastikan(
        akses.boleh_menilai_lke(request.user, satker),
        "Hanya evaluator kantor di atasnya yang menilai.",
    )
    kerangka = lk.kerangka.kerangka()
    kriteria, sub = {}, {}
    for c in kerangka.semua_kriteria():
        if f"p-{c.kode}" in request.POST:
            v = request.POST.get(f"p-{c.kode}", "")
            if v not in YA:
                return _tampil(
                    request, satker, tahun, f"Kriteria {c.kode}: pilihan '{v}' tidak dikenal.", 400
                )
            kriteria[c.kode] = (YA[v], request.POST.get(f"e-{c.kode}", ""))
    for s in kerangka.semua_sub():
        if f"s-{s.kode}" in request.POST:
            sub[s.kode] = (
                request.POST.get(f"s-{s.kode}", ""),
                request.POST.get(f"sc-{s.kode}", ""),
            )
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.nilai_evaluator(request.user, lk.pk, kriteria, sub, _versi(request)),
        "Nilai evaluator disimpan.",
    )


@login_required
@require_POST
def kembalikan(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    akses.pastikan(
        akses.boleh_menilai_lke(request.user, satker), "Hanya evaluator yang mengembalikan LKE."
    )
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.kembalikan(
            request.user, lk.pk, request.POST.get("alasan", ""), _versi(request)
        ),
        "Penilaian mandiri dikembalikan ke kantor untuk diperbaiki.",
    )


@login_required
@require_POST
def rekomendasi(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    akses.pastikan(
        akses.boleh_menilai_lke(request.user, satker), "Hanya evaluator yang menulis rekomendasi."
    )
    unit = request.POST.get("unit", "")
    komponen = request.POST.get("komponen", "")
    batas = request.POST.get("batas_waktu", "")
    try:
        batas_waktu = date.fromisoformat(batas) if batas else None
    except ValueError:
        return _tampil(
            request, satker, tahun, f"Batas waktu '{batas}' bukan tanggal (TTTT-BB-HH).", 400
        )
    if (unit and ke_int(unit) is None) or (komponen and ke_int(komponen) is None):
        return _tampil(request, satker, tahun, "Unit atau komponen tidak sah.", 400)
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.tambah_rekomendasi(
            request.user,
            lk.pk,
            request.POST.get("temuan", ""),
            request.POST.get("rekomendasi", ""),
            int(unit) if unit else None,
            batas_waktu,
            int(komponen) if komponen else None,
        ),
        "Rekomendasi ditambahkan.",
    )


@login_required
@require_POST
def finalkan(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    akses.pastikan(
        akses.boleh_menilai_lke(request.user, satker), "Hanya evaluator yang memfinalkan LKE."
    )
    return _selesai(
        request,
        satker,
        tahun,
        lambda: lke.finalkan(
            request.user,
            lk.pk,
            request.POST.get("nomor_lhe", ""),
            request.POST.get("simpulan", ""),
            _versi(request),
        ),
        "LKE final; LHE dapat diunduh.",
    )


@login_required
def unduh_lhe(request, kode, tahun, format):
    satker = satker_terlihat(request.user, kode)
    if format not in JENIS:
        raise Http404("Format tidak dikenal.")
    try:
        lb = susun_lembar(request.user, satker, tahun)
    except LkeGagal as e:
        return _tampil(request, satker, tahun, e.pesan, e.status)
    if lb.lembar is None or lb.lembar.status != LembarKerja.Status.FINAL:
        return _tampil(
            request, satker, tahun, "LHE tersedia setelah LKE difinalkan evaluator.", 409
        )
    isi = render_lhe(lb, format)
    jawab = HttpResponse(isi, content_type=JENIS[format])
    jawab["Content-Disposition"] = f'attachment; filename="LHE-{satker.kode}-{tahun}.{format}"'
    return jawab


@login_required
def unduh_xlsx(request, kode, tahun):
    satker = satker_terlihat(request.user, kode)
    try:
        lb = susun_lembar(request.user, satker, tahun)
    except LkeGagal as e:
        return _tampil(request, satker, tahun, e.pesan, e.status)
    jawab = HttpResponse(buat_xlsx(lb), content_type=XLSX)
    jawab["Content-Disposition"] = f'attachment; filename="LKE-{satker.kode}-{tahun}.xlsx"'
    return jawab


@login_required
@require_POST
def nak(request, kode, tahun):
    satker, lk = _lembar_post(request, kode, tahun)
    tw = request.POST.get("triwulan", "")
    if tw not in {"1", "2", "3", "4"}:
        return _tampil(request, satker, tahun, "Pilih triwulan 1–4.", 400)
    indikator = lke.indikator_nak(satker, tahun + 1)
    akses.pastikan(
        bool(indikator) and akses.pic_unit(request.user, indikator),
        "Hanya PIC indikator Nilai Akuntabilitas Kinerja.",
    )
    try:
        r = lke.realisasi_nak(request.user, lk.pk, int(tw), jendela.hari_ini())
    except LkeGagal as e:
        return _tampil(request, satker, tahun, e.pesan, e.status)
    messages.success(
        request,
        f"Realisasi {indikator.nama} {tahun + 1} TW {tw} diisi {r.nilai_huruf} ({format_angka(r.skor, 2)}); ajukan untuk diverifikasi.",
    )
    return redirect("pengukuran:realisasi", satker.kode, indikator.pk, tahun + 1, int(tw))


@login_required
def esakip(request, kode, tahun):
    """The e-SAKIP bundle of the year as one ZIP (Renstra, IKU, PK, Rencana Aksi, LKj, LHE)."""
    satker = satker_terlihat(request.user, kode)
    try:
        isi, _ = bundel.buat_bundel(request.user, satker, tahun)
    except bundel.BundelError as exc:
        raise Http404(str(exc)) from exc
    jawab = HttpResponse(isi, content_type="application/zip")
    jawab["Content-Disposition"] = f'attachment; filename="e-SAKIP-{satker.kode}-{tahun}.zip"'
    return jawab
