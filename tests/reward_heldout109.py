r"""Set 109 for reward.py: the adaptive black-box attack, thirty-fifth round (twelfth session; fixed in it).

As sets 25-105: a helper who never opened reward.py, tests/ or the earlier rounds' files queried `reward.score` on a
frozen copy of the grader (54467f2), ~60,000 queries in ~23 minutes, and verified every row twice (it scores as
reported in a fresh process; its label follows tests/reward_contract.md). Its 55 false positives fall in eight
families: a bare list of values, or a point, read as an open interval (`11<m<13` for `11,13`, `6<x<5` for `(6,5)`);
an interval or point answered by its ends joined by `or`/`and`/`\mp` or a `\pm` hedge (`1 \text{ or } 6` for (1,6));
labelled values sorted by name against an unlabelled tuple whose order is not alphabetical (`(m,b)=(-13,\frac32)` for
(3/2, -13)); a bare list of several unknowns' values answered by labels in another assignment (`a=-1, h=2, k=-18` for
`2,-1,-18`); circled and other enclosed digits folded by NFKC (`⑳④` for 204); blackboard-bold sets read as letters
(`\mathbb{C}` for C). Then 25 natural false negatives it was sure of. No call took over 0.6 s.

Rows the fixed grader still scores against the helper's label, kept as the helper wrote them: `9,12` for the list
`12,9` (the contract compares a bare list as a multiset: we read it as right), and `-7<x<-1`, `\{x: 2<x<4\}`,
`(2,3)\cup[3,4)` for the golds `(-7,-1)` and `(2,4)` (the helper knew them for points; a gold `(2, 4)` may as well be
an open interval, which the grader cannot tell).
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT109 = [
    ('unicode-enclosed-digits-concat', '12', '①②', 0),
    ('unicode-enclosed-digits-concat', '21', '②①', 0),
    ('unicode-enclosed-digits-concat', '204', '⑳④', 0),
    ('unicode-enclosed-digits-concat', '116', '⑪⑥', 0),
    ('unicode-enclosed-digits-concat', '540', '⑤㊵', 0),
    ('unicode-enclosed-digits-concat', '809', '⑧⓪⑨', 0),
    ('blackboard-set-as-letter', '$\\frac{N}{2}$', '\\frac{\\mathbb{N}}{2}', 0),
    ('blackboard-set-as-letter', '$\\frac{N}{2}$', '\\frac{ℕ}{2}', 0),
    ('blackboard-set-as-letter', '$2RC+R+C$', '2ℝℂ+ℝ+ℂ', 0),
    ('blackboard-set-as-letter', '\\frac{1}{L C s^{2}+R C s+1}\n', '\\frac{1}{Lℂs^2+Rℂs+1}', 0),
    ('blackboard-set-as-letter', '$M=2^{N-2}+1$', '2^{\\mathbb{N}-2}+1', 0),
    ('blackboard-set-as-letter', '\\left(\\frac{t^{2}}{2} - t + C\\right) e^{-t}\n', '\\left(\\frac{t^{2}}{2} - t + \\mathbb{C}\\right) e^{-t}', 0),
    ('blackboard-set-as-letter', '$2RC+R+C$', '2R\\mathbb{C}+R+\\mathbb{C}', 0),
    ('bare-list-gold-labelled-wrong-assignment', '$2,-1,-18$', '(a,h,k)=(-1,2,-18)', 0),
    ('bare-list-gold-labelled-wrong-assignment', '$2,-1,-18$', 'a=-1, h=2, k=-18', 0),
    ('bare-list-gold-labelled-wrong-assignment', '$2,-1,-18$', 'a=-18, h=-1, k=2', 0),
    ('bare-list-gold-labelled-wrong-assignment', '19,0,1', 'x=0,y=1,z=19', 0),
    ('bare-list-gold-labelled-wrong-assignment', '2,4,3', 'T(10)=3, T(11)=4, T(12)=2', 0),
    ('bare-list-gold-labelled-wrong-assignment', '$1.68,0.45$', 'a=0.45, b=1.68', 0),
    ('bare-list-gold-labelled-wrong-assignment', '$10^{3},10$', 'x=10, y=1000', 0),
    ('bare-list-gold-labelled-wrong-assignment', '12,9', 'BP=9, QT=12', 0),
    ('bare-list-gold-positional', '12,9', '9,12', 0),
    ('label-alphabetical-reorder', '\\left( \\frac{3}{2}, -13 \\right)', '(m,b)=(-13,\\frac32)', 0),
    ('label-alphabetical-reorder', '\\left( \\frac{3}{2}, -13 \\right)', 'm=-13, b=\\frac32', 0),
    ('label-alphabetical-reorder', '(5,-5)', '(k,a)=(-5,5)', 0),
    ('label-alphabetical-reorder', '\\left( 8, \\frac{\\pi}{3}, \\frac{2 \\pi}{3} \\right)', '(\\rho,\\theta,\\phi)=(\\frac{\\pi}{3},\\frac{2\\pi}{3},8)', 0),
    ('label-alphabetical-reorder', '\\left( 8, \\frac{\\pi}{3}, \\frac{2 \\pi}{3} \\right)', '\\rho=\\frac{\\pi}{3},\\theta=\\frac{2\\pi}{3},\\phi=8', 0),
    ('label-alphabetical-reorder', '\\left( -\\frac{5}{11}, \\frac{12}{11} \\right)', '(t,s)=(\\frac{12}{11},-\\frac{5}{11})', 0),
    ('label-alphabetical-reorder', '\\left( \\frac{25}{13}, 10 \\right)', '(x_0,M)=(10,\\frac{25}{13})', 0),
    ('label-alphabetical-reorder', '(4,12)', '(r,k)=(12,4)', 0),
    ('label-alphabetical-reorder', '\\left( \\frac{1}{2}, -10 \\right)', '(s,l)=(-10,\\frac12)', 0),
    ('tuple-gold-as-interval', '\\left( 3, \\frac{\\pi}{2} \\right)', '3<r<\\frac{\\pi}{2}', 0),
    ('tuple-gold-as-interval', '\\left( 3, \\frac{\\pi}{2} \\right)', 'x\\in\\left(3,\\frac{\\pi}{2}\\right)', 0),
    ('tuple-gold-as-interval', '\\left( \\frac{3}{2}, -13 \\right)', '\\frac32<x<-13', 0),
    ('tuple-gold-as-interval', '(6,5)', '6<x<5', 0),
    ('tuple-gold-as-interval', '(-7,-1)', '-7<x<-1', 0),
    ('tuple-gold-as-interval', '$(2,4)$', '\\{x: 2<x<4\\}', 0),
    ('tuple-gold-as-interval', '$(2,4)$', '(2,3)\\cup[3,4)', 0),
    ('list-gold-as-interval', '11,13', '11<m<13', 0),
    ('list-gold-as-interval', '5,15', '5<n<15', 0),
    ('list-gold-as-interval', '1,2', '1<m<2', 0),
    ('list-gold-as-interval', '$5,-2$', '5<x<-2', 0),
    ('list-gold-as-interval', '1,-2', '1<n<-2', 0),
    ('list-gold-as-interval', '-2, 2', '-2<a<2', 0),
    ('interval-gold-as-endpoints', '(-\\sqrt{3}, \\sqrt{3})', '-\\sqrt{3}\\text{ and }\\sqrt{3}', 0),
    ('interval-gold-as-endpoints', '(1,6)', '1 \\text{ or } 6', 0),
    ('interval-gold-as-endpoints', '(-\\sqrt{3}, \\sqrt{3})', '-\\sqrt{3}\\text{ or }\\sqrt{3}', 0),
    ('interval-gold-as-endpoints', '(5,\\infty)', '5 \\text{ or } \\infty', 0),
    ('interval-gold-as-endpoints', '(-\\sqrt{3}, \\sqrt{3})', '\\mp\\sqrt3', 0),
    ('tuple-gold-as-pm-hedge', '(6,5)', '5.5\\pm0.5', 0),
    ('tuple-gold-as-interval', '\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}', '\\frac15<x<-\\frac{18}{5}', 0),
    ('tuple-gold-or-hedge', '\\left( 3, \\frac{\\pi}{2} \\right)', '3 \\text{ or } \\frac{\\pi}{2}', 0),
    ('tuple-gold-or-hedge', '(6,5)', '6 \\lor 5', 0),
    ('tuple-gold-or-hedge', '$(3,2)$', '3 \\text{ or } 2', 0),
    ('tuple-gold-or-hedge', '\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}', '-\\frac13 \\text{ or } \\frac23 \\text{ or } \\frac53', 0),
    ('fn-interval-garbled-gold', '$t(0,4]$', 't\\in(0,4]', 1),
    ('fn-interval-garbled-gold', '$t(0,4]$', '(0,4]', 1),
    ('fn-interval-garbled-gold', '$t(0,4]$', '0<t\\le4', 1),
    ('fn-unicode-reals', '(-\\infty,\\infty)', 'ℝ', 1),
    ('fn-derivative-notation', 'y^{\\prime}+ry-rx(t)=0\n', '\\frac{dy}{dt}+ry-rx(t)=0', 1),
    ('fn-derivative-notation', 'y^{\\prime}+ry-rx(t)=0\n', '\\dot y + ry - rx(t)=0', 1),
    ('fn-derivative-notation', '\\frac{dx}{dt} = kx - a', '\\dot{x} = kx - a', 1),
    ('fn-derivative-notation', '\\frac{dx}{dt} = kx - a', "x' = kx - a", 1),
    ('fn-derivative-notation', 'm \\frac{d v}{d t}+b v=f', 'm\\dot v + bv = f', 1),
    ('fn-unit-word', '1950^\\circ C\n', '1950\\text{ degrees Celsius}', 1),
    ('fn-label-spacing', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle BEA_1=90, \\angle AEB_1=90', 1),
    ('fn-label-spacing', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle BEA_1=90^\\circ, \\angle AEB_1=90^\\circ', 1),
    ('fn-pm-in-tuple', '$(3,2),(-3,2),(3,-2),(-3,-2)$', '(\\pm3,\\pm2)', 1),
    ('fn-pm-in-tuple', '$(3,2),(-3,2),(3,-2),(-3,-2)$', '(x,y)=(\\pm 3,\\pm 2)', 1),
    ('fn-label-alphabetical-reorder', '\\left( \\frac{3}{2}, -13 \\right)', '(m,b)=(\\frac32,-13)', 1),
    ('fn-label-alphabetical-reorder', '\\left( \\frac{3}{2}, -13 \\right)', 'm=\\frac32, b=-13', 1),
    ('fn-label-alphabetical-reorder', '(5,-5)', '(k,a)=(5,-5)', 1),
    ('fn-label-alphabetical-reorder', '\\left( 8, \\frac{\\pi}{3}, \\frac{2 \\pi}{3} \\right)', '(\\rho,\\theta,\\phi)=(8,\\frac{\\pi}{3},\\frac{2\\pi}{3})', 1),
    ('fn-label-alphabetical-reorder', '\\left( -\\frac{5}{11}, \\frac{12}{11} \\right)', '(t,s)=(-\\frac{5}{11},\\frac{12}{11})', 1),
    ('fn-label-alphabetical-reorder', '\\left( \\frac{25}{13}, 10 \\right)', '(x_0,M)=(\\frac{25}{13},10)', 1),
    ('fn-label-alphabetical-reorder', '(4,12)', '(r,k)=(4,12)', 1),
    ('fn-label-function-arg', 'x = \\frac{e^{t}}{3} + ce^{-2t}\n', 'x(t) = \\frac{e^{t}}{3} + ce^{-2t}', 1),
    ('fn-derivative-notation', '\\frac{dM}{dt}=\\frac{10^{5} L_{\\odot}}{0.007 c^{2} M_{\\odot}^{6}} M^{6}\n', '\\dot M=\\frac{10^{5} L_{\\odot}}{0.007 c^{2} M_{\\odot}^{6}} M^{6}', 1),
    ('fn-unit-word', '\\approx 8.24 \\text{ mph}', '8.24\\text{ miles per hour}', 1),
    ('fn-inequality-with-exclusion', '(0,9) \\cup (9,36)', '0<x<36, x\\ne 9', 1),
]
