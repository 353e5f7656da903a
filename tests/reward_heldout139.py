"""Reward round 50 (a black-box attack on the grader at 00750d8, aimed at rounds 48–49's rules): the false positives it
found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~1,400 queries,
slowest 0.15 s), labelling by tests/reward_contract.md and checking each row by exact arithmetic at a witness point.
Three mechanisms: a one-residue-class indicator inside the gold's own floor period (\\lfloor n/60 \\rfloor + \\lfloor
\\frac{n+37}{60} \\rfloor - \\lfloor \\frac{n+36}{60} \\rfloor, ~50% for periods 24–60, ~85% for 100–1000); a gold with a kink
beyond the real sample points answered without it (|x+100| by x + 100, \\sqrt{x^2+14x+49} by x + 7, \\max(x,-10) by
x: a natural slip); the same beside an integer gold (n! + |n-150| by n! + 150 - n). No call over 2 s.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT139 = [
    ("floor-indicator of one residue class mod the gold's own floor period", '\\lfloor n/60\\rfloor', '\\lfloor n/60\\rfloor+\\lfloor \\frac{n+37}{60}\\rfloor-\\lfloor \\frac{n+36}{60}\\rfloor', 0),
    ("floor-indicator of one residue class mod the gold's own floor period", '\\lfloor n/1000\\rfloor', '\\lfloor n/1000\\rfloor+\\lfloor \\frac{n+37}{1000}\\rfloor-\\lfloor \\frac{n+36}{1000}\\rfloor', 0),
    ("floor-indicator of one residue class mod the gold's own floor period", '\\lfloor \\frac{n}{7}\\rfloor+\\lfloor \\frac{n}{8}\\rfloor', '\\lfloor \\frac{n}{7}\\rfloor+\\lfloor \\frac{n}{8}\\rfloor+\\lfloor \\frac{n+38}{56}\\rfloor-\\lfloor \\frac{n+37}{56}\\rfloor', 0),
    ("floor-indicator of one residue class mod the gold's own floor period", '\\lfloor \\frac{n}{100}\\rfloor', '\\lfloor \\frac{n}{100}\\rfloor+\\lfloor \\frac{n+37}{100}\\rfloor-\\lfloor \\frac{n+36}{100}\\rfloor', 0),
    ("floor-indicator of one residue class mod the gold's own floor period", 'n \\bmod 60', 'n \\bmod 60+\\lfloor \\frac{n+37}{60}\\rfloor-\\lfloor \\frac{n+36}{60}\\rfloor', 0),
    ("nested-floor indicator (floor(floor(n/4)/15)) of one class mod the gold's period", '\\lfloor n/60\\rfloor', '\\lfloor n/60\\rfloor+\\lfloor\\frac{\\lfloor \\frac{n+7}{4}\\rfloor}{15}\\rfloor-\\lfloor\\frac{\\lfloor \\frac{n+6}{4}\\rfloor}{15}\\rfloor', 0),
    ('continuous gold with |.|/sqrt(square)/max/min kink outside the real sample window; answer drops it', '|x+100|', 'x+100', 0),
    ('continuous gold with |.|/sqrt(square)/max/min kink outside the real sample window; answer drops it', '\\sqrt{x^2+14x+49}', 'x+7', 0),
    ('continuous gold with |.|/sqrt(square)/max/min kink outside the real sample window; answer drops it', '\\max(x,-10)', 'x', 0),
    ('continuous gold with |.|/sqrt(square)/max/min kink outside the real sample window; answer drops it', '\\min(x,20)', 'x', 0),
    ('continuous gold with |.|/sqrt(square)/max/min kink outside the real sample window; answer drops it', '\\frac{x+20}{|x+20|}', '1', 0),
    ('discrete gold with |.|/max kink outside the integer sample window; answer drops it', 'n!+|n-150|', 'n!+150-n', 0),
    ('discrete gold with |.|/max kink outside the integer sample window; answer drops it', '\\lfloor n/2\\rfloor+|n+50|', '\\lfloor n/2\\rfloor+n+50', 0),
    ('discrete gold with |.|/max kink outside the integer sample window; answer drops it', '\\binom{n}{2}+\\max(n,-50)', '\\binom{n}{2}+n', 0),
]
