//! Practices of the seeds that lsk carries with a line of a document
//! (docs/practices.md, "Every practice of the five seeds").

use crate::documents::{env_for, render_doc};

/// 001-07: the family brings its wishes and views; the MLL form can help.
/// Said in the invitation of a daycare or school meeting, in each
/// language; a conference's family prepares with the convener instead.
#[test]
fn the_invitation_names_the_mll_form_as_the_familys_aid() {
    for (lang, words) in [
        (
            "fi",
            "Mannerheimin Lastensuojeluliiton verkkosivuilta löytyvää lomaketta",
        ),
        (
            "sv",
            "blanketten på Mannerheims Barnskyddsförbunds webbplats",
        ),
        ("en", "the Mannerheim League for Child Welfare (MLL)"),
    ] {
        for kind in ["daycare", "school"] {
            let env = env_for(kind, "2013-06", lang);
            let invitation = render_doc(&env, kind, lang, &["invitation"]);
            assert!(invitation.contains(words), "{kind} {lang}:\n{invitation}");
        }
        let env = env_for("family-group-conference", "2013-06", lang);
        let invitation = render_doc(&env, "family-group-conference", lang, &["invitation"]);
        assert!(!invitation.contains("Mannerheim"), "{lang}:\n{invitation}");
    }
}
