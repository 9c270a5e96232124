package nl.regioportaal.shared;

import java.time.LocalDate;

/**
 * Someone attended a peer-supervision session: its minutes count as peer-supervision hours in their
 * training record. Published by the module that holds the sessions, recorded by training; it lives
 * in the shared kernel so that training does not depend on the publisher.
 *
 * @param sourceRef the session, unique in the portal (e.g. {@code intervisie-session-42}): recorded once per person
 */
public record PeerSupervisionAttended(long personId, String sourceRef, LocalDate day, int minutes) {}
