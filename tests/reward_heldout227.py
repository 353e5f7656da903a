r"""Reward round 98: a WHITE-box audit of sets, intervals and inequalities (intervals and their unions, `\setminus`,
set-builder notation, chains of inequalities, memberships, ordered and unordered collections), on the grader at a8de94c;
every interval, inequality and list gold of the data tried, nothing over 0.05 s.

Four mechanisms, three closed. (1) A membership's left side was a "name" when it was |k|, x^2 or 1/x, so `x^2 \in (5,
\infty)` stood for (5, ∞); now only names (symbols, or tuples of them) are bounded by `\in`. (2) A union that merged to
one piece, and the French `]a, b[`, gave a bare "()" tuple, read as the pair of values a, b (`(11,12] \cup (12, 13)` for
the gold 11, 13); now they stay a union of one piece, equal to an interval and never to values, and empty pieces are
dropped (`]6,5[` is the empty set). (3) A set holding a point inside a union, `(0,9) \cup \{(9,36)\}`, unwrapped to the
interval (9, 36): beside intervals a set now holds numbers only (this closed four of set 191's open rows too). (4) LEFT
OPEN (three rows below score 1): a gold `(a, b)` is a point or an open interval, and only the problem says which.
Natural false negatives: `\middle|` in set-builder notation (fixed); a gold `t(0,4]` with its `\in` lost (left).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT227 = [
    ('label_in_expr', '(-\\infty,-5)', '|k| \\in (-\\infty, -5)', 0),
    ('label_in_expr', '(5,\\infty)', 'x^2 \\in (5, \\infty)', 0),
    ('label_in_expr', '(5,\\infty)', '\\frac{1}{x} \\in (5, \\infty)', 0),
    ('label_in_expr', '$k \\geqslant 2$', 'k^2 \\in [2, \\infty)', 0),
    ('label_in_expr', '11,13', 'm^2 \\in \\{11, 13\\}', 0),
    ('region_as_pair', '11,13', ']11, 13[', 0),
    ('region_as_pair', '11,13', '(11,12] \\cup (12, 13)', 0),
    ('region_as_pair', '-5,7', '(-5, 0] \\cup [0, 7)', 0),
    ('region_as_pair', '$-1,-9$', '(-1,-9) \\cup \\emptyset', 0),
    ('region_as_pair', '(6,5)', ']6,5[', 0),
    ('set_of_point_in_union', '(0,9) \\cup (9,36)', '(0,9) \\cup \\{(9,36)\\}', 0),
    ('set_of_point_in_union', '(2,12) \\cup (12,102)', 'x \\in \\{(2, 12)\\} \\cup (12, 102)', 0),
    ('set_of_point_in_union', '(-4,-3) \\cup \\left( \\frac{3}{2}, \\frac{5}{2} \\right)', '(-4,-3) \\cup \\left\\{\\left( \\frac{3}{2}, \\frac{5}{2} \\right)\\right\\}', 0),
    ('a gold (a, b) is a point or an interval, left open', '\\left( 2, \\frac{5 \\pi}{3} \\right)', '2 < x < \\frac{5\\pi}{3}', 0),
    ('a gold (a, b) is a point or an interval, left open', '$(-\\frac{1}{2}, \\frac{7}{2})$', 'x \\in \\left(-\\frac12, \\frac72\\right)', 0),
    ('a gold (a, b) is a point or an interval, left open', '\\left(\\frac{1}{8},\\frac{1}{3}\\right)', 'x = \\frac18, y = \\frac13', 0),
    ('natural, left', '$t(0,4]$', '(0,4]', 1),
    ('natural, left', '$t(0,4]$', 't \\in (0,4]', 1),
    ('natural, left', '$t(0,4]$', '0 < t \\le 4', 1),
    ('natural, fixed', '(5,\\infty)', '\\left\\{ x \\,\\middle|\\, x > 5 \\right\\}', 1),
]
