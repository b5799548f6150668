"""An office's plan as workbook rows (everything but the realisations): ekspor_rencana."""

from __future__ import annotations

from sakip.organisasi import models as org
from sakip.perencanaan import models as ren

from . import rekaman as r


class TidakAdaRenstra(LookupError):
    """The office has no Renstra covering the year."""


def _nilai(angka, huruf: str) -> r.Nilai:
    return r.Nilai(huruf=huruf) if huruf else r.Nilai(angka=angka)


def rencana_satker(satker: org.Satker, tahun: int, pengguna: bool = False) -> r.BukuKerja:
    """The office's profile, units, staff (users when asked), the Renstra covering the year
    with every target, and the year's PK (and its revisions)."""
    renstra = ren.Renstra.objects.filter(
        satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun
    ).first()
    if renstra is None:
        raise TidakAdaRenstra(f"{satker.nama} tidak memiliki Renstra yang mencakup tahun {tahun}.")
    bk = r.BukuKerja()
    bk.profil = r.Profil(
        kode=satker.kode,
        nama=satker.nama,
        kode_induk=satker.induk.kode if satker.induk_id else "",
        jenis=satker.jenis,
        kota=satker.kota,
        alamat=satker.alamat,
        situs=satker.situs,
        batas_capaian=satker.batas_capaian,
    )
    for jenis, skala in (("capaian", satker.skala()), ("penyerapan", satker.skala_serapan())):
        bk.skala += [
            r.PitaSkala(jenis, p.label, p.bawah, p.atas, p.bawah_inklusif, p.atas_inklusif)
            for p in skala.pita
        ]
    bk.unit = [r.Unit(u.kode, u.nama) for u in satker.unit.order_by("kode")]
    bk.pegawai = [
        r.Pegawai(
            nama=p.nama,
            status=p.status,
            pendidikan=p.pendidikan,
            nip=p.nip,
            jabatan=p.jabatan,
            golongan=p.golongan,
            unit=p.unit.kode if p.unit_id else "",
            aktif=p.aktif,
        )
        for p in satker.pegawai.select_related("unit").order_by("pk")
    ]
    if pengguna:
        bk.pengguna = [
            r.Pengguna(
                username=k.user.username,
                peran=k.peran,
                nama_depan=k.user.first_name,
                nama_belakang=k.user.last_name,
                email=k.user.email,
                unit=k.unit.kode if k.unit_id else "",
                aktif=k.user.is_active,
            )
            for k in org.Keanggotaan.objects.filter(satker=satker)
            .select_related("user", "unit")
            .order_by("user__username")
        ]
    bk.renstra = r.Renstra(
        tahun_awal=renstra.tahun_awal,
        tahun_akhir=renstra.tahun_akhir,
        visi=renstra.visi,
        dasar_hukum=renstra.dasar_hukum,
        misi={m.nomor: m.uraian for m in renstra.misi.all()},
        tujuan={t.nomor: t.uraian for t in renstra.tujuan.all()},
    )
    sasaran = list(renstra.sasaran.select_related("tujuan").order_by("nomor"))
    bk.sasaran = [
        r.Sasaran(s.nomor, s.uraian, s.tujuan.nomor if s.tujuan_id else None) for s in sasaran
    ]
    indikator = list(
        ren.Indikator.objects.filter(sasaran__renstra=renstra)
        .select_related("sasaran", "unit")
        .order_by("sasaran__nomor", "nomor")
    )
    bk.indikator = [
        r.Indikator(
            sasaran=i.sasaran.nomor,
            nomor=i.nomor,
            nama=i.nama,
            jenis=i.jenis,
            definisi=i.uraian,
            cara_penghitungan=i.cara_penghitungan,
            rumus=i.rumus,
            satuan=i.satuan,
            polaritas=i.polaritas,
            agregasi=i.agregasi,
            sumber_data=i.sumber_data,
            unit=i.unit.kode if i.unit_id else "",
            iku=i.iku,
            wajib_bukti=i.wajib_bukti,
            standar_nasional=i.standar_nasional,
        )
        for i in indikator
    ]
    bk.target = [
        r.Target(
            t.indikator.sasaran.nomor,
            t.indikator.nomor,
            t.tahun,
            t.triwulan,
            _nilai(t.nilai, t.nilai_huruf),
            t.tonggak,
        )
        for t in ren.Target.objects.filter(indikator__sasaran__renstra=renstra)
        .select_related("indikator__sasaran")
        .order_by("indikator__sasaran__nomor", "indikator__nomor", "tahun", "triwulan")
    ]
    for pk in ren.PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).order_by(
        "perubahan"
    ):
        bk.pk.append(
            r.Pk(
                tahun=pk.tahun,
                perubahan=pk.perubahan,
                tempat=pk.tempat,
                tanggal=pk.tanggal,
                pihak_pertama_nama=pk.pihak_pertama_nama,
                pihak_pertama_jabatan=pk.pihak_pertama_jabatan,
                pihak_kedua_nama=pk.pihak_kedua_nama,
                pihak_kedua_jabatan=pk.pihak_kedua_jabatan,
                pihak_pertama_nip=pk.pihak_pertama_nip,
                pihak_kedua_nip=pk.pihak_kedua_nip,
                alasan_perubahan=pk.alasan_perubahan,
            )
        )
        bk.pk_indikator += [
            r.BarisPk(
                pk.tahun,
                pk.perubahan,
                b.urutan,
                b.indikator.sasaran.nomor,
                b.indikator.nomor,
                _nilai(b.target, b.target_huruf),
            )
            for b in pk.baris.select_related("indikator__sasaran").order_by("urutan")
        ]
        bk.pk_anggaran += [
            r.AnggaranPk(
                pk.tahun, pk.perubahan, a.urutan, a.kode_program, a.nama_program, a.anggaran
            )
            for a in pk.anggaran.order_by("urutan")
        ]
    return bk
