package sendtracker.domain;

/** Who may see which send. The store applies the same rule in its queries. */
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
                return viewer.manages(team) || viewer.isEmail(senderEmail);
            default:
                return viewer.isEmail(senderEmail);
        }
    }
}
