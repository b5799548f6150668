"""The e-SAKIP bundle: one ZIP per office and year of the documents KemenPAN-RB's e-SAKIP asks for.

Renstra, IKU and Rencana Aksi are printed here from the plan (WeasyPrint); the PK and the
LKj are the latest PUBLISHED versions, byte for byte, never a draft; the LHE is that of the
year's LKE once the evaluator has finalised it. Each file is named by its document type;
`manifest.json` lists every file with its SHA-256 and source, and names what is missing and
why. It lives in penilaian, the top layer, because it gathers the documents of every layer
below (the LHE is penilaian's own).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone

from sakip.evaluasi.lke import LkeGagal
from sakip.evaluasi.models import LembarKerja
from sakip.laporan.models import JenisDokumen, VersiLaporan
from sakip.organisasi import akses
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Indikator, Renstra, Sasaran, Target

from .lembar import susun_lembar
from .lhe import render_lhe

CSS = Path(__file__).parent / "static" / "penilaian" / "esakip.css"
WAKTU_ZIP = (2000, 1, 1, 0, 0, 0)  # fixed entry times: the same files give the same ZIP


class BundelError(LookupError):
    """No Renstra covers the year: there is nothing to bundle."""


@dataclass(frozen=True)
class Entri:
    urutan: int
    jenis: str
    berkas: str | None
    sha256: str | None
    ukuran: int | None
    sumber: str
    keterangan: str = ""


def _pdf(template: str, konteks: dict) -> bytes:
    from weasyprint import CSS as WCSS
    from weasyprint import HTML

    html = render_to_string(template, konteks)
    return HTML(string=html, base_url=str(CSS.parent)).write_pdf(
        stylesheets=[WCSS(filename=str(CSS))]
    )


def _renstra(satker: Satker, tahun: int) -> Renstra:
    r = (
        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .prefetch_related(
            "misi",
            "tujuan",
            Prefetch(
                "sasaran",
                queryset=Sasaran.objects.order_by("nomor").prefetch_related(
                    Prefetch(
                        "indikator",
                        queryset=Indikator.objects.order_by("nomor")
                        .select_related("unit")
                        .prefetch_related(
                            Prefetch(
                                "target",
                                queryset=Target.objects.order_by("tahun", "triwulan"),
                            )
                        ),
                    )
                ),
            ),
        )
        .first()
    )
    if r is None:
        raise BundelError(f"Tidak ada Renstra {satker.nama} yang mencakup tahun {tahun}.")
    return r


def _terbit(satker: Satker, tahun: int, dokumen: str) -> VersiLaporan | None:
    return (
        VersiLaporan.objects.filter(satker=satker, tahun=tahun, dokumen=dokumen)
        .order_by("-nomor")
        .first()
    )


def _baris_indikator(renstra: Renstra, tahun: int, hanya_iku: bool) -> list[dict]:
    hasil = []
    for s in renstra.sasaran.all():
        for i in s.indikator.all():
            if hanya_iku and not i.iku:
                continue
            target = {t.triwulan: t for t in i.target.all() if t.tahun == tahun}
            per_tahun = {t.tahun: t for t in i.target.all() if t.triwulan is None}
            hasil.append(
                {
                    "sasaran": s,
                    "indikator": i,
                    "tahunan": target.get(None),
                    "triwulan": [target.get(n) for n in (1, 2, 3, 4)],
                    "per_tahun": [
                        per_tahun.get(t) for t in range(renstra.tahun_awal, renstra.tahun_akhir + 1)
                    ],
                }
            )
    return hasil


def buat_bundel(user, satker: Satker, tahun: int) -> tuple[bytes, list[Entri]]:
    """The ZIP bytes and its manifest entries; members and evaluators above the office only."""
    akses.pastikan(
        akses.boleh_membaca(user, satker), "Anda tidak berhak membaca dokumen kantor ini."
    )
    renstra = _renstra(satker, tahun)
    awalan = f"{satker.kode}-{tahun}"
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "renstra": renstra,
        "tahun_teks": str(tahun),
        "periode": f"{renstra.tahun_awal}–{renstra.tahun_akhir}",
        "tahun_renstra": list(range(renstra.tahun_awal, renstra.tahun_akhir + 1)),
    }
    berkas: list[tuple[str, bytes]] = []
    entri: list[Entri] = []

    def tambah(urutan: int, jenis: str, nama: str, isi: bytes, sumber: str) -> None:
        berkas.append((nama, isi))
        entri.append(Entri(urutan, jenis, nama, hashlib.sha256(isi).hexdigest(), len(isi), sumber))

    periode = f"{renstra.tahun_awal}-{renstra.tahun_akhir}"
    tambah(
        1,
        "Rencana Strategis (Renstra)",
        f"01-Renstra-{satker.kode}-{periode}.pdf",
        _pdf(
            "penilaian/esakip/renstra.html",
            {**konteks, "baris": _baris_indikator(renstra, tahun, False)},
        ),
        f"Renstra {periode} di SAKIP",
    )
    tambah(
        2,
        "Indikator Kinerja Utama (IKU)",
        f"02-IKU-{awalan}.pdf",
        _pdf(
            "penilaian/esakip/iku.html",
            {**konteks, "baris": _baris_indikator(renstra, tahun, True)},
        ),
        f"indikator IKU Renstra {periode} di SAKIP",
    )
    for urutan, dokumen, jenis, nama in (
        (3, JenisDokumen.PK, "Perjanjian Kinerja (PK)", "PK"),
        (5, JenisDokumen.LKJ, "Laporan Kinerja (LKj)", "LKj"),
    ):
        v = _terbit(satker, tahun, dokumen)
        if v is None:
            entri.append(
                Entri(
                    urutan,
                    jenis,
                    None,
                    None,
                    None,
                    "",
                    f"{nama} {tahun} belum diterbitkan; terbitkan di halaman Laporan lebih dahulu.",
                )
            )
            continue
        with v.pdf.open("rb") as f:
            isi = f.read()
        tambah(
            urutan,
            jenis,
            f"0{urutan}-{nama}-{awalan}-v{v.nomor}.pdf",
            isi,
            f"{nama} versi terbit {v.nomor}",
        )
    tambah(
        4,
        "Rencana Aksi",
        f"04-Rencana-Aksi-{awalan}.pdf",
        _pdf(
            "penilaian/esakip/rencana_aksi.html",
            {**konteks, "baris": _baris_indikator(renstra, tahun, False)},
        ),
        f"target triwulan {tahun} di SAKIP",
    )
    try:
        lb = susun_lembar(user, satker, tahun)
    except LkeGagal:
        lb = None
    if lb is not None and lb.lembar is not None and lb.lembar.status == LembarKerja.Status.FINAL:
        tambah(
            6,
            "Laporan Hasil Evaluasi (LHE)",
            f"06-LHE-{awalan}.pdf",
            render_lhe(lb, "pdf"),
            f"LKE {tahun} final, nomor LHE {lb.lembar.nomor_lhe or '-'}",
        )
    else:
        entri.append(
            Entri(
                6,
                "Laporan Hasil Evaluasi (LHE)",
                None,
                None,
                None,
                "",
                f"LKE {tahun} belum difinalkan evaluator; LHE belum ada.",
            )
        )
    entri.sort(key=lambda e: e.urutan)
    manifest = {
        "satker": {"kode": satker.kode, "nama": satker.nama},
        "tahun": tahun,
        "dibuat_pada": timezone.now().isoformat(timespec="seconds"),
        "berkas": [asdict(e) for e in entri],
    }
    keluaran = io.BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in sorted(berkas):
            z.writestr(zipfile.ZipInfo(nama, WAKTU_ZIP), isi)
        z.writestr(
            zipfile.ZipInfo("manifest.json", WAKTU_ZIP),
            json.dumps(manifest, ensure_ascii=False, indent=1).encode(),
        )
    return keluaran.getvalue(), entri
