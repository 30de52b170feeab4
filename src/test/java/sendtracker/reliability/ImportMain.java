package sendtracker.reliability;

import java.nio.file.Path;
import java.util.Locale;

import sendtracker.service.ImportService;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/** Imports a file into a store in a child JVM in small batches, printing how many rows it has read as it goes. */
public final class ImportMain {
    private ImportMain() {
    }

    public static void main(String[] args) {
        try (SendStore store = new JdbcSendStore(Database.open(args[0]))) {
            ImportService.Report r = new ImportService(store, Integer.parseInt(args[2])).importFile(Path.of(args[1]),
                    JdbcSendStore.LOCAL_ADMIN, (file, phase, rows, bytes, total) -> {
                        if (phase == ImportService.Phase.STORING) {
                            System.out.println(String.format(Locale.ROOT, "STORING %d", rows));
                            System.out.flush();
                        }
                    }, () -> false);
            System.out.println(r.summary());
        }
    }
}
