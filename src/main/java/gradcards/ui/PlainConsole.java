package gradcards.ui;

import gradcards.render.Style;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Line-by-line console for pipes and scripts: every prompt printed, one input line answers it. */
public final class PlainConsole implements Console {
    private final BufferedReader in;
    private final PrintWriter out;
    private final int width;

    public PlainConsole(BufferedReader in, PrintWriter out, int width) {
        this.in = in;
        this.out = out;
        this.width = width;
    }

    @Override
    public boolean redraws() {
        return false;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void show(List<String> lines) {
        for (String l : lines) out.println(Style.strip(l).stripTrailing());
        out.flush();
    }

    @Override
    public String read(Input kind, String prompt) {
        out.println(Style.strip(prompt));
        out.flush();
        try {
            String line = in.readLine();
            if (line != null) {
                line = line.replace("\r", "");
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void notice(String line) {
        out.println("! " + Style.strip(line));
        out.flush();
    }
}
