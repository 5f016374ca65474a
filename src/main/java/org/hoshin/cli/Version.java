package org.hoshin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code hoshin --version} prints: pom.xml's, copied into {@code version.properties} by Maven's resource
 * filtering at build time, so there is one version number and it cannot drift from the artifact's.
 */
public final class Version implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** pom.xml's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hoshin " + number()};
    }
}
