package com.concierge.web.archfixture.alpha.api;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Violations: an entity outside internal, and a table named for another module. */
@Entity
@Table(name = "beta_stray")
public class StrayEntity {
    @Id
    Long id;
}
