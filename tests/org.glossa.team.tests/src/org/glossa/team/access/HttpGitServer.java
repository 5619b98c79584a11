package org.glossa.team.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A smart-HTTP git server for tests on the JDK's own HTTP server (no servlet container): git's
 * {@code info/refs?service=...} advertisement and the {@code git-upload-pack} and {@code git-receive-pack} requests,
 * answered by JGit's {@link UploadPack} and {@link ReceivePack} for the bare repositories of a folder. Every request
 * needs HTTP Basic authentication with the one user and password it was made with; a request without them gets 401.
 */
final class HttpGitServer implements AutoCloseable {
    private static final String UPLOAD = "git-upload-pack";
    private static final String RECEIVE = "git-receive-pack";

    private final Path repositories;
    private final String expectedAuthorization;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    HttpGitServer(Path repositories, String user, String password) throws IOException {
        this.repositories = repositories;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "test http git");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String repository) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + repository;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** "METHOD path status" of every request, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            int status = answer(exchange, path, query == null ? "" : query);
            requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " " + status);
        }
    }

    private int answer(HttpExchange exchange, String path, String query) throws IOException {
        if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"glossa test\"");
            return empty(exchange, 401);
        }
        if (exchange.getRequestMethod().equals("GET") && path.endsWith("/info/refs")) {
            String service = query.startsWith("service=") ? query.substring("service=".length()) : "";
            return advertise(exchange, path.substring(0, path.length() - "/info/refs".length()), service);
        }
        if (exchange.getRequestMethod().equals("POST") && (path.endsWith("/" + UPLOAD) || path.endsWith("/" + RECEIVE))) {
            String service = path.substring(path.lastIndexOf('/') + 1);
            return serve(exchange, path.substring(0, path.lastIndexOf('/')), service);
        }
        return empty(exchange, 404);
    }

    private int advertise(HttpExchange exchange, String repositoryPath, String service) throws IOException {
        if (!service.equals(UPLOAD) && !service.equals(RECEIVE)) {
            return empty(exchange, 403);
        }
        try (Repository repository = open(repositoryPath)) {
            if (repository == null) {
                return empty(exchange, 404);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            PacketLineOut lines = new PacketLineOut(body);
            lines.writeString("# service=" + service + "\n");
            lines.end();
            if (service.equals(UPLOAD)) {
                UploadPack upload = new UploadPack(repository);
                upload.setBiDirectionalPipe(false);
                upload.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(lines));
            } else {
                ReceivePack receive = new ReceivePack(repository);
                receive.setBiDirectionalPipe(false);
                receive.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(lines));
            }
            return send(exchange, "application/x-" + service + "-advertisement", body.toByteArray());
        }
    }

    private int serve(HttpExchange exchange, String repositoryPath, String service) throws IOException {
        try (Repository repository = open(repositoryPath)) {
            if (repository == null) {
                return empty(exchange, 404);
            }
            InputStream in = exchange.getRequestBody();
            if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                in = new GZIPInputStream(in);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (service.equals(UPLOAD)) {
                UploadPack upload = new UploadPack(repository);
                upload.setBiDirectionalPipe(false);
                upload.upload(in, body, null);
            } else {
                ReceivePack receive = new ReceivePack(repository);
                receive.setBiDirectionalPipe(false);
                receive.receive(in, body, null);
            }
            return send(exchange, "application/x-" + service + "-result", body.toByteArray());
        }
    }

    private Repository open(String repositoryPath) throws IOException {
        Path dir = repositories.resolve(repositoryPath.replaceFirst("^/+", "")).normalize();
        if (!dir.startsWith(repositories) || !Files.isDirectory(dir.resolve("objects"))) {
            return null;
        }
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
    }

    private static int send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return 200;
    }

    private static int empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        return status;
    }
}
