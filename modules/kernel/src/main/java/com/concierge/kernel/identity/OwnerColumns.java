package com.concierge.kernel.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * {@link LegacyOwners} for a module whose owners sit in an {@code owner} column of some tables: the
 * module's bean extends this and names its tables.
 */
public abstract class OwnerColumns implements LegacyOwners {

    @Inject
    EntityManager entities;

    private final List<String> tables;

    /** @param tables the module's tables with an {@code owner} column (names from code, never from a request) */
    protected OwnerColumns(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    @Override
    @Transactional
    public boolean remain() {
        for (String table : tables) {
            List<?> found = entities.createNativeQuery("SELECT 1 FROM " + table + " WHERE owner LIKE :prefix")
                    .setParameter("prefix", PREFIX + "%").setMaxResults(1).getResultList();
            if (!found.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    @Transactional
    public int adopt(String username, String subject) {
        int changed = 0;
        for (String table : tables) {
            changed += entities.createNativeQuery("UPDATE " + table + " SET owner = :subject WHERE owner = :legacy")
                    .setParameter("subject", subject).setParameter("legacy", PREFIX + username).executeUpdate();
        }
        return changed;
    }
}
