"""Reward round 57 (a black-box attack on the grader at 8313e8b, aimed at its newest leniencies: sets written as
conditions, labels, vectors, separators, and mutations of real golds): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~33,000 calls,
slowest 0.22 s), labelling by tests/reward_contract.md. Conditions (a 2,700-case fuzz against sympy's sets), labels in
every order, vectors, separators and ~2,500 mutated golds held. Two mechanisms: brackets around one entry were dropped
as groups, so `[[12],[28]]`, `[[12,28]]` and `[\\![12,28]\\!]` (the integers 12…28) read as the interval [12, 28], and
a set of one `\\{x\\}` (MATH's fractional part) as x; and a difference confined between two kinks of the answer
(`|x-3||x-4| - (x-3)(x-4)`, 0 but on (3, 4), or `|x+1||x+2|` for (x+1)(x+2)) that no sample point lay between. Left
out as debatable: `\\{5\\}` or `[5]` for 5, `[\\frac52]` (a floor?), `(5,-5)\\cup\\emptyset` for a point,
`x=-2 \\land x=-12` for a list, labels that are expressions (`|x|=5`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT149 = [
    ('matrix', '[2,3]', '[[2],[3]]', 0),
    ('matrix', '\\left[ \\frac{3}{4}, 1 \\right]', '[[\\frac34],[1]]', 0),
    ('matrix', '\\left[ \\frac{\\pi}{4}, \\frac{3 \\pi}{4} \\right]', '[[\\frac{\\pi}{4}],[\\frac{3\\pi}{4}]]', 0),
    ('matrix', 'x \\in [-2,7]', '[[-2],[7]]', 0),
    ('matrix', 'x \\in [-2,7]', 'x\\in[[-2],[7]]', 0),
    ('matrix', '[-2,7]', '[[-2], [7]]', 0),
    ('matrix', '[2,3]', '[[2,3]]', 0),
    ('matrix', '\\left[ \\frac{3}{4}, 1 \\right]', '[[\\frac34,1]]', 0),
    ('matrix', '[-2,7]', '[[-2,7]]', 0),
    ('matrix', 'x \\in [-2,7]', 'x\\in[\\![-2,7]\\!]', 0),
    ('matrix', 'x \\in [-2,7]', '[\\![-2,7]\\!]', 0),
    ('matrix', '[-2,7]', '\\left[\\!\\left[-2,7\\right]\\!\\right]', 0),
    ('matrix', '\\left[ 0, \\frac{9}{8} \\right]', '[\\![0,\\frac98]\\!]', 0),
    ('matrix', '[1, 10]', '[\\![1,10]\\!]', 0),
    ('fractional', ['$f(x)=x$'], 'f(x)=\\{x\\}', 0),
    ('fractional', ['$f(x)=x+1$'], 'f(x)=\\{x+1\\}', 0),
    ('fractional', ['$f(x)=2 x$'], 'f(x)=\\{2x\\}', 0),
    ('fractional', ['$f(n)=n$'], 'f(n)=\\{n\\}', 0),
    ('fractional', ['$f(x)=\\frac{1}{x}$'], 'f(x)=\\{\\frac1x\\}', 0),
    ('fractional', ['$g(x)=x^2-2x+2$'], 'g(x)=\\{x^2-2x+2\\}', 0),
    ('fractional', 'x^2+7x+10', '\\{(x+2)(x+5)\\}', 0),
    ('fractional', 'y = 2x + 3', 'y=\\{2x+3\\}', 0),
    ('matrix', '[12,28]', '[\\![12,28]\\!]', 0),
    ('matrix', '[12,28]', '[[12],[28]]', 0),
    ('matrix', '[-2,2]', '[[-2],[2]]', 0),
    ('matrix', '[-9, 9]', '[\\![-9, 9]\\!]', 0),
    ('matrix', '[0, 25]', '[[0],[25]]', 0),
    ('matrix', '[-77,77]', '[\\![-77,77]\\!]', 0),
    ('kink', '(x+1)(x+2)', '|x+1||x+2|', 0),
    ('kink', '(x+1)(x+2)', '|x+1|\\cdot|x+2|', 0),
    ('kink', '(x+1)(x+2)', '\\sqrt{(x+1)^2(x+2)^2}', 0),
    ('kink', '(3x+7)(x+1)', '\\sqrt{((3x+7)(x+1))^2}', 0),
    ('kink', 'x^2 + 1', 'x^2+1+|x-3||x-4|-(x-3)(x-4)', 0),
    ('kink', 'x^2 + 1', 'x^2+1+|x-0.1||x-0.2|-(x-0.1)(x-0.2)', 0),
    ('kink', 'x^4+4', 'x^4+4+\\sqrt{(x-3)^2(x-4)^2}-(x-3)(x-4)', 0),
    ('kink', '162x^4', '162x^4\\cdot\\frac{|x-3||x-4|}{(x-3)(x-4)}', 0),
    ('kink', '\\dfrac{5x^2}{2}', '\\dfrac{5x^2}{2}+|x-3||x-4|-(x-3)(x-4)', 0),
    ('kink', '\\frac{t^2}{2}', '\\frac{t^2}{2}+|t-3||t-4|-(t-3)(t-4)', 0),
    ('kink', 'a^2 + b^2', 'a^2+b^2+|a-3||a-4|-(a-3)(a-4)', 0),
    ('kink', '-3x^4+5x^2-8x', '-3x^4+5x^2-8x+|x-3||x-4|-(x-3)(x-4)', 0),
    ('kink', '\\sin^2 y', '\\sin^2 y + |y-3||y-4|-(y-3)(y-4)', 0),
    ('kink', ['$f(x)=x+1$'], 'f(x)=x+1+|x-3||x-4|-(x-3)(x-4)', 0),
    ('kink', 'y = 2x + 3', 'y=2x+3+|x-3||x-4|-(x-3)(x-4)', 0),
    ('kink', ['$g(x)=x^2-2x+2$'], 'g(x)=x^2-2x+2+|x-3||x-4|-(x-3)(x-4)', 0),
    ('kink', '5x - 7y + 11z + 4 = 0', '5x-7y+11z+4+|x-3||x-4|-(x-3)(x-4)=0', 0),
    ('kink', 'y^2 - 4x - 6y + 9 = 0', 'y^2-4x-6y+9+|x-3||x-4|-(x-3)(x-4)=0', 0),
    ('kink', '\\frac{\\cos(2t) + \\sin(2t)}{4}', '\\frac{\\cos(2t) + \\sin(2t)}{4}+|t-3||t-4|-(t-3)(t-4)', 0),
    ('kink', '3x(3x+1)', '\\sqrt{(3x(3x+1))^2}', 0),
    ('kink', 's^2 \\le 8r^2', 's^2 \\le 8r^2+|r-3||r-4|-(r-3)(r-4)', 0),
    ('kink', '[a +b, b]', '[a+b+|b-3||b-4|-(b-3)(b-4), b]', 0),
    ('kink', '\\tan \\theta = 2\\theta', '\\tan\\theta = 2\\theta+|\\theta-3||\\theta-4|-(\\theta-3)(\\theta-4)', 0),
    ('kink', ['(1 - 3e^{-2t} + 2e^{-5t}) u(t)\n'], '(1 - 3e^{-2t} + 2e^{-5t}) u(t) + |t-3||t-4|-(t-3)(t-4)', 0),
]
