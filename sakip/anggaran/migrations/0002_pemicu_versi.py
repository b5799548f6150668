"""The data-version triggers on this app's tables (sakip/organisasi/versi.py)."""

from django.db import migrations

from sakip.organisasi.versi import PasangPemicu


class Migration(migrations.Migration):
    dependencies = [
        ("organisasi", "0004_versi_data"),
        ("anggaran", "0001_initial"),
    ]

    operations = [
        PasangPemicu(
            {
                "anggaran_profilanggaran": "{r}.satker_id",
                "anggaran_dipa": "{r}.satker_id",
                "anggaran_revisidipa": "(SELECT satker_id FROM anggaran_dipa WHERE id = {r}.dipa_id)",
                "anggaran_uraiankode": "(SELECT satker_id FROM anggaran_dipa WHERE id = {r}.dipa_id)",
                "anggaran_rincianoutput": "(SELECT satker_id FROM anggaran_dipa WHERE id = {r}.dipa_id)",
                "anggaran_posanggaran": "(SELECT satker_id FROM anggaran_dipa WHERE id = {r}.dipa_id)",
                "anggaran_pagu": (
                    "(SELECT d.satker_id FROM anggaran_posanggaran p JOIN anggaran_dipa d ON d.id = p.dipa_id WHERE p.id = {r}.pos_id)"
                ),
                "anggaran_realisasianggaran": (
                    "(SELECT d.satker_id FROM anggaran_posanggaran p JOIN anggaran_dipa d ON d.id = p.dipa_id WHERE p.id = {r}.pos_id)"
                ),
                "anggaran_realisasivolume": (
                    "(SELECT d.satker_id FROM anggaran_rincianoutput o JOIN anggaran_dipa d ON d.id = o.dipa_id WHERE o.id = {r}.rincian_output_id)"
                ),
                "anggaran_rencanapenarikan": "(SELECT satker_id FROM anggaran_dipa WHERE id = {r}.dipa_id)",
                "anggaran_kaitananggaran": "{r}.satker_id",
            }
        ),
    ]
