package gradcards.app;

import picocli.CommandLine.IVersionProvider;

/** The version line of --version, read from the jar's build information. */
public class Version implements IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"gradcards " + VERSION + " (FSRS-6, Java " + System.getProperty("java.version") + ")"};
    }
}
