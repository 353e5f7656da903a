"""Reward round 54 (a black-box attack on the grader at 73903b5, aimed at round 53's fixes: digit-group separators, vectors
against intervals and points, infinity, customary label orders): the false positives it found (label 0) and the natural
false negatives it listed (label 1; labels without a customary order and tuples of grouped numbers stay refused).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~10,500 queries:
hand probes, a separator fuzzer, mutation sweeps over 850 real golds; slowest under 1 s), labelling by
tests/reward_contract.md. Four mechanisms, all in how digits are grouped: the real list gold `81, 256` also read as the
number 81256; wide spaces and line breaks taken for digit-group separators (`1 \\quad 256` for 1256); a grouped number
inside brackets split into entries (`(1,000)` for the pair (1, 0)); a list of grouped numbers split at every comma
(`1,000, 2,000` for 1, 0, 2, 0). Labels, vectors and infinity held. Left out as debatable: `20, 100` for 20100,
medium spaces, points read as intervals, `\\infty \\cdot 1`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT145 = [
    ('list-gold-read-as-number', '81, 256', '81256', 0),
    ('list-gold-read-as-number', '81, 256', '81{,}256', 0),
    ('list-gold-read-as-number', '81, 256', 'x=81256', 0),
    ('list-gold-read-as-number', '81, 256', '81256.0', 0),
    ('list-gold-read-as-number', '1, 256', '\\frac{2512}{2}', 0),
    ('list-gold-read-as-number', '1, 256', '1256 \\text{ units}', 0),
    ('list-gold-read-as-number', '20, 100', '(20100)', 0),
    ('list-gold-read-as-number', '1, 100, 200', '1100200', 0),
    ('list-gold-read-as-number', '-5, 100', '-5100', 0),
    ('wide-space-as-separator', '1256', '1,\\quad 256', 0),
    ('wide-space-as-separator', '1256', '1,\\qquad256', 0),
    ('wide-space-as-separator', '1256', '1,\\\\256', 0),
    ('wide-space-as-separator', '1256', '1\\\\256', 0),
    ('wide-space-as-separator', '1256', '1\\qquad 256', 0),
    ('wide-space-as-separator', '20100', '20,\\quad 100', 0),
    ('wide-space-as-separator', '20100', '20,\\\\ 100', 0),
    ('wide-space-as-separator', '1000000', '1\\\\000\\\\000', 0),
    ('bracketed-grouping-split', '(1,0)', '(1,000)', 0),
    ('bracketed-grouping-split', '(1,0)', '(x,y)=(1,000)', 0),
    ('bracketed-grouping-split', '(3,0)', '\\left(3,000\\right)', 0),
    ('bracketed-grouping-split', '(-1,0)', '(-1,000)', 0),
    ('bracketed-grouping-split', '(1,50)', '(1,050)', 0),
    ('bracketed-grouping-split', '(1,0.5)', '(1,000.5)', 0),
    ('bracketed-grouping-split', '(1,\\frac12)', '(1,000.5)', 0),
    ('bracketed-grouping-split', '(2,0,0)', '(2,000,000)', 0),
    ('bracketed-grouping-split', '\\{0,1\\}', '\\{1,000\\}', 0),
    ('bracketed-grouping-split', '\\{1,2\\}', '\\{1,002\\}', 0),
    ('bracketed-grouping-split', '1,2', '(1,002)', 0),
    ('bracketed-grouping-split', '5,0,0', '\\{5,000,000\\}', 0),
    ('bracketed-grouping-split', '[1,5]', '[1,005]', 0),
    ('bracketed-grouping-split', '\\begin{pmatrix}3\\\\0\\end{pmatrix}', '[3,000]^T', 0),
    ('bracketed-grouping-split', '(1,0)', '\\langle 1,000\\rangle', 0),
    ('grouped-list-split', '(1,0,2,0)', '(1,000, 2,000)', 0),
    ('grouped-list-split', '1,0,2,0', '1,000, 2,000', 0),
    ('grouped-list-split', '1,0,2', '1,000,2', 0),
    ('grouped-list-split', '(1,0,2)', '(x,y,z)=(1,000,2)', 0),
    ('tuple-with-grouped-numbers', '(2223,4510)', '(2,223, 4,510)', 1),
    ('tuple-with-grouped-numbers', '(1000,2000)', '(1,000, 2,000)', 1),
    ('tuple-with-grouped-numbers', '(1000,2)', '(1,000, 2)', 1),
    ('tuple-with-grouped-numbers', '(2223,4510)', '(2\\,223, 4\\,510)', 1),
    ('list-with-grouped-numbers', ['2400, 1350, 864'], '2,400, 1,350, 864', 1),
    ('list-with-grouped-numbers', ['2500,7500'], '2,500, 7,500', 1),
    ('list-with-grouped-numbers', '1000, 2000', '1,000, 2,000', 1),
    ('grouped-number-in-sqrt', '10\\sqrt{10}', '\\sqrt{1,000}', 1),
    ('grouped-number-spaced-minus', '-1000', '- 1,000', 1),
    ('space-grouped-in-frac', '\\frac{20000}{\\pi}', '\\frac{20 000}{\\pi}', 1),
    ('labels-noncustomary-order', '(-4,-\\frac{1}{2})', '(j,k)=(-4,-\\frac12)', 1),
    ('labels-noncustomary-order', '(8\\sqrt3, 14, 2, 4)', '(a,b,h,k)=(8\\sqrt3,14,2,4)', 1),
    ('labels-noncustomary-order', '(8\\sqrt3, 14, 2, 4)', 'a=8\\sqrt3,b=14,h=2,k=4', 1),
    ('labels-noncustomary-order', ['$(2,4)$'], '(k,n)=(2,4)', 1),
    ('labels-spherical-r', '(1,2,3)', '(r,\\theta,\\phi)=(1,2,3)', 1),
    ('labels-pm-separate', '(1,-2),(-1,2)', 'x=\\pm1, y=\\mp2', 1),
    ('text-gold-trailing-comma', '\\text{(E)},', '\\text{(E)}', 1),
    ('text-gold-trailing-comma', '\\text{(E)},', 'E', 1),
    ('vector-vs-point', '(1,2,3)', '[1,2,3]', 1),
    ('label-with-text-arg', '\\frac13', 'P(\\text{win})=\\frac13', 1),
    ('currency-symbol', '2 \\text{ euros}', '€2', 1),
]
