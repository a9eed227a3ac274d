package org.orderdesk.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class that reads the database directly, without a repository, for what operators look at: rows of a page,
 * counts, a probe. Its queries (joins, patterns, grouping, paging) are the whole of what it does, so a fake of
 * them would test the fake; the integration tests run them on Derby and PostgreSQL instead. It never writes:
 * changes go through the aggregates' repositories (docs/DECISIONS.md, "Repositories"; ArchitectureTest).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {
}
