/**
 * The team-leaders forum and its sister forums ("overleg"): forums with members, meetings planned
 * one by one or as a series, the agenda builder with sections, items, the backlog and member
 * proposals, guests invited to one meeting or one section, and publishing with the calendar
 * invitation. Its API: {@link nl.regioportaal.forum.ForumService} (forums and members),
 * {@link nl.regioportaal.forum.MeetingService} (meetings, guests, attendance answers, publishing),
 * {@link nl.regioportaal.forum.AgendaService} (the agenda builder) and
 * {@link nl.regioportaal.forum.ProposalService} (proposals and forwarding). Who may do what: the
 * forum-standing rules of {@link nl.regioportaal.security.AccessPolicy}.
 */
@ApplicationModule(
        displayName = "Forum",
        allowedDependencies = {"region", "notify", "security", "shared"})
package nl.regioportaal.forum;

import org.springframework.modulith.ApplicationModule;
