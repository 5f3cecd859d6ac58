package org.lis.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;

/**
 * Points a service's context at its own configuration file. Both services on one classpath would otherwise
 * both read whichever {@code application.yml} comes first. A service whose file is named after it
 * ({@code engagement-service.yml}) gets {@code spring.config.name}; one still using {@code application.yml}
 * gets that exact file from its own jar or classes folder.
 */
final class ServiceConfigFile {

    private static final String DEFAULT_FILE = "application.yml";

    private ServiceConfigFile() {
    }

    static List<String> arguments(String serviceName, Class<?> mainClass) {
        ClassLoader loader = mainClass.getClassLoader();
        if (loader.getResource(serviceName + ".yml") != null) {
            return List.of("--spring.config.name=" + serviceName);
        }
        String classFile = mainClass.getName().replace('.', '/') + ".class";
        String classUrl = loader.getResource(classFile).toString();
        String ownFile = classUrl.substring(0, classUrl.length() - classFile.length()) + DEFAULT_FILE;
        try {
            for (URL candidate : Collections.list(loader.getResources(DEFAULT_FILE))) {
                if (candidate.toString().equals(ownFile)) {
                    return List.of("--spring.config.location=" + ownFile);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the configuration files of " + serviceName, e);
        }
        // no file of its own: read none rather than the other service's
        return List.of("--spring.config.name=" + serviceName);
    }
}
