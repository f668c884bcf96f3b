namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// Names of the resources a command locks with <see cref="IAppDbContext.ExclusiveAsync{T}"/> when its rule compares
/// the row it writes with other rows, which a unique index cannot express (ADR 0012): terms that must not overlap,
/// names unique after folding, a cell's members against its dissolution. Every command whose write could break such a
/// rule of an organisation locks that organisation, so the commands run one after the other and each one's check
/// sees what the previous one committed.
/// </summary>
public static class Locks
{
    /// <summary>
    /// An organisation's dependent rows: its terms and elected bodies, the mass organisations it leads, its child
    /// organisations, and (for a cell) its members, the transfers and admissions into it; and its own dissolution.
    /// </summary>
    public static string Organization(Guid id) => "organization:" + id.ToString("N");
}
