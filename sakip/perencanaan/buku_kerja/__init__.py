"""The onboarding workbook: one XLSX holding an office's profile, units, staff, users, Renstra,
indicators, targets, PK and (optionally) earlier realisations.

`lembar` defines the sheets and columns, `baca` reads a file into typed rows with every error
(sheet, row, column, reason), `periksa` checks the rows against each other and the database,
`simpan` writes the plan (everything but the realisations, which `sakip.pengukuran.buku_kerja`
writes in the same transaction) and `tulis` writes the template or an office's export.
"""
