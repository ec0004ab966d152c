package gradcards.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output that is a pipe or socket whose reader has gone (`gradcards cards | head -1`): not an error the
 * learner needs to see. ls and git die quietly of SIGPIPE there, which the shell reports as 128 + 13 = 141; the JVM
 * ignores SIGPIPE, so gradcards exits with that status itself and prints nothing. A write that fails on a file or
 * a device (a full disk, /dev/full) stays an error line.
 */
final class ClosedPipe {
    /** The exit status of a process killed by SIGPIPE, as the shell reports it. */
    static final int STATUS = 141;

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFSOCK = 0140000;

    private ClosedPipe() {
    }

    /**
     * Whether a failed write to env's standard output means its reader closed the pipe: the process's own stdout
     * (not a test's stream) is a pipe or a socket (Linux /proc; elsewhere the answer is no, and the error line stays).
     */
    static boolean readerGone(Env env) {
        return env.out() == System.out && isPipe(1);
    }

    /** Whether file descriptor fd is a pipe, a FIFO or a socket: a write there fails only when the reader has gone. */
    static boolean isPipe(int fd) {
        try {
            int mode = (Integer) Files.getAttribute(Path.of("/proc/self/fd/" + fd), "unix:mode");
            return (mode & S_IFMT) == S_IFIFO || (mode & S_IFMT) == S_IFSOCK;
        } catch (Exception | Error e) {
            return false;
        }
    }
}
