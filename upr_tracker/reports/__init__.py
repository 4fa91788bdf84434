"""Briefing reports: what leaves the NGO's office.

A report is built in two steps. `compose` turns what the services read from the database into a
`document.Report`: a plain tree of headings, paragraphs, tables and charts that knows no output
format. The writers (`html_writer`, `docx_writer`, `pdf_writer`) turn that one tree into a file,
so that the three formats always say the same thing. Text from documents and notes is only ever
inserted as text, never as markup.

This package may use Qt's GUI classes (text layout, painting, PDF) but not its widgets, and reaches
the database only through the services.
"""
