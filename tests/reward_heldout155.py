"""Reward round 60 (a black-box attack on the grader after round 58 (7ccc2f5), aimed at the root-finding of kinks added in round
57: its time, functions of two or three variables, and (in)equations compared up to a constant factor): the false
positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~4,400 calls),
labelling by tests/reward_contract.md. One-variable kinks held (huge or tiny thresholds, narrow bumps, transcendental
arguments), and so did kinks in a function of two variables, domain tricks and terms vanishing at whole numbers. One
mechanism: a product of kinks in different variables, \\max(0,x-5)\\max(0,y-5), is 0 but on a corner of the plane that
no sample point and no axis through the first one reaches; added, as a factor (1 - M) of an equation or inequality, or
in an exponent, on golds of two or more variables. Its timing half found |.| nested 39 deep taking 12-17.5 s (in the
DoS tests now). Left out as debatable: `x^2+y^2=1` against `=1+M` (the same solutions), unsolved inequalities against
their solutions, equations against their roots.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT155 = [
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x-3)\\max(0,y-3)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x-10)\\max(0,y-10)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+(x-5+|x-5|)(y-5+|y-5|)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\sqrt{\\max(0,x-5)\\max(0,y-5)}', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x-5)^2\\max(0,y-5)^2', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x-6)\\max(0,y-3)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x-5)\\max(0,y-5)\\max(0,x-y)', 0),
    ('kink', 'xy+z', 'xy+z+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'xy+z', 'xy+z+\\max(0,x-5)\\max(0,y-5)\\max(0,z-5)', 0),
    ('kink', '\\frac{a+b}{ab}', '\\frac{a+b}{ab}+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', 'x+y', 'x+y+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^2 y', 'x^2 y+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'xyz', 'xyz+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '2x+3y=6', '2x+3y=6+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'y=2x+1', 'y=2x+1+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'y = x^2', 'y=x^2+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^2+y^2 \\le 1', 'x^2+y^2 \\le 1+\\max(0,x-5)^2\\max(0,y-5)^2', 0),
    ('kink', 'x^2+y^2 \\le 1', 'x^2+y^2 \\le 1+100\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^2+y^2=1', '(x^2+y^2-1)(1-\\max(0,x-5)\\max(0,y-5))=0', 0),
    ('kink', 'x^2+y^2 \\le 1', '(x^2+y^2-1)(1-\\max(0,x-5)\\max(0,y-5)) \\le 0', 0),
    ('kink', 'x^2+y^2 < 1', '(x^2+y^2-1)(1-\\max(0,x-5)\\max(0,y-5)) < 0', 0),
    ('kink', 'y > x^2', '(y-x^2)(1-\\max(0,x-5)\\max(0,y-5)) > 0', 0),
    ('kink', '2x+3y=6', '(2x+3y-6)(1-\\max(0,x-5)\\max(0,y-5))=0', 0),
    ('kink', 'x+y=1', 'x+y=1+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^2+y^2=1', 'x^2+y^2=1+x^2 y^2 \\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+e^{\\max(0,x-5)\\max(0,y-5)}-1', 0),
    ('kink', 'x^2+y^2', '(x^2+y^2)^{1+\\max(0,x-5)\\max(0,y-5)}', 0),
    ('kink', 'x^2+y^2', '(x^2+y^2)\\cdot 2^{\\max(0,x-5)\\max(0,y-5)}', 0),
    ('kink', 'a^2+b^2', 'a^2+b^2+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', 'a+b+c', 'a+b+c+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', 'abc', 'abc+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', 'x+y+z', 'x+y+z+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 's t', 'st+\\max(0,s-5)\\max(0,t-5)', 0),
    ('kink', '\\frac{\\pi r}{h+r}', '\\frac{\\pi r}{h+r}+\\max(0,r-5)\\max(0,h-5)', 0),
    ('kink', '\\sqrt{a^2 + b^2}', '\\sqrt{a^2 + b^2}+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', 'x+y+z', 'x+y+z+\\max(0,x-3)\\max(0,z-10)', 0),
    ('kink', 'x+y+z', 'x+y+z+\\max(0,y-3)\\max(0,z-10)', 0),
    ('kink', 'xy+z', 'xy+z+\\max(0,y-5)\\max(0,z-10)', 0),
    ('kink', 'x+y+z', 'x+y+z+\\max(0,x-5)\\max(0,y-5)\\max(0,z-10)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,x^2-25)\\max(0,y^2-25)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\frac{\\max(0,x-5)\\max(0,y-5)}{1+\\max(0,x-5)}', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+(\\sqrt{(x-5)^2}+x-5)(\\sqrt{(y-5)^2}+y-5)', 0),
    ('kink', 'x^2 y', 'x^2 y+\\max(0,x-5)\\max(0,y-5)(xy^2-x^2y)', 0),
    ('kink', '\\frac{1}{(a - b)b}', '\\frac{1}{(a-b)b}+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', '(a+5)(b+2)', '(a+5)(b+2)+\\max(0,a-5)\\max(0,b-5)', 0),
    ('kink', 'q^2 - p^2', 'q^2-p^2+\\max(0,p-5)\\max(0,q-5)', 0),
    ('kink', '2xy + 10x + 20y + 100', '2xy+10x+20y+100+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '5x - 7y + 11z + 4 = 0', '5x-7y+11z+4=\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'y = 2x + 3', 'y=2x+3+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'y^2 - 4x - 6y + 9 = 0', '(y-3)^2=4x+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 's^2 \\le 8r^2', 's^2 \\le 8r^2+\\max(0,r-5)^2\\max(0,s-5)^2', 0),
    ('kink', '[a+b, b]', '[a+b+\\max(0,a-5)\\max(0,b-5), b]', 0),
    ('kink', '2^{k-n}', '2^{k-n}+\\max(0,k-5)\\max(0,n-5)', 0),
    ('kink', '\\frac{e^{at}-e^{-at}}{2a}', '\\frac{e^{at}-e^{-at}}{2a}+\\max(0,a-5)\\max(0,t-5)', 0),
    ('kink', '\\frac{1}{s}-\\frac{1}{s} e^{-s T}', '\\frac{1}{s}-\\frac{1}{s} e^{-s T}+\\max(0,s-5)\\max(0,T-5)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,(x-5)(y-5)-1)\\max(0,x-5)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,(x-5)(y-5))\\max(0,y-5)', 0),
    ('kink', 'x^2+y^2', 'x^2+y^2+\\max(0,(x-5)(y-5))-(\\max(0,5-x)\\max(0,5-y))', 0),
    ('kink', '|x|+|y|', '|x|+|y|+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '\\max(x,y)', '\\max(x,y)+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '\\sqrt{x^2+y^2}', '\\sqrt{x^2+y^2}+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '\\frac{x}{y}', '\\frac{x}{y}+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '\\ln(xy)', '\\ln(xy)+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'e^{x+y}', 'e^{x+y}+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', '\\sin(x)\\cos(y)', '\\sin(x)\\cos(y)+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'x^y', 'x^y+\\max(0,x-5)\\max(0,y-5)', 0),
    ('kink', 'a+b+c+d', 'a+b+c+d+\\max(0,b-5)\\max(0,d-5)', 0),
    ('kink', 'a+b+c+d', 'a+b+c+d+\\max(0,c-10)\\max(0,d-10)', 0),
    ('kink', 'a+b+c+d', 'a+b+c+d+\\max(0,a-3)\\max(0,c-10)', 0),
    ('kink', 'y > x^2', '\\frac{y-x^2}{\\max(0,x-5)\\max(0,y-5)-1}<0', 0),
    ('kink', 'I(0)e^{-\\frac{t}{RC}}', 'I(0)e^{-\\frac{t}{RC}}+\\max(0,R-10)\\max(0,C-10)', 0),
    ('kink', 'I(0)e^{-\\frac{t}{RC}}', 'I(0)e^{-\\frac{t}{RC}}+\\max(0,t-10)\\max(0,R-10)', 0),
    ('kink', 'm \\frac{d v}{d t}+b v=f', 'm \\frac{d v}{d t}+b v=f+\\max(0,m-5)\\max(0,b-5)', 0),
]
