"""Platform-neutral types, no I/O: audiences and requests, messages and adapter protocols, the digest codec."""
