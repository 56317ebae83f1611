"""The GUI's side of issue 5's services: one gateway session logged in with the
card, the form sender (render, sign on the card, outbox, deliver) and the
source of cases and inbox letters. Everything here blocks: the pages call it
on worker threads, and card work goes to the card owner thread as Futures.
"""
