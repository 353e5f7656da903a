r"""Set 119 for reward.py: the adaptive black-box attack, thirty-ninth round (twelfth session).

As sets 25-117: a helper who never opened reward.py, tests/ or the earlier rounds' files queried `reward.score` on a
frozen copy of the grader (aa72111, after round 38's fixes), acting as a policy on 200 real MATH-500 and OlympiadBench
golds (two values in one box with ~70 separators, ~100 context templates, partial and over-complete answers, one-slip
edits of all 1,175 golds of both files): ~118,000 queries, no false positive, no reproducible call over 0.6 s. These are
the 4 natural false negatives it was sure of (label 1; the grader scores them 0).
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT119 = [
    ('fn_inequality_with_exclusion', '(0,9) \\cup (9,36)', '0<x<36, x\\neq 9', 1),
    ('fn_labelled_pm_tuple_list', '$(0,2),(0,-2),(4,23),(4,-23)$', '(x,y) = (0, \\pm 2), (4, \\pm 23)', 1),
    ('fn_thousands_sep_in_frac', '\\frac{20000}{\\pi}', '\\frac{20,000}{\\pi}', 1),
    ('fn_cent_symbol', '5.4 \\text{ cents}', '5.4 \\textcent', 1),
]
