//! See [`super`]. Built in issue 23.
