/** What `newsletter-kit init` writes: a small issue that renders and passes the check as it is. */
export const starterIssue = `# A newsletter issue as data. Render it with:
#   npx newsletter-kit render issue.yaml --out out --format html,txt,eml,ics,web
# Every field is checked; a mistake is reported with its line and what to write instead.

# Language of the fixed labels and dates: de or en.
lang: en
# The document title; also the subject line unless you set "subject".
title: Example Newsletter No. 1
# The inbox preview text (preheader), at most 150 characters.
preview: What happened this month, two dates for your calendar, and where to read more.
# Where the web version of this issue will live (the "view in browser" link).
browserUrl: https://www.example.org/newsletter/2026-01

# For the .eml message: the subject line, the sender, and how to unsubscribe.
subject: Example Newsletter No. 1 – January 2026
from:
  name: Example Newsletter
  address: newsletter@example.org
# The mailing list: a stable id under your domain, the same for every issue (the List-Id header).
list:
  id: newsletter.example.org
unsubscribe:
  # The one-click unsubscribe page (https). The footer link uses it too.
  url: https://www.example.org/newsletter/unsubscribe
  mailto: mailto:unsubscribe@example.org?subject=unsubscribe

masthead:
  title: Example Newsletter
  issueNumber: 1
  date: 2026-01-15
  place: Berlin

intro:
  greeting: Dear readers,
  paragraphs:
    # Paragraphs are text with [links](https://…), **bold** and *italic*; nothing else is markup.
    - Welcome to the first issue. Write paragraphs as plain text with **bold**, *italic* and [links](https://www.example.org/about).
    - A link can say where it goes for screen readers, after its URL in quotes, like [this one](https://www.example.org/archive "the newsletter archive").
  signOff:
    - Best wishes,
    - The editorial team

news:
  - source: Example City
    title: A new service for residents
    href: https://www.example.org/news/new-service
    paragraphs:
      - Residents can now apply online. The form takes about five minutes.

calendar:
  title: Dates
  # Adds an "Add to calendar" link after each event (Google Calendar); or { icsBaseUrl: https://… }
  # for one .ics file per event, served from that address.
  addToCalendar: google
  events:
    - start: 2026-02-10
      title: Open day
      href: https://www.example.org/events/open-day
      location: Berlin
    - start: 2026-03-04
      end: 2026-03-05
      title: Annual conference
      href: https://www.example.org/events/conference
      online: true

links:
  - href: https://www.example.org/jobs
    text: Jobs at Example

footer:
  # The legal notice (Impressum) is shown in full.
  publisher:
    name: Example Association
    representatives:
      - role: Managing director
        name: Alex Example
    address:
      street: Example Street 1
      postalCode: "10117"
      city: Berlin
      country: Germany
    email: contact@example.org
    website: https://www.example.org
`;
