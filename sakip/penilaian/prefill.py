"""Prefill rules that read the LKj and PK publications (laporan), added to evaluasi's rules.

The one entry point is `isian_otomatis`: every criterion of the worksheet's framework with
its proposed answer, rule, evidence and metric.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from django.utils import timezone

from sakip.anggaran.models import KaitanAnggaran
from sakip.evaluasi import prefill as dasar
from sakip.evaluasi.lke import kerangka_untuk
from sakip.evaluasi.models import LembarKerja
from sakip.evaluasi.prefill import Isian, Konteks
from sakip.laporan.models import JenisDokumen, NarasiLaporan, PengesahanLaporan, VersiLaporan
from sakip.laporan.pemeriksaan import DataTidakDikenal, periksa_data
from sakip.lib.angka import format_tanggal
from sakip.organisasi.models import Satker


def _lkj(k: Konteks, tahun: int | None = None) -> VersiLaporan | None:
    return (
        VersiLaporan.objects.filter(
            satker=k.satker, tahun=tahun or k.tahun, dokumen=JenisDokumen.LKJ
        )
        .order_by("nomor")
        .first()
    )


def _tanggal(w: datetime) -> date:
    return timezone.localtime(w).date() if timezone.is_aware(w) else w.date()


def _tenggat(k: Konteks, dokumen: str) -> date | None:
    """The deadline the evaluating office (the parent) sets: `Satker.tenggat` (UNVERIFIED dates)."""
    induk = k.satker.induk
    return induk.tenggat(dokumen, k.tahun) if induk else None


def lkj_disusun(k: Konteks, kode: str) -> Isian:
    v = _lkj(k)
    return Isian(
        v is not None,
        f"Ya bila LKj {k.tahun} diterbitkan dari sakip.",
        [f"{v}, terbit {format_tanggal(_tanggal(v.diterbitkan_pada))}."]
        if v
        else ["LKj belum diterbitkan."],
    )


def lkj_diformalkan(k: Konteks, kode: str) -> Isian:
    p = PengesahanLaporan.objects.filter(satker=k.satker, tahun=k.tahun).first()
    v = _lkj(k)
    ok = v is not None and p is not None and p.tanggal is not None
    return Isian(
        ok,
        "Ya bila LKj terbit dan tempat serta tanggal pengesahannya (Kata Pengantar, ditandatangani Sekretaris) tercatat.",
        [
            f"Disahkan {p.tempat} {format_tanggal(p.tanggal)}."
            if p and p.tanggal
            else "Tanggal pengesahan belum diisi."
        ],
    )


def lkj_dipublikasikan(k: Konteks, kode: str) -> Isian:
    v = _lkj(k)
    return Isian(
        v is not None,
        "Ya bila LKj terbit di halaman publik sakip (/laporan/publik/).",
        [f"Terbit {format_tanggal(_tanggal(v.diterbitkan_pada))} versi {v.nomor}."]
        if v
        else ["Belum terbit."],
    )


def lkj_tepat_waktu(k: Konteks, kode: str) -> Isian:
    v, batas = _lkj(k), _tenggat(k, "lkj")
    if batas is None:
        return Isian(None, "Kantor teratas: tidak ada tenggat dari kantor di atasnya.")
    aturan = (
        f"Ya bila LKj terbit paling lambat {format_tanggal(batas)} (tenggat yang ditetapkan "
        f"{k.satker.induk.nama}; dasar hukum tenggat belum terverifikasi)."
    )
    if v is None:
        return Isian(False, aturan, ["LKj belum diterbitkan."])
    tgl = _tanggal(v.diterbitkan_pada)
    return Isian(tgl <= batas, aturan, [f"Terbit pertama {format_tanggal(tgl)}."])


def pk_terbit_tepat_waktu(k: Konteks, kode: str) -> Isian:
    batas = _tenggat(k, "pk")
    if batas is None:
        return Isian(None, "Kantor teratas: tidak ada tenggat dari kantor di atasnya.")
    v = (
        VersiLaporan.objects.filter(satker=k.satker, tahun=k.tahun, dokumen=JenisDokumen.PK)
        .order_by("nomor")
        .first()
    )
    aturan = (
        f"Ya bila PK terbit di sakip paling lambat {format_tanggal(batas)} (tenggat yang "
        f"ditetapkan {k.satker.induk.nama}; dasar hukum tenggat belum terverifikasi)."
    )
    if v is None:
        return Isian(False, aturan, ["PK belum diterbitkan."])
    tgl = _tanggal(v.diterbitkan_pada)
    return Isian(tgl <= batas, aturan, [f"PK terbit {format_tanggal(tgl)}."])


def lkj_dari_sakip(k: Konteks, kode: str) -> Isian:
    v = _lkj(k)
    return Isian(
        v is not None,
        "Ya bila LKj disusun sakip: setiap indikator PK tampil dengan target, realisasi, capaian, target jangka menengah dan sistematika Bab I–IV.",
        [f"{v} memuat {len(k.indikator)} indikator PK."] if v else ["LKj belum diterbitkan."],
    )


def lkj_tahun_sebelumnya(k: Konteks, kode: str) -> Isian:
    v = _lkj(k)
    lalu = [
        r
        for r in dasar.Realisasi.objects.filter(
            indikator__in=k.indikator, tahun=k.tahun - 1, status=dasar.S.DISETUJUI
        )
    ]
    return Isian(
        v is not None and bool(lalu),
        "Ya bila LKj terbit dan realisasi tahun sebelumnya tercatat di sakip (kolom pembanding tahun lalu).",
        [f"{len({r.indikator_id for r in lalu})} indikator memiliki realisasi {k.tahun - 1}."],
    )


def lkj_efisiensi(k: Konteks, kode: str) -> Isian:
    v = _lkj(k)
    kaitan = KaitanAnggaran.objects.filter(satker=k.satker, tahun=k.tahun).count()
    return Isian(
        v is not None and kaitan > 0,
        "Ya bila LKj terbit dari sakip dan anggaran ditautkan ke sasaran (tabel efisiensi: capaian kinerja terhadap serapan anggaran per sasaran).",
        [f"{kaitan} kaitan anggaran–sasaran.", "LKj terbit." if v else "LKj belum diterbitkan."],
    )


def mutu_indikator(k: Konteks, kode: str) -> Isian:
    """SMART (M/T part) from the indicator fields, with the office-data checks' findings."""
    dasar_isian = dasar.indikator_smart(k, kode)
    try:
        hasil = periksa_data(k.satker, k.tahun)
    except DataTidakDikenal:
        return dasar_isian
    jumlah = Counter((f.kind, f.severity) for f in hasil.findings)
    ringkas = ", ".join(
        f"{n} {jenis} ({tingkat})" for (jenis, tingkat), n in sorted(jumlah.items())
    )
    dasar_isian.metrik += f" Pemeriksaan data kantor: {ringkas or 'tidak ada temuan'}."
    dasar_isian.bukti += [f.message for f in hasil.findings if f.severity == "error"][:5]
    return dasar_isian


