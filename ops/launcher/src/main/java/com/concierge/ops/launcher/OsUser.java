package com.concierge.ops.launcher;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

/** The few operating-system account operations needed to run a service as a non-root user. */
final class OsUser {

    private OsUser() {
    }

    static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    static void ensureSystemUser(String user) {
        if (run(List.of("id", "-u", user)).exitCode == 0) {
            return;
        }
        Result created = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user));
        if (created.exitCode != 0 && run(List.of("id", "-u", user)).exitCode != 0) {
            throw new LauncherException("Could not create the system user " + user + ": " + created.output);
        }
    }

    /** setpriv execs the command, so the pid the launcher holds is the service's own. */
    static List<String> switchTo(String user) {
        String uid = run(List.of("id", "-u", user)).output.strip();
        String gid = run(List.of("id", "-g", user)).output.strip();
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--init-groups", "--");
    }

    /**
     * The prefix that starts a command in a session of its own ({@code setsid}, which execs, so the
     * pid stays the command's): a service started by {@code restart} must not get the terminal's
     * Ctrl-C or hang-up meant for the shell it was started from. Empty where there is no setsid.
     */
    static List<String> newSession() {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path setsid = Path.of(dir, "setsid");
            if (Files.isExecutable(setsid)) {
                return List.of(setsid.toString());
            }
        }
        return List.of();
    }

    static void chownTree(Path dir, String user) {
        Result result = run(List.of("chown", "-R", user + ":", dir.toString()));
        if (result.exitCode != 0) {
            throw new LauncherException("Could not hand " + dir + " to " + user + ": " + result.output);
        }
    }

    /** Whether other users can reach {@code dir}: it and every parent allow o+x. */
    static boolean traversableByOthers(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    record Result(int exitCode, String output) {
    }

    static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while running " + command);
        }
    }
}
