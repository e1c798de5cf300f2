//! Matching two lists' items: a longest common subsequence of values that
//! read the same, after the common start and end (so a row added, removed
//! or changed edits only that row).

use super::value::same;
use super::{FormValue, MAX_LCS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    Keep(usize, usize),
    Del(usize),
    Ins(usize),
}

/// The edit script from `old` to `new`: a longest common subsequence of
/// values that read the same, after the common start and end.
pub(super) fn align(old: &[FormValue], new: &[FormValue]) -> Vec<Step> {
    let mut pre = 0;
    while pre < old.len() && pre < new.len() && same(&old[pre], &new[pre]) {
        pre += 1;
    }
    let mut suf = 0;
    while suf < old.len() - pre
        && suf < new.len() - pre
        && same(&old[old.len() - 1 - suf], &new[new.len() - 1 - suf])
    {
        suf += 1;
    }
    let (o, n) = (&old[pre..old.len() - suf], &new[pre..new.len() - suf]);
    let mut steps: Vec<Step> = (0..pre).map(|i| Step::Keep(i, i)).collect();
    if o.len().saturating_mul(n.len()) <= MAX_LCS {
        // lcs[i][j]: the longest common subsequence of o[i..] and n[j..].
        let w = n.len() + 1;
        let mut lcs = vec![0u32; (o.len() + 1) * w];
        for i in (0..o.len()).rev() {
            for j in (0..n.len()).rev() {
                lcs[i * w + j] = if same(&o[i], &n[j]) {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < o.len() || j < n.len() {
            if i < o.len() && j < n.len() && same(&o[i], &n[j]) {
                steps.push(Step::Keep(pre + i, pre + j));
                i += 1;
                j += 1;
            } else if j < n.len() && (i == o.len() || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
                steps.push(Step::Ins(pre + j));
                j += 1;
            } else {
                steps.push(Step::Del(pre + i));
                i += 1;
            }
        }
    } else {
        steps.extend((0..o.len()).map(|i| Step::Del(pre + i)));
        steps.extend((0..n.len()).map(|j| Step::Ins(pre + j)));
    }
    steps.extend((0..suf).map(|k| Step::Keep(old.len() - suf + k, new.len() - suf + k)));
    steps
}
