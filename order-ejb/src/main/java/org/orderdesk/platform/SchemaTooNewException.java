package org.orderdesk.platform;

/** The database was migrated by a newer version of OrderDesk than the one starting. */
public class SchemaTooNewException extends IllegalStateException {

    public SchemaTooNewException(String unknownChangeSets) {
        super("The database was migrated by a newer version of OrderDesk (changesets this version does not know: "
                + unknownChangeSets + "). Deploy that version or newer, or restore a backup taken before the upgrade;"
                + " this version does not start on it.");
    }
}
