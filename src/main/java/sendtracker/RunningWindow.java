package sendtracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One window per store and user account: the first window of a store listens on a loopback port
 * written to a small file in the data folder; a second launch on the same store finds it there,
 * asks it to come to the front and ends, instead of an error over an empty window
 * (docs/decisions/0013-local-store-shared-by-window-and-cli.md).
 */
final class RunningWindow implements AutoCloseable {
    private static final String HELLO = "send-tracker-window";
    private static final Logger LOG = Logger.getLogger(RunningWindow.class.getName());

    private final ServerSocket server;
    private final Path portFile;

    private RunningWindow(ServerSocket server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    /** The file naming the port of the window showing {@code storeUrl}. */
    static Path portFile(Path dataFolder, String storeUrl) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(storeUrl.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return dataFolder.resolve("window-" + HexFormat.of().formatHex(digest, 0, 8) + ".port");
    }

    /** True when a window on that store is running and was asked to come to the front. */
    static boolean bringToFront(Path portFile) {
        try {
            int port = Integer.parseInt(Files.readString(portFile).strip());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                s.setSoTimeout(1_000);
                OutputStream out = s.getOutputStream();
                out.write((HELLO + " front\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                return (HELLO + " ok").equals(answer);
            }
        } catch (IOException | RuntimeException e) {
            return false; // no file, a stale one, or no window behind it
        }
    }

    /** Listens for later launches; {@code toFront} runs (on a daemon thread) for each. Empty when it cannot. */
    static Optional<RunningWindow> listen(Path portFile, Runnable toFront) {
        try {
            Files.createDirectories(portFile.getParent());
            ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            Files.writeString(portFile, Integer.toString(server.getLocalPort()));
            RunningWindow w = new RunningWindow(server, portFile);
            Thread t = new Thread(() -> w.serve(toFront), "window-front");
            t.setDaemon(true);
            t.start();
            return Optional.of(w);
        } catch (IOException e) {
            LOG.log(Level.FINE, "a second launch will open its own window", e);
            return Optional.empty();
        }
    }

    private void serve(Runnable toFront) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(1_000);
                String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if ((HELLO + " front").equals(line)) {
                    s.getOutputStream().write((HELLO + " ok\n").getBytes(StandardCharsets.UTF_8));
                    toFront.run();
                }
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            LOG.log(Level.FINE, "window port file left behind", e);
        }
    }
}
