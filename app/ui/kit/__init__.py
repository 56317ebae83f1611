"""Small building blocks shared by the road, the pages, the forms and the cases:
background work delivered as Qt signals, and accessible text and link widgets."""
