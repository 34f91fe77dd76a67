"""convert: Chinese plain text to PDF, DOCX, EPUB and JSON."""

__version__ = "0.1.0"
