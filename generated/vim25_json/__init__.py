"""A client library for accessing Virtual Infrastructure JSON API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
