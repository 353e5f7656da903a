"""Reward round 52 (a black-box attack on the grader at ab431cd, aimed at the forms that commit had just learnt: conditions
on one unknown joined by `or`, `x \\ne c` narrowing a list, a labelled membership in a set of points): the false positives
it found (label 0) and the natural false negatives it listed (label 1).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~4,800 queries,
probes and three fuzzers over unions, labelled tuples and narrowed intervals; slowest 0.08 s), labelling by
tests/reward_contract.md. One mechanism: an open interval with an infinite end compared as a pair, so that `2, \\infty`,
`x=2, y=\\infty`, `(y,x)=(\\infty,2)` or the vector (2, ∞) scored for the gold `(2,\\infty)`. Left out as debatable: finite
open golds read as points, different unknowns labelling a set's values, `and` listing values.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT141 = [
    ('inf_interval_as_tuple/bare_pair', '(2,\\infty)', '2, \\infty', 0),
    ('inf_interval_as_tuple/bare_pair', '(625, \\infty)', '625, \\infty', 0),
    ('inf_interval_as_tuple/bare_pair', '(-\\infty,-5)', '-\\infty, -5', 0),
    ('inf_interval_as_tuple/bare_pair', '(-\\infty,\\infty)', '-\\infty, \\infty', 0),
    ('inf_interval_as_tuple/bare_pair', '(0,\\infty)', '0, \\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(2,\\infty)', 'x=2, y=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(2,\\infty)', 'x = 2 \\text{ and } y = \\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(5,\\infty)', 'x=5, y=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(625, \\infty)', 'x=625, y=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(0,\\infty)', 'x=0,y=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(-\\infty,-5)', 'x=-\\infty, y=-5', 0),
    ('inf_interval_as_tuple/labelled_pair', '(-\\infty,\\infty)', 'x=-\\infty, y=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(2,\\infty)', 'a=2, b=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(2,\\infty)', 'r=2, \\theta=\\infty', 0),
    ('inf_interval_as_tuple/labelled_pair', '(2,\\infty)', '(x,y)=(2,\\infty)', 0),
    ('inf_interval_as_tuple/swapped_labels', '(2,\\infty)', '(y,x)=(\\infty,2)', 0),
    ('inf_interval_as_tuple/swapped_labels', '(2,\\infty)', 'y=\\infty, x=2', 0),
    ('inf_interval_as_tuple/swapped_labels', '(2,\\infty)', '(b,a)=(\\infty,2)', 0),
    ('inf_interval_as_tuple/swapped_labels', '(0,\\infty)', '(y,x)=(\\infty,0)', 0),
    ('inf_interval_as_tuple/swapped_labels', '(-\\infty,-5)', '(y,x)=(-5,-\\infty)', 0),
    ('inf_interval_as_tuple/swapped_labels', '(-\\infty,\\infty)', '(y,x)=(\\infty,-\\infty)', 0),
    ('inf_interval_as_tuple/swapped_labels', '\\left( \\frac{3}{4}, \\infty \\right)', '(y,x)=\\left(\\infty,\\frac34\\right)', 0),
    ('inf_interval_as_tuple/labelled_membership', '(2,\\infty)', '(y,x)\\in\\{(\\infty,2)\\}', 0),
    ('inf_interval_as_tuple/labelled_membership', '(2,\\infty)', '(x,y)\\in\\{(2,\\infty)\\}', 0),
    ('inf_interval_as_tuple/vector', '(2,\\infty)', '\\begin{pmatrix}2\\\\\\infty\\end{pmatrix}', 0),
    ('inf_interval_as_tuple/vector', '(2,\\infty)', '\\begin{pmatrix}2 & \\infty\\end{pmatrix}', 0),
    ('inf_interval_as_tuple/vector', '(2,\\infty)', '(2,\\infty)^T', 0),
    ('setminus_with_membership', '(0,9) \\cup (9,36)', 'x \\in (0,36)\\setminus\\{9\\}', 1),
    ('membership_then_ne', '(0,9) \\cup (9,36)', 'x \\in (0,36), x \\ne 9', 1),
    ('membership_and_ne', '(0,9) \\cup (9,36)', 'x \\in (0,36) \\text{ and } x \\ne 9', 1),
    ('ne_pm', '(-2,-1)\\cup(-1,1)\\cup(1,2)', '-2<x<2, x \\ne \\pm 1', 1),
    ('ne_pm', '(-2,-1)\\cup(-1,1)\\cup(1,2)', '|x|<2, x \\ne \\pm 1', 1),
    ('ne_pm', '(-1,1)', '|x| \\le 1, x \\ne \\pm 1', 1),
    ('pairs_by_conditions', '(1,2),(3,4)', 'x=1, y=2 \\text{ or } x=3, y=4', 1),
    ('pairs_by_conditions', '(1,2),(3,4)', 'x=1,y=2; x=3,y=4', 1),
    ('labels_hk', '(5,2)', '(h,k)=(5,2)', 1),
    ('labels_st', '(5,2)', '(s,t)=(5,2)', 1),
    ('labels_subscript', '(5,2)', 'x_1=5, x_2=2', 1),
    ('labels_greek', '(5,2)', '(\\alpha,\\beta)=(5,2)', 1),
    ('labels_greek_swapped', '(1,2),(3,4)', '(\\beta,\\alpha) \\in \\{(2,1),(4,3)\\}', 1),
    ('labels_subscript_swapped', '(1,2),(3,4)', '(x_2,x_1) \\in \\{(2,1),(4,3)\\}', 1),
    ('labels_XY', '(5,2)', '(X,Y)=(5,2)', 1),
    ('pm_in_labelled', '(3, \\pm 1)', 'x=3 , y=\\pm 1', 1),
    ('abs_shifted', '(-1,3)', '|x-1|<2', 1),
    ('abs_double', '(-2,-1)\\cup(1,2)', '1<|x|<2', 1),
    ('notin', '(-\\infty, 2) \\cup (3, \\infty)', 'x \\notin [2,3]', 1),
    ('notin', '(-\\infty,-8]\\cup [8,\\infty)', 'x \\notin (-8,8)', 1),
    ('reals_positive', '(0,\\infty)', '\\mathbb{R}_{>0}', 1),
    ('setbuilder_union', '(-\\infty,0)\\cup\\{1\\}', '\\{x \\mid x<0\\}\\cup\\{1\\}', 1),
]
