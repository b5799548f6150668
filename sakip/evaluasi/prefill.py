"""Prefill of the LKE from the office's own data: the rules that need no laporan data.

Each rule takes a `Konteks` and returns an `Isian`: a proposed Y/T (None when the data
cannot decide), the rule as the page states it, the evidence it looked at, and for ASSIST
criteria the metric the evaluator decides on. The criteria name their rule by key (the
framework JSON's "aturan"); `sakip/penilaian/prefill.py` adds the rules that read the LKj.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from functools import cached_property

from django.conf import settings

from sakip.anggaran.models import Dipa, KaitanAnggaran, Pagu
from sakip.lib.angka import format_angka, format_tanggal
from sakip.lib.capaian import Polaritas
from sakip.lib.periode import Triwulan
from sakip.organisasi.models import Satker
from sakip.pengukuran.capaian import tabel_capaian
from sakip.pengukuran.models import JejakRealisasi, Realisasi
from sakip.perencanaan.models import Indikator, PerjanjianKinerja, Renstra, Target

from .models import LembarKerja, PengaturanEvaluasi, Rekomendasi

S = Realisasi.Status


@dataclass
class Isian:
    nilai: bool | None
    aturan: str
    bukti: list[str] = field(default_factory=list)
    metrik: str = ""


@dataclass
class Konteks:
    satker: Satker
    tahun: int
    lembar: LembarKerja | None = None

    @cached_property
    def pengaturan(self) -> PengaturanEvaluasi | None:
        induk = self.satker.induk
        if induk is None:
            return None
        return PengaturanEvaluasi.objects.filter(satker=induk, tahun=self.tahun).first()

    @cached_property
    def renstra(self) -> Renstra | None:
        return (
            Renstra.objects.filter(
                satker=self.satker, tahun_awal__lte=self.tahun, tahun_akhir__gte=self.tahun
            )
            .order_by("-tahun_awal")
            .first()
        )

    @cached_property
    def pk(self) -> PerjanjianKinerja | None:
        return PerjanjianKinerja.berlaku(self.satker, self.tahun)

    @cached_property
    def indikator(self) -> list[Indikator]:
        if self.pk is not None:
            qs = Indikator.objects.filter(barispk__pk_dokumen=self.pk)
        elif self.renstra is not None:
            qs = Indikator.objects.filter(sasaran__renstra=self.renstra)
        else:
            return []
        return list(
            qs.select_related("sasaran", "unit").distinct().order_by("sasaran__nomor", "nomor")
        )

    @cached_property
    def realisasi(self) -> list[Realisasi]:
        return list(
            Realisasi.objects.filter(
                indikator__in=self.indikator, tahun=self.tahun
            ).prefetch_related("jejak", "bukti")
        )

    @cached_property
    def target_tahunan(self) -> dict[int, Decimal | None]:
        return {
            t.indikator_id: t.nilai_angka()
            for t in Target.objects.filter(
                indikator__in=self.indikator, tahun=self.tahun, triwulan__isnull=True
            ).select_related("indikator")
        }

    @cached_property
    def realisasi_lalu(self) -> dict[int, Realisasi]:
        """The latest approved realisation of each indicator in the previous year."""
        hasil = {}
        for r in Realisasi.objects.filter(
            indikator__in=self.indikator, tahun=self.tahun - 1, status=S.DISETUJUI
        ).order_by("triwulan"):
            hasil[r.indikator_id] = r
        return hasil

    @cached_property
    def capaian(self) -> list[tuple[Indikator, Decimal | None]]:
        return _capaian(self)

    @cached_property
    def dipa(self) -> Dipa | None:
        return Dipa.objects.filter(satker=self.satker, tahun=self.tahun).first()

    def bukti_terlampir(self, kode: str) -> str:
        if self.lembar is None:
            return ""
        j = self.lembar.jawaban.filter(kode=kode).first()
        return j.bukti.strip() if j else ""


Aturan = Callable[[Konteks, str], Isian]


def _persen(n: int, dari: int) -> str:
    return "—" if not dari else f"{format_angka(Decimal(100) * n / dari, 2)}%"


def bukti_terlampir(k: Konteks, kode: str) -> Isian:
    bukti = k.bukti_terlampir(kode)
    return Isian(
        True if bukti else None,
        "Ya bila kantor melampirkan dokumennya (tautan/nomor) pada kriteria ini; tanpa lampiran sakip tidak dapat memutuskan.",
        [bukti] if bukti else [],
    )


def renstra_berlaku(k: Konteks, kode: str) -> Isian:
    r = k.renstra
    aturan = f"Ya bila ada Renstra yang ditetapkan (dasar hukum tercatat) dan periodenya memuat tahun {k.tahun}."
    if r is None:
        return Isian(False, aturan, [f"Tidak ada Renstra yang memuat tahun {k.tahun}."])
    return Isian(
        bool(r.dasar_hukum.strip()), aturan, [f"{r} — {r.dasar_hukum or 'dasar hukum belum diisi'}"]
    )


def pk_ditetapkan(k: Konteks, kode: str) -> Isian:
    aturan = f"Ya bila Perjanjian Kinerja {k.tahun} ada dan ditandatangani (tanggal, pihak pertama dan kedua)."
    pk = k.pk
    if pk is None:
        return Isian(False, aturan, [f"Belum ada PK {k.tahun}."])
    lengkap = bool(pk.tanggal and pk.pihak_pertama_nama and pk.pihak_kedua_nama)
    return Isian(
        lengkap,
        aturan,
        [
            f"{pk}, {pk.tempat} {format_tanggal(pk.tanggal)}: {pk.pihak_pertama_nama} dan {pk.pihak_kedua_nama}"
        ],
    )


def rencana_aksi(k: Konteks, kode: str) -> Isian:
    aturan = "Ya bila setiap indikator PK memiliki target triwulanan (rencana aksi) tahun ini."
    if not k.indikator:
        return Isian(False, aturan, ["Tidak ada indikator tahun ini."])
    ada = set(
        Target.objects.filter(indikator__in=k.indikator, tahun=k.tahun, triwulan__isnull=False)
        .values_list("indikator_id", flat=True)
        .distinct()
    )
    kurang = [i for i in k.indikator if i.pk not in ada]
    return Isian(
        not kurang,
        aturan,
        [f"{len(ada)} dari {len(k.indikator)} indikator memiliki target triwulanan."]
        + [f"Tanpa target triwulanan: {i.nama}" for i in kurang[:5]],
    )


def dipa_ada(k: Konteks, kode: str) -> Isian:
    aturan = f"Ya bila DIPA {k.tahun} tercatat di sakip dengan pagu."
    if k.dipa is None:
        return Isian(None, aturan, ["Anggaran tahun ini belum diimpor."])
    jumlah = Pagu.objects.filter(revisi__dipa=k.dipa).count()
    return Isian(
        jumlah > 0, aturan, [f"{k.dipa}: {k.dipa.jumlah_revisi()} revisi, {jumlah} baris pagu."]
    )


def dokumen_diformalkan(k: Konteks, kode: str) -> Isian:
    r, p = renstra_berlaku(k, kode), pk_ditetapkan(k, kode)
    iku = sum(1 for i in k.indikator if i.iku)
    return Isian(
        bool(r.nilai and p.nilai and iku),
        "Ya bila Renstra ditetapkan (dasar hukum), PK ditandatangani, dan IKU ditetapkan.",
        r.bukti + p.bukti + [f"{iku} IKU."],
    )


def pk_setiap_unit(k: Konteks, kode: str) -> Isian:
    unit = list(k.satker.unit.all())
    ada = {i.unit_id for i in k.indikator if i.unit_id}
    kurang = [u.nama for u in unit if u.pk not in ada]
    return Isian(
        bool(unit) and not kurang and k.pk is not None,
        "Ya bila PK ditandatangani dan setiap unit kerja bertanggung jawab atas sedikitnya satu indikator PK.",
        [f"{len(unit) - len(kurang)} dari {len(unit)} unit memiliki indikator PK."]
        + [f"Tanpa indikator: {n}" for n in kurang],
    )


def indikator_smart(k: Konteks, kode: str) -> Isian:
    lengkap = [
        i
        for i in k.indikator
        if i.satuan.strip()
        and (i.uraian.strip() or i.cara_penghitungan.strip() or i.rumus)
        and i.sumber_data.strip()
    ]
    return Isian(
        None,
        "Dinilai evaluator (S/A/R); sakip menunjukkan bagian M/T: satuan, definisi/cara penghitungan, sumber data.",
        [f"Tidak lengkap: {i.nama}" for i in k.indikator if i not in lengkap][:5],
        f"{len(lengkap)} dari {len(k.indikator)} indikator lengkap ({_persen(len(lengkap), len(k.indikator))}).",
    )


def iku_berkelanjutan(k: Konteks, kode: str) -> Isian:
    r = k.renstra
    iku = [i for i in k.indikator if i.iku]
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan IKU Renstra yang dipakai tahun ini.",
        [],
        f"{len(iku)} IKU tahun ini dari Renstra {r.periode if r else '—'}.",
    )


def target_menantang(k: Konteks, kode: str) -> Isian:
    naik, dibanding = 0, 0
    for i in k.indikator:
        t = k.target_tahunan.get(i.pk)
        lalu = k.realisasi_lalu.get(i.pk)
        if t is None or lalu is None or lalu.nilai_angka() is None:
            continue
        dibanding += 1
        lebih = (
            t >= lalu.nilai_angka() if i.polaritas == Polaritas.NAIK else t <= lalu.nilai_angka()
        )
        naik += lebih
    return Isian(
        None,
        "Dinilai evaluator; sakip membandingkan target tahun ini dengan realisasi tahun lalu.",
        [],
        f"{naik} dari {dibanding} indikator bertarget sekurang-kurangnya realisasi tahun lalu.",
    )


def cascading(k: Konteks, kode: str) -> Isian:
    return Isian(
        None,
        "Dinilai evaluator; keterkaitan indikator antarjenjang (pohon kinerja) belum dicatat di sakip.",
        [],
        "—",
    )


def anggaran_terkait_kinerja(k: Konteks, kode: str) -> Isian:
    kaitan = KaitanAnggaran.objects.filter(satker=k.satker, tahun=k.tahun)
    sasaran = {i.sasaran_id for i in k.indikator}
    terkait = set(kaitan.values_list("sasaran_id", flat=True)) & sasaran
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan sasaran yang anggarannya ditautkan ke kegiatan/RO.",
        [],
        f"{len(terkait)} dari {len(sasaran)} sasaran memiliki kaitan anggaran.",
    )


def _capaian(k: Konteks) -> list[tuple[Indikator, Decimal | None]]:
    """The year's capaian per indicator: the measurement table's (pengukuran/capaian.py)."""
    return [(b.indikator, b.capaian) for b in tabel_capaian(k.satker, k.tahun)]


def target_tercapai(k: Konteks, kode: str) -> Isian:
    ambang = k.pengaturan.ambang_target_tercapai if k.pengaturan else Decimal(80)
    capaian = k.capaian
    tercapai = [i for i, c in capaian if c is not None and c >= 100]
    bagian = Decimal(100) * len(tercapai) / len(capaian) if capaian else Decimal(0)
    return Isian(
        bool(capaian) and bagian >= ambang,
        f"Ya bila sekurang-kurangnya {format_angka(ambang, 2)}% indikator PK mencapai capaian ≥ 100% (realisasi disetujui); ambang diatur kantor evaluator.",
        [f"{i.nama}: {'—' if c is None else format_angka(c, 2) + '%'}" for i, c in capaian],
        f"{len(tercapai)} dari {len(capaian)} indikator tercapai ({_persen(len(tercapai), len(capaian))}).",
    )


def _waktu_setuju(r: Realisasi):
    waktu = [j.waktu for j in r.jejak.all() if j.aksi == JejakRealisasi.Aksi.SETUJUI]
    return max(waktu) if waktu else None


def realisasi_disetujui_tepat_waktu(k: Konteks, kode: str) -> Isian:
    batas_hari = settings.SAKIP_BATAS_HARI_SETELAH_TRIWULAN
    bukti, semua = [], True
    for tw in range(1, 5):
        batas = Triwulan(k.tahun, tw).akhir + timedelta(days=batas_hari)
        per = {r.indikator_id: r for r in k.realisasi if r.triwulan == tw}
        telat = 0
        for i in k.indikator:
            r = per.get(i.pk)
            w = _waktu_setuju(r) if r and r.status == S.DISETUJUI else None
            if w is None or w.date() > batas:
                telat += 1
        semua &= telat == 0
        bukti.append(
            f"TW {tw}: {len(k.indikator) - telat} dari {len(k.indikator)} disetujui s.d. {format_tanggal(batas)}."
        )
    return Isian(
        semua and bool(k.indikator),
        f"Ya bila setiap triwulan seluruh realisasi indikator disetujui Sekretaris paling lambat {batas_hari} hari setelah triwulan berakhir.",
        bukti,
    )


def definisi_operasional(k: Konteks, kode: str) -> Isian:
    kurang = [
        i
        for i in k.indikator
        if not (i.uraian.strip() and (i.cara_penghitungan.strip() or i.rumus))
    ]
    return Isian(
        bool(k.indikator) and not kurang,
        "Ya bila seluruh indikator PK/IKU memiliki definisi operasional dan cara penghitungan/rumus.",
        [f"Belum lengkap: {i.nama}" for i in kurang[:5]]
        or [f"{len(k.indikator)} indikator lengkap."],
    )


def mekanisme_data(k: Konteks, kode: str) -> Isian:
    ada = [i for i in k.indikator if i.sumber_data.strip() and i.unit_id]
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan indikator dengan sumber data dan penanggung jawab.",
        [],
        f"{len(ada)} dari {len(k.indikator)} indikator bersumber data dan berpenanggung jawab.",
    )


def pimpinan_menyetujui(k: Konteks, kode: str) -> Isian:
    disetujui = [r for r in k.realisasi if _waktu_setuju(r)]
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan realisasi yang disetujui Sekretaris.",
        [],
        f"{len(disetujui)} dari {len(k.realisasi)} realisasi disetujui Sekretaris.",
    )


def realisasi_berbukti(k: Konteks, kode: str) -> Isian:
    berbukti = [r for r in k.realisasi if r.bukti.all()]
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan realisasi yang berbukti dukung.",
        [],
        f"{len(berbukti)} dari {len(k.realisasi)} realisasi berbukti dukung ({_persen(len(berbukti), len(k.realisasi))}).",
    )


def pengukuran_berkala(k: Konteks, kode: str) -> Isian:
    per = {(r.indikator_id, r.triwulan) for r in k.realisasi if r.status == S.DISETUJUI}
    harus = len(k.indikator) * 4
    return Isian(
        bool(k.indikator) and len(per) == harus,
        "Ya bila setiap indikator memiliki realisasi yang disetujui di setiap triwulan.",
        [f"{len(per)} dari {harus} realisasi triwulanan disetujui."],
    )


def pemantauan_berjenjang(k: Konteks, kode: str) -> Isian:
    lengkap = [
        r
        for r in k.realisasi
        if {JejakRealisasi.Aksi.VERIFIKASI, JejakRealisasi.Aksi.SETUJUI}
        <= {j.aksi for j in r.jejak.all()}
    ]
    return Isian(
        bool(k.realisasi) and len(lengkap) == len(k.realisasi),
        "Ya bila setiap realisasi diverifikasi Kepala Subbagian lalu disetujui Sekretaris (jejak persetujuan berjenjang).",
        [f"{len(lengkap)} dari {len(k.realisasi)} realisasi melalui verifikasi dan persetujuan."],
    )


def data_di_aplikasi(k: Konteks, kode: str) -> Isian:
    return Isian(
        bool(k.realisasi),
        "Ya bila data kinerja dikumpulkan di sakip (realisasi tercatat).",
        [f"{len(k.realisasi)} realisasi {k.tahun} tercatat di sakip."],
    )


def capaian_di_aplikasi(k: Konteks, kode: str) -> Isian:
    ada = sum(1 for _, c in k.capaian if c is not None)
    return Isian(
        ada > 0,
        "Ya bila capaian dihitung sakip dari target dan realisasi.",
        [f"Capaian {ada} indikator dihitung sakip."],
    )


def revisi_anggaran(k: Konteks, kode: str) -> Isian:
    n = k.dipa.jumlah_revisi() if k.dipa else 0
    return Isian(
        None, "Dinilai evaluator; sakip menunjukkan revisi DIPA tahun ini.", [], f"{n} revisi DIPA."
    )


def efisiensi_anggaran(k: Konteks, kode: str) -> Isian:
    kaitan = KaitanAnggaran.objects.filter(satker=k.satker, tahun=k.tahun).count()
    return Isian(
        None,
        "Dinilai evaluator; sakip menghitung capaian kinerja terhadap serapan anggaran per sasaran (tabel efisiensi LKj).",
        [],
        f"{kaitan} kaitan anggaran–sasaran tercatat.",
    )


def laporan_berkala(k: Konteks, kode: str) -> Isian:
    tw = sorted({r.triwulan for r in k.realisasi if r.status == S.DISETUJUI})
    return Isian(
        len(tw) == 4,
        "Ya bila capaian kinerja dilaporkan setiap triwulan (realisasi triwulanan disetujui untuk keempat triwulan).",
        [f"Triwulan berlaporan: {', '.join(map(str, tw)) or '—'}."],
    )


def _bawahan(k: Konteks) -> list[Satker]:
    return list(k.satker.anak.all())


def evaluasi_seluruh_unit(k: Konteks, kode: str) -> Isian:
    anak = _bawahan(k)
    if not anak:
        return Isian(
            None,
            "Ya bila setiap kantor di bawahnya memiliki LKE tahun ini di sakip; kantor tanpa kantor bawahan dinilai evaluator (evaluasi internal unit).",
            ["Tidak ada kantor bawahan."],
        )
    ada = set(
        LembarKerja.objects.filter(satker__in=anak, tahun=k.tahun).values_list(
            "satker_id", flat=True
        )
    )
    return Isian(
        len(ada) == len(anak),
        "Ya bila setiap kantor di bawahnya memiliki LKE tahun ini di sakip.",
        [f"{len(ada)} dari {len(anak)} kantor bawahan memiliki LKE."],
    )


def evaluasi_berjenjang(k: Konteks, kode: str) -> Isian:
    induk = k.satker.induk
    return Isian(
        k.lembar is not None and induk is not None,
        "Ya bila LKE kantor ini dinilai oleh kantor di atasnya di sakip (berjenjang RI → Provinsi → Kab/Kota).",
        [f"Dievaluasi oleh {induk}." if induk else "Kantor teratas."],
    )


def pendalaman_evaluasi(k: Konteks, kode: str) -> Isian:
    if k.lembar is None:
        return Isian(None, "Dinilai evaluator.", [], "—")
    jawaban = list(k.lembar.jawaban.all())
    dalam = [j for j in jawaban if j.catatan_evaluator.strip() and j.bukti.strip()]
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan kriteria yang bercatatan evaluator dan berbukti.",
        [],
        f"{len(dalam)} kriteria bercatatan dan berbukti.",
    )


def evaluasi_di_aplikasi(k: Konteks, kode: str) -> Isian:
    return Isian(
        k.lembar is not None,
        "Ya bila evaluasi dilakukan di sakip.",
        ["Lembar kerja LKE ada di sakip." if k.lembar else "Belum ada lembar kerja."],
    )


def rekomendasi_ditindaklanjuti(k: Konteks, kode: str) -> Isian:
    rek = list(
        Rekomendasi.objects.filter(
            lembar__satker=k.satker,
            lembar__tahun__lt=k.tahun,
            lembar__status=LembarKerja.Status.FINAL,
        )
    )
    if not rek:
        return Isian(
            None,
            "Ya bila seluruh rekomendasi LHE sebelumnya selesai ditindaklanjuti dengan bukti.",
            ["Belum ada rekomendasi LHE sebelumnya di sakip."],
        )
    selesai = [r for r in rek if r.status == Rekomendasi.Status.SELESAI and r.bukti.strip()]
    return Isian(
        len(selesai) == len(rek),
        "Ya bila seluruh rekomendasi LHE sebelumnya selesai ditindaklanjuti dengan bukti.",
        [f"{len(selesai)} dari {len(rek)} rekomendasi selesai berbukti."],
        f"{_persen(len(selesai), len(rek))} selesai.",
    )


def tren_nilai_akip(k: Konteks, kode: str) -> Isian:
    lalu = list(
        LembarKerja.objects.filter(
            satker=k.satker, tahun__lt=k.tahun, status=LembarKerja.Status.FINAL
        )
        .order_by("-tahun")
        .values_list("tahun", "nilai_akhir")[:2]
    )
    if len(lalu) < 2:
        return Isian(
            None,
            "Ya bila Nilai AKIP meningkat dari tahun ke tahun (dua evaluasi final sebelumnya).",
            [f"{t}: {format_angka(n, 2)}" for t, n in lalu],
        )
    (t1, n1), (t0, n0) = lalu
    return Isian(
        n1 > n0,
        "Ya bila Nilai AKIP meningkat dari tahun ke tahun (dua evaluasi final sebelumnya).",
        [f"{t0}: {format_angka(n0, 2)}", f"{t1}: {format_angka(n1, 2)}"],
    )


def tren_capaian(k: Konteks, kode: str) -> Isian:
    sekarang = [c for _, c in k.capaian if c is not None]
    rata = sum(sekarang, Decimal(0)) / len(sekarang) if sekarang else None
    return Isian(
        None,
        "Dinilai evaluator; sakip menunjukkan rata-rata capaian tahun ini.",
        [],
        "—" if rata is None else f"rata-rata capaian {format_angka(rata, 2)}%",
    )


def benchmark(k: Konteks, kode: str) -> Isian:
    return Isian(
        None, "Dinilai evaluator; pembanding nasional dari kantor lain belum dihitung.", [], "—"
    )


ATURAN: dict[str, Aturan] = {
    f.__name__: f
    for f in (
        bukti_terlampir,
        renstra_berlaku,
        pk_ditetapkan,
        rencana_aksi,
        dipa_ada,
        dokumen_diformalkan,
        pk_setiap_unit,
        indikator_smart,
        iku_berkelanjutan,
        target_menantang,
        cascading,
        anggaran_terkait_kinerja,
        target_tercapai,
        realisasi_disetujui_tepat_waktu,
        definisi_operasional,
        mekanisme_data,
        pimpinan_menyetujui,
        realisasi_berbukti,
        pengukuran_berkala,
        pemantauan_berjenjang,
        data_di_aplikasi,
        capaian_di_aplikasi,
        revisi_anggaran,
        efisiensi_anggaran,
        laporan_berkala,
        evaluasi_seluruh_unit,
        evaluasi_berjenjang,
        pendalaman_evaluasi,
        evaluasi_di_aplikasi,
        rekomendasi_ditindaklanjuti,
        tren_nilai_akip,
        tren_capaian,
        benchmark,
    )
}


def jalankan(aturan: dict[str, Aturan], kerangka, konteks: Konteks) -> dict[str, Isian]:
    """Run each criterion's rule; a criterion without a known rule gets no proposal."""
    hasil = {}
    for c in kerangka.semua_kriteria():
        f = aturan.get(c.aturan)
        if f is None:
            hasil[c.kode] = Isian(
                None, "Dinilai evaluator (tidak ada data sakip untuk kriteria ini)."
            )
        else:
            hasil[c.kode] = f(konteks, c.kode)
        if c.prefill != "auto" and hasil[c.kode].nilai is not None:
            # ASSIST and MANUAL: the evaluator decides; the data's answer is only a metric.
            ya = "memenuhi" if hasil[c.kode].nilai else "belum memenuhi"
            hasil[c.kode].metrik = "; ".join(
                filter(None, [hasil[c.kode].metrik, f"data sakip {ya} aturan"])
            )
            hasil[c.kode].nilai = None
    return hasil
