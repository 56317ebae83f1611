"""The HTTP layer: thin routes that parse, authenticate and call the services."""
