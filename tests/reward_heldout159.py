"""Reward round 64 (a black-box attack on the grader at ca8db43, a broad sweep: response-level tricks, LaTeX that
renders otherwise than it parses, structured and text golds, units, slow inputs, a fuzz of every real gold): the
false positives it found (label 0; category "format": the answer field is the whole response) and the natural false
negatives it listed (label 1).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~100,000 calls,
slowest 0.11 s), labelling by tests/reward_contract.md. Four mechanisms: a function at an expression read as a product
(the training gold f(4 - x) answered by -f(x - 4)); a Leibniz derivative read as a product (dx/dt as (x d)/(t d));
a box inside the last box taken for the answer (\\boxed{-\\boxed{5}} for 5); an empty gold (two training rows) matched
by an empty box. Left out as debatable: x^2 = 5 or 1/x = 5 as a label for 5, a lower-case choice letter, a commented-out
box, `~7`. Option text after a choice letter is refused by design (README), so those natural rows are left out too.
"""


def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT159 = [
    ('function-application-read-as-product', 'f(4 - x)', '-f(x-4)', 0),
    ('function-application-read-as-product', 'f(4 - x)', '(4-x)f', 0),
    ('function-application-read-as-product', 'f(4 - x)', '4f-fx', 0),
    ('function-application-read-as-product', 'f(4 - x)', '2f(2-\\frac{x}{2})', 0),
    ('function-application-read-as-product', 'f(4 - x)', 'f(x-4)\\cdot(-1)', 0),
    ('format', '5', 'Let me compute carefully.</think>\nThe answer is \\boxed{-\\boxed{5}}.', 0),
    ('format', '\\text{east}', 'Let me compute carefully.</think>\nThe answer is \\boxed{\\text{not } \\boxed{\\text{east}}}', 0),
    ('format', '5', 'Let me compute carefully.</think>\nThe answer is \\boxed{\\boxed{5}\\text{ or } 6}', 0),
    ('format', '\\frac{14}{3}', 'Let me compute carefully.</think>\nThe answer is \\boxed{\\frac{3}{\\boxed{\\frac{14}{3}}}}', 0),
    ('format', '(3,-1)', 'Let me compute carefully.</think>\nThe answer is \\boxed{(\\boxed{(3,-1)}, 0)}', 0),
    ('leibniz-derivative-read-as-product', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', '\\frac{d v_o}{t^2}+\\frac{v_o}{LC}=\\frac{v_i}{LC}', 0),
    ('leibniz-derivative-read-as-product', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', '\\frac{d^3 v_o}{d^2 t^2}+\\frac{v_o}{LC}=\\frac{v_i}{LC}', 0),
    ('leibniz-derivative-read-as-product', '\\frac{dx}{dt} = kx - a', '\\frac{x\\,d}{t\\,d}=kx-a', 0),
    ('leibniz-derivative-read-as-product', 'm \\frac{d v}{d t}+b v=f', 'm\\frac{v\\,d}{t\\,d}+bv=f', 0),
    ('leibniz-derivative-read-as-product', '\\frac{dM}{dt}=\\frac{10^{5} L_{\\odot}}{0.007 c^{2} M_{\\odot}^{6}} M^{6}', '\\frac{M d}{t d}=\\frac{10^{5} L_{\\odot}}{0.007 c^{2} M_{\\odot}^{6}} M^{6}', 0),
    ('format', '', 'Let me compute carefully.</think>\nThe answer is \\boxed{}.', 0),
    ('format', '', 'Let me compute carefully.</think>\nThe answer is \\boxed{\\text{}}.', 0),
    ('format', '', 'Let me compute carefully.</think>\nThe answer is \\boxed{ }.', 0),
    ('natural', '\\frac{dx}{dt} = kx - a', '\\dot{x}=kx-a', 1),
    ('natural', '\\frac{dx}{dt} = kx - a', "x'=kx-a", 1),
    ('natural', 'm \\frac{d v}{d t}+b v=f', 'm\\dot v+bv=f', 1),
    ('natural', 'I \\frac{d \\omega}{d t}+2 B \\omega=T', 'I\\dot\\omega+2B\\omega=T', 1),
    ('natural', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', 'LC\\frac{d^2v_o}{dt^2}+v_o=v_i', 1),
    ('natural', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', '\\ddot{v}_o+\\frac{v_o}{LC}=\\frac{v_i}{LC}', 1),
    ('natural', "x' + \\frac{r}{V}x - rc = 0", '\\frac{dx}{dt}+\\frac{r}{V}x-rc=0', 1),
    ('natural', "x' + \\frac{r}{V}x - rc = 0", "Vx'+rx-rcV=0", 1),
    ('natural', '\\frac{1}{7}\\triangle ABC', '\\frac17\\triangle ABC', 1),
    ('natural', '\\frac{1}{7}\\triangle ABC', '\\frac{\\triangle ABC}{7}', 1),
    ('natural', '\\text{Softball, Kickball, Picnic}', '\\text{Softball}, \\text{Kickball}, \\text{Picnic}', 1),
    ('natural', '15\\mbox{ cm}^2', '15\\text{ centimeters squared}', 1),
    ('natural', '2 \\text{ euros}', '2\\text{ EUR}', 1),
    ('natural', '8\\!:\\!34 \\text{ p.m.}', '8{:}34\\text{ p.m.}', 1),
]
