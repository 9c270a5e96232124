/**
 * Peer supervision ("intervisie"): peer groups of 4–10 members with a rotating or fixed (possibly
 * external) facilitator, a library of methods with timed phases whose versions are kept, sessions
 * planned one by one or as a series with fairly rotated roles, attendance answers, case questions
 * and votes, the live session with a phase timer every participant follows, the minute taker's
 * notes, evaluations, and the retention job that deletes case texts and notes. Its API:
 * {@link nl.regioportaal.intervisie.PeerGroupService} (groups and members),
 * {@link nl.regioportaal.intervisie.MethodService} (the methods library),
 * {@link nl.regioportaal.intervisie.PeerSessionService} (planning, roles, answers),
 * {@link nl.regioportaal.intervisie.CaseService} (case questions and votes),
 * {@link nl.regioportaal.intervisie.LiveSessionService} (the live session, notes and evaluation).
 * Who may do what: the peer-group rules of {@link nl.regioportaal.security.AccessPolicy}.
 */
@ApplicationModule(
        displayName = "Intervisie",
        allowedDependencies = {"region", "notify", "security", "shared"})
package nl.regioportaal.intervisie;

import org.springframework.modulith.ApplicationModule;
