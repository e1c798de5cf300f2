//! Broken files: a clear finding that names the file and line, no panic.

use crate::common::*;

fn run_on(text: &[u8]) -> Run {
    let env = Env::case("2021-03");
    env.write_bytes("meetings/2026-11-10-daycare/meeting.md", text);
    let run = env.check(&[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    run
}

fn parse_error_line(text: &[u8]) -> i64 {
    let run = run_on(text);
    let f = run
        .find("parse-error", "")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(f["file"], "meetings/2026-11-10-daycare/meeting.md");
    f["line"].as_i64().unwrap()
}

#[test]
fn broken_frontmatter() {
    assert_eq!(parse_error_line(b""), 1);
    assert_eq!(parse_error_line(b"# Notes only\n"), 1);
    assert_eq!(parse_error_line(b"---\nkind: daycare\n"), 1);
    assert_eq!(parse_error_line(b"---\n- a\n- b\n---\n"), 2);
    assert_eq!(parse_error_line(b"---\njust text\n---\n"), 2);
    // The bracket left open is the fault, not the line where YAML noticed.
    assert_eq!(
        parse_error_line(b"---\nkind: daycare\ngoal: [unclosed\nplace: x\n---\n"),
        3
    );
    assert_eq!(
        parse_error_line(b"---\nkind: daycare\ninvitees:\n\t- name: x\n---\n"),
        4
    );
}

#[test]
fn duplicate_key_names_the_second() {
    let text = DAYCARE.replacen(
        "place: Daycare Centre Lark\n",
        "place: Daycare Centre Lark\nplace: Home\n",
        1,
    );
    assert_eq!(parse_error_line(text.as_bytes()), 7);
}

#[test]
fn not_utf8_says_so() {
    let mut bytes = b"---\nkind: daycare\nplace: P".to_vec();
    bytes.extend([0xe4, b'i', b'v', 0xe4]);
    bytes.extend(b"koti\n---\n");
    let run = run_on(&bytes);
    let f = run.find("parse-error", "").unwrap();
    assert_eq!(f["line"], 3);
    assert!(f["message"].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn meeting_md_that_is_a_folder() {
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join("meetings/2026-11-10-daycare/meeting.md")).unwrap();
    let run = env.check(&[]);
    assert_eq!(run.code, 1);
    assert!(run.has("parse-error"), "{}", run.stdout);
}

#[test]
fn hostile_yaml_is_bounded() {
    let mut laughs = String::from("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..9u8 {
        let (p, n) = ((b'a' + i) as char, (b'a' + i + 1) as char);
        laughs.push_str(&format!(
            "{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        ));
    }
    laughs.push_str("---\n");
    assert!(parse_error_line(laughs.as_bytes()) >= 2);
    let deep = format!(
        "---\ngoal: {}{}\n---\n",
        "[".repeat(20_000),
        "]".repeat(20_000)
    );
    parse_error_line(deep.as_bytes());
    assert!(parse_error_line(b"---\ngoal: !!python/object:os.system x\n---\n") == 2);
}
