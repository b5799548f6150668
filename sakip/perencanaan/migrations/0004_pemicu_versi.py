"""The data-version triggers on this app's tables (sakip/organisasi/versi.py)."""

from django.db import migrations

from sakip.organisasi.versi import PasangPemicu


class Migration(migrations.Migration):
    dependencies = [
        ("organisasi", "0004_versi_data"),
        ("perencanaan", "0003_indikator_induk"),
    ]

    operations = [
        PasangPemicu(
            {
                "perencanaan_renstra": "{r}.satker_id",
                "perencanaan_misi": (
                    "(SELECT satker_id FROM perencanaan_renstra WHERE id = {r}.renstra_id)"
                ),
                "perencanaan_tujuan": (
                    "(SELECT satker_id FROM perencanaan_renstra WHERE id = {r}.renstra_id)"
                ),
                "perencanaan_sasaran": (
                    "(SELECT satker_id FROM perencanaan_renstra WHERE id = {r}.renstra_id)"
                ),
                "perencanaan_indikator": (
                    "(SELECT rs.satker_id FROM perencanaan_sasaran s JOIN perencanaan_renstra rs ON rs.id = s.renstra_id WHERE s.id = {r}.sasaran_id)"
                ),
                "perencanaan_target": (
                    "(SELECT rs.satker_id FROM perencanaan_indikator i JOIN perencanaan_sasaran s ON s.id = i.sasaran_id JOIN perencanaan_renstra rs ON rs.id = s.renstra_id WHERE i.id = {r}.indikator_id)"
                ),
                "perencanaan_perjanjiankinerja": "{r}.satker_id",
                "perencanaan_barispk": (
                    "(SELECT satker_id FROM perencanaan_perjanjiankinerja WHERE id = {r}.pk_dokumen_id)"
                ),
                "perencanaan_anggaranpk": (
                    "(SELECT satker_id FROM perencanaan_perjanjiankinerja WHERE id = {r}.pk_dokumen_id)"
                ),
            }
        ),
    ]
