using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

// Types planted for the module checker's own tests. They live in the test assembly (never in the checked ones) under a
// namespace the checker reads as the Calendar module, which may use no other module.
namespace PartyCommittee.Application.Calendar.Planted;

/// <summary>Breaks the rule in a signature: Calendar → Organization.</summary>
public sealed class PlantedHolidayReader
{
    public PartyOrganization? Organization { get; set; }
}

/// <summary>Breaks the rule only inside a method body: Calendar → Membership.</summary>
public sealed class PlantedBodyOnlyUse
{
    public static string Describe() => typeof(PartyMember).Name;
}
