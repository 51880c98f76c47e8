"""Every regular expression of the parser, named, each with a real example it matches.

Built from named pieces (pieces.py), so a shape such as a doc number is spelled in one place, and
grouped in families, one module each; callers read `regexes.X` whichever family X lives in.
Patterns are anchored where they test whole lines and avoid nested quantifiers: the input is
hostile (uploads, fuzzing), so nothing may backtrack badly. Add a pattern to its family, with a
real example in the comment above it.

  pieces        the shared pieces: digits, brackets, years, Chinese numerals
  doc_numbers   document numbers, orders' numbers, registration codes
  dates         dates in digits and Chinese numerals, entry into force, validity
  page          page furniture (page numbers, running headers), markup debris, how lines start and end
  headings      cover and identity, the table of contents, section headings
  documents     title blocks, addressees, signatures, attachments, amendments, interpretations
  deciders      who decided an appointment: list headings, decisions' openings, their days and grounds
  appointments  people and posts of decisions
  appointment_reports  decisions as a report of a meeting words them
  news          news briefs
  chronicle     the chronicle's day markers and entries
  statistics    statistics tables, back matter captions
"""

from issues.parser.regexes.appointment_reports import *  # noqa: F401,F403
from issues.parser.regexes.appointments import *  # noqa: F401,F403
from issues.parser.regexes.chronicle import *  # noqa: F401,F403
from issues.parser.regexes.deciders import *  # noqa: F401,F403
from issues.parser.regexes.dates import *  # noqa: F401,F403
from issues.parser.regexes.doc_numbers import *  # noqa: F401,F403
from issues.parser.regexes.documents import *  # noqa: F401,F403
from issues.parser.regexes.headings import *  # noqa: F401,F403
from issues.parser.regexes.news import *  # noqa: F401,F403
from issues.parser.regexes.page import *  # noqa: F401,F403
from issues.parser.regexes.pieces import *  # noqa: F401,F403
from issues.parser.regexes.statistics import *  # noqa: F401,F403
