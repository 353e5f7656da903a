r"""Reward round 100: a WHITE-box audit of labels and equations (`_is_name`, `_label`, `_items`, `_CUSTOMARY`,
`_rel_same`, `=` chains, `P(...) =`, `x(t)`, the gold's own labels), on the grader at b99964a; every gold with `=` and
every ordered-pair question of the data tried, nothing over 0.3 s.

Two mechanisms, both LEFT OPEN (the nine rows below score 1), each a form error that carries the gold's own value, so
no wrong value earns a reward through it. (1) A power, reciprocal or absolute value of a one-letter unknown is read as
a label (`x^3 = 83` for 83). Refusing it moved four correct rows of independent sets (`b^2 = 7`, `d^2 = 147`, `|C| =
588`, `\frac{1}{x}=5`: the problem asked for that quantity) and a test rule, for the seven such rows of sets 191 and 231.
(2) A gold `(a, b)` is a point or an open interval; only the problem says which (as in rounds 91 and 98).
Natural false negatives, refused by design: labelled tuples whose names have no customary order (`(m, b) = ...`).
Reading them in their written order was measured: it moves 22 correct rows of ten independent sets to 1 and six rows
of set 111 (`(b,m)=(\frac{3}{2}, -13)` where (m, b) is asked) to false positives; the grader keeps refusing.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT231 = [
    ('a power, reciprocal or |.| of the unknown as a label, left open', '83', 'x^3 = 83', 0),
    ('a power, reciprocal or |.| of the unknown as a label, left open', '83', '\\frac{1}{x} = 83', 0),
    ('a power, reciprocal or |.| of the unknown as a label, left open', '83', '|x| = 83', 0),
    ('a power, reciprocal or |.| of the unknown as a label, left open', '4', 'x^2 = 4', 0),
    ('a power, reciprocal or |.| of the unknown as a label, left open', '4', 'x^{-1} = 4', 0),
    ('a gold (a, b) is a point or an interval, left open', '(-1,6)', '-1 < x < 6', 0),
    ('a gold (a, b) is a point or an interval, left open', '(-1,6)', 'x \\in (-1, 6)', 0),
    ('a gold (a, b) is a point or an interval, left open', '(-1,6)', '(-1, 6) \\cup \\emptyset', 0),
    ('a gold (a, b) is a point or an interval, left open', '(2,3)', '2 < x < 3', 0),
    ('names with no customary order, refused by design', '\\left( \\frac{3}{2}, -13 \\right)', '(m, b) = \\left(\\frac{3}{2}, -13\\right)', 1),
    ('names with no customary order, refused by design', '\\left( \\frac{3}{2}, -13 \\right)', 'm = \\frac{3}{2}, b = -13', 1),
    ('names with no customary order, refused by design', '(-4,-\\frac{1}{2})', '(j, k) = (-4, -\\frac{1}{2})', 1),
    ('names with no customary order, refused by design', '(5,-5)', '(k, a) = (5, -5)', 1),
    ('names with no customary order, refused by design', '\\left( -\\frac{5}{11}, \\frac{12}{11} \\right)', '(t, s) = \\left(-\\frac{5}{11}, \\frac{12}{11}\\right)', 1),
    ('names with no customary order, refused by design', '(1,2)', '(k, n) = (1, 2)', 1),
]
