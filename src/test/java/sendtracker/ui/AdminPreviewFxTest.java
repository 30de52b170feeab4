package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

/** An Admin signed in to a team store may preview a sender's view, read-only: cancel is off and says why. */
@ExtendWith(ApplicationExtension.class)
class AdminPreviewFxTest {
    private Backend admin;
    private FxJobs jobs;
    private MainViewModel vm;
    private User sender;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        String database = TeamStoreServer.newDatabase();
        String login = database + "_a";
        String password;
        try (Backend owner = Backend.open(TeamStoreServer.url(database), TestStores.CLOCK, false)) {
            owner.demo().generate(80, 6L, n -> { });
            sender = owner.store().users().stream().filter(u -> u.role() == Role.SENDER).findFirst().orElseThrow();
            password = owner.team().addUser("boss@example.com", Role.ADMIN, "Boss", null, Set.of(), login).password();
        }
        admin = Backend.openForWindow(Backend.signedInUrl("jdbc:postgresql://localhost:" + TeamStoreServer.port()
                + "/" + database, login, password), TestStores.CLOCK);
        jobs = new FxJobs(2);
        vm = new MainViewModel(new FxDialogService(() -> stage, MainWindow.STYLESHEET), jobs, null);
        Scene scene = MainWindow.scene(vm, u -> { }, stage::close);
        stage.setScene(scene);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        User me = admin.signedIn().orElseThrow();
        vm.start(WindowSource.of(admin.sends()), me.email(), null);
        stage.titleProperty().bind(TeamWindow.apply(scene, vm, me));
    }

    @AfterEach
    void close() {
        jobs.close();
        admin.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(20, condition);
    }

    @Test
    void previewingASenderTurnsCancelOffWithTheReason(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().currentUser() != null && stage.getTitle().contains("Boss"));
        assertFalse(robot.lookup("#userSwitcher").query().isDisabled(), "an Admin may preview");
        assertTrue(vm.cancelFlow().readOnlyReason() == null);
        User previewed = vm.tracker().users().stream().filter(u -> u.isEmail(sender.email())).findFirst()
                .orElseThrow();
        robot.interact(() -> vm.tracker().currentUserProperty().set(previewed));
        waitUntil(() -> stage.getTitle().contains("previewing"));
        assertTrue(stage.getTitle().contains("Boss") && stage.getTitle().contains("read-only"), stage.getTitle());
        assertTrue(vm.cancelFlow().readOnlyReason().contains("Boss"), vm.cancelFlow().readOnlyReason());
        Send one = admin.sends().page(previewed, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 1).rows().get(0);
        robot.interact(() -> vm.details().show(one));
        waitUntil(() -> robot.lookup("#detailsCancelButton").tryQuery().isPresent());
        Node cancel = robot.lookup("#detailsCancelButton").query();
        assertTrue(cancel.isDisabled(), "cancel is off in a preview");
        assertTrue("readOnlyCancel".equals(cancel.getParent().getId()), "its holder carries the reason as a tooltip");
    }
}
