"""The worksheet as one plain structure: every criterion's answer, source and score, for the page,
the `lke` command and the LHE (a criterion's answer comes from the evaluator, else the office,
else sakip's prefill)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.evaluasi import lke
from sakip.evaluasi.models import LembarKerja
from sakip.lib import lke as aturan_lke
from sakip.lib.lke import HasilLke
from sakip.organisasi.models import Satker

from .prefill import isian_otomatis


@dataclass
class BarisKriteria:
    kode: str
    teks: str
    prefill: str  # auto | assist | manual
    otomatis: bool | None
    aturan: str
    bukti_data: list[str]
    metrik: str
    usulan: bool | None
    bukti: str
    catatan_usulan: str
    penetapan: bool | None
    catatan_evaluator: str
    dipertahankan_1: bool = False  # met in the previous year's final LKE
    dipertahankan_5: bool = False  # met in each of the previous 5 years' final LKE

    @property
    def jawaban(self) -> bool | None:
        if self.penetapan is not None:
            return self.penetapan
        if self.usulan is not None:
            return self.usulan
        return self.otomatis

    @property
    def sumber(self) -> str:
        if self.penetapan is not None:
            return "evaluator"
        if self.usulan is not None:
            return "kantor"
        if self.otomatis is not None:
            return "otomatis"
        return "belum"


@dataclass
class BarisSub:
    kode: str
    nama: str
    dimensi: str
    bobot: Decimal
    kriteria: list[BarisKriteria]
    usulan: aturan_lke.HasilSub
    penetapan: aturan_lke.HasilSub | None
    catatan: str = ""


@dataclass
class Lembar:
    satker: Satker
    tahun: int
    lembar: LembarKerja | None
    kerangka_nama: str
    komponen: list[tuple[int, str, Decimal, list[BarisSub]]] = field(default_factory=list)
    usulan: HasilLke | None = None
    penetapan: HasilLke | None = None

    @property
    def status(self) -> str:
        return self.lembar.get_status_display() if self.lembar else "Belum dibuka"

    def as_json(self) -> dict:
        t = lambda v: None if v is None else format(aturan_lke.bulatkan(v), "f")  # noqa: E731
        hasil = self.penetapan or self.usulan

        def sub(s: BarisSub) -> dict:
            h = s.penetapan or s.usulan
            return {
                "kode": s.kode,
                "nama": s.nama,
                "dimensi": s.dimensi,
                "bobot": t(s.bobot),
                "terpenuhi": h.terpenuhi,
                "jumlah": h.jumlah,
                "persen": t(h.persen),
                "usulan_sakip": h.usulan,
                "jawaban": h.jawaban,
                "nilai": t(h.nilai),
                "kriteria": [
                    {
                        "kode": c.kode,
                        "teks": c.teks,
                        "prefill": c.prefill,
                        "jawaban": c.jawaban,
                        "sumber": c.sumber,
                        "otomatis": c.otomatis,
                        "aturan": c.aturan,
                        "bukti_data": c.bukti_data,
                        "metrik": c.metrik,
                        "usulan": c.usulan,
                        "penetapan": c.penetapan,
                        "skor": None if c.jawaban is None else int(c.jawaban),
                        "dipertahankan_1_tahun": c.dipertahankan_1,
                        "dipertahankan_5_tahun": c.dipertahankan_5,
                    }
                    for c in s.kriteria
                ],
            }

        return {
            "satker": self.satker.kode,
            "tahun": self.tahun,
            "kerangka": self.kerangka_nama,
            "status": self.lembar.status if self.lembar else None,
            "komponen": [
                {
                    "nomor": n,
                    "nama": nama,
                    "bobot": t(b),
                    "nilai": t(sum((s.penetapan or s.usulan).nilai for s in subs)),
                    "sub": [sub(s) for s in subs],
                }
                for n, nama, b, subs in self.komponen
            ],
            "nilai_usulan": t(self.usulan.nilai) if self.usulan else None,
            "nilai_penetapan": t(self.penetapan.nilai) if self.penetapan else None,
            "nilai": t(hasil.nilai) if hasil else None,
            "predikat": hasil.predikat if hasil else None,
            "final": bool(self.lembar and self.lembar.status == LembarKerja.Status.FINAL),
        }


def susun_lembar(pengguna, satker: Satker, tahun: int) -> Lembar:
    lembar = lke.lembar_ada(pengguna, satker, tahun)
    kerangka_obj = lembar.kerangka if lembar else lke.kerangka_untuk(satker, tahun)
    kerangka = kerangka_obj.kerangka()
    otomatis = isian_otomatis(satker, tahun, lembar)
    jawaban = {j.kode: j for j in lembar.jawaban.all()} if lembar else {}
    catatan_sub = dict(lembar.jawaban_sub.values_list("kode", "catatan")) if lembar else {}
    # The office's answers, else the prefill: the self-assessment as it stands.
    usul = {}
    tetap = {}
    for c in kerangka.semua_kriteria():
        j = jawaban.get(c.kode)
        usul[c.kode] = j.usulan if j and j.usulan is not None else otomatis[c.kode].nilai
        if j and j.penetapan is not None:
            tetap[c.kode] = j.penetapan
    riwayat = lke.riwayat_kriteria(satker, tahun)
    h_usul = aturan_lke.nilai_lke(kerangka, usul, riwayat=riwayat, tahun=tahun)
    h_tetap = None
    if lembar and all(c.kode in tetap for c in kerangka.semua_kriteria()):
        sub_jawaban = dict(lembar.jawaban_sub.values_list("kode", "jawaban"))
        h_tetap = aturan_lke.nilai_lke(
            kerangka, tetap, jawaban=sub_jawaban, riwayat=riwayat, tahun=tahun
        )
    hasil = Lembar(satker, tahun, lembar, kerangka_obj.nama, usulan=h_usul, penetapan=h_tetap)
    for ki, k in enumerate(kerangka.komponen):
        subs = []
        for si, s in enumerate(k.sub):
            baris = []
            for c in s.kriteria:
                j, o = jawaban.get(c.kode), otomatis[c.kode]
                baris.append(
                    BarisKriteria(
                        c.kode,
                        c.teks,
                        c.prefill,
                        o.nilai,
                        o.aturan,
                        o.bukti,
                        o.metrik,
                        j.usulan if j else None,
                        j.bukti if j else "",
                        j.catatan_usulan if j else "",
                        j.penetapan if j else None,
                        j.catatan_evaluator if j else "",
                        aturan_lke.dipertahankan(riwayat.get(c.kode, {}), tahun, 1),
                        aturan_lke.dipertahankan(riwayat.get(c.kode, {}), tahun, 5),
                    )
                )
            subs.append(
                BarisSub(
                    s.kode,
                    s.nama,
                    s.dimensi,
                    s.bobot,
                    baris,
                    h_usul.komponen[ki].sub[si],
                    h_tetap.komponen[ki].sub[si] if h_tetap else None,
                    catatan_sub.get(s.kode, ""),
                )
            )
        hasil.komponen.append((k.nomor, k.nama, k.bobot, subs))
    return hasil
