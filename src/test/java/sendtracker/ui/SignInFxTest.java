package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.Role;
import sendtracker.domain.SendFilter;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

/** The window on a team store: signing in as a sender shows that sender's sends only; a wrong password says so. */
@ExtendWith(ApplicationExtension.class)
class SignInFxTest {
    private final List<Backend> opened = new ArrayList<>();
    private FxJobs jobs;
    private MainViewModel vm;
    private String login;
    private String password;
    private User sender;
    private long senderSends;

    @Start
    void start(Stage stage) {
        String database = TeamStoreServer.newDatabase();
        try (Backend owner = Backend.open(TeamStoreServer.url(database), TestStores.CLOCK, false)) {
            owner.demo().generate(120, 5L, n -> { });
            // the sender with the most demo sends: a share of none would prove nothing
            for (User u : owner.store().users()) {
                long theirs = u.role() != Role.SENDER ? -1 : owner.store().countByStatus(u, SendFilter.ALL,
                        TestStores.CLOCK.instant()).values().stream().mapToLong(Long::longValue).sum();
                if (theirs > senderSends) {
                    sender = u;
                    senderSends = theirs;
                }
            }
            login = database + "_s";
            password = owner.team().addUser(sender.email(), Role.SENDER, null, null, Set.of(), login).password();
        }
        String url = "jdbc:postgresql://localhost:" + TeamStoreServer.port() + "/" + database + "?user=" + login;
        assertTrue(Backend.needsSignIn(url));
        jobs = new FxJobs(2);
        vm = new MainViewModel(new FxDialogService(() -> stage, MainWindow.STYLESHEET), jobs, null);
        Scene scene = MainWindow.scene(vm, u -> { }, stage::close);
        stage.setScene(scene);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        new SignInDialog<Backend>(stage, "the team store", Backend.loginOf(url), jobs, (who, secret) -> {
            Backend b = Backend.openForWindow(Backend.signedInUrl(url, who, secret), TestStores.CLOCK);
            synchronized (opened) {
                opened.add(b);
            }
            return b;
        }, b -> {
            User me = b.signedIn().orElseThrow();
            vm.start(WindowSource.of(b.sends()), me.email(), null);
            stage.titleProperty().bind(TeamWindow.apply(scene, vm, me));
        }, () -> { }).show();
    }

    @AfterEach
    void close() {
        jobs.close();
        opened.forEach(Backend::close);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(20, condition);
    }

    @Test
    void aWrongPasswordIsSaidInTheDialogAndTheRightOneShowsOnlyTheSendersSends(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#signInDialog").tryQuery().isPresent());
        assertEquals(login, robot.lookup("#loginField").queryTextInputControl().getText());
        robot.clickOn("#passwordField").write("not-the-password");
        robot.clickOn("#signInButton");
        waitUntil(() -> !robot.lookup("#signInError").queryAs(Label.class).getText().isEmpty());
        String error = robot.lookup("#signInError").queryAs(Label.class).getText();
        assertTrue(error.contains("refused the password for login " + login), error);
        assertFalse(error.contains("not-the-password") || error.contains("Exception"), error);

        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#signInButton");
        String expected = sendtracker.domain.Texts.get("ui.resultCount", senderSends);
        try {
            waitUntil(() -> expected.equals(robot.lookup("#resultCount").queryAs(Label.class).getText()));
        } catch (TimeoutException e) {
            assertEquals(expected, robot.lookup("#resultCount").queryAs(Label.class).getText(), "the sender's count");
        }
        assertTrue(senderSends > 0 && senderSends < 120, "a sender's share of the demo sends: " + senderSends);
        assertTrue(robot.lookup("#userSwitcher").query().isDisabled(), "no 'Viewing as' for a sender");
        Stage window = (Stage) robot.lookup("#userSwitcher").query().getScene().getWindow();
        assertTrue(window.getTitle().contains(Formats.user(sender)), window.getTitle());
        assertFalse(window.getTitle().contains(password), window.getTitle());
    }
}
