"""Reward round 48 (a black-box attack on the grader at 1522c10, the first with sample points drawn from a hash of the
pair compared): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~1,660 timed
queries), labelling by tests/reward_contract.md and checking each row by exact arithmetic at a witness integer. One
family: a discrete gold plus (or times 1 +) a term that is 0 at every whole number but one residue class,
(1+(-1)^d)\\prod_k (1+\\cos\\frac{\\pi d}{2^k}), \\prod_k (1+(-1)^{d/2^k}) or \\prod_k (1+2\\cos\\frac{2\\pi d}{3^k}) with
d = n - r: the dozen hash-drawn points miss one class in 256 about 85% of the time (22% for one in 16), and any change
to the answer draws new points. Seven calls over 2 s (up to 5.1 s): a multinomial gold in 3–5 variables plus ~36
products of sines, near the length cap. Tried without a false positive: bumps and steps on real golds, floor
indicators, binomial-exponent bits, terms nonzero only for large n, near-integers and tiny perturbations.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT135 = [
    ('periodic indicator mod 2^m via (1+(-1)^d)prod(1+cos(pi d/2^k)), added', 'n!', 'n!+(1+(-1)^{(n-1935)})(1+\\cos(\\frac{\\pi (n-1935)}{2}))(1+\\cos(\\frac{\\pi (n-1935)}{4}))(1+\\cos(\\frac{\\pi (n-1935)}{8}))(1+\\cos(\\frac{\\pi (n-1935)}{16}))(1+\\cos(\\frac{\\pi (n-1935)}{32}))(1+\\cos(\\frac{\\pi (n-1935)}{64}))(1+\\cos(\\frac{\\pi (n-1935)}{128}))', 0),
    ('periodic indicator mod 2^m via (1+(-1)^d)prod(1+cos(pi d/2^k)), added', '\\binom{2n}{n}', '\\binom{2n}{n}+(1+(-1)^{(n-754)})(1+\\cos(\\frac{\\pi (n-754)}{2}))(1+\\cos(\\frac{\\pi (n-754)}{4}))(1+\\cos(\\frac{\\pi (n-754)}{8}))(1+\\cos(\\frac{\\pi (n-754)}{16}))(1+\\cos(\\frac{\\pi (n-754)}{32}))(1+\\cos(\\frac{\\pi (n-754)}{64}))(1+\\cos(\\frac{\\pi (n-754)}{128}))', 0),
    ('periodic indicator mod 2^m via (1+(-1)^d)prod(1+cos(pi d/2^k)), added', '\\lfloor \\frac{n}{3} \\rfloor', '\\lfloor \\frac{n}{3} \\rfloor+(1+(-1)^{(n-2992)})(1+\\cos(\\frac{\\pi (n-2992)}{2}))(1+\\cos(\\frac{\\pi (n-2992)}{4}))(1+\\cos(\\frac{\\pi (n-2992)}{8}))(1+\\cos(\\frac{\\pi (n-2992)}{16}))(1+\\cos(\\frac{\\pi (n-2992)}{32}))(1+\\cos(\\frac{\\pi (n-2992)}{64}))(1+\\cos(\\frac{\\pi (n-2992)}{128}))', 0),
    ('periodic indicator mod 2^m via (1+(-1)^d)prod(1+cos(pi d/2^k)), added', '\\binom{m}{k}', '\\binom{m}{k}+(1+(-1)^{(m-2378)})(1+\\cos(\\frac{\\pi (m-2378)}{2}))(1+\\cos(\\frac{\\pi (m-2378)}{4}))(1+\\cos(\\frac{\\pi (m-2378)}{8}))(1+\\cos(\\frac{\\pi (m-2378)}{16}))(1+\\cos(\\frac{\\pi (m-2378)}{32}))(1+\\cos(\\frac{\\pi (m-2378)}{64}))(1+\\cos(\\frac{\\pi (m-2378)}{128}))', 0),
    ('periodic indicator mod 2^m via prod(1+(-1)^{d/2^k}), added', 'n!', 'n!+(1+(-1)^{(n-1460)})(1+(-1)^{\\frac{(n-1460)}{2}})(1+(-1)^{\\frac{(n-1460)}{4}})(1+(-1)^{\\frac{(n-1460)}{8}})(1+(-1)^{\\frac{(n-1460)}{16}})(1+(-1)^{\\frac{(n-1460)}{32}})(1+(-1)^{\\frac{(n-1460)}{64}})(1+(-1)^{\\frac{(n-1460)}{128}})', 0),
    ('periodic indicator mod 2^m via prod(1+(-1)^{d/2^k}), added', '\\binom{2n}{n}', '\\binom{2n}{n}+(1+(-1)^{(n-1713)})(1+(-1)^{\\frac{(n-1713)}{2}})(1+(-1)^{\\frac{(n-1713)}{4}})(1+(-1)^{\\frac{(n-1713)}{8}})(1+(-1)^{\\frac{(n-1713)}{16}})(1+(-1)^{\\frac{(n-1713)}{32}})(1+(-1)^{\\frac{(n-1713)}{64}})(1+(-1)^{\\frac{(n-1713)}{128}})', 0),
    ('periodic indicator mod 2^m via prod(1+(-1)^{d/2^k}), added', '2^n n!', '2^n n!+(1+(-1)^{(n-2169)})(1+(-1)^{\\frac{(n-2169)}{2}})(1+(-1)^{\\frac{(n-2169)}{4}})(1+(-1)^{\\frac{(n-2169)}{8}})(1+(-1)^{\\frac{(n-2169)}{16}})(1+(-1)^{\\frac{(n-2169)}{32}})(1+(-1)^{\\frac{(n-2169)}{64}})(1+(-1)^{\\frac{(n-2169)}{128}})', 0),
    ('periodic indicator mod 3^b via prod(1+2cos(2pi d/3^k)), added', 'n!', 'n!+(1+2\\cos(\\frac{2\\pi (n-2990)}{3}))(1+2\\cos(\\frac{2\\pi (n-2990)}{9}))(1+2\\cos(\\frac{2\\pi (n-2990)}{27}))(1+2\\cos(\\frac{2\\pi (n-2990)}{81}))(1+2\\cos(\\frac{2\\pi (n-2990)}{243}))', 0),
    ('periodic indicator mod 3^b via prod(1+2cos(2pi d/3^k)), added', '\\binom{2n}{n}', '\\binom{2n}{n}+(1+2\\cos(\\frac{2\\pi (n-2531)}{3}))(1+2\\cos(\\frac{2\\pi (n-2531)}{9}))(1+2\\cos(\\frac{2\\pi (n-2531)}{27}))(1+2\\cos(\\frac{2\\pi (n-2531)}{81}))(1+2\\cos(\\frac{2\\pi (n-2531)}{243}))', 0),
    ('periodic indicator mod 2^m, multiplicative gold*(1+ind)', 'n!', 'n!\\cdot(1+(1+(-1)^{(n-903)})(1+\\cos(\\frac{\\pi (n-903)}{2}))(1+\\cos(\\frac{\\pi (n-903)}{4}))(1+\\cos(\\frac{\\pi (n-903)}{8}))(1+\\cos(\\frac{\\pi (n-903)}{16}))(1+\\cos(\\frac{\\pi (n-903)}{32}))(1+\\cos(\\frac{\\pi (n-903)}{64}))(1+\\cos(\\frac{\\pi (n-903)}{128})))', 0),
    ('periodic indicator mod 2^m, multiplicative gold*(1+ind)', '\\binom{2n}{n}', '\\binom{2n}{n}\\cdot(1+(1+(-1)^{(n-1277)})(1+\\cos(\\frac{\\pi (n-1277)}{2}))(1+\\cos(\\frac{\\pi (n-1277)}{4}))(1+\\cos(\\frac{\\pi (n-1277)}{8}))(1+\\cos(\\frac{\\pi (n-1277)}{16}))(1+\\cos(\\frac{\\pi (n-1277)}{32}))(1+\\cos(\\frac{\\pi (n-1277)}{64}))(1+\\cos(\\frac{\\pi (n-1277)}{128})))', 0),
    ('periodic indicator mod 2^m via (1+(-1)^d)prod(1+cos(pi d/2^k)), added', '\\frac{(a+b)!}{a!b!}', '\\frac{(a+b)!}{a!b!}+(1+(-1)^{(a-1664)})(1+\\cos(\\frac{\\pi (a-1664)}{2}))(1+\\cos(\\frac{\\pi (a-1664)}{4}))(1+\\cos(\\frac{\\pi (a-1664)}{8}))(1+\\cos(\\frac{\\pi (a-1664)}{16}))(1+\\cos(\\frac{\\pi (a-1664)}{32}))(1+\\cos(\\frac{\\pi (a-1664)}{64}))(1+\\cos(\\frac{\\pi (a-1664)}{128}))', 0),
]
