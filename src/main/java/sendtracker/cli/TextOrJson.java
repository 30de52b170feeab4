package sendtracker.cli;

/** {@code --format text|json} of show, cancel and users: for a person, or for a program. */
enum TextOrJson {
    TEXT, JSON
}
