package sendtracker.domain;

/**
 * Who may see which send (docs/design.md, "Roles and visibility"): an Admin every send, a Manager
 * the sends of the teams they manage and no others (not even their own sends in another team), a
 * Sender their own. The store applies the same rule in its queries.
 */
public final class Visibility {
    private Visibility() {
    }

    public static boolean canSee(User viewer, Send send) {
        return canSee(viewer, send.senderEmail(), send.team());
    }

    public static boolean canSee(User viewer, String senderEmail, String team) {
        switch (viewer.role()) {
            case ADMIN:
                return true;
            case MANAGER:
                return viewer.manages(team);
            default:
                return viewer.isEmail(senderEmail);
        }
    }
}
