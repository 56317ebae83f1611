"""The virtual Belgian eID card (BELPIC applets 1.7 and 1.8), its personas and test PKI.

  personas, national_number   who is on the card (resources/personas/*.json)
  pki, pki_certs, pki_store   the test PKI, cached on disk and shared by processes
  image, pkcs15, photo        personalisation: persona + PKI -> CardImage (files, keys)
  card, commands_*, state,    the APDU processor (VirtualCard)
  filesystem, security,
  signing, command, timing
  vpcd, pcscd_private         a real PC/SC path: the vpcd bridge and a private pcscd
  emulate_cli                 `card personas` and `card emulate`
"""
