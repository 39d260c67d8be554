"""Shared test set-up: every module in tests/fixtures/ is a pytest plugin, so
fixtures live in small files named for what they serve (feed server, sample
config, store) and any test can use them."""

from pathlib import Path

pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}"
    for p in (Path(__file__).parent / "fixtures").glob("*.py")
    if p.stem != "__init__"
)
