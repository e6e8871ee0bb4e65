package com.concierge.ops.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port helpers for loopback services. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether nothing listens on {@code port} of 127.0.0.1 right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits up to {@code timeout} for {@code port} to be free; whether it is. */
    public static boolean awaitFree(int port, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isFree(port)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            ManagedProcess.sleep(java.time.Duration.ofMillis(200));
        }
        return true;
    }

    /** Fails with a clear message when {@code port} is taken, instead of letting a service die obscurely. */
    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LauncherException("Port " + port + " for " + what + " is already in use; stop what holds it or pick another port");
        }
    }
}
