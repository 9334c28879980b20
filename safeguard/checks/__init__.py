"""Built-in checks. Each lives in its own subpackage; the registry maps ``type:`` names to them."""
