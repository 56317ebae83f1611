"""My cases and the inbox: submitted forms with their status and receipts,
letters from government opened in a PDF view, unread counts.

The pages the window shows: `page.CasesPage`, `case.CasePage`,
`inbox.InboxPage` (each `(ctx, nav[, reference])`). They read a `CasesSource`
(source.py) on worker threads.
"""
