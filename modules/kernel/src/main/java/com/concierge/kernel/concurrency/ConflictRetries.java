package com.concierge.kernel.concurrency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * The {@link RetryOnConflict} interceptor. It sits outside the transaction interceptor (a lower
 * priority runs first), so each attempt is a whole new transaction; a conflict found at commit
 * arrives here wrapped in the rollback exception and is recognised by its cause. After
 * {@value #ATTEMPTS} attempts the last conflict goes to the caller.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetries {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(ConflictRetries.class);

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed(); // inside someone else's transaction: a retry here could not help
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !conflict(e)) {
                    throw e;
                }
                LOG.debugf("%s lost an optimistic-lock race (attempt %d); running it again", invocation.getMethod().getName(), attempt);
                Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
            }
        }
    }

    /**
     * Whether the failure is a race with another transaction, however it is wrapped: an
     * optimistic-lock conflict (a row read here changed before commit), or a unique key another
     * transaction inserted first (SQL state {@value #UNIQUE_VIOLATION}: two requests creating the
     * same new topic, policy or code at once). Run again, the method finds the row and updates it, or
     * refuses the duplicate the way it refuses any other.
     */
    public static boolean conflict(Throwable failure) {
        return anyCause(failure, t -> t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /** The SQL standard's state for a unique or primary key violation (H2 and PostgreSQL both use it). */
    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Whether the failure is a wait for another transaction's row lock that ran out, however it is
     * wrapped: H2's lock timeout (SQL state {@code HYT00}), PostgreSQL's {@code lock_timeout}
     * ({@code 55P03}) or a deadlock either database broke by failing this side ({@code 40P01}). The
     * other transaction still holds the row; nothing of this one was kept, so the request can be
     * sent again once that one ends. Not retried here: the wait already took the lock timeout.
     */
    public static boolean lockWaitExpired(Throwable failure) {
        return anyCause(failure, t -> t instanceof jakarta.persistence.LockTimeoutException || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof java.sql.SQLException sql && LOCK_WAIT_STATES.contains(sql.getSQLState()));
    }

    private static final java.util.Set<String> LOCK_WAIT_STATES = java.util.Set.of("HYT00", "55P03", "40P01");

    /** Whether {@code failure} or any of its causes is {@code what}. */
    private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> what) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (what.test(t)) {
                return true;
            }
        }
        return false;
    }
}
