using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

/// <summary>Appointments under the statutory composition rules, no settings, recorded on <see cref="BodyFixtures.Today"/>.</summary>
internal static class StatutoryAppointments
{
    public static BodyMembership Appoint(
        this ElectedBody body, Guid id, BodyRole role, DateOnly startsOn, DateOnly? endsOn, string? decisionNumber, AppointmentContext context) =>
        body.Appoint(id, role, startsOn, endsOn, decisionNumber, context, BodyCompositionRuleSet.Statutory, BodyLimits.None, BodyFixtures.Today);
}
