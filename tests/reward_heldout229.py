r"""Reward round 99: a WHITE-box audit of the path from response to answer string, and of words (box extraction,
`_UNICODE`, `_CLEAN`, `_normalise`, units, the word tables, multiple choice, text comparison, labels), on the grader at
a8de94c; ~150 probes on real golds, nothing over 0.12 s.

Two mechanisms, both closed. (1) `\angle` was dropped unless a digit stood on both sides, so `2\angle(30)` (a polar form)
read as 2 · 30 = 60; now it is dropped only before a name (`\angle ABC = 30`) and is no reading elsewhere. (2) `\langle
a, b \rangle` read as the tuple (a, b) and matched an open-interval gold (a, b); two entries are a vector or, in Czech
notation, the closed interval, so against a gold with no vector or matrix they are refused.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT229 = [
    ('angle_sign_dropped_to_product', '60', '2\\angle(30)', 0),
    ('angle_sign_dropped_to_product', '60', '2 \\angle (30)', 0),
    ('angle_sign_dropped_to_product', '12', '4\\angle(3)', 0),
    ('angle_sign_dropped_to_product', '60', '(2)\\angle(30)', 0),
    ('angle_sign_dropped_to_product', '2', '\\frac{4}{2}\\angle(1)', 0),
    ('langle_as_open_interval', '(-\\sqrt{3}, \\sqrt{3})', '\\langle -\\sqrt{3}, \\sqrt{3}\\rangle', 0),
    ('langle_as_open_interval', '(-6, 1)', '\\langle -6, 1 \\rangle', 0),
    ('langle_as_open_interval', '(1,6)', '\\langle 1, 6\\rangle', 0),
    ('langle_as_open_interval', '(0,9)', '\\left\\langle 0, 9 \\right\\rangle', 0),
]
