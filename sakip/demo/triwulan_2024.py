"""Demo 2024 TW I: realisations in every workflow state, so each role's work list has rows.

Not from the seed (it covers 2023 only): invented, plausible figures. TW I 2024 closed on
15 April 2024, so the demo carries a lock exception from the Sekretaris that keeps it
open for a year from the day the demo is loaded, and the pages say so.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from sakip.lib.rumus import hitung, urai
from sakip.organisasi.models import Satker
from sakip.pengukuran.jendela import hari_ini
from sakip.pengukuran.models import JejakRealisasi, PengecualianKunci, Realisasi
from sakip.perencanaan.models import Indikator

TAHUN, TRIWULAN = 2024, 1
S = Realisasi.Status
A = JejakRealisasi.Aksi
ALASAN_PENGECUALIAN = "Data demo: TW I 2024 dibuka kembali agar alur realisasi dapat dicoba."
KOMENTAR_KEMBALI = (
    "Jumlah rekomendasi belum sesuai LHP BPK: seharusnya 12 rekomendasi. "
    "Perbaiki besaran dan lampirkan LHP sebagai bukti dukung."
)
# The indicator whose evidence is required, used by the browser journey.
WAJIB_BUKTI = "Persentase Ketepatan waktu pelaporan keuangan"

# (start of the indicator's name, state, value or quantities, analysis)
ISIAN = [
    (
        "Persentase KPU Kota Tangerang Selatan yang melaksanakan",
        S.DIAJUKAN,
        {"tahapan_sesuai": "9", "tahapan_total": "9"},
        "Seluruh tahapan TW I sesuai jadwal.",
    ),
    ("Indeks Reformasi Birokrasi", S.TERVERIFIKASI, "81", "Hasil evaluasi mandiri RB awal tahun."),
    (
        "Persentase penyelesaian rekomendasi",
        S.DIKEMBALIKAN,
        {"rekomendasi_selesai": "8", "rekomendasi_total": "10"},
        "",
    ),
    (
        "Persentase keterbukaan Informasi Publik",
        S.TERVERIFIKASI,
        {"informasi_terbuka": "45", "informasi_total": "48"},
        "Tiga informasi menunggu uji konsekuensi.",
    ),
    ("Sosialisasi Kebijakan KPU", S.DRAF, "50", ""),
    (
        "Persentase KPU Kota Tangerang Selatan Memutakhirkan",
        S.DRAF,
        {"pemutakhiran_tepat_waktu": "3"},
        "",
    ),
    (
        "Persentase Jumlah SDM",
        S.DISETUJUI,
        {"pegawai_terlatih": "6", "pegawai_total": "13"},
        "Pelatihan teknis berlanjut di TW II.",
    ),
    (
        "Persentase Keputusan KPU",
        S.DIAJUKAN,
        {"keputusan_sesuai": "12", "keputusan_total": "12"},
        "",
    ),
    (
        "Persentase tersedianya dukungan sarana",
        S.DIAJUKAN,
        {"sarpras_baik": "88", "sarpras_total": "95"},
        "Tujuh unit sarana menunggu perbaikan.",
    ),
    ("Persentase penyiapan sarana dan prasarana logistik", S.DRAF, "100", ""),
]

# The steps that lead to each state: (action, from, to, actor role, day of April 2024)
LANGKAH = {
    S.DRAF: [(A.SIMPAN, "", S.DRAF, "pic", 3)],
    S.DIAJUKAN: [(A.SIMPAN, "", S.DRAF, "pic", 3), (A.AJUKAN, S.DRAF, S.DIAJUKAN, "pic", 5)],
    S.TERVERIFIKASI: [
        (A.SIMPAN, "", S.DRAF, "pic", 2),
        (A.AJUKAN, S.DRAF, S.DIAJUKAN, "pic", 3),
        (A.VERIFIKASI, S.DIAJUKAN, S.TERVERIFIKASI, "kasubbag", 8),
    ],
    S.DISETUJUI: [
        (A.SIMPAN, "", S.DRAF, "pic", 2),
        (A.AJUKAN, S.DRAF, S.DIAJUKAN, "pic", 3),
        (A.VERIFIKASI, S.DIAJUKAN, S.TERVERIFIKASI, "kasubbag", 4),
        (A.SETUJUI, S.TERVERIFIKASI, S.DISETUJUI, "sekretaris", 10),
    ],
    S.DIKEMBALIKAN: [
        (A.SIMPAN, "", S.DRAF, "pic", 3),
        (A.AJUKAN, S.DRAF, S.DIAJUKAN, "pic", 4),
        (A.KEMBALIKAN, S.DIAJUKAN, S.DIKEMBALIKAN, "kasubbag", 9),
    ],
}


def _nilai(indikator: Indikator, isi) -> tuple[Decimal | None, dict[str, str]]:
    if isinstance(isi, str):
        return Decimal(isi), {}
    rumus = urai(indikator.rumus)
    if set(isi) != set(rumus.nama):
        return None, isi
    return hitung(rumus, {k: Decimal(v) for k, v in isi.items()}).quantize(Decimal("0.0001")), isi


@transaction.atomic
def muat_triwulan_2024(kantor: Satker) -> None:
    """TW I 2024 in draf, diajukan, terverifikasi, disetujui, dikembalikan and empty; idempotent."""
    User = get_user_model()
    sekretaris = User.objects.get(username="sekretaris")
    PengecualianKunci.objects.update_or_create(
        satker=kantor,
        tahun=TAHUN,
        triwulan=TRIWULAN,
        indikator=None,
        alasan=ALASAN_PENGECUALIAN,
        defaults={"berlaku_sampai": hari_ini() + timedelta(days=365), "diberikan_oleh": sekretaris},
    )
    semua = Indikator.objects.filter(sasaran__renstra__satker=kantor).select_related("unit")
    semua.filter(nama__startswith=WAJIB_BUKTI).update(wajib_bukti=True)
    if Realisasi.objects.filter(indikator__in=semua, tahun=TAHUN).exists():
        return
    pengguna = {u.username: u for u in User.objects.filter(keanggotaan__satker=kantor)}
    baru, jejak = [], []
    for awal, status, isi, analisis in ISIAN:
        indikator = next(i for i in semua if i.nama.startswith(awal))
        nilai, besaran = _nilai(indikator, isi)
        pic = pengguna[f"pic-{indikator.unit.kode}"]
        r = Realisasi(
            indikator=indikator,
            tahun=TAHUN,
            triwulan=TRIWULAN,
            nilai=nilai,
            besaran=besaran,
            analisis=analisis,
            status=status,
            versi=len(LANGKAH[status]),
            diubah_oleh=pic,
        )
        baru.append(r)
        for aksi, dari, ke, peran, hari in LANGKAH[status]:
            aktor = {
                "pic": pic,
                "kasubbag": pengguna[f"kasubbag-{indikator.unit.kode}"],
                "sekretaris": sekretaris,
            }[peran]
            jejak.append(
                JejakRealisasi(
                    realisasi=r,
                    pengguna=aktor,
                    aksi=aksi,
                    dari_status=dari,
                    ke_status=ke,
                    komentar=KOMENTAR_KEMBALI if aksi == A.KEMBALIKAN else "",
                    waktu=timezone.make_aware(datetime(TAHUN, 4, hari, 9, 0)),
                )
            )
    bulk_create_with_history(baru, Realisasi)
    simpanan = {
        r.indikator_id: r for r in Realisasi.objects.filter(indikator__in=semua, tahun=TAHUN)
    }
    for j in jejak:
        j.realisasi = simpanan[j.realisasi.indikator_id]
    JejakRealisasi.objects.bulk_create(jejak)
