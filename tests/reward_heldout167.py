"""Reward round 68 (a black-box attack on the grader at 9850647: the fixes of rounds 64-67 re-tested, then what a policy
writes for the common training golds): the false positives it found that the grader now refuses (label 0).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~3,200 calls, no
call over 0.1 s), labelling by tests/reward_contract.md. All 30 rows it reported are one mechanism: a relation whose left
side is not the unknown itself read as a label, so only its right side is compared. Closed: a function at another
argument, f(x + 1) = x + 3 or P(x + 1) = x^2 - x - 1 for a gold that is f(x) or P(x) (the rows below). Left open as
debatable, because only the problem says what was asked and the contract lets a label name the value: a power or
reciprocal of the unknown (x^2 = 8 for 8, 1/x \\in [1, \\infty), x^2 = 5 or x^2 = -11, M^{-1} = A, \\bar z = 1 + 5i,
|z| = 1 + 5i, v \\cdot v = a vector, P(P(x)) = x^2 + x): a blind set (162) labels b^2 = 7 right for a gold 7. Natural
false negatives it listed: yx for xy, x^2 > 16 for (-\\infty, -4) \\cup (4, \\infty), x^2 = 64 and f(x + 1) = x + 4 (true
statements the grader cannot check).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT167 = [
    ('fn-label-substituted-argument', 'x^2 - x - 1', 'P(x+1)=x^2-x-1', 0),
    ('fn-label-substituted-argument', 'x^2 + x', 'P(x+1)=x^2+x', 0),
    ('fn-label-substituted-argument', 'x + 3', 'f(x+1)=x+3', 0),
    ('fn-label-substituted-argument', '1 - 2x', 'f(-x)=1-2x', 0),
]