def narasi_analisis(k: Konteks, kode: str) -> Isian:
    isi = [r for r in k.realisasi if r.analisis.strip() and (r.kendala.strip() or r.solusi.strip())]
    narasi = NarasiLaporan.objects.filter(satker=k.satker, tahun=k.tahun).count()
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan realisasi beranalisis (kendala/solusi) dan narasi LKj yang disunting.",
        [],
        f"{len(isi)} dari {len(k.realisasi)} realisasi beranalisis; {narasi} bagian narasi disunting.",
    )


ATURAN = {
    **dasar.ATURAN,
    **{
        f.__name__: f
        for f in (
            lkj_disusun,
            lkj_diformalkan,
            lkj_dipublikasikan,
            lkj_tepat_waktu,
            pk_terbit_tepat_waktu,
            lkj_dari_sakip,
            lkj_tahun_sebelumnya,
            narasi_analisis,
            lkj_efisiensi,
            mutu_indikator,
        )
    },
}


def isian_otomatis(satker: Satker, tahun: int, lembar: LembarKerja | None) -> dict[str, Isian]:
    kerangka = (lembar.kerangka if lembar else kerangka_untuk(satker, tahun)).kerangka()
    return dasar.jalankan(ATURAN, kerangka, Konteks(satker, tahun, lembar))
