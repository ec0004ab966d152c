package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `gradcards cards | head -1`: standard output closed by its reader is no error. A real gradcards process writes to
 * a pipe whose reader has already exited (bash: a process substitution that exits, waited for, before gradcards
 * starts: every write fails, whatever the timing); it exits 141, as ls and git killed by SIGPIPE do, with nothing
 * on stderr, and what it did to the database stays done. A write that fails on a device (/dev/full) stays an error.
 */
class ClosedPipeTest {
    @TempDir
    Path dir;

    record Run(int code, String err) {
    }

    /** Runs gradcards with stdin given and stdout: "closed" (a pipe with no reader) or a file name. */
    private Run run(String stdin, String stdout, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String redirect = stdout.equals("closed") ? "exec 3> >(exit 0); wait $!; " : "exec 3>" + stdout + "; ";
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", "-c",
                redirect + "exec \"$0\" -cp \"$1\" gradcards.app.Main \"${@:2}\" >&3 3>&-",
                java, System.getProperty("java.class.path"), "--db", dir.resolve("db.sqlite").toString(),
                "--content", StudyEndToEndTest.MINI.toAbsolutePath().toString(), "--now", "2026-12-01T09:00:00Z"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("LANG", "en_US.UTF-8");
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        p.getInputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }

    @Test
    void listingsAndHelpIntoAClosedPipeExitQuietly() throws Exception {
        for (String[] args : List.of(new String[] {"cards"}, new String[] {"cards", "--json"}, new String[] {"stats"},
                new String[] {"--help"}, new String[] {"wrong"}, new String[] {"--lang", "ko", "stats"},
                new String[] {})) {
            Run r = run("", "closed", args);
            assertThat(r.err()).as(String.join(" ", args)).isEmpty();
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ClosedPipe.STATUS);
        }
    }

    @Test
    void answersGivenWhileTheOutputIsClosedAreAllKept() throws Exception {
        Run r = run("\n3\n4\n3\n", "closed", "study");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(ClosedPipe.STATUS);
        Run s = run("", "closed", "suspend", "mini-ox-01");
        assertThat(s.err()).isEmpty();
        try (var store = gradcards.store.Database.open(dir.resolve("db.sqlite"))) {
            assertThat(store.memories()).hasSize(2);
            assertThat(store.reviews("mini-fc-01")).hasSize(1);
            assertThat(store.reviews("mini-mcq-01")).hasSize(1);
        }
        Run list = run("", dir.resolve("list.txt").toString(), "cards", "--suspended");
        assertThat(list.code()).isZero();
        assertThat(Files.readString(dir.resolve("list.txt"))).contains("mini-ox-01");
    }

    @Test
    void aFullDeviceIsStillAnErrorLine() throws Exception {
        Run r = run("", "/dev/full", "cards");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("gradcards: could not write to standard output").hasLineCount(1);
    }
}
