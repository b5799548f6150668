"""The LHE (Laporan Hasil Evaluasi) as a document tree of the LKj pipeline (laporan/susun.py),
so laporan/html.py, pdf.py and docx.py render it as they render the LKj."""

from __future__ import annotations

from django.utils import timezone

from sakip.evaluasi.models import LembarKerja
from sakip.laporan.docx import buat_docx
from sakip.laporan.pdf import buat_pdf
from sakip.laporan.susun import Bagian, Dokumen, Paragraf, Sel, Tabel, TandaTangan
from sakip.lib import lke as aturan_lke
from sakip.lib.angka import format_angka, format_tanggal

from .lembar import Lembar

NAMA_DIMENSI = {"keberadaan": "Keberadaan", "kualitas": "Kualitas", "pemanfaatan": "Pemanfaatan"}


def _a(v) -> str:
    return format_angka(v, 2)


def susun_lhe(lembar: Lembar) -> Dokumen:
    lk: LembarKerja = lembar.lembar
    hasil = lembar.penetapan
    satker = lembar.satker
    judul = f"Laporan Hasil Evaluasi Akuntabilitas Kinerja Tahun {lembar.tahun}"
    bagian = []
    bagian.append(
        Bagian(
            "pendahuluan",
            "I.",
            "Pendahuluan",
            1,
            [
                Paragraf(
                    f"Evaluasi akuntabilitas kinerja {satker.nama_sekretariat} tahun {lembar.tahun} "
                    f"dilaksanakan oleh {lk.evaluator.nama} dengan {lembar.kerangka_nama}. "
                    f"Nomor LHE: {lk.nomor_lhe}."
                ),
                Paragraf(
                    "Setiap kriteria dinilai terpenuhi (Y) atau tidak (T); setiap sub-komponen diberi "
                    "jawaban AA/A/BB/B/CC/C/D/E (100/90/80/70/60/50/30/0) dari persentase kriteria "
                    "terpenuhi; nilai sub-komponen = bobot × nilai jawaban ÷ 100."
                ),
            ],
        )
    )
    isi = []
    for (nomor, nama, bobot, subs), hk in zip(lembar.komponen, hasil.komponen, strict=True):
        isi.append(
            [
                Sel(f"{nomor}. {nama}", tebal=True, kolom=5),
                Sel(_a(bobot), "kanan", tebal=True),
                Sel(_a(hk.nilai), "kanan", tebal=True),
            ]
        )
        for s, hs in zip(subs, hk.sub, strict=True):
            isi.append(
                [
                    Sel(f"{s.kode} {NAMA_DIMENSI[s.dimensi]}"),
                    Sel(f"{hs.terpenuhi}/{hs.jumlah}", "tengah"),
                    Sel(format_angka(hs.persen, 2) + "%", "kanan"),
                    Sel(hs.usulan, "tengah"),
                    Sel(hs.jawaban, "tengah", tebal=True),
                    Sel(_a(hs.bobot), "kanan"),
                    Sel(_a(hs.nilai), "kanan"),
                ]
            )
    total = hasil.nilai
    pred = aturan_lke.predikat(aturan_lke.bulatkan(total))
    tabel = Tabel(
        "1",
        "Nilai per komponen dan sub-komponen",
        [
            [
                Sel(t, "tengah", tebal=True)
                for t in (
                    "Komponen / sub-komponen",
                    "Kriteria Y",
                    "%",
                    "Usulan sakip",
                    "Jawaban",
                    "Bobot",
                    "Nilai",
                )
            ]
        ],
        isi,
        [0.34, 0.1, 0.1, 0.11, 0.1, 0.1, 0.15],
        kaki=[
            [
                Sel("Nilai Akuntabilitas Kinerja", tebal=True, kolom=5),
                Sel("100,00", "kanan", tebal=True),
                Sel(_a(total), "kanan", tebal=True),
            ]
        ],
    )
    bagian.append(
        Bagian(
            "hasil",
            "II.",
            "Hasil Evaluasi",
            1,
            [
                tabel,
                Paragraf(
                    f"Nilai Akuntabilitas Kinerja {satker.nama_sekretariat} tahun {lembar.tahun} adalah "
                    f"{_a(total)} dengan predikat {pred} ({aturan_lke.sebutan_predikat(pred)}). "
                    f"{aturan_lke.INTERPRETASI[pred]}"
                ),
            ],
        )
    )
    rek = list(lk.rekomendasi.select_related("unit").order_by("nomor"))
    blok = []
    if rek:
        blok.append(
            Tabel(
                "2",
                "Temuan dan rekomendasi",
                [
                    [
                        Sel(t, "tengah", tebal=True)
                        for t in (
                            "No",
                            "Komponen",
                            "Temuan",
                            "Rekomendasi",
                            "Penanggung jawab",
                            "Batas waktu",
                        )
                    ]
                ],
                [
                    [
                        Sel(str(r.nomor), "tengah"),
                        Sel(str(r.komponen or "—"), "tengah"),
                        Sel(r.temuan),
                        Sel(r.rekomendasi),
                        Sel(r.unit.nama if r.unit else "—"),
                        Sel(format_tanggal(r.batas_waktu) if r.batas_waktu else "—"),
                    ]
                    for r in rek
                ],
                [0.05, 0.1, 0.28, 0.28, 0.17, 0.12],
            )
        )
    else:
        blok.append(Paragraf("Tidak ada rekomendasi."))
    bagian.append(Bagian("rekomendasi", "III.", "Temuan dan Rekomendasi", 1, blok))
    penutup = [Paragraf(lk.simpulan)] if lk.simpulan else []
    waktu = timezone.localtime(lk.difinalkan_pada) if lk.difinalkan_pada else None
    nama = (
        (lk.difinalkan_oleh.get_full_name() or lk.difinalkan_oleh.username)
        if lk.difinalkan_oleh
        else ""
    )
    penutup.append(
        TandaTangan(
            f"{lk.evaluator.kota or lk.evaluator.nama}, {format_tanggal(waktu.date()) if waktu else '—'}",
            ["Evaluator", lk.evaluator.nama],
            nama,
        )
    )
    bagian.append(Bagian("penutup", "IV.", "Penutup", 1, penutup))
    return Dokumen("lhe", judul, f"{judul} · {satker.nama_sekretariat}", None, bagian)


def render_lhe(lembar: Lembar, format: str) -> bytes:
    dok = susun_lhe(lembar)
    if format == "pdf":
        return buat_pdf(dok)
    if format == "docx":
        return buat_docx(dok)
    raise ValueError(format)
