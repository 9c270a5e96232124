/**
 * The shared development agenda with care providers ("ontwikkelagenda"): themes, initiatives owned
 * by a municipality and co-owned by a provider organisation, milestones, progress updates on a
 * timeline, followers, the roll-up per theme and for the region, and the link to the forums (an
 * initiative is proposed through the forum's proposals; the forum's decision comes back as
 * {@link nl.regioportaal.forum.DecisionRecorded}). Its API: {@link nl.regioportaal.devagenda.InitiativeService}
 * (themes, initiatives, milestones, sharing), {@link nl.regioportaal.devagenda.AgendaQueries} (what the
 * user may see, roll-up, changes), {@link nl.regioportaal.devagenda.ProgressService} (updates, following),
 * {@link nl.regioportaal.devagenda.AgendaForumLink}, {@link nl.regioportaal.devagenda.AgendaTransfer}
 * (export, import) and {@link nl.regioportaal.devagenda.AgendaDocuments}. Who may do what: the
 * development-agenda rules of {@link nl.regioportaal.security.AccessPolicy}.
 */
@ApplicationModule(
        displayName = "Development agenda",
        allowedDependencies = {"forum", "region", "notify", "security", "shared"})
package nl.regioportaal.devagenda;

import org.springframework.modulith.ApplicationModule;
