package org.lis.console.workshop;

/** What a facilitator does to a partner from the room page, and how the page says it is done. */
enum RoomWrite {
    CHECK_IN("checked-in"),
    WALK_IN("walk-in"),
    NO_SHOW("no-show");

    private final String done;

    RoomWrite(String done) {
        this.done = done;
    }

    String done() {
        return done;
    }

    /**
     * Where a refusal is shown: beside the partner's row on the list, or for a walk-in (and a partner no longer
     * on the list) at the search that found them.
     */
    String anchor(Room room, String partnerId) {
        if (this == WALK_IN || partnerId == null) {
            return this == WALK_IN ? "find" : "q";
        }
        return room.checkInRows().stream().anyMatch(row -> row.partnerId().equals(partnerId))
                ? "row-" + partnerId : "q";
    }

    /** The sentence after a write, when what the request says was done is so. */
    static String notice(Room room, String done, String partnerId) {
        if (done == null || partnerId == null) {
            return null;
        }
        String name = room.name(partnerId);
        return switch (done) {
            case "checked-in" -> room.checkedIn(partnerId) ? name + " is checked in" : null;
            case "walk-in" -> room.checkedIn(partnerId) ? name + " is checked in as a walk-in" : null;
            case "no-show" -> room.noShow(partnerId) ? name + " is marked as a no-show" : null;
            default -> null;
        };
    }
}
