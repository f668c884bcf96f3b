namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// The caller a background job acts for, in the job's own scope: set before anything that reads
/// <see cref="ICurrentUser"/> is resolved (the audit trail, the importer), so that values written by an import job
/// are stored and audited as the reporter who submitted it, not as "system".
/// </summary>
public sealed class BackgroundCaller
{
    public ICurrentUser? User { get; set; }
}

/// <summary>A caller known from a stored job: its id, name and roles.</summary>
/// <param name="Id">Client id or subject.</param>
/// <param name="Name">Name claim.</param>
/// <param name="Roles">Roles.</param>
public sealed record StoredCaller(string Id, string? Name, IReadOnlyCollection<string> Roles) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string? UserId => Id;

    public string? UserName => Name ?? Id;

    public string? ClientId => Id;

    public Guid? OrganizationId => null;

    public Guid? MemberId => null;

    public bool IsInRole(string role) => Roles.Contains(role);
}
