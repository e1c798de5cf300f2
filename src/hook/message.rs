//! The commit message as git will store it (`lsk hook message`).

/// The part of a commit message file that git stores: everything (lines
/// starting with `#` too, which git keeps with `-m` or
/// `--cleanup=verbatim`), up to the scissors line under which `git commit
/// -v` shows the diff that git cuts off.
pub fn stored_message(bytes: &[u8]) -> &[u8] {
    const SCISSORS: &[u8] = b" ------------------------ >8 ------------------------";
    let mut at = 0;
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        let trimmed = line.strip_suffix(b"\n").unwrap_or(line);
        let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
        if trimmed.len() == SCISSORS.len() + 1 && trimmed.ends_with(SCISSORS) {
            return &bytes[..at];
        }
        at += line.len();
    }
    bytes
}
