"""The report tests' fixtures (the demo DIPA, a media folder, stand-in rendering) for the bundle."""

from sakip.laporan.tests.conftest import anggaran, media, render_cepat  # noqa: F401
