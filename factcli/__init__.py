"""factcli: fact provenance for German news."""

__version__ = "0.1.0"
