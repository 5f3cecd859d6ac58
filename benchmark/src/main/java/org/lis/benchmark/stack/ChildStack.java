package org.lis.benchmark.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack as a process of its own, on a data folder and free ports chosen here, so that it can be killed
 * the way a crash kills it ({@link #kill()} is SIGKILL on Linux: no shutdown hook runs, nothing is flushed) and
 * started again on the same data. Its output goes to {@code stack.log} in the data folder. When the JVM that started
 * it stops (Ctrl-C, SIGTERM), it stops the stack too: a stack left behind on fixed ports answered the next run in
 * place of that run's own.
 */
public final class ChildStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** The stack stops on SIGTERM in a few seconds; one that does not must not hold up the JVM stopping it. */
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;
    private final Ports ports;
    private final Thread stopOnExit;

    private ChildStack(Process process, Ports ports) {
        this.process = process;
        this.ports = ports;
        this.stopOnExit = new Thread(this::stopInOrder, "stop-child-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** The ports one stack listens on; kept for a restart, so that the addresses stay the same. */
    public record Ports(int gateway, int engagement, int workshop, int mongo, int smtp) {

        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort());
        }

        /**
         * Refuses ports something listens on already. The stack would fail to bind them, while whatever holds the
         * gateway's port answered the start's check that the stack is up.
         */
        void requireFree() {
            for (int port : List.of(gateway, engagement, workshop, mongo, smtp)) {
                try (ServerSocket probe = new ServerSocket(port)) {
                    probe.getLocalPort();
                } catch (IOException e) {
                    throw new IllegalStateException("Port " + port + " is in use (a local stack left running by an "
                            + "earlier run?): stop what listens there first", e);
                }
            }
        }
    }

    /**
     * How to start the stack: {@code java -jar} the local stack's jar, or its main class on a class path (a test's
     * own), with the options run-local.sh uses.
     */
    public record Launch(List<String> classpathOrJar, boolean jar, List<String> jvmOptions) {

        /** run-local.sh's options: a quick start, no C2 compiler. */
        private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        public static Launch jar(Path jar) {
            return new Launch(List.of(jar.toAbsolutePath().toString()), true, QUICK_START);
        }

        public static Launch classpath(String classpath) {
            return new Launch(List.of(classpath), false, QUICK_START);
        }

        /** The same launch with other JVM options (a load test wants the full JIT, not a quick start). */
        public Launch withJvmOptions(List<String> options) {
            return new Launch(classpathOrJar, jar, List.copyOf(options));
        }

        List<String> command() {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.add("-Daxoniq.update-checker.disabled=true");
            if (jar) {
                command.addAll(List.of("-jar", classpathOrJar.get(0)));
            } else {
                command.addAll(List.of("-cp", classpathOrJar.get(0), "org.lis.localstack.LocalStack"));
            }
            return command;
        }
    }

    /** Starts the stack on {@code dataFolder} and returns once the gateway answers an authenticated read. */
    public static ChildStack start(Launch launch, Path dataFolder, Ports ports) {
        ports.requireFree();
        try {
            Files.createDirectories(dataFolder);
            ProcessBuilder builder = new ProcessBuilder(launch.command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataFolder.resolve("stack.log").toFile()));
            Map<String, String> env = builder.environment();
            env.remove("MONGODB_URI");
            env.put("LIS_DATA_FILE", dataFolder.resolve("mongo.journal").toAbsolutePath().toString());
            env.put("GATEWAY_PORT", String.valueOf(ports.gateway()));
            env.put("ENGAGEMENT_PORT", String.valueOf(ports.engagement()));
            env.put("WORKSHOP_PORT", String.valueOf(ports.workshop()));
            env.put("EMBEDDED_MONGO_PORT", String.valueOf(ports.mongo()));
            env.put("SMTP_PORT", String.valueOf(ports.smtp()));
            ChildStack stack = new ChildStack(builder.start(), ports);
            stack.awaitUp(dataFolder);
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local stack", e);
        }
    }

    public StackApi api() {
        return new StackApi(URI.create("http://localhost:" + ports.gateway()));
    }

    public Ports ports() {
        return ports;
    }

    /** The process, to measure what it costs. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** The embedded database, for checks below the API. */
    public String mongodbUri() {
        return "mongodb://localhost:" + ports.mongo();
    }

    /** SIGKILL: the process ends at once, as on a crash; waits until it is gone. */
    public void kill() {
        forgetOnExit();
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the stack stops in order and closes its store, as on Ctrl-C. */
    @Override
    public void close() {
        forgetOnExit();
        stopInOrder();
    }

    /** SIGTERM, and SIGKILL if the stack has not stopped within {@link #STOP_TIMEOUT}. */
    private void stopInOrder() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                awaitExit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void forgetOnExit() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, or has run, already
        }
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitUp(Path dataFolder) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        StackApi api = api();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The local stack stopped while starting (exit " + process.exitValue()
                        + "); see " + dataFolder.resolve("stack.log"));
            }
            if (api.isUp()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        process.destroyForcibly();
        throw new IllegalStateException("The local stack did not start within " + START_TIMEOUT + "; see "
                + dataFolder.resolve("stack.log"));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
