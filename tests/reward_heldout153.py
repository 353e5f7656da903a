"""Reward round 59 (a black-box attack on the grader after round 58 (7ccc2f5), aimed at that
round's fixes and by mutation at scale): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~213,500 calls:
~25,000 single and ~170,000 structural edits of 2,260 real golds, ~15,000 insertions of invisible TeX, ~2,000 hand
probes; slowest 0.36 s), labelling by tests/reward_contract.md. Four mechanisms, each a neighbour of round 58's fixes:
a set of one holding a set (`\\{\\{x>2\\}\\}`, `\\{(2,\\infty)\\cup\\{x>3\\}\\}`: a condition in braces was its set, and
braces around that were dropped); an empty entry written with invisible TeX (`1,\\text{},000`, `(6,\\ ,31,-1)`); sets of
one as elements (`\\{\\{3\\},\\{5\\},\\{7\\}\\}` for 3, 5, 7); a set as an entry of a bare list (`\\{15\\}, -29`). Left out
as debatable: `\\{(a,b)\\}` and `[(2,\\infty)]` against a gold (a, b) that may be a point or an interval, `1.3(4)`, `1, 000`,
an empty last row of a matrix, bare pairs compared as unordered lists, malformed TeX (`sqrt{2}`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT153 = [
    ('set', '(2,\\infty)', '\\{\\{x>2\\}\\}', 0),
    ('set', 'x>2', '\\{\\{x>2\\}\\}', 0),
    ('set', 'k \\geqslant 2', '\\{\\{k \\geqslant 2\\}\\}', 0),
    ('set', 'k \\geqslant 2', '\\{\\{\\{k \\geqslant 2\\}\\}\\}', 0),
    ('set', 'k \\geqslant 2', '\\left\\{\\left\\{k \\geqslant 2\\right\\}\\right\\}', 0),
    ('set', 'k \\geqslant 2', '\\lbrace\\lbrace k \\geqslant 2\\rbrace\\rbrace', 0),
    ('set', '[2,\\infty)', '\\{\\{x \\ge 2\\}\\}', 0),
    ('set', 'x \\ge 2', '\\{\\{x \\ge 2\\}\\}\\cup\\{\\{x\\ge 3\\}\\}', 0),
    ('set', '(-\\infty,0)\\cup\\{1\\}', '\\{\\{x<0\\}\\cup\\{1\\}\\}', 0),
    ('set', '(-\\infty,0)\\cup\\{1\\}', '\\{\\{x<0\\}\\}\\cup\\{1\\}', 0),
    ('set', '(2,\\infty)', '\\{x>2\\}\\cup\\{\\{x>2\\}\\}', 0),
    ('set', '(2,\\infty)', '(2,\\infty)\\cup\\{\\{x>2\\}\\}', 0),
    ('set', '(2,\\infty)', '\\{\\{x>2\\}\\}\\cup\\emptyset', 0),
    ('set', '(2,\\infty)', '\\{\\{x>2\\}\\}\\setminus\\{\\}', 0),
    ('set', '(2,\\infty)', '\\{\\{x>2\\}\\}\\cup\\{\\{x>2\\}\\}', 0),
    ('set', '(2,\\infty)', '\\{\\{x>2\\}\\cup\\{x>3\\}\\}', 0),
    ('set', '(2,\\infty)', '\\{(2,\\infty)\\cup\\{x>3\\}\\}', 0),
    ('set', '(2,\\infty)', '\\{(2,5)\\cup\\{x\\ge5\\}\\}', 0),
    ('set', '(2,\\infty)', 'S=\\{\\{x>2\\}\\}', 0),
    ('set', '(2,\\infty)', '\\Big\\{\\{x>2\\}\\Big\\}', 0),
    ('set', '(2,\\infty)', '\\{ \\{ x>2 \\} \\}', 0),
    ('set', '(-\\infty,0)\\cup(0,\\infty)', '\\{\\{x\\ne 0\\}\\}', 0),
    ('set', '[-2,7]', '\\{\\{-2\\le x\\le 7\\}\\}', 0),
    ('set', '(-\\infty,2)\\cup(3,\\infty)', '\\{\\{x<2\\}\\cup\\{x>3\\}\\}', 0),
    ('set', '(-\\infty,2)\\cup(3,\\infty)', '\\{\\{x<2\\}\\}\\cup\\{\\{x>3\\}\\}', 0),
    ('set', '(-\\infty,2)\\cup(3,\\infty)', '\\{x<2\\}\\cup\\{\\{x>3\\}\\}', 0),
    ('set', '(0,\\infty)', '\\{\\mathbb{R}_{>0}\\cup\\{x>1\\}\\}', 0),
    ('set', '(2,\\infty)', '\\{(2,\\infty)\\cup\\{x>2\\}\\}', 0),
    ('set', '(2,\\infty)', '\\{\\{x>2\\}\\cup\\emptyset\\}', 0),
    ('set', '(1,2)', '\\{\\{1<x<2\\}\\}', 0),
    ('set', '(-\\infty, 2) \\cup (3, \\infty)', '\\{\\{x<2\\}\\}\\cup\\{\\{x>3\\}\\}', 0),
    ('set', '(-\\infty, 2) \\cup (3, \\infty)', '\\{\\{x<2\\}\\cup\\{x>3\\}\\}', 0),
    ('set', 'x \\in [-2,7]', '\\{\\{-2\\le x\\le 7\\}\\}', 0),
    ('set', 'x \\in [-2,7]', 'x\\in\\{\\{-2\\le x\\le 7\\}\\}', 0),
    ('set', ['$(-\\infty, 0) \\cup\\{1\\}$.'], '\\{\\{x<0\\}\\}\\cup\\{1\\}', 0),
    ('set', ['$(-\\infty, 0) \\cup\\{1\\}$.'], '\\{\\{x<0\\}\\cup\\{1\\}\\}', 0),
    ('set', '(0,9) \\cup (9,36)', '\\{\\{0<x<9\\}\\}\\cup\\{\\{9<x<36\\}\\}', 0),
    ('set', '(0,9) \\cup (9,36)', '\\{\\{0<x<36\\}\\setminus\\{9\\}\\}', 0),
    ('empty', '1000', '1,\\text{},000', 0),
    ('empty', '1000', '1,\\text{ },000', 0),
    ('empty', '1000', '1,\\mbox{},000', 0),
    ('empty', '1000', '1,\\left.\\right.,000', 0),
    ('empty', '10,\\!080', '10,\\text{},080', 0),
    ('empty', '58,500', '58,\\mbox{},500', 0),
    ('empty', '11,\\! 111,\\! 111,\\! 100', '11,\\text{},111,\\text{},111,\\text{},100', 0),
    ('empty', '(1,-16,-4,43)', '(1,-16,\\text{},-4,43)', 0),
    ('empty', '(6,31,-1)', '(6,\\ ,31,-1)', 0),
    ('empty', '(6,31,-1)', '(6,\\mathrm{},31,-1)', 0),
    ('empty', '(1,2)', '(1,\\operatorname{},2)', 0),
    ('empty', '[12,28]', '[12,\\ ,28]', 0),
    ('empty', '\\{1,2\\}', '\\{1,\\text{},2\\}', 0),
    ('empty', '3, 5, 7', '3, \\text{}, 5, 7', 0),
    ('set', '\\{1,2\\}', '\\{\\{1\\},\\{2\\}\\}', 0),
    ('set', '3, 5, 7', '\\{\\{3\\},\\{5\\},\\{7\\}\\}', 0),
    ('set', '3, 5, 7', '\\{\\{3\\}, 5, 7\\}', 0),
    ('set', '\\{1\\pm\\sqrt{5},-2\\}', '\\{\\{1+\\sqrt{5}\\},\\{1-\\sqrt{5}\\},\\{-2\\}\\}', 0),
    ('set', ['1,3,5'], '\\{\\{1\\},\\{3\\},\\{5\\}\\}', 0),
    ('set', ['$(3,2),(-3,2),(3,-2),(-3,-2)$'], '\\{\\{(3,2)\\},\\{(-3,2)\\},\\{(3,-2)\\},\\{(-3,-2)\\}\\}', 0),
    ('set', ['$(1,8,19), (2,7,13), (4,5,7)$'], '\\{\\{(1,8,19)\\}, (2,7,13), (4,5,7)\\}', 0),
    ('set', '-2,1', 'x\\in\\{\\{-2\\},\\{1\\}\\}', 0),
    ('set', '-2,1', '\\lbrace\\lbrace -2\\rbrace,\\lbrace 1\\rbrace\\rbrace', 0),
    ('set', '(15,-29)', '\\{15\\}, -29', 0),
    ('set', '(15,-29)', '\\{15\\}, \\{-29\\}', 0),
    ('set', '(15,-29)', '\\{15\\}, [-29]', 0),
    ('set', '\\left( 3, \\frac{\\pi}{2} \\right)', '3, \\left\\{\\frac{\\pi}{2}\\right\\}', 0),
    ('set', '(1,-16,-4,43)', '1,-16,\\{-4\\},43', 0),
    ('set', '1,1,2', '\\{\\{1\\},1,2\\}', 0),
    ('set', '\\{-2,2\\}', '\\{\\{-2\\},\\{2\\}\\}', 0),
    ('set', '(1,2)', '\\{1\\},\\{2\\}', 0),
    ('set', '(-\\infty, 0]', '\\{(-\\infty, 0] \\cup \\{x<-10^9\\}\\}', 0),
    ('set', '(-\\infty,5)\\cup (5,\\infty)', '\\{(-\\infty,5)\\cup (5,\\infty) \\cup \\{x<-10^9\\}\\}', 0),
    ('set', '(-\\infty, 2) \\cup (3, \\infty)', '\\{(-\\infty, 2) \\cup (3, \\infty) \\cup \\{x<-10^9\\}\\}', 0),
    ('set', '-80\\leq g(x)\\leq 82', '\\{\\{-80\\leq g(x)\\leq 82\\}\\}', 0),
]
