r"""Reward round 94: a WHITE-box audit of DISCRETE GOLDS BY CONSTRUCTION (the public whole-number points, the drawn ones
in public ranges, the rules that refuse terms vanishing on ranges), on the grader at c3fdfdb; nothing over 0.1 s.

Two mechanisms, closed by the same change. Past 100 the only whole-number points were ten fixed ones, and the gold's
own floor stays small at all of them (`\lfloor \log_2 n \rfloor` under 30 up to 10^9 + 7): so a binomial of it with
bottom 30 vanished at every point (`\binom{F+1}{30} - \binom{F}{29}`, off by 1 from n = 2^{30}), and a product of such
binomials times a polynomial vanishing at the ten fixed points agreed everywhere it was looked at. Now three more
points are drawn beyond 100: to 10^4, to 10^8, and from 2^{30} to 2^{40}. Left: a product of binomials of
`\lfloor \log_2 n \rfloor` that vanishes below 2^{60} (past 2^{40} a period of 2π in n is lost at the first look's
50 digits, so points go no further).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT219 = [
    ('discrete', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n \\rfloor + 1 + \\binom{\\lfloor \\log_2 n \\rfloor+1}{30} - \\binom{\\lfloor \\log_2 n \\rfloor}{29}', 0),
    ('discrete', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n \\rfloor + 1 + \\binom{\\lfloor \\log_2 n \\rfloor}{21} - (\\lfloor \\log_2 n \\rfloor - 28)\\binom{\\lfloor \\log_2 n \\rfloor}{21}', 0),
    ('discrete', '$\\lfloor\\sqrt{n-1}\\rfloor$', '\\lfloor \\sqrt{n-1} \\rfloor + \\binom{\\lfloor \\sqrt{n-1} \\rfloor}{10} - \\binom{\\lfloor \\sqrt{n-1} \\rfloor}{10}(1+(n-999)(n-1000)(n-1024)(n-1100)(n-65535)(n-999999)(n-1000000)(n-1000001)(n-1048576)(n-1000000007))', 0),
    ('discrete', '$\\lceil n / 2\\rceil+1$', '\\lceil n/2 \\rceil + 1 + \\binom{\\lceil n/2 \\rceil+15}{30}\\binom{\\lceil n/2 \\rceil-15}{30}\\binom{\\lceil n/2 \\rceil-30}{30} - \\binom{\\lceil n/2 \\rceil+15}{30}\\binom{\\lceil n/2 \\rceil-15}{30}\\binom{\\lceil n/2 \\rceil-30}{30}(1+(n-999)(n-1000)(n-1024)(n-1100)(n-65535)(n-999999)(n-1000000)(n-1000001)(n-1048576)(n-1000000007))', 0),
    ('discrete', '$\\lfloor\\frac{2 n-1}{5}\\rfloor$', '\\lfloor\\frac{2 n-1}{5}\\rfloor + \\binom{\\lfloor\\frac{2 n-1}{5}\\rfloor+13}{30}\\binom{\\lfloor\\frac{2 n-1}{5}\\rfloor-17}{30} - \\binom{\\lfloor\\frac{2 n-1}{5}\\rfloor+13}{30}\\binom{\\lfloor\\frac{2 n-1}{5}\\rfloor-17}{30}(1+(n-999)(n-1000)(n-1024)(n-1100)(n-65535)(n-999999)(n-1000000)(n-1000001)(n-1048576)(n-1000000007))', 0),
]
