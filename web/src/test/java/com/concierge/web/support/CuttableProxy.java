package com.concierge.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder in front of a real service that a test can cut (connections refused, open ones
 * closed) and restore on the same port: how a test sees the store's behaviour while OpenSearch is
 * down without stopping the OpenSearch every other test uses.
 */
public final class CuttableProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public CuttableProxy(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        restore();
    }

    public int port() {
        return port;
    }

    /** From now on connections are refused, and the open ones are closed. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    /** Accepts and forwards connections again. */
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listener = socket;
            Thread.ofPlatform().daemon().name("proxy-accept-" + port).start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return; // cut
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(target, 2_000);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException unreachable) {
                closeQuietly(client); // the client sees the service as down, as it is
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // a cut, or the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}
