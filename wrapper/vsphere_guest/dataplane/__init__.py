"""The data plane: URLs, TLS pinning, addresses, the streaming connection, local destinations."""
