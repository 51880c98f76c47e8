"""Public pages of the archive, its JSON API, and the number permalinks; a module for each thing served.

- issue_pages: the home page, the issue lists, an issue's page, its original file and its record lists;
- documents: a document's page, the documents list, an issuer's documents, interpretations, /doc/<文号>;
- people: appointments by person and by post; statistics: the charts, the CSV and one issue's table;
- api: the JSON of the issues; site: robots.txt, the favicon, the 404 page; common: what the pages share.

Every page reads only published issues (drafts are the staff's). Records are looked up by their
issue and stable key, so URLs survive re-ingest; unknown years, issues, keys and people are 404s.
"""
