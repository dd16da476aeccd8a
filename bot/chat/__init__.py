"""What users type, platform-neutral: the ``/digest`` grammar, the settings service, permissions."""
