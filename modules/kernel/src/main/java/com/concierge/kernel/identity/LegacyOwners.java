package com.concierge.kernel.identity;

/**
 * Rows owned by a Keycloak username, from before owners became Keycloak subjects (which never
 * change, while a username can). Each module that keeps owners marked such rows
 * {@value #PREFIX}{@code <username>} in a migration and implements this interface; when that user
 * next signs in, the store asks every module to give the rows to their subject.
 */
public interface LegacyOwners {

    /** What a migrated owner starts with: {@code username:shopper}. */
    String PREFIX = "username:";

    /** Whether any of this module's rows still names a username. */
    boolean remain();

    /**
     * Gives the rows owned by {@code username} to {@code subject}.
     *
     * @return how many rows changed
     */
    int adopt(String username, String subject);
}
