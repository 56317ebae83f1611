"""Citizen Assistant: the Belgian eID card, the road of life and signed forms."""

__version__ = "0.1.0"
