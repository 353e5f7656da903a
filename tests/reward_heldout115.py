r"""Set 115 for reward.py: the adaptive black-box attack, thirty-seventh round (twelfth session; fixed in it).

As sets 25-113: a helper who never opened reward.py, tests/ or the earlier rounds' files queried `reward.score` on a
frozen copy of the grader (56e2c82, after round 36's fixes), ~76,000 queries aimed at the
newest label and interval rules; every false positive re-scored in a fresh process. 36 false positives in three
families: an inequality compared by its bounds alone, whatever it bounds (`-2 \le t \le 7` and `-2 \le f(x) \le 7` for
`x \in [-2,7]`; 12); a labelled ratio with its names reversed (`V_2:V_1 = 11:21` for `11:21`; 11); a labelled tuple
against a column vector, its label dropped unordered (`(y,x)=(\frac15,-\frac{18}5)`; 13). Then 13 natural false
negatives. No call over 0.09 s.
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT115 = [
    ('ineq_var_ignored', 'x \\in [-2,7]', '-2 \\le t \\le 7', 0),
    ('ineq_var_ignored', 'x \\in [-2,7]', '-2 \\le f(x) \\le 7', 0),
    ('ineq_var_ignored', 'x \\in [-2,7]', '-2 \\le g(x) \\le 7', 0),
    ('ineq_var_ignored', 'x \\in [-2,7]', '-2 \\le n \\le 7', 0),
    ('ineq_var_ignored', 'x \\in [-2,7]', 'y \\ge -2 \\text{ and } y\\le 7', 0),
    ('ineq_var_ignored', '-80\\leq g(x)\\leq 82', 'x \\in [-80,82]', 0),
    ('ineq_var_ignored', '-80\\leq g(x)\\leq 82', '-80 \\le f(x) \\le 82', 0),
    ('ineq_var_ignored', '-80\\leq g(x)\\leq 82', 'y \\in [-80,82]', 0),
    ('ineq_var_ignored', 'k \\geqslant 2', 'n \\ge 2', 0),
    ('ineq_var_ignored', 'k \\geqslant 2', 'x \\in [2,\\infty)', 0),
    ('ineq_var_ignored', 'k \\geqslant 2', 'f(k) \\ge 2', 0),
    ('ineq_var_ignored', 'x \\in (2,\\infty)', 'f(x)>2', 0),
    ('ratio_label_order', '11:21', 'V_2:V_1 = 11:21', 0),
    ('ratio_label_order', '11:21', 'y:x = 11:21', 0),
    ('ratio_label_order', '11:21', 'b:a = 11:21', 0),
    ('ratio_label_order', '3:5', 'y:x = 3:5', 0),
    ('ratio_label_order', '3:5', 'q:p = 3:5', 0),
    ('ratio_label_order', '3:5', 'n:m = 3:5', 0),
    ('ratio_label_order', '3:5', 'B:A = 3:5', 0),
    ('ratio_label_order', '5:6', 'P_2:P_1 = 5:6', 0),
    ('ratio_label_order', '1:2:3', 'z:y:x = 1:2:3', 0),
    ('ratio_label_order', '1:2:3', 'c:b:a=1:2:3', 0),
    ('ratio_label_order', '1:2:3', 'y:x:z = 1:2:3', 0),
    ('vector_label_order', '\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}', '(y,x)=\\left(\\frac15, -\\frac{18}5\\right)', 0),
    ('vector_label_order', '\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}', '(b,a)=\\left(\\frac15, -\\frac{18}5\\right)', 0),
    ('vector_label_order', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '(z,y,x)=(-2,-14,-7)', 0),
    ('vector_label_order', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '(c,b,a)=(-2,-14,-7)', 0),
    ('vector_label_order', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '(y,x,z)=(-2,-14,-7)', 0),
    ('vector_label_order', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '(w,v,u)=(-2,-14,-7)', 0),
    ('vector_label_order', '\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}', '(q,p,r)=(-2,-14,-7)', 0),
    ('vector_label_order', '\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}', '(y,x)=(2,3)', 0),
    ('vector_label_order', '\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}', '\\langle y, x\\rangle = \\langle 2, 3\\rangle', 0),
    ('vector_label_order', '\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}', '(z, y, x) = \\left(-\\frac13, \\frac23, \\frac53\\right)', 0),
    ('vector_label_order', '\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}', '\\langle z, y, x\\rangle = \\langle -\\frac13, \\frac23, \\frac53\\rangle', 0),
    ('vector_label_order', '\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}', '(s,r,q)=(-1/3, 2/3, 5/3)', 0),
    ('vector_label_order', '\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}', '(y,x) \\in \\{(2,3)\\}', 0),
    ('fn_ineq_or_point', '$(-\\infty, 0) \\cup\\{1\\}$.', 'x<0 \\text{ or } x=1', 1),
    ('fn_ineq_or_point', '$(-\\infty, 0) \\cup\\{1\\}$.', 'x < 0 \\text{ or } x = 1', 1),
    ('fn_abs_label', 'AB=9, CD=4', '|AB|=9, |CD|=4', 1),
    ('fn_label_spacing', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle BEA_1 = 90^\\circ, \\angle AEB_1 = 90^\\circ', 1),
    ('fn_label_spacing', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle BEA_{1}=90,\\angle AEB_{1}=90', 1),
    ('fn_label_spacing', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle AEB_1=90^\\circ, \\angle BEA_1=90^\\circ', 1),
    ('fn_label_chain', '\\frac{1}{3}', 'P = \\frac{2}{6} = \\frac{1}{3}', 1),
    ('fn_label_chain', '\\frac{1}{3}', 'P(A) = \\frac{2}{6} = \\frac{1}{3}', 1),
    ('fn_labelled_tuple_list', '$(1,8,19), (2,7,13), (4,5,7)$', 'a=1,b=8,c=19; a=2,b=7,c=13; a=4,b=5,c=7', 1),
    ('fn_labelled_in_set', '(1,2), (3,4)', '(x,y) \\in \\{(1,2),(3,4)\\}', 1),
    ('fn_labelled_in_set', '(1,2), (3,4)', '(y,x) \\in \\{(2,1),(4,3)\\}', 1),
    ('fn_vector_label', '\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}', '(y,x)=\\left(-\\frac{18}5, \\frac15\\right)', 1),
    ('fn_reversed_label', '5', '5 = x', 1),
]
