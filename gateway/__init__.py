"""The reference backend of Citizen Assistant (docs/gateway.md).

Shares no runtime state with `app/`: it reads the same shipped content
(`resources/`) and applies the same form rules (`app.forms`), and otherwise
speaks to the program only over HTTP.
"""
