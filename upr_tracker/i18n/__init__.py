"""The six languages of the United Nations: which ones the app speaks, the translation catalogues
(Qt Linguist `.ts` sources compiled to `.qm`, shipped in the package), and the names of States in
each language. Knows Qt's core classes only: the window, the reports and the command line use it."""
