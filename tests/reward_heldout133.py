"""Reward round 47 (a black-box attack on the grader at 6dd893a, aimed at discrete golds after round 46's rules): the
false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~1,240 queries,
slowest 1.11 s), labelling by tests/reward_contract.md and checking each row by exact arithmetic at a witness integer.
It first found which integers a discrete gold is compared at ({-6, -1, 0…5, 7, 8, 9, 16, 22, 25, 99}, and 999, 1000,
1024 where the gold is small enough), then built answers that differ only elsewhere: a polynomial with a root at each
of them (n! + n(n-1)…(n-99), also times 1 + (-1)^n, and for two variables); a bounded P/(1+P^2) of such a polynomial; a
floor bump \\lfloor \\frac{n}{2} + \\frac{1}{1+9(n-6)^2} \\rfloor that moves at n = 6 alone; a fraction close to an irrational
slope in a floor (\\lfloor \\frac{665857 n}{470832} \\rfloor for \\lfloor n\\sqrt2 \\rfloor). No call over 2 s.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT133 = [
    ('M1 vanishing polynomial / factorial', 'n!', 'n! + n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)', 0),
    ('M1 vanishing polynomial / factorial', 'n!', 'n! + (1+(-1)^n)n(n-2)(n-4)(n-8)(n-16)(n-22)', 0),
    ('M1 vanishing polynomial / binomial', '\\binom{2n}{n}', '\\binom{2n}{n} + (n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)', 0),
    ('M1 vanishing polynomial / Catalan', '\\frac{1}{n+1}\\binom{2n}{n}', '\\frac{1}{n+1}\\binom{2n}{n} + (1-(-1)^n)(n-1)(n-3)(n-5)(n-7)(n-9)(n-25)(n-99)', 0),
    ('M1 vanishing polynomial / double factorial', '(2n-1)!!', '(2n-1)!! + (n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)', 0),
    ('M1 vanishing polynomial / two variables', 'm!\\,n!', 'm!\\,n! + (m-n)(m-7)m(m-1)(m-2)(m-4)(m-6)(m-8)(m-9)(m-28)', 0),
    ('M2 compensating floor bump at unsampled integer', '\\lfloor n/2 \\rfloor', '\\lfloor n/2 \\rfloor + \\left\\lfloor \\frac{n}{3} + \\frac{1}{1+9(n-6)^2} \\right\\rfloor - \\left\\lfloor \\frac{n}{3} \\right\\rfloor', 0),
    ('M2 compensating floor bump at unsampled integer', '\\lfloor n/2 \\rfloor', '\\left\\lfloor \\frac{n}{2} + \\frac{1}{1+9(n-6)^2} \\right\\rfloor', 0),
    ('M2 compensating floor bump at unsampled integer', '(-1)^n', '(-1)^n + 2\\left\\lfloor \\frac{n}{3} + \\frac{1}{1+9(n-6)^2} \\right\\rfloor - 2\\left\\lfloor \\frac{n}{3} \\right\\rfloor', 0),
    ('M2 compensating floor bump at unsampled integer', '\\lceil n/3 \\rceil', '\\left\\lceil \\frac{n}{3} - \\frac{1}{1+9(n-10)^2} \\right\\rceil', 0),
    ('M2 compensating floor bump at unsampled integer', 'n! + \\lfloor n/2 \\rfloor', 'n! + \\left\\lfloor \\frac{n}{2} + \\frac{1}{1+9(n-6)^2} \\right\\rfloor', 0),
    ('M3 bounded rational term vanishing at sampled integers', '\\lfloor n/2 \\rfloor', '\\lfloor n/2 \\rfloor + \\frac{(n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)}{1+((n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99))^2}', 0),
    ('M3 bounded rational term vanishing at sampled integers', '(-1)^n', '(-1)^n + \\frac{(n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)}{1+((n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99))^2}', 0),
    ('M3 bounded rational term vanishing at sampled integers', '\\lceil n/3 \\rceil', '\\lceil n/3 \\rceil + \\frac{(n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)}{1+((n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99))^2}', 0),
    ('M3 bounded rational term vanishing at sampled integers', '\\lfloor \\sqrt{n} \\rfloor', '\\lfloor \\sqrt{n} \\rfloor + \\frac{(n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)}{1+((n+6)(n+1)n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99))^2}', 0),
    ('M4 rational approximation of irrational slope in floor', '\\lfloor n\\sqrt2 \\rfloor', '\\left\\lfloor \\frac{665857 n}{470832} \\right\\rfloor', 0),
    ('M4 rational approximation of irrational slope in floor', '\\lfloor n\\pi \\rfloor', '\\left\\lfloor \\frac{312689 n}{99532} \\right\\rfloor', 0),
    ('M4 rational approximation of irrational slope in floor', '\\lfloor n\\pi \\rfloor', '\\left\\lfloor \\frac{208341 n}{66317} \\right\\rfloor', 0),
    ('M4 rational approximation of irrational slope in floor', '\\lfloor ne \\rfloor', '\\left\\lfloor \\frac{49171 n}{18089} \\right\\rfloor', 0),
]
