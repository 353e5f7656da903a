"""Reward round 58 (a black-box attack on the grader at c648869, aimed at round 57's fixes and their neighbours: a
difference confined between kinks or by other means, brackets and braces around one entry, and the natural forms
accepted since): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (2,231 calls,
slowest 0.20 s), labelling by tests/reward_contract.md. Function answers held (domain edges, kinks of high degree,
transcendental and nested kinks, bumps, floors and signs, several variables), and so did discrete golds, (in)equations,
probability labels, separators after a bound, labels, matrices, units, percents, rounding and choices. Four mechanisms:
a set of one stood for anything in it (`\\{[12,28]\\}`, `\\{\\{5\\}\\}`, `\\{(2,\\infty)\\}`, `\\{[3,7]\\} \\cup [8,9)`); a
bracket or set around one entry inside an interval (`[12,[28]]`, `[\\{12\\},\\{28\\}]`); TeX's `\\cr` outside a matrix
read as a comma and then a thousands separator (`1\\cr000` for 1000); an empty entry dropped (`1,,000`, `(6,,31,-1)`).
Left out as debatable: `([3],[2])` and `(\\{3\\},\\{2\\})` for (3, 2), `x^2=5` for 5, `\\{\\sqrt2\\}`, `[12;28]`,
`[12,28]^\\circ`, `1.3(1)`, half-way rounding.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT151 = [
    ('set', '[12,28]', '\\{[12,28]\\}', 0),
    ('set', '[12,28]', '\\left\\{[12,28]\\right\\}', 0),
    ('set', '[12,28]', 'x\\in\\{[12,28]\\}', 0),
    ('set', '(2,\\infty)', '\\{(2,\\infty)\\}', 0),
    ('set', '(-\\infty, 2) \\cup (3, \\infty)', '\\{(-\\infty, 2) \\cup (3, \\infty)\\}', 0),
    ('set', '5', '\\{\\{5\\}\\}', 0),
    ('set', '\\begin{pmatrix} 1 & 0 \\\\ 2018 & 1 \\end{pmatrix}', '\\left\\{\\begin{pmatrix} 1 & 0 \\\\ 2018 & 1 \\end{pmatrix}\\right\\}', 0),
    ('cr', '1000', '1\\cr000', 0),
    ('cr', '12345', '12\\cr 345', 0),
    ('cr', '1000000', '1\\cr000\\cr000', 0),
    ('cr', '1000', '1\\cr\\cr000', 0),
    ('cr', '(1000,\\infty)', 'x>1\\cr000', 0),
    ('cr', '-1000', '-1\\cr000', 0),
    ('set', '[12,28]', '\\{\\{[12,28]\\}\\}', 0),
    ('set', '[12,28]', 'x\\in\\left\\{[12,28]\\right\\}', 0),
    ('set', '[12,28]', '[\\{12\\},\\{28\\}]', 0),
    ('set', '[12,28]', '\\left[\\{12\\},\\{28\\}\\right]', 0),
    ('set', '[12,28]', '[12,[28]]', 0),
    ('set', '(3,4]', '\\{(3,4]\\}', 0),
    ('set', '[0,3)', '\\{[0,3)\\}', 0),
    ('set', '[3,7] \\cup [8,9)', '\\{[3,7] \\cup [8,9)\\}', 0),
    ('set', '[3,7] \\cup [8,9)', '\\{[3,7]\\} \\cup [8,9)', 0),
    ('set', '(-\\infty, 0) \\cup\\{1\\}', '(-\\infty, 0) \\cup\\{\\{1\\}\\}', 0),
    ('empty', '1000', '1,,000', 0),
    ('empty', '(6,31,-1)', '(6,,31,-1)', 0),
    ('empty', '(-2,1)', '(-2,,1)', 0),
    ('empty', '[12,28]', '[12,,28]', 0),
    ('empty', '(2,\\infty)', '(2,,\\infty)', 0),
    ('set', '(6,31,-1)', '(6,31,\\{\\{-1\\}\\})', 0),
    ('set', '(6,31,-1)', '\\{\\{(6,31,-1)\\}\\}', 0),
    ('set', '\\infty', '\\{\\{\\infty\\}\\}', 0),
    ('set', '\\begin{pmatrix} -3 \\\\ 4 \\end{pmatrix}', '\\{\\{(-3,4)\\}\\}', 0),
    ('set', '\\frac13', 'P(X=1)=\\{\\{\\frac13\\}\\}', 0),
]
