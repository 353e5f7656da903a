r"""Reward round 101: a WHITE-box audit of THIS SESSION'S CHANGES (the diff of reward.py since a8de94c: `\angle`, two-entry
angle brackets, memberships, unions of one piece and French intervals, empty pieces, sets of points beside intervals,
`\middle`, picometres, compound units below a fraction bar, cups and spoons), on the grader at b99964a; nothing over
0.1 s.

Four mechanisms, all in the session's own changes, all closed. (1) The refusal of `\langle a, b \rangle` counted raw
commas, so a thin space `\,` or a thousands comma in a fraction hid the second entry; now it counts entries outside
groups, thin spaces and text. (2) Dropping empty pieces let `(2,4) \cup (4,2)` (both orders of a point) stand for the
point (2, 4); now an empty piece written as a bare pair refuses the union (a closed one, `[5, 3]`, still adds nothing).
(3) `\angle` was dropped before any command, so `2\angle\frac12` read as 2½ and `2\angle\pi` as 2π; now only before a
letter or a Greek letter's name. (4) The picometre reading of `pm` took every spelling of a.m. and p.m.; now `pm`
alone. Natural false negatives fixed: French intervals inside a union (`]0, 9[ \cup ]9, 36[`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT233 = [
    ('langle', '(-6, 1)', '\\langle -6,\\, 1 \\rangle', 0),
    ('langle', '(1,6)', '\\langle 1,\\,6 \\rangle', 0),
    ('langle', '(-\\sqrt{3}, \\sqrt{3})', '\\langle -\\sqrt{3},\\, \\sqrt{3} \\rangle', 0),
    ('langle', '(-6, 1)', '\\left\\langle -6, \\frac{1,000}{1,000} \\right\\rangle', 0),
    ('union_empty_drop', '(2,4)', '(2,4) \\cup (4,2)', 0),
    ('union_empty_drop', '(-1,6)', '(-1,6) \\cup (6,-1)', 0),
    ('union_empty_drop', '(2,3)', '(3,2) \\cup (2,3)', 0),
    ('union_empty_drop', '(1, 7)', '(1, 7) \\cup (7, 1)', 0),
    ('union_empty_drop', '(0,5)', '(0,5) \\cup (5,0)', 0),
    ('angle_number', '\\frac{5}{2}', '2\\angle\\frac{1}{2}', 0),
    ('angle_number', '\\frac{7}{2}', '3\\angle\\frac{1}{2}', 0),
    ('angle_number', '2\\pi', '2\\angle\\pi', 0),
    ('angle_number', '2\\sqrt{2}', '2\\angle\\sqrt{2}', 0),
    ('angle_number', '\\frac{\\pi}{6}', '\\frac{1}{2}\\angle\\frac{\\pi}{3}', 0),
    ('ampm_over_24', '33', '33 \\text{ a.m.}', 0),
    ('ampm_over_24', '45', '45 \\text{ A.M.}', 0),
    ('natural, fixed', '(0,9) \\cup (9,36)', ']0, 9[ \\cup ]9, 36[', 1),
    ('natural, fixed', '(-\\infty, 2) \\cup (3, \\infty)', ']-\\infty, 2[ \\cup ]3, +\\infty[', 1),
    ('natural, fixed', '[3,7] \\cup [8,9)', '[3, 7] \\cup [8, 9[', 1),
]
