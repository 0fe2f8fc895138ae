package nl.samenspel.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Maps logical asset names to the content-hashed files the build wrote
 * (scripts/build-assets.mjs), so URLs change only when the bytes do.
 */
@Component
public class Assets {

    private final Properties manifest = new Properties();

    public Assets() {
        try (InputStream in = Assets.class.getResourceAsStream("/asset-manifest.properties")) {
            if (in == null) {
                throw new IllegalStateException("asset-manifest.properties ontbreekt: draai de Maven-build");
            }
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String name) {
        String url = manifest.getProperty(name);
        if (url == null) {
            throw new IllegalArgumentException("Onbekend asset: " + name);
        }
        return url;
    }
}
