package org.lis.consolehost;

import org.lis.engagement.EngagementServiceApplication;
import org.lis.support.test.MongoTestServer;
import org.lis.workshop.WorkshopServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Both services and the console's test host, started once per test JVM on the tests' MongoDB-wire server, as
 * the local stack starts them: each service a context of its own reading its own configuration file, both on
 * one event store. Left to stop with the JVM, like the server.
 */
public final class RunningServices {

    private static RunningServices started;

    private final URI engagement;
    private final URI workshop;
    private final URI console;

    private RunningServices() {
        String prefix = "console-" + UUID.randomUUID().toString().substring(0, 8);
        engagement = base(start(EngagementServiceApplication.class, "engagement-service", prefix));
        workshop = base(start(WorkshopServiceApplication.class, "workshop-service", prefix));
        console = base(new SpringApplicationBuilder(ConsoleHost.class).registerShutdownHook(false).run(
                "--server.port=0", "--spring.config.name=console-host", "--spring.main.banner-mode=off",
                "--logging.register-shutdown-hook=false",
                "--lis.console.engagement-url=" + engagement, "--lis.console.workshop-url=" + workshop));
    }

    public static synchronized RunningServices get() {
        if (started == null) {
            started = new RunningServices();
        }
        return started;
    }

    public URI engagement() {
        return engagement;
    }

    public URI workshop() {
        return workshop;
    }

    /** The console's host: sign in at /sign-in. */
    public URI console() {
        return console;
    }

    private static ConfigurableApplicationContext start(Class<?> main, String name, String prefix) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--lis.mongodb.uri=" + MongoTestServer.uri(), "--spring.data.mongodb.uri=" + MongoTestServer.uri(),
                "--lis.mongodb.database=" + prefix + "-" + name,
                "--lis.mongodb.event-database=" + prefix + "-events",
                "--spring.application.name=" + name, "--spring.main.banner-mode=off",
                "--server.shutdown=immediate", "--lis.console.enabled=false",
                "--logging.register-shutdown-hook=false", "--logging.include-application-name=false"));
        args.add(ownConfigFile(main, name));
        return new SpringApplicationBuilder(main).main(main).registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    /** Both services' application.yml are on this classpath: each context reads the one beside its own classes. */
    private static String ownConfigFile(Class<?> main, String name) {
        ClassLoader loader = main.getClassLoader();
        if (loader.getResource(name + ".yml") != null) {
            return "--spring.config.name=" + name;
        }
        String classFile = main.getName().replace('.', '/') + ".class";
        String classUrl = loader.getResource(classFile).toString();
        String own = classUrl.substring(0, classUrl.length() - classFile.length()) + "application.yml";
        try {
            for (URL candidate : Collections.list(loader.getResources("application.yml"))) {
                if (candidate.toString().equals(own)) {
                    return "--spring.config.location=" + own;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "--spring.config.name=" + name;
    }

    private static URI base(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
